package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

// TestApprovalOverridePrinted checks that both documents print an
// approval given despite findings, with its rules, reasons, decider and
// date, and that a document without one prints no such section.
func TestApprovalOverridePrinted(t *testing.T) {
	a := dpiatest.MinimalUK()
	a.ApprovalOverride = dpia.ApprovalOverride{Rules: []string{"DP012", "DP015"},
		Reasons: "Views are sought in the pilot's first month", By: dpia.Person{Name: "Alex Morgan", Position: "SIRO"},
		Date: dpiakit.Date{Year: 2026, Month: 3, Day: 9}}
	want := []string{"Approved despite findings", "DP012, DP015", "Views are sought in the pilot's first month",
		"Alex Morgan, SIRO", englishBuilder(t).loc.date(a.ApprovalOverride.Date)}

	var html bytes.Buffer
	require.NoError(t, HTML(&html, a, ptr(goldenOptions())))
	for _, w := range want {
		assert.Contains(t, html.String(), strings.ReplaceAll(w, "'", "&#39;"), "HTML")
	}
	text := strings.Join(pdfText(t, renderPDF(t, a, goldenOptions())), "\n")
	for _, w := range want {
		assert.Contains(t, strings.Join(strings.Fields(text), " "), w, "PDF")
	}

	html.Reset()
	require.NoError(t, HTML(&html, dpiatest.MinimalUK(), ptr(goldenOptions())))
	assert.NotContains(t, html.String(), "Approved despite findings")
}
