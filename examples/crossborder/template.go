package main

import (
	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// edition is the text of the processor's template in one language: the
// fictional Terminwerk GmbH keeps its template in English, French and
// German, so that each customer completes, signs and files it in its own
// language.
type edition struct {
	lang, service                      string
	title, banner, summary, reason     string
	collection, use, storage, deletion string
	booking, reminders                 string
	patients, staff, informed          string
	name, contact, speciality          string
	access, modification, loss         string
	encryption, roles, backups         string
	accessRisk, modificationRisk       string
	lossRisk                           string
	retention                          string
	guidanceBasis, guidanceViews       string
	guidanceSignOff, guidanceScale     string
}

// editions returns the template's text by BCP 47 tag.
func editions() map[string]edition {
	return map[string]edition{
		"en": {
			lang: "en", service: "Online booking and reminders",
			title:      "Terminwerk online booking: data protection impact assessment",
			banner:     "Terminwerk GmbH is a processor: each customer, as controller, completes, signs and keeps this assessment.",
			summary:    "Patients book, move and cancel appointments online; the service sends reminders by e-mail and text message.",
			reason:     "Health data (the appointment's speciality) of many patients, processed on a large scale by a processor.",
			collection: "Patients enter their name, contact details and the reason for the visit in the booking form.",
			use:        "The practice sees its appointments; reminders are sent 24 hours before each one.",
			storage:    "In Terminwerk's database in Frankfurt am Main, encrypted at rest.",
			deletion:   "Appointments are deleted 90 days after they took place.",
			booking:    "Booking appointments", reminders: "Appointment reminders",
			patients: "Patients", staff: "Practice staff",
			name: "Name", contact: "E-mail address and phone number", speciality: "Speciality of the appointment",
			informed: "The booking form links the practice's privacy notice before the first booking.",
			access:   "Illegitimate access to appointments", modification: "Unwanted modification of appointments",
			loss:             "Disappearance of appointments",
			encryption:       "TLS 1.3 in transit and AES-256 at rest",
			roles:            "Role-based access; each practice sees only its own patients",
			backups:          "Encrypted daily backups kept 30 days in a second data centre in Germany",
			accessRisk:       "Another practice's staff or an attacker reads a patient's appointments and learns of a health condition.",
			modificationRisk: "An appointment is moved or cancelled without the patient knowing, delaying care.",
			lossRisk:         "Appointments are lost, so that patients are not seen.",
			retention:        "Appointments and reminders",
			guidanceBasis:    "Choose the lawful basis among the candidates the processor lists, with the law it rests on.",
			guidanceViews:    "Record the views of your patients or their representatives, or why you did not seek them.",
			guidanceSignOff:  "Your DPO advises; you decide.",
			guidanceScale:    "How many patients book, and how many appointments a year.",
		},
		"fr": {
			lang: "fr", service: "Prise de rendez-vous en ligne et rappels",
			title:      "Prise de rendez-vous en ligne Terminwerk : analyse d’impact relative à la protection des données",
			banner:     "Terminwerk GmbH est sous-traitant : chaque client, responsable du traitement, complète, valide et conserve cette analyse.",
			summary:    "Les patients prennent, déplacent et annulent leurs rendez-vous en ligne ; le service envoie des rappels par courriel et SMS.",
			reason:     "Données de santé (la spécialité du rendez-vous) de nombreux patients, traitées à grande échelle par un sous-traitant.",
			collection: "Les patients saisissent leur nom, leurs coordonnées et le motif de la consultation dans le formulaire de réservation.",
			use:        "Le cabinet voit ses rendez-vous ; un rappel est envoyé 24 heures avant chacun d’eux.",
			storage:    "Dans la base de données de Terminwerk à Francfort-sur-le-Main, chiffrée au repos.",
			deletion:   "Les rendez-vous sont supprimés 90 jours après leur date.",
			booking:    "Prise de rendez-vous", reminders: "Rappels de rendez-vous",
			patients: "Patients", staff: "Personnel du cabinet",
			name: "Nom", contact: "Adresse électronique et numéro de téléphone", speciality: "Spécialité du rendez-vous",
			informed: "Le formulaire de réservation renvoie à la politique de confidentialité du cabinet avant la première réservation.",
			access:   "Accès illégitime aux rendez-vous", modification: "Modification non désirée des rendez-vous",
			loss:             "Disparition des rendez-vous",
			encryption:       "TLS 1.3 en transit et AES-256 au repos",
			roles:            "Accès par rôle ; chaque cabinet ne voit que ses propres patients",
			backups:          "Sauvegardes quotidiennes chiffrées conservées 30 jours dans un second centre de données en Allemagne",
			accessRisk:       "Le personnel d’un autre cabinet ou un attaquant lit les rendez-vous d’un patient et apprend une pathologie.",
			modificationRisk: "Un rendez-vous est déplacé ou annulé à l’insu du patient, ce qui retarde les soins.",
			lossRisk:         "Les rendez-vous sont perdus et les patients ne sont pas reçus.",
			retention:        "Rendez-vous et rappels",
			guidanceBasis:    "Choisissez la base légale parmi celles que propose le sous-traitant, avec le texte qui la fonde.",
			guidanceViews:    "Consignez l’avis de vos patients ou de leurs représentants, ou pourquoi il n’a pas été recueilli.",
			guidanceSignOff:  "Votre DPD rend son avis ; vous décidez.",
			guidanceScale:    "Combien de patients réservent, et combien de rendez-vous par an.",
		},
		"de": {
			lang: "de", service: "Online-Terminbuchung und Erinnerungen",
			title:      "Terminwerk Online-Terminbuchung: Datenschutz-Folgenabschätzung",
			banner:     "Die Terminwerk GmbH ist Auftragsverarbeiter: Jeder Kunde füllt diese Folgenabschätzung als Verantwortlicher aus, gibt sie frei und bewahrt sie auf.",
			summary:    "Patienten buchen, verschieben und stornieren Termine online; der Dienst erinnert per E-Mail und SMS.",
			reason:     "Gesundheitsdaten (die Fachrichtung des Termins) vieler Patienten, umfangreich durch einen Auftragsverarbeiter verarbeitet.",
			collection: "Patienten geben Name, Kontaktdaten und den Anlass des Besuchs im Buchungsformular ein.",
			use:        "Die Praxis sieht ihre Termine; 24 Stunden vor jedem Termin wird eine Erinnerung versandt.",
			storage:    "In der Datenbank der Terminwerk in Frankfurt am Main, im Ruhezustand verschlüsselt.",
			deletion:   "Termine werden 90 Tage nach ihrem Datum gelöscht.",
			booking:    "Terminbuchung", reminders: "Terminerinnerungen",
			patients: "Patienten", staff: "Praxispersonal",
			name: "Name", contact: "E-Mail-Adresse und Telefonnummer", speciality: "Fachrichtung des Termins",
			informed: "Das Buchungsformular verweist vor der ersten Buchung auf die Datenschutzhinweise der Praxis.",
			access:   "Unrechtmäßiger Zugang zu Terminen", modification: "Unerwünschte Änderung von Terminen",
			loss:             "Verschwinden von Terminen",
			encryption:       "TLS 1.3 bei der Übertragung und AES-256 im Ruhezustand",
			roles:            "Rollenbasierter Zugriff; jede Praxis sieht nur ihre eigenen Patienten",
			backups:          "Verschlüsselte tägliche Sicherungen, 30 Tage in einem zweiten Rechenzentrum in Deutschland aufbewahrt",
			accessRisk:       "Personal einer anderen Praxis oder ein Angreifer liest die Termine eines Patienten und erfährt von einer Erkrankung.",
			modificationRisk: "Ein Termin wird ohne Wissen des Patienten verschoben oder storniert, was die Behandlung verzögert.",
			lossRisk:         "Termine gehen verloren, sodass Patienten nicht behandelt werden.",
			retention:        "Termine und Erinnerungen",
			guidanceBasis:    "Wählen Sie die Rechtsgrundlage unter den vom Auftragsverarbeiter genannten, mit der Vorschrift, auf der sie beruht.",
			guidanceViews:    "Halten Sie den Standpunkt Ihrer Patienten oder ihrer Vertreter fest, oder warum er nicht eingeholt wurde.",
			guidanceSignOff:  "Ihr Datenschutzbeauftragter berät; Sie entscheiden.",
			guidanceScale:    "Wie viele Patienten buchen, und wie viele Termine im Jahr.",
		},
	}
}

// Fixed ids, so that every run writes the same documents.
var (
	templateID                       = uuid.MustParse("7b1d3c2e-9a40-4e57-8c61-0d2f4a6b8e10")
	accessID, modificationID, lossID = uuid.UUID{15: 1}, uuid.UUID{15: 2}, uuid.UUID{15: 3}
	encryptionID, rolesID, backupsID = uuid.UUID{15: 11}, uuid.UUID{15: 12}, uuid.UUID{15: 13}
)

// terminwerk is the processor, established in Bavaria, described in the
// edition e.
func terminwerk(e edition) dpia.Processor {
	return dpia.Processor{
		Party: dpia.Party{ID: "terminwerk", Name: "Terminwerk GmbH", Country: "DE", State: "DE-BY",
			Website: "https://terminwerk.example"},
		Service: e.service, Kind: dpia.ProcessorKindMain,
		Locations: []dpia.Location{{Country: "DE", Description: "Frankfurt am Main"}},
		Contract:  dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Terminwerk data processing agreement (GDPR Art. 28(3))"},
	}
}

// buildTemplate returns the processor's template in the edition e: its
// own parts answered, the customer's left as open items.
func buildTemplate(e edition, date dpiakit.Date) *dpia.Assessment {
	rate := func(l, s string) risk.Rating { return risk.Rating{Likelihood: l, Severity: s} }
	threat := func(id uuid.UUID, ref, title, desc string, cat risk.Category, measures ...uuid.UUID) risk.Risk {
		return risk.Risk{ID: id, Reference: ref, Title: title, Description: desc, Category: cat,
			Inherent: rate("significant", "significant"), Measures: measures, Effect: risk.Reduced,
			Residual: rate("limited", "significant")}
	}
	reg := risk.Register{Matrix: risk.CNIL4x4(),
		Risks: []risk.Risk{
			threat(accessID, "R1", e.access, e.accessRisk, risk.IllegitimateAccess, encryptionID, rolesID),
			threat(modificationID, "R2", e.modification, e.modificationRisk, risk.UnwantedModification, rolesID),
			threat(lossID, "R3", e.loss, e.lossRisk, risk.Disappearance, backupsID),
		},
		Measures: []risk.Measure{
			{ID: encryptionID, Title: e.encryption, Approved: risk.ApprovalYes, Risks: []uuid.UUID{accessID}},
			{ID: rolesID, Title: e.roles, Approved: risk.ApprovalYes, Risks: []uuid.UUID{accessID, modificationID}},
			{ID: backupsID, Title: e.backups, Approved: risk.ApprovalYes, Risks: []uuid.UUID{lossID}},
		},
	}
	for i := range reg.Risks {
		for _, r := range []*risk.Rating{&reg.Risks[i].Inherent, &reg.Risks[i].Residual} {
			if lv, err := reg.Matrix.RateText(r.Likelihood, r.Severity); err == nil {
				r.Overall = lv.Key
			}
		}
	}
	customer := dpia.PartyKindController
	return &dpia.Assessment{
		ID: templateID, Title: e.title, Banner: e.banner, Language: e.lang,
		Regime: dpiakit.EUGDPR, Method: dpia.MethodWP248, Date: date, Version: "2026.1",
		AuthoredBy: dpia.PartyKindProcessor,
		Parties:    dpia.Parties{Processors: []dpia.Processor{terminwerk(e)}},
		Need:       dpia.Need{Summary: e.summary, Reason: e.reason},
		Processing: dpia.Processing{
			Nature:    dpia.Nature{Collection: e.collection, Use: e.use, Storage: e.storage, Deletion: e.deletion},
			Purposes:  []dpia.Purpose{{ID: "booking", Name: e.booking}, {ID: "reminders", Name: e.reminders}},
			Locations: []dpia.Location{{Country: "DE", Description: "Frankfurt am Main"}},
			Security:  dpia.Security{Encryption: e.encryption, AccessControl: e.roles},
		},
		Inventory: dpia.Inventory{
			Items: []dpia.DataItem{
				{Key: "name", Name: e.name, Identifier: true, Processed: dpia.YesNoYes, PurposeRefs: []string{"booking", "reminders"}},
				{Key: "contact", Name: e.contact, Processed: dpia.YesNoYes, PurposeRefs: []string{"booking", "reminders"}},
				{Key: "speciality", Name: e.speciality, Special: lawfulbasis.Health, Processed: dpia.YesNoYes,
					PurposeRefs: []string{"booking"}},
			},
			Subjects: []dpia.SubjectGroup{
				{ID: "patients", Name: e.patients, Kind: dpia.SubjectKindPatients, Informed: e.informed},
				{ID: "staff", Name: e.staff, Kind: dpia.SubjectKindStaff, Informed: e.informed},
			},
			Retention: []dpia.RetentionRule{{Data: e.retention, Items: []string{"name", "contact", "speciality"},
				Period: dpia.Period{Amount: 90, Unit: dpia.PeriodUnitDays}}},
			TransfersDeclared: dpia.YesNoNo,
		},
		Necessity: dpia.Necessity{
			CandidateClaims: []lawfulbasis.Claim{
				{Purpose: "booking", Basis: lawfulbasis.Contract, Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
					ProfessionalSecrecy: true, Law: "the health care law of the customer's member state"},
			},
		},
		Risks:   reg,
		SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodWP248)},
		OpenItems: []dpia.OpenItem{
			{Path: "necessity.claims", Step: dpia.StepNecessity, Owner: customer, Guidance: e.guidanceBasis},
			{Path: "consultation", Step: dpia.StepConsultation, Owner: customer, Guidance: e.guidanceViews},
			{Path: "processing.scope.individuals", Step: dpia.StepProcessing, Owner: customer, Guidance: e.guidanceScale},
			{Path: "processing.scope.volume", Step: dpia.StepProcessing, Owner: customer, Guidance: e.guidanceScale},
			{Path: "sign_off.steps", Step: dpia.StepSignOff, Owner: customer, Guidance: e.guidanceSignOff},
			{Path: "review", Step: dpia.StepSignOff, Owner: customer, Guidance: e.guidanceSignOff},
		},
	}
}
