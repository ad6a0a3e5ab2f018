package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Representative is the representative a controller or processor not
// established in the Union designates there in writing (GDPR Art. 27(1)),
// in one of the Member States where the data subjects are (Art. 27(3));
// under UK GDPR, a representative in the United Kingdom (UK GDPR Art. 27).
// The representative is addressed by supervisory authorities and data
// subjects on all issues of the processing (Art. 27(4)).
type Representative struct {
	// Name is the representative's name. Required unless Exemption is
	// stated.
	Name string `json:"name,omitempty"`
	// Country is where the representative is established. Optional.
	Country lawfulbasis.Country `json:"country,omitempty"`
	// Address is the representative's postal address. Optional.
	Address string `json:"address,omitempty"`
	// Contact is the contact person at the representative. Optional.
	Contact Person `json:"contact,omitzero"`
	// Exemption states why no representative is designated: processing
	// that is occasional, does not include large-scale special category or
	// criminal offence data and is unlikely to result in a risk (Art.
	// 27(2)(a)). A public authority or body needs none (Art. 27(2)(b)),
	// which Party.PublicAuthority records. Optional.
	Exemption string `json:"exemption,omitempty"`
}

// designated reports whether r names a representative.
func (r Representative) designated() bool { return !blankText(r.Name) }
