package dpia

import (
	"encoding/json/jsontext"
	"slices"
	"strconv"
)

// signedSection is a member of the content projection (step 1 of the
// signature algorithm, see [Assessment.Sign]) that a stale signature
// names on its own: the step of the ICO DPIA template it belongs to, and
// what it is within the step, or its name when it belongs to none.
type signedSection struct {
	member string
	step   Step
	part   string
}

// signedSections lists, in the order a stale signature names them, the
// members of the content projection named on their own. Every other
// member (the title, reference, version, dates, method, regime and the
// other fields of the title page) belongs to the identity of the
// assessment, named first.
var signedSections = [...]signedSection{
	{"parties", "", "Parties"},
	{"need", StepNeed, ""},
	{"processing", StepProcessing, ""},
	{"inventory", StepProcessing, "data inventory"},
	{"consultation", StepConsultation, ""},
	{"necessity", StepNecessity, ""},
	{"risk_context", StepRisks, "risk context"},
	{"risks", StepRisks, ""},
	{"outstanding_risks", StepMeasures, "outstanding risks"},
	{"action_plan", StepSignOff, "action plan"},
	{"ig_reviews", StepSignOff, "IG reviews"},
	{"sign_off", StepSignOff, "custom questions"},
	{"evaluations", "", "Evaluations"},
	{"approval_override", "", "Approval override"},
	{"review", StepSignOff, "review plan"},
	{"outcomes", StepSignOff, "outcomes"},
	{"attachments", "", "Attachments"},
	{"questions", "", "Custom questions"},
	{"rich_text", "", "Formatted text"},
}

// identitySection is the label of the members of the content projection
// that signedSections does not name.
const identitySection = "Identity"

// sectionLabel returns the label a stale signature gives the member of
// the content projection, such as "Parties", "Step 5: Identify and assess
// risks" or "Step 2: Describe the processing (data inventory)", and its
// rank in the order of signedSections (0 for the identity).
func sectionLabel(member string) (string, int) {
	for i, s := range signedSections {
		if s.member != member {
			continue
		}
		if s.step == "" {
			return s.part, i + 1
		}
		label := "Step " + strconv.Itoa(s.step.Number()) + ": " + s.step.Label()
		if s.part != "" {
			label += " (" + s.part + ")"
		}
		return label, i + 1
	}
	return identitySection, 0
}

// sectionDigests returns the digest of each member of the content
// projection members, by name: Signature.Sections.
func sectionDigests(members map[string]jsontext.Value) (map[string]string, error) {
	out := make(map[string]string, len(members))
	for name, raw := range members {
		v := slices.Clone(raw)
		if err := v.Canonicalize(); err != nil {
			return nil, err
		}
		out[name] = hexSHA256(v)
	}
	return out, nil
}

// changedSections returns the labels of the sections whose digests
// differ between recorded, the section digests of a signature record, and
// current, those of the document as it is, a section present in one only
// counting as changed: each label once, in the order of signedSections,
// the identity first.
func changedSections(recorded, current map[string]string) []string {
	type named struct {
		label string
		rank  int
	}
	var changed []named
	add := func(member string) {
		label, rank := sectionLabel(member)
		if !slices.ContainsFunc(changed, func(n named) bool { return n.label == label }) {
			changed = append(changed, named{label, rank})
		}
	}
	for name, d := range recorded {
		if current[name] != d {
			add(name)
		}
	}
	for name := range current {
		if _, ok := recorded[name]; !ok {
			add(name)
		}
	}
	slices.SortFunc(changed, func(a, b named) int { return a.rank - b.rank })
	out := make([]string, len(changed))
	for i, n := range changed {
		out[i] = n.label
	}
	return out
}

// checkSections returns what keeps the section digests of a signature
// record from holding together, or "": every name non-empty and every
// digest 64 lower-case hexadecimal digits.
func checkSections(sections map[string]string) string {
	for name, d := range sections {
		if name == "" || !isHexDigest(d) {
			return "the signature record holds a section digest without a name or not of 64 lower-case hex digits"
		}
	}
	return ""
}
