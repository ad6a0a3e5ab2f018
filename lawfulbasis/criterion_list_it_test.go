package lawfulbasis

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGaranteList checks the list's fields, its entries and their
// number against the published list.
func TestGaranteList(t *testing.T) {
	// Provvedimento n. 467 of 11 October 2018, Allegato 1: twelve kinds of
	// processing; item 7 alone asks for another WP248 rev.01 criterion.
	checkListAgainstSource(t, garanteList, CriterionFamilyGarante, 12, CriterionGaranteInnovativeTechnology)
	assert.Equal(t, Country("IT"), garanteList.country)
}
