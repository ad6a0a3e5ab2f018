package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/examples/internal/scenariotest"
)

// runDay is the date the tests run the program on.
var runDay = dpiakit.Date{Year: 2026, Month: 3, Day: 2}

// output reads a file the run wrote.
func output(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	require.NoError(t, err)
	return string(data)
}

// TestEachCustomerInItsLawMethodAndLanguage runs the program and checks
// each customer's documents: validated under its own regime and method,
// rendered in its language, naming its own supervisory authority, and,
// outside the ICO's template, never the ICO.
func TestEachCustomerInItsLawMethodAndLanguage(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir, runDay))
	text := out.String()

	eds := editions()
	lyon, err := lyonCentre(eds["fr"], runDay)
	require.NoError(t, err)
	assert.Equal(t, dpia.MethodCNIL, lyon.MethodInForce())
	assert.Empty(t, lyon.Validate(&dpia.ValidateOptions{Now: runDay}), "the Lyon centre's assessment is complete")
	page := output(t, dir, "lyon-cnil-fr.html")
	for _, want := range []string{`<html lang="fr"`, "Commission nationale de l&#39;informatique et des libertés",
		"Principes fondamentaux", "Validation : évaluation de chaque partie", "Rappels sans mention de la spécialité.",
		"Accès illégitime à des données"} {
		assert.Contains(t, page, want)
	}

	cologne, err := cologneCharity(eds["de"], runDay)
	require.NoError(t, err)
	fs := cologne.Validate(&dpia.ValidateOptions{Now: runDay})
	require.Len(t, fs.ByRule("SG001"), 2, "the DPO's advice and the decision are still to come: %v", fs)
	page = output(t, dir, "cologne-wp248-de.html")
	for _, want := range []string{`<html lang="de"`, "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
		"Systematische Beschreibung der Verarbeitung", "Feststellungen der Prüfung",
		"Vorlage des Auftragsverarbeiters"} {
		assert.Contains(t, page, want)
	}

	for _, name := range []string{"lyon-cnil-fr", "cologne-wp248-de"} {
		for _, ext := range []string{".html", ".json"} {
			assert.NotContains(t, output(t, dir, name+ext), "ICO", name+ext)
			assert.NotContains(t, output(t, dir, name+ext), "Information Commissioner", name+ext)
		}
	}

	belfast, err := belfastPractice(eds["en"], runDay)
	require.NoError(t, err)
	assert.Equal(t, dpiakit.EUAndUKGDPR, belfast.Regime)
	fs = belfast.Validate(&dpia.ValidateOptions{Now: runDay})
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, "LB012", fs[0].Rule, "Ireland's age of digital consent is 16, the UK's 13")
	assert.Equal(t, dpiakit.EUGDPR, fs[0].Regime)
	assert.Contains(t, text, "error LB012 [EU GDPR]")
	page = output(t, dir, "belfast-eu-uk-en.html")
	for _, want := range []string{"EU GDPR and UK GDPR", "Information Commissioner", "Data Protection Commission"} {
		assert.Contains(t, page, want)
	}

	var again bytes.Buffer
	require.NoError(t, run(&again, dir, runDay))
	assert.Equal(t, text, again.String(), "the same output on every run")
	for _, name := range []string{"lyon-cnil-fr.pdf", "cologne-wp248-de.pdf", "belfast-eu-uk-en.pdf"} {
		pdf := output(t, dir, name)
		assert.True(t, strings.HasPrefix(pdf, "%PDF-"), name)
	}
}

// TestEditionsComplete checks that each edition of the template gives
// every text, so that no customer's document falls back to a blank.
func TestEditionsComplete(t *testing.T) {
	for lang, e := range editions() {
		a := buildTemplate(e, templateDate)
		require.NoError(t, a.CheckTemplate(), lang)
		assert.Equal(t, lang, a.Language)
		for _, s := range []string{e.title, e.service, e.banner, e.summary, e.reason, e.collection, e.use, e.storage, e.deletion,
			e.booking, e.reminders, e.patients, e.staff, e.informed, e.name, e.contact, e.speciality, e.access,
			e.modification, e.loss, e.encryption, e.roles, e.backups, e.accessRisk, e.modificationRisk, e.lossRisk,
			e.retention, e.guidanceBasis, e.guidanceViews, e.guidanceSignOff, e.guidanceScale} {
			assert.NotEmpty(t, strings.TrimSpace(s), lang)
		}
	}
}

func TestRunReportsWriteErrors(t *testing.T) { scenariotest.CheckWriteErrors(t, run) }
