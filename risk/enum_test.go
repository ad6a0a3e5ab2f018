package risk

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enum is what every enum of the package offers, slog.Level style.
type enum interface {
	~int
	fmt.Stringer
	IsValid() bool
	Label() string
	MarshalText() ([]byte, error)
}

type enumCase[T enum] struct {
	values    []T
	parse     func(string) (T, error)
	spellings map[string]T
	bad       []string
}

func testEnum[T enum, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, c enumCase[T]) {
	t.Helper()
	var zero T
	assert.False(t, zero.IsValid(), "zero value is not valid")
	assert.Equal(t, "unknown", zero.String())
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text, "zero value marshals as empty text")
	var back T
	require.NoError(t, P(&back).UnmarshalText(nil))
	assert.Equal(t, zero, back)

	for _, bad := range []T{T(-1), T(len(c.values) + 1), T(99)} {
		assert.False(t, bad.IsValid(), "%d", int(bad))
		_, err := bad.MarshalText()
		assert.Error(t, err, "%d", int(bad))
		assert.NotPanics(t, func() { _ = bad.String(); _ = bad.Label() })
	}

	seen := map[string]bool{}
	for i, v := range c.values {
		assert.Equal(t, T(i+1), v, "values are listed in order")
		assert.True(t, v.IsValid())
		key := v.String()
		assert.False(t, seen[key], "duplicate key %q", key)
		seen[key] = true
		assert.Equal(t, nameKey(key), key, "key %q is snake_case", key)
		assert.NotEmpty(t, v.Label())

		got, err := c.parse(key)
		require.NoError(t, err, key)
		assert.Equal(t, v, got, key)
		got, err = c.parse(v.Label())
		require.NoError(t, err, v.Label())
		assert.Equal(t, v, got, v.Label())

		data, err := json.Marshal(v)
		require.NoError(t, err)
		var decoded T
		require.NoError(t, json.Unmarshal(data, &decoded))
		assert.Equal(t, v, decoded)
	}
	for text, want := range c.spellings {
		got, err := c.parse(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
		var decoded T
		require.NoError(t, P(&decoded).UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, decoded, text)
	}
	for _, text := range append(c.bad, "", "unknown", "  ") {
		got, err := c.parse(text)
		require.Error(t, err, text)
		assert.Equal(t, zero, got)
		assert.Contains(t, err.Error(), "risk: "+quote(text)+" is not")
	}
}

func TestEnums(t *testing.T) {
	t.Run("Scoring", func(t *testing.T) {
		testEnum(t, enumCase[Scoring]{values: ScoringValues(), parse: ParseScoring,
			spellings: map[string]Scoring{"Lookup": ScoringLookup, "PRODUCT": ScoringProduct, "multiply": ScoringProduct},
			bad:       []string{"sum"}})
	})
	t.Run("Acceptability", func(t *testing.T) {
		testEnum(t, enumCase[Acceptability]{values: AcceptabilityValues(), parse: ParseAcceptability,
			spellings: map[string]Acceptability{"May be accepted": MayBeAccepted, "must-be-reduced": MustBeReduced,
				"Reduce likelihood": ReduceLikelihood, "preventive measures": ReduceWithPreventiveMeasures},
			bad: []string{"reduce", "no"}})
	})
	t.Run("Category", func(t *testing.T) {
		testEnum(t, enumCase[Category]{values: CategoryValues(), parse: ParseCategory,
			spellings: map[string]Category{
				"Illegitimate access to personal data": IllegitimateAccess, "confidentiality": IllegitimateAccess,
				"Unwanted modification": UnwantedModification, "integrity": UnwantedModification,
				"Disappearance of data": Disappearance, "availability": Disappearance,
				"rights and freedoms":            RightsAndFreedoms,
				"Compliance and corporate risks": ComplianceAndCorporate, "corporate": ComplianceAndCorporate},
			bad: []string{"security", "access"}})
	})
	t.Run("Effect", func(t *testing.T) {
		testEnum(t, enumCase[Effect]{values: EffectValues(), parse: ParseEffect,
			spellings: map[string]Effect{"Eliminated": Eliminated, "reduced": Reduced, " Reduce ": Reduced,
				"Transferred": Transferred, "accepted": Accepted, "Tolerate": Accepted, "treat": Reduced,
				"terminate": Eliminated, "mitigated": Reduced},
			bad: []string{"Yes", "none"}})
	})
	t.Run("MeasureKind", func(t *testing.T) {
		testEnum(t, enumCase[MeasureKind]{values: MeasureKindValues(), parse: ParseMeasureKind,
			spellings: map[string]MeasureKind{"Technical": Technical, "organizational": Organisational,
				"Organisational measure": Organisational, "LEGAL": Legal, "contractual": Contractual},
			bad: []string{"technical and organisational", "physical"}})
	})
	t.Run("MeasureStatus", func(t *testing.T) {
		testEnum(t, enumCase[MeasureStatus]{values: MeasureStatusValues(), parse: ParseMeasureStatus,
			spellings: map[string]MeasureStatus{"Planned": Planned, "in progress": InProgress, "In-Progress": InProgress,
				"ongoing": InProgress, "Implemented": Implemented, "done": Implemented, "Completed": Implemented,
				"rejected": Rejected, "not started": Planned},
			bad: []string{"yes", "open"}})
	})
	t.Run("Approval", func(t *testing.T) {
		testEnum(t, enumCase[Approval]{values: ApprovalValues(), parse: ParseApproval,
			spellings: map[string]Approval{"Yes": ApprovalYes, "y": ApprovalYes, "approved": ApprovalYes,
				"no": ApprovalNo, "NO": ApprovalNo, "Not approved": ApprovalNo,
				"Undecided": ApprovalUndecided, "pending": ApprovalUndecided, "TBC": ApprovalUndecided},
			bad: []string{"maybe", "yes please"}})
	})
	t.Run("FineTier", func(t *testing.T) {
		testEnum(t, enumCase[FineTier]{values: FineTierValues(), parse: ParseFineTier,
			spellings: map[string]FineTier{"Standard": FineStandard, "Art. 83(4)": FineStandard, "83(4)": FineStandard,
				"article 83(5)": FineHigher, "higher": FineHigher, "Upper": FineHigher},
			bad: []string{"83(6)", "max"}})
	})
}

func TestApprovalKeysAreTheTemplateAnswers(t *testing.T) {
	assert.Equal(t, "yes", ApprovalYes.String())
	assert.Equal(t, "no", ApprovalNo.String())
	data, err := json.Marshal(Measure{Approved: ApprovalNo})
	require.NoError(t, err)
	assert.Contains(t, string(data), `"approved":"no"`)
}

func TestEnumUnmarshalErrorNamesInput(t *testing.T) {
	var e Effect
	err := json.Unmarshal([]byte(`"gone"`), &e)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `risk: "gone" is not an effect on risk`)
}

func TestCNILAcceptability(t *testing.T) {
	s := CNIL4x4().Severity
	l := CNIL4x4().Likelihood
	want := [4][4]Acceptability{ // [severity ordinal-1][likelihood ordinal-1]
		{MayBeAccepted, MayBeAccepted, ReduceLikelihood, ReduceLikelihood},
		{MayBeAccepted, MayBeAccepted, ReduceLikelihood, ReduceLikelihood},
		{ReduceWithPreventiveMeasures, ReduceWithPreventiveMeasures, MustBeReduced, MustBeReduced},
		{ReduceWithPreventiveMeasures, ReduceWithPreventiveMeasures, MustBeReduced, MustBeReduced},
	}
	for si := range 4 {
		for li := range 4 {
			got := CNILAcceptability(s.Levels[si], l.Levels[li])
			assert.Equal(t, want[si][li], got, "severity=%s likelihood=%s", s.Levels[si].Key, l.Levels[li].Key)
		}
	}
	assert.Equal(t, AcceptabilityUnknown, CNILAcceptability(Level{}, l.Levels[0]))
	assert.Equal(t, AcceptabilityUnknown, CNILAcceptability(s.Levels[0], Level{Ordinal: 5}))
}
