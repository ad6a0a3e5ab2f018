package dpia

import (
	"maps"
	"reflect"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/risk"
)

// everyRow maps the digest path of each of the six rows of signedChain to
// part.
func everyRow(part string) map[string]string {
	out := map[string]string{}
	for i := range 6 {
		out[signOffStepPath(i, "digest")] = part
	}
	return out
}

// TestStaleSignatureNamesSections changes the content of a signed chain
// and checks that SG012 names exactly the sections changed.
func TestStaleSignatureNamesSections(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *Assessment)
		want   string
	}{
		{"controller renamed", func(a *Assessment) { a.Parties.Controller.Name = "Larkfield Housing Association" },
			"Parties"},
		{"title changed", func(a *Assessment) { a.Title += " and rota" }, "Identity"},
		{"title and version changed: the identity once", func(a *Assessment) { a.Title += " and rota"; a.Version = "1.1" },
			"Identity"},
		{"need described", func(a *Assessment) { a.Need.Summary = "A CRM for care records." },
			"Step 1: Identify the need for a DPIA"},
		{"data item added", func(a *Assessment) {
			a.Inventory.Items = append(a.Inventory.Items, DataItem{Key: "email", Name: "Email"})
		},
			"Step 2: Describe the processing (data inventory)"},
		{"risk added", func(a *Assessment) {
			a.Risks.Risks = append(a.Risks.Risks, risk.Risk{ID: uuid.MustParse("00000000-0000-4000-8000-000000000001"), Title: "Unlocked screens"})
		}, "Step 5: Identify and assess risks"},
		{"views rewritten", func(a *Assessment) { a.Consultation.Views = "Residents asked for large print." },
			"Step 3: Consultation process"},
		{"parties and risks changed, named in the order of the template", func(a *Assessment) {
			a.Risks.Risks = append(a.Risks.Risks, risk.Risk{ID: uuid.MustParse("00000000-0000-4000-8000-000000000001"), Title: "Unlocked screens"})
			a.Parties.Controller.Name = "Larkfield Housing Association"
		}, "Parties and Step 5: Identify and assess risks"},
		{"review owner and title changed", func(a *Assessment) {
			a.Review.Owner = sgAlex
			a.Title += " and rota"
		}, "Identity and Step 7: Sign off and record outcomes (review plan)"},
		{"a section emptied", func(a *Assessment) { a.Consultation = Consultation{} }, "Step 3: Consultation process"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := signedChain(t, nil)
			tt.change(a)
			assert.Equal(t, everyRow(tt.want), staleParts(t, a))
			states, err := a.SignatureStates(nil)
			require.NoError(t, err)
			for _, s := range states {
				assert.Equal(t, SignatureStatusStale, s.Status)
				assert.Equal(t, strings.Join(s.Changed, " and "), tt.want)
			}
		})
	}
}

// TestStaleSignatureSectionsWithRowChanges names the sections beside the
// other parts that changed.
func TestStaleSignatureSectionsWithRowChanges(t *testing.T) {
	a := signedChain(t, nil)
	a.SignOff.Rows[2].Summary = "Processing must not proceed."
	a.Parties.Controller.Name = "Larkfield Housing Association"
	parts := staleParts(t, a)
	assert.Equal(t, "Parties", parts[signOffStepPath(0, "digest")])
	assert.Equal(t, "its own row and Parties", parts[signOffStepPath(2, "digest")])
	assert.Equal(t, "Parties and sign_off.steps[2], signed before it", parts[signOffStepPath(3, "digest")])
}

// TestStaleSignatureWithoutSections checks that records given before the
// section digests were introduced verify as they did: current while
// nothing changed, naming "the content" once it did.
func TestStaleSignatureWithoutSections(t *testing.T) {
	a := withoutSections(signedChain(t, nil))
	for _, st := range a.SignOff.Rows {
		require.Empty(t, st.Signature.Sections)
	}
	assert.Empty(t, a.CheckSignOff(&sgNow), "a record without section digests holds together")
	a.Parties.Controller.Name = "Larkfield Housing Association"
	assert.Equal(t, everyRow("the content"), staleParts(t, a))

	// Signing again records them, and names the sections from then on.
	b := withoutSections(signedChain(t, nil))
	st := b.SignOff.Rows[1]
	require.NoError(t, b.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision}))
	require.NotEmpty(t, b.SignOff.Rows[1].Signature.Sections)
	b.Title += " and rota"
	parts := staleParts(t, b)
	assert.Equal(t, "the content", parts[signOffStepPath(0, "digest")])
	assert.Equal(t, "Identity", parts[signOffStepPath(1, "digest")])
}

// TestSectionDigestsCannotHideAChange edits the section digests of the
// records: the row's digest covers them, and the content digest alone
// decides whether the content changed.
func TestSectionDigestsCannotHideAChange(t *testing.T) {
	t.Run("edited, digest left", func(t *testing.T) {
		a := signedChain(t, nil)
		rec := &a.SignOff.Rows[2].Signature
		rec.Sections = maps.Clone(rec.Sections)
		rec.Sections["title"] = strings.Repeat("0", 64)
		fs := a.CheckSignOff(&sgNow).ByRule(ruleForgedSignature)
		require.Len(t, fs, 1)
		assert.Contains(t, fs[0].Message, "the digest is not the digest of its signature record")
	})
	t.Run("a change hidden and every digest sealed again", func(t *testing.T) {
		a := signedChain(t, testSigner("dpo"))
		a.Parties.Controller.Name = "Larkfield Housing Association"
		p, err := projectDocument(a)
		require.NoError(t, err)
		current, err := p.sectionDigests()
		require.NoError(t, err)
		for i := range a.SignOff.Rows {
			rec := &a.SignOff.Rows[i].Signature
			rec.Sections = maps.Clone(current)
			a.SignOff.Rows[i].Digest, err = manifestDigest(*rec)
			require.NoError(t, err)
		}
		assert.Equal(t, everyRow("the content"), staleParts(t, a), "the content digest still differs")
		fs := a.CheckSignOff(trustedOpts("dpo")).ByRule(ruleKeyedSignatureInvalid)
		assert.Len(t, fs, 6, "and the key's signatures do not cover the new digests")
	})
	t.Run("edited and sealed again, content unchanged", func(t *testing.T) {
		a := signedChain(t, nil)
		for i := range a.SignOff.Rows {
			rec := &a.SignOff.Rows[i].Signature
			rec.Sections = map[string]string{"title": strings.Repeat("0", 64)}
			var err error
			a.SignOff.Rows[i].Digest, err = manifestDigest(*rec)
			require.NoError(t, err)
		}
		assert.Empty(t, a.CheckSignOff(&sgNow), "the content digest matches: nothing changed")
	})
	for name, sections := range map[string]map[string]string{
		"a digest not in hexadecimal": {"title": strings.Repeat("Z", 64)},
		"a short digest":              {"title": "00"},
		"an unnamed section":          {"": strings.Repeat("0", 64)},
	} {
		t.Run(name, func(t *testing.T) {
			a := signedChain(t, nil)
			rec := &a.SignOff.Rows[0].Signature
			rec.Sections = sections
			var err error
			a.SignOff.Rows[0].Digest, err = manifestDigest(*rec)
			require.NoError(t, err)
			fs := a.CheckSignOff(&sgNow).ByRule(ruleForgedSignature)
			require.Len(t, fs, 1)
			assert.Contains(t, fs[0].Message, "section digest without a name or not of 64 lower-case hex digits")
		})
	}
}

func TestSectionLabel(t *testing.T) {
	for member, want := range map[string]string{
		"title":             "Identity",
		"schema":            "Identity",
		"no_such_member":    "Identity",
		"parties":           "Parties",
		"need":              "Step 1: Identify the need for a DPIA",
		"inventory":         "Step 2: Describe the processing (data inventory)",
		"risks":             "Step 5: Identify and assess risks",
		"outstanding_risks": "Step 6: Identify measures to reduce risk (outstanding risks)",
		"sign_off":          "Step 7: Sign off and record outcomes (custom questions)",
		"rich_text":         "Formatted text",
	} {
		got, _ := sectionLabel(member)
		assert.Equal(t, want, got, member)
	}
	// Every member of the content but the title page's is named on its
	// own, and every section named is a member of the document.
	for _, f := range docFields(reflect.TypeFor[Assessment]()) {
		if _, rank := sectionLabel(f.Name); rank == 0 {
			assert.NotContains(t, []string{"need", "processing", "inventory", "consultation", "necessity", "risks",
				"risk_context", "review", "outcomes", "action_plan", "ig_reviews"}, f.Name)
		}
	}
	names := map[string]bool{}
	for _, f := range docFields(reflect.TypeFor[Assessment]()) {
		names[f.Name] = true
	}
	for _, s := range signedSections {
		assert.True(t, names[s.member], "%s is a member of the document", s.member)
	}
}

func TestChangedSections(t *testing.T) {
	d := func(c string) string { return strings.Repeat(c, 64) }
	recorded := map[string]string{"title": d("1"), "version": d("2"), "parties": d("3"), "risks": d("4"), "review": d("5")}
	current := map[string]string{"title": d("9"), "version": d("9"), "parties": d("3"), "risks": d("9"), "need": d("6")}
	assert.Equal(t, []string{"Identity", "Step 1: Identify the need for a DPIA", "Step 5: Identify and assess risks",
		"Step 7: Sign off and record outcomes (review plan)"}, changedSections(recorded, current),
		"a section added or removed counts; each label once, in the template's order")
	assert.Empty(t, changedSections(recorded, recorded))
}
