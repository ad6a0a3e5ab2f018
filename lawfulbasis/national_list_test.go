package lawfulbasis

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkListAgainstSource checks one national list: every field set, the
// number of entries the source has, keys unique, snake_case and prefixed
// with the family, labels unique, ASCII and short, originals unique, and
// exactly the entries in combined marked as needing another criterion.
func checkListAgainstSource(t *testing.T, l nationalList, family CriterionFamily, entries int, combined ...Criterion) {
	t.Helper()
	assert.Equal(t, family, l.family, "family")
	assert.NotEmpty(t, l.authority, "authority")
	assert.True(t, l.country.IsValid(), "country %q", l.country)
	assert.NotEmpty(t, strings.TrimSpace(l.title), "title")
	assert.NotEmpty(t, strings.TrimSpace(l.source), "source")

	u, err := url.Parse(l.url)
	if assert.NoError(t, err, "url %q", l.url) {
		assert.Equal(t, "https", u.Scheme, "url %q", l.url)
		assert.NotEmpty(t, u.Host, "url %q", l.url)
	}

	assert.False(t, l.adopted.IsZero(), "adopted")
	assert.True(t, l.adopted.IsValid(), "adopted %v", l.adopted)
	// The lists were adopted after the EDPB's first Art. 64(1)(a) opinions
	// on draft lists, of 25 September 2018.
	assert.False(t, l.adopted.Before(dpiakit.Date{Year: 2018, Month: time.September, Day: 25}),
		"adopted %v before the EDPB opinions", l.adopted)

	require.Len(t, l.items, entries, "entries of the %s list", l.authority)

	prefix := string(family) + "_"
	keys := map[Criterion]bool{}
	labels := map[string]Criterion{}
	originals := map[string]Criterion{}
	want := map[Criterion]bool{}
	for _, c := range combined {
		want[c] = true
	}
	for i, it := range l.items {
		assert.Truef(t, strings.HasPrefix(string(it.key), prefix), "entry %d: key %q lacks prefix %q", i+1, it.key, prefix)
		assert.Truef(t, isSnakeKey(string(it.key)), "entry %d: key %q is not lower-case snake_case", i+1, it.key)
		assert.Falsef(t, keys[it.key], "entry %d: key %q repeated", i+1, it.key)
		keys[it.key] = true

		assert.NotEmptyf(t, it.label, "entry %d (%s): label", i+1, it.key)
		assert.LessOrEqualf(t, len(it.label), 80, "entry %d (%s): label %q too long", i+1, it.key, it.label)
		assert.Truef(t, isPrintableASCII(it.label), "entry %d (%s): label %q not printable ASCII", i+1, it.key, it.label)
		n := normalizeKey(it.label)
		if prev, dup := labels[n]; dup {
			t.Errorf("entry %d (%s): label %q repeats that of %s", i+1, it.key, it.label, prev)
		}
		labels[n] = it.key
		// The label in the table, prefixed with the authority, must not
		// name another criterion.
		full := normalizeKey(l.authority + ": " + it.label)
		for _, e := range criterionTable.entries {
			if e.key != string(it.key) && normalizeKey(e.label) == full {
				t.Errorf("entry %d (%s): label %q is the label of %s", i+1, it.key, it.label, e.key)
			}
		}

		assert.NotEmptyf(t, strings.TrimSpace(it.original), "entry %d (%s): original", i+1, it.key)
		assert.Equalf(t, strings.TrimSpace(it.original), it.original, "entry %d (%s): original has outer spaces", i+1, it.key)
		if prev, dup := originals[it.original]; dup {
			t.Errorf("entry %d (%s): original wording repeats that of %s", i+1, it.key, prev)
		}
		originals[it.original] = it.key

		assert.Equalf(t, want[it.key], it.combined, "entry %d (%s): combined", i+1, it.key)
		delete(want, it.key)
	}
	assert.Empty(t, want, "combined entries missing from the list")
}

// isSnakeKey reports whether s is lower-case ASCII words joined by single
// underscores.
func isSnakeKey(s string) bool {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// isPrintableASCII reports whether s holds only printable ASCII, the
// characters ParseCriterion reads.
func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// TestNationalListsDistinct checks that no key or label of one national
// list names an entry of another, and that every list is wired into the
// criteria: each entry is a valid Criterion of its list's family.
func TestNationalListsDistinct(t *testing.T) {
	keys := map[Criterion]string{}
	labels := map[string]Criterion{}
	for _, l := range nationalLists() {
		for i, it := range l.items {
			if prev, dup := keys[it.key]; dup {
				t.Errorf("key %q in the %s list and the %s list", it.key, prev, l.authority)
			}
			keys[it.key] = l.authority
			n := normalizeKey(it.label)
			if prev, dup := labels[n]; dup {
				t.Errorf("label %q of %s repeats that of %s", it.label, it.key, prev)
			}
			labels[n] = it.key
			assert.True(t, it.key.IsValid(), "%s", it.key)
			assert.Equal(t, l.family, it.key.Family(), "%s", it.key)
			assert.Equal(t, it.combined, it.key.NeedsWP248Criterion(), "%s", it.key)
			assert.Contains(t, it.key.Ref(), l.authority+" DPIA list", "%s", it.key)
			assert.Contains(t, it.key.Ref(), "item "+strconv.Itoa(i+1), "%s", it.key)
		}
	}
}
