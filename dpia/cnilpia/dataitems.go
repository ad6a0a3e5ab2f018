package cnilpia

import (
	"strings"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// dataItems reads the data named in answer 1.2.1. The items of a flat
// list become data items. A nested list (data grouped under headings such
// as "Identity" or "Health") stays in the prose with its structure, so
// that nothing is read twice, and only its leaves that look like data
// (see dataLeaves) become data items too; its headings and the leaves
// that do not look like data are reported.
func (im *importer) dataItems(blocks []block, source string) (prose []block, items []string) {
	for _, b := range blocks {
		if !b.list {
			prose = append(prose, b)
			continue
		}
		if flatList(b.rt.List) {
			for _, it := range b.rt.List.Items {
				if s := squash(richtext.Text(it.Blocks).Plain()); s != "" {
					items = append(items, s)
				}
			}
			continue
		}
		prose = append(prose, b)
		leaves, headings, other := dataLeaves(b.rt.List)
		items = append(items, leaves...)
		im.rep.add(KindParsedPartially, source, "inventory.items",
			"a nested list is kept with its structure in processing.scope.data_nature; %d of its entries are read as data items, %d headings of sub-lists and %d entries that do not name a data item are not",
			len(leaves), headings, len(other))
	}
	return prose, items
}

// dataLeaves walks a nested list: its leaves (items of one paragraph, on
// one line, whose term is at most maxTerm runes) are data; the items that
// head a sub-list are headings, counted; the other leaves are returned
// apart.
func dataLeaves(l *richtext.List) (leaves []string, headings int, other []string) {
	var walk func(l *richtext.List)
	walk = func(l *richtext.List) {
		for _, it := range l.Items {
			nested := false
			for _, b := range it.Blocks {
				if b.List != nil {
					nested = true
					walk(b.List)
				}
			}
			if nested {
				headings++
				continue
			}
			text := squash(richtext.Text(it.Blocks).Plain())
			switch {
			case text == "":
			case looksLikeData(richtext.Text(it.Blocks)):
				leaves = append(leaves, text)
			default:
				other = append(other, text)
			}
		}
	}
	walk(l)
	return leaves, headings, other
}

// looksLikeData reports whether an item's text names a data item: one
// paragraph on one line, whose term (before ": ") is at most maxTerm
// runes.
func looksLikeData(t richtext.Text) bool {
	if len(t) != 1 || t[0].List != nil {
		return false
	}
	p := t.Plain()
	if strings.Contains(p, "\n") {
		return false
	}
	name, _ := termDetail(p)
	return utf8.RuneCountInString(name) <= maxTerm
}

// dataItem makes data item i of a list item of answer 1.2.1, classified
// from the catalogue only when its name is a well-known item's
// (dpia.LookupItem); a name that may be special category data (GDPR
// Art. 9(1)) or data on criminal offences (Art. 10) and that the
// catalogue does not classify so is flagged for review, never guessed.
func (im *importer) dataItem(item string, usedKeys map[string]bool, source string, i int) dpia.DataItem {
	name, notes := termDetail(item)
	it := dpia.DataItem{Name: name, Notes: notes}
	if c, ok := dpia.LookupItem(name); ok {
		it.Category, it.Special, it.CriminalOffence, it.Identifier = c.Category, c.Special, c.CriminalOffence, c.Identifier
		if !usedKeys[c.Key] {
			it.Key = c.Key
			usedKeys[c.Key] = true
		}
	}
	if word, ok := sensitiveWord(item); ok && it.Special == 0 && !it.CriminalOffence {
		im.rep.add(KindNeedsReview, source, dpiakit.Index("inventory.items", i),
			"%s names %q: it may be special category data (GDPR Art. 9(1)) or data on criminal offences (Art. 10); not classified, check it", quoted(item), word)
	}
	return it
}

// sensitiveStems are the beginnings of words that, in the languages of the
// CNIL tool, may name special categories of data (GDPR Art. 9(1)) or data
// on criminal offences (Art. 10). Matched at the start of a word, accents
// folded.
var sensitiveStems = []string{
	// English
	"health", "medical", "diagnos", "disabilit", "religio", "ethnic", "racial", "biometric", "fingerprint",
	"genetic", "dna", "sexual", "sex life", "political", "trade union", "union member", "criminal", "offence",
	"offense", "conviction",
	// French
	"sante", "medic", "handicap", "religi", "ethni", "racia", "biometri", "empreinte", "genetiq", "sexu",
	"politiq", "syndica", "infraction", "condamnation", "penal", "casier judiciaire",
	// German, Spanish, Italian
	"gesundheit", "religion", "biometrisch", "genetisch", "gewerkschaft", "straf", "salud", "sindica",
	"salute", "sindacal", "penale",
}

// sensitiveWord returns the stem of sensitiveStems that text holds at the
// start of a word.
func sensitiveWord(text string) (string, bool) {
	folded := foldAccents(strings.ToLower(text))
	for _, stem := range sensitiveStems {
		for i := 0; ; {
			j := strings.Index(folded[i:], stem)
			if j < 0 {
				break
			}
			at := i + j
			if at == 0 || !isLetterByte(folded[at-1]) {
				return stem, true
			}
			i = at + 1
		}
	}
	return "", false
}

func isLetterByte(c byte) bool { return (c >= 'a' && c <= 'z') || c >= 0x80 }

// foldAccents replaces the accented Latin letters of the CNIL tool's
// languages by their base letter, and typographic apostrophes by "'".
func foldAccents(s string) string { return accentFolder.Replace(s) }

var accentFolder = strings.NewReplacer(
	"à", "a", "â", "a", "ä", "a", "á", "a", "ã", "a",
	"ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "í", "i", "ì", "i",
	"ô", "o", "ö", "o", "ó", "o", "ò", "o", "õ", "o",
	"ù", "u", "û", "u", "ü", "u", "ú", "u",
	"ÿ", "y", "ñ", "n", "œ", "oe", "æ", "ae", "ß", "ss",
	"\u2019", "'", "\u2018", "'", "\u00a0", " ",
)
