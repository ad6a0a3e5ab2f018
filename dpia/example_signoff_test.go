package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleSignOffTemplate() {
	for _, step := range dpia.SignOffTemplate(dpia.MethodICO) {
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

func ExampleSignOffTemplate_cnil() {
	for _, row := range dpia.SignOffTemplate(dpia.MethodCNIL) {
		fmt.Println(row.Kind.Label())
	}
	// Output:
	// DPO advice provided
	// Opinion of the data subjects or their representatives
	// Decision of the controller
}
