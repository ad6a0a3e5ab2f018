package dpia

import (
	"slices"
	"strings"
	"unicode"
)

// Person is someone named in the assessment: a contact, a signer, the DPO,
// the holder of a role. Every field is optional; templates often record
// only a position ("Head of Sheltered Housing") or only a name.
type Person struct {
	// Name is the person's name as written. Optional.
	Name string `json:"name,omitempty"`
	// Position is the job title, such as "Director" or "Senior Information
	// Risk Owner" (an NHS trust's "Job title", the ICO DPIA template's
	// "position"). Optional.
	Position string `json:"position,omitempty"`
	// Department is the department or team, as an NHS trust's DPIA title
	// page asks. Optional.
	Department string `json:"department,omitempty"`
	// Organisation is the employing organisation, when it is not the
	// controller, such as the processor that employs a DPIA lead. Optional.
	Organisation string `json:"organisation,omitempty"`
	// Email is an e-mail address, such as the DPO contact details GDPR
	// Art. 37(7) asks the controller to publish. Optional.
	Email string `json:"email,omitempty"`
	// Phone is a telephone number (an NHS trust's "Tel"). Optional.
	Phone string `json:"phone,omitempty"`
}

// IsZero reports whether p records nothing at all.
func (p Person) IsZero() bool { return p == Person{} }

// String returns the name and position as a sign-off table prints them:
// "Name, Position", the name or the position alone when the other is
// empty, or "" when both are.
func (p Person) String() string {
	switch {
	case p.Name != "" && p.Position != "":
		return p.Name + ", " + p.Position
	case p.Name != "":
		return p.Name
	}
	return p.Position
}

// RoleAssignment names the person holding a role in the assessment, such
// as the "Executive Sponsor", "Information Asset Owner/Administrator",
// "Project Lead" and "Person/s performing the DPIA" rows of an NHS trust's
// DPIA title page, or a managed-service provider's "DPIA Lead". A row the
// template prints but nobody filled in is kept as an
// assignment with an empty Person.
type RoleAssignment struct {
	// Role is the role. Required.
	Role Role `json:"role,omitzero"`
	// Title is the role as the source names it, when it differs from the
	// role's label (such as "Information Asset Owner/Administrator", or the
	// name of a role of kind RoleOther). Optional.
	Title string `json:"title,omitempty"`
	// Person is who holds the role. Optional: empty for a blank row.
	Person Person `json:"person,omitzero"`
}

// conflictingPositions lists, as lower-case words, the positions WP243
// rev.01 section 3.5 names as conflicting with the tasks of a DPO (GDPR
// Art. 38(6)): senior management (chief executive, chief operating,
// financial or medical officer, managing director) and the heads of the
// departments that decide on processing (IT, human resources, marketing),
// with the spellings documents use for them. A function, not a variable,
// so that no caller can change the list.
func conflictingPositions() [][]string {
	return [][]string{
		{"chief", "executive"}, {"ceo"},
		{"chief", "operating", "officer"}, {"coo"},
		{"chief", "financial", "officer"}, {"cfo"},
		{"chief", "medical", "officer"},
		{"managing", "director"},
		{"head", "of", "it"}, {"head", "of", "information", "technology"},
		{"it", "director"}, {"director", "of", "it"}, {"chief", "information", "officer"}, {"cio"},
		{"head", "of", "hr"}, {"head", "of", "human", "resources"},
		{"hr", "director"}, {"director", "of", "hr"}, {"director", "of", "human", "resources"},
		{"head", "of", "marketing"}, {"marketing", "director"}, {"director", "of", "marketing"},
	}
}

// positionWords splits a position into lower-case words of letters and
// digits, "&" counting as "and".
func positionWords(position string) []string {
	var words []string
	start := -1
	lower := strings.ToLower(position)
	for i, r := range lower {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			words = append(words, lower[start:i])
			start = -1
		}
		if r == '&' {
			words = append(words, "and")
		}
	}
	if start >= 0 {
		words = append(words, lower[start:])
	}
	return words
}

// conflictingPosition returns the words of the first position of
// conflictingPositions that position holds, joined by spaces, or "". A
// mention after "to" or "to the" ("reporting to the Chief Executive", as
// GDPR Art. 38(3) requires of a DPO) is not holding the position.
func conflictingPosition(position string) string {
	words := positionWords(position)
	list := conflictingPositions()
	for i := range words {
		if i > 0 && words[i-1] == "to" || i > 1 && words[i-1] == "the" && words[i-2] == "to" {
			continue
		}
		for _, p := range list {
			if len(words)-i >= len(p) && slices.Equal(words[i:i+len(p)], p) {
				return strings.Join(p, " ")
			}
		}
	}
	return ""
}
