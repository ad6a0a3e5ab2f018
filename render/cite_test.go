package render

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func TestCiteRefPatterns(t *testing.T) {
	tests := []struct{ ref, fr, de string }{
		{"GDPR Art. 35(7)(a)", "RGPD, article 35, paragraphe 7, point a)", "DSGVO, Artikel 35 Absatz 7 Buchstabe a"},
		{"GDPR Art. 10", "RGPD, article 10", "DSGVO, Artikel 10"},
		{"GDPR Art. 9(2)(h)", "RGPD, article 9, paragraphe 2, point h)", "DSGVO, Artikel 9 Absatz 2 Buchstabe h"},
		{"GDPR Arts 13, 14", "RGPD, articles 13 et 14", "DSGVO, Artikel 13 und 14"},
		{"GDPR Arts 13-14", "RGPD, articles 13 et 14", "DSGVO, Artikel 13 und 14"},
		{"GDPR Arts 44-46", "RGPD, articles 44 à 46", "DSGVO, Artikel 44 bis 46"},
		{"GDPR Art. 28(2), (4)", "RGPD, article 28, paragraphes 2 et 4", "DSGVO, Artikel 28 Absätze 2 und 4"},
		{"GDPR Art. 27(1)-(3)", "RGPD, article 27, paragraphes 1 à 3", "DSGVO, Artikel 27 Absätze 1 bis 3"},
		{"GDPR Art. 21(2)-(3)", "RGPD, article 21, paragraphes 2 et 3", "DSGVO, Artikel 21 Absätze 2 und 3"},
		{"GDPR Art. 35(7)(c)-(d)", "RGPD, article 35, paragraphe 7, points c) et d)", "DSGVO, Artikel 35 Absatz 7 Buchstaben c und d"},
		{"GDPR Art. 5(1)(b), (c)", "RGPD, article 5, paragraphe 1, points b) et c)", "DSGVO, Artikel 5 Absatz 1 Buchstaben b und c"},
		{"GDPR Art. 35(1), (3)(b)", "RGPD, article 35, paragraphe 1, paragraphe 3, point b)", "DSGVO, Artikel 35 Absatz 1, Absatz 3 Buchstabe b"},
		{"GDPR Art. 6(1), second subparagraph", "RGPD, article 6, paragraphe 1, deuxième alinéa", "DSGVO, Artikel 6 Absatz 1 Unterabsatz 2"},
		{"GDPR Art. 6(1), Art. 9", "RGPD, article 6, paragraphe 1, et article 9", "DSGVO, Artikel 6 Absatz 1 und Artikel 9"},
		{"GDPR Arts 13, 14, 14(5)", "RGPD, articles 13 et 14, et article 14, paragraphe 5", "DSGVO, Artikel 13 und 14 sowie Artikel 14 Absatz 5"},
		{"GDPR Art. 30(1)(e); Art. 44", "RGPD, article 30, paragraphe 1, point e); article 44", "DSGVO, Artikel 30 Absatz 1 Buchstabe e; Artikel 44"},
		{"Recital 75", "considérant 75", "Erwägungsgrund 75"},
		{"Recitals 75, 76", "considérants 75 et 76", "Erwägungsgründe 75 und 76"},
		{"UK GDPR Art. 9", "RGPD du Royaume-Uni, article 9", "UK-DSGVO, Artikel 9"},
		{"UK GDPR Arts 22A-22B", "RGPD du Royaume-Uni, articles 22A et 22B", "UK-DSGVO, Artikel 22A und 22B"},
		{"UK GDPR Art. 6(1)(ea)", "RGPD du Royaume-Uni, article 6, paragraphe 1, point ea)", "UK-DSGVO, Artikel 6 Absatz 1 Buchstabe ea"},
		{"DPA 2018 Sch. 1 Pt 1 para 2", "Data Protection Act 2018, annexe 1, partie 1, paragraphe 2", "Data Protection Act 2018, Anhang 1 Teil 1 Absatz 2"},
		{"DPA 2018 Sch. 1", "Data Protection Act 2018, annexe 1", "Data Protection Act 2018, Anhang 1"},
		{"DPA 2018 s10(5)", "Data Protection Act 2018, article 10, paragraphe 5", "Data Protection Act 2018, § 10 Absatz 5"},
		{"Data (Use and Access) Act 2025 s70", "Data (Use and Access) Act 2025, article 70", "Data (Use and Access) Act 2025, § 70"},
		{"SI 2026/82", "SI 2026/82", "SI 2026/82"},
		{"Decision (EU) 2021/914 Art. 4", "décision (UE) 2021/914, article 4", "Beschluss (EU) 2021/914, Artikel 4"},
		{"CJEU C-311/18", "CJUE, C-311/18", "EuGH, C-311/18"},
		{"EDPB Guidelines 05/2021", "lignes directrices 05/2021 du CEPD", "Leitlinien 05/2021 des EDSA"},
		{"EDPB Recommendations 01/2020", "recommandations 01/2020 du CEPD", "Empfehlungen 01/2020 des EDSA"},
		{"WP248 rev.01 section III.B.a", "WP248 rév.01, section III.B.a", "WP248 Rev.01, Abschnitt III.B.a"},
		{"WP248 rev.01 III.B", "WP248 rév.01, section III.B", "WP248 Rev.01, Abschnitt III.B"},
		{"WP248 rev.01 Annex 2", "WP248 rév.01, annexe 2", "WP248 Rev.01, Anhang 2"},
		{"WP248 rev.01 criterion 7", "WP248 rév.01, critère 7", "WP248 Rev.01, Kriterium 7"},
		{"WP243 rev.01", "WP243 rév.01", "WP243 Rev.01"},
		{"ICO DPIA template step 7", "modèle d'AIPD de l'ICO, étape 7", "DSFA-Vorlage des ICO, Schritt 7"},
		{"ICO legitimate interests guidance", "guide de l'ICO sur les intérêts légitimes", "Leitfaden des ICO zu berechtigten Interessen"},
		{"ICO DPIA list: data matching", "liste d'AIPD de l'ICO : « data matching »", "DSFA-Liste des ICO: „data matching“"},
		{"CNIL DPIA list under GDPR Art. 35(4) of 2018-10-11, item 3",
			"liste d'AIPD de la CNIL du 11 octobre 2018 (RGPD, article 35, paragraphe 4), point 3",
			"DSFA-Liste der CNIL vom 11. Oktober 2018 (DSGVO, Artikel 35 Absatz 4), Nr. 3"},
		{"DSK DPIA list under GDPR Art. 35(4) of 2018-10-17, item 12",
			"liste d'AIPD de la DSK du 17 octobre 2018 (RGPD, article 35, paragraphe 4), point 12",
			"DSFA-Liste der DSK vom 17. Oktober 2018 (DSGVO, Artikel 35 Absatz 4), Nr. 12"},
		{"Garante DPIA list under GDPR Art. 35(4) of 2019-03-01, item 1",
			"liste d'AIPD du Garante du 1er mars 2019 (RGPD, article 35, paragraphe 4), point 1",
			"DSFA-Liste des Garante vom 1. März 2019 (DSGVO, Artikel 35 Absatz 4), Nr. 1"},
		// A part the function cannot read is kept as written beside the
		// parts it rewrites.
		{"GDPR Art. 35(7)(a); Schrems II", "RGPD, article 35, paragraphe 7, point a); Schrems II", "DSGVO, Artikel 35 Absatz 7 Buchstabe a; Schrems II"},
		{"GDPR Art. 35(7)(a)(i)(x)(y)", "GDPR Art. 35(7)(a)(i)(x)(y)", "GDPR Art. 35(7)(a)(i)(x)(y)"},
		{"GDPR Article 35", "GDPR Article 35", "GDPR Article 35"},
		{"ICO DPIA list: ", "ICO DPIA list: ", "ICO DPIA list: "},
		{"XX DPIA list under GDPR Art. 35(4) of 2018-13-40, item 1", "XX DPIA list under GDPR Art. 35(4) of 2018-13-40, item 1", "XX DPIA list under GDPR Art. 35(4) of 2018-13-40, item 1"},
		{"", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref, func(t *testing.T) {
			assert.Equal(t, tc.fr, citeRef(language.French, tc.ref))
			assert.Equal(t, tc.de, citeRef(language.German, tc.ref))
			assert.Equal(t, tc.fr, citeRef(language.MustParse("fr-CA"), tc.ref))
			assert.Equal(t, tc.de, citeRef(language.MustParse("de-AT"), tc.ref))
			for _, other := range []language.Tag{language.English, language.BritishEnglish, language.Italian, language.Und} {
				assert.Equal(t, tc.ref, citeRef(other, tc.ref), "%s", other)
			}
		})
	}
}

// moduleRefs returns every reference the module's rules and vocabularies
// cite: each rule's Ref and the Ref of every value of lawfulbasis's
// vocabularies that has one, without repeats.
func moduleRefs() []string {
	var refs []string
	for _, r := range dpia.Rules() {
		refs = append(refs, r.Ref)
	}
	refs = append(refs, refsOf(lawfulbasis.Article6Values())...)
	refs = append(refs, refsOf(lawfulbasis.Article9Values())...)
	refs = append(refs, refsOf(lawfulbasis.CriminalOffenceConditionValues())...)
	refs = append(refs, refsOf(lawfulbasis.CriterionValues())...)
	refs = append(refs, refsOf(lawfulbasis.PrincipleValues())...)
	refs = append(refs, refsOf(lawfulbasis.RightValues())...)
	refs = append(refs, refsOf(lawfulbasis.Schedule1Values())...)
	refs = append(refs, refsOf(lawfulbasis.SpecialCategoryValues())...)
	slices.Sort(refs)
	return slices.Compact(refs)
}

// refsOf returns the Ref of each value.
func refsOf[T interface{ Ref() string }](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.Ref()
	}
	return out
}

// citationWords lists, per language, every word a citation may hold
// besides numbers, point letters and proper names: a word outside it is
// English left untranslated or an unknown part kept as written.
var citationWords = map[string][]string{
	"fr": {"RGPD", "du", "Royaume", "Uni", "article", "articles", "paragraphe", "paragraphes", "point", "points",
		"et", "à", "premier", "deuxième", "alinéa", "considérant", "considérants", "annexe", "partie", "CJUE",
		"lignes", "directrices", "recommandations", "CEPD", "décision", "UE", "rév", "section", "critère",
		"modèle", "d", "AIPD", "de", "l", "la", "ICO", "étape", "guide", "sur", "les", "bases", "légales",
		"intérêts", "légitimes", "une", "faible", "probabilité", "préjudice", "grave", "peut", "constituer",
		"un", "risque", "élevé", "liste", "CNIL", "DSK", "DPC", "AP", "AEPD", "er",
		"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
		"novembre", "décembre", "méthode", "PIA", "contexte", "principes", "fondamentaux", "risques", "validation",
		"propre", "organisme"},
	"de": {"DSGVO", "UK", "Artikel", "Absatz", "Absätze", "Buchstabe", "Buchstaben", "Ziffer", "Unterabsatz",
		"und", "bis", "sowie", "Erwägungsgrund", "Erwägungsgründe", "Anhang", "Teil", "EuGH", "Leitlinien",
		"Empfehlungen", "des", "der", "den", "EDSA", "Beschluss", "EU", "Rev", "Abschnitt", "Kriterium",
		"DSFA", "Vorlage", "Liste", "ICO", "Schritt", "Leitfaden", "zu", "zur", "Rechtsgrundlagen",
		"berechtigten", "Interessen", "auch", "eine", "geringe", "Wahrscheinlichkeit", "eines", "schweren",
		"Schadens", "kann", "ein", "hohes", "Risiko", "begründen", "vom", "Nr", "CNIL", "DSK", "DPC", "AP", "AEPD",
		"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
		"November", "Dezember", "PIA", "Methode", "Kontext", "Grundprinzipien", "Risiken", "Validierung", "die",
		"eigene", "Organisation"},
}

var (
	// citedNames are proper names a citation keeps in their own language:
	// the UK's Acts as enacted, statutory instruments and cases by number,
	// the Italian authority, and the headings of the ICO's list, quoted.
	citedNames = regexp.MustCompile(`Data Protection Act 2018|Data \(Use and Access\) Act 2025|SI \d+/\d+|C-\d+/\d+|Garante|« [^»]* »|„[^“]*“|WP\d+`)
	// citedMarks are the numbers of points and divisions: "a)", "Buchstabe
	// a", "Buchstaben c und d", "III.B.a", "22B".
	citedMarks = regexp.MustCompile(`\b[a-z]{1,2}\)|(Buchstaben?|Ziffern?) [a-z]{1,3}((, | und )[a-z]{1,3})*|\b[IVX]+(\.[A-Za-z0-9]+)+|\b\d+[A-Z]?\b`)
	// wordRun finds the words left once names and marks are removed.
	wordRun = regexp.MustCompile(`\p{L}+`)
	// numberRun finds the numbers of a reference.
	numberRun = regexp.MustCompile(`\d+`)
	// isoDate finds a date written as the lawfulbasis lists write it.
	isoDate = regexp.MustCompile(`(\d{4})-\d{2}-(\d{2})`)
)

func TestCiteRefModuleRefs(t *testing.T) {
	refs := moduleRefs()
	// The module cites these kinds of source; a test that saw none of them
	// would prove nothing.
	for _, want := range []string{"GDPR Art.", "UK GDPR", "DPA 2018 Sch. 1 Pt", "CNIL DPIA list", "ICO DPIA list: ", "WP248", "Recital"} {
		assert.True(t, slices.ContainsFunc(refs, func(r string) bool { return strings.Contains(r, want) }), "no reference cites %q", want)
	}
	for _, lang := range []string{"fr", "de"} {
		tag := language.MustParse(lang)
		words := map[string]bool{}
		for _, w := range citationWords[lang] {
			words[w] = true
		}
		for _, ref := range refs {
			got := citeRef(tag, ref)
			assert.Len(t, strings.Split(got, "; "), len(strings.Split(ref, "; ")), "%s: %q -> %q: a part is lost", lang, ref, got)
			rest := citedMarks.ReplaceAllString(citedNames.ReplaceAllString(got, " "), " ")
			for _, w := range wordRun.FindAllString(rest, -1) {
				assert.True(t, words[w], "%s: %q -> %q: %q is not a word of the language's citations", lang, ref, got, w)
			}
			// Every number of the reference stays: articles,
			// paragraphs, case and paper numbers, the year and day of a
			// list's date (its month is written as a word).
			wantNums := numberRun.FindAllString(isoDate.ReplaceAllString(ref, "$1 $2"), -1)
			gotNums := numberRun.FindAllString(got, -1)
			for _, n := range wantNums {
				i := slices.IndexFunc(gotNums, func(g string) bool { return strings.TrimLeft(g, "0") == strings.TrimLeft(n, "0") })
				if assert.GreaterOrEqual(t, i, 0, "%s: %q -> %q: number %s is dropped", lang, ref, got, n) {
					gotNums = slices.Delete(gotNums, i, i+1)
				}
			}
		}
	}
}

func TestCiteRefEnglishUnchanged(t *testing.T) {
	for _, ref := range moduleRefs() {
		assert.Equal(t, ref, citeRef(language.English, ref))
	}
}
