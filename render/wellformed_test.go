package render

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// voidElements have no end tag in HTML5.
func voidElements() map[string]bool {
	return map[string]bool{"meta": true, "br": true, "link": true, "img": true, "hr": true, "input": true, "col": true, "wbr": true}
}

var (
	anyTagPattern = regexp.MustCompile(`<[^>]*>`)
	elemPattern   = regexp.MustCompile(`^<(/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>$`)
	entityPattern = regexp.MustCompile(`^(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);`)
)

// wellFormed checks the page as an HTML5 validator would for what the
// template can get wrong: the doctype first; every tag well formed, with
// quoted attribute values; every element closed in order (void elements
// excepted); no "<", ">" or stray "&" in text; no markup in the
// stylesheet; one html, head, title, body and main.
func wellFormed(page string) error {
	body, ok := strings.CutPrefix(page, "<!DOCTYPE html>\n")
	if !ok {
		return errors.New("no doctype first")
	}
	// The stylesheet is raw text: take it out before looking at tags.
	if i, j := strings.Index(body, "<style>"), strings.Index(body, "</style>"); i >= 0 && j > i {
		if strings.Contains(body[i+len("<style>"):j], "<") {
			return errors.New("markup inside the stylesheet")
		}
		body = body[:i+len("<style>")] + body[j:]
	}
	var stack []string
	counts := map[string]int{}
	last := 0
	for _, loc := range anyTagPattern.FindAllStringIndex(body, -1) {
		text := body[last:loc[0]]
		last = loc[1]
		if strings.ContainsAny(text, "<>") {
			return fmt.Errorf("unescaped < or > in text %q", text)
		}
		for _, amp := range strings.Split(text, "&")[1:] {
			if !entityPattern.MatchString(amp) {
				return fmt.Errorf("stray & in text %q", text)
			}
		}
		tag := body[loc[0]:loc[1]]
		m := elemPattern.FindStringSubmatch(tag)
		if m == nil {
			return fmt.Errorf("malformed tag %q", tag)
		}
		closing, name := m[1] == "/", m[2]
		switch {
		case voidElements()[name]:
			if closing {
				return fmt.Errorf("end tag for void element %q", tag)
			}
		case closing:
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return fmt.Errorf("end tag %q does not close the open element (open: %v)", tag, stack)
			}
			stack = stack[:len(stack)-1]
		default:
			stack = append(stack, name)
			counts[name]++
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("elements left open: %v", stack)
	}
	if rest := strings.TrimSpace(body[last:]); rest != "" {
		return fmt.Errorf("text after </html>: %q", rest)
	}
	for _, once := range []string{"html", "head", "title", "body", "main"} {
		if counts[once] != 1 {
			return fmt.Errorf("%d <%s> elements", counts[once], once)
		}
	}
	return nil
}

// checkWellFormed fails t when the page is not well formed.
func checkWellFormed(t *testing.T, page string) {
	t.Helper()
	require.NoError(t, wellFormed(page))
}

// TestHTMLIsWellFormed checks the page of each seed, of the zero
// assessment and of a full one.
func TestHTMLIsWellFormed(t *testing.T) {
	for _, name := range seedNames() {
		checkWellFormed(t, renderHTML(t, loadSeed(t, name), Options{IncludeGuidance: true, IncludeFindings: true}))
	}
	checkWellFormed(t, renderHTML(t, nil, Options{}))
	checkWellFormed(t, renderHTML(t, filledAssessment(func(string, int) string { return "x & y" }, nil), Options{IncludeGuidance: true}))
}

// TestWellFormedCheckFails proves the checker rejects broken pages.
func TestWellFormedCheckFails(t *testing.T) {
	const head = "<!DOCTYPE html>\n<html><head><title>x</title></head><body><main>"
	const foot = "</main></body></html>"
	require.NoError(t, wellFormed(head+"<p>a &amp; b<br></p>"+foot))
	for _, page := range []string{
		"<html><head><title>x</title></head><body><main><p>a</p></main></body></html>",
		head + "<p>a</div>" + foot,
		head + "<p>a" + foot,
		head + "<p>a < b</p>" + foot,
		head + "<p class=x>a</p>" + foot,
		head + "<p>a & b</p>" + foot,
		head + "<br></br>" + foot,
		head + foot + "<main></main>",
	} {
		assert.Error(t, wellFormed(page), page)
	}
}
