package render

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit/dpia"
)

// languageSeed is the example rendered in every language: the telehealth
// assessment, declared as written in British English, validated, with its
// findings appendix.
func languageSeed(t *testing.T, tag language.Tag) (*dpia.Assessment, Options) {
	t.Helper()
	a := loadSeed(t, "telehealth")
	a.Language = "en-GB"
	opts := goldenOptions()
	opts.Language = tag
	opts.IncludeFindings = true
	opts.Findings = a.Validate(dpiaOptions())
	return a, opts
}

// outputTags are the languages of the golden files, by file suffix.
var outputTags = map[string]language.Tag{"en": language.English, "fr": language.French, "de": language.German}

// TestGoldenLanguages pins the HTML and the PDF of the telehealth example
// in English, French and German.
func TestGoldenLanguages(t *testing.T) {
	for suffix, tag := range outputTags {
		t.Run(suffix, func(t *testing.T) {
			a, opts := languageSeed(t, tag)
			checkGolden(t, "telehealth."+suffix+".html", []byte(renderHTML(t, a, opts)))
			checkGolden(t, "telehealth."+suffix+".pdf", renderPDF(t, a, opts))
		})
	}
}

// TestLanguageMarks checks the page's language and the marks on the
// assessment's own text: the page takes the output language, or the
// document's tag when that is a variant of it; the document's text is
// marked with its tag in another language; an invalid tag marks nothing.
func TestLanguageMarks(t *testing.T) {
	a, opts := languageSeed(t, language.French)
	page := renderHTML(t, a, opts)
	assert.Contains(t, page, `<html lang="fr">`)
	assert.Contains(t, page, `<p lang="en-GB">`)
	assert.Contains(t, page, `<td lang="en-GB">`)
	assert.NotContains(t, page, `<th scope="row" lang=`, "labels are the renderer's text")

	opts.Language = language.English
	page = renderHTML(t, a, opts)
	assert.Contains(t, page, `<html lang="en-GB">`)
	assert.NotRegexp(t, `<(p|td|h[2-4])[^>]* lang=`, page)

	a.Language = "not a tag!"
	opts.Language = language.German
	page = renderHTML(t, a, opts)
	assert.Contains(t, page, `<html lang="de">`)
	assert.NotRegexp(t, `<(p|td|h[2-4])[^>]* lang=`, page)
	assert.Contains(t, page, "not a tag!</td>", "an invalid tag is printed as written, not named")
}

// englishHeadings are headings and labels the renderer writes in English;
// none may appear in a French or German page outside the assessment's own
// text.
var englishHeadings = []string{
	"Contents", "About this assessment", "Controller", "Processors and sub-processors",
	"Step 1", "Step 2", "Step 7", "Screening", "Nature of the processing", "Scope of the processing",
	"Data items", "Lawful basis", "Necessity and proportionality", "Risk register", "Risk matrix",
	"Measures by risk", "Residual risk heat map", "Sign-off", "Outcomes", "Review", "Appendix",
	"Open items", "Validation findings", "Not answered", "To be completed by", "Generated on",
	"Language of the text", "Severity", "Finding", "Where", "Related documents", "Supervisory authorit",
	"December", "June",
}

// TestNoEnglishHeadings renders the example in French and German and
// fails when one of the renderer's English headings or labels is found in
// the page's text outside the elements marked as the assessment's own
// text (lang="en-GB"), or a heading of the outline is an English key
// whose translation differs.
func TestNoEnglishHeadings(t *testing.T) {
	for _, tag := range []language.Tag{language.French, language.German} {
		t.Run(tag.String(), func(t *testing.T) {
			a, opts := languageSeed(t, tag)
			text := rendererText(t, renderHTML(t, a, opts))
			for _, w := range englishHeadings {
				assert.NotContains(t, text, w, "English in the %s page", tag)
			}
			loc, err := newLocale(tag)
			require.NoError(t, err)
			for _, blk := range build(a, opts).Blocks {
				if blk.Kind != kindHeading || blk.User {
					continue
				}
				if tr, ok := loc.lookup(blk.Text); ok && tr != blk.Text {
					t.Errorf("heading %q is not translated", blk.Text)
				}
			}
		})
	}
}

// TestEnglishFindsEnglish is the control of TestNoEnglishHeadings: the
// English page holds the words it looks for.
func TestEnglishFindsEnglish(t *testing.T) {
	a, opts := languageSeed(t, language.English)
	text := rendererText(t, renderHTML(t, a, opts))
	for _, w := range []string{"Contents", "Parties", "Risk register", "Sign-off", "Appendix", "Validation findings"} {
		assert.Contains(t, text, w)
	}
}

// markedText matches an element marked as the assessment's own text;
// the renderer never nests those elements in one another.
var markedText = regexp.MustCompile(`(?s)<(p|td|h[2-4])\b[^>]*\blang="[^"]*"[^>]*>.*?</(p|td|h[2-4])>`)

// tags matches a tag.
var tags = regexp.MustCompile(`<[^>]*>`)

// rendererText returns the text of an HTML page's body without the
// elements marked with a lang attribute (the assessment's own text).
func rendererText(t *testing.T, page string) string {
	t.Helper()
	_, body, ok := strings.Cut(page, "<body>")
	require.True(t, ok)
	return html.UnescapeString(tags.ReplaceAllString(markedText.ReplaceAllString(body, ""), "\n"))
}

// TestFindingsInLanguage checks the findings appendix: English keeps each
// finding's message; French and German print its rule's summary in that
// language, and the severities and headings in that language.
func TestFindingsInLanguage(t *testing.T) {
	a, opts := languageSeed(t, language.English)
	require.NotEmpty(t, opts.Findings)
	f := opts.Findings[0]
	en := strings.Join(outlineText(build(a, opts)), "\n")
	assert.Contains(t, en, f.Message)
	for _, tag := range []language.Tag{language.French, language.German} {
		opts.Language = tag
		text := strings.Join(outlineText(build(a, opts)), "\n")
		loc, err := newLocale(tag)
		require.NoError(t, err)
		assert.Contains(t, text, loc.t(severityLabel(f.Severity.String())))
		assert.Regexp(t, regexp.MustCompile(regexp.QuoteMeta(loc.t("Validation findings"))), text)
		if summary, ok := ruleSummaries()[f.Rule]; ok {
			if tr, ok := loc.lookup(summary); ok {
				assert.Contains(t, text, upperFirst(tr))
				assert.NotContains(t, text, f.Message)
			}
		}
	}
}

// TestPDFFrenchGermanCharacters checks that the accented letters and
// quotation marks of French and German text, the renderer's and the
// assessment's, come out of the PDF as written.
func TestPDFFrenchGermanCharacters(t *testing.T) {
	const sample = "é è à ç ô œ « » ä ö ü ß „ “ Œuvre Ärger Straße"
	for _, tag := range []language.Tag{language.French, language.German} {
		a := &dpia.Assessment{Title: "Évaluation", Need: dpia.Need{Summary: sample}}
		opts := Options{Language: tag, GeneratedOn: fixedDay()}
		text := strings.Join(pdfText(t, renderPDF(t, a, opts)), "\n")
		assert.Contains(t, squash(text), squash(sample), tag.String())
		loc, err := newLocale(tag)
		require.NoError(t, err)
		for _, key := range []string{"Page %d of %d", "Contents", "Not answered"} {
			want := loc.t(key)
			if key == "Page %d of %d" {
				want = loc.tf(key, 1, 1)[:len(loc.tf(key, 1, 1))-1]
			}
			assert.Contains(t, squash(text), squash(want), "%s: %q", tag, key)
		}
	}
}
