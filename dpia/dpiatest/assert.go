package dpiatest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// RequireValid validates a and stops the test (t.Fatalf) when a is nil or
// any finding is an error, listing every error finding, one per line, in
// the order Validate returns them. Warnings do not fail the test; they are
// logged (t.Logf). opts holds at most one dpia.ValidateOptions (give its
// Now for the rules that depend on the date); more than one is a mistake
// in the test and stops it. It returns all the findings, for further
// checks.
func RequireValid(t testing.TB, a *dpia.Assessment, opts ...dpia.ValidateOptions) dpiakit.Findings {
	t.Helper()
	if len(opts) > 1 {
		t.Fatalf("dpiatest: RequireValid takes at most one dpia.ValidateOptions, got %d", len(opts))
		return nil
	}
	if a == nil {
		t.Fatalf("dpiatest: RequireValid: the assessment is nil")
		return nil
	}
	var o dpia.ValidateOptions
	if len(opts) == 1 {
		o = opts[0]
	}
	findings := a.Validate(&o)
	if warnings := findings.Warnings(); len(warnings) > 0 {
		t.Logf("dpiatest: %s has %s:\n%s", describe(a), count(len(warnings), "warning"), list(warnings))
	}
	if errs := findings.Errors(); len(errs) > 0 {
		t.Fatalf("dpiatest: %s is not valid: %s:\n%s", describe(a), count(len(errs), "error"), list(errs))
	}
	return findings
}

// AssertFinding reports a test error (t.Errorf) unless findings hold a
// finding of rule, a rule id of dpia.Rules() such as "DP006" or the id of
// a product's own rule (dpia.CustomRule): with no path, any; with paths,
// one at each path exactly. The message lists the findings there are. An
// id of the library's form that no library rule has is a test error too,
// so that a mistyped id cannot make the assertion vacuous. It returns
// whether the assertion held.
func AssertFinding(t testing.TB, findings dpiakit.Findings, rule string, path ...string) bool {
	t.Helper()
	if !knownRule(t, rule) {
		return false
	}
	of := findings.ByRule(rule)
	if len(path) == 0 {
		if len(of) == 0 {
			t.Errorf("dpiatest: no finding of rule %s; the findings are:\n%s", rule, list(findings))
			return false
		}
		return true
	}
	var missing []string
	for _, p := range path {
		if !slices.ContainsFunc(of, func(f dpiakit.Finding) bool { return f.Path == p }) {
			missing = append(missing, fmt.Sprintf("%q", p))
		}
	}
	if len(missing) > 0 {
		t.Errorf("dpiatest: no finding of rule %s at %s; the findings of %s are:\n%s",
			rule, strings.Join(missing, ", "), rule, list(of))
		return false
	}
	return true
}

// AssertNoFinding reports a test error (t.Errorf), listing them, when
// findings hold any finding of rule, or when rule has the form of a
// library rule's id but no rule of dpia.Rules() has it. A product's own
// rule id is taken as given. It returns whether the assertion held.
func AssertNoFinding(t testing.TB, findings dpiakit.Findings, rule string) bool {
	t.Helper()
	if !knownRule(t, rule) {
		return false
	}
	if of := findings.ByRule(rule); len(of) > 0 {
		t.Errorf("dpiatest: want no finding of rule %s, got %s:\n%s", rule, count(len(of), "finding"), list(of))
		return false
	}
	return true
}

// knownRule reports a test error, and false, when id has the form of a
// library rule's id (LB, RK, DP or SG followed by a digit) and is not the
// id of a rule of dpia.Rules(), or is empty. Any other id is taken for a
// product's own rule (dpia.CustomRule), which the library cannot list.
func knownRule(t testing.TB, id string) bool {
	t.Helper()
	if strings.TrimSpace(id) == "" {
		t.Errorf("dpiatest: the rule id is empty")
		return false
	}
	if !libraryForm(id) {
		return true
	}
	for _, r := range dpia.Rules() {
		if r.ID == id {
			return true
		}
	}
	t.Errorf("dpiatest: no rule has the id %q; dpia.Rules() lists the ids", id)
	return false
}

// libraryForm reports whether id has the form of the library's rule ids:
// LB, RK, DP or SG, in any case, followed by a digit.
func libraryForm(id string) bool {
	for _, p := range []string{"LB", "RK", "DP", "SG"} {
		if len(id) > 2 && strings.EqualFold(id[:2], p) && id[2] >= '0' && id[2] <= '9' {
			return true
		}
	}
	return false
}

// describe names the assessment in messages.
func describe(a *dpia.Assessment) string {
	if a.Title == "" {
		return "the assessment"
	}
	return fmt.Sprintf("assessment %q", a.Title)
}

// count writes n and noun, with a plural s unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// list writes the findings one per line, indented, or "  (none)".
func list(findings dpiakit.Findings) string {
	if len(findings) == 0 {
		return "  (none)"
	}
	lines := make([]string, len(findings))
	for i, f := range findings {
		lines[i] = "  " + f.String()
	}
	return strings.Join(lines, "\n")
}

// RequireValidTemplate validates the processor template a
// ((*dpia.Assessment).ValidateTemplate) and stops the test (t.Fatalf) when
// a is nil, is not a usable template (dpia.Assessment.CheckTemplate), or
// holds an error finding in the processor's own part, listing every such
// error one per line. The findings on the customer's part, those on the
// open items the controller owns and on facts only the controller can
// record, do not fail the test: they are logged (t.Logf) as the customer's
// to complete, with the customer's open items; so are the warnings on the
// processor's part. opts holds at most one dpia.ValidateOptions; more than
// one is a mistake in the test and stops it. It returns the split
// findings, for further checks.
func RequireValidTemplate(t testing.TB, a *dpia.Assessment, opts ...dpia.ValidateOptions) dpia.TemplateFindings {
	t.Helper()
	if len(opts) > 1 {
		t.Fatalf("dpiatest: RequireValidTemplate takes at most one dpia.ValidateOptions, got %d", len(opts))
		return dpia.TemplateFindings{}
	}
	if a == nil {
		t.Fatalf("dpiatest: RequireValidTemplate: the template is nil")
		return dpia.TemplateFindings{}
	}
	var o dpia.ValidateOptions
	if len(opts) == 1 {
		o = opts[0]
	}
	tf, err := a.ValidateTemplate(&o)
	if err != nil {
		t.Fatalf("dpiatest: %s is not a usable processor template: %v", describe(a), err)
		return tf
	}
	if len(tf.Customer) > 0 {
		var items []string
		for _, it := range a.OpenItemsFor(dpia.PartyKindController) {
			items = append(items, "  "+it.Path)
		}
		open := "  (none)"
		if len(items) > 0 {
			open = strings.Join(items, "\n")
		}
		t.Logf("dpiatest: %s leaves %s to the customer to complete:\n%s\nthe customer's open items:\n%s",
			describe(a), count(len(tf.Customer), "finding"), list(tf.Customer), open)
	}
	if warnings := tf.Processor.Warnings(); len(warnings) > 0 {
		t.Logf("dpiatest: %s has %s in the processor's part:\n%s", describe(a), count(len(warnings), "warning"), list(warnings))
	}
	if errs := tf.Processor.Errors(); len(errs) > 0 {
		t.Fatalf("dpiatest: %s is not a valid template: %s in the processor's part:\n%s",
			describe(a), count(len(errs), "error"), list(errs))
	}
	return tf
}
