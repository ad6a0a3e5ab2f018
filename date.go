package dpiakit

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar date without a time of day or zone, as DPIAs record
// them ("06.05.21", "31/3/2022"). The zero value means "no date". In JSON
// and text it is written as ISO 8601 "2006-01-02".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, or an error when it does not exist
// (2021-02-30) or the year is outside 1..9999.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 {
		return Date{}, fmt.Errorf("dpiakit: year %d out of range 1..9999", y)
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || t.Month() != m || t.Day() != d {
		return Date{}, fmt.Errorf("dpiakit: %04d-%02d-%02d is not a calendar date", y, int(m), d)
	}
	return Date{Year: y, Month: m, Day: d}, nil
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate parses an ISO 8601 date, "2006-01-02".
func ParseDate(text string) (Date, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(text))
	if err != nil {
		return Date{}, fmt.Errorf("dpiakit: %q is not a date in the form YYYY-MM-DD", text)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar date.
func (d Date) IsValid() bool {
	_, err := NewDate(d.Year, d.Month, d.Day)
	return err == nil
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is strictly earlier than o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is strictly later than o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(d.Year, o.Year)
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	}
	return cmpInt(d.Day, o.Day)
}

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// appendISO appends d as "2006-01-02" to b. Out-of-range fields are
// written as they are, so String of an invalid Date shows what it holds.
func (d Date) appendISO(b []byte) []byte {
	if d.Year >= 0 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 && d.Day >= 0 && d.Day <= 99 {
		y, m := d.Year, int(d.Month)
		return append(b,
			byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
			byte('0'+m/10), byte('0'+m%10), '-',
			byte('0'+d.Day/10), byte('0'+d.Day%10))
	}
	return fmt.Appendf(b, "%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText encodes d as "2006-01-02", the zero Date as "", and fails for
// a date that does not exist.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("dpiakit: %04d-%02d-%02d is not a calendar date", d.Year, int(d.Month), d.Day)
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText parses "2006-01-02"; "" gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
