package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleParseCriterion() {
	for _, text := range []string{"Art. 35(3)(b)", "WP248 criterion 6", "ICO invisible processing"} {
		c, err := lawfulbasis.ParseCriterion(text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Family(), c.NeedsWP248Criterion())
	}
	// Output:
	// art35_special_large_scale art35_3 false
	// wp248_matching wp248 false
	// ico_invisible_processing ico true
}
