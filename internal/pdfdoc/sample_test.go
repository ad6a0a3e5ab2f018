package pdfdoc_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// multilingual holds the pangrams and punctuation every sample prints.
var multilingual = []string{
	"Zażółć gęślą jaźń",
	"Příliš žluťoučký kůň úpěl ďábelské ódy",
	"Γαζέες καὶ μυρτιὲς",
	"Größe, Übermaß",
	"Œuvre, élève, ça",
	"“double” ‘single’ en–dash em—dash ellipsis… • bullet",
}

// level colours of the sample heat maps.
var (
	low    = pdfdoc.RGB{R: 112, G: 173, B: 71}
	medium = pdfdoc.RGB{R: 255, G: 192, B: 0}
	high   = pdfdoc.RGB{R: 197, G: 48, B: 48}
)

func heatMap3() pdfdoc.HeatMap {
	return pdfdoc.HeatMap{
		RowLabels:    []string{"Severe harm", "Significant harm", "Minimal impact"},
		ColumnLabels: []string{"Remote", "Reasonable possibility", "More likely than not"},
		RowAxis:      "Severity",
		ColumnAxis:   "Likelihood",
		Cells: [][]pdfdoc.HeatCell{
			{{Fill: medium}, {Fill: high, Count: 2, Refs: []string{"R1", "R4"}}, {Fill: high}},
			{{Fill: low, Count: 1, Refs: []string{"R2"}}, {Fill: medium, Count: 3, Refs: []string{"R3", "R5", "R6"}}, {Fill: high}},
			{{Fill: low}, {Fill: low}, {Fill: medium, Count: 1, Refs: []string{"R7"}}},
		},
		Legend: []pdfdoc.LegendEntry{{Label: "Low", Fill: low}, {Label: "Medium", Fill: medium}, {Label: "High", Fill: high}},
	}
}

func heatMap5() pdfdoc.HeatMap {
	labels := []string{"Rare", "Unlikely", "Possible", "Likely", "Almost certain"}
	sev := []string{"Catastrophic", "Major", "Moderate", "Minor", "Negligible"}
	var cells [][]pdfdoc.HeatCell
	for r := range 5 {
		var row []pdfdoc.HeatCell
		for c := range 5 {
			score := (5 - r) * (c + 1)
			fill := low
			switch {
			case score >= 15:
				fill = high
			case score >= 8:
				fill = medium
			}
			cell := pdfdoc.HeatCell{Fill: fill}
			if (r+c)%3 == 0 {
				cell.Count = r + c + 1
				for i := range cell.Count {
					cell.Refs = append(cell.Refs, fmt.Sprintf("R%d", 10*r+c+i))
				}
			}
			row = append(row, cell)
		}
		cells = append(cells, row)
	}
	return pdfdoc.HeatMap{
		RowLabels: sev, ColumnLabels: labels, RowAxis: "Impact", ColumnAxis: "Likelihood", Cells: cells,
		Legend: []pdfdoc.LegendEntry{{Label: "Low (1–7)", Fill: low}, {Label: "Moderate (8–14)", Fill: medium}, {Label: "High (15–25)", Fill: high}},
	}
}

// longTable has enough rows to span about three pages.
func longTable(rows int) pdfdoc.Table {
	t := pdfdoc.Table{Columns: []pdfdoc.Column{
		{Header: "Data item", Width: 2}, {Header: "Category", Width: 2}, {Header: "Source", Width: 2}, {Header: "Retention", Width: 3},
	}}
	for i := range rows {
		t.Rows = append(t.Rows, []string{
			fmt.Sprintf("Item %03d", i+1),
			[]string{"Contact details", "Health data (Art. 9)", "Usage logs", "Payment data"}[i%4],
			[]string{"The data subject", "Clinician", "Device telemetry"}[i%3],
			strings.Repeat("Deleted 24 months after the end of the contract. ", 1+i%3),
		})
	}
	return t
}

// buildSample draws every primitive; TestSamplePDF and the benchmarks use
// it.
func buildSample(d *pdfdoc.Document, tableRows int) {
	d.TitlePage("Data Protection Impact Assessment: Remote patient monitoring", []pdfdoc.KeyValue{
		{Key: "Reference", Value: "DPIA-2024-017"},
		{Key: "Version", Value: "2 (draft)"},
		{Key: "Controller", Value: "Północ Health Sp. z o.o."},
		{Key: "Data protection officer", Value: "Zoë Ångström, dpo@example.org"},
		{Key: "Last reviewed", Value: "14 March 2024"},
	}, "Draft: this assessment has not been approved. Sections marked “customer” are to be completed by the controller.")
	d.Heading(1, "Contents")
	d.Contents([]pdfdoc.ContentsEntry{
		{Level: 1, Title: "1. Need for a DPIA"},
		{Level: 2, Title: "1.1 Screening"},
		{Level: 1, Title: "2. Description of the processing"},
		{Level: 2, Title: "2.1 Data inventory"},
		{Level: 1, Title: "3. Risks"},
		{Level: 2, Title: "3.1 Inherent risk (3×3)"},
		{Level: 2, Title: "3.2 Residual risk (5×5)"},
		{Level: 1, Title: "4. Sign-off"},
	})
	d.Heading(1, "1. Need for a DPIA")
	d.Paragraph("The project monitors patients at home with connected devices and shares readings with their clinicians. " +
		"It processes health data on a large scale and uses new technology, so a DPIA is required.\n\n" +
		"Multilingual names in the records:\n" + strings.Join(multilingual, "\n"))
	d.Callout(pdfdoc.CalloutNotice, "Screening found 3 of the 9 WP248 criteria: sensitive data, large scale, innovative technology.")
	d.Heading(2, "1.1 Screening")
	d.KeyValues([]pdfdoc.KeyValue{
		{Key: "Evaluation or scoring", Value: "No"},
		{Key: "Sensitive data", Value: "Yes: heart rate, blood pressure and medication (Art. 9(1) health data)."},
		{Key: "Large scale", Value: "Yes: about 40,000 patients across 12 trusts.\nReadings every 15 minutes."},
		{Key: "Matching or combining datasets", Value: ""},
	})
	d.Empty("Not answered")
	d.Heading(1, "2. Description of the processing")
	d.Paragraph("Readings travel from the device to the hub over Bluetooth, then to the platform over TLS 1.3. " +
		"Clinicians see trends and alerts; patients see their own readings in the app.")
	d.Heading(2, "2.1 Data inventory")
	d.Table(longTable(tableRows))
	d.Heading(1, "3. Risks")
	d.Callout(pdfdoc.CalloutWarning, "Two risks remain high after measures; consult the supervisory authority before processing (Art. 36).")
	d.Heading(2, "3.1 Inherent risk (3×3)")
	d.HeatMap(heatMap3())
	d.Heading(2, "3.2 Residual risk (5×5)")
	d.HeatMap(heatMap5())
	d.Callout(pdfdoc.CalloutError, "Risk R4 has no owner.")
	d.Heading(1, "4. Sign-off")
	d.KeyValues([]pdfdoc.KeyValue{
		{Key: "Measures approved by", Value: "Jan Nowák, Chief Information Officer, 2 April 2024"},
		{Key: "DPO advice", Value: "Accept with conditions: complete the retention schedule before go-live."},
	})
	d.Heading(3, "Comments")
	d.Empty("No comments recorded")
}

func sampleOptions() pdfdoc.Options {
	return pdfdoc.Options{
		Title:      "DPIA: Remote patient monitoring",
		Author:     "Północ Health Sp. z o.o.",
		Subject:    "Data Protection Impact Assessment (GDPR Art. 35)",
		Creator:    "dpiakit",
		Keywords:   "DPIA GDPR Art. 35",
		HeaderText: "DPIA: Remote patient monitoring · version 2",
		Created:    time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC),
	}
}

// TestSamplePDF writes a sample with every primitive. Set PDFDOC_SAMPLE to
// a file path to keep it, and PDFDOC_PNG to a directory to also get PNG
// pages (needs pdftoppm).
func TestSamplePDF(t *testing.T) {
	pdf := render(t, sampleOptions(), func(d *pdfdoc.Document) { buildSample(d, 70) })
	path := filepath.Join(t.TempDir(), "sample.pdf")
	if p := os.Getenv("PDFDOC_SAMPLE"); p != "" {
		path = p
	}
	require.NoError(t, os.WriteFile(path, pdf, 0o644))
	t.Logf("sample: %s (%d bytes)", path, len(pdf))
	if dir := os.Getenv("PDFDOC_PNG"); dir != "" {
		needTool(t, "pdftoppm")
		require.NoError(t, os.MkdirAll(dir, 0o755))
		out, err := exec.Command("pdftoppm", "-png", "-r", "60", path, filepath.Join(dir, "page")).CombinedOutput()
		require.NoError(t, err, "%s", out)
	}
	all := squash(text(t, pdf))
	for _, s := range multilingual {
		require.Contains(t, all, squash(s))
	}
}
