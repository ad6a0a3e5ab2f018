package render

import (
	"encoding/json/v2"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
)

// keyArgs maps the functions and methods that take a catalogue key to
// the index of that argument: the lookups themselves (t, tf, and the
// method helper's tr), labelled's label, the questions and group titles
// that answer and group look up, the appendix titles (next) and the
// fallback names of a risk scale (scaleTitle).
var keyArgs = map[string]int{
	"t": 0, "tf": 0, "tr": 0, "labelled": 0,
	"answer": 0, "answerLabel": 0, "answerText": 0, "group": 0,
	"next": 0, "scaleTitle": 1, "deferName": 1, "sectionHeading": 0,
}

// sourceKeys parses render's non-test Go files and returns every
// catalogue key they use: the string constants (literals, concatenations
// of literals, package constants) given as the first argument of the
// functions of keyArgs, the headers of column literals, the questions of
// qa literals and the month names.
func sourceKeys(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	var files []*ast.File
	consts := map[string]string{}
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		require.NoError(t, err, p)
		files = append(files, f)
	}
	// Package constants first, so that a key may be a named constant.
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if v, ok := stringConst(vs.Values[i], nil); ok {
							consts[name.Name] = v
						}
					}
				}
			}
		}
	}
	seen := map[string]bool{}
	add := func(e ast.Expr) {
		if v, ok := stringConst(e, consts); ok && v != "" {
			seen[v] = true
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				case *ast.Ident:
					name = fn.Name
				}
				if i, ok := keyArgs[name]; ok && len(n.Args) > i {
					add(n.Args[i])
				}
			case *ast.CompositeLit:
				switch typ := n.Type.(type) {
				case *ast.Ident:
					switch typ.Name {
					case "column":
						if len(n.Elts) > 0 {
							add(n.Elts[0])
						}
					case "qa":
						for _, e := range n.Elts {
							if kv, ok := e.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "question") {
								add(kv.Value)
							}
						}
					}
				case *ast.ArrayType:
					// []column{{"Header", 2}, ...} and []qa{{question: ...}}
					if id, ok := typ.Elt.(*ast.Ident); ok && (id.Name == "column" || id.Name == "qa") {
						for _, e := range n.Elts {
							if c, ok := e.(*ast.CompositeLit); ok {
								if id.Name == "column" && len(c.Elts) > 0 {
									add(c.Elts[0])
								}
								for _, ce := range c.Elts {
									if kv, ok := ce.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "question") {
										add(kv.Value)
									}
								}
							}
						}
					}
				}
			}
			return true
		})
	}
	for _, m := range monthKeys {
		seen[m] = true
	}
	for _, s := range []dpiakit.Severity{0, dpiakit.SeverityInfo, dpiakit.SeverityWarning, dpiakit.SeverityError} {
		seen[severityLabel(s.String())] = true
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// isIdent reports whether e is the identifier name.
func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// stringConst evaluates a string literal, a concatenation of them, or a
// package constant of consts.
func stringConst(e ast.Expr, consts map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		v, err := strconv.Unquote(e.Value)
		return v, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok1 := stringConst(e.X, consts)
		y, ok2 := stringConst(e.Y, consts)
		return x + y, ok1 && ok2
	case *ast.ParenExpr:
		return stringConst(e.X, consts)
	case *ast.Ident:
		v, ok := consts[e.Name]
		return v, ok
	}
	return "", false
}

// readCatalogue reads locales/<lang>.json.
func readCatalogue(t *testing.T, lang string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("locales", lang+".json"))
	require.NoError(t, err)
	var m map[string]string
	require.NoError(t, json.Unmarshal(data, &m), lang)
	return m
}

// verbs matches the fmt verbs of a format key.
var verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestCatalogueKeys checks that every key the renderer uses (found in its
// source, plus the vocabulary of the model's enumerations and rules) has
// an entry in en.json, fr.json and de.json; that the French and German
// catalogues hold no key en.json lacks; that no entry is blank; and that
// each translation of a format key has the same verbs in the same order.
func TestCatalogueKeys(t *testing.T) {
	keys := sourceKeys(t)
	require.Greater(t, len(keys), 200, "the source scan found too few keys: is keyArgs up to date?")
	keys = append(keys, vocabularyKeys()...)
	cats := map[string]map[string]string{}
	for _, lang := range []string{"en", "fr", "de"} {
		cats[lang] = readCatalogue(t, lang)
	}
	for _, lang := range []string{"en", "fr", "de"} {
		var missing []string
		for _, k := range keys {
			if _, ok := cats[lang][k]; !ok {
				missing = append(missing, k)
			}
		}
		assert.Empty(t, missing, "keys missing from locales/%s.json", lang)
		for k, v := range cats[lang] {
			assert.False(t, blank(v), "locales/%s.json: %q has a blank text", lang, k)
			want := verbs.FindAllString(k, -1)
			assert.Equal(t, want, verbs.FindAllString(v, -1), "locales/%s.json: %q: the text's verbs differ from the key's", lang, k)
		}
	}
	for _, lang := range []string{"fr", "de"} {
		var extra []string
		for k := range cats[lang] {
			if _, ok := cats["en"][k]; !ok {
				extra = append(extra, k)
			}
		}
		slices.Sort(extra)
		assert.Empty(t, extra, "keys of locales/%s.json that locales/en.json lacks", lang)
	}
	// en.json maps every key of the renderer's own text to itself, so
	// that English output is the text of the source.
	for _, k := range keys {
		if v, ok := cats["en"][k]; ok {
			assert.Equal(t, k, v, "locales/en.json: %q", k)
		}
	}
}

// TestCataloguesLoad checks that the embedded catalogues read.
func TestCataloguesLoad(t *testing.T) {
	cats, err := catalogues()
	require.NoError(t, err)
	for _, tag := range outputLanguages {
		require.Contains(t, cats, tag)
		assert.NotEmpty(t, cats[tag].entries, tag.String())
	}
}

// TestOutputLanguage checks how a requested tag is matched.
func TestOutputLanguage(t *testing.T) {
	cases := map[string]language.Tag{
		"und": language.English, "en": language.English, "en-GB": language.English, "en-US": language.English,
		"fr": language.French, "fr-CA": language.French, "fr-BE": language.French, "fr-CH": language.French,
		"de": language.German, "de-AT": language.German, "de-CH": language.German,
		"it": language.English, "ja": language.English, "pl": language.English,
	}
	for in, want := range cases {
		assert.Equal(t, want, outputLanguage(language.MustParse(in)), in)
	}
	assert.Equal(t, language.English, outputLanguage(language.Tag{}))
}

// TestLocaleDates checks the dates in each language.
func TestLocaleDates(t *testing.T) {
	d := dpiakit.Date{Year: 2026, Month: 12, Day: 7}
	first := dpiakit.Date{Year: 2026, Month: 3, Day: 1}
	for _, c := range []struct {
		tag         language.Tag
		want, first string
	}{
		{language.English, "7 December 2026", "1 March 2026"},
		{language.French, "7 décembre 2026", "1er mars 2026"},
		{language.German, "7. Dezember 2026", "1. März 2026"},
	} {
		loc, err := newLocale(c.tag)
		require.NoError(t, err)
		assert.Equal(t, c.want, loc.date(d))
		assert.Equal(t, c.first, loc.date(first))
		assert.Equal(t, "", loc.date(dpiakit.Date{}))
		assert.Equal(t, "2026-2-30", loc.date(dpiakit.Date{Year: 2026, Month: 2, Day: 30}))
	}
}

// TestLocaleCountriesAndNumbers checks country names and digit grouping.
func TestLocaleCountriesAndNumbers(t *testing.T) {
	for _, c := range []struct {
		tag                 language.Tag
		gb, de, number, neg string
	}{
		{language.English, "United Kingdom", "Germany", "1,234,567", "-1,200"},
		{language.French, "Royaume-Uni", "Allemagne", "1\u00a0234\u00a0567", "-1\u00a0200"},
		{language.German, "Vereinigtes Königreich", "Deutschland", "1.234.567", "-1.200"},
	} {
		loc, err := newLocale(c.tag)
		require.NoError(t, err)
		assert.Equal(t, c.gb, loc.country("GB"))
		assert.Equal(t, c.de, loc.country("DE"))
		assert.Equal(t, "", loc.country(""))
		assert.Equal(t, c.number, loc.thousands(1234567))
		assert.Equal(t, c.neg, loc.thousands(-1200))
	}
}
