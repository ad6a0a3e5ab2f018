package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Screening records whether the processing meets the tests that make a
// DPIA required (GDPR Art. 35(1), (3) and (4); WP248 rev.01; the ICO
// list), either as direct answers per Criterion or as an organisation's
// own questions mapped to criteria, and the assessor's stated decision.
//
// The seventeen screening questions of an NHS trust's DPIA screening form,
// for example, map as follows (Topic in brackets where no criterion
// applies):
//
//	involve the use of patient/staff information        [personal_data]
//	Will the information used be identifiable?           [identifiable]
//	in use and being upgraded/amended?                   [existing_system]
//	DPIA completed previously?                           [previous_dpia]
//	evaluate or score individuals information            WP248Evaluation
//	automated decision-making without human involvement  WP248AutomatedDecision
//	sensitive data ... highly personal nature            WP248Sensitive
//	involve a large number of individuals                WP248LargeScale
//	vulnerable individuals ... protected characteristics WP248Vulnerable
//	innovative technological or organisational solutions WP248Innovative, ICOInnovativeTechnology
//	prevent individuals from exercising a right          WP248PreventsRights, ICODenialOfService
//	use of Biometrics data                               ICOBiometric
//	genetic data beyond healthcare purposes              ICOGenetic
//	combining, comparing or matching personal data       WP248Matching, ICODataMatching
//	Invisible processing                                 ICOInvisibleProcessing
//	tracking an individual's location or behaviour       ICOTracking
//	Risk of physical harm                                ICOPhysicalHarm
type Screening struct {
	// Guidance is the template's instructions printed with the screening,
	// such as an NHS trust's "Where you answer 'YES' to any of screening
	// questions a DPIA MUST be completed". Optional.
	Guidance string `json:"guidance,omitempty"`
	// Answers answers criteria directly (the GDPR Art. 35(3) cases, the
	// nine WP248 rev.01 criteria, the ICO list), one entry per criterion.
	// Optional.
	Answers []CriterionAnswer `json:"answers,omitempty"`
	// Questions are the organisation's screening questions, each mapped to
	// the criteria it tests. Optional.
	Questions []ScreeningQuestion `json:"questions,omitempty"`
	// Decision is the assessor's stated decision on whether a DPIA is
	// needed, kept apart from the computed [Screening.Outcome]. Optional.
	Decision YesNo `json:"decision,omitzero"`
	// Justification explains the decision. Optional, but WP248 rev.01
	// requires it when no DPIA is carried out although two or more
	// criteria are met.
	Justification string `json:"justification,omitempty"`
}

// CriterionAnswer is the answer to whether one Criterion is met.
type CriterionAnswer struct {
	// Criterion is the criterion answered. Required.
	Criterion lawfulbasis.Criterion `json:"criterion,omitzero"`
	// Answer says whether the criterion is met. Required.
	Answer YesNo `json:"answer,omitzero"`
	// Comment explains the answer. Optional.
	Comment string `json:"comment,omitempty"`
}

// ScreeningQuestion is one of an organisation's screening questions (the
// "Screening Questions" table of an NHS trust's DPIA screening form:
// question, "Answers: YES/NO", "Comments", "Example"), mapped to the
// criteria it tests. A Yes answer marks every one of Criteria as met.
type ScreeningQuestion struct {
	// ID is a stable key for the question, such as "large_number".
	// Optional; unique within the screening.
	ID string `json:"id,omitempty"`
	// Text is the question as the template asks it. Required.
	Text string `json:"text,omitempty"`
	// Answer is the answer given. Required.
	Answer YesNo `json:"answer,omitzero"`
	// Comment is the comment given with the answer ("Please detail
	// response if 'Yes' selected"). Optional.
	Comment string `json:"comment,omitempty"`
	// Example is the template's example text for the question. Optional.
	Example string `json:"example,omitempty"`
	// Criteria lists the criteria a Yes answer meets. Optional: empty for
	// questions that test no criterion (see Topic).
	Criteria []lawfulbasis.Criterion `json:"criteria,omitempty"`
	// Topic marks a question whose answer has a meaning the validator
	// uses even when it tests no criterion, such as "Will the information
	// used be identifiable?". Optional.
	Topic ScreeningTopic `json:"topic,omitzero"`
}

// Answer returns the combined answer for criterion c across the direct
// answers and the questions mapped to it: Yes when any says yes, otherwise
// No when any says no, otherwise NotApplicable when any says so, otherwise
// "" (not answered).
func (s Screening) Answer(c lawfulbasis.Criterion) YesNo {
	seen := map[YesNo]bool{}
	for _, a := range s.Answers {
		if a.Criterion == c && a.Answer.IsValid() {
			seen[a.Answer] = true
		}
	}
	for _, q := range s.Questions {
		if !q.Answer.IsValid() {
			continue
		}
		for _, qc := range q.Criteria {
			if qc == c {
				seen[q.Answer] = true
			}
		}
	}
	for _, a := range []YesNo{YesNoYes, YesNoNo, YesNoNotApplicable} {
		if seen[a] {
			return a
		}
	}
	return ""
}

// questionByTopic returns the first question with topic t. It reports
// false when there is none or t is not valid.
func (s Screening) questionByTopic(t ScreeningTopic) (ScreeningQuestion, bool) {
	if !t.IsValid() {
		return ScreeningQuestion{}, false
	}
	for _, q := range s.Questions {
		if q.Topic == t {
			return q, true
		}
	}
	return ScreeningQuestion{}, false
}
