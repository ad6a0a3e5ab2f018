package lawfulbasis_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyed is the method set of the keyed vocabularies: string types whose
// values are the keys DPIA documents write.
type keyed interface {
	comparable
	~string
	String() string
	Label() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// textKeyed is a pointer to a keyed value, which can be unmarshalled.
type textKeyed[T keyed] interface {
	*T
	UnmarshalText([]byte) error
}

// testKeyed checks the contract every keyed vocabulary follows: its
// values are distinct snake_case keys with distinct labels, each parses
// back from its key and label in any case, the zero value "" is not valid,
// has a label and encodes as "", values outside the table are not valid
// and do not encode, text that names no value is a *ParseError that
// quotes it, and the given real-world spellings parse.
func testKeyed[T keyed, P textKeyed[T]](t *testing.T, values []T, parse func(string) (T, error), spellings map[string]T) {
	t.Helper()
	require.NotEmpty(t, values)
	keys, labels := map[string]bool{}, map[string]bool{}
	for _, v := range values {
		key := v.String()
		require.True(t, v.IsValid(), key)
		assert.Equal(t, string(v), key)
		assert.Regexp(t, snakeCase, key)
		assert.False(t, keys[key], "duplicate key %q", key)
		assert.False(t, labels[strings.ToLower(v.Label())], "duplicate label %q", v.Label())
		keys[key], labels[strings.ToLower(v.Label())] = true, true

		for _, text := range []string{key, v.Label(), strings.ToUpper(key), strings.ToUpper(v.Label()), "  " + v.Label() + " "} {
			got, err := parse(text)
			if assert.NoError(t, err, "parse %q", text) {
				assert.Equal(t, v, got, "parse %q", text)
			}
		}
		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, strconv.Quote(key), string(b))
		var back T
		require.NoError(t, json.Unmarshal([]byte(strconv.Quote(v.Label())), &back))
		assert.Equal(t, v, back)
		require.NoError(t, P(&back).UnmarshalText([]byte(key)))
		assert.Equal(t, v, back)
	}

	var zero T
	assert.False(t, zero.IsValid())
	assert.NotEmpty(t, zero.Label())
	b, err := json.Marshal(zero)
	require.NoError(t, err)
	assert.Equal(t, `""`, string(b))
	back := values[0]
	require.NoError(t, json.Unmarshal([]byte(`""`), &back))
	assert.Equal(t, zero, back, "empty text gives the zero value")
	assert.Error(t, P(nil).UnmarshalText([]byte(values[0].String())))

	for _, bad := range []T{"Unknown", "not a value", T(values[0].String() + "x")} {
		assert.False(t, bad.IsValid(), "%q", bad)
		assert.Equal(t, strconv.Quote(string(bad)), bad.Label())
		_, err := bad.MarshalText()
		assert.Error(t, err, "marshal %q", bad)
		_, err = json.Marshal(bad)
		assert.Error(t, err, "marshal %q", bad)
	}

	for _, text := range []string{"", "   ", "definitely not a value", "-", "unknown",
		values[0].String() + "\u200b", values[0].String()[:1] + "\x00" + values[0].String()[1:], "\u212a"} {
		got, err := parse(text)
		if assert.Error(t, err, "parse %q", text) {
			assert.Equal(t, zero, got)
			assert.True(t, strings.HasPrefix(err.Error(), "lawfulbasis: "), err.Error())
			assert.Contains(t, err.Error(), strconv.Quote(text))
			var pe *lawfulbasis.ParseError
			if assert.ErrorAs(t, err, &pe) {
				assert.Equal(t, text, pe.Input)
			}
		}
	}
	for _, text := range []string{`1`, `true`, `{}`, `"definitely not a value"`} {
		into := values[0]
		assert.Error(t, json.Unmarshal([]byte(text), &into), "unmarshal %s", text)
	}

	for text, want := range spellings {
		got, err := parse(text)
		if assert.NoError(t, err, "parse %q", text) {
			assert.Equal(t, want, got, "parse %q", text)
		}
	}
}

func TestKeyedVocabularies(t *testing.T) {
	t.Run("Criterion", func(t *testing.T) {
		testKeyed(t, lawfulbasis.CriterionValues(), lawfulbasis.ParseCriterion, map[string]lawfulbasis.Criterion{
			"Art. 35(3)(a)": lawfulbasis.CriterionArt35Profiling, "GDPR Art. 35(3)(b)": lawfulbasis.CriterionArt35SpecialLargeScale,
			"Article 35(3)(c)": lawfulbasis.CriterionArt35PublicMonitoring, "WP248 criterion 1": lawfulbasis.CriterionWP248Evaluation,
			"WP248 rev.01 criterion 5": lawfulbasis.CriterionWP248LargeScale, "wp248 9": lawfulbasis.CriterionWP248PreventsRights,
			"ICO data matching": lawfulbasis.CriterionICODataMatching, "ICO DPIA list: tracking": lawfulbasis.CriterionICOTracking,
		})
	})
	t.Run("CriterionFamily", func(t *testing.T) {
		testKeyed(t, lawfulbasis.CriterionFamilyValues(), lawfulbasis.ParseCriterionFamily, map[string]lawfulbasis.CriterionFamily{
			"Art. 35(3)": lawfulbasis.CriterionFamilyArt35, "WP248": lawfulbasis.CriterionFamilyWP248, "ICO": lawfulbasis.CriterionFamilyICO,
			"ICO list": lawfulbasis.CriterionFamilyICO,
		})
	})
	t.Run("ProtectedCharacteristic", func(t *testing.T) {
		testKeyed(t, lawfulbasis.ProtectedCharacteristicValues(), lawfulbasis.ParseProtectedCharacteristic, map[string]lawfulbasis.ProtectedCharacteristic{
			"Age": lawfulbasis.ProtectedCharacteristicAge, "Disability": lawfulbasis.ProtectedCharacteristicDisability,
			"Gender Reassignment":        lawfulbasis.ProtectedCharacteristicGenderReassignment,
			"Marriage/Civil Partnership": lawfulbasis.ProtectedCharacteristicMarriageCivilPartnership,
			"Pregnancy/Maternity":        lawfulbasis.ProtectedCharacteristicPregnancyMaternity,
			"Race":                       lawfulbasis.ProtectedCharacteristicRace, "Religion or belief": lawfulbasis.ProtectedCharacteristicReligionBelief,
			"Sex": lawfulbasis.ProtectedCharacteristicSex, "Sexual Orientation": lawfulbasis.ProtectedCharacteristicSexualOrientation,
		})
	})
	t.Run("TransferMechanism", func(t *testing.T) {
		testKeyed(t, lawfulbasis.TransferMechanismValues(), lawfulbasis.ParseTransferMechanism, map[string]lawfulbasis.TransferMechanism{
			"Adequacy Decisions": lawfulbasis.TransferMechanismAdequacy, "BCRs": lawfulbasis.TransferMechanismBCRs,
			"BCR":                                lawfulbasis.TransferMechanismBCRs,
			"EU-US Privacy Shield certification": lawfulbasis.TransferMechanismPrivacyShield,
			"Privacy Shield":                     lawfulbasis.TransferMechanismPrivacyShield, "SCCs": lawfulbasis.TransferMechanismEUSCCs2021,
			"IDTA": lawfulbasis.TransferMechanismIDTA, "Addendum": lawfulbasis.TransferMechanismUKAddendum,
			"Data Privacy Framework": lawfulbasis.TransferMechanismDPF, "UK Extension": lawfulbasis.TransferMechanismUKDataBridge,
			"Art. 49": lawfulbasis.TransferMechanismArt49, "2021/914": lawfulbasis.TransferMechanismEUSCCs2021,
		})
	})
	t.Run("FrameworkCertification", func(t *testing.T) {
		testKeyed(t, lawfulbasis.FrameworkCertificationValues(), lawfulbasis.ParseFrameworkCertification, map[string]lawfulbasis.FrameworkCertification{
			"DPF": lawfulbasis.FrameworkCertificationEUUSDPF, "EU-US DPF": lawfulbasis.FrameworkCertificationEUUSDPF,
			"UK Extension": lawfulbasis.FrameworkCertificationUKExtensionDPF, "UK-US data bridge": lawfulbasis.FrameworkCertificationUKExtensionDPF,
		})
		_, err := lawfulbasis.ParseFrameworkCertification("Privacy Shield")
		assert.Error(t, err)
	})
	t.Run("Principle", func(t *testing.T) {
		testKeyed(t, lawfulbasis.PrincipleValues(), lawfulbasis.ParsePrinciple, map[string]lawfulbasis.Principle{
			"Principle 1": lawfulbasis.PrincipleLawfulness, "Principle 2": lawfulbasis.PrinciplePurposeLimitation,
			"Principle 3": lawfulbasis.PrincipleDataMinimisation, "Principle 4": lawfulbasis.PrincipleAccuracy,
			"Principle 5": lawfulbasis.PrincipleStorageLimitation, "Principle 6": lawfulbasis.PrincipleIntegrityConfidentiality,
			"Art. 5(1)(f)": lawfulbasis.PrincipleIntegrityConfidentiality, "GDPR Art. 5(2)": lawfulbasis.PrincipleAccountability,
			"security": lawfulbasis.PrincipleIntegrityConfidentiality,
		})
	})
	t.Run("Article22Exception", func(t *testing.T) {
		testKeyed(t, lawfulbasis.Article22ExceptionValues(), lawfulbasis.ParseArticle22Exception, map[string]lawfulbasis.Article22Exception{
			"22(2)(a)":                 lawfulbasis.Article22ExceptionContract,
			"Art. 22(2)(b)":            lawfulbasis.Article22ExceptionLaw,
			"authorized by law":        lawfulbasis.Article22ExceptionLaw,
			"22.2.c":                   lawfulbasis.Article22ExceptionExplicitConsent,
			"Explicit consent":         lawfulbasis.Article22ExceptionExplicitConsent,
			"Necessary for a contract": lawfulbasis.Article22ExceptionContract,
		})
		_, err := lawfulbasis.ParseArticle22Exception("legitimate interests")
		assert.EqualError(t, err, `lawfulbasis: "legitimate interests" is not an Art. 22(2) exception (contract, authorised_by_law or explicit_consent)`)
	})
}

// TestKeyedInDocument checks what a document holding keyed values looks
// like in JSON: keys for set values, nothing for unset ones with
// omitempty, and any accepted spelling read back as its key.
func TestKeyedInDocument(t *testing.T) {
	type row struct {
		Mechanism lawfulbasis.TransferMechanism        `json:"mechanism,omitempty"`
		Certs     []lawfulbasis.FrameworkCertification `json:"certs,omitempty"`
		Criterion lawfulbasis.Criterion                `json:"criterion,omitempty"`
		Country   lawfulbasis.Country                  `json:"country,omitempty"`
	}
	b, err := json.Marshal(row{Mechanism: lawfulbasis.TransferMechanismEUSCCs2021,
		Certs: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationUKExtensionDPF}, Country: "GB"})
	require.NoError(t, err)
	assert.Equal(t, `{"mechanism":"eu_sccs_2021","certs":["uk_extension_dpf"],"country":"GB"}`, string(b))

	var r row
	require.NoError(t, json.Unmarshal([]byte(`{"mechanism":"SCCs","certs":["UK Extension"],"criterion":"WP248 criterion 4","country":"UK"}`), &r))
	assert.Equal(t, row{Mechanism: lawfulbasis.TransferMechanismEUSCCs2021,
		Certs:     []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationUKExtensionDPF},
		Criterion: lawfulbasis.CriterionWP248Sensitive, Country: "GB"}, r)
	assert.Error(t, json.Unmarshal([]byte(`{"mechanism":"handshake"}`), &r))
	assert.Error(t, json.Unmarshal([]byte(`{"certs":["privacy_shield"]}`), &r))
}

func TestPrincipleNumbersAndRefs(t *testing.T) {
	want := []string{"GDPR Art. 5(1)(a)", "GDPR Art. 5(1)(b)", "GDPR Art. 5(1)(c)", "GDPR Art. 5(1)(d)",
		"GDPR Art. 5(1)(e)", "GDPR Art. 5(1)(f)", "GDPR Art. 5(2)"}
	values := lawfulbasis.PrincipleValues()
	require.Len(t, values, len(want))
	for i, p := range values {
		assert.Equal(t, i+1, p.Number())
		assert.Equal(t, want[i], p.Ref())
		got, err := lawfulbasis.ParsePrinciple(strconv.Itoa(i + 1))
		require.NoError(t, err)
		assert.Equal(t, p, got)
	}
	assert.Equal(t, 0, lawfulbasis.Principle("").Number())
	assert.Empty(t, lawfulbasis.Principle("bogus--3").Ref())
}

func TestCriterionFamilyAndPlusOne(t *testing.T) {
	counts := map[lawfulbasis.CriterionFamily]int{}
	var plusOne []lawfulbasis.Criterion
	for _, c := range lawfulbasis.CriterionValues() {
		counts[c.Family()]++
		if c.NeedsWP248Criterion() && c.Family() != lawfulbasis.CriterionFamilyAEPD {
			plusOne = append(plusOne, c)
		}
	}
	assert.Equal(t, map[lawfulbasis.CriterionFamily]int{lawfulbasis.CriterionFamilyArt35: 3, lawfulbasis.CriterionFamilyWP248: 9, lawfulbasis.CriterionFamilyICO: 10,
		lawfulbasis.CriterionFamilyCNIL: 14, lawfulbasis.CriterionFamilyDSK: 17, lawfulbasis.CriterionFamilyDPC: 10,
		lawfulbasis.CriterionFamilyAP: 17, lawfulbasis.CriterionFamilyAEPD: 11, lawfulbasis.CriterionFamilyGarante: 12}, counts)
	// The items that need another criterion: the ICO's "+1" items, the
	// biometric and genetic items of the DSK's and the DPC's lists, the
	// Garante's innovative technologies, and every AEPD item.
	assert.Equal(t, []lawfulbasis.Criterion{lawfulbasis.CriterionICOInnovativeTechnology, lawfulbasis.CriterionICOBiometric,
		lawfulbasis.CriterionICOGenetic, lawfulbasis.CriterionICOInvisibleProcessing, lawfulbasis.CriterionICOTracking,
		lawfulbasis.CriterionDSKBiometric, lawfulbasis.CriterionDSKGenetic, lawfulbasis.CriterionDPCBiometric, lawfulbasis.CriterionDPCGenetic,
		lawfulbasis.CriterionGaranteInnovativeTechnology}, plusOne)
	for _, f := range lawfulbasis.CriterionFamilyValues() {
		want := f == lawfulbasis.CriterionFamilyWP248 || f == lawfulbasis.CriterionFamilyAEPD
		assert.Equal(t, want, f.ItemsCombine(), "%s", f)
	}
	assert.Equal(t, "CNIL DPIA list under GDPR Art. 35(4) of 2018-10-11, item 1", lawfulbasis.CriterionCNILHealthCare.Ref())
	assert.Equal(t, "AEPD DPIA list under GDPR Art. 35(4) of 2019-05-06, item 11", lawfulbasis.CriterionAEPDPreventsRights.Ref())
	assert.Equal(t, lawfulbasis.CriterionFamilyDSK, lawfulbasis.CriterionDSKBiometric.Family())
	got, err := lawfulbasis.ParseCriterion("dsk_biometric")
	require.NoError(t, err)
	assert.Equal(t, lawfulbasis.CriterionDSKBiometric, got)
	assert.Equal(t, lawfulbasis.CriterionFamily(""), lawfulbasis.Criterion("").Family())
	assert.Empty(t, lawfulbasis.Criterion("bogus-99").Family())
	assert.False(t, lawfulbasis.Criterion("bogus-99").NeedsWP248Criterion())

	refs := map[lawfulbasis.Criterion]string{
		lawfulbasis.CriterionArt35Profiling:         "GDPR Art. 35(3)(a)",
		lawfulbasis.CriterionArt35PublicMonitoring:  "GDPR Art. 35(3)(c)",
		lawfulbasis.CriterionWP248Evaluation:        "WP248 rev.01 criterion 1",
		lawfulbasis.CriterionWP248PreventsRights:    "WP248 rev.01 criterion 9",
		lawfulbasis.CriterionICODataMatching:        "ICO DPIA list: data matching",
		lawfulbasis.CriterionICOTargetingVulnerable: "ICO DPIA list: targeting of children or other vulnerable individuals",
		"": "",
	}
	for c, want := range refs {
		assert.Equal(t, want, c.Ref(), string(c))
	}
}
