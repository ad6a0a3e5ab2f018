package lawfulbasis

import (
	"testing"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/stretchr/testify/assert"
)

func TestCNILList(t *testing.T) {
	// 14 entries: the annex to CNIL délibération n° 2018-327 of 11 October
	// 2018 (JORF of 6 November 2018), as published at cnil.fr
	// (liste-traitements-aipd-requise.pdf) and in the EDPB register. No
	// entry needs another criterion.
	checkListAgainstSource(t, cnilList, CriterionFamilyCNIL, 14)
	assert.Equal(t, Country("FR"), cnilList.country)
	assert.Equal(t, dpiakit.Date{Year: 2018, Month: time.October, Day: 11}, cnilList.adopted)
	assert.Equal(t, CriterionCNILHealthCare, cnilList.items[0].key, "first entry")
	assert.Equal(t, CriterionCNILLargeScaleLocation, cnilList.items[13].key, "last entry")
	// Entry 11 as reworded by délibération n° 2019-011 of 31 January 2019.
	assert.Contains(t, cnilList.items[10].original, "aux fins d'identifier une personne physique de manière unique")
	assert.NotContains(t, cnilList.items[10].original, "reconnaissance")
}
