package risk_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/risk"
	"github.com/google/uuid"
)

func ExampleRegister_Check() {
	access := uuid.MustParse("6f1c1b43-2d0e-4b5e-9a57-0d3c5d1f0a01")
	audit := uuid.MustParse("6f1c1b43-2d0e-4b5e-9a57-0d3c5d1f0b01")
	reg := risk.Register{
		Matrix: risk.ICO3x3(),
		Risks: []risk.Risk{
			{
				ID: access, Reference: "R1", Title: "Clinician video calls recorded without consent",
				// As written in the source document: not levels of the ICO scales.
				Inherent: risk.Rating{Likelihood: "Low", Severity: "High", Overall: "Low"},
				Residual: risk.Rating{Likelihood: "possible", Severity: "severe", Overall: "high"},
			},
		},
		Measures: []risk.Measure{{ID: audit, Title: "Recording off by default", Risks: []uuid.UUID{access}}},
	}
	for _, f := range reg.Check(nil) {
		fmt.Println(f)
	}
	// Output:
	// error RK001 risks[0].inherent.likelihood: inherent likelihood "Low" is not a level of the likelihood scale (want remote, possible or probable); so overall "Low" for severity "High", the top of the severity scale ("severe"), is not supported: the ico-3x3 matrix gives up to "high" for it (GDPR Art. 35(7)(c))
	// error RK001 risks[0].inherent.severity: inherent severity "High" is not a level of the severity scale (want minimal, significant or severe) (GDPR Art. 35(7)(c))
	// error RK005 risks[0].residual.overall: residual risk "high" is above inherent risk "low" (GDPR Art. 35(7)(c)-(d))
	// warning RK009 risks[0].residual.overall: residual risk "high" is high risk (at or above "high" on the ico-3x3 matrix): consult the supervisory authority before processing (GDPR Art. 36(1))
}
