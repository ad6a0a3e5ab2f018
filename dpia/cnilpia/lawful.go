package cnilpia

import (
	"strings"
	"unicode"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// legalBasis reads lawful-basis claims from the answer to question 2.1.2,
// line by line (paragraph lines and list items alike), with
// lawfulbasis.ParseArticle6 and ParseArticle9:
//
//   - a line that is a basis ("Consent", "Art. 6(1)(b) contract") gives a
//     claim;
//   - a line "purpose: basis" gives a claim for that purpose;
//   - a line that is an Art. 9(2) condition, alone or after "purpose: ",
//     adds the condition to that purpose's claim, or to the last claim;
//   - in a line with several codes, or any other line, each Art. 6(1) code ("6(1)(f)", "6.1.b") gives a
//     claim whose justification is the line, and each Art. 9(2) code a
//     condition of the last claim;
//   - a line with no code that names exactly one basis in French, German,
//     Spanish or Italian ("consentement", "exécution d'un contrat",
//     "intérêts légitimes"; see foreignBasis) gives a claim, for the
//     purpose before ": " when there is one, else with the line as its
//     justification.
//
// The answer's text is kept whole in necessity.basis_text; the report
// says when some or none of it could be read.
func (im *importer) legalBasis(blocks []block) {
	r := im.answers[212]
	var (
		claims   []lawfulbasis.Claim
		read     int
		unread   int
		purposes = map[string]int{}
	)
	claimFor := func(purpose string) *lawfulbasis.Claim {
		if purpose != "" {
			if i, ok := purposes[purpose]; ok {
				return &claims[i]
			}
		} else if len(claims) > 0 {
			return &claims[len(claims)-1]
		}
		claims = append(claims, lawfulbasis.Claim{Purpose: purpose})
		if purpose != "" {
			purposes[purpose] = len(claims) - 1
		}
		return &claims[len(claims)-1]
	}
	addBasis := func(purpose string, b lawfulbasis.Article6, justification string) {
		claims = append(claims, lawfulbasis.Claim{Purpose: purpose, Basis: b, Justification: justification})
		if purpose != "" {
			if _, ok := purposes[purpose]; !ok {
				purposes[purpose] = len(claims) - 1
			}
		}
	}
	for _, b := range blocks {
		for _, raw := range b.lines {
			line := listItem(strings.TrimSpace(raw))
			if line == "" {
				continue
			}
			purpose, rest, split := splitTerm(line, 0)
			if split && isBasisHeading(purpose) {
				purpose, split = "", false
				line = rest
			}
			bases, conds := scanCodes(line)
			addCodes := func() {
				for _, basis := range bases {
					addBasis("", basis, line)
				}
				for _, cond := range conds {
					c := claimFor("")
					c.Article9 = appendCondition(c.Article9, cond)
				}
			}
			switch {
			case len(bases)+len(conds) > 1:
				addCodes()
			case split && parses6(rest):
				basis, _ := lawfulbasis.ParseArticle6(rest)
				addBasis(purpose, basis, "")
			case parses6(line):
				basis, _ := lawfulbasis.ParseArticle6(line)
				addBasis("", basis, "")
			case split && parses9(rest):
				cond, _ := lawfulbasis.ParseArticle9(rest)
				c := claimFor(purpose)
				c.Article9 = appendCondition(c.Article9, cond)
			case parses9(line):
				cond, _ := lawfulbasis.ParseArticle9(line)
				c := claimFor("")
				c.Article9 = appendCondition(c.Article9, cond)
			case len(bases)+len(conds) == 0 && split && isForeign(rest):
				basis, _ := foreignBasis(rest)
				addBasis(purpose, basis, "")
			case len(bases)+len(conds) == 0 && isForeign(line):
				basis, _ := foreignBasis(line)
				addBasis("", basis, line)
			default:
				if len(bases) == 0 && len(conds) == 0 {
					unread++
					continue
				}
				addCodes()
			}
			read++
		}
	}
	im.a.Necessity.Claims = claims
	switch {
	case read == 0 && unread > 0:
		im.rep.add(KindNotParsed, r.source, "necessity.claims", "no Article 6 basis or Article 9 condition could be read; the text is kept in necessity.basis_text")
	case unread > 0:
		im.rep.add(KindParsedPartially, r.source, "necessity.claims", "%d of %d lines name a basis or condition; the text is kept whole in necessity.basis_text", read, read+unread)
	}
}

// isBasisHeading reports whether the term of a "term: detail" line names
// the question rather than a purpose ("Legal basis: consent").
func isBasisHeading(term string) bool {
	switch kindKey(foldAccents(strings.ToLower(term))) {
	case "legalbasis", "lawfulbasis", "basis", "legalbases", "lawfulbases", "article6", "art6", "legalground",
		"lawfulground", "condition", "article9", "art9", "article9condition",
		"baselegale", "baseslegales", "basejuridique", "fondementjuridique", "fondementlegal", "rechtsgrundlage",
		"baselegal", "basejuridica", "baselegittimazione", "basegiuridica":
		return true
	}
	return false
}

func parses6(s string) bool {
	_, err := lawfulbasis.ParseArticle6(s)
	return err == nil
}

func isForeign(s string) bool {
	_, ok := foreignBasis(s)
	return ok
}

func parses9(s string) bool {
	_, err := lawfulbasis.ParseArticle9(s)
	return err == nil
}

func appendCondition(list []lawfulbasis.Article9, c lawfulbasis.Article9) []lawfulbasis.Article9 {
	for _, x := range list {
		if x == c {
			return list
		}
	}
	return append(list, c)
}

// scanCodes finds the Art. 6(1) and Art. 9(2) codes written inside a
// sentence ("we rely on Art. 6(1)(f) GDPR"): "6(1)(f)", "6.1.f", "9(2)(h)",
// "9.2.h", spaces allowed. Each distinct one is returned once, in order.
func scanCodes(line string) (bases []lawfulbasis.Article6, conds []lawfulbasis.Article9) {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, line)
	for i := 0; i < len(s); i++ {
		if (s[i] != '6' && s[i] != '9') || (i > 0 && s[i-1] >= '0' && s[i-1] <= '9') {
			continue
		}
		para := "1"
		if s[i] == '9' {
			para = "2"
		}
		point, ok := codePoint(s[i+1:], para)
		if !ok {
			continue
		}
		code := string(s[i]) + "(" + para + ")(" + point + ")"
		if s[i] == '6' {
			if b, err := lawfulbasis.ParseArticle6(code); err == nil && !containsBasis(bases, b) {
				bases = append(bases, b)
			}
		} else if c, err := lawfulbasis.ParseArticle9(code); err == nil {
			conds = appendCondition(conds, c)
		}
	}
	return bases, conds
}

// codePoint reads "(1)(f)" or ".1.f" (para "1") at the start of s and
// returns the point's letters.
func codePoint(s, para string) (string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(s, "("+para+")("):
		rest = s[len(para)+3:]
		end := strings.IndexByte(rest, ')')
		if end <= 0 || end > 2 {
			return "", false
		}
		return letters(rest[:end])
	case strings.HasPrefix(s, "."+para+"."):
		rest = s[len(para)+2:]
		end := 0
		for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' {
			end++
		}
		if end == 0 || end > 2 {
			return "", false
		}
		return rest[:end], true
	}
	return "", false
}

func letters(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return "", false
		}
	}
	return s, s != ""
}

func containsBasis(list []lawfulbasis.Article6, b lawfulbasis.Article6) bool {
	for _, x := range list {
		if x == b {
			return true
		}
	}
	return false
}

// claimsLines writes claims as list items the legal basis reader reads
// back: "purpose: Consent (GDPR Art. 6(1)(a))", then one item per Art. 9
// condition, "purpose: Health or social care (GDPR Art. 9(2)(h))".
func claimsLines(claims []lawfulbasis.Claim) []string {
	var lines []string
	for _, c := range claims {
		purpose := squash(c.Purpose)
		if c.Basis.IsValid() {
			lines = append(lines, termLine(purpose, c.Basis.Label()+" ("+c.Basis.Ref()+")"))
		}
		for _, cond := range c.Article9 {
			if cond.IsValid() {
				lines = append(lines, termLine(purpose, cond.Label()+" ("+cond.Ref()+")"))
			}
		}
	}
	return lines
}
