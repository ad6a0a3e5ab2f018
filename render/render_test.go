package render

import (
	"bytes"
	"errors"
	"html"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

// TestZeroAndPartialAssessments renders the nil and zero assessments and,
// for each top-level part of the model, an assessment with only that part
// filled in: nothing panics, nothing fails, and every step is there with
// its empty answers marked.
func TestZeroAndPartialAssessments(t *testing.T) {
	cases := map[string]*dpia.Assessment{"nil": nil, "zero": {}}
	for i := range reflect.TypeFor[dpia.Assessment]().NumField() {
		name := reflect.TypeFor[dpia.Assessment]().Field(i).Name
		cases["only "+name] = filledAssessment(func(path string, n int) string { return "v" }, func(path string) bool {
			return path != "" && !strings.HasPrefix(path, "."+name)
		})
	}
	for name, a := range cases {
		t.Run(name, func(t *testing.T) {
			for _, opts := range []Options{{}, {PageSize: Letter, IncludeGuidance: true, IncludeFindings: true}} {
				page := renderHTML(t, a, opts)
				checkWellFormed(t, page)
				// Each part is there under the heading of the method in
				// force: the WP248 rev.01 Annex 2 criteria when the
				// document declares none and has neither the UK regime
				// nor the ICO's sign-off rows.
				heads := englishBuilder(t)
				heads.a = a
				if a == nil {
					heads.a = &dpia.Assessment{}
				}
				for _, s := range dpia.Values[dpia.Step]() {
					assert.Contains(t, page, html.EscapeString(heads.stepTitle(s)))
				}
			}
			pdf := renderPDF(t, a, Options{IncludeGuidance: true, IncludeFindings: true})
			assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")))
		})
	}
	page := renderHTML(t, nil, Options{})
	assert.Contains(t, page, `<p class="empty">Not answered</p>`)
	assert.Contains(t, page, "No risks recorded.")
}

// TestOutOfRangeEnums renders enums holding numbers no constant has: they
// print their type's "unknown" label, never panic.
func TestOutOfRangeEnums(t *testing.T) {
	a := filledAssessment(func(path string, n int) string { return "x" }, nil)
	setInts(reflect.ValueOf(a).Elem(), 97, 0)
	page := renderHTML(t, a, Options{})
	checkWellFormed(t, page)
	renderPDF(t, a, Options{})
}

// setInts sets every int of v to n.
func setInts(v reflect.Value, n int64, depth int) {
	if depth > 12 {
		return
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(n)
		}
	case reflect.Slice:
		for i := range v.Len() {
			setInts(v.Index(i), n, depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				setInts(v.Field(i), n, depth+1)
			}
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderErrors(t *testing.T) {
	a := loadSeed(t, "supportedliving")
	for name, render := range map[string]func(w *failingWriter, opts Options) error{
		"html": func(w *failingWriter, opts Options) error {
			if w == nil {
				return HTML(nil, a, &opts)
			}
			return HTML(w, a, &opts)
		},
		"pdf": func(w *failingWriter, opts Options) error {
			if w == nil {
				return PDF(nil, a, &opts)
			}
			return PDF(w, a, &opts)
		},
	} {
		t.Run(name, func(t *testing.T) {
			err := render(&failingWriter{}, Options{})
			require.Error(t, err)
			assert.ErrorContains(t, err, "disk full")
			assert.True(t, strings.HasPrefix(err.Error(), "render: "+name+": "), err.Error())

			assert.ErrorContains(t, render(nil, Options{}), "nil writer")
			assert.ErrorContains(t, render(&failingWriter{}, Options{PageSize: PageSize(9)}), "not a page size")
		})
	}
}

// TestDeterministic renders each seed twice, and on several goroutines at
// once: the bytes are the same every time.
func TestDeterministic(t *testing.T) {
	for _, name := range seedNames() {
		a := loadSeed(t, name)
		opts := Options{GeneratedOn: fixedDay(), IncludeFindings: true, Findings: a.Validate(dpiaOptions())}
		wantPDF, wantHTML := renderPDF(t, a, opts), renderHTML(t, a, opts)
		var wg sync.WaitGroup
		results := make([][2][]byte, 4)
		for i := range results {
			wg.Go(func() {
				var p, h bytes.Buffer
				if PDF(&p, a, &opts) == nil && HTML(&h, a, &opts) == nil {
					results[i] = [2][]byte{p.Bytes(), h.Bytes()}
				}
			})
		}
		wg.Wait()
		for _, r := range results {
			assert.True(t, bytes.Equal(wantPDF, r[0]), "%s: PDF differs between runs", name)
			assert.Equal(t, wantHTML, string(r[1]), "%s: HTML differs between runs", name)
		}
	}
}

// TestGeneratedOn prints the generation date only when given, and
// writes it as the PDF's creation date.
func TestGeneratedOn(t *testing.T) {
	a := loadSeed(t, "telehealth")
	without := renderHTML(t, a, Options{})
	assert.NotContains(t, without, "Generated on")
	with := renderHTML(t, a, Options{GeneratedOn: fixedDay()})
	assert.Contains(t, with, "<th scope=\"row\">Generated on</th><td>1 June 2024</td>")

	pdf := renderPDF(t, a, Options{GeneratedOn: fixedDay(), Uncompressed: true})
	assert.Contains(t, string(pdf), "/CreationDate (D:20240601000000")
	pdf = renderPDF(t, a, Options{Uncompressed: true})
	assert.Contains(t, string(pdf), "/CreationDate (D:19700101000000")
}

// TestTitleOverride replaces the title everywhere it is printed.
func TestTitleOverride(t *testing.T) {
	a := loadSeed(t, "telehealth")
	o := build(a, Options{Title: "Eastmoor video clinics"})
	assert.Equal(t, "Eastmoor video clinics", o.Title)
	assert.True(t, strings.HasPrefix(o.Header, "Eastmoor video clinics"))
	page := renderHTML(t, a, Options{Title: "Eastmoor video clinics"})
	assert.Contains(t, page, "<title>Eastmoor video clinics</title>")
	assert.Equal(t, defaultTitle, build(&dpia.Assessment{}, Options{}).Title)
}

// TestGuidanceOption shows the template's guidance only when asked.
func TestGuidanceOption(t *testing.T) {
	a := &dpia.Assessment{Need: dpia.Need{Questions: []dpia.Question{{Text: "Who uses it?", Guidance: "Name every team."}}}}
	assert.NotContains(t, renderHTML(t, a, Options{}), "Name every team.")
	assert.Contains(t, renderHTML(t, a, Options{IncludeGuidance: true}), "Guidance: Name every team.")
}

// TestFindingsAppendix lists the findings given, or says there are none.
func TestFindingsAppendix(t *testing.T) {
	a := loadSeed(t, "supportedliving")
	fs := a.Validate(dpiaOptions())
	require.NotEmpty(t, fs)
	page := renderHTML(t, a, Options{IncludeFindings: true, Findings: fs})
	assert.Contains(t, page, "Appendix A: Validation findings")
	for _, f := range fs {
		assert.Contains(t, page, "<td>"+f.Rule+"</td>")
	}
	assert.Contains(t, renderHTML(t, a, Options{IncludeFindings: true}), "Validation reported no findings.")
	assert.NotContains(t, renderHTML(t, a, Options{Findings: fs}), "Validation findings", "findings only when asked for")
}

// TestOpenItems marks what a template leaves open, inline and in an
// appendix, naming the party; an instance names the customer.
func TestOpenItems(t *testing.T) {
	tmpl := &dpia.Assessment{
		Title:      "Clinic video",
		AuthoredBy: dpia.PartyKindProcessor,
		Parties: dpia.Parties{
			Controller: dpia.Party{Name: "Vidacare Ltd"},
			Processors: []dpia.Processor{{Party: dpia.Party{Name: "Vidacare Ltd"}, Service: "video"}},
		},
		OpenItems: []dpia.OpenItem{
			{Path: "necessity.claims", Owner: dpia.PartyKindController, Label: "Lawful basis", Guidance: "Choose a basis."},
			{Path: "processing.scope.individuals", Owner: dpia.PartyKindProcessor, Label: "How many?", Guidance: "Per contract."},
		},
		Need: dpia.Need{Questions: []dpia.Question{{Text: "Which clinics?", Owner: dpia.PartyKindController}}},
	}
	o := build(tmpl, Options{})
	text := strings.Join(outlineText(o), "\n")
	assert.Contains(t, text, "To be completed by the controller", "a template does not name its customer")
	assert.Contains(t, text, "To be completed by Vidacare Ltd (processor)")
	assert.Contains(t, text, "Appendix A: Open items")
	assert.Contains(t, text, "Choose a basis.")

	inst, err := tmpl.Instantiate(dpia.Party{Name: "Eastmoor Community Health NHS Trust"}, &dpia.InstantiateOptions{ID: benchID(9, 1)})
	require.NoError(t, err)
	text = strings.Join(outlineText(build(inst, Options{})), "\n")
	assert.Contains(t, text, "To be completed by Eastmoor Community Health NHS Trust (controller)")
	assert.NotContains(t, text, "To be completed by the controller")

	done := *tmpl
	done.OpenItems = nil
	done.Need.Questions = nil
	assert.NotContains(t, strings.Join(outlineText(build(&done, Options{})), "\n"), "Open items")
}

// TestOwnedQuestionListsCoverModel checks that hasOwnedQuestion looks at
// every list of custom questions the model has: an owner set in any of
// them, or in a follow-up, is seen.
func TestOwnedQuestionListsCoverModel(t *testing.T) {
	lists := questionLists(reflect.TypeFor[dpia.Assessment](), nil, 0)
	require.GreaterOrEqual(t, len(lists), 12)
	for _, index := range lists {
		for _, q := range []dpia.Question{
			{Text: "owned", Owner: dpia.PartyKindController},
			{Text: "parent", Questions: []dpia.Question{{Text: "follow-up", Owner: dpia.PartyKindProcessor}}},
		} {
			a := &dpia.Assessment{}
			f, err := reflect.ValueOf(a).Elem().FieldByIndexErr(index)
			require.NoError(t, err)
			f.Set(reflect.ValueOf([]dpia.Question{{Text: "unowned"}, q}))
			assert.True(t, hasOwnedQuestion(a), "an owner set in the list at field index %v is not seen", index)
		}
	}
	assert.False(t, hasOwnedQuestion(&dpia.Assessment{Questions: []dpia.Question{{Text: "unowned"}}}))
}

// questionLists returns the field indexes of every []dpia.Question in t,
// following struct fields (the model keeps no question list inside
// another list except follow-ups).
func questionLists(t reflect.Type, prefix []int, depth int) [][]int {
	if depth > 8 || t.Kind() != reflect.Struct {
		return nil
	}
	var out [][]int
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		index := append(append([]int(nil), prefix...), i)
		switch {
		case f.Type == reflect.TypeFor[[]dpia.Question]():
			out = append(out, index)
		case f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[dpia.Question]():
			out = append(out, questionLists(f.Type, index, depth+1)...)
		}
	}
	return out
}
