package dpia

import (
	"bytes"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"fmt"
	"strings"
)

// enumMarshalers returns the json/v2 marshalers of the package's
// enumerated types (the vocabularies of lawfulbasis, such as
// lawfulbasis.TransferMechanism, bring their own text methods): each writes the value's key, "" for the zero value, and
// refuses a value that is not one of its type's keys, so that Encode never
// writes a document Decode would refuse.
func enumMarshalers() *json.Marshalers {
	return json.JoinMarshalers(
		enumMarshaler[ActionStatus](),
		enumMarshaler[AssessmentKind](),
		enumMarshaler[CertificationScheme](),
		enumMarshaler[ConsulteeKind](),
		enumMarshaler[DataCategory](),
		enumMarshaler[Decision](),
		enumMarshaler[EvaluationStatus](),
		enumMarshaler[Hosting](),
		enumMarshaler[Method](),
		enumMarshaler[PartyKind](),
		enumMarshaler[PeriodUnit](),
		enumMarshaler[ProcessorKind](),
		enumMarshaler[RetentionBasisKind](),
		enumMarshaler[Role](),
		enumMarshaler[ScreeningResult](),
		enumMarshaler[ScreeningTopic](),
		enumMarshaler[SignOffKind](),
		enumMarshaler[Status](),
		enumMarshaler[Step](),
		enumMarshaler[SubjectKind](),
		enumMarshaler[VulnerableGroup](),
		enumMarshaler[YesNo](),
	)
}

// enumUnmarshalers returns the json/v2 unmarshalers of the package's
// enumerated types: each reads a JSON string with Parse, "" giving the zero
// value, and refuses null and any other kind of JSON value.
func enumUnmarshalers() *json.Unmarshalers {
	return json.JoinUnmarshalers(
		enumUnmarshaler[ActionStatus](),
		enumUnmarshaler[AssessmentKind](),
		enumUnmarshaler[CertificationScheme](),
		enumUnmarshaler[ConsulteeKind](),
		enumUnmarshaler[DataCategory](),
		enumUnmarshaler[Decision](),
		enumUnmarshaler[EvaluationStatus](),
		enumUnmarshaler[Hosting](),
		enumUnmarshaler[Method](),
		enumUnmarshaler[PartyKind](),
		enumUnmarshaler[PeriodUnit](),
		enumUnmarshaler[ProcessorKind](),
		enumUnmarshaler[RetentionBasisKind](),
		enumUnmarshaler[Role](),
		enumUnmarshaler[ScreeningResult](),
		enumUnmarshaler[ScreeningTopic](),
		enumUnmarshaler[SignOffKind](),
		enumUnmarshaler[Status](),
		enumUnmarshaler[Step](),
		enumUnmarshaler[SubjectKind](),
		enumUnmarshaler[VulnerableGroup](),
		enumUnmarshaler[YesNo](),
	)
}

func enumMarshaler[E Enum]() *json.Marshalers {
	return json.MarshalToFunc(func(enc *jsontext.Encoder, v E) error {
		if v != "" && !v.IsValid() {
			return fmt.Errorf("%q is not %s", string(v), v.enumTable().what)
		}
		return enc.WriteToken(jsontext.String(string(v)))
	})
}

func enumUnmarshaler[E Enum]() *json.Unmarshalers {
	return json.UnmarshalFromFunc(func(dec *jsontext.Decoder, v *E) error {
		raw, err := dec.ReadValue()
		if err != nil {
			return err
		}
		switch raw[0] {
		case '"':
		case 'n':
			return errors.New("null is not allowed here; want a string")
		default:
			return fmt.Errorf("want a string, not %s", jsontext.Value(raw).Kind())
		}
		var zero E
		t := zero.enumTable()
		inner := raw[1 : len(raw)-1]
		if bytes.IndexByte(inner, '\\') < 0 {
			// A canonical document holds the exact key: take the table's
			// string rather than allocate one.
			if i := t.indexBytes(inner); i >= 0 {
				*v = E(t.entries[i].key)
				return nil
			}
		}
		text, err := jsontext.AppendUnquote(nil, raw)
		if err != nil {
			return err
		}
		if len(text) == 0 {
			*v = ""
			return nil
		}
		e, err := Parse[E](string(text))
		if err != nil {
			// The decoder prefixes its own "dpia: decode: path: ".
			return errors.New(strings.TrimPrefix(err.Error(), "dpia: "))
		}
		*v = e
		return nil
	})
}
