package dpiakit

import (
	"fmt"
	"strings"
)

// Severity says how serious a Finding is. The zero value is SeverityUnknown,
// which no rule produces; a Finding with it is treated as informational.
type Severity int

const (
	// SeverityUnknown is the zero value: no severity was set.
	SeverityUnknown Severity = iota
	// SeverityInfo marks an observation that needs no action.
	SeverityInfo
	// SeverityWarning marks a likely gap that a reviewer should look at.
	SeverityWarning
	// SeverityError marks a compliance defect: the assessment is not
	// acceptable until it is fixed.
	SeverityError
)

// Severities lists the valid severities, least serious first.
func Severities() []Severity { return []Severity{SeverityInfo, SeverityWarning, SeverityError} }

// IsValid reports whether s is one of the named severities other than
// SeverityUnknown.
func (s Severity) IsValid() bool { return s >= SeverityInfo && s <= SeverityError }

// String returns "info", "warning" or "error" ("unknown" for the zero value
// and for values outside the range).
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return "unknown"
}

// MarshalText encodes s as its String form. It fails for values that are not
// valid, so an unknown severity never reaches a document silently.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("dpiakit: severity %d is not valid", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses the String form, case-insensitively.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := ParseSeverity(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses "info", "warning" or "error" in any case, with
// surrounding space ignored.
func ParseSeverity(text string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "info":
		return SeverityInfo, nil
	case "warning", "warn":
		return SeverityWarning, nil
	case "error":
		return SeverityError, nil
	}
	return SeverityUnknown, fmt.Errorf("dpiakit: %q is not a severity (want info, warning or error)", text)
}
