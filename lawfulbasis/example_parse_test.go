package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleParseArticle6() {
	for _, s := range []string{
		"Article 6 (1) (a) (Consent)",
		"UK-GDPR Article 6.1.e - Public Task",
		"6.1.f",
		"legitimate interest",
		"Article 9 (2) (a)",
		"consent and contract",
	} {
		basis, err := lawfulbasis.ParseArticle6(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-38q %-20s %s\n", s, basis, basis.Ref())
	}
	// Output:
	// "Article 6 (1) (a) (Consent)"          consent              GDPR Art. 6(1)(a)
	// "UK-GDPR Article 6.1.e - Public Task"  public_task          GDPR Art. 6(1)(e)
	// "6.1.f"                                legitimate_interests GDPR Art. 6(1)(f)
	// "legitimate interest"                  legitimate_interests GDPR Art. 6(1)(f)
	// lawfulbasis: "Article 9 (2) (a)" is not an Article 6 basis: it cites Article 9(2)(a)
	// lawfulbasis: "consent and contract" is not an Article 6 basis: it names more than one of the Article 6 bases: consent, contract
}

func ExampleParseArticle9() {
	cond, err := lawfulbasis.ParseArticle9("UK-GDPR Article 9.2.h – Provision/treatment/management of healthcare")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cond.Label(), cond.Code(), cond.UKSchedule1Condition().Ref())
	// Output:
	// Health or social care 9(2)(h) DPA 2018 Sch. 1 Pt 1 para 2
}

func ExampleParseSchedule1() {
	for _, s := range []string{"Schedule 1, Part 2, paragraph 18", "Part 1 paragraph 18"} {
		cond, err := lawfulbasis.ParseSchedule1(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s (APD needed: %t)\n", cond.Ref(), cond.Label(), cond.NeedsAPD())
	}
	// Output:
	// DPA 2018 Sch. 1 Pt 2 para 18: Safeguarding of children and individuals at risk (APD needed: true)
	// lawfulbasis: "Part 1 paragraph 18" is not a DPA 2018 Schedule 1 condition: paragraph 18 is in Part 2, not Part 1
}
