package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// inventory adds the data inventory of step 2 as tables: data items,
// subjects, the equality and vulnerability checklists, flows, access,
// systems, transfers and retention.
func (b *builder) inventory() {
	inv := b.a.Inventory
	b.sectionHeading("Data items", "inventory.items")
	b.guidance(inv.ItemsGuidance)
	items := newTable([]column{{"Data item", 4}, {"Category", 4}, {"Processed", 3}, {"Purpose", 5}, {"Details", 5}}, len(inv.Items))
	for _, it := range inv.Items {
		processed := cell{Text: b.yesNo(it.Processed)}
		items.row([]cell{
			{Text: it.Name},
			{Text: lines(b.t(label(it.Category)), b.specialLabel(it), flagText(it.CriminalOffence, b.t("Criminal offence data (Art. 10)")), flagText(it.Identifier, b.t("Directly identifying")))},
			processed,
			{Text: lines(it.Purpose, b.purposeNames(it.PurposeRefs))},
			{Text: lines(b.labelled("Source", it.Source), b.labelled("Subjects", b.subjectNames(it.Subjects)), b.labelled("Retention", it.Retention), it.Notes)},
		})
	}
	b.table(items, b.emptyMark("inventory.items"))

	if len(inv.Subjects) > 0 {
		b.sectionHeading("Data subjects", "inventory.subjects")
		t := newTable([]column{{"Group", 4}, {"Kind", 3}, {"Children", 2}, {"Vulnerable", 2}, {"Number", 3}, {"Notes", 4}}, len(inv.Subjects))
		for _, s := range inv.Subjects {
			t.row([]cell{u(s.Name), {Text: b.t(label(s.Kind))}, {Text: b.yesIf(s.Children)}, {Text: b.yesIf(s.Vulnerable)}, {Text: b.estimate(s.Count)},
				{Text: lines(b.labelled("Informed", s.Informed), b.labelled("Not informed under", s.InformationExemption), s.Notes)}})
		}
		b.table(t, "")
	}

	if len(inv.ProtectedCharacteristics) > 0 || inv.ProtectedCharacteristicsNotApplicable || !blank(inv.EqualityAssessment) {
		b.sectionHeading("Protected characteristics", "inventory.protected_characteristics")
		if inv.ProtectedCharacteristicsNotApplicable {
			b.note(b.t("Not applicable."))
		}
		if len(inv.ProtectedCharacteristics) > 0 {
			t := newTable([]column{{"Characteristic", 3}, {"Could be affected", 2}, {"How", 6}}, len(inv.ProtectedCharacteristics))
			for _, pc := range inv.ProtectedCharacteristics {
				t.row([]cell{{Text: b.t(label(pc.Characteristic))}, b.answerCell(pc.Affected), u(pc.Notes)})
			}
			b.table(t, "")
		}
		b.answer("Equality impact assessment", inv.EqualityAssessment, false, "")
	}

	if len(inv.VulnerableGroups) > 0 || inv.VulnerableGroupsNotApplicable {
		b.sectionHeading("Children and vulnerable groups", "inventory.vulnerable_groups")
		if inv.VulnerableGroupsNotApplicable {
			b.note(b.t("Not applicable."))
		}
		if len(inv.VulnerableGroups) > 0 {
			t := newTable([]column{{"Group", 3}, {"Included", 2}, {"How the processing may affect the group", 6}}, len(inv.VulnerableGroups))
			for _, vg := range inv.VulnerableGroups {
				t.row([]cell{{Text: b.t(label(vg.Group))}, b.answerCell(vg.Included), u(vg.Notes)})
			}
			b.table(t, "")
		}
	}

	if len(inv.Flows) > 0 {
		b.sectionHeading("Data flows", "inventory.flows")
		t := newTable([]column{{"Data", 4}, {"System and destination", 4}, {"Purpose", 4}, {"Frequency and transport", 3}, {"Identifiable", 2}}, len(inv.Flows))
		for _, f := range inv.Flows {
			t.row([]cell{
				{Text: lines(f.Category, b.labelled("Whose", f.Whose), b.labelled("Subjects", b.subjectNames(f.Subjects)), b.labelled("Type", f.InformationType))},
				{Text: lines(b.systemName(f.System), f.Destination, b.locations(f.Locations))},
				{Text: lines(f.Purpose, b.purposeNames(f.PurposeRefs))},
				{Text: lines(f.Frequency, f.Transport)},
				{Text: b.yesNo(f.Identifiable)},
			})
		}
		b.table(t, "")
	}

	if len(inv.Access) > 0 {
		b.sectionHeading("Access to the data", "inventory.access")
		t := newTable([]column{{"Who", 3}, {"Why", 3}, {"When", 2}, {"How, and how access is controlled", 4}, {"To what", 3}}, len(inv.Access))
		for _, r := range inv.Access {
			t.row([]cell{{Text: r.Who}, {Text: r.Why}, {Text: r.When}, {Text: r.How}, {Text: r.What}})
		}
		b.table(t, "")
	}

	if len(inv.Systems) > 0 {
		b.sectionHeading("Systems", "inventory.systems")
		t := newTable([]column{{"System", 3}, {"Description", 5}, {"Hosting", 2}, {"Data stored in", 3}, {"Supplier", 3}}, len(inv.Systems))
		for _, s := range inv.Systems {
			t.row([]cell{{Text: s.Name}, {Text: s.Description}, {Text: b.t(label(s.Hosting))}, {Text: b.locations(s.Locations)}, {Text: b.processorName(s.Supplier)}})
		}
		b.table(t, "")
	}

	b.transfers(inv)
	b.retention(inv.Retention)
	b.questions(inv.Questions, "inventory.questions")
}

// transfers adds the statement on transfers outside the UK or EEA and
// the restricted transfers.
func (b *builder) transfers(inv dpia.Inventory) {
	declared := b.yesNo(inv.TransfersDeclared)
	if declared == "" && blank(inv.TransfersStatement) && len(inv.Transfers) == 0 {
		return
	}
	b.sectionHeading("International transfers", "inventory.transfers")
	b.fields([]field{
		{Label: b.t("Transfers outside the UK or EEA"), Value: declared},
		{Label: b.t("Statement"), Value: inv.TransfersStatement},
	})
	if len(inv.Transfers) == 0 {
		return
	}
	t := newTable([]column{{"Destination", 2}, {"Recipient", 3}, {"Mechanism", 3}, {"From", 2}, {"Purpose and safeguards", 5}}, len(inv.Transfers))
	for _, tr := range inv.Transfers {
		mechanism := b.t(label(tr.Mechanism))
		if !blank(tr.MechanismText) && !strings.EqualFold(strings.TrimSpace(tr.MechanismText), mechanism) {
			mechanism = lines(mechanism, "“"+strings.TrimSpace(tr.MechanismText)+"”")
		}
		t.row([]cell{
			{Text: lines(b.loc.country(tr.Destination), b.labelled("Exported from", b.loc.country(tr.Origin)))},
			{Text: lines(b.processorName(tr.Recipient), b.recipientCertifications(tr.RecipientCertifications))},
			{Text: mechanism},
			{Text: lines(b.loc.date(tr.Date), b.labelled("Contract", b.loc.date(tr.ContractDate)))},
			{Text: lines(tr.Purpose, b.labelled("Occasional", b.t(label(tr.Occasional))), b.transferImpact(tr.ImpactAssessment), tr.Notes)},
		})
	}
	b.table(t, "")
}

// retention adds the retention rules.
func (b *builder) retention(rules []dpia.RetentionRule) {
	if len(rules) == 0 {
		return
	}
	b.sectionHeading("Retention", "inventory.retention")
	t := newTable([]column{{"Data", 4}, {"Kept for", 2}, {"From", 2}, {"Basis", 3}, {"Disposal", 2}, {"Purpose and notes", 3}}, len(rules))
	for _, r := range rules {
		basis := b.t(label(r.Basis.Kind))
		if !blank(r.Basis.Reference) {
			basis = joinNonBlank(": ", basis, r.Basis.Reference)
		}
		t.row([]cell{
			{Text: lines(r.Data, b.itemNames(r.Items))},
			{Text: r.Period.String()},
			{Text: r.Trigger},
			{Text: basis},
			{Text: r.Disposal},
			{Text: lines(r.Purpose, r.Notes)},
		})
	}
	b.table(t, "")
}

// specialLabel writes an item's special category: "Health (Art. 9(1))".
func (b *builder) specialLabel(it dpia.DataItem) string {
	if l := b.t(label(it.Special)); l != "" {
		return b.labelled("Special category", l)
	}
	return ""
}

// flagText returns text when on is true.
func flagText(on bool, text string) string {
	if on {
		return text
	}
	return ""
}

// purposeNames writes the names of the purposes with the given IDs; an ID
// the document does not define is written as it is.
func (b *builder) purposeNames(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		names = append(names, b.purposeName(id))
	}
	return b.labelled("Purposes", list(names))
}

// subjectNames writes the names of the subject groups with the given IDs.
func (b *builder) subjectNames(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if i, ok := b.look.find(b.look.subjects, id); ok && !blank(b.a.Inventory.Subjects[i].Name) {
			names = append(names, b.a.Inventory.Subjects[i].Name)
			continue
		}
		names = append(names, id)
	}
	return list(names)
}

// systemName writes the name of the system with the given ID, or the text
// itself when no system has that ID.
func (b *builder) systemName(id string) string {
	if i, ok := b.look.find(b.look.systems, id); ok {
		return b.a.Inventory.Systems[i].Name
	}
	return id
}

// processorName writes the name of the processor with the given ID, or
// the text itself when no processor has that ID.
func (b *builder) processorName(id string) string {
	if i, ok := b.look.find(b.look.processors, id); ok && !blank(b.a.Parties.Processors[i].Name) {
		return b.a.Parties.Processors[i].Name
	}
	return id
}

// itemNames writes the names of the data items with the given keys.
func (b *builder) itemNames(keys []string) string {
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		name := k
		if i, ok := b.look.find(b.look.items, k); ok {
			name = b.a.Inventory.Items[i].Name
		}
		names = append(names, name)
	}
	return b.labelled("Items", list(names))
}

// recipientCertifications lists a transfer recipient's certifications to
// the adequacy frameworks, one "Certified to ..." per line, or "".
func (b *builder) recipientCertifications(certs []lawfulbasis.FrameworkCertification) string {
	var out []string
	for _, c := range certs {
		if c.IsValid() {
			out = append(out, b.tf("Certified to the %s", b.t(c.Label())))
		}
	}
	return lines(out...)
}

// transferImpact writes a transfer's impact assessment on one line each:
// whether it was done, its date and reference, then its conclusion.
func (b *builder) transferImpact(tia dpia.TransferImpactAssessment) string {
	head := b.labelled("Transfer impact assessment", joinNonBlank(", ", b.t(label(tia.Done)), b.loc.date(tia.Date), tia.Reference))
	return lines(head, tia.Conclusion)
}
