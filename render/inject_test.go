package render

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// injectionPayloads are the markup, script, link and template payloads
// every string field of the model receives (see combinedPayloads).
func injectionPayloads() []string {
	return []string{
		`</td></tr></table><script>alert(1)</script>`,
		`"><img src=x onerror=alert(1)>`,
		`javascript:alert(1)`,
		`data:text/html;base64,PHNjcmlwdD4=`,
		`<style>*{display:none}</style>`,
		`{{.}}`,
		`]]>`,
		`<!--`,
	}
}

// fieldStep is one step of the way from the Assessment to a string field:
// a struct field (by index), the first element of a slice or array, the
// value of a pointer, or the value at the first key of a map.
type fieldStep struct {
	kind  reflect.Kind
	index int
}

// stringField is a string field reachable from the Assessment.
type stringField struct {
	path  string
	steps []fieldStep
}

// stringFields lists every string field reachable from t, through
// structs, slices, arrays, maps and pointers, unexported fields and enums
// (integers) excepted. A type nested in itself (a question's follow-ups)
// is followed one level down.
func stringFields(t reflect.Type) []stringField {
	var out []stringField
	var walk func(t reflect.Type, path string, steps []fieldStep, seen map[reflect.Type]int)
	walk = func(t reflect.Type, path string, steps []fieldStep, seen map[reflect.Type]int) {
		if seen[t] > 1 {
			return
		}
		seen[t]++
		defer func() { seen[t]-- }()
		step := func(s fieldStep) []fieldStep { return append(slices.Clip(steps), s) }
		switch t.Kind() {
		case reflect.String:
			out = append(out, stringField{path: path, steps: steps})
		case reflect.Pointer:
			walk(t.Elem(), path, step(fieldStep{kind: reflect.Pointer}), seen)
		case reflect.Slice, reflect.Array:
			walk(t.Elem(), path+"[0]", step(fieldStep{kind: t.Kind()}), seen)
		case reflect.Map:
			walk(t.Elem(), path+"[key]", step(fieldStep{kind: reflect.Map}), seen)
		case reflect.Struct:
			for i := range t.NumField() {
				f := t.Field(i)
				if !f.IsExported() {
					continue
				}
				walk(f.Type, path+"."+f.Name, step(fieldStep{kind: reflect.Struct, index: i}), seen)
			}
		}
	}
	walk(t, "", nil, map[reflect.Type]int{})
	return out
}

// setField sets the string field at steps below v (addressable) to s,
// making the elements, values and keys it needs on the way.
func setField(v reflect.Value, steps []fieldStep, s string) error {
	if len(steps) == 0 {
		if v.Kind() != reflect.String {
			return fmt.Errorf("%s is not a string", v.Type())
		}
		v.SetString(s)
		return nil
	}
	st, rest := steps[0], steps[1:]
	switch st.kind {
	case reflect.Struct:
		return setField(v.Field(st.index), rest, s)
	case reflect.Pointer:
		// A new value, a copy of the old one: the seed's stays as it is.
		p := reflect.New(v.Type().Elem())
		if !v.IsNil() {
			p.Elem().Set(v.Elem())
		}
		v.Set(p)
		return setField(v.Elem(), rest, s)
	case reflect.Array:
		return setField(v.Index(0), rest, s)
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		} else {
			// Copy the slice: the seed's backing array stays as it is.
			v.Set(reflect.AppendSlice(reflect.MakeSlice(v.Type(), 0, v.Len()), v))
		}
		return setField(v.Index(0), rest, s)
	case reflect.Map:
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		keys := v.MapKeys()
		var key reflect.Value
		switch {
		case len(keys) > 0:
			slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(fmt.Sprint(x), fmt.Sprint(y)) })
			key = keys[0]
		case v.Type().Key().Kind() == reflect.String:
			key = reflect.New(v.Type().Key()).Elem()
			key.SetString("key")
		default:
			key = reflect.Zero(v.Type().Key())
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		if old := v.MapIndex(key); old.IsValid() {
			elem.Set(old)
		}
		if err := setField(elem, rest, s); err != nil {
			return err
		}
		copied := reflect.MakeMapWithSize(v.Type(), v.Len()+1)
		for _, k := range v.MapKeys() {
			copied.SetMapIndex(k, v.MapIndex(k))
		}
		copied.SetMapIndex(key, elem)
		v.Set(copied)
		return nil
	}
	return fmt.Errorf("step %v", st.kind)
}

// checkNoInjection checks a page for what a payload must never create:
// a script element, an event handler attribute, a stylesheet besides the
// document's own, or a link to a javascript: or data: address. It reads
// every start tag with its attributes, quoted or not.
func checkNoInjection(page string) error {
	lower := strings.ToLower(page)
	if strings.Contains(lower, "<script") {
		return fmt.Errorf("a <script element")
	}
	if n := strings.Count(lower, "<style"); n != 1 {
		return fmt.Errorf("%d <style elements, want the document's own", n)
	}
	for i := strings.IndexByte(lower, '<'); i >= 0; i = nextTag(lower, i+1) {
		tag, attrs := startTag(lower[i:])
		for _, attr := range attrs {
			if strings.HasPrefix(attr[0], "on") {
				return fmt.Errorf("event handler attribute %s in %q", attr[0], tag)
			}
			if attr[0] == "href" || attr[0] == "src" {
				if v := strings.TrimSpace(attr[1]); strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") {
					return fmt.Errorf("link to %s in %q", v, tag)
				}
			}
		}
	}
	return nil
}

// nextTag returns the index of the next "<" in s from i, or -1.
func nextTag(s string, i int) int {
	if j := strings.IndexByte(s[i:], '<'); j >= 0 {
		return i + j
	}
	return -1
}

// startTag reads the start tag at the beginning of s ("<" first) and
// returns its text and its attributes as name and value pairs; an end
// tag, a comment or a lone "<" has no attributes.
func startTag(s string) (string, [][2]string) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	i := 1
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
		i++
	}
	if i == 1 {
		return s[:1], nil
	}
	var attrs [][2]string
	for i < len(s) {
		for i < len(s) && (isSpace(s[i]) || s[i] == '/') {
			i++
		}
		if i >= len(s) || s[i] == '>' {
			break
		}
		at := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' {
			i++
		}
		name := s[at:i]
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			switch {
			case i < len(s) && (s[i] == '"' || s[i] == '\''):
				end := strings.IndexByte(s[i+1:], s[i])
				if end < 0 {
					end = len(s) - i - 1
				}
				value, i = s[i+1:i+1+end], i+end+2
			default:
				at := i
				for i < len(s) && !isSpace(s[i]) && s[i] != '>' {
					i++
				}
				value = s[at:i]
			}
		}
		attrs = append(attrs, [2]string{name, value})
	}
	return s[:min(i+1, len(s))], attrs
}

// TestCheckNoInjectionFails proves the injection check finds each thing it
// looks for.
func TestCheckNoInjectionFails(t *testing.T) {
	const style = "<style>p{}</style>"
	require.NoError(t, checkNoInjection(style+`<p class="x">onerror=1 javascript:x</p><a href="https://x.example">a</a>`))
	for _, page := range []string{
		style + "<SCRIPT>x</SCRIPT>",
		style + style,
		"<p>no stylesheet</p>",
		style + `<img src=x onerror=alert(1)>`,
		style + `<p ONCLICK="x">`,
		style + `<a href="javascript:alert(1)">`,
		style + `<a href=' JavaScript:alert(1)'>`,
		style + `<img src=data:text/html,x>`,
	} {
		assert.Error(t, checkNoInjection(page), page)
	}
}

// escapedIn reports whether payload is printed in page as text, escaped
// as html/template escapes text.
func escapedIn(page, payload string) bool {
	return strings.Contains(page, string(escapeText(payload)))
}

// combinedPayloads returns the injection payloads joined in one value,
// twice: once led by the javascript: address and once by the data:
// address, the two payloads that matter only at the start of a value (a
// link's scheme). Every other payload is escaped wherever it stands.
func combinedPayloads() []string {
	var rest []string
	var leads []string
	for _, p := range injectionPayloads() {
		if strings.HasPrefix(p, "javascript:") || strings.HasPrefix(p, "data:") {
			leads = append(leads, p)
		} else {
			rest = append(rest, p)
		}
	}
	out := make([]string, len(leads))
	for i := range leads {
		// leads[i] first, then the other leads, then the rest.
		order := append(append(slices.Clone(leads[i:]), leads[:i]...), rest...)
		out[i] = strings.Join(order, " ")
	}
	return out
}

// TestHTMLInjectionEveryField sets the injection payloads in each string
// field of the model reachable by reflection, in turn, on an otherwise
// valid seed, and checks the page: no script, no event handler, no other
// stylesheet, no javascript: or data: link, the payloads printed escaped
// where the field is printed, and the page well formed. Each field gets
// all the payloads in one value, in both orders of combinedPayloads, with
// its number appended so that the page shows which field printed it.
// Under -short and the race detector, which make each page ten times
// slower to check, 32 fields at a time get the payloads.
func TestHTMLInjectionEveryField(t *testing.T) {
	seed := loadSeed(t, "telehealth")
	fields := stringFields(reflect.TypeFor[dpia.Assessment]())
	require.Greater(t, len(fields), 300, "the walk reaches the whole model")
	t.Logf("%d string field paths", len(fields))
	batch := 1
	if lighter() {
		batch = 32
	}
	tagged := func(payload string, i int) string { return payload + " ~" + strconv.Itoa(i) + "~" }

	orders := combinedPayloads()
	require.Len(t, orders, 2)
	printed := make([][]bool, len(orders))
	for v, payload := range orders {
		printed[v] = make([]bool, len(fields))
		t.Run(fmt.Sprintf("order%d", v+1), func(t *testing.T) {
			t.Parallel()
			for start := 0; start < len(fields); start += batch {
				group := fields[start:min(start+batch, len(fields))]
				a := *seed
				for i, f := range group {
					require.NoError(t, setField(reflect.ValueOf(&a).Elem(), f.steps, tagged(payload, start+i)), f.path)
				}
				page := renderHTML(t, &a, Options{IncludeGuidance: true, IncludeFindings: true, Findings: a.Validate(dpiaOptions())})
				require.NoError(t, checkNoInjection(page), group[0].path)
				require.NoError(t, wellFormed(page), group[0].path)
				for i := range group {
					printed[v][start+i] = escapedIn(page, tagged(payload, start+i))
				}
			}
		})
	}
	t.Cleanup(func() {
		shown := 0
		for i, f := range fields {
			if slices.ContainsFunc(printed, func(p []bool) bool { return p[i] }) {
				shown++
			} else {
				t.Logf("not printed: %s", f.path)
			}
		}
		t.Logf("%d of %d fields printed in the page, escaped", shown, len(fields))
		assert.Greater(t, shown, len(fields)*3/4, "most fields are printed, escaped")
	})
}

// TestHTMLInjectionOptions sets each payload as the title option and as
// every string of a finding.
func TestHTMLInjectionOptions(t *testing.T) {
	seed := loadSeed(t, "telehealth")
	for _, payload := range injectionPayloads() {
		findings := dpiakit.Findings{{Rule: payload, Severity: dpiakit.SeverityWarning, Path: payload, Message: payload, Ref: payload}}
		page := renderHTML(t, seed, Options{Title: payload, IncludeFindings: true, Findings: findings})
		require.NoError(t, checkNoInjection(page), payload)
		require.NoError(t, wellFormed(page), payload)
		assert.True(t, escapedIn(page, payload), payload)
	}
}

// TestStringFieldsWalk checks the walk on a small type: every string,
// through each kind of container, with enums and unexported fields left
// out, and a recursive type followed one level down.
func TestStringFieldsWalk(t *testing.T) {
	type level int
	type node struct {
		Name     string
		Level    level
		Children []node
		hidden   string
	}
	type root struct {
		Title string
		Ptr   *node
		Map   map[string]node
		Pair  [2]string
	}
	var paths []string
	for _, f := range stringFields(reflect.TypeFor[root]()) {
		paths = append(paths, f.path)
	}
	assert.Equal(t, []string{
		".Title",
		".Ptr.Name", ".Ptr.Children[0].Name",
		".Map[key].Name", ".Map[key].Children[0].Name",
		".Pair[0]",
	}, paths)

	var r root
	for i, f := range stringFields(reflect.TypeFor[root]()) {
		require.NoError(t, setField(reflect.ValueOf(&r).Elem(), f.steps, strconv.Itoa(i)))
	}
	assert.Equal(t, "0", r.Title)
	assert.Equal(t, "1", r.Ptr.Name)
	assert.Equal(t, "2", r.Ptr.Children[0].Name)
	assert.Equal(t, "3", r.Map["key"].Name)
	assert.Equal(t, "4", r.Map["key"].Children[0].Name)
	assert.Equal(t, "5", r.Pair[0])
	_ = r.Ptr.hidden
}
