package render

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// findingsOptions renders with the assessment's own findings.
func findingsOptions(a *dpia.Assessment, lang language.Tag) Options {
	return Options{GeneratedOn: fixedDay(), IncludeGuidance: true, IncludeFindings: true, Findings: a.Validate(dpiaOptions()), Language: lang}
}

// visibleText returns the text a reader sees on the page: the body
// without its tags and without the JSON paths printed in small type.
func visibleText(page string) string {
	return htmlText(regexp.MustCompile(`<code class="path">.*?</code>`).ReplaceAllString(page, ""))
}

// TestWordsForPeople checks that the reader of the example documents
// meets names, not identifiers: the purpose a claim covers by its name,
// the risk matrix by its name, a cross-reference and an open item by the
// label of the field and its step. Paths appear only in small type.
func TestWordsForPeople(t *testing.T) {
	cases := []struct {
		seed, lang string
		want       []string
	}{
		{"telehealth", "en", []string{"ICO 3x3 matrix", "the ICO 3x3 matrix gives up to"}},
		{"telehealth", "fr", []string{"Matrice ICO 3x3"}},
		{"telehealth", "de", []string{"ICO-3x3-Matrix"}},
		{"groupvideo", "en", []string{"NHS 5x5 matrix", "See “Will you be sharing data with anyone?” in Step 2: Describe the processing."}},
		{"managedservice", "en", []string{"See “How will you delete data?” in Step 2: Describe the processing.",
			"Field: Does the privacy notice describe the purpose as in this DPIA?"}},
	}
	for _, c := range cases {
		t.Run(c.seed+"."+c.lang, func(t *testing.T) {
			a := loadSeed(t, c.seed)
			page := renderHTML(t, a, findingsOptions(a, language.Make(c.lang)))
			text := visibleText(page)
			// The findings' own messages, composed by the validator, may
			// cite paths; the document around them may not.
			body := text
			if m := regexp.MustCompile(`Appendix [A-Z]: Validation findings \n`).FindAllStringIndex(text, -1); c.lang == "en" && len(m) > 0 {
				body = text[:m[len(m)-1][0]]
			}
			for _, id := range []string{"remote_consultations", "ico-3x3", "nhs-5x5", "(processing.", "(inventory.", "Field: parties.", "Field: processing."} {
				assert.NotContains(t, body, id)
			}
			for _, w := range c.want {
				assert.Contains(t, text, w)
			}
			assert.Contains(t, page, `<code class="path">`, "the findings' paths, in small type")
		})
	}
	a := loadSeed(t, "telehealth")
	text := visibleText(renderHTML(t, a, findingsOptions(a, language.English)))
	name := strings.TrimSpace(a.Processing.Purposes[0].Name)
	require.NotEmpty(t, name)
	assert.Contains(t, text, name)
}

// TestJSONPathBreaksBetweenNames checks that a path in small type may
// break after a "." or before a "[" only.
func TestJSONPathBreaksBetweenNames(t *testing.T) {
	var b strings.Builder
	w := htmlWriter{b: &b}
	w.jsonPath("risks.risks[0].inherent.likelihood")
	assert.Equal(t, `<code class="path">risks.<wbr>risks<wbr>[0].<wbr>inherent.<wbr>likelihood</code>`, b.String())
}

// TestFindingsMarkedInPlace checks that every finding of the example
// documents is marked once in the document, that each mark links to its
// entry in the appendix, and that the appendix lists errors, then
// warnings, then notes, under headings of their own, each in the order
// of the document's steps.
func TestFindingsMarkedInPlace(t *testing.T) {
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			a := loadSeed(t, name)
			opts := findingsOptions(a, language.English)
			require.NotEmpty(t, opts.Findings)
			b := &builder{}
			o := buildWith(b, a, opts)

			marked := map[int]int{}
			count := func(ms []marker) {
				for _, m := range ms {
					marked[m.Number]++
				}
			}
			for _, f := range o.Cover {
				count(f.Marks)
			}
			targets := map[int]bool{}
			for _, blk := range o.Blocks {
				if blk.blockParts == nil {
					continue
				}
				count(blk.Marks)
				for _, f := range blk.Fields {
					count(f.Marks)
				}
				if blk.Table != nil {
					for _, ms := range blk.Table.Marks {
						count(ms)
					}
					for _, n := range blk.Table.Targets {
						targets[n] = true
					}
				}
			}
			for i := 1; i <= len(opts.Findings); i++ {
				assert.Equal(t, 1, marked[i], "finding %d marked", i)
				assert.True(t, targets[i], "finding %d listed", i)
			}

			for i := 1; i < len(b.findings); i++ {
				x, y := b.findings[i-1], b.findings[i]
				assert.LessOrEqual(t, severityRank(x.Severity), severityRank(y.Severity), "severity order at %d", i)
				if x.Severity == y.Severity {
					assert.LessOrEqual(t, stepRank(x.step), stepRank(y.step), "step order at %d", i)
				}
			}

			// In the page, each mark links to an entry that exists.
			page := renderHTML(t, a, opts)
			doc, err := html.Parse(strings.NewReader(page))
			require.NoError(t, err)
			ids, links := map[string]bool{}, []string{}
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode {
					for _, at := range n.Attr {
						switch {
						case at.Key == "id":
							ids[at.Val] = true
						case at.Key == "href" && n.Data == "a" && hasClass(n, "flag"):
							links = append(links, strings.TrimPrefix(at.Val, "#"))
						}
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			assert.Len(t, links, len(opts.Findings))
			for _, l := range links {
				assert.True(t, ids[l], "mark links to #%s, which the page lacks", l)
			}
			errs := strings.Index(page, ">Errors</h3>")
			warns := strings.Index(page, ">Warnings</h3>")
			if len(opts.Findings.Errors()) > 0 && len(opts.Findings.Warnings()) > 0 {
				assert.True(t, errs > 0 && warns > errs, "errors listed apart, before warnings")
			}
		})
	}
}

// hasClass reports whether n's class attribute lists class.
func hasClass(n *html.Node, class string) bool {
	for _, at := range n.Attr {
		if at.Key == "class" && strings.Contains(" "+at.Val+" ", " "+class+" ") {
			return true
		}
	}
	return false
}

// TestFindingFallsBackToStep checks that a finding about a field the
// document does not show is marked at the heading of its step, and one
// about no step at the document's own details.
func TestFindingFallsBackToStep(t *testing.T) {
	a := &dpia.Assessment{Title: "t", Method: dpia.MethodICO}
	fs := dpiakit.Findings{
		{Rule: "X1", Severity: dpiakit.SeverityWarning, Path: "processing.nowhere.at_all", Message: "m"},
		{Rule: "X2", Severity: dpiakit.SeverityError, Path: "schema", Message: "m"},
	}
	o := build(a, Options{IncludeFindings: true, Findings: fs})
	marks := map[string][]int{}
	for _, blk := range o.Blocks {
		if blk.Kind == kindHeading && blk.blockParts != nil {
			for _, m := range blk.Marks {
				marks[blk.Text] = append(marks[blk.Text], m.Number)
			}
		}
	}
	// The error comes first in the appendix, so it is number 1.
	assert.Equal(t, map[string][]int{"Step 2: Describe the processing": {2}, "About this assessment": {1}}, marks)
}

// TestOffScaleRatingMarked checks that a rating that is not a level of
// the matrix is marked where the register shows it, and that the heat
// maps say which risks they could not place and why.
func TestOffScaleRatingMarked(t *testing.T) {
	a := loadSeed(t, "telehealth")
	o := build(a, goldenOptions())
	var register *table
	var callouts []string
	for _, blk := range o.Blocks {
		if blk.Kind == kindTable && blk.Table.Columns[0].Header == "Ref" {
			register = blk.Table
		}
		if blk.Kind == kindCallout && blk.Tone == toneWarning {
			callouts = append(callouts, blk.Text)
		}
	}
	require.NotNil(t, register)
	for i, row := range register.Rows {
		assert.True(t, row[2].OffScale, "row %d likelihood", i)
		assert.Contains(t, row[2].Text, "(not a level of the matrix)")
	}
	assert.Contains(t, callouts, "No risk is placed on this grid: #1, #2, #3, #4 (likelihood “Low” is not a level of the matrix, severity “High” is not a level of the matrix).")

	page := renderHTML(t, a, goldenOptions())
	assert.Contains(t, page, `<td class="off">Low`)

	// A rating on the scale is not marked.
	b := englishBuilder(t)
	b.rates = newRatingText(a.Risks.Matrix, b.loc)
	assert.False(t, b.rates.levelCell(scaleLikelihood, "possible").OffScale)
	assert.True(t, b.rates.levelCell(scaleLikelihood, "Low").OffScale)
}

// TestVersionHistory checks that the versions are printed near the start,
// before the parties, with this version added when no revision records
// it.
func TestVersionHistory(t *testing.T) {
	a := &dpia.Assessment{Title: "t", Version: "2.0", Date: fixedDay(), Revisions: []dpia.Revision{
		{Version: "1.0", Date: dpiakit.Date{Year: 2024, Month: 1, Day: 5}, Author: dpia.Person{Name: "Ana"}, Summary: "First issue"},
	}}
	text := strings.Join(outlineText(build(a, Options{})), "\n")
	history := strings.Index(text, "About this assessment\nVersion history\nVersion\nDate\nAuthor\nSummary\n1.0\n5 January 2024\nAna\nFirst issue\n2.0\n1 June 2024\nNot recorded\nThis version\n")
	require.Greater(t, history, 0, text)
	assert.Contains(t, text[history:], "\nParties\n", "history before the parties")

	a.Revisions = append(a.Revisions, dpia.Revision{Version: "2.0", Date: fixedDay(), Summary: "Second issue"})
	text = strings.Join(outlineText(build(a, Options{})), "\n")
	assert.NotContains(t, text, "This version", "a version the history records is not added again")

	fr := strings.Join(outlineText(build(&dpia.Assessment{}, Options{Language: language.French})), "\n")
	assert.Contains(t, fr, "Historique des versions")
	assert.Contains(t, fr, "Cette version ; aucune version antérieure n’est enregistrée")
}

// TestSignOffSpaceToSign checks that a row nobody signed leaves a line to
// sign on, placeholder-styled, and that a signed row shows its state and
// short digest in a column apart from the signer's text.
func TestSignOffSpaceToSign(t *testing.T) {
	a := &dpia.Assessment{Title: "t", SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)}}
	require.NoError(t, a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpia.Signer{Person: dpia.Person{Name: "Dana"}},
		Date: fixedDay(), Decision: dpia.DecisionProceed}))
	tbl := signOffTable(t, a)
	unsigned, signed := tbl.Rows[0][4], tbl.Rows[2][4]
	assert.True(t, unsigned.Sign && unsigned.Empty)
	assert.False(t, signed.Sign)
	assert.Regexp(t, `^Current: matches this version\nDigest: jcs-sha256:[0-9a-f]{16}…$`, signed.Text)
	assert.NotContains(t, tbl.Rows[2][3].Text, "Digest", "the state stands apart from the signer's text")

	page := renderHTML(t, a, goldenOptions())
	assert.Equal(t, len(tbl.Rows)-1, strings.Count(page, `<td class="empty sign">Not signed<span class="sign-line"></span></td>`))
}

// TestPlaceholderStyle checks that the page styles placeholders in a
// colour of their own and in italic.
func TestPlaceholderStyle(t *testing.T) {
	m := regexp.MustCompile(`\n\.empty\{color:(#[0-9a-f]{6});font-style:italic\}`).FindStringSubmatch(documentHTML)
	require.NotNil(t, m, "the .empty rule")
	text := regexp.MustCompile(`--text:(#[0-9a-f]{6})`).FindStringSubmatch(documentHTML)
	muted := regexp.MustCompile(`--muted:(#[0-9a-f]{6})`).FindStringSubmatch(documentHTML)
	require.NotNil(t, text)
	require.NotNil(t, muted)
	assert.NotEqual(t, text[1], m[1])
	assert.NotEqual(t, muted[1], m[1], "placeholders differ from the labels' muted grey")
	r, _ := strconv.ParseUint(m[1][1:3], 16, 8)
	g, _ := strconv.ParseUint(m[1][3:5], 16, 8)
	assert.Greater(t, r, g, "a warm colour, not a grey")
}
