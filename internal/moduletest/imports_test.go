package moduletest_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The dependency arrows of ARCHITECTURE.md, pinned. Each entry names a
// package (or a package tree, ending in "/...") of this module and the
// non-standard-library imports its production code may use. A package not
// listed here fails the test, so every new package, and every new arrow,
// is a deliberate edit of this table.
const module = "github.com/dpiakit/dpiakit"

var (
	uuidPkg    = "github.com/google/uuid"
	decimalPkg = "github.com/shopspring/decimal"
	leafDeps   = []string{module, uuidPkg, decimalPkg}
)

func allowedImports() map[string][]string {
	dpiaDeps := append([]string{module + "/lawfulbasis", module + "/risk"}, leafDeps...)
	return map[string][]string{
		module:                        nil, // the root imports only the standard library
		module + "/lawfulbasis":       leafDeps,
		module + "/risk":              leafDeps,
		module + "/dpia":              append([]string{module + "/dpia/internal/docpath", module + "/dpia/richtext", "golang.org/x/text/language"}, dpiaDeps...),
		module + "/dpia/...":          append([]string{module + "/dpia", module + "/dpia/richtext"}, dpiaDeps...),
		module + "/dpia/richtext":     {"golang.org/x/net/html/..."},
		module + "/dpia/internal/...": nil, // the standard library only; Go lets only dpia and its sub-packages import it
		module + "/render":            append([]string{module + "/dpia", module + "/dpia/richtext", module + "/internal/...", "golang.org/x/text/..."}, dpiaDeps...),
		module + "/internal/pdfdoc":   {"github.com/jung-kurt/gofpdf", "github.com/go-fonts/...", module + "/internal/..."},
		module + "/internal/...":      nil,
		module + "/examples/...":      {module + "/...", uuidPkg, decimalPkg, "golang.org/x/text/language"},
	}
}

// restrictedImports names packages (or trees) of this module and the
// only packages whose production code may import them, whatever the
// broader entries of allowedImports say: the path machinery under
// dpia/internal serves dpia alone.
func restrictedImports() map[string][]string {
	return map[string][]string{
		module + "/dpia/internal/...": {module + "/dpia"},
		module + "/dpia/richtext":     {module + "/dpia", module + "/dpia/cnilpia", module + "/render"},
	}
}

// importAllowed reports whether pkg may import dep under allowed and
// restricted.
func importAllowed(allowed, restricted map[string][]string, pkg, dep string) bool {
	rule, ok := ruleFor(allowed, pkg)
	if !ok || !matchesAny(rule, dep) {
		return false
	}
	for tree, importers := range restricted {
		if matchesAny([]string{tree}, dep) && !matchesAny(importers, pkg) {
			return false
		}
	}
	return true
}

func TestImportArrows(t *testing.T) {
	imports := productionImports(t)
	for _, pkg := range []string{module, module + "/dpia", module + "/render", module + "/internal/pdfdoc"} {
		require.Contains(t, imports, pkg, "the walk must cover the whole module")
	}
	allowed, restricted := allowedImports(), restrictedImports()
	for pkg, deps := range imports {
		if _, ok := ruleFor(allowed, pkg); !ok {
			t.Errorf("package %s is not in the architecture table of imports_test.go: place it there (and in ARCHITECTURE.md's layout) first", pkg)
			continue
		}
		for _, dep := range deps {
			if isStandard(dep) || dep == pkg {
				continue
			}
			if !importAllowed(allowed, restricted, pkg, dep) {
				t.Errorf("%s imports %s: this arrow is not in ARCHITECTURE.md", pkg, dep)
			}
		}
	}
}

// TestImportArrowsCatchViolations proves the checker can fail: it feeds
// made-up arrows that ARCHITECTURE.md forbids.
func TestImportArrowsCatchViolations(t *testing.T) {
	allowed := allowedImports()
	forbidden := []struct{ from, to string }{
		{module + "/lawfulbasis", module + "/dpia"},
		{module + "/risk", module + "/lawfulbasis"},
		{module + "/risk", module + "/render"},
		{module + "/dpia", module + "/render"},
		{module, module + "/risk"},
		{module + "/render", "github.com/jung-kurt/gofpdf"},
		{module + "/dpia", "github.com/jung-kurt/gofpdf"},
		{module + "/lawfulbasis", "github.com/stretchr/testify/assert"},
		{module + "/dpia/internal/docpath", module + "/dpia"},
		{module + "/dpia/internal/docpath", module},
		{module + "/render", module + "/dpia/internal/docpath"},
		{module + "/dpia/cnilpia", module + "/dpia/internal/docpath"},
		{module + "/examples/telehealth", module + "/dpia/internal/docpath"},
		// The schema generator and validator serve the tests only: the
		// schema is generated into a committed file that dpia embeds, and
		// the checker stays runnable with `go run ...@latest`.
		{module + "/dpia", "github.com/invopop/jsonschema"},
		{module + "/dpia", "github.com/santhosh-tekuri/jsonschema/v6"},
		{module + "/examples/dpiacheck", "github.com/santhosh-tekuri/jsonschema/v6"},
	}
	restricted := restrictedImports()
	for _, f := range forbidden {
		_, ok := ruleFor(allowed, f.from)
		require.True(t, ok, f.from)
		require.False(t, importAllowed(allowed, restricted, f.from, f.to), "%s -> %s must be forbidden", f.from, f.to)
	}
	require.True(t, importAllowed(allowed, restricted, module+"/dpia", module+"/dpia/internal/docpath"), "dpia uses the path machinery")
	_, ok := ruleFor(allowed, module+"/server")
	require.False(t, ok, "an unlisted package must be rejected")
}

func productionImports(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	fset := token.NewFileSet()
	const root = "../.."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := module
		if dir := filepath.ToSlash(rel); dir != "." {
			pkg += "/" + dir
		}
		if _, ok := out[pkg]; !ok {
			out[pkg] = nil
		}
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return err
			}
			out[pkg] = append(out[pkg], p)
		}
		return nil
	})
	require.NoError(t, err)
	for pkg := range out {
		sort.Strings(out[pkg])
	}
	return out
}

// ruleFor finds the most specific entry for pkg: an exact entry wins over
// a tree ("/...") entry, and a longer tree over a shorter one.
func ruleFor(allowed map[string][]string, pkg string) ([]string, bool) {
	if deps, ok := allowed[pkg]; ok {
		return deps, true
	}
	best, found := "", false
	for pattern := range allowed {
		if tree, ok := strings.CutSuffix(pattern, "/..."); ok && strings.HasPrefix(pkg, tree+"/") && len(pattern) > len(best) {
			best, found = pattern, true
		}
	}
	return allowed[best], found
}

func matchesAny(patterns []string, dep string) bool {
	for _, p := range patterns {
		if tree, ok := strings.CutSuffix(p, "/..."); ok {
			if dep == tree || strings.HasPrefix(dep, tree+"/") {
				return true
			}
			continue
		}
		if dep == p {
			return true
		}
	}
	return false
}

func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
