package dpia

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// boundsDocument returns a document with the NHS 5x5 matrix, every level
// value of its likelihood scale written as value (JSON text).
func boundsDocument(t testing.TB, value string) string {
	t.Helper()
	a := &Assessment{Title: "Bounds", Risks: risk.Register{Matrix: risk.NHS5x5()}}
	var b bytes.Buffer
	require.NoError(t, Encode(&b, a))
	doc := b.String()
	levels := strings.Count(doc, `"value": `)
	require.Greater(t, levels, 5)
	for _, v := range []string{"1", "2", "3", "4", "5"} {
		doc = strings.Replace(doc, `"value": "`+v+`"`, `"value": `+value, 1)
	}
	return doc
}

// TestDecodeRefusesUnboundedDecimals checks that a decimal beyond risk's
// bounds, or whose JSON text is too long to parse cheaply, is a
// *DecodeError naming its path, and that decimals within the bounds, in
// any spelling, decode.
func TestDecodeRefusesUnboundedDecimals(t *testing.T) {
	const path = "risks.matrix.likelihood.levels[0].value"
	for _, tc := range []struct {
		name, value, want string
	}{
		{"exponent in a string", `"1e9999"`, "a decimal of magnitude 10^9999 or more; it must be below 10^30"},
		{"exponent as a number", `1e9999`, "a decimal of magnitude 10^9999 or more"},
		{"negative exponent", `"1e-9999"`, "digits after the point"},
		{"too many digits", `"1.` + strings.Repeat("3", 34) + `"`, "35 significant digits; at most 34"},
		{"1 MiB of digits", `"` + strings.Repeat("7", 1<<20-2) + `"`, "decimal of 1,048,576 bytes of JSON exceeds the limit of 124 (maxDecimalJSONBytes)"},
		{"long number", strings.Repeat("9", maxDecimalJSONBytes+1), "exceeds the limit of 124 (maxDecimalJSONBytes)"},
		{"long object", `{"a":"` + strings.Repeat("x", 200) + `"}`, "exceeds the limit of 124 (maxDecimalJSONBytes)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(boundsDocument(t, tc.value)), nil)
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, path, de.Path)
			assert.ErrorContains(t, err, tc.want)
		})
	}
	for _, tc := range []struct{ value, want string }{
		{`"2.50"`, "2.5"},
		{`2.5`, "2.5"},
		{`"25e-1"`, "2.5"},
		{`"-0.` + strings.Repeat("0", 29) + `1"`, "-0." + strings.Repeat("0", 29) + "1"},
		{`"` + strings.Repeat("9", 30) + `"`, strings.Repeat("9", 30)},
		{`"1.` + strings.Repeat("0", 60) + `"`, "1"},
	} {
		a, err := Decode(strings.NewReader(boundsDocument(t, tc.value)), nil)
		require.NoError(t, err, tc.value)
		got := a.Risks.Matrix.Likelihood.Levels[0].Value
		assert.Equal(t, tc.want, got.String(), tc.value)
		var b bytes.Buffer
		require.NoError(t, Encode(&b, a))
		assert.Contains(t, b.String(), `"value": "`+tc.want+`"`, "written in its plain form")
	}
}

// TestEncodeRefusesUnboundedDecimals checks that a decimal built in Go
// beyond risk's bounds makes Encode and Digest fail naming its path,
// writing nothing, and never expanding it.
func TestEncodeRefusesUnboundedDecimals(t *testing.T) {
	for _, d := range []decimal.Decimal{
		decimal.New(1, 9999),
		decimal.New(1, -9999),
		decimal.New(-7, 1<<30),
		decimal.RequireFromString("1." + strings.Repeat("1", 40)),
	} {
		a := &Assessment{Title: "Bounds", Risks: risk.Register{Matrix: risk.NHS5x5()}}
		for i := range a.Risks.Matrix.Likelihood.Levels {
			a.Risks.Matrix.Likelihood.Levels[i].Value = d
		}
		var b bytes.Buffer
		err := Encode(&b, a)
		require.Error(t, err)
		assert.True(t, strings.HasPrefix(err.Error(), "dpia: encode: risks.matrix.likelihood.levels[0].value: a decimal"), err.Error())
		assert.Zero(t, b.Len(), "nothing written")
		_, err = a.Digest()
		assert.ErrorContains(t, err, "risks.matrix.likelihood.levels[0].value: a decimal")

		allocated := testing.AllocsPerRun(3, func() { _ = Encode(&bytes.Buffer{}, a) })
		assert.Less(t, allocated, 200.0, "the decimal is refused before it is written out")
	}
	// A fine exposure, outside the matrix, is held to the same bounds.
	a := &Assessment{Title: "Bounds"}
	a.Risks.Matrix = risk.ICO3x3()
	b := boundsBand()
	b.Max = decimal.New(5, 400)
	a.Risks.Matrix.Bands = append(a.Risks.Matrix.Bands, b)
	err := Encode(&bytes.Buffer{}, a)
	assert.ErrorContains(t, err, "dpia: encode: risks.matrix.bands[0].max: a decimal of magnitude 10^400 or more")
}

// boundsBand is an ordinary band.
func boundsBand() risk.Band {
	return risk.Band{Min: decimal.NewFromInt(1), Max: decimal.NewFromInt(4), Overall: "low"}
}

// TestEncodeKeepsDecimalsWithinBounds checks that decimals within the
// bounds are written exactly as before: the JSON string of their String
// form, so that the canonical encoding and its digests do not change.
func TestEncodeKeepsDecimalsWithinBounds(t *testing.T) {
	for _, s := range []string{
		"0", "1", "-1", "2.5", "0.001", "-0." + strings.Repeat("0", 29) + "1",
		strings.Repeat("9", 30), strings.Repeat("1", 17) + "." + strings.Repeat("2", 17),
		"123456789012345678901234567890.5",
		"1234567890123456789012345678901", // 31 digits before the point: too many
	} {
		d := decimal.RequireFromString(s)
		a := &Assessment{Title: "Bounds", Risks: risk.Register{Matrix: risk.NHS5x5()}}
		a.Risks.Matrix.Likelihood.Levels[0].Value = d
		var b bytes.Buffer
		err := Encode(&b, a)
		if risk.CheckDecimal(d) != nil {
			require.Error(t, err, s)
			continue
		}
		require.NoError(t, err, s)
		want, err := d.MarshalJSON()
		require.NoError(t, err)
		assert.Contains(t, b.String(), `"value": `+string(want)+"\n", s)
	}
}

// TestSeedsEncodeUnchanged checks that the bounds leave ordinary
// documents alone: every seed decodes, and its encoding decodes back to
// the same bytes.
func TestSeedsEncodeUnchanged(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		a, err := Decode(bytes.NewReader(data), nil)
		require.NoError(t, err, p)
		var first, second bytes.Buffer
		require.NoError(t, Encode(&first, a), p)
		back, err := Decode(bytes.NewReader(first.Bytes()), nil)
		require.NoError(t, err, p)
		require.NoError(t, Encode(&second, back), p)
		assert.Equal(t, first.String(), second.String(), p)
		assert.NoError(t, a.CheckNesting(), p)
		assert.Empty(t, a.Validate(nil).ByRule(ruleQuestionTooDeep), p)
	}
}

// sharedQuestionGraph returns levels of questions in which every level
// is one slice of width questions, shared by every question of the level
// above: little memory, and width^levels questions once written out.
func sharedQuestionGraph(levels, width int) []Question {
	var below []Question
	for range levels {
		level := make([]Question, width)
		for i := range level {
			level[i] = Question{Text: "q", Questions: below}
		}
		below = level
	}
	return below
}

// TestQuestionCountBound checks the bound on the number of questions: a
// wide graph of shared slices, within the nesting bound, is refused by
// every function that walks it, which stop counting one question past
// MaxQuestionNodes rather than walk the whole graph.
func TestQuestionCountBound(t *testing.T) {
	require.Equal(t, 5_592_405, MaxQuestionNodes)
	graph := sharedQuestionGraph(22, 2) // 2^23 - 2 questions written out
	a := &Assessment{Title: "Shared", Questions: graph}

	c := questionCounter{max: MaxQuestionNodes}
	require.True(t, c.outOfBounds(a))
	assert.Equal(t, MaxQuestionNodes+1, c.n, "the count stops one past the bound")
	small := questionCounter{max: 1000}
	require.True(t, small.outOfBounds(a))
	assert.Equal(t, 1001, small.n)

	err := a.CheckNesting()
	var ne *NestingError
	require.ErrorAs(t, err, &ne)
	assert.Equal(t, MaxQuestionNodes, ne.Count)
	assert.True(t, strings.HasPrefix(ne.Path, "questions["), ne.Path)
	assert.NoError(t, checkPath(ne.Path))
	assert.ErrorContains(t, err, "a custom question past the first 5,592,405 of the assessment; a document holds at most 5,592,405 custom questions (MaxQuestionNodes)")

	var b bytes.Buffer
	err = Encode(&b, a)
	require.ErrorAs(t, err, &ne)
	assert.True(t, strings.HasPrefix(err.Error(), "dpia: encode: "+ne.Path+": a custom question past the first"), err.Error())
	assert.Zero(t, b.Len())
	_, err = a.Digest()
	assert.ErrorAs(t, err, &ne)
	_, err = a.Completeness()
	assert.ErrorAs(t, err, &ne)
	tpl := smallTemplate()
	tpl.Questions = graph
	_, err = tpl.Instantiate(Party{Name: "Eastmoor Surgery"}, &InstantiateOptions{ID: instanceID})
	assert.ErrorAs(t, err, &ne)
	approved := approvedAssessment(t)
	approved.Questions = graph
	_, err = approved.Revise(Revision{Version: "2.0", Date: sgDay(2023, 1, 1)})
	assert.ErrorAs(t, err, &ne)
	assert.Equal(t, StatusApproved, approved.Status, "a failed revision changes nothing")

	fs := a.Validate(nil).ByRule(ruleQuestionTooDeep)
	require.Len(t, fs, 1)
	assert.Equal(t, ne.Path, fs[0].Path)
	assert.Equal(t, dpiakit.SeverityError, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "past the first 5,592,405")
}

// TestQuestionCountPath checks which question the count names: the first
// past the bound in document order, a shared slice counted for each of
// its parents; and that one fewer question is fine.
func TestQuestionCountPath(t *testing.T) {
	follow := make([]Question, 55)
	top := make([]Question, 100_000)
	for i := range top {
		top[i].Questions = follow
	}
	// Each top question and its follow-ups are 56 questions: the bound
	// is passed at the 22nd of the block of questions[99864].
	a := &Assessment{Questions: top}
	var ne *NestingError
	require.ErrorAs(t, a.CheckNesting(), &ne)
	assert.Equal(t, "questions[99864].questions[20]", ne.Path)
	assert.Equal(t, 2, ne.Depth)

	// Exactly MaxQuestionNodes questions: 99,864 blocks and 21 more.
	fit := &Assessment{Questions: append(top[:99_864:99_864], Question{Questions: follow[:20]})}
	assert.NoError(t, fit.CheckNesting())
	assert.Empty(t, fit.Validate(nil).ByRule(ruleQuestionTooDeep))
	fit.Questions = append(fit.Questions, Question{})
	require.ErrorAs(t, fit.CheckNesting(), &ne)
	assert.Equal(t, "questions[99865]", ne.Path)
}

// TestRaisedLimitsDecodeWhatEncodeRefuses checks that questions which
// only raised limits let Decode return are refused by Encode and reported
// by Validate, and that the default limits never return one.
func TestRaisedLimitsDecodeWhatEncodeRefuses(t *testing.T) {
	doc := `{"schema":"` + SchemaVersion + `","questions":` +
		strings.Repeat(`[{"text":"q","questions":`, 40) + "[]" + strings.Repeat("}]", 40) + "}"
	a, err := Decode(strings.NewReader(doc), &DecodeOptions{MaxDepth: 200})
	require.NoError(t, err)
	want := "questions[0]" + strings.Repeat(".questions[0]", 31)
	var ne *NestingError
	require.ErrorAs(t, Encode(&bytes.Buffer{}, a), &ne)
	assert.Equal(t, want, ne.Path)
	fs := a.Validate(nil).ByRule(ruleQuestionTooDeep)
	require.Len(t, fs, 1)
	assert.Equal(t, want, fs[0].Path)

	_, err = Decode(strings.NewReader(doc), nil)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	assert.ErrorContains(t, err, "nesting deeper than 64 levels (DecodeOptions.MaxDepth)")
}

// boundsDateDocument returns a document whose date is the JSON string s.
func boundsDateDocument(s string) string {
	return `{"schema":"` + SchemaVersion + `","title":"Dates","date":` + s + `}`
}

// TestDateSpellings checks every spelling of a date that Decode's
// documentation lists, both ways: the accepted ones decode, and encode
// back as "YYYY-MM-DD"; the others are *DecodeErrors naming the path.
func TestDateSpellings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`"2024-02-29"`, "2024-02-29"},
		{`"0001-01-01"`, "0001-01-01"},
		{`"9999-12-31"`, "9999-12-31"},
		{`" 2022-03-31 "`, "2022-03-31"},
		{`"\t2022-03-31\n"`, "2022-03-31"},
	} {
		a, err := Decode(strings.NewReader(boundsDateDocument(tc.in)), nil)
		require.NoError(t, err, tc.in)
		var b bytes.Buffer
		require.NoError(t, Encode(&b, a), tc.in)
		assert.Contains(t, b.String(), `"date": "`+tc.want+`"`)
		_, err = a.Digest()
		assert.NoError(t, err)
	}
	for _, in := range []string{
		`"0000-01-01"`, `"0000-12-31"`, `"2023-02-29"`, `"2024-2-29"`, `"24-02-29"`, `"29/02/2024"`,
		`"2024-02-29T00:00:00Z"`, `"+2024-02-29"`, `"-0001-01-01"`, `"10000-01-01"`, `"2024-13-01"`,
		`"2024-02-29\u0000"`, `"2024\u200b-02-29"`, `"２０２４-02-29"`, `"2024-02-00"`,
	} {
		_, err := Decode(strings.NewReader(boundsDateDocument(in)), nil)
		var de *DecodeError
		require.ErrorAs(t, err, &de, in)
		assert.Equal(t, "date", de.Path, in)
	}
	// A date built in Go that no document can hold is refused by Encode.
	a := &Assessment{Title: "Dates", Date: dpiakit.Date{Year: 0, Month: 1, Day: 1}}
	assert.ErrorContains(t, Encode(&bytes.Buffer{}, a), "dpia: encode: date: dpiakit: 0000-01-01 is not a calendar date")
}

// TestEnumSpellings checks every kind of spelling of an enum that
// Decode's documentation lists, both ways, through ParseYesNo and
// through Decode.
func TestEnumSpellings(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want YesNo
	}{
		{"yes", YesNoYes}, {"Yes", YesNoYes}, {"YES", YesNoYes}, {" yes ", YesNoYes}, {"yes\n", YesNoYes}, {"Y", YesNoYes}, {"true", YesNoYes},
		{"not_applicable", YesNoNotApplicable}, {"Not applicable", YesNoNotApplicable}, {"NOT-APPLICABLE", YesNoNotApplicable},
		{"N/A", YesNoNotApplicable}, {"n.a.", YesNoNotApplicable}, {"not\u00a0applicable", YesNoNotApplicable},
		{"no", YesNoNo}, {"No!", YesNoNo},
	} {
		got, err := Parse[YesNo](tc.in)
		require.NoError(t, err, "%q", tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
	for _, in := range []string{
		"ye\u200bs", "yes\u0000", "\u0000yes", "y\tes", "ye\u0301s", "y\u00e9s", "\uff59\uff45\uff53", "ye\u00ads",
		"\u202eyes", "yes\ufeff", "yes\x7f", "\xffyes", "n\u200d/a", "\u212a", "ye\u2028s", "", "  ", "maybe",
	} {
		got, err := Parse[YesNo](in)
		assert.Error(t, err, "%q", in)
		assert.Empty(t, got, "%q", in)
	}
	for _, tc := range []struct {
		in   string
		want CertificationScheme
	}{
		{"Data Security & Protection Toolkit", CertificationSchemeDSPT}, {"CE+", CertificationSchemeCyberEssentialsPlus}, {"ISO/IEC 27001", CertificationSchemeISO27001},
		{"Cyber\u00a0Essentials Plus", CertificationSchemeCyberEssentialsPlus},
	} {
		got, err := Parse[CertificationScheme](tc.in)
		require.NoError(t, err, "%q", tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
	for _, in := range []string{"CE\u200b+", "ISO\u2215IEC 27001", "Cyber Essentials\u00a0\u0301Plus"} {
		_, err := Parse[CertificationScheme](in)
		assert.Error(t, err, "%q", in)
	}
	_, err := Parse[YesNo]("ye\u200bs")
	assert.EqualError(t, err, `dpia: "ye\u200bs" is not a yes/no answer: character U+200B may not appear in one`)
	_, err = lawfulbasis.ParseCountry("G\u200bB")
	assert.ErrorContains(t, err, "character U+200B may not appear in one")
	c, err := lawfulbasis.ParseCountry("united\u00a0kingdom")
	require.NoError(t, err)
	assert.Equal(t, lawfulbasis.Country("GB"), c)

	field := func(s string) string {
		return `{"schema":"` + SchemaVersion + `","inventory":{"transfers_declared":` + s + `}}`
	}
	for _, in := range []string{`"ye\u200bs"`, `"yes\u0000"`, `"ye\u0301s"`, `"yes\u001f"`} {
		_, err := Decode(strings.NewReader(field(in)), nil)
		var de *DecodeError
		require.ErrorAs(t, err, &de, in)
		assert.Equal(t, "inventory.transfers_declared", de.Path, in)
		assert.ErrorContains(t, err, "may not appear in")
	}
	_, err = Decode(strings.NewReader(field(`"ye\u200bs"`)), nil)
	assert.EqualError(t, err, `dpia: decode: inventory.transfers_declared: "ye\u200bs" is not a yes/no answer: character U+200B may not appear in one`)

	// The enums of the other packages, whose parsers drop punctuation
	// too, refuse such characters themselves, and Decode names the path.
	for _, tc := range []struct{ doc, path string }{
		{`"necessity":{"claims":[{"purpose":"care","basis":"6(1)(a)\u0000"}]}`, "necessity.claims[0].basis"},
		{`"necessity":{"claims":[{"purpose":"care","basis":"6(1)\u200b(a)"}]}`, "necessity.claims[0].basis"},
		{`"necessity":{"claims":[{"purpose":"care","article9":["9(2)\u202e(h)"]}]}`, "necessity.claims[0].article9[0]"},
		{`"regime":"uk-gdpr\u00ad"`, "regime"},
		{`"inventory":{"flows":[{"locations":[{"country":"G\u200bB"}]}]}`, "inventory.flows[0].locations[0].country"},
	} {
		_, err := Decode(strings.NewReader(`{"schema":"`+SchemaVersion+`",`+tc.doc+`}`), nil)
		var de *DecodeError
		require.ErrorAs(t, err, &de, tc.doc)
		assert.Equal(t, tc.path, de.Path, tc.doc)
		assert.Regexp(t, `U\+(0000|200B|202E|00AD)|may not appear|is not a regime`, err.Error(), tc.doc)
	}
	a, err := Decode(strings.NewReader(`{"schema":"`+SchemaVersion+`","regime":" UK GDPR\n",`+
		`"necessity":{"claims":[{"purpose":"care","basis":"Article 6(1)(a)"}]}}`), nil)

	require.NoError(t, err, "white space around a value, and punctuation within it, are spellings")
	assert.Equal(t, dpiakit.UKGDPR, a.Regime)
	for _, in := range []string{`"yes"`, `"Yes"`, `" YES "`, `"y"`} {
		a, err := Decode(strings.NewReader(field(in)), nil)
		require.NoError(t, err, in)
		assert.Equal(t, YesNoYes, a.Inventory.TransfersDeclared, in)
	}
}

// TestUUIDSpellings checks every spelling of a uuid that Decode's
// documentation lists, both ways; all are written back in lower case
// with hyphens.
func TestUUIDSpellings(t *testing.T) {
	const canonical = "5f0c3f1e-6a7b-4c1d-9e2f-3a4b5c6d7e8f"
	want := uuid.MustParse(canonical)
	doc := func(s string) string {
		return `{"schema":"` + SchemaVersion + `","id":"` + s + `"}`
	}
	for _, in := range []string{
		canonical,
		strings.ToUpper(canonical),
		"{" + canonical + "}",
		"urn:uuid:" + canonical,
		"URN:UUID:" + strings.ToUpper(canonical),
		strings.ReplaceAll(canonical, "-", ""),
	} {
		a, err := Decode(strings.NewReader(doc(in)), nil)
		require.NoError(t, err, in)
		assert.Equal(t, want, a.ID, in)
		var b bytes.Buffer
		require.NoError(t, Encode(&b, a))
		assert.Contains(t, b.String(), `"id": "`+canonical+`"`)
	}
	for _, in := range []string{
		" " + canonical, canonical + " ", canonical + `\u0000`, canonical[:35], canonical + "0",
		strings.Replace(canonical, "-", `\u200b`, 1), strings.Replace(canonical, "5", "g", 1),
		"(" + canonical + ")", `\u0000` + canonical[1:] + `\u0000`, "{" + canonical + ")", "URN:UUID:" + canonical + "x", "",
	} {
		_, err := Decode(strings.NewReader(doc(in)), nil)
		var de *DecodeError
		require.ErrorAs(t, err, &de, in)
		assert.Equal(t, "id", de.Path, in)
	}
}

// TestDecodeErrorsForAttackInputs runs the attack documents of the fuzz
// corpus as regression tests: each is refused with a *DecodeError.
func TestDecodeErrorsForAttackInputs(t *testing.T) {
	for _, name := range []string{"decimal-exponent", "date-year-zero", "enum-zero-width", "enum-nul"} {
		data, err := os.ReadFile(filepath.Join("testdata", "fuzz", "FuzzDecode", name))
		require.NoError(t, err)
		doc := corpusBytes(t, data)
		_, err = Decode(bytes.NewReader(doc), nil)
		var de *DecodeError
		assert.True(t, errors.As(err, &de), "%s: %v", name, err)
	}
}

// corpusBytes returns the one []byte value of a file of Go's fuzz corpus
// format.
func corpusBytes(t *testing.T, file []byte) []byte {
	t.Helper()
	header, value, ok := bytes.Cut(file, []byte("\n"))
	require.True(t, ok)
	require.Equal(t, "go test fuzz v1", string(header))
	quoted, ok := strings.CutPrefix(strings.TrimSpace(string(value)), "[]byte(")
	require.True(t, ok)
	s, err := strconv.Unquote(strings.TrimSuffix(quoted, ")"))
	require.NoError(t, err)
	return []byte(s)
}

// BenchmarkHostileSharedQuestions times the functions that refuse 22
// levels of shared two-question slices (2^23 - 2 questions written
// out): each stops one question past MaxQuestionNodes, so each costs a
// walk of about 5.6 million questions, whatever the depth of sharing.
func BenchmarkHostileSharedQuestions(b *testing.B) {
	a := &Assessment{Title: "Shared", Questions: sharedQuestionGraph(22, 2)}
	for _, tc := range []struct {
		name string
		run  func() error
	}{
		{"CheckNesting", a.CheckNesting},
		{"Encode", func() error { return Encode(&bytes.Buffer{}, a) }},
		{"Digest", func() error { _, err := a.Digest(); return err }},
		{"Validate", func() error { return a.Validate(nil).Err() }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if tc.run() == nil {
					b.Fatal("the shared graph is accepted")
				}
			}
		})
	}
}

// BenchmarkHostileDecimals times the refusal of "1e9999" in every level
// value of a document, and of the same decimals built in Go.
func BenchmarkHostileDecimals(b *testing.B) {
	doc := boundsDocument(b, `"1e9999"`)
	b.Run("Decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(doc)))
		for b.Loop() {
			if _, err := Decode(strings.NewReader(doc), nil); err == nil {
				b.Fatal("accepted")
			}
		}
	})
	a := &Assessment{Title: "Bounds", Risks: risk.Register{Matrix: risk.NHS5x5()}}
	for i := range a.Risks.Matrix.Likelihood.Levels {
		a.Risks.Matrix.Likelihood.Levels[i].Value = decimal.New(1, 9999)
	}
	b.Run("Encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if Encode(&bytes.Buffer{}, a) == nil {
				b.Fatal("accepted")
			}
		}
	})
}
