package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleICOSignOffTemplate() {
	for _, step := range dpia.ICOSignOffTemplate() {
		fmt.Println(step.Kind.Label())
	}
	// Output:
	// Measures approved by
	// Residual risks approved by
	// DPO advice provided
	// DPO advice accepted or overruled by
	// Consultation responses reviewed by
	// This DPIA will be kept under review by
}
