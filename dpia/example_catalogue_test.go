package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleLookupItem() {
	for _, row := range []string{"NHS Number", "Ethnicity", "Identifiable clinical images e.g. x-rays, MRIs", "DNA"} {
		it, ok := dpia.LookupItem(row)
		if !ok {
			fmt.Println(row, "not found")
			continue
		}
		fmt.Printf("%s: %s, special %q, identifier %t\n", it.Key, it.Category, it.Special, it.Identifier)
	}
	// Output:
	// nhs_number: identity, special "unknown", identifier true
	// ethnicity: demographic, special "racial_or_ethnic_origin", identifier false
	// identifiable_clinical_images: health, special "health", identifier true
	// dna: genetic_biometric, special "genetic", identifier false
}

func ExampleInventory_SpecialCategories() {
	var inv dpia.Inventory
	for _, row := range []struct {
		name      string
		processed dpia.YesNo
	}{{"Name", dpia.YesNoYes}, {"Health information", dpia.YesNoYes}, {"Ethnicity", dpia.YesNoNo}, {"Religious belief", dpia.YesNoYes}} {
		it, _ := dpia.LookupItem(row.name)
		item := it.Item()
		item.Processed = row.processed
		inv.Items = append(inv.Items, item)
	}
	fmt.Println(inv.SpecialCategories())
	// Output:
	// [religious_or_philosophical_beliefs health]
}
