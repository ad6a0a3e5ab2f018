package lawfulbasis

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAEPDList checks the list's fields, its entries and their
// number against the published list.
func TestAEPDList(t *testing.T) {
	// AEPD, listas-dpia-es-35-4 (6 May 2019): eleven criteria, a DPIA being
	// needed in most cases where two or more of them are met.
	checkListAgainstSource(t, aepdList, CriterionFamilyAEPD, 11, CriterionAEPDProfiling, CriterionAEPDAutomatedDecision, CriterionAEPDSystematicMonitoring, CriterionAEPDSensitive, CriterionAEPDBiometric, CriterionAEPDGenetic, CriterionAEPDLargeScale, CriterionAEPDLinking, CriterionAEPDVulnerable, CriterionAEPDNewTechnology, CriterionAEPDPreventsRights)
	assert.Equal(t, Country("ES"), aepdList.country)
}
