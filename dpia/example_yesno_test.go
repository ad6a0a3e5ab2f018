package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleParse() {
	for _, text := range []string{"Yes", "NO", "N/A", "Not applicable", "maybe"} {
		a, err := dpia.Parse[dpia.YesNo](text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a, a.Label())
	}
	// Output:
	// yes Yes
	// no No
	// not_applicable Not applicable
	// not_applicable Not applicable
	// dpia: "maybe" is not a yes/no answer
}
