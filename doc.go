// Package dpiakit is the root of a library for Data Protection Impact
// Assessments (DPIAs) under the EU GDPR (Regulation (EU) 2016/679, Art. 35)
// and the UK GDPR with the Data Protection Act 2018.
//
// The module is meant to be embedded in other products (telehealth
// platforms, CRMs, HR and analytics tools) so they can ship DPIA support:
// build an assessment in code or load it from JSON, check it against the law,
// and keep it true as the product changes.
//
// # Packages
//
//   - dpiakit (this package): the shared vocabulary every other package
//     speaks: [Finding], [Findings], [Severity], [Rule], [Regime] and [Date].
//     It imports nothing but the standard library.
//   - lawfulbasis: the legal vocabulary: Art. 6(1) bases, Art. 9(1) special
//     categories, Art. 9(2) conditions, DPA 2018 Schedule 1 and Art. 10
//     conditions, the rights each basis gives, parsing of the spellings real
//     documents use, and [lawfulbasis.Check] for the footing of one purpose.
//   - risk: scales, levels and matrices (ICO 3x3, NHS 5x5, CNIL 4x4 or
//     custom), risks and measures with inherent and residual ratings, the
//     [risk.Register] and its checks, heat maps and Art. 83 fine ceilings.
//   - dpia: the assessment document itself.
//   - render: HTML and PDF renderers.
//
// lawfulbasis and risk are leaves: they import only this package. dpia
// imports the leaves; render imports dpia. A test pins these arrows.
//
// # Findings
//
// Every check returns [Findings]: a list of [Finding] values, each with a
// stable rule id, a severity, the JSON path of the offending field, a
// message and a legal reference. Findings is an error; [Findings.Err]
// returns nil when nothing in it is an error, so a check reads like any Go
// call:
//
//	if err := register.Check(nil).Err(); err != nil {
//		return err
//	}
//
// # Quick start
//
// Rate a risk on the ICO's 3x3 matrix, check a register and the lawful
// basis of a purpose (the same code runs as an example test in
// internal/moduletest, so it stays true):
//
//	matrix := risk.ICO3x3()
//	overall, err := matrix.RateText("possible", "severe")
//	if err != nil {
//		return err
//	}
//	fmt.Println(overall.Label) // High
//
//	register := risk.Register{
//		Matrix: matrix,
//		Risks: []risk.Risk{{
//			Reference:   "R1",
//			Description: "Screens left unlocked expose care records",
//			Inherent:    risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
//		}},
//	}
//	for _, f := range register.Check(nil) {
//		fmt.Println(f.Rule, f.Path) // RK003 risks[0].measures: a medium risk needs a measure
//	}
//
//	claim := lawfulbasis.Claim{Basis: lawfulbasis.PublicTask, Law: "NHS Act 2006",
//		Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}, ProfessionalSecrecy: true}
//	facts := lawfulbasis.Facts{Regime: lawfulbasis.UKGDPR,
//		SpecialCategories: []lawfulbasis.SpecialCategory{lawfulbasis.Health}}
//	for _, f := range lawfulbasis.Check(claim, facts) {
//		fmt.Println(f.Rule, f.Path) // LB004 article9[0]: UK needs DPA 2018 Sch. 1 para 2
//	}
package dpiakit

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Finding is one result of a check: a defect, a likely gap or an
// observation, tied to a rule, a place in the document and the law.
type Finding struct {
	// Rule is the stable id of the rule that produced the finding, such as
	// "LB001". Ids never change meaning; retired ids are not reused.
	Rule string `json:"rule"`
	// Severity says how serious the finding is.
	Severity Severity `json:"severity"`
	// Path locates the offending field in the JSON form of the checked
	// value, such as "risks[2].residual.overall". Empty means the whole
	// value.
	Path string `json:"path,omitempty"`
	// Message explains the finding in one or two sentences, naming the
	// values involved.
	Message string `json:"message"`
	// Ref cites the law or guidance the rule rests on, such as
	// "GDPR Art. 9(1)".
	Ref string `json:"ref,omitempty"`
	// Regime is the law the finding holds under when the checked value
	// falls under both the EU GDPR and the UK GDPR: EUGDPR or UKGDPR for a
	// finding of one law's run, EUAndUKGDPR for one both runs made (see
	// EachRegime). Zero for a value under a single law.
	Regime Regime `json:"regime,omitzero"`
}

// String formats f on one line: "error LB001 claims[0]: message (GDPR
// Art. 9(1))", with the law in brackets after the rule when the finding
// names one: "error LB004 [UK GDPR] claims[0]: ...".
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Severity.String())
	b.WriteByte(' ')
	b.WriteString(f.Rule)
	if f.Regime != RegimeUnknown {
		b.WriteString(" [")
		b.WriteString(f.Regime.Label())
		b.WriteByte(']')
	}
	if f.Path != "" {
		b.WriteByte(' ')
		b.WriteString(f.Path)
	}
	b.WriteString(": ")
	b.WriteString(f.Message)
	if f.Ref != "" {
		b.WriteString(" (")
		b.WriteString(f.Ref)
		b.WriteByte(')')
	}
	return b.String()
}

// Findings is a list of findings. It implements error, so a check can be
// returned as an error; use Err to get nil when nothing is an error.
type Findings []Finding

// Error joins the findings that are errors, one per line. When the list
// holds no error it describes the remaining findings instead.
func (fs Findings) Error() string {
	errs := fs.Errors()
	if len(errs) == 0 {
		errs = fs
	}
	if len(errs) == 0 {
		return "dpiakit: no findings"
	}
	lines := make([]string, len(errs))
	for i, f := range errs {
		lines[i] = f.String()
	}
	return strings.Join(lines, "\n")
}

// Err returns fs as an error when it holds at least one finding of
// SeverityError, and nil otherwise.
func (fs Findings) Err() error {
	if fs.HasErrors() {
		return fs
	}
	return nil
}

// HasErrors reports whether any finding has SeverityError.
func (fs Findings) HasErrors() bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the findings of SeverityError, in order.
func (fs Findings) Errors() Findings {
	return fs.filter(func(f Finding) bool { return f.Severity == SeverityError })
}

// Warnings returns the findings of SeverityWarning, in order.
func (fs Findings) Warnings() Findings {
	return fs.filter(func(f Finding) bool { return f.Severity == SeverityWarning })
}

// ByRule returns the findings produced by the rule with the given id, in
// order.
func (fs Findings) ByRule(id string) Findings {
	return fs.filter(func(f Finding) bool { return f.Rule == id })
}

// Rules returns the distinct rule ids present, sorted.
func (fs Findings) Rules() []string {
	seen := make(map[string]bool, len(fs))
	var ids []string
	for _, f := range fs {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			ids = append(ids, f.Rule)
		}
	}
	sort.Strings(ids)
	return ids
}

// WithPrefix returns a copy of fs whose paths are placed under prefix, as a
// parent check does with the findings of a part: "register" and
// "risks[0].owner" give "register.risks[0].owner".
func (fs Findings) WithPrefix(prefix string) Findings {
	if len(fs) == 0 {
		return nil
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		f.Path = JoinPath(prefix, f.Path)
		out[i] = f
	}
	return out
}

// Sort orders fs by path, then rule, then message, then regime, so that
// output is stable whatever order the checks ran in. It sorts in place and returns fs.
func (fs Findings) Sort() Findings {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return a.Regime < b.Regime
	})
	return fs
}

func (fs Findings) filter(keep func(Finding) bool) Findings {
	var out Findings
	for _, f := range fs {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// JoinPath joins two field paths: JoinPath("a", "b") is "a.b",
// JoinPath("a", "[2].b") is "a[2].b", and an empty side yields the other.
func JoinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// Index returns the path of element i of the list at path: Index("risks", 2)
// is "risks[2]".
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// Rule describes one check in a catalogue: every Finding a package produces
// comes from a Rule listed by that package's Rules function.
type Rule struct {
	// ID is the stable identifier, such as "LB001": two letters naming the
	// package, then a number.
	ID string
	// Severity is the severity of the findings the rule produces.
	Severity Severity
	// Summary says in one line what the rule finds.
	Summary string
	// Ref cites the law or guidance the rule rests on.
	Ref string
	// Rationale says in one sentence why a finding of this rule is an
	// error, a warning or information: what the law requires, and how sure
	// the rule can be from the document alone.
	Rationale string
}

// Finding builds a Finding of this rule at path with the given message.
func (r Rule) Finding(path, message string) Finding {
	return Finding{Rule: r.ID, Severity: r.Severity, Path: path, Message: message, Ref: r.Ref}
}

// Severity says how serious a Finding is. The zero value is SeverityUnknown,
// which no rule produces; a Finding with it is treated as informational.
type Severity int

const (
	// SeverityUnknown is the zero value: no severity was set.
	SeverityUnknown Severity = iota
	// SeverityInfo marks an observation that needs no action.
	SeverityInfo
	// SeverityWarning marks a likely gap that a reviewer should look at.
	SeverityWarning
	// SeverityError marks a compliance defect: the assessment is not
	// acceptable until it is fixed.
	SeverityError
)

// Severities lists the valid severities, least serious first.
func Severities() []Severity { return []Severity{SeverityInfo, SeverityWarning, SeverityError} }

// IsValid reports whether s is one of the named severities other than
// SeverityUnknown.
func (s Severity) IsValid() bool { return s >= SeverityInfo && s <= SeverityError }

// String returns "info", "warning" or "error" ("unknown" for the zero value
// and for values outside the range).
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return "unknown"
}

// MarshalText encodes s as its String form. It fails for values that are not
// valid, so an unknown severity never reaches a document silently.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("dpiakit: severity %d is not valid", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses the String form, case-insensitively.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := ParseSeverity(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses "info", "warning" or "error" in any case, with
// surrounding space ignored.
func ParseSeverity(text string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "info":
		return SeverityInfo, nil
	case "warning", "warn":
		return SeverityWarning, nil
	case "error":
		return SeverityError, nil
	}
	return SeverityUnknown, fmt.Errorf("dpiakit: %q is not a severity (want info, warning or error)", text)
}

// Regime is the data protection law an assessment is made under. It lives in
// the root package because both lawfulbasis (which bases exist) and risk
// (which fines apply) depend on it; lawfulbasis re-exports it.
//
// Processing can fall under both laws at once: a controller established in
// the UK that offers its service to people in the EU is subject to the UK
// GDPR by its establishment (UK GDPR Art. 3(1)) and to the EU GDPR by its
// targeting (GDPR Art. 3(2)(a)), and an EU controller targeting people in
// the UK the other way round. EUAndUKGDPR names that case; its rules run
// once under each law (see EachRegime).
type Regime int

const (
	// RegimeUnknown is the zero value: no regime was chosen.
	RegimeUnknown Regime = iota
	// EUGDPR is Regulation (EU) 2016/679 as applied in the EU and EEA.
	EUGDPR
	// UKGDPR is the UK GDPR read with the Data Protection Act 2018.
	UKGDPR
	// EUAndUKGDPR is processing subject to both the EU GDPR and the UK
	// GDPR (Art. 3 of each). A Finding with this regime holds under both.
	EUAndUKGDPR
)

// Regimes lists the valid regimes.
func Regimes() []Regime { return []Regime{EUGDPR, UKGDPR, EUAndUKGDPR} }

// IsValid reports whether r is EUGDPR, UKGDPR or EUAndUKGDPR.
func (r Regime) IsValid() bool { return r == EUGDPR || r == UKGDPR || r == EUAndUKGDPR }

// Each returns the laws r stands for, EU GDPR first: one for EUGDPR and
// UKGDPR, both for EUAndUKGDPR, none for a regime that is not valid.
func (r Regime) Each() []Regime {
	switch r {
	case EUGDPR, UKGDPR:
		return []Regime{r}
	case EUAndUKGDPR:
		return []Regime{EUGDPR, UKGDPR}
	}
	return nil
}

// Includes reports whether processing under r is subject to the single
// law law: EUAndUKGDPR includes EUGDPR and UKGDPR, and each regime
// includes itself.
func (r Regime) Includes(law Regime) bool {
	for _, each := range r.Each() {
		if each == law {
			return true
		}
	}
	return false
}

// String returns the stable key: "eu-gdpr", "uk-gdpr", "eu-uk-gdpr", or
// "unknown".
func (r Regime) String() string {
	switch r {
	case EUGDPR:
		return "eu-gdpr"
	case UKGDPR:
		return "uk-gdpr"
	case EUAndUKGDPR:
		return "eu-uk-gdpr"
	}
	return "unknown"
}

// Label returns the human name: "EU GDPR", "UK GDPR" or "EU GDPR and UK
// GDPR".
func (r Regime) Label() string {
	switch r {
	case EUGDPR:
		return "EU GDPR"
	case UKGDPR:
		return "UK GDPR"
	case EUAndUKGDPR:
		return "EU GDPR and UK GDPR"
	}
	return "unknown regime"
}

// Authority names the supervisory authority: the ICO under UKGDPR, "the
// supervisory authority" under EUGDPR, and both under EUAndUKGDPR.
func (r Regime) Authority() string {
	switch r {
	case UKGDPR:
		return "the ICO"
	case EUAndUKGDPR:
		return "the supervisory authority and the ICO"
	}
	return "the supervisory authority"
}

// Currency returns the ISO 4217 code of the currency fines are set in:
// "EUR" or "GBP" ("" when r is not a single law: fines under EUAndUKGDPR
// are set under each law apart).
func (r Regime) Currency() string {
	switch r {
	case EUGDPR:
		return "EUR"
	case UKGDPR:
		return "GBP"
	}
	return ""
}

// EachRegime runs check once under each law r stands for (Regime.Each) and
// returns the findings. For a single law it returns check's findings as
// they are. For EUAndUKGDPR a finding made alike under both laws (same
// rule, severity, path, message and reference) is returned once with
// Regime EUAndUKGDPR, and any other carries the law it was made under, so
// each finding says which law it holds under. The order is check's order
// under the EU GDPR, then the findings only the UK GDPR run made.
func EachRegime(r Regime, check func(law Regime) Findings) Findings {
	laws := r.Each()
	switch len(laws) {
	case 0:
		return check(r)
	case 1:
		return check(laws[0])
	}
	eu, uk := check(EUGDPR), check(UKGDPR)
	type key struct {
		rule, path, message, ref string
		sev                      Severity
	}
	keyOf := func(f Finding) key { return key{f.Rule, f.Path, f.Message, f.Ref, f.Severity} }
	inUK := make(map[key]int, len(uk))
	for _, f := range uk {
		inUK[keyOf(f)]++
	}
	out := make(Findings, 0, len(eu)+len(uk))
	for _, f := range eu {
		k := keyOf(f)
		if inUK[k] > 0 {
			inUK[k]--
			f.Regime = EUAndUKGDPR
		} else {
			f.Regime = EUGDPR
		}
		out = append(out, f)
	}
	for _, f := range uk {
		k := keyOf(f)
		if inUK[k] > 0 {
			inUK[k]--
			f.Regime = UKGDPR
			out = append(out, f)
		}
	}
	return out
}

// MarshalText encodes r as its String form; the zero value encodes as "".
func (r Regime) MarshalText() ([]byte, error) {
	if r == RegimeUnknown {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("dpiakit: regime %d is not valid", int(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText parses any spelling ParseRegime accepts; "" gives
// RegimeUnknown.
func (r *Regime) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = RegimeUnknown
		return nil
	}
	v, err := ParseRegime(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRegime accepts "eu-gdpr", "EU GDPR", "GDPR", "EU", "uk-gdpr",
// "UK GDPR", "UK-GDPR", "UK", "eu-uk-gdpr", "EU GDPR and UK GDPR", "both"
// and similar, in any case.
func ParseRegime(text string) (Regime, error) {
	s := strings.ToLower(strings.TrimSpace(text))
	s = strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	switch s {
	case "eu uk gdpr", "eu gdpr and uk gdpr", "uk gdpr and eu gdpr", "eu and uk gdpr", "uk and eu gdpr", "uk eu gdpr", "both":
		return EUAndUKGDPR, nil
	case "eu gdpr", "gdpr", "eu", "eea", "eu gdpr 2016/679", "regulation (eu) 2016/679":
		return EUGDPR, nil
	case "uk gdpr", "uk", "uk gdpr and dpa 2018", "uk gdpr dpa 2018":
		return UKGDPR, nil
	}
	return RegimeUnknown, fmt.Errorf("dpiakit: %q is not a regime (want eu-gdpr, uk-gdpr or eu-uk-gdpr)", text)
}

// Date is a calendar date without a time of day or zone, as DPIAs record
// them ("06.05.21", "31/3/2022"). The zero value means "no date". In JSON
// and text it is written as ISO 8601 "2006-01-02".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, or an error when it does not exist
// (2021-02-30) or the year is outside 1..9999.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 {
		return Date{}, fmt.Errorf("dpiakit: year %d out of range 1..9999", y)
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || t.Month() != m || t.Day() != d {
		return Date{}, fmt.Errorf("dpiakit: %04d-%02d-%02d is not a calendar date", y, int(m), d)
	}
	return Date{Year: y, Month: m, Day: d}, nil
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate parses an ISO 8601 date, "2006-01-02": four digits of year
// from 0001 to 9999 (the years NewDate and MarshalText accept, so that
// every date parsed can be written back), two of month and two of a day
// that exists in that month. White space around it is ignored.
func ParseDate(text string) (Date, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(text))
	if err != nil || t.Year() < 1 {
		return Date{}, fmt.Errorf("dpiakit: %q is not a date in the form YYYY-MM-DD with a year from 0001 to 9999", text)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar date.
func (d Date) IsValid() bool {
	_, err := NewDate(d.Year, d.Month, d.Day)
	return err == nil
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is strictly earlier than o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is strictly later than o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(d.Year, o.Year)
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	}
	return cmpInt(d.Day, o.Day)
}

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// appendISO appends d as "2006-01-02" to b. Out-of-range fields are
// written as they are, so String of an invalid Date shows what it holds.
func (d Date) appendISO(b []byte) []byte {
	if d.Year >= 0 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 && d.Day >= 0 && d.Day <= 99 {
		y, m := d.Year, int(d.Month)
		return append(b,
			byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
			byte('0'+m/10), byte('0'+m%10), '-',
			byte('0'+d.Day/10), byte('0'+d.Day%10))
	}
	return fmt.Appendf(b, "%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText encodes d as "2006-01-02", the zero Date as "", and fails for
// a date that does not exist.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("dpiakit: %04d-%02d-%02d is not a calendar date", d.Year, int(d.Month), d.Day)
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText parses "2006-01-02"; "" gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
