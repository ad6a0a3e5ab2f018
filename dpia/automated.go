package dpia

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
	Exception Article22Exception `json:"exception,omitzero"`
	// Law names the Union or Member State law (UK: the law) that
	// authorises the decisions and lays down the safeguards, when
	// Exception is Article22Law. Required with Article22Law.
	Law string `json:"law,omitempty"`
	// HumanIntervention answers whether the data subject can obtain human
	// intervention on the controller's part (Art. 22(3); UK Art. 22C(2)).
	// Required when Made is Yes, except under Article22Law.
	HumanIntervention YesNo `json:"human_intervention,omitzero"`
	// ExpressView answers whether the data subject can express their
	// point of view, or make representations (UK Art. 22C(2)(b)).
	// Required when Made is Yes, except under Article22Law.
	ExpressView YesNo `json:"express_view,omitzero"`
	// Contest answers whether the data subject can contest the decision
	// (Art. 22(3); UK Art. 22C(2)(d)). Required when Made is Yes, except
	// under Article22Law.
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

// Article22Exception is an exception of GDPR Art. 22(2) to the right not to
// be subject to a decision based solely on automated processing. The zero
// value Article22ExceptionUnknown means none is stated.
type Article22Exception string

const (
	// Article22ExceptionContract is Art. 22(2)(a): the decision is necessary for
	// entering into, or performing, a contract between the data subject
	// and the controller.
	Article22ExceptionContract Article22Exception = "contract"
	// Article22ExceptionLaw is Art. 22(2)(b): the decision is authorised by Union
	// or Member State law (UK: domestic law) which lays down suitable
	// safeguards.
	Article22ExceptionLaw Article22Exception = "authorised_by_law"
	// Article22ExceptionExplicitConsent is Art. 22(2)(c): the decision is based on
	// the data subject's explicit consent.
	Article22ExceptionExplicitConsent Article22Exception = "explicit_consent"
)

// article22ExceptionTable is the one table of the Article22Exception values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Article22Exception] accepts the keys and labels, the points "22(2)(a)",
// "22.2.b", "Art. 22(2)(c)", and "law", "authorised by law", "authorized
// by law", "consent", in any case.
var article22ExceptionTable = enumTable{
	what:  "an Art. 22(2) exception (contract, authorised_by_law or explicit_consent)",
	unset: "Unknown Art. 22(2) exception",
	entries: []enumEntry{
		{string(Article22ExceptionContract), "Necessary for a contract (Art. 22(2)(a))"},
		{string(Article22ExceptionLaw), "Authorised by law (Art. 22(2)(b))"},
		{string(Article22ExceptionExplicitConsent), "Explicit consent (Art. 22(2)(c))"},
	},
}

// Label returns the exception as a reader would write it, with its point
// of Art. 22(2).
func (e Article22Exception) Label() string { return article22ExceptionTable.label(string(e)) }

// IsValid reports whether e is one of Article22ExceptionValues.
func (e Article22Exception) IsValid() bool { return article22ExceptionTable.valid(string(e)) }

func (Article22Exception) enumTable() *enumTable { return &article22ExceptionTable }

func (Article22Exception) enumAlias(norm string) string { return string(article22ExceptionAlias(norm)) }

func article22ExceptionAlias(n string) Article22Exception {
	switch n {
	case "22a", "222a", "art222a", "article222a", "necessaryforacontract", "contractual":
		return Article22ExceptionContract
	case "22b", "222b", "art222b", "article222b", "law", "authorizedbylaw", "authorisedbylaw":
		return Article22ExceptionLaw
	case "22c", "222c", "art222c", "article222c", "consent":
		return Article22ExceptionExplicitConsent
	}
	return ""
}
