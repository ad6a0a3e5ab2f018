package moduletest_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sample() dpiakit.Findings {
	return dpiakit.Findings{
		{Rule: "RK001", Severity: dpiakit.SeverityError, Path: "risks[0].inherent.likelihood", Message: "bad level", Ref: "GDPR Art. 35(7)(c)"},
		{Rule: "LB015", Severity: dpiakit.SeverityWarning, Path: "basis", Message: "no LIA"},
		{Rule: "RK001", Severity: dpiakit.SeverityError, Path: "risks[1].inherent.severity", Message: "bad level"},
		{Rule: "XX000", Severity: dpiakit.SeverityInfo, Message: "note"},
	}
}

func TestFindingsFilters(t *testing.T) {
	fs := sample()
	assert.Len(t, fs.Errors(), 2)
	assert.Len(t, fs.Warnings(), 1)
	assert.Len(t, fs.ByRule("RK001"), 2)
	assert.Empty(t, fs.ByRule("NOPE"))
	assert.Equal(t, []string{"LB015", "RK001", "XX000"}, fs.Rules())
	assert.True(t, fs.HasErrors())
}

func TestFindingsErr(t *testing.T) {
	fs := sample()
	err := fs.Err()
	require.Error(t, err)
	assert.Equal(t,
		"error RK001 risks[0].inherent.likelihood: bad level (GDPR Art. 35(7)(c))\nerror RK001 risks[1].inherent.severity: bad level",
		err.Error())
	var back dpiakit.Findings
	require.ErrorAs(t, err, &back)
	assert.Len(t, back, 4)

	onlyWarnings := fs.Warnings()
	assert.NoError(t, onlyWarnings.Err())
	assert.False(t, onlyWarnings.HasErrors())
	assert.Equal(t, "warning LB015 basis: no LIA", onlyWarnings.Error())

	var none dpiakit.Findings
	assert.NoError(t, none.Err())
	assert.Equal(t, "dpiakit: no findings", none.Error())
	assert.Nil(t, none.Errors())
	assert.Nil(t, none.WithPrefix("x"))
}

func TestFindingsWithPrefix(t *testing.T) {
	fs := sample().WithPrefix("risks")
	assert.Equal(t, "risks.risks[0].inherent.likelihood", fs[0].Path)
	assert.Equal(t, "risks", fs[3].Path)
	orig := sample()
	assert.Equal(t, "risks[0].inherent.likelihood", orig[0].Path, "WithPrefix must not change its receiver")
}

func TestJoinPath(t *testing.T) {
	tests := []struct{ prefix, path, want string }{
		{"", "", ""},
		{"a", "", "a"},
		{"", "b", "b"},
		{"a", "b", "a.b"},
		{"a", "[2].b", "a[2].b"},
		{"necessity.claims[0]", "article9[1]", "necessity.claims[0].article9[1]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dpiakit.JoinPath(tt.prefix, tt.path), "%q + %q", tt.prefix, tt.path)
	}
	assert.Equal(t, "risks[3]", dpiakit.Index("risks", 3))
}

func TestFindingsSort(t *testing.T) {
	fs := sample().Sort()
	var paths []string
	for _, f := range fs {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"", "basis", "risks[0].inherent.likelihood", "risks[1].inherent.severity"}, paths)
}

func TestFindingJSON(t *testing.T) {
	b, err := json.Marshal(sample()[1])
	require.NoError(t, err)
	assert.JSONEq(t, `{"rule":"LB015","severity":"warning","path":"basis","message":"no LIA"}`, string(b))
	var f dpiakit.Finding
	require.NoError(t, json.Unmarshal(b, &f))
	assert.Equal(t, sample()[1], f)
	assert.Error(t, json.Unmarshal([]byte(`{"severity":"fatal"}`), &f))
	_, err = json.Marshal(dpiakit.Finding{Severity: dpiakit.Severity(9)})
	assert.Error(t, err)
}

func TestSeverity(t *testing.T) {
	for _, s := range dpiakit.Severities() {
		require.True(t, s.IsValid())
		got, err := dpiakit.ParseSeverity(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
	got, err := dpiakit.ParseSeverity(" WARN ")
	require.NoError(t, err)
	assert.Equal(t, dpiakit.SeverityWarning, got)
	_, err = dpiakit.ParseSeverity("fatal")
	assert.ErrorContains(t, err, `"fatal"`)
	assert.Equal(t, "unknown", dpiakit.Severity(42).String())
	assert.False(t, dpiakit.SeverityUnknown.IsValid())
}

func TestRuleFinding(t *testing.T) {
	r := dpiakit.Rule{ID: "LB001", Severity: dpiakit.SeverityError, Summary: "s", Ref: "GDPR Art. 9(1)"}
	f := r.Finding("article9", "msg")
	assert.Equal(t, dpiakit.Finding{Rule: "LB001", Severity: dpiakit.SeverityError, Path: "article9", Message: "msg", Ref: "GDPR Art. 9(1)"}, f)
}

func TestRegime(t *testing.T) {
	tests := []struct {
		in   string
		want dpiakit.Regime
	}{
		{"eu-gdpr", dpiakit.EUGDPR}, {"EU GDPR", dpiakit.EUGDPR}, {"GDPR", dpiakit.EUGDPR},
		{"uk-gdpr", dpiakit.UKGDPR}, {"UK-GDPR", dpiakit.UKGDPR}, {" uk gdpr ", dpiakit.UKGDPR}, {"UK", dpiakit.UKGDPR},
	}
	for _, tt := range tests {
		got, err := dpiakit.ParseRegime(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	_, err := dpiakit.ParseRegime("CCPA")
	assert.ErrorContains(t, err, `"CCPA"`)
	for _, r := range dpiakit.Regimes() {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back dpiakit.Regime
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	b, err := dpiakit.RegimeUnknown.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	_, err = dpiakit.Regime(7).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "GBP", dpiakit.UKGDPR.Currency())
	assert.Equal(t, "EUR", dpiakit.EUGDPR.Currency())
	assert.Empty(t, dpiakit.RegimeUnknown.Currency())
	assert.Equal(t, "the ICO", dpiakit.UKGDPR.Authority())
}

func TestDate(t *testing.T) {
	d, err := dpiakit.NewDate(2021, time.May, 6)
	require.NoError(t, err)
	assert.Equal(t, "2021-05-06", d.String())
	_, err = dpiakit.NewDate(2021, time.February, 30)
	assert.ErrorContains(t, err, "2021-02-30")
	_, err = dpiakit.NewDate(0, time.January, 1)
	assert.Error(t, err)

	p, err := dpiakit.ParseDate("2020-07-16")
	require.NoError(t, err)
	assert.True(t, p.Before(d))
	assert.True(t, d.After(p))
	assert.Equal(t, 0, d.Compare(d))
	assert.Equal(t, "2021-05-07", d.AddDays(1).String())
	assert.Equal(t, "2020-07-15", p.AddDays(-1).String())
	_, err = dpiakit.ParseDate("06.05.21")
	assert.ErrorContains(t, err, `"06.05.21"`)

	var zero dpiakit.Date
	assert.True(t, zero.IsZero())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	require.NoError(t, zero.UnmarshalText(nil))
	assert.True(t, zero.IsZero())
	_, err = dpiakit.Date{Year: 2021, Month: 13, Day: 1}.MarshalText()
	assert.Error(t, err)

	type doc struct {
		D dpiakit.Date `json:"d,omitzero"`
	}
	out, err := json.Marshal(doc{D: d})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2021-05-06"}`, string(out))
	out, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(out))
}

func TestDateStringOutOfRange(t *testing.T) {
	assert.Equal(t, "0001-01-01", dpiakit.Date{Year: 1, Month: 1, Day: 1}.String())
	assert.Equal(t, "9999-12-31", dpiakit.Date{Year: 9999, Month: 12, Day: 31}.String())
	assert.Equal(t, "12345-13-01", dpiakit.Date{Year: 12345, Month: 13, Day: 1}.String())
}
