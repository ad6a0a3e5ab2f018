package moduletest_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The documentation discipline of STYLE.md, pinned: public docs speak of
// the law and of kinds of templates, never of the module's example
// documents; every exported name of package dpia has a doc comment; and
// every exported field of an exported struct of package dpia says whether
// it is Required or Optional. The example programs say what each document
// is (the DPIA a telehealth vendor publishes for its NHS customers, ...),
// never where it came from.

// bannedDocWords are words no doc comment of the module may use: they name
// the example documents rather than the law or a kind of template.
var bannedDocWords = []string{"seed", "scenario"}

// bannedExampleWords are words no comment of an example program may use,
// doc comment or not, in its test files too. They are matched as whole
// words, as "grep -w" does, so that code such as ed25519.NewKeyFromSeed
// quoted in a comment is not an offence. "scenario" is not among them: it
// is the name of the examples' shared package examples/internal/scenario,
// whose package comment must begin "Package scenario", and of
// examples/internal/scenariotest; banning it would mean renaming both.
var bannedExampleWords = []string{"seed", "seeds"}

// examplesDir is the directory of the example programs, relative to the
// module root.
const examplesDir = "examples"

// dpiaDir is the directory of package dpia, relative to the module root.
const dpiaDir = "dpia"

// docOffence is one breach of the documentation discipline.
type docOffence struct {
	pos token.Position
	msg string
}

func (o docOffence) String() string {
	return fmt.Sprintf("%s:%d: %s", filepath.ToSlash(o.pos.Filename), o.pos.Line, o.msg)
}

// docChecker collects offences over the files it is given.
type docChecker struct {
	fset     *token.FileSet
	offences []docOffence
}

func (c *docChecker) report(p token.Pos, format string, args ...any) {
	c.offences = append(c.offences, docOffence{pos: c.fset.Position(p), msg: fmt.Sprintf(format, args...)})
}

// checkWords reports a comment group that uses a banned word.
func (c *docChecker) checkWords(g *ast.CommentGroup, what string) {
	if g == nil {
		return
	}
	text := strings.ToLower(g.Text())
	for _, w := range bannedDocWords {
		if strings.Contains(text, w) {
			c.report(g.Pos(), "the doc comment of %s mentions %q: speak of the law or of a kind of template", what, w)
		}
	}
}

// checkExampleComments reports each comment of a file of an example
// program that uses a word of bannedExampleWords.
func (c *docChecker) checkExampleComments(f *ast.File) {
	for _, g := range f.Comments {
		for _, cm := range g.List {
			words := strings.FieldsFunc(strings.ToLower(cm.Text), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
			})
			for _, banned := range bannedExampleWords {
				for _, w := range words {
					if w == banned {
						c.report(cm.Pos(), "a comment mentions %q: say what the document is, not where it came from", banned)
						break
					}
				}
			}
		}
	}
}

// checkFile applies the rules to one parsed file; inDPIA says whether the
// file belongs to package dpia, whose exported names are held to rules
// (b) and (c) as well.
func (c *docChecker) checkFile(f *ast.File, inDPIA bool) {
	c.checkWords(f.Doc, "package "+f.Name.Name)
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			name := funcName(d)
			c.checkWords(d.Doc, name)
			if inDPIA && exportedFunc(d) && d.Doc == nil {
				c.report(d.Pos(), "exported %s has no doc comment", name)
			}
		case *ast.GenDecl:
			c.checkGenDecl(d, inDPIA)
		}
	}
}

func (c *docChecker) checkGenDecl(d *ast.GenDecl, inDPIA bool) {
	// A declaration without parentheses carries its doc comment on the
	// GenDecl; a group carries the group's comment there and each
	// spec's own on the spec.
	grouped := d.Lparen.IsValid()
	if grouped {
		c.checkWords(d.Doc, d.Tok.String()+" group")
	}
	for _, spec := range d.Specs {
		switch s := spec.(type) {
		case *ast.ValueSpec:
			doc := s.Doc
			if !grouped {
				doc = d.Doc
			}
			for _, n := range s.Names {
				c.checkWords(doc, n.Name)
				c.checkWords(s.Comment, n.Name)
				if inDPIA && n.IsExported() && doc == nil && s.Comment == nil && d.Doc == nil {
					c.report(n.Pos(), "exported %s %s has no doc comment", d.Tok, n.Name)
				}
			}
		case *ast.TypeSpec:
			name := s.Name.Name
			doc := s.Doc
			if !grouped {
				doc = d.Doc
			}
			c.checkWords(doc, name)
			c.checkWords(s.Comment, name)
			if inDPIA && s.Name.IsExported() && doc == nil {
				c.report(s.Pos(), "exported type %s has no doc comment", name)
			}
			c.checkFields(s.Type, name, inDPIA && s.Name.IsExported())
		}
	}
}

// checkFields walks the fields of a struct or interface type, and of the
// struct and interface types nested in them. needMarker says whether the
// exported fields of a struct directly under an exported type of package
// dpia must say Required or Optional.
func (c *docChecker) checkFields(expr ast.Expr, owner string, needMarker bool) {
	var fields *ast.FieldList
	isStruct := false
	switch t := expr.(type) {
	case *ast.StructType:
		fields, isStruct = t.Fields, true
	case *ast.InterfaceType:
		fields = t.Methods
	default:
		return
	}
	for _, f := range fields.List {
		names := fieldNames(f)
		for _, n := range names {
			what := owner + "." + n
			c.checkWords(f.Doc, what)
			c.checkWords(f.Comment, what)
			if !isStruct || !needMarker || !ast.IsExported(n) {
				continue
			}
			if f.Doc == nil {
				c.report(f.Pos(), "exported field %s has no doc comment", what)
				continue
			}
			if text := f.Doc.Text(); !strings.Contains(text, "Required") && !strings.Contains(text, "Optional") {
				c.report(f.Pos(), "the doc comment of exported field %s says neither Required nor Optional", what)
			}
		}
		c.checkFields(f.Type, owner, false)
	}
}

// fieldNames returns the names a field declares, or the type name of an
// embedded field.
func fieldNames(f *ast.Field) []string {
	if len(f.Names) > 0 {
		out := make([]string, len(f.Names))
		for i, n := range f.Names {
			out[i] = n.Name
		}
		return out
	}
	t := f.Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t := t.(type) {
	case *ast.Ident:
		return []string{t.Name}
	case *ast.SelectorExpr:
		return []string{t.Sel.Name}
	case *ast.IndexExpr:
		return fieldNames(&ast.Field{Type: t.X})
	case *ast.IndexListExpr:
		return fieldNames(&ast.Field{Type: t.X})
	}
	return nil
}

// receiverType returns the name of a method's receiver type.
func receiverType(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return ""
	}
	names := fieldNames(&ast.Field{Type: d.Recv.List[0].Type})
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

func funcName(d *ast.FuncDecl) string {
	if r := receiverType(d); r != "" {
		return "method " + r + "." + d.Name.Name
	}
	return "func " + d.Name.Name
}

// exportedFunc reports whether d is an exported function, or an exported
// method of an exported type.
func exportedFunc(d *ast.FuncDecl) bool {
	if !d.Name.IsExported() {
		return false
	}
	if d.Recv == nil {
		return true
	}
	return ast.IsExported(receiverType(d))
}

// checkModuleDocs parses the production Go files of every package of the
// module under root, except the example programs and the module's
// internal packages, and holds their doc comments to the rules; it parses
// every Go file under examples, test files included, and holds all their
// comments to bannedExampleWords. It returns the offences sorted by
// position.
func checkModuleDocs(t *testing.T, root string) []docOffence {
	t.Helper()
	c := &docChecker{fset: token.NewFileSet()}
	seenDPIA, seenExamples := false, false
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor" || rel == "internal") {
				return filepath.SkipDir
			}
			return nil
		}
		inExamples := strings.HasPrefix(rel, examplesDir+"/")
		if !strings.HasSuffix(name, ".go") || (strings.HasSuffix(name, "_test.go") && !inExamples) {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// Parsed under its path from the module root, so that offences
		// read "dpia/parties.go:12".
		f, err := parser.ParseFile(c.fset, rel, src, parser.ParseComments)
		if err != nil {
			return err
		}
		if inExamples {
			seenExamples = true
			c.checkExampleComments(f)
			return nil
		}
		inDPIA := filepath.ToSlash(filepath.Dir(rel)) == dpiaDir
		seenDPIA = seenDPIA || inDPIA
		c.checkFile(f, inDPIA)
		return nil
	})
	require.NoError(t, err)
	require.True(t, seenDPIA, "the walk must reach package dpia")
	require.True(t, seenExamples, "the walk must reach the example programs")
	sortOffences(c.offences)
	return c.offences
}

func sortOffences(os []docOffence) {
	sort.SliceStable(os, func(i, j int) bool {
		a, b := os[i].pos, os[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Line < b.Line
	})
}

func TestDocComments(t *testing.T) {
	offences := checkModuleDocs(t, "../..")
	for _, o := range offences {
		t.Error(o.String())
	}
}

// TestDocCommentsCatchOffences proves the checker can fail: it feeds a
// made-up file of package dpia that breaks each rule once, and one that
// keeps them all.
func TestDocCommentsCatchOffences(t *testing.T) {
	const bad = `// Package dpia is as seed 001 has it.
package dpia

// Thing is an example.
type Thing struct {
	// Name is a name.
	Name string
	// Kind is the Scenario 3 kind. Optional.
	Kind int
	Code string
	hidden int
}

type Naked int

func Exported() {}

func (Thing) Method() {}

func (t hidden) Method() {}

type hidden struct{ X int }

const Loose = 1

// Grouped values.
const (
	A = 1
	B = 2
)

// internal says seeds.
var internal = 0
`
	const good = `// Package dpia models a DPIA (GDPR Art. 35).
package dpia

// Thing is a processing operation.
type Thing struct {
	// Name is its name. Required.
	Name string
	// Kind is its kind. Optional.
	Kind int
	unexported int
}

// Naked is a level.
type Naked int

// Exported does nothing.
func Exported() {}

// Method does nothing.
func (Thing) Method() {}

func (hidden) Method() {}

type hidden struct{ X int }

// Grouped values.
const (
	A = 1
	B = 2
)
`
	check := func(src string) []string {
		c := &docChecker{fset: token.NewFileSet()}
		f, err := parser.ParseFile(c.fset, "dpia/x.go", src, parser.ParseComments)
		require.NoError(t, err)
		c.checkFile(f, true)
		sortOffences(c.offences)
		out := make([]string, len(c.offences))
		for i, o := range c.offences {
			out[i] = o.String()
		}
		return out
	}
	assert.Equal(t, []string{
		`dpia/x.go:1: the doc comment of package dpia mentions "seed": speak of the law or of a kind of template`,
		`dpia/x.go:7: the doc comment of exported field Thing.Name says neither Required nor Optional`,
		`dpia/x.go:8: the doc comment of Thing.Kind mentions "scenario": speak of the law or of a kind of template`,
		`dpia/x.go:10: exported field Thing.Code has no doc comment`,
		`dpia/x.go:14: exported type Naked has no doc comment`,
		`dpia/x.go:16: exported func Exported has no doc comment`,
		`dpia/x.go:18: exported method Thing.Method has no doc comment`,
		`dpia/x.go:24: exported const Loose has no doc comment`,
		`dpia/x.go:32: the doc comment of internal mentions "seed": speak of the law or of a kind of template`,
	}, check(bad))
	assert.Empty(t, check(good))

	c := &docChecker{fset: token.NewFileSet()}
	f, err := parser.ParseFile(c.fset, "render/x.go", "package render\n\nfunc Undocumented() {}\n\n// T says seed.\ntype T struct{ X int }\n", parser.ParseComments)
	require.NoError(t, err)
	c.checkFile(f, false)
	require.Len(t, c.offences, 1, "outside package dpia only the banned words count")
	assert.Contains(t, c.offences[0].String(), `mentions "seed"`)

	// In an example program every comment counts, doc comment or not, and
	// only the whole words "seed" and "seeds".
	const example = `// Command demo renders the DPIA of seed 004.
package main

import "crypto/ed25519"

// key is ed25519.NewKeyFromSeed of zeros; the scenario package renders it.
var key = ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))

func main() {
	/* The Seeds' defects are kept. */
	_ = key // as the seed's author wrote it
	// Seeded and seedless are other words.
}
`
	ce := &docChecker{fset: token.NewFileSet()}
	fe, err := parser.ParseFile(ce.fset, "examples/demo/main.go", example, parser.ParseComments)
	require.NoError(t, err)
	ce.checkExampleComments(fe)
	var got []string
	for _, o := range ce.offences {
		got = append(got, o.String())
	}
	assert.Equal(t, []string{
		`examples/demo/main.go:1: a comment mentions "seed": say what the document is, not where it came from`,
		`examples/demo/main.go:10: a comment mentions "seeds": say what the document is, not where it came from`,
		`examples/demo/main.go:11: a comment mentions "seed": say what the document is, not where it came from`,
	}, got)

	// The walk reaches the example programs' test files, and still leaves
	// out the module's internal packages and the test files elsewhere.
	root := t.TempDir()
	for name, src := range map[string]string{
		"dpia/doc.go":                "// Package dpia models a DPIA (GDPR Art. 35).\npackage dpia\n",
		"dpia/doc_test.go":           "// The seed is not checked in the module's own tests.\npackage dpia\n",
		"internal/x/x.go":            "// Package x is seed 000.\npackage x\n",
		"examples/demo/main.go":      "// Command demo renders a telehealth vendor's DPIA.\npackage main\n\nfunc main() {}\n",
		"examples/demo/main_test.go": "package main\n\nimport \"testing\"\n\nfunc TestRun(t *testing.T) {\n\t// The seed's defects are kept.\n}\n",
		"examples/internal/s/s.go":   "// Package s holds what the scenario programs share.\npackage s\n",
		"examples/testdata/x/x.go":   "// Package x is seed 001.\npackage x\n",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	}
	var walked []string
	for _, o := range checkModuleDocs(t, root) {
		walked = append(walked, o.String())
	}
	assert.Equal(t, []string{
		`examples/demo/main_test.go:6: a comment mentions "seed": say what the document is, not where it came from`,
	}, walked)
}
