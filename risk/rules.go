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
			Summary:   "a likelihood, severity or overall rating is not a level of the matrix's scale",
			Rationale: "An error: a rating that is not a level of its scale cannot be placed on the matrix, so the risk is not assessed for likelihood and severity as Art. 35(7)(c) requires."}
	case RuleOverallContradictsMatrix:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary:   "an overall rating differs from what the matrix gives for the stated likelihood and severity",
			Rationale: "An error: the matrix is the assessment's documented method, so an overall level it does not give for the stated likelihood and severity is a contradiction within the document."}
	case RuleUntreatedRisk:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artD,
			Summary:   "a risk rated above the lowest overall level has no measure to address it",
			Rationale: "An error: Art. 35(7)(d) requires the measures envisaged to address the risks, and a risk rated above the lowest level has no measure linked to it."}
	case RuleDanglingLink:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artD,
			Summary:   "a link between a risk and a measure names an id the register does not hold",
			Rationale: "An error: a link to an id the register does not hold points at nothing, so the measure meant to address the risk under Art. 35(7)(d) cannot be shown to exist."}
	case RuleResidualAboveInherent:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artCD,
			Summary:   "the residual risk is rated above the inherent risk",
			Rationale: "An error: measures address a risk, so a residual level above the inherent one contradicts the document's own assessment of risks and measures (Art. 35(7)(c)-(d))."}
	case RuleEliminatedNotLowest:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artD,
			Summary:   "a risk said to be eliminated keeps a residual rating above the lowest level",
			Rationale: "An error: a risk said to be eliminated cannot keep a residual level above the lowest, so the document contradicts itself on what its measures achieve (Art. 35(7)(d))."}
	case RuleMissingResidual:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: "ICO DPIA template step 6; " + artD,
			Summary:   "a risk with measures has no residual rating",
			Rationale: "An error: without a residual rating the assessment cannot show what risk remains after its measures (Art. 35(7)(d); ICO template step 6), which decides whether Art. 36 consultation is needed."}
	case RuleDuplicate:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary:   "two risks share a reference, or two risks or two measures share an id",
			Rationale: "An error: a shared reference or id makes links, actions and sign-off ambiguous, so the register cannot show which measures address which risk."}
	case RuleResidualHighRisk:
		return dpiakit.Rule{ID: id, Severity: warn, Ref: "GDPR Art. 36(1)",
			Summary:   "a residual risk is high: consult the supervisory authority before processing",
			Rationale: "A warning: a high residual risk calls for prior consultation under Art. 36(1), a step to take rather than a defect of the document; SG006 reports an error when such a risk is accepted unconsulted."}
	case RuleMissingInherent:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary:   "a risk has no inherent likelihood or severity",
			Rationale: "An error: Art. 35(7)(c) requires the risks to be assessed, and a risk without an inherent likelihood or severity has not been rated."}
	case RuleMatrixInvalid:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary:   "the register has risks but no valid risk matrix to rate them",
			Rationale: "An error: without a valid matrix no rating in the register can be judged, so the assessment of risks under Art. 35(7)(c) has no documented method."}
	case RuleMissingDescription:
		return dpiakit.Rule{ID: id, Severity: warn, Ref: "ICO DPIA template step 5; " + artC,
			Summary:   "a risk does not describe its source or the nature of its impact on individuals",
			Rationale: "A warning: Art. 35(7)(c) concerns risks to individuals, and a risk with neither title nor description cannot be understood, though its ratings and measures still carry the assessment."}
	case RuleOverallUnsupported:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC + "; ICO DPIA guidance (a lower possibility of serious harm may be high risk)",
			Summary:   "a lowest residual rating given to a top severity with no likelihood, which the matrix cannot support",
			Rationale: "An error: the ICO counts a lower possibility of serious harm as possibly high risk, so a lowest residual level for a top severity with no likelihood is not supported by the matrix (Art. 35(7)(c))."}
	case RuleMissingReference:
		return dpiakit.Rule{ID: id, Severity: warn, Ref: "ICO DPIA template step 6; " + artD,
			Summary:   "a risk has no reference for measures, actions and sign-off to cite",
			Rationale: "A warning: without a reference, measures, actions and sign-off cannot cite the risk (ICO template step 6), which weakens the record but leaves the risk assessed."}
	case RuleMatrixBeyondLimit:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary:   "the risk matrix has more levels or synonyms on a scale, more bands or more cells than risk.Limits allow (defaults 100, 200, 100 and 10,000)",
			Rationale: "An error: a matrix beyond the limits is not used, so none of the register's ratings can be judged under Art. 35(7)(c) until the matrix is brought within them."}
	case RuleDecimalOutOfBounds:
		return dpiakit.Rule{ID: id, Severity: errSev, Ref: artC,
			Summary:   "a level value or band bound of the risk matrix is a number beyond 34 significant digits, 10^30 in magnitude or 30 decimal places",
			Rationale: "An error: a level value or band bound beyond the decimal bounds is not used, so the matrix and with it the register's ratings cannot be judged under Art. 35(7)(c)."}
	}
	return dpiakit.Rule{ID: id}
}
