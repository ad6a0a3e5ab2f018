package render

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
)

// citeRef writes a rule's or a vocabulary value's reference (dpiakit.Rule.Ref,
// lawfulbasis.Criterion.Ref and the like) as the official texts of lang cite
// the law. English, and any language other than French and German, gets ref
// unchanged. French and German get each "; "-separated part rewritten:
//
//   - Regulation (EU) 2016/679 is cited as its official French and German
//     versions on EUR-Lex cite their own provisions (CELEX 32016R0679):
//     "article 35, paragraphe 7, point a)", "articles 44 à 46", "article 6,
//     paragraphe 1, deuxième alinéa", "considérant 47"; "Artikel 35 Absatz 7
//     Buchstabe a", "Artikel 44 bis 46", "Artikel 6 Absatz 1 Unterabsatz 2",
//     "Erwägungsgrund 47". The short names are the ones the supervisory
//     authorities use: RGPD (CNIL) and DSGVO (DSK); the UK's retained
//     regulation is "RGPD du Royaume-Uni" and "UK-DSGVO".
//   - United Kingdom Acts keep the name they were enacted under ("Data
//     Protection Act 2018", "Data (Use and Access) Act 2025") and statutory
//     instruments their number ("SI 2026/82"). Neither language has an
//     official way of citing their divisions, so this function chooses: a
//     section is an "article" in French and a "§" in German, as the numbered
//     provisions of the French and German codes are; a subsection is a
//     "paragraphe" or "Absatz"; a schedule, its parts and paragraphs are
//     "annexe 1, partie 1, paragraphe 2" and "Anhang 1 Teil 1 Absatz 2".
//   - The Court of Justice is "CJUE" and "EuGH", the European Data
//     Protection Board "CEPD" and "EDSA" (their names in the Regulation's
//     French and German versions), with the number of the case, guidelines
//     or recommendations unchanged; the Article 29 Working Party's papers
//     keep their number and revision, the revision abbreviated as each
//     language does ("WP248 rév.01", "WP248 Rev.01").
//   - The ICO keeps its acronym; its template, guidance and Art. 35(4) list
//     are named in the language ("modèle d'AIPD de l'ICO, étape 7",
//     "DSFA-Vorlage des ICO, Schritt 7"); the heading of an item of the
//     ICO's list is quoted in English, as it is published.
//   - The national Art. 35(4) lists are named after their authority with the
//     date of the act that adopted them, written in the language ("liste
//     d'AIPD de la CNIL du 11 octobre 2018 (RGPD, article 35, paragraphe 4),
//     point 1"; "DSFA-Liste der DSK vom 17. Oktober 2018 (DSGVO, Artikel 35
//     Absatz 4), Nr. 1").
//
// A part this function cannot read is kept as written, never dropped.
func citeRef(lang language.Tag, ref string) string {
	st := citeStyleFor(lang)
	if st == nil {
		return ref
	}
	parts := strings.Split(ref, "; ")
	for i, p := range parts {
		if out, ok := st.part(p); ok {
			parts[i] = out
		}
	}
	return strings.Join(parts, "; ")
}

// citeStyleFor returns the citation style of lang's base language, or nil
// when references are printed as written.
func citeStyleFor(lang language.Tag) *citeStyle {
	base, conf := lang.Base()
	if conf == language.No {
		return nil
	}
	switch base.String() {
	case "fr":
		return citeStyles().fr
	case "de":
		return citeStyles().de
	}
	return nil
}

// citeStyle holds the words one language cites the law with.
type citeStyle struct {
	// cnilMethod names the CNIL PIA methodology, cnilParts its four parts
	// (context, fundamental principles, risks, validation), and ownMethod
	// an organisation's own method, as dpia cites them under a method
	// other than the ICO's.
	cnilMethod string
	cnilParts  map[string]string
	ownMethod  string
	// french selects the French word order and punctuation: "article 35,
	// paragraphe 7, point a)" against "Artikel 35 Absatz 7 Buchstabe a".
	french bool
	// gdpr and ukGDPR name the regulation and the UK's retained version.
	gdpr, ukGDPR string
	// article, articles: the word for one and for several articles.
	article, articles string
	// section names a section of a UK Act.
	section string
	// levels name the divisions of an article, one and several:
	// paragraph, point, sub-point.
	levels [3][2]string
	// and, through join two items and the ends of a range.
	and, through string
	// subparagraph writes the nth subparagraph.
	subparagraph func(n int) string
	// recital, recitals name one and several recitals.
	recital, recitals string
	// schedule, schedulePart name the divisions of a UK Act's schedule.
	schedule, schedulePart string
	// cjeu names the Court of Justice; edpb renders the Board's guidelines
	// or recommendations of the given kind and number.
	cjeu string
	edpb func(kind, number string) string
	// decision names a decision of the Commission: "décision (UE)".
	decision string
	// revision, section, annex, criterion name the divisions of an
	// Article 29 Working Party paper.
	revision, wpSection, annex, criterion string
	// icoTemplate writes the step of the ICO's DPIA template; icoGuidance
	// the ICO's guidance on a topic, icoList the ICO's Art. 35(4) list.
	icoTemplate func(step string) string
	icoGuidance map[string]string
	icoNotes    map[string]string
	icoList     string
	// nationalList writes the Art. 35(4) list of an authority adopted on a
	// date, with its legal basis and the item number.
	nationalList func(authority string, adopted time.Time, basis, item string) string
	// quote quotes a heading in the language's quotation marks.
	quote func(s string) string
}

// part rewrites one part of a reference; ok is false when the part is not
// one this style can read.
func (st *citeStyle) part(p string) (string, bool) {
	p = strings.TrimSpace(p)
	switch {
	case strings.HasPrefix(p, "UK GDPR "):
		return st.instrument(st.ukGDPR, p[len("UK GDPR "):], st.articles1)
	case strings.HasPrefix(p, "GDPR "):
		return st.instrument(st.gdpr, p[len("GDPR "):], st.articles1)
	case strings.HasPrefix(p, "Art. "), strings.HasPrefix(p, "Arts "):
		return st.articles1(p)
	case strings.HasPrefix(p, "DPA 2018 "):
		return st.instrument("Data Protection Act 2018", p[len("DPA 2018 "):], st.actDivision)
	case strings.HasPrefix(p, "Data (Use and Access) Act 2025 "):
		return st.instrument("Data (Use and Access) Act 2025", p[len("Data (Use and Access) Act 2025 "):], st.actDivision)
	case strings.HasPrefix(p, "Decision (EU) "):
		return st.decisionRef(p[len("Decision (EU) "):])
	case strings.HasPrefix(p, "Recital "), strings.HasPrefix(p, "Recitals "):
		return st.recitalRef(p)
	case strings.HasPrefix(p, "CJEU "):
		num := p[len("CJEU "):]
		if !isCaseNumber(num) {
			return "", false
		}
		return st.cjeu + ", " + num, true
	case strings.HasPrefix(p, "EDPB Guidelines "), strings.HasPrefix(p, "EDPB Recommendations "):
		kind, num, _ := strings.Cut(p[len("EDPB "):], " ")
		if !isDocNumber(num) {
			return "", false
		}
		return st.edpb(kind, num), true
	case strings.HasPrefix(p, "WP"):
		return st.workingParty(p)
	case strings.HasPrefix(p, "ICO "):
		return st.ico(p[len("ICO "):])
	case strings.HasPrefix(p, "CNIL PIA methodology, "):
		part, ok := st.cnilParts[p[len("CNIL PIA methodology, "):]]
		if !ok {
			return "", false
		}
		return st.cnilMethod + ", " + part, true
	case p == "the organisation's own method":
		return st.ownMethod, true
	case strings.HasPrefix(p, "SI "):
		if !isDocNumber(p[len("SI "):]) {
			return "", false
		}
		return p, true
	}
	if auth, rest, ok := strings.Cut(p, " DPIA list under "); ok && auth != "" && !strings.Contains(auth, " ") {
		return st.national(auth, rest)
	}
	return "", false
}

// instrument writes the name of a legal instrument, then the citation of
// its divisions that write makes of rest.
func (st *citeStyle) instrument(name, rest string, write func(string) (string, bool)) (string, bool) {
	divisions, ok := write(rest)
	if !ok {
		return "", false
	}
	return name + ", " + divisions, true
}

// articleRef is one article of a reference, or a range of articles, with the
// paragraphs and points cited in it.
type articleRef struct {
	num, to string
	paths   []subPath
}

// subPath is one paragraph, point or sub-point of an article: its numbers
// from the paragraph down, the end of a range at its last level, and the
// subparagraph it names (0 for none).
type subPath struct {
	parts        []string
	to           string
	subparagraph int
}

// articles1 parses and writes a list of articles: "Art. 35(7)(a)", "Arts
// 13, 14", "Arts 44-46", "Art. 22(1), (2), (4)", "Art. 6(1), second
// subparagraph", "Art. 5(2), Art. 24(1)".
func (st *citeStyle) articles1(s string) (string, bool) {
	arts, ok := parseArticles(s)
	if !ok {
		return "", false
	}
	return st.writeArticles(arts), true
}

// parseArticles reads the list articles1 accepts.
func parseArticles(s string) ([]articleRef, bool) {
	switch {
	case strings.HasPrefix(s, "Art. "):
		s = s[len("Art. "):]
	case strings.HasPrefix(s, "Arts "):
		s = s[len("Arts "):]
	default:
		return nil, false
	}
	var arts []articleRef
	for seg := range strings.SplitSeq(s, ", ") {
		seg = strings.TrimPrefix(seg, "Art. ")
		switch {
		case seg == "":
			return nil, false
		case strings.HasSuffix(seg, " subparagraph"):
			n := ordinal(strings.TrimSuffix(seg, " subparagraph"))
			if n == 0 || len(arts) == 0 {
				return nil, false
			}
			last := &arts[len(arts)-1]
			if len(last.paths) == 0 || len(last.paths[len(last.paths)-1].parts) != 1 {
				return nil, false
			}
			last.paths[len(last.paths)-1].subparagraph = n
		case seg[0] == '(':
			if len(arts) == 0 || arts[len(arts)-1].to != "" || len(arts[len(arts)-1].paths) == 0 {
				return nil, false
			}
			p, ok := parsePath(seg)
			if !ok {
				return nil, false
			}
			// "(c)" after "5(1)(b)" is point c of the same paragraph;
			// "(9)" after "35(7)(d)" is another paragraph.
			if c := p.parts[0][0]; c >= 'a' && c <= 'z' {
				prev := arts[len(arts)-1].paths[len(arts[len(arts)-1].paths)-1]
				p.parts = append([]string{prev.parts[0]}, p.parts...)
				if len(p.parts) > 3 {
					return nil, false
				}
			}
			arts[len(arts)-1].paths = append(arts[len(arts)-1].paths, p)
		default:
			a, ok := parseArticle(seg)
			if !ok {
				return nil, false
			}
			arts = append(arts, a)
		}
	}
	return arts, len(arts) > 0
}

// parseArticle reads "35", "22A", "44-46", "22A-22B", "35(7)(a)",
// "27(1)-(3)" or "35(7)(c)-(d)".
func parseArticle(seg string) (articleRef, bool) {
	num, rest := leadingArticleNumber(seg)
	if num == "" {
		return articleRef{}, false
	}
	a := articleRef{num: num}
	if rest == "" {
		return a, true
	}
	if rest[0] == '-' {
		to, tail := leadingArticleNumber(rest[1:])
		if to == "" || tail != "" {
			return articleRef{}, false
		}
		a.to = to
		return a, true
	}
	p, ok := parsePath(rest)
	if !ok {
		return articleRef{}, false
	}
	a.paths = []subPath{p}
	return a, true
}

// leadingArticleNumber splits an article number ("22", "22A") from the
// text after it.
func leadingArticleNumber(s string) (num, rest string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return "", s
	}
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return s[:i], s[i:]
}

// parsePath reads "(7)(a)" or "(1)-(3)" or "(7)(c)-(d)": at most three
// levels, the last one possibly a range.
func parsePath(s string) (subPath, bool) {
	var p subPath
	for s != "" {
		if s[0] == '-' {
			if p.to != "" || len(p.parts) == 0 {
				return subPath{}, false
			}
			to, rest, ok := parenGroup(s[1:])
			if !ok || rest != "" {
				return subPath{}, false
			}
			p.to = to
			return p, true
		}
		g, rest, ok := parenGroup(s)
		if !ok {
			return subPath{}, false
		}
		p.parts = append(p.parts, g)
		s = rest
	}
	return p, len(p.parts) > 0 && len(p.parts) <= 3
}

// parenGroup reads "(x)" where x is letters or digits.
func parenGroup(s string) (group, rest string, ok bool) {
	if len(s) < 3 || s[0] != '(' {
		return "", "", false
	}
	end := strings.IndexByte(s, ')')
	if end < 2 {
		return "", "", false
	}
	g := s[1:end]
	for _, r := range g {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z') {
			return "", "", false
		}
	}
	return g, s[end+1:], true
}

// ordinal reads "first" to "fifth".
func ordinal(s string) int {
	switch s {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	}
	return 0
}

// writeArticles writes a parsed list of articles: consecutive bare articles
// together ("articles 13 et 14"), the rest one by one, joined as a list.
func (st *citeStyle) writeArticles(arts []articleRef) string {
	var items []string
	for i := 0; i < len(arts); {
		a := arts[i]
		if a.to == "" && len(a.paths) == 0 {
			j := i
			var nums []string
			for j < len(arts) && arts[j].to == "" && len(arts[j].paths) == 0 {
				nums = append(nums, arts[j].num)
				j++
			}
			word := st.article
			if len(nums) > 1 {
				word = st.articles
			}
			items = append(items, word+" "+st.list(nums))
			i = j
			continue
		}
		if a.to != "" {
			items = append(items, st.articles+" "+st.span(a.num, a.to, ""))
		} else {
			items = append(items, st.article+" "+a.num+st.sep()+st.writePaths(a.paths))
		}
		i++
	}
	if len(items) < 2 {
		return st.list(items)
	}
	// An item that is itself a list or holds paragraphs gets a clearer
	// last link: "article 9, paragraphe 2, et article 10", "articles 13 et
	// 14, et article 14, paragraphe 5"; "Artikel 13 und 14 sowie Artikel 14
	// Absatz 5".
	head, last := items[:len(items)-1], items[len(items)-1]
	inner := false
	for _, it := range head {
		inner = inner || strings.Contains(it, " "+st.and+" ") || st.french && strings.Contains(it, ",")
	}
	switch {
	case !inner:
		return st.list(items)
	case st.french:
		return strings.Join(head, ", ") + ", " + st.and + " " + last
	}
	return strings.Join(head, ", ") + " sowie " + last
}

// sep separates an article from its paragraph: ", " in French, " " in
// German.
func (st *citeStyle) sep() string {
	if st.french {
		return ", "
	}
	return " "
}

// writePaths writes the paragraphs and points of one article, grouping
// siblings that differ only in their last level ("paragraphes 1, 2 et 4").
func (st *citeStyle) writePaths(paths []subPath) string {
	var groups []string
	for i := 0; i < len(paths); {
		j := i + 1
		for j < len(paths) && siblings(paths[i], paths[j]) {
			j++
		}
		groups = append(groups, st.writeGroup(paths[i:j]))
		i = j
	}
	return strings.Join(groups, ", ")
}

// siblings reports whether two paths can be written together: same depth,
// same levels above the last, neither a range nor a subparagraph.
func siblings(a, b subPath) bool {
	if len(a.parts) != len(b.parts) || a.to != "" || b.to != "" || a.subparagraph != 0 || b.subparagraph != 0 {
		return false
	}
	for k := 0; k < len(a.parts)-1; k++ {
		if a.parts[k] != b.parts[k] {
			return false
		}
	}
	return true
}

// writeGroup writes sibling paths: the shared upper levels, then the last
// level's numbers ("paragraphe 7, points c) et d)"; "Absatz 7 Buchstaben c
// und d").
func (st *citeStyle) writeGroup(g []subPath) string {
	first := g[0]
	depth := len(first.parts)
	var words []string
	for k := 0; k < depth-1; k++ {
		words = append(words, st.level(k, false)+" "+st.mark(k, first.parts[k]))
	}
	var last string
	switch {
	case first.to != "":
		last = st.level(depth-1, true) + " " + st.span(first.parts[depth-1], first.to, st.markSuffix(depth-1))
	case len(g) > 1:
		nums := make([]string, len(g))
		for i, p := range g {
			nums[i] = st.mark(depth-1, p.parts[depth-1])
		}
		last = st.level(depth-1, true) + " " + st.list(nums)
	default:
		last = st.level(depth-1, false) + " " + st.mark(depth-1, first.parts[depth-1])
	}
	words = append(words, last)
	if first.subparagraph != 0 {
		words = append(words, st.subparagraph(first.subparagraph))
	}
	return strings.Join(words, st.sep())
}

// level names division k (0 paragraph, 1 point, 2 sub-point), plural or
// not.
func (st *citeStyle) level(k int, plural bool) string {
	if k >= len(st.levels) {
		k = len(st.levels) - 1
	}
	if plural {
		return st.levels[k][1]
	}
	return st.levels[k][0]
}

// mark writes the number of division k: "a)" for a French point, the
// number or letter otherwise.
func (st *citeStyle) mark(k int, x string) string { return x + st.markSuffix(k) }

// markSuffix is ")" after a French point or sub-point.
func (st *citeStyle) markSuffix(k int) string {
	if st.french && k > 0 {
		return ")"
	}
	return ""
}

// span writes a range: "44 à 46", or "21 et 22" when the ends are adjacent.
func (st *citeStyle) span(from, to, suffix string) string {
	word := st.through
	if adjacent(from, to) {
		word = st.and
	}
	return from + suffix + " " + word + " " + to + suffix
}

// adjacent reports whether to follows from directly: 2 and 3, c and d, 22A
// and 22B.
func adjacent(from, to string) bool {
	if a, err := strconv.Atoi(from); err == nil {
		b, err := strconv.Atoi(to)
		return err == nil && b == a+1
	}
	n := len(from)
	return n > 0 && len(to) == n && from[:n-1] == to[:n-1] && to[n-1] == from[n-1]+1
}

// list joins items: "a, b et c".
func (st *citeStyle) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + st.and + " " + items[len(items)-1]
}

// actDivision writes a division of a UK Act: "s10(5)", "s9", "Sch. 1",
// "Sch. 1 Pt 4", "Sch. 1 Pt 1 para 2".
func (st *citeStyle) actDivision(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "Sch. "); ok {
		fields := strings.Fields(rest)
		if len(fields) == 0 || !isNumber(fields[0]) {
			return "", false
		}
		out := []string{st.schedule + " " + fields[0]}
		fields = fields[1:]
		if len(fields) >= 2 && fields[0] == "Pt" && isNumber(fields[1]) {
			out = append(out, st.schedulePart+" "+fields[1])
			fields = fields[2:]
		}
		if len(fields) >= 2 && fields[0] == "para" && isNumber(fields[1]) {
			out = append(out, st.level(0, false)+" "+fields[1])
			fields = fields[2:]
		}
		if len(fields) != 0 {
			return "", false
		}
		return strings.Join(out, st.sep()), true
	}
	rest, ok := strings.CutPrefix(s, "s")
	if !ok {
		return "", false
	}
	num, tail := leadingArticleNumber(rest)
	if num == "" {
		return "", false
	}
	out := st.section + " " + num
	if tail == "" {
		return out, true
	}
	p, ok := parsePath(tail)
	if !ok {
		return "", false
	}
	return out + st.sep() + st.writeGroup([]subPath{p}), true
}

// decisionRef writes "2021/914" or "2021/914 Art. 4" of a Commission
// decision.
func (st *citeStyle) decisionRef(s string) (string, bool) {
	num, rest, _ := strings.Cut(s, " ")
	if !isDocNumber(num) {
		return "", false
	}
	name := st.decision + " " + num
	if rest == "" {
		return name, true
	}
	return st.instrument(name, rest, st.articles1)
}

// recitalRef writes "Recital 47" or "Recitals 47, 48".
func (st *citeStyle) recitalRef(s string) (string, bool) {
	word, nums, _ := strings.Cut(s, " ")
	list := strings.Split(nums, ", ")
	for _, n := range list {
		if !isNumber(n) {
			return "", false
		}
	}
	if word == "Recitals" || len(list) > 1 {
		return st.recitals + " " + st.list(list), true
	}
	return st.recital + " " + list[0], true
}

// workingParty writes an Article 29 Working Party paper: "WP248 rev.01",
// then optionally "section III.C", "III.B", "Annex 2" or "criterion 7".
func (st *citeStyle) workingParty(s string) (string, bool) {
	name, rest, _ := strings.Cut(s, " ")
	if !isNumber(strings.TrimPrefix(name, "WP")) {
		return "", false
	}
	rev, rest, _ := strings.Cut(rest, " ")
	revNum, ok := strings.CutPrefix(rev, "rev.")
	if !ok || !isNumber(revNum) {
		return "", false
	}
	paper := name + " " + st.revision + revNum
	if rest == "" {
		return paper, true
	}
	var div string
	switch {
	case strings.HasPrefix(rest, "section "):
		div = st.wpSection + " " + rest[len("section "):]
		rest = rest[len("section "):]
	case strings.HasPrefix(rest, "Annex "):
		div = st.annex + " " + rest[len("Annex "):]
		rest = rest[len("Annex "):]
	case strings.HasPrefix(rest, "criterion "):
		div = st.criterion + " " + rest[len("criterion "):]
		rest = rest[len("criterion "):]
	default:
		div = st.wpSection + " " + rest
	}
	if !isDivisionNumber(rest) {
		return "", false
	}
	return paper + ", " + div, true
}

// ico writes the ICO's template, guidance and list.
func (st *citeStyle) ico(s string) (string, bool) {
	if step, ok := strings.CutPrefix(s, "DPIA template step "); ok {
		if !isNumber(step) {
			return "", false
		}
		return st.icoTemplate(step), true
	}
	if heading, ok := strings.CutPrefix(s, "DPIA list: "); ok {
		if heading == "" {
			return "", false
		}
		return st.icoList + st.quote(heading), true
	}
	topic, note, hasGuidance := strings.Cut(s, " guidance")
	out, ok := st.icoGuidance[topic]
	if !ok || !hasGuidance {
		return "", false
	}
	if note = strings.TrimSpace(note); note != "" {
		n, ok := st.icoNotes[note]
		if !ok {
			return "", false
		}
		out += " " + n
	}
	return out, true
}

// national writes "CNIL DPIA list under GDPR Art. 35(4) of 2018-10-11,
// item 1" (rest is what follows "DPIA list under ").
func (st *citeStyle) national(authority, rest string) (string, bool) {
	basis, rest, ok := strings.Cut(rest, " of ")
	if !ok {
		return "", false
	}
	date, item, ok := strings.Cut(rest, ", item ")
	if !ok || !isNumber(item) {
		return "", false
	}
	adopted, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return "", false
	}
	b, ok := st.part(basis)
	if !ok {
		return "", false
	}
	return st.nationalList(authority, adopted, b, item), true
}

// isNumber reports whether s is a non-empty run of ASCII digits.
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isDocNumber reports whether s is a number such as "2/2018", "05/2021" or
// "2021/914".
func isDocNumber(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	return ok && isNumber(a) && isNumber(b)
}

// isCaseNumber reports whether s is a case number of the Court of Justice,
// such as "C-311/18".
func isCaseNumber(s string) bool {
	n, ok := strings.CutPrefix(s, "C-")
	return ok && isDocNumber(n)
}

// isDivisionNumber reports whether s numbers a division of a paper: "2",
// "III.C", "III.B.a".
func isDivisionNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.') {
			return false
		}
	}
	return true
}

// frenchMonths and germanMonths name the months, January first.
var (
	frenchMonths = [12]string{"janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	germanMonths = [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni",
		"Juli", "August", "September", "Oktober", "November", "Dezember"}
)

// frenchDate writes "11 octobre 2018", "1er mars 2019".
func frenchDate(d time.Time) string {
	day := strconv.Itoa(d.Day())
	if d.Day() == 1 {
		day = "1er"
	}
	return day + " " + frenchMonths[d.Month()-1] + " " + strconv.Itoa(d.Year())
}

// germanDate writes "17. Oktober 2018".
func germanDate(d time.Time) string {
	return strconv.Itoa(d.Day()) + ". " + germanMonths[d.Month()-1] + " " + strconv.Itoa(d.Year())
}

// frenchAuthority and germanAuthority write "of the authority" for the
// authorities whose Art. 35(4) lists package lawfulbasis holds, with the
// article each language gives their names.
// frenchAuthority and germanAuthority give, for each authority whose
// list lawfulbasis holds, its name with the article the language puts
// before it.
func frenchAuthority() map[string]string {
	return map[string]string{
		"CNIL": "de la CNIL", "DSK": "de la DSK", "DPC": "de la DPC", "AP": "de l'AP",
		"AEPD": "de l'AEPD", "Garante": "du Garante", "ICO": "de l'ICO",
	}
}

func germanAuthority() map[string]string {
	return map[string]string{
		"CNIL": "der CNIL", "DSK": "der DSK", "DPC": "der DPC", "AP": "der AP",
		"AEPD": "der AEPD", "Garante": "des Garante", "ICO": "des ICO",
	}
}

// citeStyles builds the French and German styles once, on first use; they
// are only read afterwards, by every render in any goroutine.
var citeStyles = sync.OnceValue(func() struct{ fr, de *citeStyle } {
	return struct{ fr, de *citeStyle }{frenchCitation(), germanCitation()}
})

// frenchCitation returns the French style of citation.
func frenchCitation() *citeStyle {
	return &citeStyle{
		french:     true,
		cnilMethod: "méthode PIA de la CNIL",
		cnilParts: map[string]string{"context": "contexte", "fundamental principles": "principes fondamentaux",
			"risks": "risques", "validation": "validation"},
		ownMethod: "la méthode propre de l'organisme",
		gdpr:      "RGPD",
		ukGDPR:    "RGPD du Royaume-Uni",
		article:   "article",
		articles:  "articles",
		section:   "article",
		levels:    [3][2]string{{"paragraphe", "paragraphes"}, {"point", "points"}, {"point", "points"}},
		and:       "et",
		through:   "à",
		subparagraph: func(n int) string {
			return [...]string{"", "premier", "deuxième", "troisième", "quatrième", "cinquième"}[n] + " alinéa"
		},
		recital:      "considérant",
		recitals:     "considérants",
		schedule:     "annexe",
		schedulePart: "partie",
		cjeu:         "CJUE",
		edpb: func(kind, number string) string {
			if kind == "Recommendations" {
				return "recommandations " + number + " du CEPD"
			}
			return "lignes directrices " + number + " du CEPD"
		},
		decision:    "décision (UE)",
		revision:    "rév.",
		wpSection:   "section",
		annex:       "annexe",
		criterion:   "critère",
		icoTemplate: func(step string) string { return "modèle d'AIPD de l'ICO, étape " + step },
		icoGuidance: map[string]string{
			"DPIA":                 "guide de l'ICO sur l'AIPD",
			"lawful basis":         "guide de l'ICO sur les bases légales",
			"legitimate interests": "guide de l'ICO sur les intérêts légitimes",
		},
		icoNotes: map[string]string{
			"(a lower possibility of serious harm may be high risk)": "(une faible probabilité de préjudice grave peut constituer un risque élevé)",
		},
		icoList: "liste d'AIPD de l'ICO : ",
		nationalList: func(authority string, adopted time.Time, basis, item string) string {
			of, ok := frenchAuthority()[authority]
			if !ok {
				of = "(" + authority + ")"
			}
			return "liste d'AIPD " + of + " du " + frenchDate(adopted) + " (" + basis + "), point " + item
		},
		quote: func(s string) string { return "« " + s + " »" },
	}
}

// germanCitation returns the German style of citation.
func germanCitation() *citeStyle {
	return &citeStyle{
		cnilMethod: "PIA-Methode der CNIL",
		cnilParts: map[string]string{"context": "Kontext", "fundamental principles": "Grundprinzipien",
			"risks": "Risiken", "validation": "Validierung"},
		ownMethod: "die eigene Methode der Organisation",
		gdpr:      "DSGVO",
		ukGDPR:    "UK-DSGVO",
		article:   "Artikel",
		articles:  "Artikel",
		section:   "§",
		levels:    [3][2]string{{"Absatz", "Absätze"}, {"Buchstabe", "Buchstaben"}, {"Ziffer", "Ziffern"}},
		and:       "und",
		through:   "bis",
		subparagraph: func(n int) string {
			return "Unterabsatz " + strconv.Itoa(n)
		},
		recital:      "Erwägungsgrund",
		recitals:     "Erwägungsgründe",
		schedule:     "Anhang",
		schedulePart: "Teil",
		cjeu:         "EuGH",
		edpb: func(kind, number string) string {
			if kind == "Recommendations" {
				return "Empfehlungen " + number + " des EDSA"
			}
			return "Leitlinien " + number + " des EDSA"
		},
		decision:    "Beschluss (EU)",
		revision:    "Rev.",
		wpSection:   "Abschnitt",
		annex:       "Anhang",
		criterion:   "Kriterium",
		icoTemplate: func(step string) string { return "DSFA-Vorlage des ICO, Schritt " + step },
		icoGuidance: map[string]string{
			"DPIA":                 "Leitfaden des ICO zur DSFA",
			"lawful basis":         "Leitfaden des ICO zu den Rechtsgrundlagen",
			"legitimate interests": "Leitfaden des ICO zu berechtigten Interessen",
		},
		icoNotes: map[string]string{
			"(a lower possibility of serious harm may be high risk)": "(auch eine geringe Wahrscheinlichkeit eines schweren Schadens kann ein hohes Risiko begründen)",
		},
		icoList: "DSFA-Liste des ICO: ",
		nationalList: func(authority string, adopted time.Time, basis, item string) string {
			of, ok := germanAuthority()[authority]
			if !ok {
				of = "(" + authority + ")"
			}
			return "DSFA-Liste " + of + " vom " + germanDate(adopted) + " (" + basis + "), Nr. " + item
		},
		quote: func(s string) string { return "„" + s + "“" },
	}
}
