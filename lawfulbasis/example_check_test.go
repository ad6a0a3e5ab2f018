package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleCheck() {
	// A UK telehealth service relies on 9(2)(h) for health data but has
	// not recorded the DPA 2018 Schedule 1 condition that goes with it.
	claim := lawfulbasis.Claim{
		Purpose:             "Remote consultations",
		Basis:               lawfulbasis.PublicTask,
		Law:                 "National Health Service Act 2006, s1",
		Article9:            []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
		ProfessionalSecrecy: true,
	}
	facts := lawfulbasis.Facts{
		Regime:            lawfulbasis.UKGDPR,
		SpecialCategories: []lawfulbasis.SpecialCategory{lawfulbasis.Health},
		PublicAuthority:   true,
	}
	for _, f := range lawfulbasis.Check(claim, facts) {
		fmt.Println(f.String())
	}

	claim.Schedule1 = []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare}
	fmt.Println(len(lawfulbasis.Check(claim, facts)), "findings once Schedule 1 para 2 is claimed")
	// Output:
	// error LB004 article9[0]: Art. 9(2)(h) under UK GDPR also needs the condition in DPA 2018 Sch. 1 Pt 1 para 2 (health or social care purposes), which is not claimed (DPA 2018 s10(2))
	// 0 findings once Schedule 1 para 2 is claimed
}

func ExampleRules() {
	for _, r := range lawfulbasis.Rules()[:3] {
		fmt.Println(r.ID, r.Severity, r.Ref)
	}
	// Output:
	// LB001 error GDPR Art. 9(1)
	// LB002 error GDPR Art. 6(1), Art. 9
	// LB003 error GDPR Art. 10; DPA 2018 s10(5)
}
