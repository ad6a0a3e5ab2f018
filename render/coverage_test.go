package render

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// notPrinted lists the string fields the document does not print, by
// path pattern, with the reason. Everything else that has a value must
// appear.
func notPrinted() map[string]string {
	return map[string]string{
		`^\.Schema$`:                            "the JSON schema identifier",
		`^\.RichText\[\d\]\.Path$`:              "the path of the field the formatting belongs to, printed as that field",
		`\.(ID|Key)$`:                           "keys by which parts of the document refer to each other; the references are printed as names",
		`^\.Parties\.Processors\[\d\]\.Parent$`: "the parent's ID, printed as its name",
		`^\.Risks\.Matrix\.Cells\[`:             "the lookup table, drawn as the heat map's colours",
		`^\.Risks\.Matrix\.(Likelihood|Severity|Overall)\.Name$`:              "printed with a capital, as the scale's title",
		`^\.Risks\.Matrix\.(Likelihood|Severity|Overall)\.Levels\[\d\]\.Key$`: "levels are printed by label",
		`^\.OpenItems\[`:                         "the open items appendix lists what Completeness reports still open",
		`^\.Inventory\.Systems\[\d\]\.Supplier$`: "a processor ID, printed as its name",
		`^\.SignOff\.Rows\[\d\]\.Signature\.(Content|Covers\[\d\]\.Digest|Row\.Digest|Value)$`:                        "the signature record: the sign-off table prints the signature's state, digest and key instead",
		`^\.OwnMethod\.Rows\[\d\]\.(Signer|Date|Decision|Summary|Comments|Reasons|Digest|Signature|DepartsFromViews)`: "an own method declares its rows by kind, label and note; the rows themselves are signed in the sign-off",
	}
}

// TestEveryFieldIsPrinted fills every string of the model with a marker
// and checks that the outline, and so both documents, print each one: the
// document shows every field that has a value.
func TestEveryFieldIsPrinted(t *testing.T) {
	paths := map[string]string{}
	a, labels := filledAssessmentLabels(func(path string, n int) string {
		m := "mk" + strconv.Itoa(n) + "x"
		paths[m] = path
		return m
	}, nil)
	// The formatting of a text field is printed when it is current: point
	// the filled formatting at two answers, keep each answer's own text as
	// its first paragraph, and make the answer the formatting's plain form.
	for i, target := range []*string{&a.Need.Summary, &a.Processing.Nature.Use} {
		if i >= len(a.RichText) {
			break
		}
		rt := &a.RichText[i]
		rt.Path = []string{"need.summary", "processing.nature.use"}[i]
		rt.Text = append(richtext.Text{{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: *target}}}}}, rt.Text...)
		*target = rt.Text.Plain()
	}
	o := build(a, Options{IncludeGuidance: true})
	var all strings.Builder
	for _, s := range outlineText(o) {
		all.WriteString(s)
		all.WriteByte('\n')
	}
	for _, blk := range o.Blocks {
		if blk.blockParts != nil && blk.Rich != nil {
			writeRich(&all, blk.Rich)
		}
		if blk.Kind == kindHeatMap {
			for _, l := range append(blk.Heat.RowLabels, blk.Heat.ColumnLabels...) {
				all.WriteString(l + "\n")
			}
		}
	}
	text := all.String()
	var exempt []*regexp.Regexp
	for p := range notPrinted() {
		exempt = append(exempt, regexp.MustCompile(p))
	}
	var missing []string
	for marker, path := range paths {
		if strings.Contains(text, marker) {
			continue
		}
		skip := false
		for _, re := range exempt {
			skip = skip || re.MatchString(path)
		}
		if !skip {
			missing = append(missing, path)
		}
	}
	for path, l := range labels {
		if !strings.Contains(text, l) && !enumNotPrinted(path) {
			missing = append(missing, path+" ("+l+")")
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "fields with a value the document does not print")
}

// writeRich writes every text and link address a formatted text holds.
func writeRich(w *strings.Builder, blocks []richtext.Block) {
	for _, bl := range blocks {
		for _, in := range bl.Paragraph {
			w.WriteString(in.Text + "\n" + in.Href + "\n")
			for _, r := range in.Link {
				w.WriteString(r.Text + "\n")
			}
		}
		if bl.List != nil {
			for _, it := range bl.List.Items {
				writeRich(w, it.Blocks)
			}
		}
	}
}

// enumNotPrinted reports whether the enum at path is left out of the
// document on purpose.
func enumNotPrinted(path string) bool {
	for _, p := range []string{
		`^\.OpenItems\[`,                // the appendix lists Completeness' items
		`\.Topic$`,                      // TopicNone marks no topic: nothing to print
		`\.Unit$`,                       // printed in the period: "1 day"
		`^\.SignOff\.Rows\[\d\]\.Kind$`, // a row prints as the source names it (its Label)
	} {
		if regexp.MustCompile(p).MatchString(path) {
			return true
		}
	}
	return false
}
