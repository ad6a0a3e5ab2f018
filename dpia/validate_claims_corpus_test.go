package dpia_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

var updateBasisCorpus = flag.Bool("update-basis-corpus", false, "rewrite testdata/lawful/basis_*.json from basisCorpus")

// basisCorpus returns lawful assessments that exercise the lawful-basis
// rules where they must stay silent, by file name under testdata/lawful.
func basisCorpus() map[string]*dpia.Assessment {
	return map[string]*dpia.Assessment{
		"basis_public_authority_outside_tasks.json":     basisOutsideTasks(),
		"basis_children_parents_consent.json":           basisParentsConsent(),
		"basis_uk_recognised_legitimate_interests.json": basisRecognisedLegitimateInterests(),
		"basis_explicit_consent_rights.json":            basisExplicitConsentRights(),
	}
}

// basisOutsideTasks is a council marketing its commercial venue hire on
// legitimate interests, processing outside its public tasks (GDPR
// Art. 6(1), second subparagraph; Recital 47).
func basisOutsideTasks() *dpia.Assessment {
	a := dpiatest.MinimalUK()
	a.Title = "Venue hire enquiries"
	a.Parties.Controller = dpia.Party{ID: "council", Name: "Example Borough Council", Country: "GB", PublicAuthority: true}
	a.Need.Summary = "Answer enquiries about hiring the town hall for private events and tell past hirers about new dates."
	a.Processing.Purposes = []dpia.Purpose{{ID: "support", Name: "Venue hire enquiries and offers"}}
	a.Necessity.Claims = []lawfulbasis.Claim{{
		Purpose: "support", Basis: lawfulbasis.LegitimateInterests, LIA: "LIA-2026-04 (venue hire)",
		OutsideTasks:       true,
		OutsideTasksReason: "Hiring out the town hall for private events is a commercial activity, not a function the council carries out under statute.",
		Justification:      "Past hirers expect to hear about new dates; each offer carries an unsubscribe link.",
	}}
	return a
}

// basisParentsConsent is a children's reading app under EU GDPR in France
// and Germany: parents consent for themselves to progress reports (not
// Art. 8 consent), and give the consent for their children's use of the
// app as holders of parental responsibility (Art. 8(1)).
func basisParentsConsent() *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.Title = "Reading practice app"
	a.Need.Summary = "A reading practice app for children aged 6 to 12, with progress reports to their parents."
	a.Processing.Scope.MemberStates = []lawfulbasis.Country{"FR", "DE"}
	a.Processing.Context = dpia.Context{Relationship: "Parents buy a subscription for their children.",
		Children: dpia.YesNoYes, YoungestAge: 6, OnlineService: dpia.YesNoYes, Vulnerable: dpia.YesNoNo}
	a.Processing.Purposes = []dpia.Purpose{
		{ID: "reading", Name: "Reading practice"},
		{ID: "reports", Name: "Progress reports to parents"},
	}
	a.Inventory.Subjects = []dpia.SubjectGroup{
		{ID: "parents", Name: "Parents holding the account", Kind: dpia.SubjectKindCustomers},
		{ID: "children", Name: "Children using the app", Kind: dpia.SubjectKindChildren, Children: true},
	}
	a.Inventory.Items = []dpia.DataItem{
		{Key: "parent_email", Name: "Parent's e-mail address", Category: dpia.DataCategoryContact, Identifier: true, Processed: dpia.YesNoYes,
			PurposeRefs: []string{"reports"}, Subjects: []string{"parents"}},
		{Key: "child_name", Name: "Child's first name", Category: dpia.DataCategoryIdentity, Identifier: true, Processed: dpia.YesNoYes,
			PurposeRefs: []string{"reading"}, Subjects: []string{"children"}},
		{Key: "reading_level", Name: "Reading level and exercises done", Category: dpia.DataCategoryOther, Processed: dpia.YesNoYes,
			PurposeRefs: []string{"reading", "reports"}, Subjects: []string{"children"}},
	}
	a.Necessity.Claims = []lawfulbasis.Claim{
		{Purpose: "reports", Basis: lawfulbasis.Consent, Subjects: []string{"parents"},
			Justification: "Parents tick a box to receive weekly progress reports and can untick it in the account settings."},
		{Purpose: "reading", Basis: lawfulbasis.Consent, Subjects: []string{"children"}, ParentalConsent: true,
			Justification: "The parent gives the consent for the child when setting up the child's profile (GDPR Art. 8(1))."},
	}
	return a
}

// basisRecognisedLegitimateInterests is a UK shop detecting fraud on
// customer accounts under UK GDPR Art. 6(1)(ea), in an assessment dated
// after 5 February 2026.
func basisRecognisedLegitimateInterests() *dpia.Assessment {
	a := dpiatest.MinimalUK()
	date := dpiakit.Date{Year: 2026, Month: time.March, Day: 2}
	a.Title = "Account fraud checks"
	a.Date = date
	a.Need.Summary = "Detect orders placed from taken-over customer accounts and hold them for a human check."
	a.Processing.Purposes = []dpia.Purpose{{ID: "support", Name: "Detecting fraud on customer accounts"}}
	a.Necessity.Claims = []lawfulbasis.Claim{{
		Purpose: "support", Basis: lawfulbasis.RecognisedLegitimateInterests, Date: date,
		Justification: "Detecting and preventing crime is a recognised legitimate interest (UK GDPR Annex 1); staff decide every held order.",
	}}
	for i := range a.SignOff.Rows {
		a.SignOff.Rows[i].Date = dpiakit.Date{Year: 2026, Month: time.March, Day: 9}
	}
	a.Review.NextReview = dpiakit.Date{Year: 2027, Month: time.March, Day: 2}
	return a
}

// basisExplicitConsentRights is a coaching service processing health data
// under contract with explicit consent (GDPR Art. 9(2)(a)), whose rights
// checklist supports withdrawal of consent (Art. 7(3)) and portability
// (Art. 20(1)(a)), which the explicit consent gives.
func basisExplicitConsentRights() *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.Title = "Online fitness coaching"
	a.Need.Summary = "Coach subscribers towards their fitness goals from the workouts and resting heart rate they record."
	a.Processing.Purposes = []dpia.Purpose{{ID: "support", Name: "Personal fitness coaching"}}
	a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Key: "heart_rate", Name: "Resting heart rate",
		Category: dpia.DataCategoryHealth, Special: lawfulbasis.Health, Processed: dpia.YesNoYes,
		PurposeRefs: []string{"support"}, Subjects: []string{"customers"}})
	a.Necessity.Claims = []lawfulbasis.Claim{{
		Purpose: "support", Basis: lawfulbasis.Contract, Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent},
		Justification: "Coaching is the service subscribed to; heart rate is recorded only after a separate explicit consent.",
	}}
	a.Necessity.Rights = []dpia.RightSupport{
		{Right: lawfulbasis.RightToBeInformed, Supported: dpia.YesNoYes, How: "Privacy notice at sign-up."},
		{Right: lawfulbasis.RightOfAccess, Supported: dpia.YesNoYes, How: "Download from the account page."},
		{Right: lawfulbasis.RightToRectification, Supported: dpia.YesNoYes, How: "Editable in the app."},
		{Right: lawfulbasis.RightToErasure, Supported: dpia.YesNoYes, How: "Deleting the account erases all records."},
		{Right: lawfulbasis.RightToRestriction, Supported: dpia.YesNoYes, How: "Coaching can be paused."},
		{Right: lawfulbasis.RightToPortability, Supported: dpia.YesNoYes, How: "Workouts and heart rate export as CSV."},
		{Right: lawfulbasis.RightToWithdrawConsent, Supported: dpia.YesNoYes, How: "One switch stops heart rate recording and deletes it."},
	}
	return a
}

func TestBasisCorpusIsLawful(t *testing.T) {
	dir := filepath.Join("testdata", "lawful")
	for name, a := range basisCorpus() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, dpia.Encode(&buf, a))
			file := filepath.Join(dir, name)
			if *updateBasisCorpus {
				require.NoError(t, os.MkdirAll(dir, 0o755))
				require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))
			}
			raw, err := os.ReadFile(file)
			require.NoError(t, err, "run go test -run TestBasisCorpusIsLawful -update-basis-corpus")
			assert.Equal(t, buf.String(), string(raw), "the file is out of date with basisCorpus")

			back, err := dpia.Decode(bytes.NewReader(raw), nil)
			require.NoError(t, err)
			for _, now := range []dpiakit.Date{{}, {Year: 2026, Month: time.March, Day: 2}, {Year: 2026, Month: time.November, Day: 23}} {
				fs := back.Validate(&dpia.ValidateOptions{Now: now})
				assert.Empty(t, fs.Errors(), "on %v: %v", now, fs)
			}
		})
	}
}

// Each document of the corpus breaks its rule once the fact that makes
// it lawful is taken away, so that the corpus cannot pass vacuously.
func TestBasisCorpusTurnsUnlawful(t *testing.T) {
	now := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: time.November, Day: 23}}
	tests := []struct {
		name   string
		a      *dpia.Assessment
		mutate func(a *dpia.Assessment)
		rule   string
		path   string
	}{
		{"within its tasks", basisOutsideTasks(), func(a *dpia.Assessment) { a.Necessity.Claims[0].OutsideTasks = false },
			lawfulbasis.RulePublicAuthorityLegitimateInterests, "necessity.claims[0].basis"},
		{"parents' claim covers the children", basisParentsConsent(),
			func(a *dpia.Assessment) { a.Necessity.Claims[0].Subjects = []string{"parents", "children"} },
			lawfulbasis.RuleChildConsentWithoutParent, "necessity.claims[0].parental_consent"},
		{"dated before 5 February 2026", basisRecognisedLegitimateInterests(),
			func(a *dpia.Assessment) {
				a.Necessity.Claims[0].Date = dpiakit.Date{Year: 2026, Month: time.February, Day: 4}
			},
			lawfulbasis.RuleRecognisedLegitimateInterestsBeforeCommencement, "necessity.claims[0].basis"},
		{"without explicit consent", basisExplicitConsentRights(),
			func(a *dpia.Assessment) {
				a.Necessity.Claims[0].Article9 = []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}
			},
			"DP010", "necessity.rights[6].supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.mutate(tt.a)
			fs := tt.a.Validate(&now).ByRule(tt.rule)
			require.Len(t, fs, 1, "findings: %v", tt.a.Validate(&now))
			assert.Equal(t, tt.path, fs[0].Path)
		})
	}
}
