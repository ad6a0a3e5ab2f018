package dpia

import "github.com/dpiakit/dpiakit"

// ValidateOptions configures (*Assessment).Validate. The zero value is
// valid: rules that need today's date are then judged against the
// assessment's own dates only, or skipped where they cannot be.
type ValidateOptions struct {
	// Now is the caller's clock: the date time-dependent rules (a review
	// date that has passed, a transfer mechanism's validity when the
	// assessment has no date) are judged against. Validate never reads the
	// system clock; pass dpiakit.DateOf(time.Now()) to judge against today.
	Now dpiakit.Date
}
