package dpiakit

// Rule describes one check in a catalogue: every Finding a package produces
// comes from a Rule listed by that package's Rules function.
type Rule struct {
	// ID is the stable identifier, such as "LB001": two letters naming the
	// package, then a number.
	ID string
	// Severity is the severity of the findings the rule produces.
	Severity Severity
	// Summary says in one line what the rule finds.
	Summary string
	// Ref cites the law or guidance the rule rests on.
	Ref string
}

// Finding builds a Finding of this rule at path with the given message.
func (r Rule) Finding(path, message string) Finding {
	return Finding{Rule: r.ID, Severity: r.Severity, Path: path, Message: message, Ref: r.Ref}
}
