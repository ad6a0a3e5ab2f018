package cnilpia

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// maxTerm bounds the term of a "term: detail" list item that Import splits
// (a purpose's name, a data item's, a supporting asset's): longer text
// before ": " is a sentence, not a term.
const maxTerm = 80

// measures maps the measures, in file order, to the register's measures.
func (im *importer) measures() {
	im.measureByID = map[int64]int{}
	for i, m := range im.f.measures {
		target := dpiakit.Index("risks.measures", i)
		main, app := splitAppendix(im.richText(m.content, m.source+" content", target+".description"))
		title := im.readLine(m.title, m.source+" title", target+".title")
		im.a.Risks.Measures = append(im.a.Risks.Measures, risk.Measure{
			ID:          measureID(im.a.ID, i),
			Title:       title,
			Description: im.keep(target+".description", main),
		})
		im.addAppendix(&im.a.RiskContext.Questions, measureKey(i), "measure "+quoted(title), app)
		if !m.idOK {
			continue
		}
		if _, dup := im.measureByID[m.id]; dup {
			im.rep.add(KindDuplicate, m.source, target, "measure id %d is used twice; evaluations and comments name the first", m.id)
			continue
		}
		im.measureByID[m.id] = i
	}
}

// measureKey is the key of the i-th measure in appendix, evaluation and
// comment references: "measure.1" for the first.
func measureKey(i int) string { return "measure." + strconv.Itoa(i+1) }

func quoted(s string) string { return "\u201c" + s + "\u201d" }

// collectAnswers keeps the first answer to each question; the others are
// kept as custom questions.
func (im *importer) collectAnswers() {
	im.answers = map[int64]*answerRecord{}
	seen := map[int64]int{}
	for i := range im.f.answers {
		r := &im.f.answers[i]
		if !r.refOK {
			continue
		}
		if _, dup := im.answers[r.ref]; !dup {
			im.answers[r.ref] = r
			continue
		}
		seen[r.ref]++
		key := strconv.FormatInt(r.ref, 10) + "." + strconv.Itoa(seen[r.ref]+1)
		list, target := im.questionList(r.ref)
		blocks := im.answerBlocks(r, target)
		if r.gauge.ok && r.gauge.v != 0 {
			im.rep.add(KindUnmapped, r.source+" data.gauge", target, "gauge %d of a further answer not imported", r.gauge.v)
		}
		im.addQuestion(list, target, dpia.Question{ID: duplicatePrefix + key, Text: "Second answer to question " + strconv.FormatInt(r.ref, 10)}, blocks)
		im.rep.add(KindDuplicate, r.source, target, "a further answer to question %d, kept as a custom question", r.ref)
	}
}

// answerBlocks returns the text of an answer with its list entries as a
// list block after it.
func (im *importer) answerBlocks(r *answerRecord, target string) []block {
	blocks := im.richText(r.text, r.source+" data.text", target)
	if items := im.listEntries(r, target); len(items) > 0 {
		l := &richtext.List{}
		for _, it := range items {
			l.Items = append(l.Items, richtext.Item{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: it}}}}}})
		}
		blocks = append(blocks, blocksOf(richtext.Text{{List: l}})...)
	}
	return blocks
}

// listEntries reads the entries of an answer's list, character
// references decoded, empty ones dropped.
func (im *importer) listEntries(r *answerRecord, target string) []string {
	var out []string
	for i, s := range r.list {
		if s = im.readLine(s, r.source+" data.list["+strconv.Itoa(i)+"]", target); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// cleanList squashes list entries and drops empty ones.
func cleanList(list []string) []string {
	var out []string
	for _, s := range list {
		if s = squash(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// addQuestion appends q to the custom question list at listPath, its
// answer the plain text of blocks, their formatting kept at the
// answer's path.
func (im *importer) addQuestion(list *[]dpia.Question, listPath string, q dpia.Question, blocks []block) {
	q.Answer = im.keep(dpiakit.Index(listPath, len(*list))+".answer", blocks)
	*list = append(*list, q)
}

// questionList returns the custom question list of the step a question id
// belongs to, and its path: section 1 item 1 the processing, item 2 the
// inventory, section 2 necessity, section 3 the risk context; question
// 112 the parties; other ids the assessment's own list.
func (im *importer) questionList(id int64) (*[]dpia.Question, string) {
	a := im.a
	if id == 112 {
		return &a.Parties.Questions, "parties.questions"
	}
	section, item, _, _ := splitQuestionID(smallID(id))
	switch {
	case section == 1 && item == 1:
		return &a.Processing.Questions, "processing.questions"
	case section == 1 && item == 2:
		return &a.Inventory.Questions, "inventory.questions"
	case section == 2:
		return &a.Necessity.Questions, "necessity.questions"
	case section == 3:
		return &a.RiskContext.Questions, "risk_context.questions"
	}
	return &a.Questions, "questions"
}

// textAnswer returns the blocks of the answer to a text question, with
// its appendix kept; nil when unanswered.
func (im *importer) textAnswer(q question, target string) []block {
	r, ok := im.answers[int64(q.id)]
	if !ok {
		return nil
	}
	blocks := im.answerBlocks(r, target)
	if items := cleanList(r.list); len(items) > 0 {
		im.rep.add(KindUnmapped, r.source+" data.list", target, "a list on a text question; its %d entries are kept as a list after the text", len(items))
	}
	if r.gauge.ok && r.gauge.v != 0 {
		im.rep.add(KindUnmapped, r.source+" data.gauge", target, "gauge %d on a text question not imported", r.gauge.v)
	}
	main, app := splitAppendix(blocks)
	list, _ := im.questionList(int64(q.id))
	im.addAppendix(list, strconv.Itoa(q.id), q.label, app)
	return main
}

// defaultAnswers maps the answers to the text questions of sections 1
// and 2, in questionnaire order.
func (im *importer) defaultAnswers() {
	a := im.a
	for _, q := range defaultQuestions() {
		if q.kind != answerText {
			continue
		}
		target := textTarget(q.id)
		blocks := im.textAnswer(q, target)
		if len(blocks) == 0 {
			continue
		}
		source := im.answers[int64(q.id)].source
		switch q.id {
		case 111:
			a.Need.Summary = im.keep("need.summary", blocks)
		case 112:
			im.addQuestion(&a.Parties.Questions, "parties.questions", dpia.Question{ID: questionPrefix + "112", Text: q.label}, blocks)
			im.rep.add(KindCustomQuestion, source, target, "the model has no field for the responsibilities of the parties")
		case 113:
			a.Processing.Context.CodesAndCertification = im.keep("processing.context.codes_and_certification", blocks)
		case 121:
			prose, items := im.dataItems(blocks, source)
			a.Processing.Scope.DataNature = im.keep("processing.scope.data_nature", prose)
			used := map[string]bool{}
			for _, it := range items {
				a.Inventory.Items = append(a.Inventory.Items, im.dataItem(it, used, source, len(a.Inventory.Items)))
			}
		case 122:
			a.Processing.Nature.Workflow = im.keep("processing.nature.workflow", blocks)
		case 123:
			prose, items := im.splitItems(blocks, source, "inventory.systems", "supporting assets")
			a.Processing.Nature.Storage = im.keep("processing.nature.storage", prose)
			for _, it := range items {
				name, desc := termDetail(it)
				a.Inventory.Systems = append(a.Inventory.Systems, dpia.System{Name: name, Description: desc})
			}
		case 211:
			prose, items := im.splitItems(blocks, source, "processing.purposes", "purposes")
			a.Processing.Aims = im.keep("processing.aims", prose)
			for _, it := range items {
				name, desc := termDetail(it)
				a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{Name: name, Description: desc})
			}
		case 212:
			a.Necessity.BasisText = im.keep("necessity.basis_text", blocks)
			im.legalBasis(blocks)
		case 213:
			a.Necessity.QualityMinimisation = im.keep("necessity.quality_minimisation", blocks)
		case 214:
			path := dpiakit.Index("necessity.principles", len(a.Necessity.Principles)) + ".answer"
			a.Necessity.Principles = append(a.Necessity.Principles, dpia.PrincipleAnswer{Principle: lawfulbasis.PrincipleAccuracy, Question: q.label, Answer: im.keep(path, blocks)})
		case 215:
			prose, items := im.splitItems(blocks, source, "inventory.retention", "retention rules")
			a.Processing.Scope.RetentionSummary = im.keep("processing.scope.retention_summary", prose)
			for _, it := range items {
				a.Inventory.Retention = append(a.Inventory.Retention, retentionRule(it))
			}
		case 221:
			a.Necessity.Information = im.keep("necessity.information", blocks)
		case 222:
			im.addQuestion(&a.Necessity.Questions, "necessity.questions", dpia.Question{ID: questionPrefix + "222", Text: q.label}, blocks)
			im.rep.add(KindCustomQuestion, source, target, "the model has no field for how consent is obtained")
		case 223, 224, 225:
			right := map[int]lawfulbasis.Right{223: lawfulbasis.RightOfAccess, 224: lawfulbasis.RightToRectification, 225: lawfulbasis.RightToRestriction}[q.id]
			path := dpiakit.Index("necessity.rights", len(a.Necessity.Rights)) + ".how"
			a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: right, Label: q.label, How: im.keep(path, blocks)})
		case 226:
			a.Necessity.ProcessorCompliance = im.keep("necessity.processor_compliance", blocks)
		case 227:
			a.Necessity.TransferSafeguards = im.keep("necessity.transfer_safeguards", blocks)
		}
	}
}

// textTarget returns the model path that receives the answer to the text
// question id.
func textTarget(id int) string {
	switch id {
	case 111:
		return "need.summary"
	case 112:
		return "parties.questions"
	case 113:
		return "processing.context.codes_and_certification"
	case 121:
		return "inventory.items"
	case 122:
		return "processing.nature.workflow"
	case 123:
		return "inventory.systems"
	case 211:
		return "processing.purposes"
	case 212:
		return "necessity.claims"
	case 213:
		return "necessity.quality_minimisation"
	case 214:
		return "necessity.principles"
	case 215:
		return "inventory.retention"
	case 221:
		return "necessity.information"
	case 222:
		return "necessity.questions"
	case 223, 224, 225:
		return "necessity.rights"
	case 226:
		return "necessity.processor_compliance"
	case 227:
		return "necessity.transfer_safeguards"
	}
	return ""
}

// splitItems separates the items of the flat lists of an answer (each
// item one paragraph) from its prose. A list that nests, or whose items
// hold more than one paragraph, is not a list of things: it stays in the
// prose, with its formatting, and is reported as not read into target.
func (im *importer) splitItems(blocks []block, source, target, what string) (prose []block, items []string) {
	for _, b := range blocks {
		if !b.list {
			prose = append(prose, b)
			continue
		}
		if !flatList(b.rt.List) {
			prose = append(prose, b)
			im.rep.add(KindNotParsed, source, target, "a nested list is kept as text with its structure; its items are not read as %s", what)
			continue
		}
		first := len(items)
		for _, it := range b.rt.List.Items {
			if s := squash(richtext.Text(it.Blocks).Plain()); s != "" {
				items = append(items, s)
			}
		}
		if b.rt.List.Ordered && first == 0 {
			// The items become typed values, which hold no numbering:
			// keep the list's, so that Export numbers them again.
			im.a.RichText = append(im.a.RichText, richtext.Field{Path: target, Text: itemList(items, b.rt.List.Start)})
		}
	}
	return prose, items
}

// itemList returns items as a numbered list starting at start (0: 1), the
// formatting of a list answer whose items become typed values.
func itemList(items []string, start int) richtext.Text {
	l := &richtext.List{Ordered: true, Start: start}
	for _, it := range items {
		l.Items = append(l.Items, richtext.Item{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: it}}}}}})
	}
	return richtext.Text{{List: l}}
}

// flatList reports whether every item of l is at most one paragraph.
func flatList(l *richtext.List) bool {
	if l == nil {
		return false
	}
	for _, it := range l.Items {
		if len(it.Blocks) > 1 || (len(it.Blocks) == 1 && it.Blocks[0].List != nil) {
			return false
		}
	}
	return true
}

// termDetail splits a list item "term: detail"; an item without such a
// separator is all term.
func termDetail(item string) (term, detail string) {
	if t, d, ok := splitTerm(item, maxTerm); ok {
		return t, d
	}
	return item, ""
}

// retentionRule makes a retention rule of a list item of answer 2.1.5:
// "data: period" with the period read when it is exactly a period ("3
// years", "28 days", "indefinitely"), else kept as notes.
func retentionRule(item string) dpia.RetentionRule {
	data, detail := termDetail(item)
	r := dpia.RetentionRule{Data: data}
	if detail == "" {
		return r
	}
	if p, ok := parsePeriod(detail); ok {
		r.Period = p
	} else {
		r.Notes = detail
	}
	return r
}

// parsePeriod reads text that is exactly a period as Period.String writes
// it: "1 month", "28 days", "for the contract's duration",
// "indefinitely".
func parsePeriod(text string) (dpia.Period, bool) {
	for _, p := range []dpia.Period{{Unit: dpia.PeriodUnitContractDuration}, {Unit: dpia.PeriodUnitIndefinite}} {
		if text == p.String() {
			return p, true
		}
	}
	amount, unit, ok := strings.Cut(text, " ")
	if !ok || amount == "" || amount[0] == '0' || len(amount) > 6 {
		return dpia.Period{}, false
	}
	n, err := strconv.Atoi(amount)
	if err != nil || n <= 0 {
		return dpia.Period{}, false
	}
	u, err := dpia.Parse[dpia.PeriodUnit](unit)
	if err != nil {
		return dpia.Period{}, false
	}
	p := dpia.Period{Amount: n, Unit: u}
	if !p.IsValid() || p.String() != text {
		return dpia.Period{}, false
	}
	return p, true
}

// otherAnswers keeps the answers to questions outside the default
// questionnaire as custom questions: those of the file's template with
// their title and guidance, unknown ones with their id.
func (im *importer) otherAnswers() {
	ids := make([]int64, 0, len(im.answers))
	for id := range im.answers {
		if _, ok := lookupQuestion(smallID(id)); ok {
			continue
		}
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		r := im.answers[id]
		list, target := im.questionList(id)
		key := strconv.FormatInt(id, 10)
		q := dpia.Question{ID: questionPrefix + key}
		tq, inTemplate := im.f.pia.structureQuestions[smallID(id)]
		blocks := im.answerBlocks(r, target)
		if !inTemplate && len(blocks) == 0 {
			continue
		}
		switch {
		case inTemplate && tq.title != "":
			q.Text, q.Guidance = tq.title, tq.placeholder
			im.rep.add(KindCustomQuestion, r.source, target, "question %d of the template kept as a custom question", id)
		default:
			q.Text = "Question " + key + " (not in the CNIL questionnaire)"
			q.Guidance = tq.placeholder
			where := "is not in the default questionnaire nor in the file's template"
			if _, _, _, ok := splitQuestionID(smallID(id)); !ok {
				where = "is not a question id of the CNIL tool"
			}
			im.rep.add(KindUnknownQuestion, r.source, target, "question %d %s; kept as a custom question", id, where)
		}
		if r.gauge.ok && r.gauge.v != 0 {
			im.rep.add(KindUnmapped, r.source+" data.gauge", target, "gauge %d on a custom question not imported", r.gauge.v)
		}
		main, app := splitAppendix(blocks)
		q.Answer = joinBlocks(main)
		*list = append(*list, q)
		im.addAppendix(list, key, q.Text, app)
	}
}
