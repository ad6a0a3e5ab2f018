package cnilpia

import (
	"fmt"
	"maps"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// lostValue is a value of the assessment that an export does not carry:
// it does not come back when the export is imported.
type lostValue struct {
	// path is the value's path in the assessment's JSON form.
	path string
	// label names the value for people: "Inventory › Email address ›
	// Category".
	label string
	// text is the value as text.
	text string
}

// remainder compares an assessment with what comes back from its export
// and returns the values that did not come back, in document order. Text
// compares with white space collapsed; identifiers (UUIDs) and the links
// between risks and measures are structure, not content, and are not
// compared, except the assessment's own ID, nor is the formatting of text
// fields (Assessment.RichText), whose plain text is. Elements of lists compare by
// ID for custom questions and actions, through pairs for the lists Export
// picks from, and by index otherwise; an element with no counterpart is
// lost whole.
func remainder(orig, back *dpia.Assessment, pairs map[string]map[int]int) []lostValue {
	w := diffWalker{pairs: pairs}
	w.compare(reflect.ValueOf(orig).Elem(), reflect.ValueOf(back).Elem(), "", nil)
	return w.out
}

// diffWalker walks an assessment and what came back, side by side.
type diffWalker struct {
	pairs map[string]map[int]int
	out   []lostValue
	// ids indexes, by path, the elements of the lists that came back
	// whose elements match by ID (custom questions, actions): the index
	// of the first element with each ID.
	ids map[string]map[string]int
}

var (
	uuidType     = reflect.TypeFor[uuid.UUID]()
	dateType     = reflect.TypeFor[dpiakit.Date]()
	decimalType  = reflect.TypeFor[decimal.Decimal]()
	matrixType   = reflect.TypeFor[risk.Matrix]()
	questionType = reflect.TypeFor[dpia.Question]()
	actionType   = reflect.TypeFor[dpia.Action]()
)

func (w *diffWalker) lose(path string, labels []string, text string) {
	w.out = append(w.out, lostValue{path: path, label: strings.Join(labels, " \u203a "), text: text})
}

// compare reports what of o is not in b; b has o's type.
func (w *diffWalker) compare(o, b reflect.Value, path string, labels []string) {
	if o.IsZero() {
		return
	}
	switch o.Type() {
	case uuidType:
		if path == "id" && o.Interface() != b.Interface() {
			w.lose(path, labels, o.Interface().(uuid.UUID).String())
		}
		return
	case dateType:
		if o.Interface() != b.Interface() {
			w.lose(path, labels, o.Interface().(dpiakit.Date).String())
		}
		return
	case decimalType:
		if !o.Interface().(decimal.Decimal).Equal(b.Interface().(decimal.Decimal)) {
			w.lose(path, labels, o.Interface().(decimal.Decimal).String())
		}
		return
	case matrixType:
		om, bm := o.Interface().(risk.Matrix), b.Interface().(risk.Matrix)
		if describeMatrix(om) != describeMatrix(bm) {
			w.lose(path, labels, describeMatrix(om))
		}
		return
	}
	switch o.Kind() {
	case reflect.String:
		if squash(o.String()) != squash(b.String()) {
			if text := normalizeText(o.String()); text != "" {
				w.lose(path, labels, text)
			}
		}
	case reflect.Bool:
		if o.Bool() && !b.Bool() {
			w.lose(path, labels, "yes")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if o.Int() != b.Int() {
			w.lose(path, labels, valueText(o))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if o.Uint() != b.Uint() {
			w.lose(path, labels, valueText(o))
		}
	case reflect.Struct:
		w.compareStruct(o, b, path, labels)
	case reflect.Slice, reflect.Array:
		w.compareList(o, b, path, labels)
	case reflect.Map:
		w.compareMap(o, b, path, labels)
	case reflect.Pointer:
		if b.IsNil() {
			w.compare(o.Elem(), reflect.Zero(o.Type().Elem()), path, labels)
			return
		}
		w.compare(o.Elem(), b.Elem(), path, labels)
	default:
		if !reflect.DeepEqual(o.Interface(), b.Interface()) {
			w.lose(path, labels, fmt.Sprint(o.Interface()))
		}
	}
}

func (w *diffWalker) compareStruct(o, b reflect.Value, path string, labels []string) {
	t := o.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := jsonName(f)
		if name == "-" || (path == "" && name == "rich_text") {
			// The formatting of text fields is not content of its own:
			// current formatting is written with its text, and formatting
			// of text edited since is stale (richtext.Lookup).
			continue
		}
		if f.Anonymous {
			w.compare(o.Field(i), b.Field(i), path, labels)
			continue
		}
		label := humanize(name)
		ls := labels
		if len(labels) == 0 || labels[len(labels)-1] != label {
			ls = append(append([]string(nil), labels...), label)
		}
		w.compare(o.Field(i), b.Field(i), joinPath(path, name), ls)
	}
}

func (w *diffWalker) compareList(o, b reflect.Value, path string, labels []string) {
	et := o.Type().Elem()
	if et == uuidType {
		return
	}
	if et.Kind() == reflect.String {
		var missing []string
		var back map[string]bool
		for i := 0; i < o.Len(); i++ {
			s := squash(o.Index(i).String())
			if s == "" {
				continue
			}
			if back == nil {
				back = make(map[string]bool, b.Len())
				for j := 0; j < b.Len(); j++ {
					back[squash(b.Index(j).String())] = true
				}
			}
			if !back[s] {
				missing = append(missing, s)
			}
		}
		if len(missing) > 0 {
			w.lose(path, labels, strings.Join(missing, "; "))
		}
		return
	}
	for i := 0; i < o.Len(); i++ {
		el := o.Index(i)
		ip := dpiakit.Index(path, i)
		ls := append(append([]string(nil), labels...), elementLabel(el, i))
		if j := w.match(path, i, el, b); j >= 0 {
			w.compare(el, b.Index(j), ip, ls)
		} else {
			w.compare(el, reflect.Zero(et), ip, ls)
		}
	}
}

// match returns the index in b of the counterpart of o's i-th element el,
// or -1.
func (w *diffWalker) match(path string, i int, el, b reflect.Value) int {
	if p, ok := w.pairs[path]; ok {
		if j, ok := p[i]; ok && j < b.Len() {
			return j
		}
		return -1
	}
	if t := el.Type(); t == questionType || t == actionType {
		id := el.FieldByName("ID").String()
		if id == "" {
			return -1
		}
		index := w.ids[path]
		if index == nil {
			index = make(map[string]int, b.Len())
			for j := b.Len() - 1; j >= 0; j-- { // the first element with an ID wins
				index[b.Index(j).FieldByName("ID").String()] = j
			}
			if w.ids == nil {
				w.ids = map[string]map[string]int{}
			}
			w.ids[path] = index
		}
		if j, ok := index[id]; ok {
			return j
		}
		return -1
	}
	if i < b.Len() {
		return i
	}
	return -1
}

func (w *diffWalker) compareMap(o, b reflect.Value, path string, labels []string) {
	keys := o.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
	for _, k := range keys {
		name := fmt.Sprint(k.Interface())
		bv := b.MapIndex(k)
		if !bv.IsValid() {
			bv = reflect.Zero(o.Type().Elem())
		}
		w.compare(o.MapIndex(k), bv, joinPath(path, name), append(append([]string(nil), labels...), name))
	}
}

// jsonName returns the JSON name of a field.
func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// humanize turns a JSON name into words: "data_nature" is "Data nature",
// "dpo" is "DPO".
func humanize(name string) string {
	words := strings.Split(name, "_")
	for i, w := range words {
		switch w {
		case "id", "dpo", "dpia", "url", "lia", "apd", "ig", "siro", "uk", "eu":
			words[i] = strings.ToUpper(w)
		}
	}
	s := strings.Join(words, " ")
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[size:]
}

// elementLabel names the i-th element of a list: its name, title or
// similar field, else "#n".
func elementLabel(v reflect.Value, i int) string {
	if v.Kind() == reflect.Struct {
		for _, f := range []string{"Name", "Title", "Who", "Item", "Action", "Data", "Text", "Reference", "Category", "Version", "ID"} {
			fv := v.FieldByName(f)
			if fv.IsValid() && fv.Kind() == reflect.String {
				if s := squash(fv.String()); s != "" {
					if utf8.RuneCountInString(s) > 60 {
						s = string([]rune(s)[:57]) + "..."
					}
					return s
				}
			}
		}
		for _, f := range []string{"Kind", "Role", "Right", "Principle", "Characteristic", "Group", "Criterion", "Basis"} {
			fv := v.FieldByName(f)
			if fv.IsValid() && fv.CanInt() && fv.Int() != 0 {
				return valueText(fv)
			}
		}
	}
	return "#" + strconv.Itoa(i+1)
}

// valueText writes an enum or number: its label when it has one.
func valueText(v reflect.Value) string {
	if v.CanInterface() {
		if l, ok := v.Interface().(interface{ Label() string }); ok {
			return l.Label()
		}
		if s, ok := v.Interface().(fmt.Stringer); ok {
			return s.String()
		}
	}
	if v.CanInt() {
		return strconv.FormatInt(v.Int(), 10)
	}
	return fmt.Sprint(v.Interface())
}

// describeMatrix names a risk matrix and its scales.
func describeMatrix(m risk.Matrix) string {
	if m.IsZero() {
		return ""
	}
	keys := func(s risk.Scale) string {
		var out []string
		for _, l := range s.Levels {
			out = append(out, l.Key)
		}
		return strings.Join(out, ", ")
	}
	return fmt.Sprintf("%s (likelihood: %s; severity: %s; overall: %s)", m.Name, keys(m.Likelihood), keys(m.Severity), keys(m.Overall))
}

// route returns the key of the answer (a question id, "measure.<n>") or
// form field ("dpo_opinion"...) nearest to the value at path, where its
// appendix goes.
func (x *exporter) route(path string) string {
	has := func(prefixes ...string) bool {
		for _, p := range prefixes {
			if rest, ok := strings.CutPrefix(path, p); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
				return true
			}
		}
		return false
	}
	switch {
	case has("parties.processors"):
		return "226"
	case has("parties"):
		return "112"
	case has("processing.purposes", "processing.aims", "processing.intended_effect", "processing.benefits", "processing.impacted"):
		return "211"
	case has("processing.nature"):
		return "122"
	case has("processing.scope.retention_summary"):
		return "215"
	case has("processing.scope"):
		return "121"
	case has("processing.context.codes_and_certification"):
		return "113"
	case has("processing.locations"):
		return "227"
	case has("processing.security"):
		return "123"
	case has("inventory.flows", "inventory.access"):
		return "122"
	case has("inventory.systems"):
		return "123"
	case has("inventory.transfers_declared", "inventory.transfers_statement", "inventory.transfers"):
		return "227"
	case has("inventory.retention"):
		return "215"
	case has("inventory"):
		return "121"
	case has("consultation"):
		return x.consultationRoute()
	case has("necessity.claims", "necessity.candidate_claims", "necessity.processor_note", "necessity.basis_text"):
		return "212"
	case has("necessity.achieves_purpose", "necessity.alternatives", "necessity.function_creep", "necessity.quality_minimisation"):
		return "213"
	case has("necessity.principles", "necessity.statutory"):
		return "214"
	case has("necessity.information"):
		return "221"
	case has("necessity.rights", "necessity.rights_narrative"):
		return "223"
	case has("necessity.processor_compliance"):
		return "226"
	case has("necessity.transfer_safeguards"):
		return "227"
	case has("necessity"):
		return "211"
	case has("risks.measures"):
		if i, ok := indexAfter(path, "risks.measures["); ok && i < len(x.a.Risks.Measures) {
			return measureKey(i)
		}
		return "325"
	case has("risks.risks"):
		if i, ok := indexAfter(path, "risks.risks["); ok {
			for s, slot := range riskSlots() {
				if x.slots[s] == i {
					return strconv.Itoa(slot.question(5))
				}
			}
		}
		return "325"
	case has("risks", "risk_context"):
		return "325"
	case has("outstanding_risks", "action_plan", "ig_reviews", "sign_off", "review", "outcomes"):
		return x.signOffRoute()
	}
	return "111"
}

// indexAfter reads the index after prefix in path: "risks.risks[3].x"
// gives 3.
func indexAfter(path, prefix string) (int, bool) {
	rest, ok := strings.CutPrefix(path, prefix)
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end <= 0 {
		return 0, false
	}
	i, err := strconv.Atoi(rest[:end])
	return i, err == nil
}

// signOffRoute is where the sign-off, review, outcomes and action plan
// go: the DPO's opinion when the export names a DPO (the tool shows the
// field only then), else the overview.
func (x *exporter) signOffRoute() string {
	if x.dpoNames() != "" {
		return "dpo_opinion"
	}
	return "111"
}

// consultationRoute is where the consultation goes: the concerned
// people's opinion when the export records that it was sought from named
// people, the reason when it was not sought, else the answer on
// information of the data subjects.
func (x *exporter) consultationRoute() string {
	c := x.a.Consultation
	_, named := x.people()
	switch {
	case c.IndividualsViewsSought == dpia.YesNoYes && named:
		return "concerned_people_opinion"
	case c.IndividualsViewsSought == dpia.YesNoNo:
		return "concerned_people_searched_content"
	}
	return "221"
}

// appendixLines writes lost values as appendix paragraphs "label: value",
// grouped by the key of the answer or field they go to. A paragraph the
// existing appendix already holds, or that is already written, is not
// repeated. The work grows with the length of the text, not with the
// square of the number of values.
func (x *exporter) appendixLines(lost []lostValue) map[string]string {
	held := map[string]*paragraphs{}
	written := map[string][]string{}
	for _, l := range lost {
		key := x.route(l.path)
		para := normalizeText(l.label + ": " + l.text)
		if para == "" {
			continue
		}
		h := held[key]
		if h == nil {
			h = newParagraphs(normalizeText(x.appendix[key]))
			held[key] = h
		}
		if h.holds(para) {
			continue
		}
		h.add(para)
		written[key] = append(written[key], para)
	}
	out := make(map[string]string, len(written))
	for key, paras := range written {
		out[key] = strings.Join(paras, "\n\n")
	}
	return out
}

// paragraphs is a text as its paragraphs (the blocks normalizeText
// separates with a blank line), indexed to tell whether a run of them is
// there: a suffix automaton over the paragraphs, each numbered, which
// grows by one paragraph in amortized constant time and tells whether a
// run of k paragraphs is there in time linear in k, however often
// paragraphs repeat.
type paragraphs struct {
	// ids numbers the distinct paragraphs.
	ids map[string]int32
	// states are the automaton's states, the first the initial one;
	// last is the state of the whole text.
	states []paragraphState
	last   int32
}

// paragraphState is a state of the suffix automaton of paragraphs: the
// runs of paragraphs that end at the same places in the text.
type paragraphState struct {
	// length is the length of the longest run of the state; link the
	// state of its longest suffix of another state (-1 for the initial
	// state).
	length, link int32
	// next maps a paragraph's number to the state of the runs extended
	// by it.
	next map[int32]int32
}

// newParagraphs returns the paragraphs of text, a normalized text.
func newParagraphs(text string) *paragraphs {
	p := &paragraphs{ids: map[string]int32{}, states: []paragraphState{{link: -1, next: map[int32]int32{}}}}
	if text != "" {
		p.add(text)
	}
	return p
}

// add appends the paragraphs of text, a normalized text.
func (p *paragraphs) add(text string) {
	for _, para := range strings.Split(text, "\n\n") {
		id, ok := p.ids[para]
		if !ok {
			id = int32(len(p.ids))
			p.ids[para] = id
		}
		p.extend(id)
	}
}

// extend appends the paragraph numbered c to the automaton (the online
// construction of Blumer et al., 1985).
func (p *paragraphs) extend(c int32) {
	cur := int32(len(p.states))
	p.states = append(p.states, paragraphState{length: p.states[p.last].length + 1, next: map[int32]int32{}})
	s := p.last
	for s != -1 {
		if _, ok := p.states[s].next[c]; ok {
			break
		}
		p.states[s].next[c] = cur
		s = p.states[s].link
	}
	switch {
	case s == -1:
		p.states[cur].link = 0
	case p.states[p.states[s].next[c]].length == p.states[s].length+1:
		p.states[cur].link = p.states[s].next[c]
	default:
		q := p.states[s].next[c]
		clone := int32(len(p.states))
		p.states = append(p.states, paragraphState{length: p.states[s].length + 1, link: p.states[q].link, next: maps.Clone(p.states[q].next)})
		for s != -1 && p.states[s].next[c] == q {
			p.states[s].next[c] = clone
			s = p.states[s].link
		}
		p.states[q].link = clone
		p.states[cur].link = clone
	}
	p.last = cur
}

// holds reports whether the paragraphs of text, a normalized text, are
// there, one after the other.
func (p *paragraphs) holds(text string) bool {
	s := int32(0)
	for _, para := range strings.Split(text, "\n\n") {
		id, ok := p.ids[para]
		if !ok {
			return false
		}
		if s, ok = p.states[s].next[id]; !ok {
			return false
		}
	}
	return true
}
