package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleParseCountry() {
	for _, text := range []string{"UK", "England", "USA", "Republic of Korea", "de", "EU"} {
		c, err := lawfulbasis.ParseCountry(text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Name(), c.IsEEA())
	}
	// Output:
	// GB United Kingdom false
	// GB United Kingdom false
	// US United States false
	// KR Republic of Korea false
	// DE Germany true
	// lawfulbasis: "EU" is not a country: name a member state
}
