package dpia

import (
	"errors"
	"testing"

	"github.com/dpiakit/dpiakit/dpia/internal/docpath"
)

// FuzzCheckPath feeds paths to the parser, CheckPath, Answered and StepOf:
// none panics; a path that parses formats back to itself; a path
// CheckPath accepts parses, and one it rejects gives a *PathError naming
// it, from Answered too.
func FuzzCheckPath(f *testing.F) {
	for _, seed := range []string{
		"title", "parties.controller.name", "parties.processors[0].contract.in_place",
		"necessity.claims[0].article9[1]", "risks.matrix.cells[1][2]", "risks.risks[2].residual.overall",
		"sign_off.steps[6].signer.person", "need.questions[0].questions[0].answer", "open_items[0].path",
		"", ".", "a..b", "[0]", "title[0]", "a[01]", "a[-1]", "a[", "a]", "a[0]b", "parties.controler",
		"risks.risks[99999999999999999999]", "ünïcödé.x", "processing.scope.individuals.text", "id[0]", "date.Year",
	} {
		f.Add(seed)
	}
	doc := smallTemplate()
	f.Fuzz(func(t *testing.T, path string) {
		_ = StepOf(path)
		segs, parseErr := docpath.Parse(path)
		if parseErr == nil {
			if got := docpath.Format(segs); got != path {
				t.Fatalf("docpath.Parse(%q) formats back as %q", path, got)
			}
		}
		err := checkPath(path)
		_, answerErr := doc.answered(path)
		if (err == nil) != (answerErr == nil) {
			t.Fatalf("CheckPath(%q) = %v but Answered gives %v", path, err, answerErr)
		}
		if err == nil {
			if parseErr != nil {
				t.Fatalf("CheckPath(%q) accepts a path that does not parse: %v", path, parseErr)
			}
			return
		}
		var pe *PathError
		if !errors.As(err, &pe) || pe.Path != path {
			t.Fatalf("CheckPath(%q) = %v, want a *PathError naming the path", path, err)
		}
	})
}
