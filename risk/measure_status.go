package risk

import "fmt"

// MeasureStatus says how far a Measure has got. The zero value is
// MeasureStatusUnknown.
type MeasureStatus int

const (
	// MeasureStatusUnknown is the zero value: not answered.
	MeasureStatusUnknown MeasureStatus = iota
	// Planned means the measure is agreed but not started.
	Planned
	// InProgress means the measure is being put in place.
	InProgress
	// Implemented means the measure is in place.
	Implemented
	// Rejected means the measure was considered and will not be taken.
	Rejected
)

// MeasureStatusValues lists the valid statuses.
func MeasureStatusValues() []MeasureStatus {
	return []MeasureStatus{Planned, InProgress, Implemented, Rejected}
}

// IsValid reports whether s is one of the named statuses other than
// MeasureStatusUnknown.
func (s MeasureStatus) IsValid() bool { return s >= Planned && s <= Rejected }

// String returns the stable key: "planned", "in_progress", "implemented",
// "rejected", or "unknown".
func (s MeasureStatus) String() string {
	switch s {
	case Planned:
		return "planned"
	case InProgress:
		return "in_progress"
	case Implemented:
		return "implemented"
	case Rejected:
		return "rejected"
	}
	return "unknown"
}

// Label returns the human name, such as "In progress".
func (s MeasureStatus) Label() string {
	switch s {
	case Planned:
		return "Planned"
	case InProgress:
		return "In progress"
	case Implemented:
		return "Implemented"
	case Rejected:
		return "Rejected"
	}
	return "unknown measure status"
}

// MarshalText encodes s as its String form; the zero value encodes as "".
func (s MeasureStatus) MarshalText() ([]byte, error) {
	if s == MeasureStatusUnknown {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, fmt.Errorf("risk: measure status %d is not valid", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses any spelling ParseMeasureStatus accepts; "" gives
// MeasureStatusUnknown.
func (s *MeasureStatus) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = MeasureStatusUnknown
		return nil
	}
	v, err := ParseMeasureStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseMeasureStatus accepts the keys and labels in any case, with spaces,
// hyphens or underscores, and the spellings found in action plans:
// "proposed", "not started", "to do", "ongoing", "underway", "done",
// "complete", "completed", "in place", "declined".
func ParseMeasureStatus(text string) (MeasureStatus, error) {
	switch nameKey(text) {
	case "planned", "proposed", "not_started", "to_do", "todo":
		return Planned, nil
	case "in_progress", "inprogress", "ongoing", "underway", "started":
		return InProgress, nil
	case "implemented", "done", "complete", "completed", "in_place":
		return Implemented, nil
	case "rejected", "declined", "not_implemented", "will_not_implement":
		return Rejected, nil
	}
	return MeasureStatusUnknown, fmt.Errorf("risk: %s is not a measure status (want planned, in_progress, implemented or rejected)", quote(text))
}
