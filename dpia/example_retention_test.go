package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExamplePeriod_String() {
	for _, p := range []dpia.Period{
		{Amount: 28, Unit: dpia.PeriodUnitDays},
		{Amount: 1, Unit: dpia.PeriodUnitMonths},
		{Unit: dpia.PeriodUnitContractDuration},
		{Unit: dpia.PeriodUnitIndefinite},
	} {
		fmt.Println(p)
	}
	// Output:
	// 28 days
	// 1 month
	// for the contract's duration
	// indefinitely
}
