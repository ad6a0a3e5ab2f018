package cnilpia

import (
	"strings"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// article6Phrases names the Article 6(1) bases in the other languages the
// CNIL tool ships that lawfulbasis.ParseArticle6 does not read: French,
// German, Spanish and Italian, as the GDPR's own versions word them,
// accents folded (see foldAccents). A line is read as a basis only when it
// names exactly one of them (see foreignBasis).
var article6Phrases = []struct {
	basis   lawfulbasis.Article6
	phrases []string
}{
	{lawfulbasis.Consent, []string{"consentement", "einwilligung", "consentimiento", "consenso"}},
	{lawfulbasis.Contract, []string{"execution d'un contrat", "execution du contrat", "execution de contrat", "contrat",
		"vertragserfullung", "erfullung eines vertrags", "vertrag", "ejecucion de un contrato", "contrato",
		"esecuzione di un contratto", "contratto"}},
	{lawfulbasis.LegalObligation, []string{"obligation legale", "obligations legales", "rechtliche verpflichtung",
		"rechtlichen verpflichtung", "obligacion legal", "obbligo legale", "obblighi legali"}},
	{lawfulbasis.VitalInterests, []string{"sauvegarde des interets vitaux", "interets vitaux", "interet vital",
		"lebenswichtige interessen", "lebenswichtiger interessen", "intereses vitales", "interes vital", "interessi vitali"}},
	{lawfulbasis.PublicTask, []string{"mission d'interet public", "mission de service public", "interet public",
		"autorite publique", "offentlichen interesse", "offentliches interesse", "offentlicher gewalt",
		"mision de interes publico", "interes publico", "poderes publicos", "interesse pubblico", "pubblici poteri"}},
	{lawfulbasis.LegitimateInterests, []string{"interets legitimes", "interet legitime", "berechtigte interessen",
		"berechtigten interessen", "berechtigtes interesse", "intereses legitimos", "interes legitimo",
		"interessi legittimi", "interesse legittimo"}},
}

// foreignBasis reads the Article 6(1) basis that line names in French,
// German, Spanish or Italian ("Consentement", "Exécution d'un contrat",
// "mission d&#39;intérêt public" once decoded). A line that names none,
// or two different bases, gives ok false: it is not read.
func foreignBasis(line string) (lawfulbasis.Article6, bool) {
	s := " " + foldAccents(strings.ToLower(line)) + " "
	var found lawfulbasis.Article6
	n := 0
	for _, b := range article6Phrases {
		for _, p := range b.phrases {
			if containsWord(s, p) {
				if n == 0 || found != b.basis {
					n++
				}
				found = b.basis
				break
			}
		}
	}
	return found, n == 1
}

// containsWord reports whether s holds phrase between non-letters.
func containsWord(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(phrase)
		if (at == 0 || !isLetterByte(s[at-1])) && (end == len(s) || !isLetterByte(s[end])) {
			return true
		}
		i = at + 1
	}
}
