package richtext_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// BenchmarkParseHTML reads the longest answer of the CNIL tool's export
// fixture and the longest rich text of all its example files
// (../shared/cnil-pia, when present), and the longest file of the
// corpus.
func BenchmarkParseHTML(b *testing.B) {
	longest := func(sources []string) string {
		l := ""
		for _, s := range sources {
			if len(s) > len(l) {
				l = s
			}
		}
		return l
	}
	var files []string
	for _, s := range corpus(b) {
		files = append(files, s)
	}
	cases := []struct{ name, src string }{{"corpus", longest(files)}}
	if shared := sharedAnswers(b); shared != nil {
		cases = append(cases, struct{ name, src string }{"cnil-examples", longest(shared)})
	}
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "cnil-pia", "pia-export-fixture.json")); err == nil {
		var export struct {
			Answers []struct {
				Data struct {
					Text *string `json:"text"`
				} `json:"data"`
			} `json:"answers"`
		}
		if err := json.Unmarshal(data, &export); err != nil {
			b.Fatal(err)
		}
		var answers []string
		for _, a := range export.Answers {
			if a.Data.Text != nil {
				answers = append(answers, *a.Data.Text)
			}
		}
		cases = append(cases, struct{ name, src string }{"fixture-answer", longest(answers)})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			b.ReportAllocs()
			for b.Loop() {
				richtext.ParseHTML(c.src, nil)
			}
		})
	}
}
