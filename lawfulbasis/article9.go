package lawfulbasis

// Article9 is a condition of GDPR Art. 9(2) that lifts the prohibition on
// processing special category data. It never replaces an Art. 6 basis:
// special category processing needs both. Under UK GDPR, conditions (b),
// (h), (i) and (j) also need a DPA 2018 Schedule 1 Part 1 condition and
// (g) a Part 2 condition (DPA 2018 s10(2)-(3)).
type Article9 int

const (
	// Article9Unknown is the zero value: no condition was given.
	Article9Unknown Article9 = iota
	// ExplicitConsent is Art. 9(2)(a): the data subject's explicit consent.
	ExplicitConsent
	// Employment is Art. 9(2)(b): obligations and rights in employment,
	// social security and social protection law, authorised by law or a
	// collective agreement.
	Employment
	// VitalInterestsIncapable is Art. 9(2)(c): vital interests of a data
	// subject (or another person) who is physically or legally incapable
	// of giving consent.
	VitalInterestsIncapable
	// NotForProfit is Art. 9(2)(d): the legitimate activities of a
	// foundation, association or other not-for-profit body with a
	// political, philosophical, religious or trade union aim, about its
	// members or regular contacts only.
	NotForProfit
	// MadePublic is Art. 9(2)(e): data manifestly made public by the data
	// subject.
	MadePublic
	// LegalClaims is Art. 9(2)(f): the establishment, exercise or defence
	// of legal claims, or courts acting in their judicial capacity.
	LegalClaims
	// SubstantialPublicInterest is Art. 9(2)(g): reasons of substantial
	// public interest, on the basis of law.
	SubstantialPublicInterest
	// HealthOrSocialCare is Art. 9(2)(h): preventive or occupational
	// medicine, working capacity, medical diagnosis, health or social care
	// or treatment, or the management of health or social care systems, on
	// the basis of law or a contract with a health professional, and
	// subject to the professional secrecy of Art. 9(3).
	HealthOrSocialCare
	// PublicHealth is Art. 9(2)(i): public interest in the area of public
	// health, on the basis of law.
	PublicHealth
	// ArchivingResearch is Art. 9(2)(j): archiving in the public interest,
	// scientific or historical research, or statistics under Art. 89(1), on
	// the basis of law.
	ArchivingResearch
)

// Article9Values lists the valid conditions in the order of Art. 9(2). The
// slice is new on every call.
func Article9Values() []Article9 {
	return []Article9{ExplicitConsent, Employment, VitalInterestsIncapable, NotForProfit, MadePublic, LegalClaims, SubstantialPublicInterest, HealthOrSocialCare, PublicHealth, ArchivingResearch}
}

// article9Info holds the fixed facts about one condition.
type article9Info struct {
	key, label, point string
	// law: the condition needs a basis in Union, Member State or domestic
	// law (or, for (h), a contract with a health professional).
	law bool
	// ukPart is the Part of DPA 2018 Schedule 1 whose condition the UK
	// requires as well (s10(2)-(3)); 0 for none.
	ukPart int
}

func (a Article9) info() (article9Info, bool) {
	switch a {
	case ExplicitConsent:
		return article9Info{"explicit_consent", "Explicit consent", "a", false, 0}, true
	case Employment:
		return article9Info{"employment", "Employment, social security and social protection", "b", true, 1}, true
	case VitalInterestsIncapable:
		return article9Info{"vital_interests", "Vital interests (subject incapable of consent)", "c", false, 0}, true
	case NotForProfit:
		return article9Info{"not_for_profit", "Not-for-profit body (members only)", "d", false, 0}, true
	case MadePublic:
		return article9Info{"made_public", "Manifestly made public by the data subject", "e", false, 0}, true
	case LegalClaims:
		return article9Info{"legal_claims", "Legal claims or judicial acts", "f", false, 0}, true
	case SubstantialPublicInterest:
		return article9Info{"substantial_public_interest", "Substantial public interest", "g", true, 2}, true
	case HealthOrSocialCare:
		return article9Info{"health_or_social_care", "Health or social care", "h", true, 1}, true
	case PublicHealth:
		return article9Info{"public_health", "Public health", "i", true, 1}, true
	case ArchivingResearch:
		return article9Info{"archiving_research", "Archiving, research or statistics", "j", true, 1}, true
	}
	return article9Info{}, false
}

// article9ByPoint maps a point letter of Art. 9(2) to its condition.
func article9ByPoint(point string) Article9 {
	for _, a := range Article9Values() {
		if info, _ := a.info(); info.point == point {
			return a
		}
	}
	return Article9Unknown
}

// IsValid reports whether a is one of the named conditions other than
// Article9Unknown.
func (a Article9) IsValid() bool {
	_, ok := a.info()
	return ok
}

// String returns the stable key, such as "health_or_social_care", or
// "unknown".
func (a Article9) String() string {
	if info, ok := a.info(); ok {
		return info.key
	}
	return "unknown"
}

// Label returns the short name used in documents, such as "Health or
// social care".
func (a Article9) Label() string {
	if info, ok := a.info(); ok {
		return info.label
	}
	return "unknown Article 9 condition"
}

// Code returns the legal code, such as "9(2)(h)"; "" when a is not valid.
func (a Article9) Code() string {
	if info, ok := a.info(); ok {
		return "9(2)(" + info.point + ")"
	}
	return ""
}

// Ref returns the citation, such as "GDPR Art. 9(2)(h)"; "" when a is not
// valid.
func (a Article9) Ref() string {
	if a.IsValid() {
		return "GDPR Art. " + a.Code()
	}
	return ""
}

// NeedsBasisInLaw reports whether the condition applies only on the basis
// of Union, Member State or (UK) domestic law: true for (b), (g), (h), (i)
// and (j). For (b) a collective agreement also serves, and for (h) a
// contract with a health professional.
func (a Article9) NeedsBasisInLaw() bool {
	info, _ := a.info()
	return info.law
}

// NeedsProfessionalSecrecy reports whether the processing must be done by
// or under the responsibility of a professional bound by professional
// secrecy (GDPR Art. 9(3); UK: DPA 2018 s11(1)): true for (h).
func (a Article9) NeedsProfessionalSecrecy() bool { return a == HealthOrSocialCare }

// UKSchedule1Part returns the Part of DPA 2018 Schedule 1 whose condition
// UK GDPR requires in addition: 1 for (b), (h), (i) and (j) (s10(2)), 2 for
// (g) (s10(3)), and 0 otherwise.
func (a Article9) UKSchedule1Part() int {
	info, _ := a.info()
	return info.ukPart
}

// UKSchedule1Condition returns the Schedule 1 Part 1 condition that
// matches the Art. 9(2) condition under UK GDPR: (b) paragraph 1, (h)
// paragraph 2, (i) paragraph 3, (j) paragraph 4. It returns
// Schedule1Unknown for every other condition, including (g), which any
// Part 2 condition can complete.
func (a Article9) UKSchedule1Condition() Schedule1 {
	switch a {
	case Employment:
		return Sch1Employment
	case HealthOrSocialCare:
		return Sch1HealthOrSocialCare
	case PublicHealth:
		return Sch1PublicHealth
	case ArchivingResearch:
		return Sch1Research
	}
	return Schedule1Unknown
}

// MarshalText encodes a as its String key; Article9Unknown encodes as ""
// and any other invalid value is an error.
func (a Article9) MarshalText() ([]byte, error) {
	return marshalEnum(a, a.IsValid(), "Article 9 condition")
}

// UnmarshalText parses any spelling ParseArticle9 accepts; "" gives
// Article9Unknown.
func (a *Article9) UnmarshalText(text []byte) error {
	return unmarshalEnum(a, text, Article9Values(), ParseArticle9)
}

// ParseArticle9 reads an Art. 9(2) condition as real documents write it,
// in any case: codes ("9(2)(a)", "Article 9 (2) (h)", "UK-GDPR Article
// 9.2.h"), codes with a description ("UK-GDPR Article 9.2.h –
// Provision/treatment/management of healthcare"), names ("explicit
// consent", "health and social care", "substantial public interest",
// "research") and keys. The rules are those of ParseArticle6: a code with
// a point decides unless the words name a different condition; a code of
// Art. 9(1) or of another article, two conditions, or none is an error
// that quotes the input.
func ParseArticle9(s string) (Article9, error) {
	return grammar[Article9]{
		want:   "an Article 9 condition",
		plural: "Article 9 conditions",
		noun:   "condition",
		vocab:  &article9Vocabulary,
		read: func(c articleCode) (Article9, codeStatus, string) {
			return readPointCode(c, 9, 2, article9ByPoint)
		},
	}.parse(s)
}

// article9Vocabulary holds the names of the conditions. It is never written
// after package initialisation.
var article9Vocabulary = newVocabulary([]term{
	{value: int(ExplicitConsent), key: ExplicitConsent.String(), label: ExplicitConsent.Label(), phrases: []string{
		"consent", "explicit consent of the data subject",
	}},
	{value: int(Employment), key: Employment.String(), label: Employment.Label(), phrases: []string{
		"employment social security and social protection", "employment and social security", "social security",
		"social protection", "employment law", "employment social security social protection",
		"employment and social protection", "social security and social protection",
	}},
	{value: int(VitalInterestsIncapable), key: VitalInterestsIncapable.String(), label: VitalInterestsIncapable.Label(), phrases: []string{
		"vital interest", "vital interests where the data subject is incapable of giving consent",
		"vital interests of a data subject incapable of consent",
	}},
	{value: int(NotForProfit), key: NotForProfit.String(), label: NotForProfit.Label(), phrases: []string{
		"not for profit body", "not for profit bodies", "not for profit organisation", "not for profit organization",
		"legitimate activities of a not for profit body",
	}},
	{value: int(MadePublic), key: MadePublic.String(), label: MadePublic.Label(), phrases: []string{
		"manifestly made public", "made manifestly public", "manifestly public", "data made public by the data subject",
	}},
	{value: int(LegalClaims), key: LegalClaims.String(), label: LegalClaims.Label(), phrases: []string{
		"legal claim", "legal claims and judicial acts", "judicial acts", "courts", "judicial capacity",
		"establishment exercise or defence of legal claims", "establishment exercise or defense of legal claims",
	}},
	{value: int(SubstantialPublicInterest), key: SubstantialPublicInterest.String(), label: SubstantialPublicInterest.Label(), phrases: []string{
		"reasons of substantial public interest",
	}},
	{value: int(HealthOrSocialCare), key: HealthOrSocialCare.String(), label: HealthOrSocialCare.Label(), phrases: []string{
		"health and social care", "healthcare", "health care", "social care", "health or social care purposes",
		"health and social care purposes", "preventive or occupational medicine", "occupational medicine",
		"preventive medicine", "medical diagnosis", "provision of health care", "provision of healthcare",
		"provision of health or social care", "health or social care systems", "direct care",
	}},
	{value: int(PublicHealth), key: PublicHealth.String(), label: PublicHealth.Label(), phrases: []string{
		"public interest in the area of public health",
	}},
	{value: int(ArchivingResearch), key: ArchivingResearch.String(), label: ArchivingResearch.Label(), phrases: []string{
		"archiving", "research", "statistics", "statistical", "statistical purposes", "scientific research",
		"historical research", "scientific or historical research", "archiving in the public interest",
		"archiving purposes in the public interest", "archiving research and statistics", "research and statistics",
		"research purposes", "archiving research statistics",
	}},
}, "condition", "conditions", "processing", "data", "special category data", "special category", "purposes",
	"for the purposes of")
