package dpia

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dpiakit/dpiakit"
)

// Validate checks the assessment against the law and returns the findings,
// sorted by path, then rule, then message, then regime
// (dpiakit.Findings.Sort), so the
// result is the same whatever order the checks run in. Every rule it can
// report is listed by Rules.
//
// It runs the checks of the parts, with their paths placed under the
// part's JSON name: risk.Register.Check on Risks ("risks.risks[2]..."),
// and lawfulbasis.Check on each claim of Necessity.Claims
// ("necessity.claims[0].article9[1]"). It then adds the cross-cutting DP
// rules of this package and the sign-off and review rules.
//
// The facts lawfulbasis.Check receives for a claim come from the rest of
// the document: the regime, whether the controller is a public authority,
// the special categories and criminal offence data of the processed data
// items that serve the claim's purpose, the children and online service
// answers of the processing's context with the subject groups the claim
// names (Claim.Subjects; none means every group), the age of digital
// consent of the member states recorded (processing.scope.member_states),
// the assessment's date and opts.Now. An item serves the
// claim's purpose when its purpose_refs name it (the claim's purpose is
// matched with the id or the name of a processing purpose); an item with
// no purpose_refs is taken to serve every purpose; and when the claim's
// purpose names no purpose of the document, all processed items count.
// Candidate claims (a processor's list of bases for its customers) are
// alternatives, not claims, and are not checked as claims: DP017 judges
// each, DP020 and DP021 accept a condition any of them offers, and DP010
// and DP011 count the rights any of them gives when there is no claim.
//
// The product's own rules (ValidateOptions.Rules, see CustomRule) run
// after the library's, on the same assessment, and their findings are
// sorted in with the others.
//
// An assessment under both the EU GDPR and the UK GDPR (Regime
// EUAndUKGDPR, GDPR Art. 3 and UK GDPR Art. 3) is validated once under
// each law, as the document would be if it declared that law alone, and
// each finding says which law it holds under (dpiakit.EachRegime):
// Finding.Regime is EUGDPR or UKGDPR for a finding of one law, and
// EUAndUKGDPR for one both laws give alike. So the UK run judges
// transfers from the UK under the UK's adequacy regulations and asks for
// a UK representative, the EU run judges transfers from the EEA under the
// Commission's decisions and names the EU supervisory authority.
//
// Validate never reads the clock: rules that depend on the date use the
// assessment's Date and, where it is not set, opts.Now (see
// ValidateOptions). It never panics; a nil *Assessment is validated as the
// zero Assessment, an empty document, and yields the findings that
// document deserves.
func (a *Assessment) Validate(options *ValidateOptions) dpiakit.Findings {
	opts := options.orDefaults()
	if a == nil {
		a = &Assessment{}
	}
	custom, unusable := usableCustomRules(opts.Rules)
	fs := dpiakit.EachRegime(a.Regime, func(law dpiakit.Regime) dpiakit.Findings {
		under := a.underLaw(law)
		v := validator{a: under, declared: a.Regime, opts: opts}
		v.run()
		out := under.checkSignOffWith(v.out, opts, v.register, v.registerChecked, a)
		for _, r := range custom {
			out = append(out, runCustomRule(r, under)...)
		}
		return out
	})
	return sortFindings(append(fs, unusable...))
}

// underLaw returns a as the single law law sees it: a itself when that is
// its regime, else a shallow copy with Regime set to law and Method to
// the method a is in (so that both runs follow the same method). The copy shares
// every part with a and must not be changed.
func (a *Assessment) underLaw(law dpiakit.Regime) *Assessment {
	if a.Regime == law || !law.IsValid() {
		return a
	}
	under := *a
	under.Regime = law
	// The method is the document's, whichever law judges it.
	under.Method = a.MethodInForce()
	return &under
}

// appendWithPrefix appends fs to out with prefix placed before each path,
// as fs.WithPrefix(prefix) would, without building that slice.
func appendWithPrefix(out, fs dpiakit.Findings, prefix string) dpiakit.Findings {
	for _, f := range fs {
		f.Path = dpiakit.JoinPath(prefix, f.Path)
		out = append(out, f)
	}
	return out
}

// sortFindings sorts fs in place in the order of dpiakit.Findings.Sort
// (path, then rule, then message, then regime, stable) and returns it. It sorts
// indices rather than moving the findings themselves at each step, then
// moves each finding once, to its place.
func sortFindings(fs dpiakit.Findings) dpiakit.Findings {
	if len(fs) < 2 {
		return fs
	}
	var small [64]int
	order := small[:0]
	if len(fs) > len(small) {
		order = make([]int, 0, len(fs))
	}
	for i := range fs {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &fs[i], &fs[j]
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		if c := strings.Compare(a.Message, b.Message); c != 0 {
			return c
		}
		return int(a.Regime) - int(b.Regime)
	})
	// Place fs[order[k]] at k, one cycle of the permutation at a time,
	// marking each place filled with order[k] = k.
	for start := range order {
		if order[start] == start {
			continue
		}
		held := fs[start]
		k := start
		for {
			from := order[k]
			order[k] = k
			if from == start {
				fs[k] = held
				break
			}
			fs[k] = fs[from]
			k = from
		}
	}
	return fs
}

// validator holds one run of Validate.
type validator struct {
	a *Assessment
	// declared is the regime the document declares: a.Regime, or
	// EUAndUKGDPR when a is the document as one of its two laws sees it.
	declared dpiakit.Regime
	opts     ValidateOptions
	out      dpiakit.Findings
	// data summarises the processed data items, built once.
	data inventoryFacts
	// subjects summarises who the data subjects are, built once.
	subjects subjectFacts
	// untreatedReported records that the register's own check reported
	// an untreated risk (RK003), which DP004 must not repeat.
	untreatedReported bool
	// register holds the register's own findings, unprefixed, once
	// checkRegister has run (registerChecked), for the sign-off rules.
	register        dpiakit.Findings
	registerChecked bool
}

func (v *validator) run() {
	v.data = newInventoryFacts(v.a)
	v.subjects = newSubjectFacts(v.a)

	v.checkRegister()
	v.checkClaims()

	v.checkIdentity()
	v.checkDescription()
	v.checkNecessity()
	v.checkRisksAssessed()
	v.checkMeasures()
	v.checkIdentifiable()
	v.checkProcessors()
	v.checkTransfers()
	v.checkLocations()
	v.checkRights()
	v.checkConsultation()
	v.checkStart()
	v.checkChildConsent()
	v.checkScale()
	v.checkScreening()
	v.checkCandidates()
	v.checkPurposeBases()
	v.checkUnclaimedData()
	v.checkRetention()
	v.checkItemPurposes()
	v.checkInformed()
	v.checkNesting()
	v.checkAutomatedDecisions()
	v.checkScreeningDecision()
	v.checkJointControllers()
	v.checkRepresentatives()
	v.checkSecurity()
	v.checkVocabulary()
}

// add appends a finding of the DP rule id.
func (v *validator) add(id, path, message string) {
	v.out = append(v.out, assessmentRule(id).Finding(path, message))
}

// alsoUnder returns, when the document is under both the EU GDPR and the
// UK GDPR and this run judges it under one of them, the other law; else
// RegimeUnknown.
func (v *validator) alsoUnder() dpiakit.Regime {
	for _, law := range v.declared.Each() {
		if law != v.a.Regime {
			return law
		}
	}
	return dpiakit.RegimeUnknown
}

// judgedOn returns the date the assessment is judged on: its own date,
// else the caller's clock; the zero Date when neither is set.
func (v *validator) judgedOn() dpiakit.Date {
	if !v.a.Date.IsZero() {
		return v.a.Date
	}
	return v.opts.Now
}

// blankText reports whether s holds nothing but white space.
func blankText(s string) bool { return strings.TrimSpace(s) == "" }

// quoted returns s in double quotes as cited writes it, for messages
// that cite the document's own words.
func quoted(s string) string { return cite(s, true) }

// cited returns s for messages that name something in the document's
// words (a person, a recipient): with runs of white space as one space,
// control and bidirectional formatting characters escaped ("\x1b",
// "\u202e"), bytes that are not UTF-8 replaced with U+FFFD, and cut to
// a readable length, "…" marking the cut. A message stays short and
// displays as it reads, whatever the document holds.
func cited(s string) string { return cite(s, false) }

// citeLimit is the number of characters cite keeps.
const citeLimit = 80

// cite is cited, in double quotes when quote is set.
func cite(s string, quote bool) string {
	if len(s) < citeLimit && isPlainText(s) {
		if quote {
			return `"` + s + `"`
		}
		return s
	}
	var b strings.Builder
	b.Grow(min(len(s), 4*citeLimit) + 2)
	if quote {
		b.WriteByte('"')
	}
	n, space := 0, false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if n == citeLimit-1 {
			b.WriteString("…")
			break
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		switch {
		case r < 0x80 && unicode.IsControl(r):
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[r>>4])
			b.WriteByte(hexDigits[r&0xf])
		case unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r):
			b.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hexDigits[(r>>shift)&0xf])
			}
		default:
			b.WriteRune(r)
		}
		n++
	}
	if quote {
		b.WriteByte('"')
	}
	return b.String()
}

// hexDigits are the digits of cite's escapes.
const hexDigits = "0123456789abcdef"

// listed joins words as "a", "a and b" or "a, b and c".
func listed(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// countOf says "1 risk" or "3 risks".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// isPlainText reports whether s is printable ASCII whose only white
// space is single spaces between other characters, so that cite would
// copy it as it is.
func isPlainText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x7f, c < ' ':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}
