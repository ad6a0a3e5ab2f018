package dpia

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// checkRetention applies DP029: every processed data item has a retention
// period or rule (GDPR Art. 5(1)(e), storage limitation; WP248 rev.01
// Annex 2, "storage duration").
//
// Retention is recorded for an item by its own retention text, by a
// retention rule that lists its key, or by a statement that covers all the
// data: processing.scope.retention_summary, or a retention rule that
// lists no item keys (its data is named in words, which are not matched
// against the items). When the document records no retention at all, one
// finding at "inventory.retention" says so; otherwise one finding per
// processed item that nothing covers, at "inventory.items[i].retention".
// The cost is linear in the items and the keys the rules list.
func (v *validator) checkRetention() {
	inv := &v.a.Inventory
	processed := 0
	for i := range inv.Items {
		if inv.Items[i].isProcessed() {
			processed++
		}
	}
	if processed == 0 {
		return
	}
	general := !blankText(v.a.Processing.Scope.RetentionSummary) || !blankText(v.a.Processing.Nature.Deletion)
	anything := general || len(inv.Retention) > 0
	listed := 0
	for i := range inv.Retention {
		r := &inv.Retention[i]
		listed += len(r.Items)
		if len(r.Items) == 0 && (!blankText(r.Data) || !r.Period.IsZero()) {
			general = true
		}
	}
	if general {
		return
	}
	if !anything {
		for i := range inv.Items {
			if !blankText(inv.Items[i].Retention) {
				anything = true
				break
			}
		}
	}
	if !anything {
		v.add(ruleRetentionNotRecorded, "inventory.retention",
			"no retention period or rule is recorded for the "+countOf(processed, "processed data item")+
				": neither a retention rule, nor a retention answer, nor an item's own retention")
		return
	}
	keys := make(map[string]bool, listed)
	for i := range inv.Retention {
		for _, k := range inv.Retention[i].Items {
			if k = strings.TrimSpace(k); k != "" {
				keys[k] = true
			}
		}
	}
	for i := range inv.Items {
		it := &inv.Items[i]
		if !it.isProcessed() || !blankText(it.Retention) || keys[strings.TrimSpace(it.Key)] && !blankText(it.Key) {
			continue
		}
		why := "no retention rule lists its key " + quoted(it.Key)
		if blankText(it.Key) {
			why = "it has no key for a retention rule to list"
		}
		v.add(ruleRetentionNotRecorded, "inventory.items["+strconv.Itoa(i)+"].retention",
			"processed data item "+itemLabel(it)+" has no retention period: it states none and "+why)
	}
}

// checkItemPurposes applies DP030: every processed data item serves a
// recorded purpose (GDPR Art. 5(1)(b), (c): data adequate, relevant and
// limited to what is necessary in relation to the purposes).
//
// An item records its purpose by its purpose text, or by purpose_refs
// naming a purpose of processing.purposes by its id or its name. An item
// with neither is reported when the document lists more than one purpose:
// with one purpose, or purposes only in words, the item serves that
// purpose. An item whose purpose_refs name no purpose of the document,
// with no purpose text, is reported whatever the number of purposes. One
// finding per item, at "inventory.items[i].purpose" or
// "inventory.items[i].purpose_refs".
func (v *validator) checkItemPurposes() {
	purposes := v.a.Processing.Purposes
	names := make(map[string]bool, 2*len(purposes))
	for _, p := range purposes {
		for _, n := range []string{p.ID, p.Name} {
			if n = strings.TrimSpace(n); n != "" {
				names[strings.ToLower(n)] = true
			}
		}
	}
	for i := range v.a.Inventory.Items {
		it := &v.a.Inventory.Items[i]
		if !it.isProcessed() || !blankText(it.Purpose) {
			continue
		}
		at := "inventory.items[" + strconv.Itoa(i) + "]."
		if len(it.PurposeRefs) == 0 {
			if len(purposes) > 1 {
				v.add(ruleItemWithoutPurpose, at+"purpose",
					"processed data item "+itemLabel(it)+" serves no recorded purpose: it has no purpose and no purpose_refs, and the processing has "+
						countOf(len(purposes), "purpose"))
			}
			continue
		}
		served := false
		for _, ref := range it.PurposeRefs {
			if names[strings.ToLower(strings.TrimSpace(ref))] {
				served = true
				break
			}
		}
		if !served {
			v.add(ruleItemWithoutPurpose, at+"purpose_refs",
				"processed data item "+itemLabel(it)+" serves no recorded purpose: its purpose_refs name no purpose of processing.purposes and it has no purpose")
		}
	}
}

// checkInformed applies DP031: every group of data subjects has a record
// of how it is informed (GDPR Arts 13, 14; Art. 12(1)) or of the
// exemption relied on (Art. 13(4), Art. 14(5); Art. 23), which WP248
// rev.01 Annex 2 lists among the contents of an acceptable assessment
// ("information to the data subjects").
//
// The document records it for every group when necessity.information
// says how individuals are informed, processing.context.privacy_notice is
// Yes (the privacy notice covers the purpose), or the rights checklist
// explains the right to be informed (a necessity.rights row for it with a
// "how" or "limits" text). Otherwise each group
// with neither informed nor information_exemption is reported, at
// "inventory.subjects[i].informed"; a document with processed data and no
// subject group is reported once, at "necessity.information".
func (v *validator) checkInformed() {
	a := v.a
	if !blankText(a.Necessity.Information) || a.Processing.Context.PrivacyNotice == YesNoYes {
		return
	}
	for _, r := range a.Necessity.Rights {
		if r.Right == lawfulbasis.RightToBeInformed && (!blankText(r.How) || !blankText(r.Limits)) {
			return
		}
	}
	groups := a.Inventory.Subjects
	if len(groups) == 0 {
		for i := range a.Inventory.Items {
			if a.Inventory.Items[i].isProcessed() {
				v.add(ruleSubjectsNotInformed, "necessity.information",
					"the assessment does not record how individuals are informed of the processing (Arts 13, 14) or the exemption relied on (Art. 14(5))")
				return
			}
		}
		return
	}
	for i := range groups {
		g := &groups[i]
		if !blankText(g.Informed) || !blankText(g.InformationExemption) {
			continue
		}
		name := cited(g.Name)
		if blankText(g.Name) {
			name = "subjects[" + strconv.Itoa(i) + "]"
		}
		v.add(ruleSubjectsNotInformed, "inventory.subjects["+strconv.Itoa(i)+"].informed",
			"the group "+name+" has no record of how it is informed of the processing (Arts 13, 14) or of the exemption relied on (Art. 14(5))")
	}
}

// itemLabel names a data item in messages, quoted: its name, else its key,
// else "(unnamed)".
func itemLabel(it *DataItem) string {
	if n := itemName(it); !blankText(n) {
		return quoted(n)
	}
	return "(unnamed)"
}
