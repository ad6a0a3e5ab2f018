package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// ExampleDigitalConsentAge looks up the age below which a child's consent
// to an information society service needs its parents' authorisation.
func ExampleDigitalConsentAge() {
	for _, country := range []string{"FR", "IE", "UK", "US"} {
		age, source, ok := lawfulbasis.DigitalConsentAge(country)
		if !ok {
			fmt.Printf("%s: not known, assume %d (GDPR Art. 8(1))\n", country, lawfulbasis.DefaultDigitalConsentAge)
			continue
		}
		fmt.Printf("%s: %d (%s)\n", country, age, source)
	}
	// Output:
	// FR: 15 (France: Loi 78-17 art. 45; European Commission SWD(2020) 115, p. 17)
	// IE: 16 (Ireland: Data Protection Act 2018 s31; European Commission SWD(2020) 115, p. 17)
	// UK: 13 (United Kingdom: DPA 2018 s9)
	// US: not known, assume 16 (GDPR Art. 8(1))
}
