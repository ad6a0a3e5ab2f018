package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleValues() {
	for _, s := range dpia.Values[dpia.Step]() {
		fmt.Printf("Step %d: %s\n", s.Number(), s.Label())
	}
	// Output:
	// Step 1: Identify the need for a DPIA
	// Step 2: Describe the processing
	// Step 3: Consultation process
	// Step 4: Assess necessity and proportionality
	// Step 5: Identify and assess risks
	// Step 6: Identify measures to reduce risk
	// Step 7: Sign off and record outcomes
}
