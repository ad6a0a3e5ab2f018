package render

import (
	"embed"
	"encoding/json/v2"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// localeFiles holds one catalogue per output language: a flat JSON object
// mapping the English text the renderer writes (its key) to the text in
// that language. en.json lists every key, each mapped to its English
// wording.
//
//go:embed locales/en.json locales/fr.json locales/de.json
var localeFiles embed.FS

// outputLanguages are the languages the renderers write, English first:
// the language.Matcher falls back to it.
var outputLanguages = []language.Tag{language.English, language.French, language.German}

// languageMatcher matches a requested tag against outputLanguages. It is
// safe for concurrent use and never modified.
var languageMatcher = language.NewMatcher(outputLanguages)

// outputLanguage returns the language of the output for the tag asked
// for: English, French or German, as golang.org/x/text/language matches
// them ("fr-CA" and "fr-BE" give French, "de-AT" and "gsw" give German);
// the zero tag (language.Und) and any language without a catalogue give
// English.
func outputLanguage(tag language.Tag) language.Tag {
	if tag == language.Und {
		return language.English
	}
	_, i, confidence := languageMatcher.Match(tag)
	if confidence == language.No || i < 0 || i >= len(outputLanguages) {
		return language.English
	}
	return outputLanguages[i]
}

// catalogue is the text of one output language: the entries of its file,
// read once and never modified after.
type catalogue struct {
	tag     language.Tag
	entries map[string]string
}

// catalogues reads the embedded catalogues once per process. The result
// is shared by every render and never modified.
var catalogues = sync.OnceValues(loadCatalogues)

// loadCatalogues reads the three catalogues: each a JSON object of
// strings without duplicate names (encoding/json/v2 rejects them). An
// entry whose text is blank is left out, so that its key is printed
// rather than nothing; TestCatalogueKeys reports it.
func loadCatalogues() (map[language.Tag]*catalogue, error) {
	out := make(map[language.Tag]*catalogue, len(outputLanguages))
	for _, tag := range outputLanguages {
		name := "locales/" + tag.String() + ".json"
		data, err := localeFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("render: catalogue %s: %w", name, err)
		}
		var entries map[string]string
		if err := json.Unmarshal(data, &entries); err != nil {
			return nil, fmt.Errorf("render: catalogue %s: %w", name, err)
		}
		for k, v := range entries {
			if blank(v) {
				delete(entries, k)
			}
		}
		out[tag] = &catalogue{tag: tag, entries: entries}
	}
	return out, nil
}

// locale is the output language of one render: its tag and catalogue.
// The zero locale (nil catalogue) writes the keys, in English.
type locale struct {
	tag language.Tag
	cat *catalogue
}

// newLocale returns the locale for the tag asked for (see
// outputLanguage), or an error when the catalogues cannot be read.
func newLocale(tag language.Tag) (locale, error) {
	cats, err := catalogues()
	if err != nil {
		return locale{tag: language.English}, err
	}
	lang := outputLanguage(tag)
	return locale{tag: lang, cat: cats[lang]}, nil
}

// english reports whether the output is English.
func (l locale) english() bool { return l.tag == language.English || l.tag == language.Und }

// t returns the text of key in the output language, or key itself when
// the catalogue has no entry (a test requires an entry for every key
// the renderer uses). The empty key gives "".
func (l locale) t(key string) string {
	if key == "" || l.cat == nil {
		return key
	}
	if v, ok := l.cat.entries[key]; ok {
		return v
	}
	return key
}

// lookup returns the text of key in the output language, and whether
// the catalogue has it.
func (l locale) lookup(key string) (string, bool) {
	if l.cat == nil {
		return "", false
	}
	v, ok := l.cat.entries[key]
	return v, ok
}

// tf looks up the format key and formats args with it (fmt.Sprintf).
func (l locale) tf(key string, args ...any) string { return fmt.Sprintf(l.t(key), args...) }

// monthKeys are the catalogue keys of the months, January first.
var monthKeys = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// date writes d as the language writes dates: "7 December 2026", "7
// décembre 2026" ("1er décembre 2026" on the first), "7. Dezember 2026".
// The zero date gives ""; a date that does not exist is written as
// stored, "2026-2-30".
func (l locale) date(d dpiakit.Date) string {
	if d.IsZero() {
		return ""
	}
	if !d.IsValid() {
		return strconv.Itoa(d.Year) + "-" + strconv.Itoa(int(d.Month)) + "-" + strconv.Itoa(d.Day)
	}
	month := l.t(monthKeys[d.Month-1])
	day := strconv.Itoa(d.Day)
	switch l.tag {
	case language.French:
		if d.Day == 1 {
			day = "1er"
		}
	case language.German:
		day += "."
	}
	return day + " " + month + " " + strconv.Itoa(d.Year)
}

// thousands writes n with the language's group separator: "1,200",
// "1 200" (a no-break space), "1.200".
func (l locale) thousands(n int64) string {
	sep := byte(',')
	switch l.tag {
	case language.French:
		sep = 0
	case language.German:
		sep = '.'
	}
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			if sep == 0 {
				b.WriteString("\u00a0")
			} else {
				b.WriteByte(sep)
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// country names c in the output language: the English name the
// lawfulbasis package gives in English, the region's name from the
// Unicode CLDR (golang.org/x/text/language/display) in French and
// German, or the code when neither knows it.
func (l locale) country(c lawfulbasis.Country) string {
	if c == "" {
		return ""
	}
	if !l.english() && c.IsValid() {
		if r, err := language.ParseRegion(string(c)); err == nil {
			if name := display.Regions(l.tag).Name(r); name != "" {
				return name
			}
		}
	}
	return c.Label()
}

// languageName names the language of tag in the output language ("German"
// for de in English, "allemand" in French, "Deutsch" in German), or ""
// when x/text has no name for it.
func (l locale) languageName(tag language.Tag) string {
	name := display.Tags(l.tag).Name(tag)
	if name == "" {
		return ""
	}
	if l.tag == language.English || l.tag == language.German {
		return upperFirst(name)
	}
	return name
}

// documentLanguage returns the tag the assessment declares for its own
// text (dpia.Assessment.Language, BCP 47), or false when it declares none
// or one language.Parse rejects: the renderer then marks no text.
func documentLanguage(s string) (language.Tag, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return language.Und, false
	}
	tag, err := language.Parse(s)
	if err != nil || tag == language.Und {
		return language.Und, false
	}
	return tag, true
}
