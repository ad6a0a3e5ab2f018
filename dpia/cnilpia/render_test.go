package cnilpia_test

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/render"
)

// pageText returns the text of an HTML page: tags removed, entities
// decoded, white space collapsed.
func pageText(page string) string {
	page = regexp.MustCompile(`(?s)<style.*?</style>`).ReplaceAllString(page, " ")
	page = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, " ")
	return strings.Join(strings.Fields(html.UnescapeString(page)), " ")
}

// TestRenderImportedPIA renders an imported PIA: every part of the CNIL
// file shows in the part of the CNIL method it belongs to.
func TestRenderImportedPIA(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	var page bytes.Buffer
	require.NoError(t, render.HTML(&page, a, nil))
	text := pageText(page.String())
	body := text[strings.Index(text, "Assessment ID"):]
	at := 0
	for _, phrase := range []string{
		"Category in the CNIL PIA tool Mobile apps",
		"Data protection officer Samir Haddad",
		"Person performing the DPIA Lena Marsh",
		"Responsibilities linked to the processing",
		"Context: the need for a PIA",
		"PaceMate is a running and fitness app",
		"Context: overview of the processing",
		"Backups roll over after 35 days.",
		"Account management create and run the member account",
		"Email address Contact details",
		"Mobile app iOS and Android clients",
		"Account data 30 days",
		"Fundamental principles: proportionality and necessity",
		"Account management Contract (GDPR Art. 6(1)(b))",
		"Explicit consent (GDPR Art. 9(2)(a))",
		"No data leaves the European Union.",
		"Members can download their data",
		"Accuracy (GDPR Art. 5(1)(d))",
		"Risks: planned or existing measures",
		"Encryption Data is encrypted in transit",
		"Risks: assessment of the risks",
		"Method cnil-4x4",
		"Impacts: Stalking through shared location traces",
		"Limited Significant Medium",
		"Risks: illegitimate access, unwanted modification and disappearance of data",
		"Validation: opinion of the data subjects or their representatives",
		"Members asked for privacy zones around their home.",
		"The processing can be implemented.",
		"Validation: opinions, decision and action plan",
		"Validation of the PIA (simple validation) Clara Okoye Approved",
		"Summary of DPO advice: The processing can go ahead once privacy zones are in place.",
		"Evaluation: Illegitimate access to data (3.2) Status: Improvable.",
		"Add privacy zones around home Ravi Shah 1 September 2024",
	} {
		i := strings.Index(body[at:], phrase)
		if !assert.GreaterOrEqual(t, i, 0, "%q missing or out of order", phrase) {
			continue
		}
		at += i + len(phrase)
	}
	var pdf bytes.Buffer
	require.NoError(t, render.PDF(&pdf, a, nil))
	assert.True(t, bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")))
}
