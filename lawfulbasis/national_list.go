package lawfulbasis

import "github.com/dpiakit/dpiakit"

// nationalList is one supervisory authority's list, under GDPR Art. 35(4),
// of the kinds of processing operations that require a DPIA, as the
// authority published it after the EDPB's opinion under Art. 64(1)(a).
type nationalList struct {
	// family is the CriterionFamily of the list's items.
	family CriterionFamily
	// authority is the authority's short name, as it signs the list
	// ("CNIL", "DSK").
	authority string
	// country is the member state whose authority (or authorities)
	// adopted the list.
	country Country
	// title is the list's official title, in its own language.
	title string
	// source cites the act or publication that adopted the list, with
	// its date.
	source string
	// url is where the authority publishes it.
	url string
	// adopted is the date of that act or publication.
	adopted dpiakit.Date
	// items are the list's entries, in the list's order.
	items []nationalItem
	// itemsCombine records that the list applies the "two or more
	// criteria" rule to its own entries: two of them met together
	// require a DPIA, as two WP248 rev.01 criteria do.
	itemsCombine bool
}

// nationalItem is one entry of a national list: a kind of processing that
// requires a DPIA on its own or, when combined is set, together with at
// least one WP248 rev.01 criterion, as the list itself says.
type nationalItem struct {
	// key is the Criterion of the entry.
	key Criterion
	// label is the entry in English, short enough for a heading.
	label string
	// original is the entry as the list words it, in its own language,
	// or its opening words for a long entry.
	original string
	// combined marks an entry the list makes a DPIA criterion only with
	// another criterion, not on its own: a WP248 rev.01 criterion, or,
	// where the list says so (itemsCombine), another of its entries.
	combined bool
}
