package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// AutomatedDecisions records whether the processing takes decisions based
// solely on automated processing, including profiling, which produce legal
// effects concerning the data subject or similarly significantly affect
// them (GDPR Art. 22(1); WP251 rev.01), and, when it does, the exception
// that permits them (Art. 22(2)) and the safeguards in place (Art.
// 22(3)). Under UK GDPR from 5 February 2026 such significant decisions
// are permitted on any lawful basis except recognised legitimate
// interests, with the safeguards of Art. 22C, and restricted where they
// rest on special category data (Art. 22B; Data (Use and Access) Act 2025
// s80).
type AutomatedDecisions struct {
	// Made answers whether the processing takes solely automated
	// decisions with legal or similarly significant effects. Optional;
	// YesNoYes brings the rules of Art. 22 (rules DP032 and DP033).
	Made YesNo `json:"made,omitzero"`
	// Description says which decisions are taken, on what logic, and
	// their effects on the individuals (Art. 13(2)(f)). Optional.
	Description string `json:"description,omitempty"`
	// Exception is the Art. 22(2) exception relied on. Required when Made
	// is Yes under EU GDPR, and under UK GDPR before 5 February 2026 or
	// where special category data is used.
	Exception lawfulbasis.Article22Exception `json:"exception,omitzero"`
	// Law names the Union or Member State law (UK: the law) that
	// authorises the decisions and lays down the safeguards, when
	// Exception is lawfulbasis.Article22ExceptionLaw. Required with it.
	Law string `json:"law,omitempty"`
	// HumanIntervention answers whether the data subject can obtain human
	// intervention on the controller's part (Art. 22(3); UK Art. 22C(2)).
	// Required when Made is Yes, except under Article22ExceptionLaw.
	HumanIntervention YesNo `json:"human_intervention,omitzero"`
	// ExpressView answers whether the data subject can express their
	// point of view, or make representations (UK Art. 22C(2)(b)).
	// Required when Made is Yes, except under Article22ExceptionLaw.
	ExpressView YesNo `json:"express_view,omitzero"`
	// Contest answers whether the data subject can contest the decision
	// (Art. 22(3); UK Art. 22C(2)(d)). Required when Made is Yes, except
	// under Article22ExceptionLaw.
	Contest YesNo `json:"contest,omitzero"`
	// SpecialCategoryData answers whether the decisions are based on
	// special category data (GDPR Art. 9(1)), which Art. 22(4) (UK: Art.
	// 22B) allows only under Art. 9(2)(a) explicit consent or 9(2)(g)
	// substantial public interest, with suitable safeguards. Optional.
	SpecialCategoryData YesNo `json:"special_category_data,omitzero"`
	// Safeguards describes the safeguards in words: how a review is asked
	// for, who reviews, in what time. Optional.
	Safeguards string `json:"safeguards,omitempty"`
}
