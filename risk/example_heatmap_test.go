package risk_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/risk"
	"github.com/google/uuid"
)

func ExampleRegister_HeatMap() {
	reg := risk.Register{
		Matrix: risk.ICO3x3(),
		Risks: []risk.Risk{
			{Reference: "R1", Inherent: risk.Rating{Likelihood: "probable", Severity: "severe"},
				Residual: risk.Rating{Likelihood: "remote", Severity: "severe"}},
			{Reference: "R2", Inherent: risk.Rating{Likelihood: "possible", Severity: "significant"},
				Residual: risk.Rating{Likelihood: "remote", Severity: "significant"}},
			{Reference: "R3", Inherent: risk.Rating{Likelihood: "Probable", Severity: "Severe"}},
			{Reference: "R4", Inherent: risk.Rating{Likelihood: "Low", Severity: "High"}},
		},
	}
	for i := range reg.Risks {
		reg.Risks[i].ID = uuid.NewSHA1(uuid.NameSpaceOID, []byte(reg.Risks[i].Reference))
	}
	hm := reg.HeatMap(nil)
	fmt.Print("inherent\n", hm.Inherent, "residual\n", hm.Residual)
	// Output:
	// inherent
	// severity \ likelihood  remote  possible  probable
	// severe                 low:0   high:0    high:2
	// significant            low:0   medium:1  high:0
	// minimal                low:0   low:0     low:0
	// unrated: R4
	// residual
	// severity \ likelihood  remote  possible  probable
	// severe                 low:1   high:0    high:0
	// significant            low:1   medium:0  high:0
	// minimal                low:0   low:0     low:0
}
