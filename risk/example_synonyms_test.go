package risk_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/risk"
)

// A scale may declare the words a document writes for its levels: here
// "unlikely" for the ICO's lowest likelihood and "high" for its top
// severity. A rating written with them is on the scale.
func ExampleScale_Parse() {
	m := risk.ICO3x3()
	m.Likelihood.Levels[0].Synonyms = []string{"unlikely"}
	m.Severity.Levels[2].Synonyms = []string{"high"}
	if err := m.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	l, _ := m.Likelihood.Parse("Unlikely")
	s, _ := m.Severity.Parse("High")
	overall, _ := m.RateText("Unlikely", "High")
	fmt.Println(l.Key, s.Key, overall.Key)
	_, err := m.Likelihood.Parse("Improbable")
	fmt.Println(err)
	// Output:
	// remote severe low
	// risk: "Improbable" is not a level of the likelihood scale (want remote, possible or probable)
}
