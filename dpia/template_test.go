package dpia

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallTemplate returns a processor template with one open item per
// owner, valid for CheckTemplate.
func smallTemplate() *Assessment {
	return &Assessment{
		Title:      "Vidacare Connect",
		AuthoredBy: PartyKindProcessor,
		Banner:     "Vidacare is a data processor: completing the DPIA is your responsibility.",
		OpenItems: []OpenItem{
			{Path: "parties.controller.name", Owner: PartyKindController, Label: "Name of controller", Guidance: "Your organisation's legal name."},
			{Path: "processing.scope.individuals", Step: StepProcessing, Owner: PartyKindProcessor, Label: "How many individuals are affected?", Guidance: "Updated after trading experience."},
		},
	}
}

func TestCheckTemplateAcceptsValidTemplate(t *testing.T) {
	tpl := smallTemplate()
	require.NoError(t, tpl.CheckTemplate())
	assert.True(t, tpl.isTemplate())

	empty := &Assessment{AuthoredBy: PartyKindProcessor}
	assert.NoError(t, empty.CheckTemplate(), "a template may leave nothing open")
}

func TestCheckTemplateRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *Assessment)
		want   []string
		path   bool // the error wraps a *PathError
		notTpl bool // the error wraps ErrNotTemplate
	}{
		{name: "controller-written", change: func(a *Assessment) { a.AuthoredBy = PartyKindController }, want: []string{"not a processor template"}, notTpl: true},
		{name: "authorship unknown", change: func(a *Assessment) { a.AuthoredBy = "" }, want: []string{"not a processor template"}, notTpl: true},
		{name: "unknown path", change: func(a *Assessment) { a.OpenItems[0].Path = "parties.controler.name" },
			want: []string{`open_items[0]: path "parties.controler.name": parties has no member "controler"`}, path: true},
		{name: "empty path", change: func(a *Assessment) { a.OpenItems[0].Path = "" }, want: []string{"open_items[0]", "empty path"}, path: true},
		{name: "duplicate", change: func(a *Assessment) { a.OpenItems[1].Path = a.OpenItems[0].Path },
			want: []string{`open_items[1]: path "parties.controller.name" is already open_items[0]`}},
		{name: "overlap", change: func(a *Assessment) { a.OpenItems[1].Path = "parties.controller" },
			want: []string{`open_items[1]: path "parties.controller" overlaps open_items[0] "parties.controller.name"`}},
		{name: "no owner", change: func(a *Assessment) { a.OpenItems[1].Owner = "" },
			want: []string{`open_items[1]: owner "" is not controller or processor`}},
		{name: "bad step", change: func(a *Assessment) { a.OpenItems[1].Step = Step("bogus-9") },
			want: []string{"open_items[1]: step \"bogus-9\" is not one of the seven steps"}},
		{name: "no guidance", change: func(a *Assessment) { a.OpenItems[0].Guidance = "  " },
			want: []string{`open_items[0]: no guidance for "parties.controller.name"`}},
		{name: "several at once", change: func(a *Assessment) {
			a.AuthoredBy = PartyKindController
			a.OpenItems[0].Guidance = ""
			a.OpenItems[1].Path = "nope"
		}, want: []string{"not a processor template", "open_items[0]: no guidance", `open_items[1]: path "nope"`}, path: true, notTpl: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl := smallTemplate()
			tt.change(tpl)
			err := tpl.CheckTemplate()
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			var pe *PathError
			assert.Equal(t, tt.path, errors.As(err, &pe))
			assert.Equal(t, tt.notTpl, errors.Is(err, ErrNotTemplate))
		})
	}
}

func TestCheckTemplateNil(t *testing.T) {
	var a *Assessment
	assert.ErrorIs(t, a.CheckTemplate(), ErrNotTemplate)
	assert.False(t, a.isTemplate())
	assert.Nil(t, a.OpenItemsFor(PartyKindController))
	assert.False(t, (&Assessment{}).isTemplate())
}

func TestOpenItemsFor(t *testing.T) {
	tpl := smallTemplate()
	c := tpl.OpenItemsFor(PartyKindController)
	require.Len(t, c, 1)
	assert.Equal(t, "parties.controller.name", c[0].Path)
	p := tpl.OpenItemsFor(PartyKindProcessor)
	require.Len(t, p, 1)
	assert.Equal(t, "processing.scope.individuals", p[0].Path)
	assert.Nil(t, tpl.OpenItemsFor(""))

	c[0].Path = "changed"
	assert.Equal(t, "parties.controller.name", tpl.OpenItems[0].Path, "the result is a fresh slice")
}

func TestOpenItemStep(t *testing.T) {
	assert.Equal(t, StepNecessity, OpenItem{Path: "necessity.claims"}.stepOf(), "zero step: the path's")
	assert.Equal(t, StepSignOff, OpenItem{Path: "necessity.claims", Step: StepSignOff}.stepOf(), "an explicit step wins")
	assert.Equal(t, StepNecessity, OpenItem{Path: "necessity.claims", Step: Step("bogus--3")}.stepOf())
	assert.Empty(t, OpenItem{Path: "parties.controller"}.stepOf())
}
