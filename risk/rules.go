package risk

import "github.com/dpiakit/dpiakit"

// Rule ids of Register.Check. Ids are stable: they never change meaning and
// retired ids are not reused.
const (
	// RuleLevelNotOnScale (RK001, error): a likelihood, severity or overall
	// text is not a level of its scale.
	RuleLevelNotOnScale = "RK001"
	// RuleOverallContradictsMatrix (RK002, error): a stated overall level
	// differs from what the matrix gives for the stated likelihood and
	// severity.
	RuleOverallContradictsMatrix = "RK002"
	// RuleUntreatedRisk (RK003, error): an inherent risk above the lowest
	// overall level has no linked measure.
	RuleUntreatedRisk = "RK003"
	// RuleDanglingLink (RK004, error): a link names a risk or measure id
	// that the register does not hold.
	RuleDanglingLink = "RK004"
	// RuleResidualAboveInherent (RK005, error): the residual overall level
	// is above the inherent one.
	RuleResidualAboveInherent = "RK005"
	// RuleEliminatedNotLowest (RK006, error): a risk said to be eliminated
	// keeps a residual level above the lowest.
	RuleEliminatedNotLowest = "RK006"
	// RuleMissingResidual (RK007, error): a risk with linked measures has
	// no residual rating.
	RuleMissingResidual = "RK007"
	// RuleDuplicate (RK008, error): two risks share a reference, or two
	// risks or two measures share an id.
	RuleDuplicate = "RK008"
	// RuleResidualHighRisk (RK009, warning): a residual risk is high, so
	// the supervisory authority must be consulted before processing.
	RuleResidualHighRisk = "RK009"
	// RuleMissingInherent (RK010, error): a risk's inherent likelihood or
	// severity is missing.
	RuleMissingInherent = "RK010"
	// RuleMatrixInvalid (RK011, error): the register has risks but its
	// matrix is missing or invalid.
	RuleMatrixInvalid = "RK011"
	// RuleMissingDescription (RK012, warning): a risk has neither a title
	// nor a description of its source and impact.
	RuleMissingDescription = "RK012"
	// RuleOverallUnsupported (RK013, error): a residual overall rating is
	// stated at the lowest level while the severity reads as the top of
	// its scale and no likelihood is given, so the matrix cannot support
	// it (GDPR Art. 35(7)(c); the ICO counts a lower possibility of
	// serious harm as possibly high risk). When the likelihood is given
	// but is not a level, RK001 reports it and says that the overall is
	// unsupported, so that one mistake gives one finding.
	RuleOverallUnsupported = "RK013"
	// RuleMissingReference (RK014, warning): a risk has no reference for
	// measures, actions and sign-off to cite.
	RuleMissingReference = "RK014"
	// RuleMatrixBeyondLimit (RK015, error): the matrix has more levels or
	// synonyms on a scale, more bands or more cells than the Limits of
	// Register.Check allow. The matrix is not used, so the rules that read ratings are
	// skipped.
	RuleMatrixBeyondLimit = "RK015"
	// RuleDecimalOutOfBounds (RK016, error): a level value or a band
	// bound of the matrix is a decimal outside the bounds of CheckDecimal.
	// The matrix is not used, so the rules that read ratings are skipped.
	RuleDecimalOutOfBounds = "RK016"
)

// Rules returns the catalogue of the rules Register.Check applies, in id
// order. Each call returns a fresh slice.
func Rules() []dpiakit.Rule {
	ids := []string{
		RuleLevelNotOnScale, RuleOverallContradictsMatrix, RuleUntreatedRisk, RuleDanglingLink,
		RuleResidualAboveInherent, RuleEliminatedNotLowest, RuleMissingResidual, RuleDuplicate,
		RuleResidualHighRisk, RuleMissingInherent, RuleMatrixInvalid, RuleMissingDescription,
		RuleOverallUnsupported, RuleMissingReference, RuleMatrixBeyondLimit, RuleDecimalOutOfBounds,
	}
	rules := make([]dpiakit.Rule, len(ids))
	for i, id := range ids {
		rules[i] = rule(id)
	}
	return rules
}

// rule returns the catalogue entry for id.
func rule(id string) dpiakit.Rule {
	const (
		artC   = "GDPR Art. 35(7)(c)"
		artD   = "GDPR Art. 35(7)(d)"
		artCD  = "GDPR Art. 35(7)(c)-(d)"
		errSev = dpiakit.SeverityError
		warn   = dpiakit.SeverityWarning
	)
	switch id {
	case RuleLevelNotOnScale:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "a likelihood, severity or overall rating is not a level of the matrix's scale"}
	case RuleOverallContradictsMatrix:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "an overall rating differs from what the matrix gives for the stated likelihood and severity"}
	case RuleUntreatedRisk:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artD,
			Summary: "a risk rated above the lowest overall level has no measure to address it"}
	case RuleDanglingLink:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artD,
			Summary: "a link between a risk and a measure names an id the register does not hold"}
	case RuleResidualAboveInherent:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artCD,
			Summary: "the residual risk is rated above the inherent risk"}
	case RuleEliminatedNotLowest:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artD,
			Summary: "a risk said to be eliminated keeps a residual rating above the lowest level"}
	case RuleMissingResidual:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: "ICO DPIA template step 6; " + artD,
			Summary: "a risk with measures has no residual rating"}
	case RuleDuplicate:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "two risks share a reference, or two risks or two measures share an id"}
	case RuleResidualHighRisk:
		return dpiakit.Rule{ID: id, Severity: warn, Ref: "GDPR Art. 36(1)",
			Summary: "a residual risk is high: consult the supervisory authority before processing"}
	case RuleMissingInherent:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "a risk has no inherent likelihood or severity"}
	case RuleMatrixInvalid:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "the register has risks but no valid risk matrix to rate them"}
	case RuleMissingDescription:
		return dpiakit.Rule{ID: id, Severity: warn, Ref: "ICO DPIA template step 5; " + artC,
			Summary: "a risk does not describe its source or the nature of its impact on individuals"}
	case RuleOverallUnsupported:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC + "; ICO DPIA guidance (a lower possibility of serious harm may be high risk)",
			Summary: "a lowest residual rating given to a top severity with no likelihood, which the matrix cannot support"}
	case RuleMissingReference:
		return dpiakit.Rule{ID: id, Severity: warn, Ref: "ICO DPIA template step 6; " + artD,
			Summary: "a risk has no reference for measures, actions and sign-off to cite"}
	case RuleMatrixBeyondLimit:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "the risk matrix has more levels or synonyms on a scale, more bands or more cells than risk.Limits allow (defaults 100, 200, 100 and 10,000)"}
	case RuleDecimalOutOfBounds:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary: "a level value or band bound of the risk matrix is a number beyond 34 significant digits, 10^30 in magnitude or 30 decimal places"}
	}
	return dpiakit.Rule{ID: id}
}
