package cnilpia

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// Export writes a as a file the CNIL PIA tool imports: the five keys of
// the tool's own exports with the same JSON types, rich text as HTML
// (user text escaped; paragraphs as <p>, lists as <ul>), gauges 1-4,
// answers referring to question ids and evaluations to item references.
// The package documentation gives the mapping.
//
// What the format has no place for is not dropped: Export reads its own
// output back as Import would, and every value of a that does not come
// back is written, as "label: value" paragraphs, after the heading
// "Further information (not in the CNIL questionnaire)" at the end of the
// nearest answer (or of the DPO's or concerned people's opinion). Import
// keeps such text in a custom question, so Export then Import preserves
// every mapped field, and exporting again adds nothing.
//
// The output is deterministic: the same assessment always gives the same
// bytes. Its timestamps come from the assessment's date (midnight UTC),
// never from the clock. Export fails when w or a is nil, when the custom
// questions of a are more than an assessment document holds: a question
// nested too deep, or more than dpia.MaxQuestionNodes questions, follow-up
// lists that an assessment built in Go shares between parents counted
// once per parent (the error wraps the *dpia.NestingError naming the
// first; see dpia.Assessment.CheckNesting), or when w fails. It checks
// the questions before anything else, with work bounded by
// dpia.MaxQuestionNodes; past that, its time and memory are linear in the
// size of a's JSON document (as dpia.Encode writes it), however many
// measures, risks, questions and answers a holds.
func Export(w io.Writer, a *dpia.Assessment) error {
	if w == nil {
		return errors.New("cnilpia: export: nil writer")
	}
	if a == nil {
		return errors.New("cnilpia: export: nil assessment")
	}
	if err := a.CheckNesting(); err != nil {
		return fmt.Errorf("cnilpia: export: %w", err)
	}
	x := newExporter(a)
	data, err := marshalFile(x.file(nil))
	if err != nil {
		return err
	}
	back, _, err := importBytes(data, ImportOptions{})
	if err != nil {
		return fmt.Errorf("cnilpia: export: reading the export back: %w", err)
	}
	if lost := remainder(a, back, x.pairs); len(lost) > 0 {
		data, err = marshalFile(x.file(x.appendixLines(lost)))
		if err != nil {
			return err
		}
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("cnilpia: export: %w", err)
	}
	return nil
}

// marshalFile encodes the export, indented, HTML characters as they are.
func marshalFile(f fileJSON) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("cnilpia: export: %w", err)
	}
	return buf.Bytes(), nil
}

// exporter writes one assessment.
type exporter struct {
	a     *dpia.Assessment
	piaID int64
	// pairs maps, for the lists whose elements Export picks or reorders,
	// the index of an element of a to the index of the element that comes
	// back from the export (see remainder).
	pairs map[string]map[int]int
	// appendix holds the appendices a already carries (custom questions
	// "cnil.appendix.<key>"), by key.
	appendix map[string]string
	// slots holds the index of the risk exported in each risk item, -1
	// for none.
	slots [3]int
	// rights maps the answers 223-225 to the index of the right exported
	// there.
	rights map[int]int
	// dpoStep and validationStep are the indexes of the sign-off rows
	// exported as the DPO's opinion and the validation, -1 for none.
	dpoStep, validationStep int
	// measureAt indexes the register's measures by identifier (see
	// measureIndex).
	measureAt map[uuid.UUID]int
	// stamps holds the tool's timestamps kept by Import, by key.
	stamps map[string]string
	// peopleStep is the index of the sign-off row exported as the data
	// subjects' opinion, -1 for none.
	peopleStep int
}

func newExporter(a *dpia.Assessment) *exporter {
	x := &exporter{a: a, pairs: map[string]map[int]int{}, appendix: map[string]string{}, dpoStep: -1, validationStep: -1, peopleStep: -1, stamps: readStamps(a)}
	for _, p := range []string{"risks.risks", "necessity.rights", "necessity.principles", "parties.roles",
		"consultation.stakeholders", "sign_off.steps", "inventory.items", "inventory.systems",
		"processing.purposes", "inventory.retention"} {
		x.pairs[p] = map[int]int{}
	}
	if rest, ok := strings.CutPrefix(strings.TrimSpace(a.Reference), referencePrefix); ok {
		if n, err := strconv.ParseInt(rest, 10, 64); err == nil && n != 0 && strconv.FormatInt(n, 10) == rest {
			x.piaID = n
		}
	}
	appendices := map[string][]string{}
	for _, list := range questionLists(a) {
		for _, q := range list {
			if key, ok := strings.CutPrefix(q.ID, appendixPrefix); ok && key != "" {
				if text := normalizeText(q.Answer); text != "" {
					appendices[key] = append(appendices[key], text)
				}
			}
		}
	}
	for key, texts := range appendices {
		x.appendix[key] = strings.Join(texts, "\n\n")
	}
	x.chooseRisks()
	x.chooseRights()
	x.chooseSignOff()
	return x
}

// pair records that element i of the list at path comes back as element
// j.
func (x *exporter) pair(path string, i, j int) {
	if x.pairs[path] == nil {
		x.pairs[path] = map[int]int{}
	}
	x.pairs[path][i] = j
}

// questionLists returns every custom question list of a, in a fixed
// order.
func questionLists(a *dpia.Assessment) [][]dpia.Question {
	return [][]dpia.Question{
		a.Questions, a.Parties.Questions, a.Need.Questions, a.Processing.Questions, a.Processing.Security.Questions,
		a.Inventory.Questions, a.Consultation.Questions, a.Necessity.Questions, a.RiskContext.Questions,
		a.SignOff.Questions, a.Review.Questions, a.Outcomes.Questions,
	}
}

// questionListPaths are the JSON paths of the lists of questionLists, in
// the same order.
var questionListPaths = []string{
	"questions", "parties.questions", "need.questions", "processing.questions", "processing.security.questions",
	"inventory.questions", "consultation.questions", "necessity.questions", "risk_context.questions",
	"sign_off.questions", "review.questions", "outcomes.questions",
}

// answerPath is the JSON path of the answer of the i-th question of the
// k-th list of questionLists.
func answerPath(k, i int) string { return dpiakit.Index(questionListPaths[k], i) + ".answer" }

// findQuestionPath returns the first custom question with the given id
// and the JSON path of its answer.
func findQuestionPath(a *dpia.Assessment, id string) (dpia.Question, string, bool) {
	for k, list := range questionLists(a) {
		for i, q := range list {
			if q.ID == id {
				return q, answerPath(k, i), true
			}
		}
	}
	return dpia.Question{}, "", false
}

// findQuestion returns the first custom question with the given id.
func findQuestion(a *dpia.Assessment, id string) (dpia.Question, bool) {
	for _, list := range questionLists(a) {
		for _, q := range list {
			if q.ID == id {
				return q, true
			}
		}
	}
	return dpia.Question{}, false
}

// file builds the export, with extra appendix text by key (see route).
func (x *exporter) file(extra map[string]string) fileJSON {
	app := map[string]string{}
	for k, v := range x.appendix {
		app[k] = v
	}
	for k, v := range extra {
		app[k] = joinNonEmpty(app[k], v)
	}
	f := fileJSON{
		Pia:         x.pia(app),
		Answers:     x.answers(app),
		Measures:    x.measures(app),
		Evaluations: x.evaluations(),
		Comments:    x.comments(),
	}
	// The tool reads the lists without checking them: write [] for none.
	if f.Answers == nil {
		f.Answers = []answerJSON{}
	}
	if f.Measures == nil {
		f.Measures = []measureJSON{}
	}
	if f.Evaluations == nil {
		f.Evaluations = []evaluationJSON{}
	}
	if f.Comments == nil {
		f.Comments = []commentJSON{}
	}
	return f
}

// stamp returns the timestamp of the assessment's date, nil when it has
// none.
func (x *exporter) stamp() *string {
	if s := timestamp(x.a.Date); s != "" {
		return &s
	}
	return nil
}

// formHTML writes the model text at path of a form field of the tool
// (an opinion, a reason) as safe HTML, its appendix after it.
func (x *exporter) formHTML(path, text, appendix string) string {
	return x.textHTML(path, text) + appendixHTML(appendix)
}

// appendixHTML writes an appendix under its heading, as HTML.
func appendixHTML(appendix string) string {
	if appendix == "" {
		return ""
	}
	return headingHTML(appendixHeading) + plainHTML(appendix)
}

// stampOf returns the timestamp the tool's file held under key when it is
// of date d (see importer.timestamps), else midnight UTC of d; nil for
// the zero date.
func (x *exporter) stampOf(key string, d dpiakit.Date) *string {
	if raw, ok := x.stamps[key]; ok {
		if rd, ok := parseTimestamp(raw); ok && rd == d {
			return &raw
		}
	}
	if s := timestamp(d); s != "" {
		return &s
	}
	return nil
}

// readStamps reads the timestamps question of a.
func readStamps(a *dpia.Assessment) map[string]string {
	out := map[string]string{}
	q, ok := findQuestion(a, timestampsID)
	if !ok {
		return out
	}
	for _, line := range strings.Split(q.Answer, "\n") {
		if key, raw, ok := strings.Cut(strings.TrimSpace(line), ": "); ok {
			out[key] = strings.TrimSpace(raw)
		}
	}
	return out
}
