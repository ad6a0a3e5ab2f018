package dpia

import (
	"encoding/json/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testEnum checks the contract every enumerated type of the package
// follows: its values are distinct lower-case keys with distinct labels,
// each parses back from its key and label in any case, the zero value ""
// is not valid and has a label, values outside the table are not valid,
// the JSON hooks write the key and read any spelling Parse accepts, and
// the given real-world spellings parse.
func testEnum[E Enum](t *testing.T, spellings map[string]E) {
	t.Helper()
	values := Values[E]()
	require.NotEmpty(t, values)
	keys := map[string]bool{}
	labels := map[string]bool{}
	for _, v := range values {
		assert.True(t, v.IsValid(), "%q valid", v)
		key := string(v)
		assert.Equal(t, strings.ToLower(key), key, "key %q is lower case", key)
		assert.NotContains(t, key, " ", "key %q has no spaces", key)
		assert.False(t, keys[normalize(key)], "key %q unique", key)
		keys[normalize(key)] = true
		assert.False(t, labels[normalize(v.Label())], "label %q unique", v.Label())
		labels[normalize(v.Label())] = true

		for _, text := range []string{key, v.Label(), strings.ToUpper(key), "  " + v.Label() + " "} {
			got, err := Parse[E](text)
			if assert.NoError(t, err, "parse %q", text) {
				assert.Equal(t, v, got, "parse %q", text)
			}
		}
		b, err := json.Marshal(v, json.WithMarshalers(enumMarshalers()))
		require.NoError(t, err)
		assert.Equal(t, strconv.Quote(key), string(b))
		var back E
		require.NoError(t, json.Unmarshal([]byte(strconv.Quote(v.Label())), &back, json.WithUnmarshalers(enumUnmarshalers())))
		assert.Equal(t, v, back)
	}

	var zero E
	assert.False(t, zero.IsValid())
	assert.NotEmpty(t, zero.Label())
	b, err := json.Marshal(zero, json.WithMarshalers(enumMarshalers()))
	require.NoError(t, err)
	assert.Equal(t, `""`, string(b))
	back := values[0]
	require.NoError(t, json.Unmarshal([]byte(`""`), &back, json.WithUnmarshalers(enumUnmarshalers())))
	assert.Equal(t, zero, back, "empty text gives the zero value")

	for _, bad := range []E{"Unknown", "not a value", E(string(values[0]) + "x")} {
		assert.False(t, bad.IsValid(), "%q", bad)
		assert.Equal(t, strconv.Quote(string(bad)), bad.Label())
		_, err := json.Marshal(bad, json.WithMarshalers(enumMarshalers()))
		assert.Error(t, err, "marshal %q", bad)
	}

	for _, text := range []string{"", "   ", "definitely not a value", "-", "unknown"} {
		got, err := Parse[E](text)
		if assert.Error(t, err, "parse %q", text) {
			assert.Equal(t, zero, got)
			assert.True(t, strings.HasPrefix(err.Error(), "dpia: "), err.Error())
			assert.Contains(t, err.Error(), strconv.Quote(text))
		}
	}
	for _, text := range []string{`null`, `1`, `true`, `{}`, `"definitely not a value"`} {
		into := values[0]
		err := json.Unmarshal([]byte(text), &into, json.WithUnmarshalers(enumUnmarshalers()))
		assert.Error(t, err, "unmarshal %s", text)
	}

	for text, want := range spellings {
		got, err := Parse[E](text)
		if assert.NoError(t, err, "parse %q", text) {
			assert.Equal(t, want, got, "parse %q", text)
		}
	}
}

func TestEnums(t *testing.T) {
	t.Run("YesNo", func(t *testing.T) {
		testEnum(t, map[string]YesNo{
			"Yes": YesNoYes, "YES": YesNoYes, "y": YesNoYes, "No": YesNoNo, "NO": YesNoNo, "n": YesNoNo,
			"N/A": YesNoNotApplicable, "n/a": YesNoNotApplicable, "NA": YesNoNotApplicable,
			"Not applicable": YesNoNotApplicable, "Not Applicable": YesNoNotApplicable, "not_applicable": YesNoNotApplicable,
		})
	})
	t.Run("Method", func(t *testing.T) {
		testEnum(t, map[string]Method{
			"ICO template": MethodICO, "CNIL PIA": MethodCNIL, "PIA": MethodCNIL, "CNIL PIA methodology": MethodCNIL,
			"WP248": MethodWP248, "Annex 2": MethodWP248, "own method": MethodOwn, "Own": MethodOwn,
		})
	})
	t.Run("EvaluationStatus", func(t *testing.T) {
		testEnum(t, map[string]EvaluationStatus{
			"Acceptable": EvaluationStatusAcceptable, "Improvable": EvaluationStatusToImprove,
			"To be corrected": EvaluationStatusToImprove, "to improve": EvaluationStatusToImprove,
		})
	})
	t.Run("Status", func(t *testing.T) {
		testEnum(t, map[string]Status{
			"in review": StatusInReview, "In-Review": StatusInReview, "signed off": StatusApproved, "Final": StatusApproved,
		})
	})
	t.Run("PartyKind", func(t *testing.T) {
		testEnum(t, map[string]PartyKind{
			"Data Controller": PartyKindController, "data processor": PartyKindProcessor,
		})
	})
	t.Run("ProcessorKind", func(t *testing.T) {
		testEnum(t, map[string]ProcessorKind{
			"sub processor": ProcessorKindSub, "Sub-processor": ProcessorKindSub, "subprocessor": ProcessorKindSub,
			"Data Processor": ProcessorKindMain,
		})
	})
	t.Run("CertificationScheme", func(t *testing.T) {
		testEnum(t, map[string]CertificationScheme{
			"Cyber Essential Certification": CertificationSchemeCyberEssentials, "Cyber Essentials": CertificationSchemeCyberEssentials,
			"Cyber Essentials PLUS": CertificationSchemeCyberEssentialsPlus, "Cyber Essential Plus": CertificationSchemeCyberEssentialsPlus,
			"ISO27001": CertificationSchemeISO27001, "ISO 27001": CertificationSchemeISO27001, "ISO 9001": CertificationSchemeISO9001, "ISO 20000": CertificationSchemeISO20000,
			"Data Security & Protection toolkit": CertificationSchemeDSPT, "DSPT": CertificationSchemeDSPT, "SSAE16 SOC": CertificationSchemeSOC2,
		})
	})
	t.Run("Role", func(t *testing.T) {
		testEnum(t, map[string]Role{
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
	t.Run("ScreeningTopic", func(t *testing.T) {
		testEnum(t, map[string]ScreeningTopic{
			"personal data": ScreeningTopicPersonalData, "previous DPIA": ScreeningTopicPreviousDPIA,
		})
	})
	t.Run("ScreeningResult", func(t *testing.T) {
		testEnum(t, map[string]ScreeningResult{
			"not required": ScreeningResultNotRequired, "Required": ScreeningResultRequired, "advisable": ScreeningResultRecommended,
		})
	})
	t.Run("DataCategory", func(t *testing.T) {
		testEnum(t, map[string]DataCategory{
			"Genetic": DataCategoryGeneticBiometric, "criminal convictions": DataCategoryCriminalOffence,
			"health data": DataCategoryHealth, "images": DataCategoryImagesRecordings,
		})
	})
	t.Run("SubjectKind", func(t *testing.T) {
		testEnum(t, map[string]SubjectKind{
			"patient": SubjectKindPatients, "Employees": SubjectKindStaff, "residents": SubjectKindServiceUsers,
			"vulnerable adult": SubjectKindVulnerableAdults, "next of kin": SubjectKindCarers,
		})
	})
	t.Run("VulnerableGroup", func(t *testing.T) {
		testEnum(t, map[string]VulnerableGroup{
			"Children": VulnerableGroupChildren, "Vulnerable adults": VulnerableGroupVulnerableAdults,
			"Safeguarding Adults/Children": VulnerableGroupSafeguarding, "Hearing/Sight Impaired": VulnerableGroupHearingSightImpaired,
			"learning difficulties/disabilities": VulnerableGroupLearningDisabilities,
		})
	})
	t.Run("Hosting", func(t *testing.T) {
		testEnum(t, map[string]Hosting{
			"Cloud": HostingCloud, "cloud based": HostingCloud, "SaaS": HostingCloud, "on-premise": HostingOnPremises, "on premises": HostingOnPremises,
		})
	})
	t.Run("PeriodUnit", func(t *testing.T) {
		testEnum(t, map[string]PeriodUnit{
			"day": PeriodUnitDays, "Days": PeriodUnitDays, "month": PeriodUnitMonths, "year": PeriodUnitYears, "weeks": PeriodUnitWeeks,
			"duration of the contract": PeriodUnitContractDuration, "contract": PeriodUnitContractDuration, "indefinitely": PeriodUnitIndefinite,
		})
	})
	t.Run("RetentionBasisKind", func(t *testing.T) {
		testEnum(t, map[string]RetentionBasisKind{
			"Code of Practice": RetentionBasisKindCodeOfPractice, "retention schedule": RetentionBasisKindPolicy, "statute": RetentionBasisKindLaw, "SLA": RetentionBasisKindContract,
		})
	})
	t.Run("ConsulteeKind", func(t *testing.T) {
		testEnum(t, map[string]ConsulteeKind{
			"data subjects": ConsulteeKindIndividuals, "staff": ConsulteeKindInternal, "security experts": ConsulteeKindExperts,
			"clients": ConsulteeKindCustomers, "supplier": ConsulteeKindProcessor,
		})
	})
	t.Run("ActionStatus", func(t *testing.T) {
		testEnum(t, map[string]ActionStatus{
			"open": ActionStatusPlanned, "done": ActionStatusCompleted, "in progress": ActionStatusInProgress, "canceled": ActionStatusCancelled,
		})
	})
	t.Run("SignOffKind", func(t *testing.T) {
		testEnum(t, map[string]SignOffKind{
			"Measures approved by:":                SignOffKindMeasuresApproved,
			"Residual risks approved by:":          SignOffKindResidualRisksApproved,
			"DPO advice provided:":                 SignOffKindDPOAdvice,
			"Summary of DPO advice:":               SignOffKindDPOAdvice,
			"DPO advice accepted or overruled by:": SignOffKindDPOAdviceDecision,
			"Consultation responses reviewed by:":  SignOffKindConsultationReviewed,
			"This DPIA will kept under review by:": SignOffKindKeptUnderReview,
			"Agreed by Data Protection Officer":    SignOffKindDPOAgreement,
			"IG Review Panel":                      SignOffKindIGPanel,
			"SIRO":                                 SignOffKindSIRO,
		})
	})
	t.Run("Decision", func(t *testing.T) {
		testEnum(t, map[string]Decision{
			"Approved.": DecisionApproved, "Processing can proceed.": DecisionProceed, "agreed": DecisionApproved,
			"overruled": DecisionOverruled,
		})
	})
	t.Run("Step", func(t *testing.T) {
		testEnum(t, map[string]Step{
			"Step 1": StepNeed, "step 7": StepSignOff, "Step 5: Identify and assess risks": StepRisks, "Step 2: Describe the processing": StepProcessing,
		})
	})
}

// TestEveryEnumHasJSONHooks walks the types an Assessment holds and
// requires each enumerated type among them to be listed in
// enumUnmarshalers and enumMarshalers: a type left out would be read and
// written as a plain string, unchecked.
func TestEveryEnumHasJSONHooks(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var enums []reflect.Type
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		if seen[rt] {
			return
		}
		seen[rt] = true
		if rt.Implements(tabledType) {
			enums = append(enums, rt)
			return
		}
		switch rt.Kind() {
		case reflect.Struct:
			for _, f := range docFields(rt) {
				walk(f.Type)
			}
		case reflect.Slice, reflect.Array, reflect.Map, reflect.Pointer:
			walk(rt.Elem())
		}
	}
	walk(reflect.TypeFor[Assessment]())
	require.NotEmpty(t, enums)
	for _, rt := range enums {
		v := reflect.New(rt)
		err := json.Unmarshal([]byte(`"definitely not a value"`), v.Interface(), json.WithUnmarshalers(enumUnmarshalers()))
		assert.Error(t, err, "%s is not read through enumUnmarshalers", rt)
		v.Elem().SetString("definitely not a value")
		_, err = json.Marshal(v.Elem().Interface(), json.WithMarshalers(enumMarshalers()))
		assert.Error(t, err, "%s is not written through enumMarshalers", rt)
	}
}
