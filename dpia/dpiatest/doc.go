// Package dpiatest helps the unit tests of applications that ship a Data
// Protection Impact Assessment, as net/http/httptest helps those of HTTP
// handlers: a product keeps its DPIA beside its code and asserts in CI
// that it stays valid, so that a change to the processing that the DPIA
// no longer covers fails the build.
//
//   - RequireValid runs (*dpia.Assessment).Validate and stops the test,
//     listing every error finding, when the assessment is not valid.
//   - RequireValidTemplate runs (*dpia.Assessment).ValidateTemplate on a
//     processor's template and stops the test, listing them, when the
//     processor's own part holds an error; the findings the template
//     leaves to the customer are logged, not failed.
//   - AssertFinding and AssertNoFinding check the findings of one rule,
//     for tests of an application's own DPIA tooling.
//   - MinimalEU and MinimalUK build a minimal assessment that validates
//     without an error or a warning under EU GDPR or UK GDPR (GDPR Art.
//     35(7) content, an ICO sign-off, a review date), for tests to change
//     one part of and check.
//
// The helpers take a testing.TB and report through its Helper, Errorf,
// Fatalf and Logf methods only. The package imports the standard library
// and the dpiakit packages, nothing else, so that it adds no dependency to
// the tests that use it.
package dpiatest
