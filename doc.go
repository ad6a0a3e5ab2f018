// Package dpiakit is the root of a library for Data Protection Impact
// Assessments (DPIAs) under the EU GDPR (Regulation (EU) 2016/679, Art. 35)
// and the UK GDPR with the Data Protection Act 2018.
//
// The module is meant to be embedded in other products (telehealth
// platforms, CRMs, HR and analytics tools) so they can ship DPIA support:
// build an assessment in code or load it from JSON, check it against the law,
// and keep it true as the product changes.
//
// # Packages
//
//   - dpiakit (this package): the shared vocabulary every other package
//     speaks: [Finding], [Findings], [Severity], [Rule], [Regime] and [Date].
//     It imports nothing but the standard library.
//   - lawfulbasis: the legal vocabulary: Art. 6(1) bases, Art. 9(1) special
//     categories, Art. 9(2) conditions, DPA 2018 Schedule 1 and Art. 10
//     conditions, the rights each basis gives, parsing of the spellings real
//     documents use, and [lawfulbasis.Check] for the footing of one purpose.
//   - risk: scales, levels and matrices (ICO 3x3, NHS 5x5, CNIL 4x4 or
//     custom), risks and measures with inherent and residual ratings, the
//     [risk.Register] and its checks, heat maps and Art. 83 fine ceilings.
//   - dpia: the assessment document itself.
//   - render: HTML and PDF renderers.
//
// lawfulbasis and risk are leaves: they import only this package. dpia
// imports the leaves; render imports dpia. A test pins these arrows.
//
// # Findings
//
// Every check returns [Findings]: a list of [Finding] values, each with a
// stable rule id, a severity, the JSON path of the offending field, a
// message and a legal reference. Findings is an error; [Findings.Err]
// returns nil when nothing in it is an error, so a check reads like any Go
// call:
//
//	if err := register.Check().Err(); err != nil {
//		return err
//	}
//
// # Quick start
//
// Rate a risk on the ICO's 3x3 matrix, check a register and the lawful
// basis of a purpose (this is the package's Example, so it compiles and
// runs with the tests):
//
//	matrix := risk.ICO3x3()
//	overall, err := matrix.RateText("possible", "severe")
//	if err != nil {
//		return err
//	}
//	fmt.Println(overall.Label) // High
//
//	register := risk.Register{
//		Matrix: matrix,
//		Risks: []risk.Risk{{
//			Reference:   "R1",
//			Description: "Screens left unlocked expose care records",
//			Inherent:    risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
//		}},
//	}
//	for _, f := range register.Check() {
//		fmt.Println(f.Rule, f.Path) // RK003 risks[0].measures: a medium risk needs a measure
//	}
//
//	claim := lawfulbasis.Claim{Basis: lawfulbasis.PublicTask, Law: "NHS Act 2006",
//		Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}, ProfessionalSecrecy: true}
//	facts := lawfulbasis.Facts{Regime: lawfulbasis.UKGDPR,
//		SpecialCategories: []lawfulbasis.SpecialCategory{lawfulbasis.Health}}
//	for _, f := range lawfulbasis.Check(claim, facts) {
//		fmt.Println(f.Rule, f.Path) // LB004 article9[0]: UK needs DPA 2018 Sch. 1 para 2
//	}
package dpiakit
