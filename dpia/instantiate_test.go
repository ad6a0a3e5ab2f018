package dpia

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

var (
	instanceID = uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90")
	trustParty = Party{Name: "Eastmoor Community Health NHS Trust", PublicAuthority: true, Country: "GB",
		Certifications: []Certification{{Scheme: CertificationSchemeDSPT, Level: "standards met"}}}
)

// signedTemplate is smallTemplate with the processor's identity, people,
// sign-off, review and completion record filled in.
func signedTemplate(t *testing.T) *Assessment {
	tpl := smallTemplate()
	tpl.ID = uuid.MustParse("0b7f1d2e-9c3a-4e5b-8d6f-1a2b3c4d5e6f")
	tpl.Reference = "VC-DPIA"
	tpl.Version = "3"
	tpl.Status = StatusApproved
	tpl.Date = mustDate(t, "2021-05-06")
	tpl.DateText = "06.05.21"
	tpl.Revisions = []Revision{{Version: "3", Date: mustDate(t, "2021-05-06")}}
	tpl.Parties.Controller = Party{Name: "Vidacare Ltd"}
	tpl.Parties.DPO = Person{Name: "Dana Whitfield", Position: "Director"}
	tpl.Parties.Contact = Person{Email: "dana@vidacare.example"}
	tpl.Parties.Processors = []Processor{{Party: Party{ID: "vidacare", Name: "Vidacare Ltd"}, Service: "Telehealth platform"}}
	tpl.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.Consent}, {Basis: lawfulbasis.LegitimateInterests}}
	tpl.Necessity.ProcessorNote = "Vidacare processes under the customer's basis."
	steps := SignOffTemplate(MethodICO)
	steps[0].Signer = Signer{Person: Person{Name: "Dana Whitfield", Position: "Director"}}
	steps[0].Date = mustDate(t, "2021-05-06")
	steps[0].Decision = DecisionApproved
	steps[2].Summary = "Processing can proceed."
	steps[3].Comments = "Approved."
	steps[3].Reasons = "none"
	steps[3].Label = "DPO advice accepted or overruled by:"
	tpl.SignOff = SignOff{Rows: steps, Questions: []Question{{Text: "Kept?", Owner: PartyKindController, Guidance: "g"}}}
	tpl.Review = Review{NextReview: mustDate(t, "2022-05-06"), NextReviewText: "May 2022", Owner: Person{Name: "Owen Pritchard"}, Frequency: "annually"}
	tpl.Outcomes = SignOffOutcomes{Summary: "Robust.", CompletedBy: Person{Name: "Ruth Okafor"}, CompletedOn: mustDate(t, "2022-08-16"), CompletedText: "August 2022"}
	tpl.Attachments = []Link{{Title: "Further detail", URL: "https://vidacare.example/documents"}}
	return tpl
}

func TestInstantiate(t *testing.T) {
	tpl := signedTemplate(t)
	date := mustDate(t, "2026-11-23")
	dpo := Person{Name: "Hannah Carlisle", Position: "Data Protection Officer"}
	inst, err := tpl.Instantiate(trustParty, &InstantiateOptions{ID: instanceID, Date: date, Reference: "EM-DPIA-042", Title: "Vidacare Connect at Eastmoor", DPO: dpo})
	require.NoError(t, err)

	assert.Equal(t, instanceID, inst.ID)
	assert.Equal(t, "Vidacare Connect at Eastmoor", inst.Title)
	assert.Equal(t, "EM-DPIA-042", inst.Reference)
	assert.Equal(t, date, inst.Date)
	assert.Empty(t, inst.DateText)
	assert.Empty(t, inst.Version)
	assert.Nil(t, inst.Revisions)
	assert.Equal(t, StatusDraft, inst.Status)
	assert.Equal(t, PartyKindController, inst.AuthoredBy)
	assert.False(t, inst.isTemplate())
	assert.Equal(t, trustParty, inst.Parties.Controller)
	assert.Equal(t, dpo, inst.Parties.DPO)
	assert.True(t, inst.Parties.Contact.IsZero(), "the processor's contact is not the customer's")

	assert.Equal(t, tpl.Banner, inst.Banner, "the banner is kept for the renderers")
	assert.Equal(t, tpl.OpenItems, inst.OpenItems)
	assert.Equal(t, tpl.Necessity.CandidateClaims, inst.Necessity.CandidateClaims, "the customer chooses among them")
	assert.Empty(t, inst.Necessity.Claims)
	assert.Equal(t, tpl.Necessity.ProcessorNote, inst.Necessity.ProcessorNote)
	assert.Equal(t, tpl.Parties.Processors, inst.Parties.Processors)

	require.Len(t, inst.SignOff.Rows, len(tpl.SignOff.Rows))
	for i, st := range inst.SignOff.Rows {
		orig := tpl.SignOff.Rows[i]
		assert.Equal(t, SignOffRow{Kind: orig.Kind, Label: orig.Label, Notes: orig.Notes}, st, "row %d is blank for the customer", i)
	}
	assert.Equal(t, tpl.SignOff.Questions, inst.SignOff.Questions)
	assert.Equal(t, Review{Frequency: "annually"}, inst.Review)
	assert.Equal(t, SignOffOutcomes{Summary: "Robust."}, inst.Outcomes)

	require.Len(t, inst.Attachments, 2)
	assert.Equal(t, tpl.Attachments[0], inst.Attachments[0])
	assert.Equal(t, Link{Title: "Vidacare Connect (processor template)",
		Description: "The processor's DPIA template this assessment was instantiated from (version 3, id 0b7f1d2e-9c3a-4e5b-8d6f-1a2b3c4d5e6f)."}, inst.Attachments[1])

	c, err := inst.Completeness()
	require.NoError(t, err)
	assert.NotContains(t, openPaths(c), "parties.controller.name", "the customer's identity is filled in")
}

func openPaths(c Completeness) []string {
	var out []string
	for _, it := range c.Items {
		out = append(out, it.Path)
	}
	return out
}

func TestInstantiateKeepsTitleAndLinksUntitled(t *testing.T) {
	tpl := smallTemplate()
	inst, err := tpl.Instantiate(trustParty, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Equal(t, "Vidacare Connect", inst.Title)
	assert.True(t, inst.Date.IsZero())
	assert.Equal(t, []Link{{Title: "Vidacare Connect (processor template)", Description: "The processor's DPIA template this assessment was instantiated from."}}, inst.Attachments)

	tpl.Title = ""
	inst, err = tpl.Instantiate(trustParty, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Equal(t, "Untitled (processor template)", inst.Attachments[0].Title)
}

func TestInstantiateGeneratesIDWhenNoneGiven(t *testing.T) {
	tpl := smallTemplate()
	a, err := tpl.Instantiate(trustParty, nil)
	require.NoError(t, err)
	b, err := tpl.Instantiate(trustParty, nil)
	require.NoError(t, err)
	assert.NotEqual(t, uuid.Nil, a.ID)
	assert.Equal(t, uuid.Version(4), a.ID.Version())
	assert.NotEqual(t, a.ID, b.ID, "each instance has a fresh id")
}

func TestInstantiateErrors(t *testing.T) {
	var nilTemplate *Assessment
	_, err := nilTemplate.Instantiate(trustParty, nil)
	assert.ErrorIs(t, err, ErrNotTemplate)

	controllerWritten := smallTemplate()
	controllerWritten.AuthoredBy = PartyKindController
	_, err = controllerWritten.Instantiate(trustParty, nil)
	assert.ErrorIs(t, err, ErrNotTemplate)
	assert.ErrorContains(t, err, "dpia: instantiate: ")

	badItem := smallTemplate()
	badItem.OpenItems[0].Path = "parties.controler.name"
	_, err = badItem.Instantiate(trustParty, nil)
	var pe *PathError
	assert.True(t, errors.As(err, &pe))

	for _, name := range []string{"", "  \t"} {
		inst, err := smallTemplate().Instantiate(Party{Name: name, PublicAuthority: true}, nil)
		assert.EqualError(t, err, "dpia: instantiate: the controller has no name")
		assert.Nil(t, inst)
	}
}

// processorTemplate returns fullAssessment, where every field is set, as
// a valid processor template.
func processorTemplate(t *testing.T) *Assessment {
	a := fullAssessment(t)
	a.AuthoredBy = PartyKindProcessor
	require.NoError(t, a.CheckTemplate())
	return &a
}

// snapshot returns a text dump of every exported value in a, raw
// numbers for enums included, so that any change shows; it does not rest
// on the code under test.
func snapshot(t *testing.T, a *Assessment) string {
	t.Helper()
	var b strings.Builder
	var dump func(v reflect.Value)
	dump = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			fmt.Fprintf(&b, "%q,", v.String())
		case reflect.Bool:
			fmt.Fprintf(&b, "%t,", v.Bool())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			fmt.Fprintf(&b, "%d,", v.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			fmt.Fprintf(&b, "%d,", v.Uint())
		case reflect.Pointer:
			if v.IsNil() {
				b.WriteString("nil,")
				return
			}
			dump(v.Elem())
		case reflect.Slice, reflect.Array:
			fmt.Fprintf(&b, "[%d:", v.Len())
			for i := range v.Len() {
				dump(v.Index(i))
			}
			b.WriteString("]")
		case reflect.Map:
			b.WriteString("{")
			keys := v.MapKeys()
			slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(fmt.Sprint(x), fmt.Sprint(y)) })
			for _, k := range keys {
				fmt.Fprintf(&b, "%v:", k)
				dump(v.MapIndex(k))
			}
			b.WriteString("}")
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[decimal.Decimal]() {
				b.WriteString(v.Interface().(decimal.Decimal).String() + ",")
				return
			}
			b.WriteString("(")
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					dump(v.Field(i))
				}
			}
			b.WriteString(")")
		}
	}
	dump(reflect.ValueOf(a).Elem())
	return b.String()
}

func TestInstantiateSharesNothing(t *testing.T) {
	tpl := processorTemplate(t)
	controller, err := deepCopy(tpl.Parties.Controller)
	require.NoError(t, err)
	before := snapshot(t, tpl)
	inst, err := tpl.Instantiate(controller, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	require.Equal(t, before, snapshot(t, tpl), "Instantiate leaves the template as it was")

	shared, compared := sharedMemory(reflect.ValueOf(*tpl), reflect.ValueOf(*inst), "")
	assert.Empty(t, shared, "template and instance share memory")
	assert.Greater(t, compared, 50, "the walk compared the model's lists, maps and pointers")
	shared, _ = sharedMemory(reflect.ValueOf(controller), reflect.ValueOf(inst.Parties.Controller), "parties.controller")
	assert.Empty(t, shared, "the instance shares nothing with the controller passed in")

	// Change every field of the instance: the template must not move.
	instanceBefore := snapshot(t, inst)
	changed := mutateAll(reflect.ValueOf(inst).Elem())
	assert.Greater(t, changed, 200)
	assert.NotEqual(t, instanceBefore, snapshot(t, inst))
	assert.Equal(t, before, snapshot(t, tpl), "changing the instance changed the template")

	// And the reverse.
	inst2, err := tpl.Instantiate(controller, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	inst2Before := snapshot(t, inst2)
	mutateAll(reflect.ValueOf(tpl).Elem())
	mutateAll(reflect.ValueOf(&controller).Elem())
	assert.Equal(t, inst2Before, snapshot(t, inst2), "changing the template changed an instance")
}

func TestDeepCopy(t *testing.T) {
	a := fullAssessment(t)
	a.Attachments = []Link{} // empty, not nil
	a.ActionPlan = nil
	c, err := deepCopy(a)
	require.NoError(t, err)
	assert.Equal(t, a, c)
	assert.NotNil(t, c.Attachments, "an empty list stays empty, not nil")
	assert.Nil(t, c.ActionPlan)
	shared, _ := sharedMemory(reflect.ValueOf(a), reflect.ValueOf(c), "")
	assert.Empty(t, shared)
	require.NotEmpty(t, a.Risks.Matrix.Likelihood.Levels)
	assert.True(t, a.Risks.Matrix.Likelihood.Levels[0].Value.Equal(c.Risks.Matrix.Likelihood.Levels[0].Value))

	type holder struct {
		M map[string][]int
		P *Person
		I any
		D decimal.Decimal
	}
	h := holder{M: map[string][]int{"a": {1}}, P: &Person{Name: "x"}, I: []string{"y"}, D: decimal.RequireFromString("1.50")}
	hc, err := deepCopy(h)
	require.NoError(t, err)
	assert.Equal(t, h.M, hc.M)
	assert.Equal(t, *h.P, *hc.P)
	assert.Equal(t, h.I, hc.I)
	assert.True(t, h.D.Equal(hc.D))
	shared, compared := sharedMemory(reflect.ValueOf(h), reflect.ValueOf(hc), "")
	assert.Empty(t, shared)
	assert.GreaterOrEqual(t, compared, 4)
	hc.M["a"][0] = 2
	hc.P.Name = "z"
	hc.I.([]string)[0] = "w"
	assert.Equal(t, holder{M: map[string][]int{"a": {1}}, P: &Person{Name: "x"}, I: []string{"y"}, D: h.D}, h)
	empty, err := deepCopy(holder{})
	require.NoError(t, err)
	assert.Equal(t, holder{}, empty)
}

// TestSharedMemoryFindsSharing shows the checker used above can fail: a
// shallow copy shares its lists.
func TestSharedMemoryFindsSharing(t *testing.T) {
	a := fullAssessment(t)
	shallow := a
	shared, _ := sharedMemory(reflect.ValueOf(a), reflect.ValueOf(shallow), "")
	assert.Contains(t, shared, "revisions")
	assert.Contains(t, shared, "parties.processors")
	half, err := deepCopy(a)
	require.NoError(t, err)
	half.Parties.Controller.Certifications = a.Parties.Controller.Certifications
	shared, _ = sharedMemory(reflect.ValueOf(a), reflect.ValueOf(half), "")
	assert.Equal(t, []string{"parties.controller.certifications"}, shared)
	d := decimal.RequireFromString("2.5")
	shared, _ = sharedMemory(reflect.ValueOf(struct{ D decimal.Decimal }{d}), reflect.ValueOf(struct{ D decimal.Decimal }{d}), "")
	assert.NotEmpty(t, shared, "a decimal's number is memory too")
}

// sharedMemory walks a and b, values of the same type, side by side,
// unexported fields included, and returns the paths where both hold the
// same list backing array, map or pointer, with the number of such
// places compared.
func sharedMemory(a, b reflect.Value, path string) (shared []string, compared int) {
	var walk func(a, b reflect.Value, path string)
	walk = func(a, b reflect.Value, path string) {
		switch a.Kind() {
		case reflect.Pointer:
			if a.IsNil() || b.IsNil() {
				return
			}
			compared++
			if a.Pointer() == b.Pointer() {
				shared = append(shared, path)
				return
			}
			walk(a.Elem(), b.Elem(), path)
		case reflect.Interface:
			if !a.IsNil() && !b.IsNil() && a.Elem().Type() == b.Elem().Type() {
				walk(a.Elem(), b.Elem(), path)
			}
		case reflect.Slice:
			if a.Cap() > 0 && b.Cap() > 0 {
				compared++
				if a.Pointer() == b.Pointer() {
					shared = append(shared, path)
					return
				}
			}
			for i := range min(a.Len(), b.Len()) {
				walk(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.Map:
			if a.IsNil() || b.IsNil() {
				return
			}
			compared++
			if a.Pointer() == b.Pointer() {
				shared = append(shared, path)
				return
			}
			iter := a.MapRange()
			for iter.Next() {
				if bv := b.MapIndex(iter.Key()); bv.IsValid() {
					walk(iter.Value(), bv, fmt.Sprintf("%s[%v]", path, iter.Key()))
				}
			}
		case reflect.Array:
			for i := range a.Len() {
				walk(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.Struct:
			for i := range a.NumField() {
				f := a.Type().Field(i)
				name := f.Name
				if tag := f.Tag.Get("json"); tag != "" && tag[0] != ',' {
					name = tag[:len(tag)-len(tagOptions(tag))]
				}
				walk(a.Field(i), b.Field(i), dpiakit.JoinPath(path, name))
			}
		}
	}
	walk(a, b, path)
	return shared, compared
}

// tagOptions returns the ",omitempty" part of a json tag.
func tagOptions(tag string) string {
	for i := range len(tag) {
		if tag[i] == ',' {
			return tag[i:]
		}
	}
	return ""
}

// mutateAll changes every exported field it can reach in v (addressable):
// strings, numbers and booleans, the elements of lists and maps, and what
// pointers point to. It returns the number of values changed.
func mutateAll(v reflect.Value) int {
	n := 0
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "~")
			n++
		case reflect.Bool:
			v.SetBool(!v.Bool())
			n++
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(v.Int() + 1)
			n++
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(v.Uint() + 1)
			n++
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			iter := v.MapRange()
			for iter.Next() {
				e := reflect.New(v.Type().Elem()).Elem()
				e.Set(iter.Value())
				walk(e)
				v.SetMapIndex(iter.Key(), e)
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[decimal.Decimal]() {
				v.Set(reflect.ValueOf(v.Interface().(decimal.Decimal).Add(decimal.NewFromInt(1))))
				n++
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(v)
	return n
}
