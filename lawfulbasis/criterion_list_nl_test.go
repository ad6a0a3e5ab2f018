package lawfulbasis

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAPList checks the list's fields, its entries and their
// number against the published list.
func TestAPList(t *testing.T) {
	// Staatscourant 2019, 64418: seventeen categories, from "Heimelijk
	// onderzoek" to "Biometrische gegevens", each requiring a DPIA on its own.
	checkListAgainstSource(t, apList, CriterionFamilyAP, 17)
	assert.Equal(t, Country("NL"), apList.country)
}
