package lawfulbasis

// Article6 is a lawful basis for processing under GDPR Art. 6(1). Every
// processing purpose needs exactly one; special category and criminal
// offence data need a further condition on top (Art. 9, Art. 10), never
// instead.
type Article6 int

const (
	// Article6Unknown is the zero value: no basis was given.
	Article6Unknown Article6 = iota
	// Consent is Art. 6(1)(a): the data subject has consented. Consent
	// must be as easy to withdraw as to give (Art. 7(3)).
	Consent
	// Contract is Art. 6(1)(b): necessary for a contract with the data
	// subject, or for steps at their request before entering into one.
	Contract
	// LegalObligation is Art. 6(1)(c): necessary to comply with a legal
	// obligation of the controller. It needs a basis in law (Art. 6(3)).
	LegalObligation
	// VitalInterests is Art. 6(1)(d): necessary to protect the vital
	// interests of the data subject or of another person.
	VitalInterests
	// PublicTask is Art. 6(1)(e): necessary for a task carried out in the
	// public interest or in the exercise of official authority. It needs a
	// basis in law (Art. 6(3)).
	PublicTask
	// LegitimateInterests is Art. 6(1)(f): necessary for legitimate
	// interests, unless overridden by the data subject's interests (the
	// balancing test, recorded in a legitimate interests assessment).
	// Public authorities may not rely on it for their tasks (last sentence
	// of Art. 6(1)).
	LegitimateInterests
	// RecognisedLegitimateInterests is UK GDPR Art. 6(1)(ea), inserted by
	// the Data (Use and Access) Act 2025 and in force from 5 February 2026:
	// processing necessary for a recognised legitimate interest listed in
	// UK GDPR Annex 1, with no balancing test. It exists only under UK GDPR
	// (verify the details of the list and its commencement before relying
	// on it).
	RecognisedLegitimateInterests
)

// Article6Values lists the valid bases in the order of Art. 6(1), with
// 6(1)(ea) last. The slice is new on every call.
func Article6Values() []Article6 {
	return []Article6{Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests, RecognisedLegitimateInterests}
}

// article6Info holds the fixed facts about one basis.
type article6Info struct {
	key, label, point string
}

func (a Article6) info() (article6Info, bool) {
	switch a {
	case Consent:
		return article6Info{"consent", "Consent", "a"}, true
	case Contract:
		return article6Info{"contract", "Contract", "b"}, true
	case LegalObligation:
		return article6Info{"legal_obligation", "Legal obligation", "c"}, true
	case VitalInterests:
		return article6Info{"vital_interests", "Vital interests", "d"}, true
	case PublicTask:
		return article6Info{"public_task", "Public task", "e"}, true
	case LegitimateInterests:
		return article6Info{"legitimate_interests", "Legitimate interests", "f"}, true
	case RecognisedLegitimateInterests:
		return article6Info{"recognised_legitimate_interests", "Recognised legitimate interests", "ea"}, true
	}
	return article6Info{}, false
}

// article6ByPoint maps a point letter of Art. 6(1) to its basis.
func article6ByPoint(point string) Article6 {
	for _, a := range Article6Values() {
		if info, _ := a.info(); info.point == point {
			return a
		}
	}
	return Article6Unknown
}

// IsValid reports whether a is one of the named bases other than
// Article6Unknown.
func (a Article6) IsValid() bool {
	_, ok := a.info()
	return ok
}

// String returns the stable key, such as "public_task", or "unknown".
func (a Article6) String() string {
	if info, ok := a.info(); ok {
		return info.key
	}
	return "unknown"
}

// Label returns the short name used in documents, such as "Public task".
func (a Article6) Label() string {
	if info, ok := a.info(); ok {
		return info.label
	}
	return "unknown basis"
}

// Code returns the legal code, such as "6(1)(e)"; "" when a is not valid.
func (a Article6) Code() string {
	if info, ok := a.info(); ok {
		return "6(1)(" + info.point + ")"
	}
	return ""
}

// Ref returns the citation, such as "GDPR Art. 6(1)(e)", or
// "UK GDPR Art. 6(1)(ea)" for the UK-only basis; "" when a is not valid.
func (a Article6) Ref() string {
	switch {
	case a == RecognisedLegitimateInterests:
		return "UK GDPR Art. " + a.Code()
	case a.IsValid():
		return "GDPR Art. " + a.Code()
	}
	return ""
}

// NeedsBasisInLaw reports whether the basis must be laid down in law
// (GDPR Art. 6(3)): true for LegalObligation and PublicTask.
func (a Article6) NeedsBasisInLaw() bool { return a == LegalObligation || a == PublicTask }

// AvailableIn reports whether the basis exists under regime r: every
// basis exists under both regimes except RecognisedLegitimateInterests,
// which exists only under UKGDPR. Under EUAndUKGDPR the basis must exist
// under both laws. It is false for an invalid basis or regime.
func (a Article6) AvailableIn(r Regime) bool {
	if !a.IsValid() || !r.IsValid() {
		return false
	}
	return a != RecognisedLegitimateInterests || r == UKGDPR
}

// Regimes lists the regimes under which the basis exists; nil when a is
// not valid.
func (a Article6) Regimes() []Regime {
	var out []Regime
	for _, r := range []Regime{EUGDPR, UKGDPR} {
		if a.AvailableIn(r) {
			out = append(out, r)
		}
	}
	return out
}

// MarshalText encodes a as its String key; Article6Unknown encodes as ""
// and any other invalid value is an error.
func (a Article6) MarshalText() ([]byte, error) {
	return marshalEnum(a, a.IsValid(), "Article 6 basis")
}

// UnmarshalText parses any spelling ParseArticle6 accepts; "" gives
// Article6Unknown.
func (a *Article6) UnmarshalText(text []byte) error {
	return unmarshalEnum(a, text, Article6Values(), ParseArticle6)
}

// ParseArticle6 reads a lawful basis as real documents write it, in any
// case: codes ("6(1)(e)", "Art. 6(1)(b)", "Article 6 (e)", "6.1.f",
// "UK-GDPR Article 6.1.a – Consent", "6(1)(ea)"), names ("public task",
// "legitimate interest", "Legitimate interests"), keys ("public_task")
// and both together ("Article 6 (1) (f) (Legitimate Interest)").
//
// A code with a point decides the basis; words beside it may restate it
// but an error results when they name a different basis. A code without
// a point ("Article 6 – Public task") leaves the words to decide. Without
// a code every word must belong to the names of the bases (or be a filler
// such as "the", "lawful basis"); text naming two bases ("consent and
// contract"), citing another article ("Article 9 (2) (a)"), or naming none
// ("Article 6", "maybe") is an error that quotes the input.
func ParseArticle6(s string) (Article6, error) {
	return grammar[Article6]{
		want:   "an Article 6 basis",
		plural: "Article 6 bases",
		noun:   "basis",
		vocab:  &article6Vocabulary,
		read: func(c articleCode) (Article6, codeStatus, string) {
			return readPointCode(c, 6, 1, article6ByPoint)
		},
	}.parse(s)
}

// article6Vocabulary holds the names of the bases. It is never written
// after package initialisation.
var article6Vocabulary = newVocabulary([]term{
	{value: int(Consent), key: Consent.String(), label: Consent.Label(), phrases: []string{
		"consent of the data subject", "data subject consent", "consent given by the data subject",
	}},
	{value: int(Contract), key: Contract.String(), label: Contract.Label(), phrases: []string{
		"contractual", "contractual necessity", "performance of a contract", "contract with the data subject",
		"necessary for a contract", "necessary for the performance of a contract",
	}},
	{value: int(LegalObligation), key: LegalObligation.String(), label: LegalObligation.Label(), phrases: []string{
		"legal obligations", "compliance with a legal obligation", "legal requirement", "legal requirements",
		"statutory obligation", "statutory obligations",
	}},
	{value: int(VitalInterests), key: VitalInterests.String(), label: VitalInterests.Label(), phrases: []string{
		"vital interest", "protection of vital interests",
	}},
	{value: int(PublicTask), key: PublicTask.String(), label: PublicTask.Label(), phrases: []string{
		"public tasks", "public interest", "public function", "public functions", "official authority",
		"exercise of official authority", "public interest or official authority",
		"public task or official authority", "task carried out in the public interest",
	}},
	{value: int(LegitimateInterests), key: LegitimateInterests.String(), label: LegitimateInterests.Label(), phrases: []string{
		"legitimate interest", "legitimate interests of the controller",
	}},
	{value: int(RecognisedLegitimateInterests), key: RecognisedLegitimateInterests.String(), label: RecognisedLegitimateInterests.Label(), phrases: []string{
		"recognised legitimate interest", "recognized legitimate interests", "recognized legitimate interest",
	}},
}, "lawful basis", "legal basis", "basis", "lawful", "processing", "ground", "lawful ground")
