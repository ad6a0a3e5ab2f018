// Command dpiacheck checks DPIA documents in continuous integration. It
// reads each file named on the command line ("-", or no argument, for
// standard input): a dpiakit document (dpia.Decode, then Validate) or an
// export of the CNIL's PIA tool (cnilpia.Import, then Validate), told
// apart by their content. It prints the findings as text, as JSON, or as
// SARIF 2.1.0 for code-scanning views, each with its rule, level, the
// legal reference from the rule catalogue (dpia.Rules) and the JSON path
// of the field, mapped to a line of the file.
//
// Usage:
//
//	dpiacheck [-format text|json|sarif] [-now YYYY-MM-DD] [file ...]
//
// The exit status is 0 when no file has an error finding, 1 when one
// has, and 2 when an input cannot be read or decoded (the message names
// the file, the line and the JSON path) or the options are wrong.
//
// It runs from any module without installing anything:
//
//	go run github.com/dpiakit/dpiakit/examples/dpiacheck@latest -format sarif dpia.json > dpia.sarif
package main

import (
	"bytes"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, dpiakit.DateOf(time.Now())))
}

// Exit statuses.
const (
	exitOK       = 0
	exitFindings = 1
	exitBadInput = 2
)

// maxInputBytes bounds what is read of one input: the larger of the
// limits of dpia.Decode (16 MiB) and cnilpia.Import (64 MiB).
const maxInputBytes = 64 << 20

// checked is the outcome of one input.
type checked struct {
	// File names the input as given ("-" is "stdin").
	File string `json:"file"`
	// Kind is "dpia" for a dpiakit document, "cnil" for a CNIL PIA export.
	Kind string `json:"kind,omitempty"`
	// Error is why the input could not be checked.
	Error    string    `json:"error,omitempty"`
	Findings []finding `json:"findings"`
}

// finding is a dpiakit.Finding located in its file.
type finding struct {
	Rule     string           `json:"rule"`
	Level    string           `json:"level"`
	Path     string           `json:"path,omitempty"`
	Line     int              `json:"line,omitempty"`
	Message  string           `json:"message"`
	Ref      string           `json:"ref,omitempty"`
	Severity dpiakit.Severity `json:"-"`
}

// run is the command with its arguments, streams and date; it returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, today dpiakit.Date) int {
	fs := flag.NewFlagSet("dpiacheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json or sarif")
	nowFlag := fs.String("now", "", "the date time-dependent rules judge by, YYYY-MM-DD (default: today)")
	if err := fs.Parse(args); err != nil {
		return exitBadInput
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "dpiacheck: -format %q: want text, json or sarif\n", *format)
		return exitBadInput
	}
	now := today
	if *nowFlag != "" {
		d, err := dpiakit.ParseDate(*nowFlag)
		if err != nil {
			fmt.Fprintf(stderr, "dpiacheck: -now: %v\n", err)
			return exitBadInput
		}
		now = d
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	var results []checked
	status := exitOK
	for _, name := range files {
		c := checkInput(name, stdin, now)
		if c.Error != "" {
			fmt.Fprintf(stderr, "dpiacheck: %s\n", c.Error)
			status = exitBadInput
		} else if status == exitOK && slices.ContainsFunc(c.Findings, func(f finding) bool { return f.Severity == dpiakit.SeverityError }) {
			status = exitFindings
		}
		results = append(results, c)
	}
	var err error
	switch *format {
	case "text":
		err = writeText(stdout, results)
	case "json":
		err = writeJSON(stdout, results)
	case "sarif":
		err = writeSARIF(stdout, results)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dpiacheck: writing the %s output: %v\n", *format, err)
		return exitBadInput
	}
	return status
}

// checkInput reads, decodes and validates the input name.
func checkInput(name string, stdin io.Reader, now dpiakit.Date) checked {
	c := checked{File: name, Findings: []finding{}}
	var r io.Reader = stdin
	if name == "-" {
		c.File = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			c.Error = err.Error()
			return c
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputBytes+1))
	if err != nil {
		c.Error = fmt.Sprintf("%s: %v", c.File, err)
		return c
	}
	if len(data) > maxInputBytes {
		c.Error = fmt.Sprintf("%s: larger than %d bytes", c.File, maxInputBytes)
		return c
	}
	var a *dpia.Assessment
	var report cnilpia.Report
	if isCNILExport(data) {
		c.Kind = "cnil"
		a, report, err = cnilpia.Import(bytes.NewReader(data), nil)
	} else {
		c.Kind = "dpia"
		a, err = dpia.Decode(bytes.NewReader(data), nil)
	}
	if err != nil {
		where := c.File
		if de := (*dpia.DecodeError)(nil); errors.As(err, &de) {
			where += ":" + strconv.Itoa(lineAt(data, de.Offset))
		}
		c.Error = fmt.Sprintf("%s: %v", where, err)
		return c
	}
	lines := valueLines(data)
	for _, e := range report.Entries {
		c.Findings = append(c.Findings, finding{
			Rule:     importRuleID(e.Kind),
			Level:    importLevel(e.Kind),
			Path:     e.Target,
			Message:  e.Message + " (" + e.Source + ")",
			Severity: importSeverity(e.Kind),
		})
	}
	for _, f := range a.Validate(&dpia.ValidateOptions{Now: now}) {
		line := 0
		if c.Kind == "dpia" {
			line = lineOfPath(lines, f.Path)
		}
		c.Findings = append(c.Findings, finding{
			Rule: f.Rule, Level: level(f.Severity), Path: f.Path, Line: line,
			Message: f.Message, Ref: f.Ref, Severity: f.Severity,
		})
	}
	return c
}

// isCNILExport reports whether data is an object with a "pia" member and
// no "schema" member: the export of the CNIL's PIA tool rather than a
// dpiakit document.
func isCNILExport(data []byte) bool {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return false
	}
	pia := false
	for dec.PeekKind() == '"' {
		name, err := dec.ReadToken()
		if err != nil {
			return false
		}
		switch name.String() {
		case "schema":
			return false
		case "pia":
			pia = true
		}
		if dec.SkipValue() != nil {
			return false
		}
	}
	return pia
}

// level is the SARIF level of a severity.
func level(s dpiakit.Severity) string {
	switch s {
	case dpiakit.SeverityError:
		return "error"
	case dpiakit.SeverityWarning:
		return "warning"
	}
	return "note"
}

// importRuleID is the rule id of an entry of the CNIL import report.
func importRuleID(k cnilpia.EntryKind) string { return "CNIL." + k.String() }

// importSeverity is the severity of an entry of the CNIL import report:
// a warning where a value of the export was lost or refused, information
// where it was kept in another form.
func importSeverity(k cnilpia.EntryKind) dpiakit.Severity {
	switch k {
	case cnilpia.KindUnsafeMarkup, cnilpia.KindOutOfRange, cnilpia.KindWrongType, cnilpia.KindInvalidValue, cnilpia.KindNotParsed:
		return dpiakit.SeverityWarning
	}
	return dpiakit.SeverityInfo
}

func importLevel(k cnilpia.EntryKind) string { return level(importSeverity(k)) }

// lineAt returns the line, from 1, of the byte at offset in data.
func lineAt(data []byte, offset int64) int {
	offset = min(max(offset, 0), int64(len(data)))
	return bytes.Count(data[:offset], []byte("\n")) + 1
}

// valueLines maps the JSON Pointer of each value of the document data to
// the line it starts on.
func valueLines(data []byte) map[string]int {
	lines := map[string]int{}
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	for {
		before := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err != nil {
			return lines
		}
		kind := tok.Kind()
		if kind == '}' || kind == ']' {
			continue
		}
		if kind != '{' && kind != '[' {
			if parent, n := dec.StackIndex(dec.StackDepth()); parent == '{' && n%2 == 1 {
				continue // an object member's name
			}
		}
		start := before
		for start < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[start]) >= 0 {
			start++
		}
		lines[string(dec.StackPointer())] = lineAt(data, start)
	}
}

// lineOfPath returns the line of the value at the document path p
// ("risks.risks[2].inherent"), or of the nearest enclosing value the
// document holds; 0 when there is none.
func lineOfPath(lines map[string]int, p string) int {
	tokens := pathTokens(p)
	for n := len(tokens); n >= 0; n-- {
		var b strings.Builder
		for _, t := range tokens[:n] {
			b.WriteByte('/')
			b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(t))
		}
		if line, ok := lines[b.String()]; ok {
			return line
		}
	}
	return 0
}

// pathTokens splits a document path into its member names, map keys and
// indexes: `a.b[2]["c d"]` is a, b, 2, c d.
func pathTokens(p string) []string {
	var out []string
	for p != "" {
		switch p[0] {
		case '.':
			p = p[1:]
		case '[':
			end := strings.IndexByte(p, ']')
			if len(p) > 1 && p[1] == '"' {
				if q, err := strconv.QuotedPrefix(p[1:]); err == nil {
					s, _ := strconv.Unquote(q)
					out = append(out, s)
					p = p[1+len(q):]
					p = strings.TrimPrefix(p, "]")
					continue
				}
			}
			if end < 0 {
				return append(out, p[1:])
			}
			out = append(out, p[1:end])
			p = p[end+1:]
		default:
			end := strings.IndexAny(p, ".[")
			if end < 0 {
				end = len(p)
			}
			out = append(out, p[:end])
			p = p[end:]
		}
	}
	return out
}

// writeText prints one line per finding: "file:line: level rule path:
// message [ref]".
func writeText(w io.Writer, results []checked) error {
	var b strings.Builder
	for _, c := range results {
		if c.Error != "" {
			continue
		}
		errs := 0
		for _, f := range c.Findings {
			loc := c.File
			if f.Line > 0 {
				loc += ":" + strconv.Itoa(f.Line)
			}
			fmt.Fprintf(&b, "%s: %s %s", loc, f.Level, f.Rule)
			if f.Path != "" {
				fmt.Fprintf(&b, " %s", f.Path)
			}
			fmt.Fprintf(&b, ": %s", f.Message)
			if f.Ref != "" {
				fmt.Fprintf(&b, " [%s]", f.Ref)
			}
			b.WriteByte('\n')
			if f.Severity == dpiakit.SeverityError {
				errs++
			}
		}
		fmt.Fprintf(&b, "%s: %d findings, %d errors\n", c.File, len(c.Findings), errs)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeJSON prints the results as one JSON document.
func writeJSON(w io.Writer, results []checked) error {
	return json.MarshalWrite(w, map[string]any{"files": results}, jsontext.WithIndent("  "))
}
