package render

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// crossReferenced returns an assessment whose lists cite each other: n
// purposes, subject groups, systems, data items, processors (each but
// the first a sub-processor of the one before) and risks, with one data
// item and one flow citing every purpose and subject group, a retention
// rule citing every data item, and an action citing every risk by its
// reference in lower case.
func crossReferenced(n int) *dpia.Assessment {
	a := &dpia.Assessment{}
	purposeIDs, subjectIDs, itemKeys, riskRefs := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	a.Processing.Purposes = make([]dpia.Purpose, n)
	a.Inventory.Subjects = make([]dpia.SubjectGroup, n)
	a.Inventory.Systems = make([]dpia.System, n)
	a.Inventory.Items = make([]dpia.DataItem, n)
	a.Parties.Processors = make([]dpia.Processor, n)
	a.Risks.Risks = make([]risk.Risk, n)
	for i := range n {
		num := strconv.Itoa(i + 1)
		purposeIDs[i], subjectIDs[i], itemKeys[i], riskRefs[i] = "p-"+num, "s-"+num, "k-"+num, "r-"+num
		a.Processing.Purposes[i] = dpia.Purpose{ID: purposeIDs[i], Name: "Purpose " + num}
		a.Inventory.Subjects[i] = dpia.SubjectGroup{ID: subjectIDs[i], Name: "Group " + num}
		a.Inventory.Systems[i] = dpia.System{ID: "sys-" + num, Name: "System " + num, Supplier: "proc-" + num}
		a.Inventory.Items[i] = dpia.DataItem{Key: itemKeys[i], Name: "Item " + num}
		proc := dpia.Processor{Party: dpia.Party{Name: "Processor " + num, ID: "proc-" + num}}
		if i > 0 {
			proc.Kind, proc.Parent = dpia.ProcessorKindSub, "proc-"+strconv.Itoa(i)
		}
		a.Parties.Processors[i] = proc
		a.Risks.Risks[i] = risk.Risk{ID: benchID(3, i), Reference: "R-" + num, Title: "Risk " + num}
	}
	a.Inventory.Items[0].PurposeRefs = purposeIDs
	a.Inventory.Items[0].Subjects = subjectIDs
	a.Inventory.Flows = []dpia.DataFlow{{Category: "Everything", PurposeRefs: purposeIDs, Subjects: subjectIDs, System: "sys-" + strconv.Itoa(n)}}
	a.Inventory.Retention = []dpia.RetentionRule{{Data: "All items", Items: itemKeys}}
	a.ActionPlan = []dpia.Action{{ID: "A1", Action: "Review every risk", RiskRefs: riskRefs}}
	return a
}

// buildWork builds the outline of a and returns the steps its lookups
// took and the bytes it allocated.
func buildWork(a *dpia.Assessment) (o *outline, steps int, allocated uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b := &builder{}
	o = buildWith(b, a, Options{})
	runtime.ReadMemStats(&after)
	return o, b.look.steps, after.TotalAlloc - before.TotalAlloc
}

// TestCrossReferencesLinear renders lists that cite each other at two
// sizes, ten times apart: the lookups take at most a few steps per entry
// and per citation, and the work and the memory grow ten times, not a
// hundred. Before the lists were indexed, 100,000 purposes and one item
// citing them all took 10^10 comparisons.
func TestCrossReferencesLinear(t *testing.T) {
	n := 2_000
	if lighter() {
		n = 500
	}
	small, smallSteps, smallBytes := buildWork(crossReferenced(n))
	large, largeSteps, largeBytes := buildWork(crossReferenced(10 * n))
	t.Logf("n=%d: %d steps, %d bytes; n=%d: %d steps, %d bytes", n, smallSteps, smallBytes, 10*n, largeSteps, largeBytes)
	assert.LessOrEqual(t, smallSteps, 16*n, "a few steps per entry and per citation")
	assert.LessOrEqual(t, largeSteps, 10*smallSteps+100, "steps grow linearly")
	assert.Less(t, float64(largeBytes), 15*float64(smallBytes), "memory grows linearly")

	for _, c := range []struct {
		o *outline
		n int
	}{{small, n}, {large, 10 * n}} {
		text := strings.Join(outlineText(c.o), "\n")
		last := strconv.Itoa(c.n)
		assert.Contains(t, text, "Purposes: Purpose 1; Purpose 2; ")
		assert.Contains(t, text, "; Purpose "+last+"\n")
		assert.Contains(t, text, "Subjects: Group 1; ")
		assert.Contains(t, text, "Items: Item 1; ")
		assert.Contains(t, text, "System "+last+"\n")
		assert.Contains(t, text, "Processor 2 (sub-processor of Processor 1)")
		assert.Contains(t, text, "Risks: R-1, R-2, ", "references found whatever their case")
		assert.Contains(t, text, ", R-"+last+"\n")
	}
}

// TestLookupsKeepFirstMatch checks that the indexes find what the linear
// searches they replace found: the first entry with the id (with a name,
// where the search asked for one), risks by ID or by reference under
// Unicode case folding.
func TestLookupsKeepFirstMatch(t *testing.T) {
	a := &dpia.Assessment{}
	a.Processing.Purposes = []dpia.Purpose{{ID: "p", Name: " "}, {ID: "p", Name: "Second"}, {ID: "p", Name: "Third"}}
	a.Parties.Processors = []dpia.Processor{{Party: dpia.Party{ID: "x"}}, {Party: dpia.Party{ID: "x", Name: "Later"}}}
	id := uuid.MustParse("6f1c8a52-3d55-4f5e-9b4c-1f0c2b9e7a10")
	a.Risks.Risks = []risk.Risk{{Reference: "Ka"}, {ID: id}, {Reference: "ka"}}
	b := &builder{a: a, look: newLookups(a)}
	assert.Equal(t, "Purposes: Second; q", b.purposeNames([]string{"p", "q"}))
	assert.Equal(t, "x", b.processorName("x"), "the first processor with the ID has no name")
	assert.Equal(t, 0, b.look.risk("\u212Aa"), "the Kelvin sign folds to k")
	assert.Equal(t, 0, b.look.risk("KA"))
	assert.Equal(t, 1, b.look.risk(id.String()))
	assert.Equal(t, -1, b.look.risk(strings.ToUpper(id.String())), "an ID matches only as written by uuid")
	assert.Equal(t, -1, b.look.risk("urn:uuid:"+id.String()))
	assert.Equal(t, -1, b.look.risk("k"))

	for _, pair := range [][2]string{{"Straße", "STRASSE"}, {"ǅ", "ǆ"}, {"ſ", "S"}, {"Σ", "ς"}, {"\xff", "\xfe"}, {"a\xffB", "A\uFFFDb"}, {"", ""}, {"İ", "i"}} {
		assert.Equal(t, strings.EqualFold(pair[0], pair[1]), foldKey(pair[0]) == foldKey(pair[1]), "%q %q", pair[0], pair[1])
	}
}

// Memory bounds of the renderers, stated in the package documentation:
// rendering a document allocates in all at most maxAllocPerJSONByte
// bytes per byte of its JSON (questionsAllocPerJSONByte for a document of
// custom questions, the only part of a document that can fill the
// decoder's 16 MiB), plus, for PDF, at most maxAllocPerPage per page
// drawn and renderFixedAlloc for the fonts and the page template. What
// is allocated in all bounds the peak of the heap.
const (
	maxAllocPerJSONByte       = 192
	questionsAllocPerJSONByte = 64
	maxAllocPerPage           = 512 << 10
	renderFixedAlloc          = 16 << 20
	// maxHTMLPerJSONByte bounds the size of the page per byte of JSON.
	maxHTMLPerJSONByte = 96
)

// emptyQuestionsJSON returns a document of about size bytes made of empty
// custom questions, "{}", as many as the decoder's list limit allows in a
// list, nested one level under questions of the top list.
func emptyQuestionsJSON(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"schema":"dpiakit.dpia/v1","questions":[`)
	for outer := 0; b.Len() < size-100; outer++ {
		if outer > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"questions":[{}`)
		for i := 1; i < 90_000 && b.Len() < size-100; i++ {
			b.WriteString(",{}")
		}
		b.WriteString(`]}`)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// emptyListJSON returns a document whose list at path (a JSON object
// with a %s where the list's elements go) holds n empty objects.
func emptyListJSON(path string, n int) []byte {
	items := strings.TrimSuffix(strings.Repeat("{},", n), ",")
	return []byte(`{"schema":"dpiakit.dpia/v1",` + strings.TrimPrefix(fmt.Sprintf(path, items), "{"))
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHostileRenderMemory renders documents made of empty entries, the
// most output and memory per byte of JSON a document can ask for, and
// checks the memory bounds above and the size of the page. A document of
// 16 MiB of empty custom questions allocated 5.9 GB before (some 370
// bytes per byte).
func TestHostileRenderMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes what is allocated")
	}
	questions, list := 4<<20, 100_000
	if testing.Short() {
		questions, list = 1<<20, 10_000
	}
	docs := []struct {
		name     string
		json     []byte
		multiple uint64
	}{{"questions", emptyQuestionsJSON(questions), questionsAllocPerJSONByte}}
	for _, path := range []string{
		`{"parties":{"processors":[%s]}}`, `{"parties":{"joint_controllers":[%s]}}`, `{"parties":{"roles":[%s]}}`,
		`{"processing":{"purposes":[%s]}}`, `{"inventory":{"items":[%s]}}`, `{"inventory":{"flows":[%s]}}`,
		`{"inventory":{"subjects":[%s]}}`, `{"inventory":{"retention":[%s]}}`, `{"inventory":{"transfers":[%s]}}`,
		`{"risks":{"risks":[%s]}}`, `{"risks":{"measures":[%s]}}`, `{"necessity":{"rights":[%s]}}`,
		`{"necessity":{"candidate_claims":[%s]}}`, `{"sign_off":{"steps":[%s]}}`, `{"outstanding_risks":[%s]}`,
		`{"attachments":[%s]}`, `{"open_items":[%s]}`, `{"action_plan":[%s]}`, `{"revisions":[%s]}`,
		`{"consultation":{"stakeholders":[%s]}}`,
	} {
		docs = append(docs, struct {
			name     string
			json     []byte
			multiple uint64
		}{strings.Trim(strings.NewReplacer(`"`, "", "[%s]", "", "{", "", "}", "", ":", ".").Replace(path), "."), emptyListJSON(path, list), maxAllocPerJSONByte})
	}
	const pages = 20
	opts := Options{Limits: Limits{MaxPages: pages}}
	for _, doc := range docs {
		t.Run(doc.name, func(t *testing.T) {
			a, err := dpia.Decode(bytes.NewReader(doc.json), nil)
			require.NoError(t, err)
			size := uint64(len(doc.json))
			var page countingWriter
			htmlBytes := allocated(func() { require.NoError(t, HTML(&page, a, &opts)) })
			pdfBytes := allocated(func() {
				if err := PDF(io.Discard, a, &opts); err != nil && !errors.Is(err, ErrLimit) {
					t.Error(err)
				}
			})
			t.Logf("%d bytes of JSON: HTML allocates %.0fx, writes %.0fx; PDF allocates %.0fx",
				size, float64(htmlBytes)/float64(size), float64(page)/float64(size), float64(pdfBytes)/float64(size))
			assert.LessOrEqual(t, htmlBytes, doc.multiple*size+renderFixedAlloc, "HTML allocations")
			assert.LessOrEqual(t, pdfBytes, doc.multiple*size+pages*maxAllocPerPage+renderFixedAlloc, "PDF allocations")
			assert.LessOrEqual(t, uint64(page), maxHTMLPerJSONByte*size+64<<10, "page size")
		})
	}
}

// TestHostileMatrixNotDrawn renders a 3,000 × 3,000 matrix, beyond the
// risk package's limits: no heat map is drawn, so the page stays small
// (it was 720 MB).
func TestHostileMatrixNotDrawn(t *testing.T) {
	n := 3_000
	if lighter() {
		n = 400
	}
	m := risk.Matrix{Name: "Huge", Scoring: risk.ScoringLookup}
	for _, sc := range []*risk.Scale{&m.Likelihood, &m.Severity, &m.Overall} {
		for i := range n {
			sc.Levels = append(sc.Levels, risk.Level{Key: "l" + strconv.Itoa(i), Ordinal: i + 1})
		}
	}
	a := &dpia.Assessment{}
	a.Risks.Matrix = m
	a.Risks.Risks = []risk.Risk{{Reference: "R1", Inherent: risk.Rating{Likelihood: "l1", Severity: "l2", Overall: "l3"}}}
	var page countingWriter
	require.NoError(t, HTML(&page, a, nil))
	assert.Less(t, int(page), 1<<20, "no grid of n × n cells")
	text := strings.Join(outlineText(build(a, Options{})), "\n")
	assert.Contains(t, text, "No heat map: the register has no valid risk matrix.")
	assert.NoError(t, PDF(io.Discard, a, nil))

	a.Risks.Matrix = risk.ICO3x3()
	text = strings.Join(outlineText(build(a, Options{})), "\n")
	assert.NotContains(t, text, "No heat map", "an ordinary matrix is drawn")
}

// TestHostileOverPageLimit checks that a document ten times the page
// limit is refused, writing nothing, whether made of a table or of
// paragraphs.
func TestHostileOverPageLimit(t *testing.T) {
	limits := Limits{MaxPages: 40}
	for name, a := range map[string]*dpia.Assessment{
		"table":     ratedRisks(t, 10*13*limits.MaxPages),
		"questions": answeredQuestions(10 * 6 * limits.MaxPages),
		"headings":  {Parties: dpia.Parties{Processors: make([]dpia.Processor, 10*60*limits.MaxPages)}},
	} {
		var pdf bytes.Buffer
		err := PDF(&pdf, a, &Options{Limits: limits})
		var le *LimitError
		require.ErrorAs(t, err, &le, name)
		assert.Equal(t, LimitError{Limit: "MaxPages", Max: limits.MaxPages}, *le, name)
		assert.Zero(t, pdf.Len(), name)
	}
}

// TestUserInfoLinks checks that an address whose text names one host but
// leads to another is not linked, and that both renderers say where it
// leads; an ordinary address stays linked.
func TestUserInfoLinks(t *testing.T) {
	const trick = "https://www.nhs.uk@evil.example/records"
	a := &dpia.Assessment{
		Parties: dpia.Parties{Controller: dpia.Party{Name: "Eastmoor Trust", Website: trick}},
		Attachments: []dpia.Link{
			{Title: "Trick", URL: "http://user:pass@www.gov.uk:8080@evil.example/"},
			{Title: "Backslash", URL: `https://www.nhs.uk\@evil.example/`},
			{Title: "Override", URL: "https://evil.example/\u202Ekoobecaf.www//:sptth"},
			{Title: "Ordinary", URL: "https://www.nhs.uk/conditions/"},
		},
	}
	note := trick + " (not linked: this address leads to evil.example; “www.nhs.uk” before the “@” is a user name, not the site)"
	page := renderHTML(t, a, Options{})
	assert.Contains(t, page, `<td>`+note+`</td>`)
	assert.Contains(t, page, `<td>http://user:pass@www.gov.uk:8080@evil.example/ (not linked: this address leads to evil.example; “user:pass@www.gov.uk:8080” before the “@” is a user name, not the site)</td>`)
	assert.Contains(t, page, `<td>https://www.nhs.uk\@evil.example/</td>`, "a backslash is shown, not linked")
	assert.Contains(t, page, "<td>https://evil.example/\uFFFDkoobecaf.www//:sptth</td>", "an override is shown, not linked")
	assert.Contains(t, page, `<a href="https://www.nhs.uk/conditions/">https://www.nhs.uk/conditions/</a>`)
	assert.Equal(t, 1, strings.Count(page, "<a href=\"http"), "only the ordinary address is linked")
	assert.NotContains(t, page, "evil.example\"")
	checkWellFormed(t, page)

	pdf := pdfPlainText(t, renderPDF(t, a, Options{}))
	assert.Contains(t, squash(pdf), squash(note))

	for _, u := range []string{"https://www.nhs.uk/", "http://localhost:8080/x?y=1#z", "https://docs.example/ä"} {
		assert.Equal(t, u, webLink(u), u)
	}
	for _, u := range []string{"https://a@b/", "https://@b/", "https:///path", "https://a b/", "https://a/\u200F", "https://a\\b/", "ftp://a/", "https://a/%zz"} {
		assert.Empty(t, webLink(u), u)
	}
}

// TestBidiControlsNeutralised puts right-to-left overrides and isolates in
// a signer's name and in a link's text: neither backend lets them reorder
// the text the renderer writes beside them, and right-to-left text
// without controls still renders.
func TestBidiControlsNeutralised(t *testing.T) {
	const (
		name = "Dana \u202Etneduts\u202C Whitfield"
		iso  = "Eve \u2067nimda\u2069 \u200Fok"
	)
	a := &dpia.Assessment{Title: "Test \u202Eeltit"}
	a.SignOff.Rows = []dpia.SignOffRow{{Kind: dpia.SignOffKindMeasuresApproved, Signer: dpia.Signer{Person: dpia.Person{Name: name}}}}
	a.Parties.DPO = dpia.Person{Name: iso}
	a.Attachments = []dpia.Link{{Title: "ש\u202Dlink", URL: "https://example.org/\u2066x"}}

	page := renderHTML(t, a, Options{})
	for _, r := range "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C" {
		assert.NotContains(t, page, string(r), "%U", r)
	}
	assert.Contains(t, page, "Dana \uFFFDtneduts\uFFFD Whitfield")
	assert.Contains(t, page, "Eve \uFFFDnimda\uFFFD ok")
	assert.Contains(t, page, "<title>Test \uFFFDeltit</title>")
	assert.Contains(t, page, "ש\uFFFDlink")
	checkWellFormed(t, page)

	// pdftotext marks right-to-left runs with embeddings of its own:
	// the PDF is checked on text without right-to-left letters.
	a.Attachments[0].Title = "x\u202Dlink"
	pdf := renderPDF(t, a, Options{Uncompressed: true})
	text := squash(pdfPlainText(t, pdf))
	for _, r := range "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C" {
		assert.NotContains(t, text, string(r), "%U", r)
	}
	assert.Contains(t, text, squash("Dana \uFFFDtneduts\uFFFD Whitfield"))
	assert.Contains(t, text, squash("Eve \uFFFDnimda\uFFFD ok"))
	assert.Contains(t, text, squash("x\uFFFDlink"))

	plain := &dpia.Assessment{Title: "תקנון פרטיות"}
	plain.Parties.DPO = dpia.Person{Name: "דנה וייטפילד"}
	page = renderHTML(t, plain, Options{})
	assert.Contains(t, page, "דנה וייטפילד", "right-to-left text is kept")
	assert.NotContains(t, page, "\uFFFD")
}

// TestContentSecurityPolicy reads the tags of the page and checks that a
// meta element declares the policy before the style element, that the
// policy forbids scripts and every fetch, and that the page has no
// element that fetches or runs anything and no inline event handler.
func TestContentSecurityPolicy(t *testing.T) {
	page := renderHTML(t, loadSeed(t, "telehealth"), Options{})
	checkWellFormed(t, page)
	tag := regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*/?>`)
	attr := regexp.MustCompile(`([^\s=>]+)(?:="([^"]*)")?`)
	var policy []string
	styleSeen, fetching := false, 0
	for _, m := range tag.FindAllStringSubmatch(page, -1) {
		name := strings.ToLower(m[1])
		attrs := map[string]string{}
		for _, a := range attr.FindAllStringSubmatch(m[2], -1) {
			attrs[strings.ToLower(a[1])] = html.UnescapeString(a[2])
			if strings.HasPrefix(strings.ToLower(a[1]), "on") {
				t.Errorf("inline handler %s on <%s>", a[1], name)
			}
		}
		switch name {
		case "meta":
			if strings.EqualFold(attrs["http-equiv"], "Content-Security-Policy") {
				assert.False(t, styleSeen, "the policy comes before the style element")
				policy = append(policy, attrs["content"])
			}
		case "style":
			styleSeen = true
		case "script", "iframe", "object", "embed", "img", "link", "base", "form", "frame", "audio", "video", "source":
			fetching++
		}
	}
	require.True(t, styleSeen)
	require.Len(t, policy, 1)
	assert.Zero(t, fetching, "no element that fetches or runs anything")
	directives := map[string]string{}
	for _, d := range strings.Split(policy[0], ";") {
		fields := strings.Fields(d)
		require.NotEmpty(t, fields)
		directives[fields[0]] = strings.Join(fields[1:], " ")
	}
	assert.Equal(t, map[string]string{
		"default-src": "'none'", "style-src": "'unsafe-inline'", "img-src": "'none'",
		"base-uri": "'none'", "form-action": "'none'",
	}, directives)
	assert.Equal(t, contentSecurityPolicy, policy[0])
	assert.NotContains(t, page, "url(", "the stylesheet fetches nothing")
	assert.NotContains(t, page, "@import")
}
