package cnilpia

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dpiakit/dpiakit"
)

// decodeJSON reads one JSON value, numbers as json.Number, and rejects
// trailing data.
func decodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("the input is empty")
		}
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("data after the JSON value")
	}
	return v, nil
}

// jsonType names the JSON type of v for messages: "a string", "an
// object"...
func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "the number " + x.String()
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// fields reads the members of one JSON object of the file, reporting
// values of the wrong type against source.
type fields struct {
	obj    map[string]any
	source string
	rep    *Report
}

// at names member key of the object for the report: "pia.status",
// "answers[3] reference_to=325 data.gauge".
func (f fields) at(key string) string {
	last := f.source[strings.LastIndexByte(f.source, ' ')+1:]
	if strings.Contains(last, "=") {
		return f.source + " " + key
	}
	return f.source + "." + key
}

// present reports whether key is there and not null.
func (f fields) present(key string) bool {
	v, ok := f.obj[key]
	return ok && v != nil
}

// str reads a string; absent and null give "", false.
func (f fields) str(key, target string) (string, bool) {
	v, ok := f.obj[key]
	if !ok || v == nil {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		f.rep.add(KindWrongType, f.at(key), target, "%s is %s; want a string", key, jsonType(v))
		return "", false
	}
	return s, true
}

// integer reads a whole number; absent and null give 0, false.
func (f fields) integer(key, target string) (int64, bool) {
	v, ok := f.obj[key]
	if !ok || v == nil {
		return 0, false
	}
	n, ok := v.(json.Number)
	if !ok {
		f.rep.add(KindWrongType, f.at(key), target, "%s is %s; want a whole number", key, jsonType(v))
		return 0, false
	}
	i, err := wholeNumber(n)
	if err != nil {
		f.rep.add(KindOutOfRange, f.at(key), target, "%s: %v", key, err)
		return 0, false
	}
	return i, true
}

// identifier reads an id: a whole number, or a string holding one (as
// server exports may write them).
func (f fields) identifier(key string) (int64, bool) {
	v, ok := f.obj[key]
	if !ok || v == nil {
		return 0, false
	}
	switch x := v.(type) {
	case json.Number:
		i, err := wholeNumber(x)
		return i, err == nil
	case string:
		i, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		return i, err == nil
	}
	return 0, false
}

// boolean reads a boolean, accepting 0 and 1 as the tool stores some
// flags; absent and null give false, false.
func (f fields) boolean(key, target string) (bool, bool) {
	v, ok := f.obj[key]
	if !ok || v == nil {
		return false, false
	}
	switch x := v.(type) {
	case bool:
		return x, true
	case json.Number:
		switch x.String() {
		case "0":
			return false, true
		case "1":
			return true, true
		}
	}
	f.rep.add(KindWrongType, f.at(key), target, "%s is %s; want true or false", key, jsonType(v))
	return false, false
}

// object reads an object; absent and null give nil, false.
func (f fields) object(key, target string) (map[string]any, bool) {
	v, ok := f.obj[key]
	if !ok || v == nil {
		return nil, false
	}
	o, ok := v.(map[string]any)
	if !ok {
		f.rep.add(KindWrongType, f.at(key), target, "%s is %s; want an object", key, jsonType(v))
		return nil, false
	}
	return o, true
}

// array reads an array; absent and null give nil, false.
func (f fields) array(key, target string) ([]any, bool) {
	v, ok := f.obj[key]
	if !ok || v == nil {
		return nil, false
	}
	a, ok := v.([]any)
	if !ok {
		f.rep.add(KindWrongType, f.at(key), target, "%s is %s; want an array", key, jsonType(v))
		return nil, false
	}
	return a, true
}

// date reads an ISO-8601 timestamp as its calendar date in UTC.
func (f fields) date(key, target string) (dpiakit.Date, bool) {
	s, ok := f.str(key, target)
	if !ok || strings.TrimSpace(s) == "" {
		return dpiakit.Date{}, false
	}
	d, ok := parseTimestamp(s)
	if !ok {
		f.rep.add(KindInvalidValue, f.at(key), target, "%s %q is not an ISO-8601 date or timestamp", key, s)
		return dpiakit.Date{}, false
	}
	return d, true
}

// stampDate reads an ISO-8601 timestamp as its calendar date in UTC, with
// the timestamp as written ("" when absent or unreadable).
func (f fields) stampDate(key, target string) (dpiakit.Date, string) {
	d, ok := f.date(key, target)
	if !ok {
		return d, ""
	}
	s, _ := f.str(key, target)
	return d, strings.TrimSpace(s)
}

// unknownKeys reports the members not in known that hold a value.
func (f fields) unknownKeys(known ...string) {
	var extra []string
	for k, v := range f.obj {
		if isEmptyJSON(v) || containsString(known, k) {
			continue
		}
		extra = append(extra, k)
	}
	sort.Strings(extra)
	for _, k := range extra {
		f.rep.add(KindUnknownKey, f.at(k), "", "%s is not a key of the CNIL export format; ignored", k)
	}
}

// isEmptyJSON reports whether v carries nothing: null, "", false, 0, an
// empty array or object.
func isEmptyJSON(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case bool:
		return !x
	case json.Number:
		return x.String() == "0"
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// wholeNumber reads n as an int64. Numbers with a fraction (other than
// zeros), an exponent, or more than 18 digits are refused, so that no
// number is rounded on its way in.
func wholeNumber(n json.Number) (int64, error) {
	s := n.String()
	intPart, frac, _ := strings.Cut(s, ".")
	if strings.ContainsAny(s, "eE") {
		return 0, fmt.Errorf("%s is not a whole number", s)
	}
	if strings.Trim(frac, "0") != "" {
		return 0, fmt.Errorf("%s is not a whole number", s)
	}
	digits := strings.TrimPrefix(intPart, "-")
	if len(digits) > 18 {
		return 0, fmt.Errorf("%s is out of range", s)
	}
	i, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s is not a whole number", s)
	}
	return i, nil
}

// parseTimestamp reads an ISO-8601 timestamp or date as its calendar date
// in UTC: "2022-12-12T10:30:38.411Z", "2022-12-12T11:30:38+01:00",
// "2022-12-12T10:30:38" (read as UTC), "2022-12-12 10:30:38" or
// "2022-12-12".
func parseTimestamp(s string) (dpiakit.Date, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999",
		"2006-01-02 15:04:05.999999999Z07:00", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			d := dpiakit.DateOf(t.UTC())
			if d.Year < 1 || d.Year > 9999 {
				return dpiakit.Date{}, false
			}
			return d, true
		}
	}
	return dpiakit.Date{}, false
}

// timestamp writes d as the tool's timestamps, midnight UTC:
// "2022-12-12T00:00:00.000Z"; the zero Date gives "".
func timestamp(d dpiakit.Date) string {
	if d.IsZero() || !d.IsValid() {
		return ""
	}
	return d.String() + "T00:00:00.000Z"
}
