package render_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/render"
)

// ExampleHTML renders a small assessment and lists the sections of the
// page: the document's own details (with its version history) and the
// seven ICO steps come whatever the assessment answers, and an empty
// answer is marked, not left out.
func ExampleHTML() {
	a := &dpia.Assessment{
		Title:   "Clinic video consultations",
		Regime:  dpiakit.UKGDPR,
		Parties: dpia.Parties{Controller: dpia.Party{Name: "Eastmoor Community Health NHS Trust"}},
		Need:    dpia.Need{Summary: "Video consultations with patients at home."},
	}
	var page strings.Builder
	if err := render.HTML(&page, a, nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, m := range regexp.MustCompile(`<h2 id="s[0-9]+">([^<]+)</h2>`).FindAllStringSubmatch(page.String(), -1) {
		fmt.Println(m[1])
	}
	fmt.Println(strings.Count(page.String(), `<p class="empty">Not answered</p>`) > 0)
	// Output:
	// About this assessment
	// Parties
	// Step 1: Identify the need for a DPIA
	// Step 2: Describe the processing
	// Step 3: Consultation process
	// Step 4: Assess necessity and proportionality
	// Step 5: Identify and assess risks
	// Step 6: Identify measures to reduce risk
	// Step 7: Sign off and record outcomes
	// true
}
