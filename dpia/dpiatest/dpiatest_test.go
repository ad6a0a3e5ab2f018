package dpiatest

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// recorder is a testing.TB that records what the helpers report instead
// of failing the test running them. Only the methods the helpers use are
// implemented; the embedded nil TB makes any other call panic, so a
// helper that starts using another method is caught here.
type recorder struct {
	testing.TB
	mu      sync.Mutex
	errors  []string
	logs    []string
	fatal   bool
	helpers int
}

func (r *recorder) Helper() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.helpers++
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.mu.Lock()
	r.fatal = true
	r.mu.Unlock()
	runtime.Goexit() // as testing.T.FailNow does
}

func (r *recorder) Logf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

// run calls fn with a fresh recorder on its own goroutine, so that Fatalf
// can end it, and reports whether fn returned (false when it was stopped).
func run(fn func(tb testing.TB)) (r *recorder, returned bool) {
	r = &recorder{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fn(r)
		returned = true
	}()
	wg.Wait()
	return r, returned
}

// inRange is a clock at which the minimal assessments' review is due
// later.
var inRange = dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}

func TestMinimalAssessmentsAreValid(t *testing.T) {
	for name, build := range map[string]func() *dpia.Assessment{"eu": MinimalEU, "uk": MinimalUK} {
		t.Run(name, func(t *testing.T) {
			for _, opts := range []dpia.ValidateOptions{{}, inRange, {Now: MinimalDate()}} {
				fs := build().Validate(&opts)
				assert.Empty(t, fs, "no finding of any severity at %v", opts.Now)
			}
		})
	}
	assert.Equal(t, dpiakit.EUGDPR, MinimalEU().Regime)
	assert.Equal(t, dpiakit.UKGDPR, MinimalUK().Regime)
	assert.Equal(t, lawfulbasis.Country("GB"), MinimalUK().Parties.Controller.Country)
	assert.Equal(t, lawfulbasis.Country("DE"), MinimalEU().Parties.Controller.Country)
	assert.Equal(t, MinimalDate(), MinimalEU().Date)
}

func TestMinimalAssessmentsAreFresh(t *testing.T) {
	a := MinimalEU()
	a.Necessity.Claims[0].Basis = 0
	a.SignOff.Rows[0].Signer.Person.Name = "changed"
	a.Processing.Locations[0].Country = "US"
	b := MinimalEU()
	assert.NotEqual(t, a.Necessity.Claims[0].Basis, b.Necessity.Claims[0].Basis)
	assert.Equal(t, "Sam Owner", b.SignOff.Rows[0].Signer.Person.Name)
	assert.Equal(t, lawfulbasis.Country("DE"), b.Processing.Locations[0].Country)
	assert.Equal(t, lawfulbasis.Country("DE"), b.Inventory.Systems[0].Locations[0].Country, "locations are not shared within one value either")
	assert.Empty(t, b.Validate(&inRange))
}

func TestMinimalAssessmentsRoundTrip(t *testing.T) {
	for _, a := range []*dpia.Assessment{MinimalEU(), MinimalUK()} {
		var buf bytes.Buffer
		require.NoError(t, dpia.Encode(&buf, a))
		back, err := dpia.Decode(&buf, nil)
		require.NoError(t, err)
		assert.Equal(t, a, back)
	}
}

func TestRequireValidPasses(t *testing.T) {
	for _, opts := range [][]dpia.ValidateOptions{nil, {inRange}} {
		r, returned := run(func(tb testing.TB) {
			fs := RequireValid(tb, MinimalUK(), opts...)
			assert.Empty(t, fs)
		})
		assert.True(t, returned)
		assert.Empty(t, r.errors)
		assert.Empty(t, r.logs)
		assert.Positive(t, r.helpers, "RequireValid marks itself a helper")
	}
}

func TestRequireValidFailsListingEveryError(t *testing.T) {
	a := MinimalEU()
	// Views not sought without a reason (DP012), a processor without a
	// contract (DP006), no regime (DP018).
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
	a.Parties.Processors = []dpia.Processor{{Party: dpia.Party{Name: "Helpdesk SaaS"}, Service: "ticketing"}}
	a.Regime = 0
	want := a.Validate(&inRange).Errors()
	require.GreaterOrEqual(t, len(want), 3)

	r, returned := run(func(tb testing.TB) { RequireValid(tb, a, inRange) })
	assert.False(t, returned, "RequireValid stops the test")
	assert.True(t, r.fatal)
	require.Len(t, r.errors, 1)
	msg := r.errors[0]
	assert.Contains(t, msg, fmt.Sprintf(`dpiatest: assessment "Customer support records" is not valid: %d errors:`, len(want)))
	for _, f := range want {
		assert.Contains(t, msg, "\n  "+f.String())
	}
	for _, rule := range []string{"DP006", "DP012", "DP018"} {
		assert.Contains(t, msg, " "+rule+" ")
	}
}

func TestRequireValidLogsWarnings(t *testing.T) {
	a := MinimalUK()
	late := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2028, Month: 1, Day: 1}}
	warnings := a.Validate(&late).Warnings()
	require.NotEmpty(t, warnings, "the review date has passed")
	r, returned := run(func(tb testing.TB) { RequireValid(tb, a, late) })
	assert.True(t, returned, "warnings do not fail the test")
	assert.Empty(t, r.errors)
	require.Len(t, r.logs, 1)
	assert.Contains(t, r.logs[0], "has 1 warning:\n  "+warnings[0].String())

	a.Title = ""
	r, _ = run(func(tb testing.TB) { RequireValid(tb, a, late) })
	assert.Contains(t, r.logs[0], "dpiatest: the assessment has 1 warning")
}

func TestRequireValidMisuse(t *testing.T) {
	r, returned := run(func(tb testing.TB) { RequireValid(tb, nil) })
	assert.False(t, returned)
	assert.Equal(t, []string{"dpiatest: RequireValid: the assessment is nil"}, r.errors)

	r, returned = run(func(tb testing.TB) { RequireValid(tb, MinimalEU(), inRange, inRange) })
	assert.False(t, returned)
	assert.Equal(t, []string{"dpiatest: RequireValid takes at most one dpia.ValidateOptions, got 2"}, r.errors)
}

// findingsOf is a list with two DP012 findings and one DP006.
func findingsOf() dpiakit.Findings {
	return dpiakit.Findings{
		{Rule: "DP006", Severity: dpiakit.SeverityError, Path: "parties.processors[0].contract", Message: "no contract"},
		{Rule: "DP012", Severity: dpiakit.SeverityError, Path: "consultation.not_sought_reason", Message: "views not sought"},
		{Rule: "DP012", Severity: dpiakit.SeverityError, Path: "consultation.views", Message: "another"},
	}
}

func TestAssertFinding(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		paths []string
		ok    bool
		msg   []string
	}{
		{name: "any", rule: "DP012", ok: true},
		{name: "at a path", rule: "DP012", paths: []string{"consultation.views"}, ok: true},
		{name: "at each path", rule: "DP012", paths: []string{"consultation.views", "consultation.not_sought_reason"}, ok: true},
		{name: "absent rule", rule: "DP013", msg: []string{"dpiatest: no finding of rule DP013; the findings are:\n  error DP006 parties.processors[0].contract: no contract\n"}},
		{name: "other path", rule: "DP006", paths: []string{"parties.processors[1].contract"},
			msg: []string{`dpiatest: no finding of rule DP006 at "parties.processors[1].contract"; the findings of DP006 are:` + "\n  error DP006 parties.processors[0].contract: no contract"}},
		{name: "one of two paths missing", rule: "DP012", paths: []string{"consultation.views", "consultation", "consultation.x"},
			msg: []string{`at "consultation", "consultation.x";`, "  error DP012 consultation.views: another"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ok bool
			r, returned := run(func(tb testing.TB) { ok = AssertFinding(tb, findingsOf(), tt.rule, tt.paths...) })
			assert.True(t, returned, "assertions do not stop the test")
			assert.Equal(t, tt.ok, ok)
			assert.False(t, r.fatal)
			if tt.ok {
				assert.Empty(t, r.errors)
				return
			}
			require.Len(t, r.errors, 1)
			for _, m := range tt.msg {
				assert.Contains(t, r.errors[0], m)
			}
		})
	}
	r, _ := run(func(tb testing.TB) { AssertFinding(tb, nil, "DP001") })
	require.Len(t, r.errors, 1)
	assert.True(t, strings.HasSuffix(r.errors[0], "the findings are:\n  (none)"), r.errors[0])
}

func TestAssertNoFinding(t *testing.T) {
	var ok bool
	r, _ := run(func(tb testing.TB) { ok = AssertNoFinding(tb, findingsOf(), "DP013") })
	assert.True(t, ok)
	assert.Empty(t, r.errors)

	r, returned := run(func(tb testing.TB) { ok = AssertNoFinding(tb, findingsOf(), "DP012") })
	assert.True(t, returned)
	assert.False(t, ok)
	assert.Equal(t, []string{"dpiatest: want no finding of rule DP012, got 2 findings:\n" +
		"  error DP012 consultation.not_sought_reason: views not sought\n  error DP012 consultation.views: another"}, r.errors)

	r, _ = run(func(tb testing.TB) { AssertNoFinding(tb, findingsOf(), "DP006") })
	assert.Equal(t, []string{"dpiatest: want no finding of rule DP006, got 1 finding:\n  error DP006 parties.processors[0].contract: no contract"}, r.errors)
}

// TestHelpersWithRealT runs the helpers on the real testing.T where they
// must pass.
func TestHelpersWithRealT(t *testing.T) {
	fs := RequireValid(t, MinimalEU(), inRange)
	AssertNoFinding(t, fs, "DP012")
	broken := MinimalEU()
	broken.Consultation.IndividualsViewsSought = dpia.YesNoNo
	broken.Consultation.Stakeholders = nil
	AssertFinding(t, broken.Validate(&inRange), "DP012", "consultation.not_sought_reason")
}

// minimalTemplate is MinimalUK published as a processor's template whose
// customer completes the consultation and the review.
func minimalTemplate() *dpia.Assessment {
	a := MinimalUK()
	a.AuthoredBy = dpia.PartyKindProcessor
	a.OpenItems = []dpia.OpenItem{
		{Path: "consultation", Owner: dpia.PartyKindController, Guidance: "Seek your customers' views, or say why not."},
		{Path: "review", Owner: dpia.PartyKindController, Guidance: "Set your next review date."},
	}
	return a
}

func TestRequireValidTemplatePasses(t *testing.T) {
	r, returned := run(func(tb testing.TB) {
		tf := RequireValidTemplate(tb, minimalTemplate(), inRange)
		assert.Empty(t, tf.Processor)
		assert.Empty(t, tf.Customer)
	})
	assert.True(t, returned)
	assert.Empty(t, r.errors)
	assert.Empty(t, r.logs)
	assert.Positive(t, r.helpers, "RequireValidTemplate marks itself a helper")
}

func TestRequireValidTemplateLogsTheCustomersPart(t *testing.T) {
	a := minimalTemplate()
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
	a.Review.NextReview = dpiakit.Date{}
	customer := a.Validate(&inRange)
	require.NotEmpty(t, customer.Errors(), "views not sought without a reason")

	r, returned := run(func(tb testing.TB) {
		tf := RequireValidTemplate(tb, a, inRange)
		assert.Equal(t, customer, tf.Customer)
	})
	assert.True(t, returned, "the customer's findings do not fail the template")
	assert.Empty(t, r.errors)
	require.Len(t, r.logs, 1)
	msg := r.logs[0]
	assert.Contains(t, msg, fmt.Sprintf(`dpiatest: assessment "Customer support records" leaves %d findings to the customer to complete:`, len(customer)))
	for _, f := range customer {
		assert.Contains(t, msg, "\n  "+f.String())
	}
	assert.Contains(t, msg, "the customer's open items:\n  consultation\n  review")
}

func TestRequireValidTemplateFailsOnTheProcessorsPart(t *testing.T) {
	a := minimalTemplate()
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo} // the customer's
	// The processor's own: a hosting provider without an Art. 28 contract.
	a.Parties.Processors = append(a.Parties.Processors, dpia.Processor{
		Party: dpia.Party{Name: "Streamwave", Country: "GB"}, Service: "video hosting", Kind: dpia.ProcessorKindMain})
	tf, err := a.ValidateTemplate(&inRange)
	require.NoError(t, err)
	want := tf.Processor.Errors()
	require.NotEmpty(t, want)

	r, returned := run(func(tb testing.TB) { RequireValidTemplate(tb, a, inRange) })
	assert.False(t, returned, "RequireValidTemplate stops the test")
	assert.True(t, r.fatal)
	require.Len(t, r.errors, 1)
	msg := r.errors[0]
	assert.Contains(t, msg, fmt.Sprintf(`dpiatest: assessment "Customer support records" is not a valid template: %s in the processor's part:`,
		count(len(want), "error")))
	for _, f := range want {
		assert.Contains(t, msg, "\n  "+f.String())
	}
	assert.Contains(t, msg, " DP006 ")
	assert.NotContains(t, msg, " DP012 ", "the customer's findings are not the processor's errors")
	require.Len(t, r.logs, 1)
	assert.Contains(t, r.logs[0], " DP012 ")
}

func TestRequireValidTemplateMisuse(t *testing.T) {
	r, returned := run(func(tb testing.TB) { RequireValidTemplate(tb, nil) })
	assert.False(t, returned)
	assert.Equal(t, []string{"dpiatest: RequireValidTemplate: the template is nil"}, r.errors)

	r, returned = run(func(tb testing.TB) { RequireValidTemplate(tb, minimalTemplate(), inRange, inRange) })
	assert.False(t, returned)
	assert.Equal(t, []string{"dpiatest: RequireValidTemplate takes at most one dpia.ValidateOptions, got 2"}, r.errors)

	r, returned = run(func(tb testing.TB) { RequireValidTemplate(tb, MinimalEU(), inRange) })
	assert.False(t, returned, "an assessment not written by a processor is not a template")
	require.Len(t, r.errors, 1)
	assert.Contains(t, r.errors[0], `dpiatest: assessment "Customer support records" is not a usable processor template: dpia: not a processor template`)
}

func TestUnknownRuleIDFails(t *testing.T) {
	findings := MinimalEU().Validate(&dpia.ValidateOptions{Now: MinimalDate()})
	for name, assertion := range map[string]func(tb testing.TB) bool{
		"AssertFinding":   func(tb testing.TB) bool { return AssertFinding(tb, findings, "DP999") },
		"AssertNoFinding": func(tb testing.TB) bool { return AssertNoFinding(tb, findings, "dp006") },
	} {
		var held bool
		r, _ := run(func(tb testing.TB) { held = assertion(tb) })
		if held || len(r.errors) != 1 || !strings.Contains(r.errors[0], "no rule has the id") {
			t.Errorf("%s with an unknown id: held %v, errors %q", name, held, r.errors)
		}
	}
	var held bool
	r, _ := run(func(tb testing.TB) { held = AssertNoFinding(tb, findings, "DP006") })
	if !held || len(r.errors) != 0 {
		t.Errorf("AssertNoFinding with a known id on a valid document: held %v, errors %q", held, r.errors)
	}
}
