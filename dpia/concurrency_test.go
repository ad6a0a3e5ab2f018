package dpia

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

// concurrentResult is what one run of a function returns, in a form
// runs can compare.
type concurrentResult struct {
	value any
	err   string
}

// TestConcurrentReadersShareAnAssessment runs Validate, Digest, Encode,
// Completeness and Instantiate on the same *Assessment from 8 goroutines,
// 100 runs in all, and checks that every run returns what the function
// returns alone and that the assessment is unchanged. Under -race it also
// shows that none of them writes to the assessment or to shared state.
func TestConcurrentReadersShareAnAssessment(t *testing.T) {
	a := processorTemplate(t)
	a.Need.Questions = append(a.Need.Questions, questionChain(31)...) // at the nesting bound
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindDPOAdvice, Signer: Signer{Person: Person{Name: "Dana Whitfield"}}, Date: sgDay(2024, 1, 1), Decision: DecisionApproved}))
	a.Title += " (changed after signing)" // so that a signature is stale

	encoded := func() (string, error) {
		var buf bytes.Buffer
		err := Encode(&buf, a)
		return buf.String(), err
	}
	funcs := []struct {
		name string
		run  func() concurrentResult
	}{
		{"Validate", func() concurrentResult { return concurrentResult{value: a.Validate(&sgNow)} }},
		{"Digest", func() concurrentResult {
			d, err := a.Digest()
			return concurrentResult{value: d, err: errText(err)}
		}},
		{"Encode", func() concurrentResult {
			doc, err := encoded()
			return concurrentResult{value: doc, err: errText(err)}
		}},
		{"Completeness", func() concurrentResult {
			c, err := a.Completeness()
			return concurrentResult{value: c, err: errText(err)}
		}},
		{"Instantiate", func() concurrentResult {
			inst, err := a.Instantiate(trustParty, &InstantiateOptions{ID: instanceID, Date: sgDay(2025, 2, 3), Title: "Instance"})
			return concurrentResult{value: inst, err: errText(err)}
		}},
	}

	before, err := encoded()
	require.NoError(t, err)
	want := make([]concurrentResult, len(funcs))
	for i, f := range funcs {
		want[i] = f.run()
	}
	require.NotEmpty(t, want[0].value, "Validate has findings to compare")
	require.NotEmpty(t, want[0].value.(dpiakit.Findings).ByRule(ruleStaleSignature), "Validate computes the digest")
	require.Empty(t, want[4].err)

	const goroutines, runs = 8, 100
	got := make([]concurrentResult, runs)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := g; r < runs; r += goroutines {
				got[r] = funcs[r%len(funcs)].run()
			}
		})
	}
	wg.Wait()

	for r, res := range got {
		i := r % len(funcs)
		assert.Equal(t, want[i], res, fmt.Sprintf("run %d of %s", r, funcs[i].name))
	}
	after, err := encoded()
	require.NoError(t, err)
	assert.Equal(t, before, after, "the assessment is unchanged")
}

// errText returns err's message, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
