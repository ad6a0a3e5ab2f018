package dpia

import (
	"fmt"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// CustomRule is a rule of a product's own, run by Validate beside the
// library's rules (ValidateOptions.Rules): a CRM vendor's "every
// sub-processor named in the product's configuration appears in the
// assessment", a hospital group's "every assessment names its
// information asset owner". Rule is its catalogue entry, with an id
// outside the library's prefixes (see Rules); Check returns its findings
// on an assessment.
//
// Validate fills in, on each finding Check returns, the rule's id, and
// the rule's severity and reference where the finding has none, so that
// every finding is the rule's; paths are relative to the assessment, as
// the library's are. Under both the EU GDPR and the UK GDPR, Check runs
// once under each law (the assessment it receives has that Regime), and
// its findings say which law, as the library's do. A Check that panics
// does not stop Validate: the panic becomes an error finding of the
// rule naming it. A rule whose entry is unusable (an id that is empty,
// not a plain token, one of the library's or given twice, no Check, an
// invalid severity) is not run, and DP039 says why.
type CustomRule struct {
	// Rule is the rule's catalogue entry. Required: its ID (see above);
	// Severity (optional: zero means error), Summary, Ref and Rationale
	// (optional, for catalogues and code-scanning output).
	dpiakit.Rule
	// Check returns the rule's findings on a, which it must not change.
	// Required.
	Check func(a *Assessment) dpiakit.Findings
}

// libraryRulePrefixes are the two letters that begin the ids of the
// library's rules.
func libraryRulePrefixes() []string { return []string{"LB", "RK", "DP", "SG"} }

// customRuleProblem returns why the custom rule r, the i-th, cannot run,
// or "" when it can. seen holds the ids of the earlier usable ones.
func customRuleProblem(r CustomRule, seen map[string]bool) string {
	id := r.ID
	switch {
	case id == "":
		return "its id is empty"
	case len(id) > 64:
		return "its id is longer than 64 bytes"
	case strings.IndexFunc(id, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_.", c))
	}) >= 0:
		return fmt.Sprintf("its id %q is not made of letters, digits, '-', '_' and '.'", id)
	case isLibraryRuleID(id):
		return fmt.Sprintf("its id %q has the prefix of the library's own rules (LB, RK, DP, SG followed by a digit)", id)
	case seen[id]:
		return fmt.Sprintf("its id %q is given to an earlier custom rule", id)
	case r.Check == nil:
		return fmt.Sprintf("rule %q has no Check", id)
	case r.Severity != dpiakit.SeverityUnknown && r.Severity != dpiakit.SeverityInfo &&
		r.Severity != dpiakit.SeverityWarning && r.Severity != dpiakit.SeverityError:
		return fmt.Sprintf("rule %q has severity %d, which is none of info, warning and error", id, int(r.Severity))
	}
	return ""
}

// isLibraryRuleID reports whether id has the form of a library rule's id:
// one of the library's prefixes followed by a digit.
func isLibraryRuleID(id string) bool {
	for _, p := range libraryRulePrefixes() {
		if len(id) > len(p) && strings.EqualFold(id[:len(p)], p) && id[len(p)] >= '0' && id[len(p)] <= '9' {
			return true
		}
	}
	return false
}

// usableCustomRules returns the custom rules of rules that can run, and a
// DP039 finding for each that cannot.
func usableCustomRules(rules []CustomRule) ([]CustomRule, dpiakit.Findings) {
	if len(rules) == 0 {
		return nil, nil
	}
	var (
		ok   []CustomRule
		bad  dpiakit.Findings
		seen = map[string]bool{}
	)
	for i, r := range rules {
		if why := customRuleProblem(r, seen); why != "" {
			bad = append(bad, assessmentRule(ruleCustomRuleUnusable).Finding("",
				fmt.Sprintf("custom rule %d (ValidateOptions.Rules[%d]) is not run: %s", i+1, i, why)))
			continue
		}
		seen[r.ID] = true
		ok = append(ok, r)
	}
	return ok, bad
}

// runCustomRule runs r on a and returns its findings, each made the
// rule's, or one error finding when r's Check panics.
func runCustomRule(r CustomRule, a *Assessment) (out dpiakit.Findings) {
	severity := r.Severity
	if severity == dpiakit.SeverityUnknown {
		severity = dpiakit.SeverityError
	}
	defer func() {
		if p := recover(); p != nil {
			out = dpiakit.Findings{{Rule: r.ID, Severity: dpiakit.SeverityError, Ref: r.Ref,
				Message: "the rule's check panicked and its findings are unknown: " + cited(fmt.Sprint(p))}}
		}
	}()
	fs := r.Check(a)
	out = make(dpiakit.Findings, 0, len(fs))
	for _, f := range fs {
		f.Rule = r.ID
		if f.Severity == dpiakit.SeverityUnknown {
			f.Severity = severity
		}
		if f.Ref == "" {
			f.Ref = r.Ref
		}
		out = append(out, f)
	}
	return out
}
