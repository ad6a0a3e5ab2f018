package moduletest_test

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmePath is the module README, seen from this package.
const readmePath = "../../README.md"

var update = flag.Bool("update", false, "rewrite the generated parts of README.md")

// allRules is every rule the module can report: dpia.Rules() gathers the
// catalogues of lawfulbasis, risk and dpia itself.
func allRules() []dpiakit.Rule { return dpia.Rules() }

func rulesTable(rules []dpiakit.Rule) string {
	var b strings.Builder
	b.WriteString("| id | severity | meaning | reference | why this severity |\n| --- | --- | --- | --- | --- |\n")
	for _, r := range rules {
		b.WriteString("| " + r.ID + " | " + r.Severity.String() + " | " + escapeCell(r.Summary) + " | " + escapeCell(r.Ref) + " | " + escapeCell(r.Rationale) + " |\n")
	}
	return b.String()
}

func escapeCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func TestRuleCatalogues(t *testing.T) {
	idPattern := regexp.MustCompile(`^[A-Z]{2}[0-9]{3}$`)
	seen := map[string]bool{}
	for _, r := range allRules() {
		assert.Regexp(t, idPattern, r.ID)
		assert.False(t, seen[r.ID], "rule id %s is listed twice", r.ID)
		seen[r.ID] = true
		assert.True(t, r.Severity.IsValid(), "%s has no severity", r.ID)
		assert.NotEmpty(t, r.Summary, "%s has no summary", r.ID)
		assert.NotEmpty(t, r.Ref, "%s has no legal reference", r.ID)
		assert.NotContains(t, r.Summary, "\n", "%s summary must be one line", r.ID)
	}
}

// maxRationale is the length, in characters, a rule's Rationale stays
// under: one sentence that fits a cell of the README's rules table.
const maxRationale = 300

// rationaleOpening is how the Rationale of a rule of each severity begins,
// so the sentence says which severity it explains.
var rationaleOpening = map[dpiakit.Severity]string{
	dpiakit.SeverityError:   "An error: ",
	dpiakit.SeverityWarning: "A warning: ",
	dpiakit.SeverityInfo:    "Information: ",
}

// TestRuleRationales requires every catalogued rule to say, in one
// sentence, why its findings carry their severity.
func TestRuleRationales(t *testing.T) {
	for _, r := range allRules() {
		assert.NotEmpty(t, r.Rationale, "%s has no rationale", r.ID)
		assert.True(t, strings.HasSuffix(r.Rationale, "."), "%s rationale must end with a period: %q", r.ID, r.Rationale)
		assert.Less(t, utf8.RuneCountInString(r.Rationale), maxRationale, "%s rationale is too long", r.ID)
		assert.NotContains(t, r.Rationale, "\n", "%s rationale must be one line", r.ID)
		assert.True(t, strings.HasPrefix(r.Rationale, rationaleOpening[r.Severity]),
			"%s is a rule of severity %s: its rationale must begin %q", r.ID, r.Severity, rationaleOpening[r.Severity])
	}
}

// TestReadmeRules keeps the README's Rules section equal to the catalogues.
func TestReadmeRules(t *testing.T) {
	replaceSection(t, "rules", rulesTable(allRules()))
}

// replaceSection compares the README text between <!-- name:begin --> and
// <!-- name:end --> with want, rewriting it under -update.
func replaceSection(t *testing.T, name, want string) {
	t.Helper()
	raw, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	readme := string(raw)
	begin, end := "<!-- "+name+":begin -->\n", "<!-- "+name+":end -->"
	i := strings.Index(readme, begin)
	j := strings.Index(readme, end)
	require.True(t, i >= 0 && j > i, "README.md lacks the %s markers", name)
	got := readme[i+len(begin) : j]
	if *update {
		readme = readme[:i+len(begin)] + want + readme[j:]
		require.NoError(t, os.WriteFile(readmePath, []byte(readme), 0o644))
		return
	}
	assert.Equal(t, want, got, "README.md section %q is out of date: run go test ./internal/moduletest -run TestReadme -update", name)
}
