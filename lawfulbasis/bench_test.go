package lawfulbasis_test

import (
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func BenchmarkParseArticle6(b *testing.B) {
	inputs := []string{"UK-GDPR Article 6.1.a – Consent", "Article 6 (1) (f) (Legitimate Interest)", "public task", "6(1)(e)"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := lawfulbasis.ParseArticle6(inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	claim := lawfulbasis.Claim{
		Basis:     lawfulbasis.PublicTask,
		Article9:  []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare, lawfulbasis.SubstantialPublicInterest},
		Schedule1: []lawfulbasis.Schedule1{lawfulbasis.Sch1SafeguardingChildren},
	}
	facts := lawfulbasis.Facts{Regime: lawfulbasis.UKGDPR, SpecialCategories: []lawfulbasis.SpecialCategory{lawfulbasis.Health}}
	b.ReportAllocs()
	for b.Loop() {
		if len(lawfulbasis.Check(claim, facts)) == 0 {
			b.Fatal("expected findings")
		}
	}
}
