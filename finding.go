package dpiakit

import (
	"sort"
	"strconv"
	"strings"
)

// Finding is one result of a check: a defect, a likely gap or an
// observation, tied to a rule, a place in the document and the law.
type Finding struct {
	// Rule is the stable id of the rule that produced the finding, such as
	// "LB001". Ids never change meaning; retired ids are not reused.
	Rule string `json:"rule"`
	// Severity says how serious the finding is.
	Severity Severity `json:"severity"`
	// Path locates the offending field in the JSON form of the checked
	// value, such as "risks[2].residual.overall". Empty means the whole
	// value.
	Path string `json:"path,omitempty"`
	// Message explains the finding in one or two sentences, naming the
	// values involved.
	Message string `json:"message"`
	// Ref cites the law or guidance the rule rests on, such as
	// "GDPR Art. 9(1)".
	Ref string `json:"ref,omitempty"`
}

// String formats f on one line: "error LB001 claims[0]: message (GDPR Art. 9(1))".
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Severity.String())
	b.WriteByte(' ')
	b.WriteString(f.Rule)
	if f.Path != "" {
		b.WriteByte(' ')
		b.WriteString(f.Path)
	}
	b.WriteString(": ")
	b.WriteString(f.Message)
	if f.Ref != "" {
		b.WriteString(" (")
		b.WriteString(f.Ref)
		b.WriteByte(')')
	}
	return b.String()
}

// Findings is a list of findings. It implements error, so a check can be
// returned as an error; use Err to get nil when nothing is an error.
type Findings []Finding

// Error joins the findings that are errors, one per line. When the list
// holds no error it describes the remaining findings instead.
func (fs Findings) Error() string {
	errs := fs.Errors()
	if len(errs) == 0 {
		errs = fs
	}
	if len(errs) == 0 {
		return "dpiakit: no findings"
	}
	lines := make([]string, len(errs))
	for i, f := range errs {
		lines[i] = f.String()
	}
	return strings.Join(lines, "\n")
}

// Err returns fs as an error when it holds at least one finding of
// SeverityError, and nil otherwise.
func (fs Findings) Err() error {
	if fs.HasErrors() {
		return fs
	}
	return nil
}

// HasErrors reports whether any finding has SeverityError.
func (fs Findings) HasErrors() bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the findings of SeverityError, in order.
func (fs Findings) Errors() Findings {
	return fs.filter(func(f Finding) bool { return f.Severity == SeverityError })
}

// Warnings returns the findings of SeverityWarning, in order.
func (fs Findings) Warnings() Findings {
	return fs.filter(func(f Finding) bool { return f.Severity == SeverityWarning })
}

// ByRule returns the findings produced by the rule with the given id, in
// order.
func (fs Findings) ByRule(id string) Findings {
	return fs.filter(func(f Finding) bool { return f.Rule == id })
}

// Rules returns the distinct rule ids present, sorted.
func (fs Findings) Rules() []string {
	seen := make(map[string]bool, len(fs))
	var ids []string
	for _, f := range fs {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			ids = append(ids, f.Rule)
		}
	}
	sort.Strings(ids)
	return ids
}

// WithPrefix returns a copy of fs whose paths are placed under prefix, as a
// parent check does with the findings of a part: "register" and
// "risks[0].owner" give "register.risks[0].owner".
func (fs Findings) WithPrefix(prefix string) Findings {
	if len(fs) == 0 {
		return nil
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		f.Path = JoinPath(prefix, f.Path)
		out[i] = f
	}
	return out
}

// Sort orders fs by path, then rule, then message, so that output is stable
// whatever order the checks ran in. It sorts in place and returns fs.
func (fs Findings) Sort() Findings {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
	return fs
}

func (fs Findings) filter(keep func(Finding) bool) Findings {
	var out Findings
	for _, f := range fs {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// JoinPath joins two field paths: JoinPath("a", "b") is "a.b",
// JoinPath("a", "[2].b") is "a[2].b", and an empty side yields the other.
func JoinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// Index returns the path of element i of the list at path: Index("risks", 2)
// is "risks[2]".
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
