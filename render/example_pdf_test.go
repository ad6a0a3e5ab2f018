package render_test

import (
	"bytes"
	"fmt"
	"os"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/render"
)

// ExamplePDF renders an assessment to PDF on US Letter paper with a
// generation date and the validation findings in an appendix. The same
// assessment and options always give the same bytes.
func ExamplePDF() {
	a := &dpia.Assessment{
		Title:   "Clinic video consultations",
		Parties: dpia.Parties{Controller: dpia.Party{Name: "Eastmoor Community Health NHS Trust"}},
	}
	today := dpiakit.Date{Year: 2024, Month: 6, Day: 1}
	opts := render.Options{
		PageSize:        render.Letter,
		GeneratedOn:     today,
		IncludeFindings: true,
		Findings:        a.Validate(&dpia.ValidateOptions{Now: today}),
	}
	var first, second bytes.Buffer
	if err := render.PDF(&first, a, &opts); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	if err := render.PDF(&second, a, &opts); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(string(first.Bytes()[:8]))
	fmt.Println(bytes.Equal(first.Bytes(), second.Bytes()))
	// Output:
	// %PDF-1.4
	// true
}
