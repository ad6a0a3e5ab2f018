package risk

import "fmt"

// Scoring says how a Matrix turns a likelihood and a severity into an
// overall level. The zero value is ScoringUnknown.
type Scoring int

const (
	// ScoringUnknown is the zero value: no scoring mode was set.
	ScoringUnknown Scoring = iota
	// ScoringLookup reads the overall level from a table of cells, one per
	// severity and likelihood (the ICO and CNIL presets).
	ScoringLookup
	// ScoringProduct multiplies the likelihood and severity values and maps
	// the score to an overall level through bands (the NHS preset).
	ScoringProduct
)

// ScoringValues lists the valid scoring modes.
func ScoringValues() []Scoring { return []Scoring{ScoringLookup, ScoringProduct} }

// IsValid reports whether s is ScoringLookup or ScoringProduct.
func (s Scoring) IsValid() bool { return s == ScoringLookup || s == ScoringProduct }

// String returns the stable key: "lookup", "product", or "unknown".
func (s Scoring) String() string {
	switch s {
	case ScoringLookup:
		return "lookup"
	case ScoringProduct:
		return "product"
	}
	return "unknown"
}

// Label returns the human name: "Lookup table" or "Product of values".
func (s Scoring) Label() string {
	switch s {
	case ScoringLookup:
		return "Lookup table"
	case ScoringProduct:
		return "Product of values"
	}
	return "unknown scoring"
}

// MarshalText encodes s as its String form; the zero value encodes as "".
func (s Scoring) MarshalText() ([]byte, error) {
	if s == ScoringUnknown {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, fmt.Errorf("risk: scoring %d is not valid", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses any spelling ParseScoring accepts; "" gives
// ScoringUnknown.
func (s *Scoring) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = ScoringUnknown
		return nil
	}
	v, err := ParseScoring(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseScoring accepts "lookup", "lookup table", "table", "product",
// "multiply" and "score", in any case.
func ParseScoring(text string) (Scoring, error) {
	switch nameKey(text) {
	case "lookup", "lookup_table", "table", "matrix":
		return ScoringLookup, nil
	case "product", "product_of_values", "multiply", "multiplication", "score":
		return ScoringProduct, nil
	}
	return ScoringUnknown, fmt.Errorf("risk: %s is not a scoring mode (want lookup or product)", quote(text))
}
