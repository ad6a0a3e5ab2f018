package lawfulbasis

import (
	"testing"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/stretchr/testify/assert"
)

func TestDPCList(t *testing.T) {
	// 10 entries: Data Protection Commission, "List of Types of Data
	// Processing Operations which require a Data Protection Impact
	// Assessment", 15 November 2018 (rev). Entries 6 and 7 apply "in
	// combination with any of the other criteria set out in WP29 DPIA
	// Guidelines".
	checkListAgainstSource(t, dpcList, CriterionFamilyDPC, 10, CriterionDPCBiometric, CriterionDPCGenetic)
	assert.Equal(t, Country("IE"), dpcList.country)
	assert.Equal(t, dpiakit.Date{Year: 2018, Month: time.November, Day: 15}, dpcList.adopted)
	assert.Equal(t, CriterionDPCFurtherUse, dpcList.items[0].key, "first entry")
	assert.Equal(t, CriterionDPCSuitableSpecificMeasures, dpcList.items[9].key, "last entry")
}
