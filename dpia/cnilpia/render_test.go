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
// file shows in the part of the CNIL method it belongs to, in the outline
// of the CNIL tool, each evaluation after the part it judges.
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
		"Context: overview",
		"PaceMate is a running and fitness app",
		// The evaluator's verdict follows the part it judges.
		"Evaluation Part Status Comment Corrective action Evaluator Date Context: overview Acceptable Clear description. Tobias Reed",
		"Context: data, processes and supporting assets",
		"Backups roll over after 35 days.",
		"Account management create and run the member account",
		"Email address Contact details",
		"Mobile app iOS and Android clients",
		"Account data 30 days",
		"Context: data, processes and supporting assets Acceptable",
		"Fundamental principles: proportionality and necessity",
		"Account management Contract (GDPR Art. 6(1)(b))",
		"Explicit consent (GDPR Art. 9(2)(a))",
		"No data leaves the European Union.",
		"Members can download their data",
		"Accuracy (GDPR Art. 5(1)(d))",
		"To improve The analytics basis needs a documented balancing test. Publish the legitimate interests assessment",
		"Risks: planned or existing measures",
		"Encryption Data is encrypted in transit",
		"Risks: planned or existing measures: Access control To improve Add alerts on privileged access.",
		"Risks: illegitimate access to data",
		"Potential impacts on the data subjects Stalking through shared location traces",
		"Severity Significant Severity: Location traces reveal home addresses.",
		"Risks: illegitimate access to data To improve Blur the start and end of shared traces. Add privacy zones around home Tobias Reed 18 May 2024",
		"Risks: unwanted modification of data",
		"Risks: data disappearance",
		"Risks: risks overview",
		"Limited Significant Medium",
		// The risk map: each risk's initial position and, primed, its
		// planned one.
		"Validation: risk mapping",
		"1: Illegitimate access to data; 2: Unwanted modification of data; 3: Disappearance of data.",
		"Validation: action plan",
		"Add privacy zones around home Action plan of the evaluation of Illegitimate access to data (3.2) Ravi Shah 1 September 2024",
		"Validation: DPO and data subjects' opinions",
		"Were the views of individuals or their representatives sought? Yes",
		"Validation: decision",
		"Validation of the PIA (simple validation) Clara Okoye Approved",
		"Summary of DPO advice: The processing can go ahead once privacy zones are in place.",
		"Opinion of the data subjects or their representatives",
		"Proceed Summary: Members asked for privacy zones around their home. They welcomed the data export.",
	} {
		i := strings.Index(body[at:], phrase)
		if !assert.GreaterOrEqual(t, i, 0, "%q missing or out of order", phrase) {
			continue
		}
		at += i + len(phrase)
	}
	assert.NotContains(t, body, "Validation: evaluation of each part", "every verdict is placed with its part")
	assert.NotContains(t, body, "cnil.evaluation.", "no internal identifier")
	var pdf bytes.Buffer
	require.NoError(t, render.PDF(&pdf, a, nil))
	assert.True(t, bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")))
}
