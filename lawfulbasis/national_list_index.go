package lawfulbasis

import "sync"

// nationalLists lists the national Art. 35(4) lists the package carries,
// beside the ICO's, in the order their items follow the ICO's in
// CriterionValues.
func nationalLists() []*nationalList {
	return []*nationalList{&cnilList, &dskList, &dpcList, &apList, &aepdList, &garanteList}
}

// nationalCriterionEntries returns the table entries of the national
// lists' items: the key, and the label prefixed with the authority, so
// that labels stay unique across lists ("CNIL: ...").
func nationalCriterionEntries() []keyEntry {
	var out []keyEntry
	for _, l := range nationalLists() {
		for _, it := range l.items {
			out = append(out, keyEntry{string(it.key), l.authority + ": " + it.label})
		}
	}
	return out
}

// nationalPosition is where an item stands: its list and its index there.
type nationalPosition struct {
	list  *nationalList
	index int
}

// nationalIndex maps each national item to its position, built once and
// only read afterwards.
var nationalIndex = sync.OnceValue(func() map[Criterion]nationalPosition {
	m := map[Criterion]nationalPosition{}
	for _, l := range nationalLists() {
		for i, it := range l.items {
			m[it.key] = nationalPosition{l, i}
		}
	}
	return m
})

// nationalItemOf returns the list of c and its index there, when c is an
// item of a national list.
func nationalItemOf(c Criterion) (*nationalList, int, bool) {
	p, ok := nationalIndex()[c]
	return p.list, p.index, ok
}
