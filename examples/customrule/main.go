// Command customrule shows a product's own rule run by Validate beside
// the library's. A CRM vendor keeps, in its product's configuration, the
// sub-processors the product uses; its rule CRM001 reports every one the
// assessment does not name among its processors (GDPR Art. 28(2) and
// (4): a processor engages another only with the controller's
// authorisation, which the controller cannot give for one it has not
// been told of). The program validates the vendor's assessment of one
// customer with the rule, prints the rule's findings, and writes the
// assessment as HTML with every finding, the rule's among the library's,
// in its appendix.
//
//	go run ./examples/customrule [-out DIR]
//
// rule_test.go is the rule's unit test, written with dpiatest as a
// product's own test would be.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
	"github.com/dpiakit/dpiakit/render"
)

// configuredSubProcessors is what the product's configuration says it
// uses: the service and the company that provides it.
func configuredSubProcessors() map[string]string {
	return map[string]string{
		"email delivery": "Postwise Ltd",
		"hosting":        "Example Hosting GmbH",
		"error tracking": "Bugnet Inc.",
	}
}

// subProcessorsNamed is the CRM vendor's rule over the sub-processors its
// configuration lists.
func subProcessorsNamed(configured map[string]string) dpia.CustomRule {
	return dpia.CustomRule{
		Rule: dpiakit.Rule{ID: "CRM001", Severity: dpiakit.SeverityError,
			Summary: "a sub-processor the product uses is not named in the assessment",
			Ref:     "GDPR Art. 28(2), (4); Art. 35(7)(a)"},
		Check: func(a *dpia.Assessment) dpiakit.Findings {
			named := map[string]bool{}
			for _, p := range a.Parties.Processors {
				named[p.Name] = true
			}
			var out dpiakit.Findings
			for _, service := range sortedKeys(configured) {
				if company := configured[service]; !named[company] {
					out = append(out, dpiakit.Finding{Path: "parties.processors",
						Message: fmt.Sprintf("the product's %s is provided by %s, which the assessment does not name", service, company)})
				}
			}
			return out
		},
	}
}

// customerAssessment is one customer's assessment of the CRM: a shop's
// customer support, with the CRM vendor as its processor and the vendor's
// hosting provider as sub-processor.
func customerAssessment() *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.Parties.Processors = []dpia.Processor{
		{Party: dpia.Party{ID: "crm", Name: "Example CRM GmbH", Country: "DE"}, Service: "CRM",
			Kind: dpia.ProcessorKindMain, Contract: dpia.Contract{InPlace: dpia.YesNoYes}},
		{Party: dpia.Party{ID: "hosting", Name: "Example Hosting GmbH", Country: "DE"}, Service: "hosting",
			Kind: dpia.ProcessorKindSub, Parent: "crm", Contract: dpia.Contract{InPlace: dpia.YesNoYes}},
	}
	return a
}

func main() {
	out := flag.String("out", filepath.Join("out", "customrule"), "directory the HTML is written to")
	flag.Parse()
	if err := run(os.Stdout, *out); err != nil {
		fmt.Fprintln(os.Stderr, "customrule:", err)
		os.Exit(1)
	}
}

// run validates the customer's assessment with the vendor's rule, prints
// the rule's findings and writes the assessment's HTML into outDir.
func run(w io.Writer, outDir string) error {
	a := customerAssessment()
	a.Parties.Processors = append(a.Parties.Processors, dpia.Processor{
		Party: dpia.Party{ID: "postwise", Name: "Postwise Ltd", Country: "IE"}, Service: "email delivery",
		Kind: dpia.ProcessorKindSub, Parent: "crm", Contract: dpia.Contract{InPlace: dpia.YesNoYes}})
	rule := subProcessorsNamed(configuredSubProcessors())
	findings := a.Validate(&dpia.ValidateOptions{Now: dpiatest.MinimalDate(), Rules: []dpia.CustomRule{rule}})
	own := findings.ByRule(rule.ID)
	fmt.Fprintf(w, "%s: %d findings of %s (%s)\n", a.Title, len(own), rule.ID, rule.Summary)
	for _, f := range own {
		fmt.Fprintln(w, " ", f)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	var page bytes.Buffer
	opts := &render.Options{GeneratedOn: dpiatest.MinimalDate(), IncludeFindings: true, Findings: findings}
	if err := render.HTML(&page, a, opts); err != nil {
		return err
	}
	path := filepath.Join(outDir, "customer.html")
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintln(w, "written:", path)
	return nil
}
