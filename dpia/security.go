package dpia

// Security describes the technical and organisational security measures
// (GDPR Art. 32), backups and breach handling: a managed-service
// provider's "What technological and organisational security measures will
// be put in place...", "Is the data regularly backed up..." and "What
// happens in the event of a data breach or loss of data?", the security
// paragraphs written under the context question of the ICO template's
// step 2, and an NHS trust's answer under the sixth principle (integrity
// and confidentiality, GDPR Art. 5(1)(f)).
type Security struct {
	// Measures describes the security measures in place (GDPR Art. 32(1)).
	// Optional.
	Measures string `json:"measures,omitempty"`
	// Encryption describes encryption in transit and at rest ("AES256").
	// Optional.
	Encryption string `json:"encryption,omitempty"`
	// AccessControl describes how access is controlled, such as by an
	// access control policy; the typed rules are Inventory.Access.
	// Optional.
	AccessControl string `json:"access_control,omitempty"`
	// Training describes staff training (an NHS trust's "Is there a
	// training requirement for staff ...", or "All staff have completed
	// Data Security Awareness training"). Optional.
	Training string `json:"training,omitempty"`
	// Backups describes backups and their retention (GDPR Art. 32(1)(c):
	// restoring availability and access). Optional.
	Backups Backups `json:"backups,omitzero"`
	// BusinessContinuity describes continuity and disaster recovery, such
	// as certification to "BS 25999-2:2007". Optional.
	BusinessContinuity string `json:"business_continuity,omitempty"`
	// BreachProcess describes what happens in the event of a personal data
	// breach (GDPR Arts 33-34). Optional.
	BreachProcess string `json:"breach_process,omitempty"`
	// Questions holds custom questions about security. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// Backups describes how data is backed up, as a managed-service provider's
// assessment answers "Is the data regularly backed up...": daily, to a
// separate data centre, encrypted, "Back-ups are retained for 1 month",
// tested six-monthly.
type Backups struct {
	// Description describes the backup arrangements. Optional.
	Description string `json:"description,omitempty"`
	// Frequency says how often backups are taken ("daily", "nightly").
	// Optional.
	Frequency string `json:"frequency,omitempty"`
	// Locations lists where backups are stored. Optional.
	Locations []Location `json:"locations,omitempty"`
	// Retention is how long backups are kept ("retained for 1 month").
	// Optional.
	Retention Period `json:"retention,omitzero"`
	// Testing describes how restores are tested ("regular (6 monthly)
	// rolling programme"). Optional.
	Testing string `json:"testing,omitempty"`
}
