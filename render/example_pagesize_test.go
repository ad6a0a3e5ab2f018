package render_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/render"
)

// ExampleParsePageSize reads a paper size as people write it; the zero
// Options use A4.
func ExampleParsePageSize() {
	for _, text := range []string{"A4", "US Letter", "A3"} {
		p, err := render.ParsePageSize(text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.Label())
	}
	fmt.Println(render.Options{}.PageSize.Label())
	// Output:
	// A4
	// Letter
	// render: "A3" is not a page size (want A4 or Letter)
	// Default (A4)
}
