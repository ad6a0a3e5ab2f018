package dpia

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textEnum is an enum of the package with its text marshalling.
type textEnum interface {
	enumValue
	MarshalText() ([]byte, error)
}

// testEnum checks the slog-style contract every enum of the package
// follows: valid values round-trip through their key and label, the zero
// value marshals as "", invalid values fail to marshal, unknown text is an
// error naming the input, and the given real-world spellings parse.
func testEnum[T textEnum, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, values []T, parse func(string) (T, error), spellings map[string]T) {
	t.Helper()
	require.NotEmpty(t, values)
	keys := map[string]bool{}
	labels := map[string]bool{}
	for i, v := range values {
		assert.Equal(t, i+1, int(v), "values are 1..n in order")
		assert.True(t, v.IsValid(), "%d valid", int(v))
		key := v.String()
		assert.NotEqual(t, "unknown", key)
		assert.Equal(t, strings.ToLower(key), key, "key %q is lower case", key)
		assert.NotContains(t, key, " ", "key %q has no spaces", key)
		assert.False(t, keys[normalize(key)], "key %q unique", key)
		keys[normalize(key)] = true
		assert.False(t, labels[normalize(v.Label())], "label %q unique", v.Label())
		labels[normalize(v.Label())] = true

		for _, text := range []string{key, v.Label(), strings.ToUpper(key), "  " + v.Label() + " "} {
			got, err := parse(text)
			if assert.NoError(t, err, "parse %q", text) {
				assert.Equal(t, v, got, "parse %q", text)
			}
		}
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, key, string(b))
		var back T
		require.NoError(t, PT(&back).UnmarshalText(b))
		assert.Equal(t, v, back)
	}

	var zero T
	assert.False(t, zero.IsValid())
	assert.Equal(t, "unknown", zero.String())
	assert.NotEmpty(t, zero.Label())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := values[0]
	require.NoError(t, PT(&back).UnmarshalText(nil))
	assert.Equal(t, zero, back, "empty text gives the zero value")

	for _, bad := range []T{T(len(values) + 1), T(-1), T(1000)} {
		assert.False(t, bad.IsValid())
		assert.Equal(t, "unknown", bad.String())
		_, err := bad.MarshalText()
		assert.Error(t, err, "marshal %d", int(bad))
	}

	for _, text := range []string{"", "   ", "definitely not a value", "-", "unknown"} {
		_, err := parse(text)
		if assert.Error(t, err, "parse %q", text) {
			assert.True(t, strings.HasPrefix(err.Error(), "dpia: "), err.Error())
			assert.Contains(t, err.Error(), `"`+text+`"`)
		}
	}
	into := values[0]
	assert.Error(t, PT(&into).UnmarshalText([]byte("definitely not a value")))
	assert.Equal(t, values[0], into, "failed unmarshal leaves the value unchanged")

	for text, want := range spellings {
		got, err := parse(text)
		if assert.NoError(t, err, "parse %q", text) {
			assert.Equal(t, want, got, "parse %q", text)
		}
	}
}

func TestEnums(t *testing.T) {
	t.Run("YesNo", func(t *testing.T) {
		testEnum(t, YesNoValues(), ParseYesNo, map[string]YesNo{
			"Yes": Yes, "YES": Yes, "y": Yes, "No": No, "NO": No, "n": No,
			"N/A": NotApplicable, "n/a": NotApplicable, "NA": NotApplicable,
			"Not applicable": NotApplicable, "Not Applicable": NotApplicable, "not_applicable": NotApplicable,
		})
	})
	t.Run("Status", func(t *testing.T) {
		testEnum(t, StatusValues(), ParseStatus, map[string]Status{
			"in review": InReview, "In-Review": InReview, "signed off": Approved, "Final": Approved,
		})
	})
	t.Run("PartyRole", func(t *testing.T) {
		testEnum(t, PartyRoleValues(), ParsePartyRole, map[string]PartyRole{
			"Data Controller": PartyController, "data processor": PartyProcessor,
		})
	})
	t.Run("ProcessorKind", func(t *testing.T) {
		testEnum(t, ProcessorKindValues(), ParseProcessorKind, map[string]ProcessorKind{
			"sub processor": SubProcessor, "Sub-processor": SubProcessor, "subprocessor": SubProcessor,
			"Data Processor": MainProcessor,
		})
	})
	t.Run("CertificationScheme", func(t *testing.T) {
		testEnum(t, CertificationSchemeValues(), ParseCertificationScheme, map[string]CertificationScheme{
			"Cyber Essential Certification": CyberEssentials, "Cyber Essentials": CyberEssentials,
			"Cyber Essentials PLUS": CyberEssentialsPlus, "Cyber Essential Plus": CyberEssentialsPlus,
			"ISO27001": ISO27001, "ISO 27001": ISO27001, "ISO 9001": ISO9001, "ISO 20000": ISO20000,
			"Data Security & Protection toolkit": DSPT, "DSPT": DSPT, "SSAE16 SOC": SOC2,
		})
	})
	t.Run("Role", func(t *testing.T) {
		testEnum(t, RoleValues(), ParseRole, map[string]Role{
			"Executive Sponsor:":                      RoleExecutiveSponsor,
			"Information Asset Owner/Administrator":   RoleInformationAssetOwner,
			"Project Lead:":                           RoleProjectLead,
			"Person/s performing the DPIA:":           RoleAssessor,
			"DPIA Lead":                               RoleDPIALead,
			"Senior Information Risk Owner":           RoleSIRO,
			"SIRO":                                    RoleSIRO,
			"DPO":                                     RoleDPO,
			"Head of Governance and Compliance":       RoleIGLead,
			"Caldicott":                               RoleCaldicottGuardian,
			"information governance lead":             RoleIGLead,
			"Information Asset Owner / Administrator": RoleInformationAssetOwner,
		})
	})
	t.Run("Criterion", func(t *testing.T) {
		testEnum(t, CriterionValues(), ParseCriterion, map[string]Criterion{
			"Art. 35(3)(a)": Art35Profiling, "GDPR Art. 35(3)(b)": Art35SpecialLargeScale, "Article 35(3)(c)": Art35PublicMonitoring,
			"WP248 criterion 1": WP248Evaluation, "WP248 rev.01 criterion 5": WP248LargeScale, "wp248 9": WP248PreventsRights,
			"ICO data matching": ICODataMatching, "ICO DPIA list: tracking": ICOTracking,
		})
	})
	t.Run("CriterionFamily", func(t *testing.T) {
		testEnum(t, CriterionFamilyValues(), ParseCriterionFamily, map[string]CriterionFamily{
			"Art. 35(3)": FamilyArt35, "WP248": FamilyWP248, "ICO": FamilyICO,
		})
	})
	t.Run("ScreeningTopic", func(t *testing.T) {
		testEnum(t, ScreeningTopicValues(), ParseScreeningTopic, map[string]ScreeningTopic{
			"personal data": TopicPersonalData, "previous DPIA": TopicPreviousDPIA,
		})
	})
	t.Run("OutcomeResult", func(t *testing.T) {
		testEnum(t, OutcomeResultValues(), ParseOutcomeResult, map[string]OutcomeResult{
			"not required": OutcomeNotRequired, "Required": OutcomeRequired, "advisable": OutcomeRecommended,
		})
	})
	t.Run("DataCategory", func(t *testing.T) {
		testEnum(t, DataCategoryValues(), ParseDataCategory, map[string]DataCategory{
			"Genetic": CategoryGeneticBiometric, "criminal convictions": CategoryCriminalOffence,
			"health data": CategoryHealth, "images": CategoryImagesRecordings,
		})
	})
	t.Run("SubjectKind", func(t *testing.T) {
		testEnum(t, SubjectKindValues(), ParseSubjectKind, map[string]SubjectKind{
			"patient": SubjectPatients, "Employees": SubjectStaff, "residents": SubjectServiceUsers,
			"vulnerable adult": SubjectVulnerableAdults, "next of kin": SubjectCarers,
		})
	})
	t.Run("ProtectedCharacteristic", func(t *testing.T) {
		testEnum(t, ProtectedCharacteristicValues(), ParseProtectedCharacteristic, map[string]ProtectedCharacteristic{
			"Age": Age, "Disability": Disability, "Gender Reassignment": GenderReassignment,
			"Marriage/Civil Partnership": MarriageCivilPartnership, "Pregnancy/Maternity": PregnancyMaternity,
			"Race": Race, "Religion or belief": ReligionBelief, "Sex": Sex, "Sexual Orientation": SexualOrientation,
		})
	})
	t.Run("VulnerableGroup", func(t *testing.T) {
		testEnum(t, VulnerableGroupValues(), ParseVulnerableGroup, map[string]VulnerableGroup{
			"Children": GroupChildren, "Vulnerable adults": GroupVulnerableAdults,
			"Safeguarding Adults/Children": GroupSafeguarding, "Hearing/Sight Impaired": GroupHearingSightImpaired,
			"learning difficulties/disabilities": GroupLearningDisabilities,
		})
	})
	t.Run("Hosting", func(t *testing.T) {
		testEnum(t, HostingValues(), ParseHosting, map[string]Hosting{
			"Cloud": Cloud, "cloud based": Cloud, "SaaS": Cloud, "on-premise": OnPremises, "on premises": OnPremises,
		})
	})
	t.Run("TransferMechanism", func(t *testing.T) {
		testEnum(t, TransferMechanismValues(), ParseTransferMechanism, map[string]TransferMechanism{
			"Adequacy Decisions": MechanismAdequacy, "BCRs": MechanismBCRs, "BCR": MechanismBCRs,
			"EU-US Privacy Shield certification": MechanismPrivacyShield, "Privacy Shield": MechanismPrivacyShield,
			"SCCs": MechanismEUSCCs2021, "IDTA": MechanismIDTA, "Addendum": MechanismUKAddendum,
			"Data Privacy Framework": MechanismDPF, "UK Extension": MechanismUKDataBridge, "Art. 49": MechanismArt49,
		})
	})
	t.Run("PeriodUnit", func(t *testing.T) {
		testEnum(t, PeriodUnitValues(), ParsePeriodUnit, map[string]PeriodUnit{
			"day": Days, "Days": Days, "month": Months, "year": Years, "weeks": Weeks,
			"duration of the contract": ContractDuration, "contract": ContractDuration, "indefinitely": Indefinite,
		})
	})
	t.Run("RetentionBasisKind", func(t *testing.T) {
		testEnum(t, RetentionBasisKindValues(), ParseRetentionBasisKind, map[string]RetentionBasisKind{
			"Code of Practice": BasisCodeOfPractice, "retention schedule": BasisPolicy, "statute": BasisLaw, "SLA": BasisContract,
		})
	})
	t.Run("ConsulteeKind", func(t *testing.T) {
		testEnum(t, ConsulteeKindValues(), ParseConsulteeKind, map[string]ConsulteeKind{
			"data subjects": ConsulteeIndividuals, "staff": ConsulteeInternal, "security experts": ConsulteeExperts,
			"clients": ConsulteeCustomers, "supplier": ConsulteeProcessor,
		})
	})
	t.Run("Principle", func(t *testing.T) {
		testEnum(t, PrincipleValues(), ParsePrinciple, map[string]Principle{
			"Principle 1": Lawfulness, "Principle 2": PurposeLimitation, "Principle 3": DataMinimisation,
			"Principle 4": Accuracy, "Principle 5": StorageLimitation, "Principle 6": IntegrityConfidentiality,
			"Art. 5(1)(f)": IntegrityConfidentiality, "GDPR Art. 5(2)": Accountability, "security": IntegrityConfidentiality,
		})
	})
	t.Run("ActionStatus", func(t *testing.T) {
		testEnum(t, ActionStatusValues(), ParseActionStatus, map[string]ActionStatus{
			"open": ActionPlanned, "done": ActionCompleted, "in progress": ActionInProgress, "canceled": ActionCancelled,
		})
	})
	t.Run("StepKind", func(t *testing.T) {
		testEnum(t, StepKindValues(), ParseStepKind, map[string]StepKind{
			"Measures approved by:":                StepMeasuresApproved,
			"Residual risks approved by:":          StepResidualRisksApproved,
			"DPO advice provided:":                 StepDPOAdvice,
			"Summary of DPO advice:":               StepDPOAdvice,
			"DPO advice accepted or overruled by:": StepDPOAdviceDecision,
			"Consultation responses reviewed by:":  StepConsultationReviewed,
			"This DPIA will kept under review by:": StepKeptUnderReview,
			"Agreed by Data Protection Officer":    StepDPOAgreement,
			"IG Review Panel":                      StepIGPanel,
			"SIRO":                                 StepSIRO,
		})
	})
	t.Run("Decision", func(t *testing.T) {
		testEnum(t, DecisionValues(), ParseDecision, map[string]Decision{
			"Approved.": DecisionApproved, "Processing can proceed.": DecisionProceed, "agreed": DecisionApproved,
			"overruled": DecisionOverruled,
		})
	})
	t.Run("Step", func(t *testing.T) {
		testEnum(t, StepValues(), ParseStep, map[string]Step{
			"Step 1": StepNeed, "step 7": StepSignOff, "Step 5: Identify and assess risks": StepRisks, "Step 2: Describe the processing": StepProcessing,
		})
	})
}
