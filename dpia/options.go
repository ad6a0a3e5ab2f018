package dpia

import (
	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// ValidateOptions configures (*Assessment).Validate. The zero value is
// valid: rules that need today's date are then judged against the
// assessment's own dates only, or skipped where they cannot be.
type ValidateOptions struct {
	// Now is the caller's clock: the date time-dependent rules (a review
	// date that has passed, a transfer mechanism or adequacy decision no
	// longer valid, judged on this date as well as on the assessment's)
	// are judged against. Validate never reads the system clock; pass
	// dpiakit.DateOf(time.Now()) to judge against today. Optional: zero
	// judges on the assessment's own dates only.
	Now dpiakit.Date
	// TrustedKeys asks, when it holds a key, for keyed verification of the
	// sign-off: every signed row must carry a signature by one of these
	// keys that verifies (rules SG016 and SG017), so that removing the
	// digests or recomputing them after a change is an error. Nil or
	// empty: signatures are checked by their digests only, and a sign-off
	// signed on paper is lawful. Optional.
	TrustedKeys TrustedKeys
	// RiskLimits bounds the risk register's matrix: levels per scale,
	// bands and cells. The zero value means risk's defaults (100 levels,
	// 100 bands, 10,000 cells). A matrix beyond a limit is reported
	// (RK015) and not used to check the ratings. Optional.
	RiskLimits risk.Limits
	// Rules are the product's own rules, run after the library's on every
	// assessment Validate checks (see CustomRule). Optional.
	Rules []CustomRule
}

// orDefaults returns the options o points to, or the zero options, which
// mean the defaults, when o is nil.
func (o *ValidateOptions) orDefaults() ValidateOptions {
	if o == nil {
		return ValidateOptions{}
	}
	return *o
}
