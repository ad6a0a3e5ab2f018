package cnilpia_test

import (
	"encoding/json"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dpiakit/dpiakit/dpia"
)

// markupPayloads is markup typed into every field of an assessment: an
// image with an event handler, a script, javascript: links, and quotes
// and tags that break out of an attribute or an element.
var markupPayloads = []string{
	`<img src=x onerror=alert(1)>`,
	`<script>alert(1)</script>`,
	`<a href="javascript:alert(1)">click</a> javascript:alert(1)`,
	`"><img src=x onerror=alert(1)>`,
	`'><svg onload=alert(1)>`,
	`</p></li></ul><iframe src="javascript:alert(1)"></iframe>`,
	`<p title="x" onclick="alert(1)" style="x">a</p>`,
	"- <b onmouseover=alert(1)>list</b>\n- <a href='vbscript:x'>item</a>\n\n1. <em>one</em>",
}

// TestExportNoLiveMarkup puts markup in every text field of an assessment
// with every part the CNIL format has (titles, names, opinions, comments,
// measure titles and contents, evaluations, answers, people, categories),
// exports it, and parses every string of the export as HTML, as the tool
// may show it: no element but p, ul, ol, li, strong, em, a and br, and no
// attribute but the href of a link to an http, https or mailto address.
func TestExportNoLiveMarkup(t *testing.T) {
	for _, payload := range markupPayloads {
		a, _ := importFile(t, "fitness-app.json")
		orig, _ := importFile(t, "fitness-app.json")
		seen := 0
		fillText(reflect.ValueOf(a).Elem(), payload, 0, &seen)
		require.Greater(t, seen, 100)
		// The references that place a value in the format stay: the parts
		// evaluated, the ids of custom questions (comments) and actions,
		// the titles of the evaluator's and validator's roles, and the
		// risks' references.
		for i := range a.Evaluations {
			a.Evaluations[i].Part = orig.Evaluations[i].Part
		}
		for i := range a.ActionPlan {
			a.ActionPlan[i].ID, a.ActionPlan[i].RiskRefs = orig.ActionPlan[i].ID, orig.ActionPlan[i].RiskRefs
		}
		for i := range a.Parties.Roles {
			a.Parties.Roles[i].Title = orig.Parties.Roles[i].Title
		}
		for i := range a.Risks.Risks {
			a.Risks.Risks[i].Reference = orig.Risks.Risks[i].Reference
		}
		for _, l := range [][2][]dpia.Question{{a.Questions, orig.Questions}, {a.Necessity.Questions, orig.Necessity.Questions},
			{a.RiskContext.Questions, orig.RiskContext.Questions}, {a.Parties.Questions, orig.Parties.Questions}} {
			for i := range l[0] {
				l[0][i].ID = l[1][i].ID
			}
		}
		var doc any
		require.NoError(t, json.Unmarshal(exportBytes(t, a), &doc))
		strs, escaped := 0, map[string]bool{}
		walkStrings(doc, "", func(path, s string) {
			if listEntry.MatchString(path) {
				// The entries of the tool's tag lists (impacts, threats,
				// sources, measures of a risk) are plain text, matched
				// against measure titles as written.
				return
			}
			strs++
			if strings.Contains(s, "&lt;") {
				escaped[listIndex.ReplaceAllString(path, "[]")] = true
			}
			checkSafeHTML(t, path, s)
		})
		assert.Greater(t, strs, 100)
		// The markup is in the export, as text, in every kind of field.
		for _, path := range []string{".pia.name", ".pia.author_name", ".pia.evaluator_name", ".pia.validator_name",
			".pia.dpos_names", ".pia.dpo_opinion", ".pia.concerned_people_opinion", ".pia.people_names", ".pia.category",
			".measures[].title", ".measures[].content", ".evaluations[].evaluation_comment", ".evaluations[].action_plan_comment",
			".evaluations[].person_in_charge", ".comments[].description", ".answers[].data.text"} {
			assert.True(t, escaped[path], "%s holds the markup as text: %q", path, payload)
		}
	}
}

// listEntry matches the path of an entry of an answer's list.
var listEntry = regexp.MustCompile(`^\.answers\[\d+\]\.data\.list\[\d+\]$`)

// listIndex matches the index of a list in a path.
var listIndex = regexp.MustCompile(`\[\d+\]`)

// walkStrings calls f with every string of a decoded JSON value and its
// path.
func walkStrings(v any, path string, f func(path, s string)) {
	switch v := v.(type) {
	case string:
		f(path, v)
	case []any:
		for i, e := range v {
			walkStrings(e, path+"["+strconv.Itoa(i)+"]", f)
		}
	case map[string]any:
		for k, e := range v {
			walkStrings(e, path+"."+k, f)
		}
	}
}

// checkSafeHTML parses s as the content of a page's body and checks every
// node.
func checkSafeHTML(t *testing.T, path, s string) {
	t.Helper()
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	require.NoError(t, err, path)
	var check func(n *html.Node)
	check = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			switch n.DataAtom {
			case atom.P, atom.Ul, atom.Ol, atom.Li, atom.Strong, atom.Em, atom.A, atom.Br:
			default:
				assert.Failf(t, "element", "%s: element %s in %q", path, n.Data, s)
			}
			for _, at := range n.Attr {
				if at.Key != "href" || n.DataAtom != atom.A {
					assert.Failf(t, "attribute", "%s: attribute %s of %s in %q", path, at.Key, n.Data, s)
					continue
				}
				u, err := url.Parse(at.Val)
				if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
					assert.Failf(t, "link", "%s: link to %q in %q", path, at.Val, s)
				}
			}
		case html.CommentNode, html.DoctypeNode:
			assert.Failf(t, "markup", "%s: %s node in %q", path, n.Data, s)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			check(c)
		}
	}
	for _, n := range nodes {
		check(n)
	}
}
