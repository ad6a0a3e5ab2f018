package pdfdoc_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// render builds a document with fn and returns the PDF bytes; every PDF a
// test produces also goes through qpdf --check when qpdf is installed.
func render(t testing.TB, opts pdfdoc.Options, fn func(d *pdfdoc.Document)) []byte {
	t.Helper()
	d, err := pdfdoc.New(opts)
	require.NoError(t, err)
	fn(d)
	var buf bytes.Buffer
	require.NoError(t, d.Write(&buf))
	require.True(t, bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")))
	qpdfCheck(t, buf.Bytes())
	return buf.Bytes()
}

// writeTemp writes pdf to a file in the test's temporary directory.
func writeTemp(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	require.NoError(t, os.WriteFile(path, pdf, 0o644))
	return path
}

// qpdfCheck runs qpdf --check on pdf, when qpdf is on PATH.
func qpdfCheck(t testing.TB, pdf []byte) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		return
	}
	out, err := exec.Command("qpdf", "--check", writeTemp(t, pdf)).CombinedOutput()
	require.NoError(t, err, "qpdf --check:\n%s", out)
	require.Contains(t, string(out), "No syntax or stream encoding errors found")
}

// needTool skips the test when a poppler tool is missing.
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils)", name)
	}
}

// pages extracts the text of every page with pdftotext, in reading order.
func pages(t testing.TB, pdf []byte) []string {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", writeTemp(t, pdf), "-").Output()
	require.NoError(t, err)
	pp := strings.Split(string(out), "\f")
	if n := len(pp); n > 0 && strings.TrimSpace(pp[n-1]) == "" {
		pp = pp[:n-1]
	}
	return pp
}

// text extracts the whole text with pdftotext, pages joined.
func text(t testing.TB, pdf []byte) string {
	t.Helper()
	return strings.Join(pages(t, pdf), "\n")
}

// pdfinfo returns the output of pdfinfo, plus the outline with -listbox
// omitted.
func pdfinfo(t testing.TB, pdf []byte, args ...string) string {
	t.Helper()
	needTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", append(args, writeTemp(t, pdf))...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return string(out)
}

// squash collapses white space, so that text comparisons ignore how
// pdftotext lays out lines.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// runTool runs a command and returns its combined output.
func runTool(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	require.NoError(t, err, "%s: %s", name, out)
	return string(out)
}
