package lawfulbasis

import (
	"testing"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/stretchr/testify/assert"
)

func TestDSKList(t *testing.T) {
	// 17 entries: DSK, "Liste der Verarbeitungstätigkeiten, für die eine
	// DSFA durchzuführen ist", version 1.1 of 17.10.2018, and its English
	// version in the EDPB register (20181017_ah_dpia_list_1_1_germany_en).
	// Entries 1 and 2 apply only "if at least one of the following criteria
	// from WP 248 Rev. 01 applies".
	checkListAgainstSource(t, dskList, CriterionFamilyDSK, 17, CriterionDSKBiometric, CriterionDSKGenetic)
	assert.Equal(t, Country("DE"), dskList.country)
	assert.Equal(t, dpiakit.Date{Year: 2018, Month: time.October, Day: 17}, dskList.adopted)
	assert.Equal(t, CriterionDSKArtificialIntelligence, dskList.items[10].key, "entry 11")
	assert.Equal(t, CriterionDSKPerformance, dskList.items[16].key, "last entry")
}
