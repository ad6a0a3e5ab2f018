package dpia

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

// The codec is generic over struct types; these test-only types exercise
// every kind it supports, shaped like the document model: nested structs,
// slices of structs, pointers, maps, enums, dates, uuids and decimals.

// codecLevel is an enum written the log/slog way, as the model's are.
type codecLevel int

const (
	codecLevelUnknown codecLevel = iota
	codecLevelLow
	codecLevelMedium
	codecLevelHigh
)

func (l codecLevel) String() string {
	switch l {
	case codecLevelUnknown:
		return ""
	case codecLevelLow:
		return "low"
	case codecLevelMedium:
		return "medium"
	case codecLevelHigh:
		return "high"
	}
	return "codecLevel(" + strconv.Itoa(int(l)) + ")"
}

func (l codecLevel) MarshalText() ([]byte, error) {
	if l < codecLevelUnknown || l > codecLevelHigh {
		return nil, fmt.Errorf("dpia: codecLevel %d is not a level", int(l))
	}
	return []byte(l.String()), nil
}

func (l *codecLevel) UnmarshalText(text []byte) error {
	for c := codecLevelUnknown; c <= codecLevelHigh; c++ {
		if string(text) == c.String() {
			*l = c
			return nil
		}
	}
	return fmt.Errorf("dpia: %q is not a level", text)
}

type codecPerson struct {
	Name     string `json:"name"`
	Email    string `json:"email,omitempty"`
	Position string `json:"position,omitempty"`
}

type codecLocation struct {
	Country string `json:"country"`
	City    string `json:"city,omitempty"`
}

type codecProcessor struct {
	Name           string         `json:"name"`
	Location       codecLocation  `json:"location"`
	Certifications []string       `json:"certifications,omitempty"`
	Contract       *dpiakit.Date  `json:"contract,omitempty"`
	Sub            *codecPerson   `json:"sub"`
	Regime         dpiakit.Regime `json:"regime,omitzero"`
}

type codecParties struct {
	Controller codecPerson      `json:"controller"`
	DPO        *codecPerson     `json:"dpo,omitempty"`
	Processors []codecProcessor `json:"processors,omitempty"`
}

type codecRating struct {
	Likelihood codecLevel `json:"likelihood,omitzero"`
	Severity   codecLevel `json:"severity,omitzero"`
	Overall    codecLevel `json:"overall"`
}

type codecMeasure struct {
	Title   string       `json:"title"`
	Done    bool         `json:"done"`
	Due     dpiakit.Date `json:"due,omitzero"`
	Reduces []uuid.UUID  `json:"reduces,omitempty"`
}

type codecRisk struct {
	ID       uuid.UUID       `json:"id"`
	Title    string          `json:"title"`
	Inherent codecRating     `json:"inherent"`
	Residual *codecRating    `json:"residual,omitempty"`
	Fine     decimal.Decimal `json:"fine"`
	Measures []codecMeasure  `json:"measures,omitempty"`
}

type codecRegister struct {
	Matrix string      `json:"matrix"`
	Risks  []codecRisk `json:"risks,omitempty"`
}

// codecAudit is embedded in codecDoc: its fields are promoted.
type codecAudit struct {
	CreatedBy string       `json:"created_by,omitempty"`
	Created   dpiakit.Date `json:"created,omitzero"`
}

type codecDoc struct {
	Schema  string    `json:"schema"`
	ID      uuid.UUID `json:"id"`
	Title   string    `json:"title"`
	Summary string    `json:"summary,omitempty"`
	codecAudit
	Draft       bool                    `json:"draft,omitempty"`
	Version     int                     `json:"version,omitempty"`
	Small       int8                    `json:"small,omitempty"`
	Count       uint16                  `json:"count,omitempty"`
	Level       codecLevel              `json:"level,omitzero"`
	Owner       *codecPerson            `json:"owner,omitempty"`
	Parties     codecParties            `json:"parties"`
	Risks       codecRegister           `json:"risks"`
	Tags        []string                `json:"tags,omitempty"`
	Notes       map[string]string       `json:"notes,omitempty"`
	Scores      map[codecLevel]int      `json:"scores,omitempty"`
	Ranks       map[int]string          `json:"ranks,omitempty"`
	Digest      []byte                  `json:"digest,omitempty"`
	Grid        [3]int                  `json:"grid,omitzero"`
	Budget      decimal.Decimal         `json:"budget,omitzero"`
	Attachments []codecMeasure          `json:"attachments"`
	Reviewers   []*codecPerson          `json:"reviewers,omitempty"`
	Ignored     string                  `json:"-"`
	Matrix      map[string][]codecLevel `json:"matrix,omitempty"`
	Extra       codecExtra              `json:"extra,omitzero"`
	unexported  int
}

// codecExtra is a struct marked omitzero whose fields are all dropped
// when empty: Encode leaves it out when they are.
type codecExtra struct {
	Labels []string        `json:"labels,omitempty"`
	Inner  codecExtraInner `json:"inner,omitzero"`
	Fine   decimal.Decimal `json:"fine,omitzero"`
	Since  dpiakit.Date    `json:"since,omitzero"`
}

type codecExtraInner struct {
	Notes map[string]string `json:"notes,omitempty"`
	Count int               `json:"count"`
}

// codecUUID returns a fixed uuid built from n.
func codecUUID(n int) uuid.UUID {
	var u uuid.UUID
	for i := range u {
		u[i] = byte(n*31 + i*7)
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

func codecDate(y int, m time.Month, d int) dpiakit.Date {
	return dpiakit.Date{Year: y, Month: m, Day: d}
}

// richCodecDoc returns a document with every field set and n risks.
func richCodecDoc(n int) codecDoc {
	due := codecDate(2022, 3, 31)
	doc := codecDoc{
		Schema:     SchemaVersion,
		ID:         codecUUID(1),
		Title:      "Telehealth video consultations <p> & \"quotes\" — ünïcödé \u2028 tab\t",
		Summary:    "Remote GP consultations\nfor patients\u0001 of the practice.",
		codecAudit: codecAudit{CreatedBy: "Information Governance", Created: codecDate(2021, 5, 6)},
		Draft:      true,
		Version:    -3,
		Small:      -128,
		Count:      65535,
		Level:      codecLevelHigh,
		Owner:      &codecPerson{Name: "Dr A. Patel", Email: "a.patel@example.org", Position: "Caldicott Guardian"},
		Parties: codecParties{
			Controller: codecPerson{Name: "Riverside Surgery", Email: "ig@example.org"},
			DPO:        &codecPerson{Name: "J. Smith"},
			Processors: []codecProcessor{
				{Name: "VideoCo", Location: codecLocation{Country: "GB", City: "Leeds"}, Certifications: []string{"ISO 27001", "DSPT"}, Contract: &due, Regime: dpiakit.UKGDPR},
				{Name: "HostCo", Location: codecLocation{Country: "IE"}, Sub: &codecPerson{Name: "Sub Ltd"}},
			},
		},
		Risks:       codecRegister{Matrix: "nhs_5x5"},
		Tags:        []string{"health", "special-category", ""},
		Notes:       map[string]string{"b key": "second", "a": "first", "é": "accent"},
		Scores:      map[codecLevel]int{codecLevelHigh: 3, codecLevelLow: 1},
		Ranks:       map[int]string{10: "ten", -2: "minus two", 3: "three"},
		Digest:      []byte{0, 1, 2, 250, 251, 252, 253},
		Grid:        [3]int{1, 0, -1},
		Budget:      decimal.RequireFromString("12500.75"),
		Attachments: []codecMeasure{},
		Reviewers:   []*codecPerson{{Name: "R1"}, nil, {Name: "R3", Position: "SIRO"}},
		Matrix:      map[string][]codecLevel{"row1": {codecLevelLow, codecLevelHigh}, "row2": {}},
		Extra:       codecExtra{Labels: []string{}, Inner: codecExtraInner{Notes: map[string]string{"n": "v"}}, Fine: decimal.New(0, -2)},
	}
	for i := range n {
		r := codecRisk{
			ID:       codecUUID(100 + i),
			Title:    fmt.Sprintf("Risk %d: unauthorised access to consultation recordings by staff without a legitimate relationship", i),
			Inherent: codecRating{Likelihood: codecLevel(1 + i%3), Severity: codecLevel(1 + (i+1)%3), Overall: codecLevelHigh},
			Fine:     decimal.New(int64(1750000+i*13), -2),
		}
		if i%2 == 0 {
			r.Residual = &codecRating{Likelihood: codecLevelLow, Severity: codecLevelMedium, Overall: codecLevelLow}
		}
		for j := range 2 {
			r.Measures = append(r.Measures, codecMeasure{
				Title:   fmt.Sprintf("Measure %d.%d: role-based access control reviewed quarterly", i, j),
				Done:    j == 0,
				Due:     codecDate(2023, time.Month(1+(i+j)%12), 1+(i*j)%28),
				Reduces: []uuid.UUID{codecUUID(100 + i)},
			})
		}
		doc.Risks.Risks = append(doc.Risks.Risks, r)
	}
	return doc
}

// codecEqual reports whether a and b hold the same values, comparing
// decimals by value and treating nil and empty slices and maps alike, as
// the round trip through omitempty does. It returns the path of the first
// difference.
func codecEqual(a, b any) (bool, string) {
	return codecValuesEqual(reflect.ValueOf(a), reflect.ValueOf(b), "")
}

var codecDecimalType = reflect.TypeFor[decimal.Decimal]()

func codecValuesEqual(a, b reflect.Value, path string) (bool, string) {
	if a.Type() != b.Type() {
		return false, path + " (types differ)"
	}
	if a.Type() == codecDecimalType {
		da, db := a.Interface().(decimal.Decimal), b.Interface().(decimal.Decimal)
		return da.Equal(db), path
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil(), path
		}
		return codecValuesEqual(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := range a.NumField() {
			if !a.Type().Field(i).IsExported() {
				continue
			}
			if ok, p := codecValuesEqual(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); !ok {
				return false, p
			}
		}
		return true, path
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false, path + " (lengths differ)"
		}
		for i := range a.Len() {
			if ok, p := codecValuesEqual(a.Index(i), b.Index(i), path+"["+strconv.Itoa(i)+"]"); !ok {
				return false, p
			}
		}
		return true, path
	case reflect.Map:
		if a.Len() != b.Len() {
			return false, path + " (sizes differ)"
		}
		iter := a.MapRange()
		for iter.Next() {
			bv := b.MapIndex(iter.Key())
			if !bv.IsValid() {
				return false, path + " (keys differ)"
			}
			if ok, p := codecValuesEqual(iter.Value(), bv, path+"["+fmt.Sprint(iter.Key())+"]"); !ok {
				return false, p
			}
		}
		return true, path
	}
	return a.Equal(b), path
}

// codecJSON returns the encoding of v by encodeCanonical, for tests.
func codecJSON(v any) (string, error) {
	var b strings.Builder
	err := encodeCanonical(&b, v)
	return b.String(), err
}
