package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleAdequate() {
	on := dpiakit.Date{Year: 2023, Month: 7, Day: 11}
	fmt.Println(lawfulbasis.Adequate(dpiakit.EUGDPR, "US", on, lawfulbasis.FrameworkCertificationEUUSDPF))
	fmt.Println(lawfulbasis.Adequate(dpiakit.EUGDPR, "US", on))
	// The UK-US data bridge applies from 12 October 2023, to recipients
	// certified to the UK Extension.
	fmt.Println(lawfulbasis.Adequate(dpiakit.UKGDPR, "US", on, lawfulbasis.FrameworkCertificationUKExtensionDPF))
	fmt.Println(lawfulbasis.Adequate(dpiakit.UKGDPR, "KR", dpiakit.Date{Year: 2022, Month: 12, Day: 19}))
	// Output:
	// true
	// false
	// false
	// true
}

func ExampleAdequacyDecisionFor() {
	d, ok := lawfulbasis.AdequacyDecisionFor(dpiakit.EUGDPR, "JP")
	fmt.Println(ok, d.From, d.Instrument)
	fmt.Println(d.CoversOn(dpiakit.Date{Year: 2018, Month: 12, Day: 1}))
	// Output:
	// true 2019-01-23 Commission Implementing Decision (EU) 2019/419
	// false
}

func ExampleTransferMechanism_ValidOn() {
	m, err := lawfulbasis.ParseTransferMechanism("EU-US Privacy Shield certification")
	if err != nil {
		fmt.Println(err)
		return
	}
	ok, reason := m.ValidOn(dpiakit.UKGDPR, dpiakit.Date{Year: 2021, Month: 2, Day: 5})
	fmt.Println(m, ok)
	fmt.Println(reason)
	// Output:
	// privacy_shield false
	// the EU-US Privacy Shield is invalid from 16 July 2020 (CJEU C-311/18, Schrems II)
}
