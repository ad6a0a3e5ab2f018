package lawfulbasis_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleConcernedAuthorities() {
	// A controller established in France and in Bavaria whose service
	// targets residents of Germany and Italy.
	establishments := []lawfulbasis.Country{"FR", "DE"}
	targeted := []lawfulbasis.Country{"DE", "IT"}

	lead, _ := lawfulbasis.LeadAuthority(dpiakit.EUGDPR, "FR", "")
	fmt.Println("lead:", lead.Name)
	for _, a := range lawfulbasis.ConcernedAuthorities(dpiakit.EUGDPR, establishments, targeted, []string{"DE-BY"}) {
		fmt.Printf("concerned: %s (%s)\n", a.Name, a.Language)
	}

	// A controller with no establishment in the EEA has no lead authority;
	// targeting one Member State, it consults that state's authority.
	a, ok := lawfulbasis.PriorConsultationAuthority(dpiakit.EUGDPR, "US", "", []lawfulbasis.Country{"NL"})
	fmt.Println("Art. 36:", a.NameEnglish, ok)
	_, ok = lawfulbasis.PriorConsultationAuthority(dpiakit.EUGDPR, "US", "", []lawfulbasis.Country{"NL", "BE"})
	fmt.Println("Art. 36, several states:", ok)
	// Output:
	// lead: Commission nationale de l'informatique et des libertés
	// concerned: Bayerisches Landesamt für Datenschutzaufsicht (de)
	// concerned: Commission nationale de l'informatique et des libertés (fr)
	// concerned: Garante per la protezione dei dati personali (it)
	// Art. 36: Dutch Data Protection Authority true
	// Art. 36, several states: false
}
