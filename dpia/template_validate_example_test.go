package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// ExampleAssessment_ValidateTemplate gates a processor's template: the
// errors in the processor's own part stop it from being published; those
// on the customer's open items and on the controller's own decisions (the
// lawful basis, the sign-off) are the customer's to close.
func ExampleAssessment_ValidateTemplate() {
	template := videoTemplate()
	tf, err := template.ValidateTemplate(&dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 12, Day: 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("the processor's errors:")
	for _, f := range tf.Processor.Errors() {
		fmt.Println(" ", f.Rule, f.Path)
	}
	fmt.Println("the customer's rules:", tf.Customer.Rules())
	fmt.Println("sign_off.steps[0] belongs to the", template.TemplateOwner("sign_off.steps[0]"))
	fmt.Println("fit to publish:", tf.Processor.Err() == nil)
	// Output:
	// the processor's errors:
	//   DP006 parties.processors[0].contract
	//   DP001 processing.nature
	//   DP003 risks.risks
	// the customer's rules: [DP024 SG001 SG010]
	// sign_off.steps[0] belongs to the controller
	// fit to publish: false
}
