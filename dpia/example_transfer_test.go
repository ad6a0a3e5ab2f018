package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleAdequate() {
	on := dpiakit.Date{Year: 2023, Month: 7, Day: 11}
	fmt.Println(dpia.Adequate(dpiakit.EUGDPR, "US", on, true))
	fmt.Println(dpia.Adequate(dpiakit.EUGDPR, "US", on, false))
	fmt.Println(dpia.Adequate(dpiakit.UKGDPR, "US", on, true))
	fmt.Println(dpia.Adequate(dpiakit.UKGDPR, "KR", dpiakit.Date{Year: 2022, Month: 12, Day: 19}, false))
	// Output:
	// true
	// false
	// false
	// true
}

func ExampleTransferMechanism_ValidOn() {
	m, err := dpia.ParseTransferMechanism("EU-US Privacy Shield certification")
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
