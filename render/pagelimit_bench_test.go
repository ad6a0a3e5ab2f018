package render

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit/dpia"
)

// pageLimitRisks and pageLimitQuestions make documents of just under
// DefaultMaxPages pages (about 1,950 with the default options): a
// register of that many risks, or that many answered custom questions.
const (
	pageLimitRisks     = 22_000
	pageLimitQuestions = 12_300
)

// answeredQuestions returns an assessment of n custom questions, each
// answered with a paragraph of some six lines.
func answeredQuestions(n int) *dpia.Assessment {
	a := &dpia.Assessment{Questions: make([]dpia.Question, n)}
	answer := strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 10)
	for i := range a.Questions {
		a.Questions[i] = dpia.Question{Text: "Question " + strconv.Itoa(i+1), Answer: answer}
	}
	return a
}

// BenchmarkPageLimit compares a document just under the default page
// limit, which renders, with one ten times longer, which PDF refuses with
// ErrLimit: drawing stops at the limit, so the refusal should take about
// as long as the document under the limit takes to render (the outline
// of the longer document is still built whole, in time linear in its
// size and a small part of the drawing).
func BenchmarkPageLimit(b *testing.B) {
	for _, doc := range []struct {
		name string
		make func(n int) *dpia.Assessment
		n    int
	}{
		{"risks", func(n int) *dpia.Assessment { return ratedRisks(b, n) }, pageLimitRisks},
		{"questions", answeredQuestions, pageLimitQuestions},
	} {
		for _, size := range []struct {
			name  string
			times int
		}{{"under", 1}, {"over10x", 10}} {
			a := doc.make(doc.n * size.times)
			b.Run(doc.name+"/"+size.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					err := PDF(io.Discard, a, nil)
					if over := size.times > 1; over != errors.Is(err, ErrLimit) || (!over && err != nil) {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
