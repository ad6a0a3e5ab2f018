package dpia

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// questionChain returns a list holding one question with follow-ups
// levels deep: the question itself is level 1, and each level holds one
// follow-up, owned by the controller and unanswered.
func questionChain(levels int) []Question {
	q := Question{ID: "leaf", Text: "Leaf question?", Owner: PartyKindController, Guidance: "g"}
	for i := 1; i < levels; i++ {
		q = Question{Text: "Follow-up?", Owner: PartyKindController, Guidance: "g", Questions: []Question{q}}
	}
	return []Question{q}
}

// chainPath returns the path of the question at depth in a chain placed
// at list.
func chainPath(list string, depth int) string {
	return list + "[0]" + strings.Repeat(".questions[0]", depth-1)
}

// chainDepth returns the number of levels of the chain qs starts.
func chainDepth(qs []Question) int {
	n := 0
	for len(qs) > 0 {
		n++
		qs = qs[0].Questions
	}
	return n
}

// nestingList is a question list of the document, with the deepest
// follow-up depth a document holds there.
type nestingList struct {
	path  string
	max   int
	place func(a *Assessment, qs []Question)
}

// nestingLists covers the list of the document object, a list of a
// step, and the one list nested one level further.
var nestingLists = []nestingList{
	{path: "questions", max: 31, place: func(a *Assessment, qs []Question) { a.Questions = qs }},
	{path: "need.questions", max: 31, place: func(a *Assessment, qs []Question) { a.Need.Questions = qs }},
	{path: "processing.security.questions", max: 30, place: func(a *Assessment, qs []Question) { a.Processing.Security.Questions = qs }},
}

// hostileDepth is the depth of a chain of questions built in Go far
// beyond any bound.
const hostileDepth = 100_000

// TestCheckNestingAgreesWithEncode checks the bound at each kind of list
// at 10 levels, at the bound, one past it and at 100,000 levels:
// CheckNesting accepts exactly what Encode can write, and names the first
// question too deep.
func TestCheckNestingAgreesWithEncode(t *testing.T) {
	for _, l := range nestingLists {
		for _, levels := range []int{10, l.max, l.max + 1, hostileDepth} {
			t.Run(fmt.Sprintf("%s/%d", l.path, levels), func(t *testing.T) {
				a := &Assessment{Title: "Nesting"}
				l.place(a, questionChain(levels))
				err := a.CheckNesting()
				encodeErr := Encode(&bytes.Buffer{}, a)
				if levels <= l.max {
					assert.NoError(t, err)
					assert.NoError(t, encodeErr)
					return
				}
				var ne, encodeNE *NestingError
				require.ErrorAs(t, encodeErr, &encodeNE, "Encode checks the nesting first")
				require.ErrorAs(t, err, &ne)
				assert.Equal(t, ne, encodeNE)
				assert.Equal(t, "dpia: encode: "+strings.TrimPrefix(err.Error(), "dpia: "), encodeErr.Error())
				assert.Equal(t, &NestingError{Path: chainPath(l.path, l.max+1), Depth: l.max + 1, Max: l.max}, ne)
				assert.NoError(t, checkPath(ne.Path), "the path names a field of the document")
				assert.Equal(t, fmt.Sprintf("dpia: %s: a custom question nested %d deep; questions here nest at most %d deep, "+
					"as a document holds at most 64 levels of JSON objects and arrays", ne.Path, l.max+1, l.max), err.Error())
			})
		}
	}
}

// TestCheckNestingReportsTheFirstInDocumentOrder checks which question
// CheckNesting names among several too deep, and that wide lists are
// fine.
func TestCheckNestingReportsTheFirstInDocumentOrder(t *testing.T) {
	assert.NoError(t, (*Assessment)(nil).CheckNesting())
	assert.NoError(t, (&Assessment{}).CheckNesting())

	a := &Assessment{}
	a.Questions = questionChain(hostileDepth)
	a.Need.Questions = questionChain(32)
	var ne *NestingError
	require.ErrorAs(t, a.CheckNesting(), &ne)
	assert.Equal(t, chainPath("need.questions", 32), ne.Path, "need comes before the title page's questions in the document")

	wide := &Assessment{Questions: make([]Question, 10_000)}
	wide.Questions[9_999].Questions = questionChain(31)
	require.ErrorAs(t, wide.CheckNesting(), &ne)
	assert.Equal(t, "questions[9999]"+strings.Repeat(".questions[0]", 31), ne.Path)
	wide.Questions[9_999].Questions = questionChain(30)
	assert.NoError(t, wide.CheckNesting())
}

// TestValidateReportsQuestionTooDeep checks DP022: one finding per chain
// too deep, at its first question too deep, none for a chain at the
// bound.
func TestValidateReportsQuestionTooDeep(t *testing.T) {
	a := &Assessment{}
	a.Questions = questionChain(31)
	a.Need.Questions = questionChain(hostileDepth)
	a.Processing.Security.Questions = append(questionChain(31), questionChain(31)...)
	fs := a.Validate(nil).ByRule(ruleQuestionTooDeep)
	require.Len(t, fs, 3, "findings: %v", fs)
	assert.Equal(t, chainPath("need.questions", 32), fs[0].Path)
	assert.Equal(t, "a custom question nested 32 deep: questions here nest at most 31 deep, as a document holds at most 64 levels "+
		"of JSON objects and arrays; the document cannot be saved", fs[0].Message)
	assert.Equal(t, chainPath("processing.security.questions", 31), fs[1].Path)
	assert.Equal(t, "processing.security.questions[1]"+strings.Repeat(".questions[0]", 30), fs[2].Path)
	for _, f := range fs {
		assert.NoError(t, checkPath(f.Path))
	}
}

// TestHostileNestingErrors checks that every function that returns an
// error refuses a chain of questions too deep with a *NestingError naming
// its path, and changes nothing.
func TestHostileNestingErrors(t *testing.T) {
	wantPath := chainPath("need.questions", 32)
	check := func(t *testing.T, prefix string, err error) {
		t.Helper()
		var ne *NestingError
		require.ErrorAs(t, err, &ne)
		assert.Equal(t, wantPath, ne.Path)
		assert.True(t, strings.HasPrefix(err.Error(), prefix+wantPath+": a custom question nested 32 deep"), err.Error())
	}
	deep := questionChain(hostileDepth)

	_, err := (&Assessment{Need: Need{Questions: deep}}).Digest()
	check(t, "dpia: digest: ", err)

	a := approvedAssessment(t)
	a.Need.Questions = deep
	before := a.SignOff
	err = a.Sign(Signing{Kind: SignOffKindDPOAdvice, Signer: Signer{Person: sgSam}, Date: sgDay(2022, 5, 1), Decision: DecisionApproved})
	check(t, "dpia: sign: digest: ", err)
	assert.Equal(t, before, a.SignOff, "a failed signature changes nothing")
	_, err = a.staleSteps()
	check(t, "dpia: digest: ", err)
	_, err = a.Revise(Revision{Version: "2.0", Date: sgDay(2023, 1, 1)})
	check(t, "dpia: revise: ", err)
	assert.Equal(t, StatusApproved, a.Status, "a failed revision changes nothing")
	assert.NotEmpty(t, a.Validate(&sgNow).ByRule(ruleStaleSignature), "the signatures cannot be checked")

	tpl := smallTemplate()
	tpl.Need.Questions = deep
	inst, err := tpl.Instantiate(Party{Name: "Eastmoor Surgery"}, &InstantiateOptions{ID: instanceID})
	check(t, "dpia: instantiate: ", err)
	assert.Nil(t, inst)

	c, err := tpl.Completeness()
	check(t, "dpia: completeness: ", err)
	assert.Equal(t, 2+31, c.Total, "the open items and the questions within the bound count")
}

// TestNestingAtTheBound checks that the same functions accept, and keep,
// a chain of questions at the bound.
func TestNestingAtTheBound(t *testing.T) {
	chain := questionChain(31)

	a := approvedAssessment(t)
	a.Need.Questions = chain
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindDPOAdvice, Signer: Signer{Person: sgSam}, Date: sgDay(2022, 5, 1), Decision: DecisionApproved}))
	digest, err := a.Digest()
	require.NoError(t, err)
	signed := a.SignOff.Rows[a.SignOff.signingRow(SignOffKindDPOAdvice, sgSam.Name)]
	assert.Equal(t, digest, "jcs-sha256:"+signed.Signature.Content, "the signature covers the content at the bound")
	next, err := a.Revise(Revision{Version: "2.0", Date: sgDay(2023, 1, 1)})
	require.NoError(t, err)
	assert.Equal(t, 31, chainDepth(next.Need.Questions))

	tpl := smallTemplate()
	tpl.Need.Questions = questionChain(31)
	tpl.Need.Questions[0].Answer = "The processor's answer"
	tpl.OpenItems = append(tpl.OpenItems, OpenItem{Path: "need.questions", Owner: PartyKindController, Guidance: "g"})
	inst, err := tpl.Instantiate(Party{Name: "Eastmoor Surgery"}, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Equal(t, 31, chainDepth(inst.Need.Questions))
	assert.Empty(t, inst.Need.Questions[0].Answer, "the controller's section is cleared")
	assert.Equal(t, "The processor's answer", tpl.Need.Questions[0].Answer, "the template is unchanged")
	require.NoError(t, Encode(&bytes.Buffer{}, inst))

	tpl.OpenItems = tpl.OpenItems[:2]
	c, err := tpl.Completeness()
	require.NoError(t, err)
	assert.Equal(t, 2+31, c.Total)
	assert.Equal(t, 1, c.Answered, "the answered question")
}

// TestDeepWalksStopAtTheirBound checks the walks that follow a value all
// the way down: a value nobody checked with CheckNesting makes them fail,
// never exhaust the stack.
func TestDeepWalksStopAtTheirBound(t *testing.T) {
	deep := questionChain(hostileDepth)
	got, err := deepCopy(deep)
	assert.ErrorIs(t, err, errValueTooDeep)
	assert.Nil(t, got)
	assert.ErrorIs(t, clearAnswers(reflect.ValueOf(&deep).Elem()), errValueTooDeep)

	fine := questionChain(31)
	got, err = deepCopy(fine)
	require.NoError(t, err)
	assert.Equal(t, fine, got)
	require.NoError(t, clearAnswers(reflect.ValueOf(&got).Elem()))
	assert.Equal(t, 31, chainDepth(got))
}

// TestHostilePathsStayLinear checks paths through questions, which the
// types allow at any depth: a path of 1 MiB names a field, and reaches
// into a chain of questions built in Go, without work beyond its length
// (BenchmarkHostilePath times it).
func TestHostilePathsStayLinear(t *testing.T) {
	hostile := hostilePath()
	require.NoError(t, checkPath(hostile))
	a := &Assessment{Questions: questionChain(hostileDepth)}
	answered, err := a.answered(hostile)
	require.NoError(t, err)
	assert.True(t, answered, "the question's text is there")
	answered, err = a.answered(strings.TrimSuffix(hostile, "text") + "answer")
	require.NoError(t, err)
	assert.False(t, answered)

	var pe *PathError
	require.ErrorAs(t, checkPath(hostile+"x"), &pe)
	assert.Equal(t, hostile+"x", pe.Path)
	assert.Equal(t, strings.TrimSuffix(hostile, ".text")+` has no member "textx"`, pe.Err.Error())
}

// hostilePath returns a path of about 1 MiB through questions.
func hostilePath() string {
	return strings.Repeat("questions[0].", 1<<20/len("questions[0].")) + "text"
}

// TestQuestionListsAreTheDocuments checks what the walks over questions
// rest on: in the types of the document, Question is the only type that
// holds itself, no field is an interface (which could hold anything), the
// document nests far less than 64 levels apart from follow-up questions,
// and its lists of questions, none inside another list, are those of
// questionLists, in document order.
func TestQuestionListsAreTheDocuments(t *testing.T) {
	var (
		problems []string
		deepest  int
		lists    []string
	)
	var visit func(t reflect.Type, path string, level int, onPath map[reflect.Type]bool)
	visit = func(t reflect.Type, path string, level int, onPath map[reflect.Type]bool) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if onPath[t] {
			problems = append(problems, t.String()+" holds itself at "+path)
			return
		}
		if t.Kind() != reflect.Struct && isOpaque(t) {
			return // written as text, such as formatted text as its HTML
		}
		switch t.Kind() {
		case reflect.Interface:
			problems = append(problems, "interface "+t.String()+" at "+path)
		case reflect.Slice, reflect.Array, reflect.Map:
			if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
				return // base64 text
			}
			deepest = max(deepest, level+1)
			if t.Elem() == docQuestionType {
				lists = append(lists, path)
				return // the questions, bounded by CheckNesting
			}
			visit(t.Elem(), path+"[]", level+1, onPath)
		case reflect.Struct:
			if t == docQuestionType {
				problems = append(problems, "a question outside a list at "+path)
				return
			}
			if isOpaque(t) {
				return // a decimal: text
			}
			deepest = max(deepest, level+1)
			onPath[t] = true
			for _, f := range docFields(t) {
				visit(f.Type, strings.TrimPrefix(path+"."+f.Name, "."), level+1, onPath)
			}
			delete(onPath, t)
		}
	}
	visit(reflect.TypeFor[Assessment](), "", 0, map[reflect.Type]bool{})
	assert.Empty(t, problems)
	assert.Less(t, deepest, 16, "the document's own nesting, follow-up questions aside")

	var want []string
	for _, l := range questionLists(&Assessment{}) {
		want = append(want, l.Path)
	}
	assert.Equal(t, want, lists)
	for _, l := range nestingLists {
		assert.Contains(t, want, l.path)
		assert.Equal(t, l.max, maxFollowUpDepth(l.path), l.path)
	}
}

// TestQuestionListsReadTheDocument checks that questionLists reads each
// list from its own field: every list of a document whose lists hold
// their own paths comes back with its path.
func TestQuestionListsReadTheDocument(t *testing.T) {
	a := &Assessment{}
	root := reflect.ValueOf(a).Elem()
	for _, l := range questionLists(a) {
		v, err := lookupDocPath(root, l.Path)
		require.NoError(t, err)
		v.Set(reflect.ValueOf([]Question{{ID: l.Path}}))
	}
	for _, l := range questionLists(a) {
		require.Len(t, l.Questions, 1, l.Path)
		assert.Equal(t, l.Path, l.Questions[0].ID)
	}
}

func TestQuestionListsExported(t *testing.T) {
	assert.Nil(t, (*Assessment)(nil).QuestionLists())
	a := &Assessment{Need: Need{Questions: []Question{{ID: "q1"}}}}
	lists := a.QuestionLists()
	want := questionLists(a)
	assert.Equal(t, want[:], lists)
	require.Len(t, lists, 13)
	assert.Equal(t, "need.questions", lists[2].Path)
	lists[2].Questions[0].Answer = "shared"
	assert.Equal(t, "shared", a.Need.Questions[0].Answer, "the lists are the assessment's own slices")
}
