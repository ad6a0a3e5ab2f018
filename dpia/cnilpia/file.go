package cnilpia

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// invalidUTF8 counts the bytes of data that are not part of valid UTF-8
// and returns the offset of the first.
func invalidUTF8(data []byte) (n, first int) {
	first = -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	return n, first
}

// The keys of the export format.
const (
	keyPia         = "pia"
	keyAnswers     = "answers"
	keyMeasures    = "measures"
	keyEvaluations = "evaluations"
	keyComments    = "comments"
)

// cnilFile is a CNIL PIA export as read, before mapping: the values of
// the keys Import uses, in the order of the file.
type cnilFile struct {
	pia         piaRecord
	answers     []answerRecord
	measures    []measureRecord
	evaluations []evaluationRecord
	comments    []commentRecord
}

// piaRecord holds the "pia" object.
type piaRecord struct {
	id                                         int64
	name, category                             string
	status                                     optInt
	authorName, evaluatorName, validatorName   string
	dposNames, dpoOpinion                      string
	dpoStatus                                  optInt
	searchedOpinion                            optBool
	searchedContent                            string
	peopleNames, peopleOpinion                 string
	peopleStatus                               optInt
	rejectionReason, appliedAdjustments        string
	createdAt, updatedAt                       dpiakit.Date
	createdRaw, updatedRaw                     string
	isExample, isArchive                       bool
	hasStructure                               bool
	structureID                                int64
	structureName, structureSector             string
	structureQuestions                         map[int]templateQuestion
	structureSource                            string
	rejectionKey, adjustmentsKey, usersIgnored string
}

// templateQuestion is a question of the file's template (structure).
type templateQuestion struct {
	title, placeholder string
}

// optInt is an optional whole number.
type optInt struct {
	v  int64
	ok bool
}

// optBool is an optional boolean.
type optBool struct {
	v  bool
	ok bool
}

// answerRecord is one element of "answers".
type answerRecord struct {
	source string
	ref    int64
	refOK  bool
	text   string
	hasTxt bool
	gauge  optInt
	list   []string
}

// measureRecord is one element of "measures".
type measureRecord struct {
	source  string
	id      int64
	idOK    bool
	title   string
	content string
}

// evaluationRecord is one element of "evaluations".
type evaluationRecord struct {
	source                        string
	ref                           string
	status, global                optInt
	comment, actionPlan, inCharge string
	due, evaluated                dpiakit.Date
	dueRaw, evaluatedRaw          string
	x, y                          optInt
}

// commentRecord is one element of "comments".
type commentRecord struct {
	source string
	ref    string
	// refText reports a reference written as a string: Export writes a
	// measure reference the file did not hold that way.
	refText     bool
	forMeasure  bool
	description string
}

// readFile reads the export. It fails when data is not JSON, is not an
// object, lacks "pia" or has a key of the wrong JSON type; everything
// else it reports and reads around.
func readFile(data []byte, rep *Report) (*cnilFile, error) {
	if rest, ok := bytes.CutPrefix(data, []byte("\xEF\xBB\xBF")); ok {
		// The tool reads a file that starts with a byte-order mark.
		data = rest
		rep.add(KindUnmapped, "file", "", "the file starts with a UTF-8 byte-order mark; read past it")
	}
	if !utf8.Valid(data) {
		// encoding/json would replace each bad byte silently.
		n, at := invalidUTF8(data)
		rep.add(KindInvalidText, "file", "", "%d bytes that are not UTF-8 (the first at offset %d), each read as U+FFFD", n, at)
	}
	v, err := decodeJSON(data)
	if err != nil {
		return nil, fmt.Errorf("cnilpia: the input is not JSON: %w", err)
	}
	top, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("cnilpia: the input is %s; want a CNIL PIA export, an object with the keys pia, answers, measures, evaluations and comments", jsonType(v))
	}
	if _, ok := top["structure"]; ok {
		if _, ok := top[keyPia]; !ok {
			return nil, errors.New("cnilpia: the input is a CNIL template (structure) export, not a PIA export")
		}
	}
	pv, ok := top[keyPia]
	if !ok || pv == nil {
		return nil, errors.New(`cnilpia: the input has no "pia" object: it is not a CNIL PIA export`)
	}
	po, ok := pv.(map[string]any)
	if !ok {
		return nil, fmt.Errorf(`cnilpia: "pia" is %s; want an object`, jsonType(pv))
	}
	f := &cnilFile{}
	f.pia = readPia(fields{obj: po, source: keyPia, rep: rep})
	lists := map[string][]any{}
	for _, key := range []string{keyAnswers, keyMeasures, keyEvaluations, keyComments} {
		lv, ok := top[key]
		if !ok || lv == nil {
			rep.add(KindMissing, key, "", "%s is missing; read as empty", key)
			continue
		}
		l, ok := lv.([]any)
		if !ok {
			return nil, fmt.Errorf("cnilpia: %q is %s; want an array", key, jsonType(lv))
		}
		lists[key] = l
	}
	fields{obj: top, source: "", rep: rep}.topUnknownKeys()
	for i, e := range lists[keyAnswers] {
		if r, ok := readAnswer(element(keyAnswers, i, e, rep)); ok {
			f.answers = append(f.answers, r)
		}
	}
	for i, e := range lists[keyMeasures] {
		if r, ok := readMeasure(element(keyMeasures, i, e, rep)); ok {
			f.measures = append(f.measures, r)
		}
	}
	for i, e := range lists[keyEvaluations] {
		if r, ok := readEvaluation(element(keyEvaluations, i, e, rep)); ok {
			f.evaluations = append(f.evaluations, r)
		}
	}
	for i, e := range lists[keyComments] {
		if r, ok := readComment(element(keyComments, i, e, rep)); ok {
			f.comments = append(f.comments, r)
		}
	}
	return f, nil
}

// topUnknownKeys reports top-level keys other than the five.
func (f fields) topUnknownKeys() {
	var extra []string
	for k, v := range f.obj {
		switch k {
		case keyPia, keyAnswers, keyMeasures, keyEvaluations, keyComments:
			continue
		}
		if !isEmptyJSON(v) {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		f.rep.add(KindUnknownKey, k, "", "%s is not a key of the CNIL export format; ignored", k)
	}
}

// element returns the fields of the i-th element of list key, or ok
// false (reported) when it is not an object.
func element(key string, i int, v any, rep *Report) (fields, bool) {
	source := key + "[" + strconv.Itoa(i) + "]"
	o, ok := v.(map[string]any)
	if !ok {
		rep.add(KindWrongType, source, "", "element is %s; want an object", jsonType(v))
		return fields{}, false
	}
	return fields{obj: o, source: source, rep: rep}, true
}

func readPia(f fields) piaRecord {
	var p piaRecord
	p.id, _ = f.identifier("id")
	p.name, _ = f.str("name", "title")
	p.category, _ = f.str("category", "questions")
	if v, ok := f.integer("status", "status"); ok {
		p.status = optInt{v, true}
	}
	p.authorName, _ = f.str("author_name", "parties.roles")
	p.evaluatorName, _ = f.str("evaluator_name", "parties.roles")
	p.validatorName, _ = f.str("validator_name", "parties.roles")
	p.dposNames, _ = f.str("dpos_names", "parties.dpo.name")
	p.dpoOpinion, _ = f.str("dpo_opinion", "sign_off.steps")
	if v, ok := f.integer("dpo_status", "sign_off.steps"); ok {
		p.dpoStatus = optInt{v, true}
	}
	if v, ok := f.boolean("concerned_people_searched_opinion", "consultation.individuals_views_sought"); ok {
		p.searchedOpinion = optBool{v, true}
	}
	p.searchedContent, _ = f.str("concerned_people_searched_content", "consultation.not_sought_reason")
	p.peopleNames, _ = f.str("people_names", "consultation.stakeholders")
	p.peopleOpinion, _ = f.str("concerned_people_opinion", "consultation.views")
	if v, ok := f.integer("concerned_people_status", "consultation.questions"); ok {
		p.peopleStatus = optInt{v, true}
	}
	// The tool exports rejection_reason and applied_adjustments; some
	// versions spell them rejected_reason and applied_adjustements.
	for _, k := range []string{"rejection_reason", "rejected_reason"} {
		if s, ok := f.str(k, "sign_off.steps"); ok && strings.TrimSpace(s) != "" && p.rejectionReason == "" {
			p.rejectionReason, p.rejectionKey = s, k
		}
	}
	for _, k := range []string{"applied_adjustments", "applied_adjustements"} {
		if s, ok := f.str(k, "sign_off.steps"); ok && strings.TrimSpace(s) != "" && p.appliedAdjustments == "" {
			p.appliedAdjustments, p.adjustmentsKey = s, k
		}
	}
	p.createdAt, p.createdRaw = f.stampDate("created_at", "date")
	p.updatedAt, p.updatedRaw = f.stampDate("updated_at", "date")
	p.isExample, _ = f.boolean("is_example", "")
	p.isArchive, _ = f.boolean("is_archive", "")
	if id, ok := f.identifier("structure_id"); ok && id != 0 {
		p.hasStructure, p.structureID = true, id
	}
	p.structureName, _ = f.str("structure_name", "questions")
	p.structureSector, _ = f.str("structure_sector_name", "questions")
	if strings.TrimSpace(p.structureName) != "" || strings.TrimSpace(p.structureSector) != "" {
		p.hasStructure = true
	}
	if sd, ok := f.object("structure_data", ""); ok {
		p.structureQuestions = readStructure(sd)
		p.structureSource = f.at("structure_data")
		p.hasStructure = true
	}
	if f.present("user_pias") && strings.TrimSpace(p.authorName) == "" {
		p.usersIgnored = f.at("user_pias")
	}
	f.unknownKeys("id", "status", "name", "category", "author_name", "evaluator_name", "validator_name",
		"dpo_status", "dpo_opinion", "dpos_names", "people_names", "concerned_people_opinion",
		"concerned_people_status", "concerned_people_searched_opinion", "concerned_people_searched_content",
		"rejection_reason", "rejected_reason", "applied_adjustments", "applied_adjustements", "is_example",
		"is_archive", "created_at", "updated_at", "structure_id", "structure_name", "structure_sector_name",
		"structure_data", "progress", "lock_version", "user_pias", "guests", "authors", "evaluators",
		"validators", "numberOfQuestions")
	return p
}

// readStructure collects the questions of a template's questionnaire
// whose title is the template's own text (the default questions carry
// the tool's translation keys instead).
func readStructure(sd map[string]any) map[int]templateQuestion {
	out := map[int]templateQuestion{}
	sections, _ := sd["sections"].([]any)
	for _, s := range sections {
		so, _ := s.(map[string]any)
		items, _ := so["items"].([]any)
		for _, it := range items {
			io, _ := it.(map[string]any)
			qs, _ := io["questions"].([]any)
			for _, q := range qs {
				qo, _ := q.(map[string]any)
				n, ok := qo["id"].(json.Number)
				if !ok {
					continue
				}
				id, err := wholeNumber(n)
				if err != nil || id <= 0 || id >= 1<<31 {
					continue
				}
				if _, _, _, ok := splitQuestionID(int(id)); !ok {
					continue
				}
				title, _ := qo["title"].(string)
				placeholder, _ := qo["placeholder"].(string)
				if isTranslationKey(title) {
					title = ""
				}
				if isTranslationKey(placeholder) {
					placeholder = ""
				}
				out[int(id)] = templateQuestion{title: decodedLine(title), placeholder: decodedLine(placeholder)}
			}
		}
	}
	return out
}

// decodedLine returns a template's title or guidance on one line, its
// character references decoded.
func decodedLine(s string) string {
	t, _ := richtext.ParseText(s)
	return squash(t.Plain())
}

// isTranslationKey reports whether s is one of the tool's translation
// keys ("sections.1.items.1.questions.1.title") rather than text.
func isTranslationKey(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.ContainsAny(s, " \t\n") && strings.Count(s, ".") >= 2
}

func readAnswer(f fields, ok bool) (answerRecord, bool) {
	if !ok {
		return answerRecord{}, false
	}
	r := answerRecord{source: f.source}
	ref, refOK := f.identifier("reference_to")
	r.ref, r.refOK = ref, refOK
	if refOK {
		r.source = f.source + " reference_to=" + strconv.FormatInt(ref, 10)
	} else if f.present("reference_to") {
		f.rep.add(KindWrongType, f.at("reference_to"), "", "reference_to is %s; want a question id; the answer is not imported", jsonType(f.obj["reference_to"]))
	} else {
		f.rep.add(KindMissing, f.at("reference_to"), "", "the answer names no question; not imported")
	}
	df := fields{source: r.source + " data", rep: f.rep}
	if d, ok := f.object("data", ""); ok {
		df.obj = d
		r.text, r.hasTxt = df.str("text", "")
		if g, ok := df.integer("gauge", ""); ok {
			r.gauge = optInt{g, true}
		}
		if l, ok := df.array("list", ""); ok {
			for i, e := range l {
				s, ok := e.(string)
				if !ok {
					if e != nil {
						f.rep.add(KindWrongType, df.source+".list["+strconv.Itoa(i)+"]", "", "list entry is %s; want a string", jsonType(e))
					}
					continue
				}
				r.list = append(r.list, s)
			}
		}
		df.unknownKeys("text", "gauge", "list")
	}
	f.unknownKeys("id", "pia_id", "reference_to", "data", "created_at", "updated_at", "answer_type")
	return r, true
}

func readMeasure(f fields, ok bool) (measureRecord, bool) {
	if !ok {
		return measureRecord{}, false
	}
	r := measureRecord{source: f.source}
	r.id, r.idOK = f.identifier("id")
	r.title, _ = f.str("title", "risks.measures")
	r.content, _ = f.str("content", "risks.measures")
	f.unknownKeys("id", "pia_id", "title", "content", "placeholder", "created_at", "updated_at")
	return r, true
}

func readEvaluation(f fields, ok bool) (evaluationRecord, bool) {
	if !ok {
		return evaluationRecord{}, false
	}
	r := evaluationRecord{source: f.source}
	switch v := f.obj["reference_to"].(type) {
	case string:
		r.ref = strings.TrimSpace(v)
	case json.Number:
		r.ref = v.String()
	default:
		if v != nil {
			f.rep.add(KindWrongType, f.at("reference_to"), "", "reference_to is %s; want a string such as \"3.2\"", jsonType(v))
		} else {
			f.rep.add(KindMissing, f.at("reference_to"), "", "the evaluation names nothing it evaluates; not imported")
		}
		return r, false
	}
	// "#" marks a further evaluation of the same reference in the model.
	r.ref = strings.ReplaceAll(r.ref, "#", "")
	if r.ref == "" {
		f.rep.add(KindMissing, f.at("reference_to"), "", "the evaluation names nothing it evaluates; not imported")
		return r, false
	}
	r.source = f.source + " reference_to=" + r.ref
	f.source = r.source
	if v, ok := f.integer("status", ""); ok {
		r.status = optInt{v, true}
	}
	if v, ok := f.integer("global_status", ""); ok {
		r.global = optInt{v, true}
	}
	r.comment, _ = f.str("evaluation_comment", "")
	r.actionPlan, _ = f.str("action_plan_comment", "action_plan")
	r.inCharge, _ = f.str("person_in_charge", "action_plan")
	r.due, r.dueRaw = f.stampDate("estimated_implementation_date", "action_plan")
	r.evaluated, r.evaluatedRaw = f.stampDate("evaluation_date", "evaluations")
	if g, ok := f.object("gauges", ""); ok {
		gf := fields{obj: g, source: f.at("gauges"), rep: f.rep}
		if v, ok := gf.integer("x", ""); ok {
			r.x = optInt{v, true}
		}
		if v, ok := gf.integer("y", ""); ok {
			r.y = optInt{v, true}
		}
		gf.unknownKeys("x", "y")
	}
	f.unknownKeys("id", "pia_id", "reference_to", "status", "global_status", "evaluation_comment",
		"action_plan_comment", "gauges", "estimated_implementation_date", "person_in_charge",
		"evaluation_date", "created_at", "updated_at", "evaluation_infos")
	return r, true
}

func readComment(f fields, ok bool) (commentRecord, bool) {
	if !ok {
		return commentRecord{}, false
	}
	r := commentRecord{source: f.source}
	switch v := f.obj["reference_to"].(type) {
	case string:
		r.ref, r.refText = strings.TrimSpace(v), true
	case json.Number:
		r.ref = v.String()
	default:
		if v != nil {
			f.rep.add(KindWrongType, f.at("reference_to"), "", "reference_to is %s; want a question or measure id", jsonType(v))
			return r, false
		}
	}
	r.source = f.source + " reference_to=" + r.ref
	r.forMeasure, _ = f.boolean("for_measure", "")
	r.description, _ = f.str("description", "")
	f.unknownKeys("id", "pia_id", "reference_to", "for_measure", "description", "created_at", "updated_at")
	return r, true
}
