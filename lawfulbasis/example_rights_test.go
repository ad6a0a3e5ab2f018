package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleRightsFor() {
	for _, basis := range []lawfulbasis.Article6{lawfulbasis.PublicTask, lawfulbasis.Consent} {
		fmt.Println(basis.Label() + ":")
		for _, r := range lawfulbasis.RightsFor(basis) {
			fmt.Printf("  %-45s %s\n", r.Label(), r.Ref())
		}
	}
	// Output:
	// Public task:
	//   Right to be informed                          GDPR Arts 13-14
	//   Right of access                               GDPR Art. 15
	//   Right to rectification                        GDPR Art. 16
	//   Right to restrict processing                  GDPR Art. 18
	//   Right to object                               GDPR Art. 21(1)
	//   Right to object to direct marketing           GDPR Art. 21(2)-(3)
	//   Rights related to automated decision-making   GDPR Art. 22
	// Consent:
	//   Right to be informed                          GDPR Arts 13-14
	//   Right of access                               GDPR Art. 15
	//   Right to rectification                        GDPR Art. 16
	//   Right to erasure                              GDPR Art. 17
	//   Right to restrict processing                  GDPR Art. 18
	//   Right to data portability                     GDPR Art. 20
	//   Right to withdraw consent                     GDPR Art. 7(3)
	//   Right to object to direct marketing           GDPR Art. 21(2)-(3)
	//   Rights related to automated decision-making   GDPR Art. 22
}

func ExampleRightApplies() {
	fmt.Println(lawfulbasis.RightApplies(lawfulbasis.LegalObligation, lawfulbasis.RightToErasure))
	fmt.Println(lawfulbasis.RightApplies(lawfulbasis.LegitimateInterests, lawfulbasis.RightToObject))
	// Output:
	// false
	// true
}
