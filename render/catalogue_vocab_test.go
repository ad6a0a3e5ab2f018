package render

import "github.com/dpiakit/dpiakit/dpia"

// vocabularyKeys returns the catalogue keys that come from the model
// rather than from render's source: the labels of the enumerations render
// prints and the summaries of the rules. This version lists the yes/no
// answers only; the full list (every enumeration of dpia, lawfulbasis and
// risk, and every rule's summary) replaces it with the vocabulary's
// translations.
func vocabularyKeys() []string {
	var keys []string
	for _, v := range dpia.Values[dpia.YesNo]() {
		keys = append(keys, v.Label())
	}
	return keys
}
