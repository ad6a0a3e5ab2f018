package main

import (
	"fmt"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// This file builds, in Go, the processor template that telehealth.json
// holds: the DPIA a telehealth vendor (the fictional Vidacare) publishes
// for its NHS customers. The vendor fills in its own sections, keeps its
// answers as it published them (defects included: the ratings "Low" and
// "High" that are not levels of the ICO scales, consent and legitimate
// interests without an Art. 9 condition, its director as DPO and
// approver), and marks the customer's sections as open items with
// guidance. Each customer instantiates the template
// ((*dpia.Assessment).Instantiate) and completes the open items;
// Completeness says what is left.

// vidacareBanner is the notice the vendor's DPIA prints on every page.
const vidacareBanner = "Please note: Vidacare is a data processor and when using our platform, it is your organisation's " +
	"responsibility to complete a DPIA. This document will help inform your inputs."

// consultationsPurpose is the ID of the one purpose of the processing.
const consultationsPurpose = "remote_consultations"

// buildTemplate returns Vidacare's processor template. Encoded with
// dpia.Encode it gives telehealth.json byte for byte.
func buildTemplate() *dpia.Assessment {
	t := &dpia.Assessment{
		Schema:       dpia.SchemaVersion,
		ID:           uuid.MustParse("00000000-0000-4000-8000-000000000001"),
		Title:        "Vidacare Data Protection Impact Assessment",
		Regime:       dpiakit.UKGDPR,
		Date:         dpiakit.Date{Year: 2021, Month: 5, Day: 6},
		AuthoredBy:   dpia.PartyKindProcessor,
		Banner:       vidacareBanner,
		Parties:      vidacareParties(),
		Need:         vidacareNeed(),
		Processing:   vidacareProcessing(),
		Inventory:    vidacareInventory(),
		Consultation: vidacareConsultation(),
		Necessity:    vidacareNecessity(),
		RiskContext: dpia.RiskContext{
			OutOfScope: "Events such as abusive communications between individuals are outside of scope.",
		},
		Risks:   vidacareRisks(),
		SignOff: vidacareSignOff(),
		Review:  dpia.Review{Owner: dpia.Person{Name: "Owen Pritchard", Position: "NHS Programme Lead"}},
		Attachments: []dpia.Link{{
			Title:       "Further detail",
			URL:         "https://vidacare.example/documents",
			Description: "Further detail can be found here",
		}},
	}
	t.OpenItems = vidacareOpenItems(t.SignOff.Rows)
	return t
}

// vidacareOpenItems lists what the template leaves open: the customer's
// identity, contract, DPO and contact; the number of individuals; the
// consultation of the customer's patients; the customer's choice of
// lawful basis; each row of the customer's own sign-off (guided by the
// ICO template's note for the row) and the next review. The number of
// individuals and the volume of data are left open by the vendor itself
// ("Dependent on contract", "We will update this statement following
// further trading experience"); the volume is Vidacare's to supply.
func vidacareOpenItems(signOff []dpia.SignOffRow) []dpia.OpenItem {
	customer := dpia.PartyKindController
	items := []dpia.OpenItem{
		{Path: "parties.controller", Owner: customer, Label: "Submitting controller details",
			Guidance: "Vidacare is a data processor and when using our platform, it is your organisation's responsibility to complete a DPIA. " +
				"This document will help inform your inputs."},
		{Path: "parties.processors[0].contract", Owner: customer, Label: "Contract with Vidacare Ltd",
			Guidance: "As part of our tendering process, all relevant GDPR documentation will be provided to the prospective data owner " +
				"for their review and approval."},
		{Path: "processing.scope.volume.max", Owner: dpia.PartyKindProcessor, Label: "How much data will you be collecting and using?",
			Guidance: "We will update this statement following further trading experience."},
		{Path: "processing.scope.individuals.max", Owner: customer, Label: "How many individuals are affected?",
			Guidance: "Dependent on contract."},
		{Path: "parties.dpo", Owner: customer, Label: "Subject/title of DPO",
			Guidance: "Your organisation's data protection officer, who advises on this DPIA and signs the \"DPO advice provided\" row " +
				"(GDPR Art. 35(2))."},
		{Path: "parties.contact", Owner: customer, Label: "Name of controller contact /DPO (delete as appropriate)",
			Guidance: "Your organisation's contact for this DPIA and for privacy concerns."},
		{Path: "consultation", Step: dpia.StepConsultation, Owner: customer, Label: "Consultation process",
			Guidance: "Describe when and how you will seek individuals' views – or justify why it's not appropriate to do so. " +
				"As part of our tendering process, all relevant GDPR documentation will be provided to the prospective data owner " +
				"for their review and approval."},
		{Path: "necessity.claims", Step: dpia.StepNecessity, Owner: customer, Label: "What is your lawful basis for processing?",
			Guidance: "Vidacare processes personal data as set out in the guidance given in Article 6 of the GDPR; the items it lists " +
				"as relevant, consent (Article 6 (1) (a)) and legitimate interests (Article 6 (1) (f)), are your candidates. " +
				"Choose your organisation's basis and, for the healthcare data, an Article 9 condition; a public authority " +
				"cannot rely on legitimate interests for its tasks."},
	}
	for i, row := range signOff {
		label := row.Label
		if label == "" {
			label = row.Kind.Label()
		}
		items = append(items, dpia.OpenItem{Path: fmt.Sprintf("sign_off.steps[%d]", i), Step: dpia.StepSignOff,
			Owner: customer, Label: label, Guidance: row.Notes})
	}
	return append(items, dpia.OpenItem{Path: "review", Step: dpia.StepSignOff, Owner: customer, Label: "Next review",
		Guidance: "When and by whom your organisation will next review this DPIA; the DPO should also review ongoing " +
			"compliance with DPIA (GDPR Art. 35(11))."})
}

// vidacareParties holds the template's "Submitting controller details" as
// written (the director's name under "Name of controller"), Vidacare and
// its video sub-processor.
func vidacareParties() dpia.Parties {
	uk := func(where string) []dpia.Location { return []dpia.Location{{Country: "GB", Description: where}} }
	return dpia.Parties{
		Controller: dpia.Party{Name: "Dana Whitfield"},
		Processors: []dpia.Processor{
			{
				Party: dpia.Party{ID: "vidacare", Name: "Vidacare Ltd", Website: "https://vidacare.example",
					Certifications: []dpia.Certification{{Scheme: dpia.CertificationSchemeCyberEssentials, Name: "Cyber Essential Certification",
						Number: "IASME-A-01234"}}},
				Service:   "Vidacare Connect health communications solution",
				Kind:      dpia.ProcessorKindMain,
				Locations: uk("All data is stored on UK based servers"),
			},
			{
				Party:     dpia.Party{ID: "streamwave", Name: "Streamwave", Notes: "fully compliant with GDPR"},
				Service:   "Video consultation service",
				Kind:      dpia.ProcessorKindSub,
				Parent:    "vidacare",
				Locations: uk("specified UK servers"),
				Contract: dpia.Contract{InPlace: dpia.YesNoYes,
					Notes: "Vidacare Ltd will only share data with those parties we have a contractual relationship for data processing with"},
			},
		},
		DPO:     dpia.Person{Name: "Dana Whitfield", Position: "Director", Email: "dana@vidacare.example"},
		Contact: dpia.Person{Email: "dana@vidacare.example"},
	}
}

func vidacareNeed() dpia.Need {
	return dpia.Need{
		Summary: "Vidacare Connect is an innovative health communications solution based upon the latest scalable, configurable " +
			"mobile app technology. It has been designed by senior NHS clinicians familiar with NHS infrastructure and requirements. " +
			"Our founders are medical consultants of 10 years standing in the Midlands, specialising in mental health, " +
			"pre-operative medicine, anaesthesia and surgical delivery.\n\n" +
			"The platform is focused around scheduled video and live chat consultations, file/photo sharing, shareable " +
			"post-appointment notes and secure messaging. The app is designed to be intuitive, hassle free and anyone who has used " +
			"a mobile phone will be comfortable using it. It includes browser-based appointment scheduling software, enabling " +
			"administrative staff to manage clinics on behalf of clinical staff, maximising clinic efficiency. There is also a " +
			"flexible browser-based video consultation alternative for clinicians who prefer to use existing Trust hardware for " +
			"remote consultations.",
		Reason: "Vidacare processes special categories of data such as individuals' Personal Identifying Information (PII), " +
			"i.e. name, age, address and healthcare data.\n\n" +
			"The need for a DPIA is the processing on a large scale of special categories of data for the use of the Vidacare " +
			"platform to:\n\n" +
			"- Issue SMS messages to patients' mobiles.\n" +
			"- Exchange and store emails, images/documents/files and chat messages between patients and clinicians.\n" +
			"- Enable video consultations (which can be recorded or stored as required by the data controller) between " +
			"clinicians and their patients.",
	}
}

func vidacareProcessing() dpia.Processing {
	return dpia.Processing{
		Nature: dpia.Nature{
			Collection: "PII data is collected and consent gained through the registration process for an individual patient. " +
				"Clinician email address and professional regulatory body number are provided by the commissioning organisation, " +
				"this 'white' list is used to validate registrations by clinicians.",
			Use: "Healthcare data is exchanged during a consultation between the patient and clinician. The video consultation " +
				"service is hosted by Streamwave who are fully compliant with GDPR. The video and audio communication is only " +
				"visible to participants on the call and is only recorded or stored on specified UK servers if commissioned by " +
				"the NHS organisation and consent is gained from the patient by the clinician.",
			Storage: "All data is stored on UK based servers under AES256 encryption and managed according to our Records " +
				"Management Policy, this details ownership, document retention protocol and other requirements.",
			Sources: "PII data is gained by explicit consent of the patient. Clinical data is gathered from both the clinician " +
				"and patient during the consultation.",
			Sharing: "Vidacare Ltd will only share data with those parties we have a contractual relationship for data " +
				"processing with and private individuals exercising their right to access personal data pertaining to them.",
			HighRiskTypes: "Sensitive data or data of a highly personal nature.",
		},
		Scope: dpia.Scope{
			SpecialCategoryNote: "It includes personal data but not criminal offence data.",
			Volume: dpia.Estimate{Text: "As Vidacare is a new company we have no history of volume use to inform this " +
				"question. However, volumes will be dependent upon the size of the contract with either the NHS or other " +
				"organisations. We will update this statement following further trading experience."},
			Frequency:        "Data will be collected and used on a daily basis once contracted.",
			RetentionSummary: "As per The Records Management Code of Practice for Health and Social Care 2016.",
			Individuals:      dpia.Estimate{Text: "Dependent on contract."},
			Geography:        "Typically the UK, but this will depend upon the specific contract.",
		},
		Context: dpia.Context{
			Relationship: "We are a consumer supplier of services to the NHS and other healthcare organisations.",
			Control: "Individuals will be able to exercise their data 'opt out' rights, they have the right to request that " +
				"we stop processing personal data for our legitimate interests and withdrawal of their consent.\n\n" +
				"As required by the Regulation, consent is easy to withdraw, Data subjects may request that Vidacare does not " +
				"process your personal data, at any time. Data subjects may contact us to withdraw your consent using the " +
				"contact details on our website.\n\n" +
				"https://vidacare.example",
			Expectations:          "Yes as explained prior to obtaining consent.",
			ChildrenOrVulnerable:  dpia.YesNoYes,
			PriorConcerns:         "None identified.",
			Novelty:               "No.",
			Technology:            "All of our software is the latest technology and meets current data protection requirements.",
			PublicConcern:         "None identified.",
			CodesAndCertification: "Vidacare has Cyber Essential Certification registration number IASME-A-01234.",
		},
		Purposes: []dpia.Purpose{{
			ID:   consultationsPurpose,
			Name: "Remote video consultations",
			Description: "The purpose of data processing is for the invitation, scheduling and enabling of remote video " +
				"consultation services between clinicians and patients.",
		}},
	}
}

func vidacareInventory() dpia.Inventory {
	const (
		fromPatient    = "PII data is gained by explicit consent of the patient."
		fromCommission = "Provided by the commissioning organisation"
		whiteList      = "this 'white' list is used to validate registrations by clinicians"
		exchanged      = "Exchanged and stored between patients and clinicians."
	)
	purposes := func() []string { return []string{consultationsPurpose} }
	patients := func() []string { return []string{"patients"} }
	clinicians := func() []string { return []string{"clinicians"} }
	both := func() []string { return []string{"patients", "clinicians"} }
	return dpia.Inventory{
		Items: []dpia.DataItem{
			{Key: "name", Name: "Name", Category: dpia.DataCategoryIdentity, Identifier: true,
				PurposeRefs: purposes(), Source: fromPatient, Subjects: patients()},
			{Key: "age", Name: "Age", Category: dpia.DataCategoryDemographic,
				PurposeRefs: purposes(), Source: fromPatient, Subjects: patients()},
			{Key: "address", Name: "Address", Category: dpia.DataCategoryContact, Identifier: true,
				PurposeRefs: purposes(), Source: fromPatient, Subjects: patients()},
			{Key: "health", Name: "Healthcare data", Category: dpia.DataCategoryHealth, Special: lawfulbasis.Health,
				PurposeRefs: purposes(),
				Source:      "Clinical data is gathered from both the clinician and patient during the consultation.",
				Subjects:    patients()},
			{Key: "email", Name: "Clinician email address", Category: dpia.DataCategoryContact, Identifier: true,
				Purpose: whiteList, PurposeRefs: purposes(), Source: fromCommission, Subjects: clinicians()},
			{Key: "professional_registration", Name: "Professional regulatory body number", Category: dpia.DataCategoryEmployment,
				Identifier: true, Purpose: whiteList, PurposeRefs: purposes(), Source: fromCommission, Subjects: clinicians()},
			{Key: "emails", Name: "Emails", Category: dpia.DataCategoryOther,
				PurposeRefs: purposes(), Subjects: both(), Notes: exchanged},
			{Key: "documents_files", Name: "Images/documents/files", Category: dpia.DataCategoryOther,
				PurposeRefs: purposes(), Subjects: both(), Notes: exchanged},
			{Key: "chat_messages", Name: "Chat messages", Category: dpia.DataCategoryOther,
				PurposeRefs: purposes(), Subjects: both(), Notes: exchanged},
			{Key: "video_consultation", Name: "Video and audio communication", Category: dpia.DataCategoryImagesRecordings,
				Identifier: true, PurposeRefs: purposes(), Subjects: both(),
				Notes: "Only visible to participants on the call and only recorded or stored on specified UK servers if " +
					"commissioned by the NHS organisation and consent is gained from the patient by the clinician."},
		},
		Subjects: []dpia.SubjectGroup{
			{ID: "patients", Name: "Patients", Kind: dpia.SubjectKindPatients},
			{ID: "clinicians", Name: "Clinicians", Kind: dpia.SubjectKindStaff},
		},
		TransfersDeclared:  dpia.YesNoNo,
		TransfersStatement: "We do not undertake international transfers, the entire platform is hosted on UK servers.",
		Retention: []dpia.RetentionRule{{
			Data: "All data",
			Basis: dpia.RetentionBasis{Kind: dpia.RetentionBasisKindCodeOfPractice,
				Reference: "Records Management Code of Practice for Health and Social Care 2016"},
			Notes: "As per The Records Management Code of Practice for Health and Social Care 2016.",
		}},
	}
}

func vidacareConsultation() dpia.Consultation {
	return dpia.Consultation{
		Summary: "As part of our tendering process, all relevant GDPR documentation will be provided to the prospective data " +
			"owner for their review and approval.",
		Stakeholders: []dpia.Consultee{{
			Who:  "Prospective data owner",
			Kind: dpia.ConsulteeKindCustomers,
			How:  "All relevant GDPR documentation will be provided for their review and approval",
			When: "As part of our tendering process",
		}},
	}
}

// vidacareNecessity keeps the vendor's two bases as claims, as its DPIA
// states them; Instantiate turns them into the customer's candidates.
func vidacareNecessity() dpia.Necessity {
	return dpia.Necessity{
		Claims: []lawfulbasis.Claim{
			{Purpose: consultationsPurpose, Basis: lawfulbasis.Consent},
			{Purpose: consultationsPurpose, Basis: lawfulbasis.LegitimateInterests},
		},
		BasisText: "Vidacare processes personal data as set out in the guidance given in Article 6 of the GDPR. The following " +
			"items are relevant:\n\n" +
			"- The data subject has given consent to the processing of his or her personal data for one or more specific " +
			"purposes (Article 6 (1) (a) (Consent)\n" +
			"- Processing is necessary for the purposes of the legitimate interests pursued by the controller or by a third " +
			"party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data " +
			"subject which require protection of personal data, in particular where the data subject is a child (Article 6 (1) " +
			"(f) (Legitimate Interest).",
		AchievesPurpose: "Yes.",
		Alternatives:    "No.",
		FunctionCreep: "We have designed and implemented controls, both in the system design and business practices, that can " +
			"limit function creep? Privacy is protected by the implementation of privacy safeguards directly into the core " +
			"architecture of our product, so that it would be difficult to intrude on privacy if used by others. Vidacare " +
			"manages any system development through its comprehensive project management framework and robust governance " +
			"processes to prevent misuse or cross use of data sets.",
		QualityMinimisation: "This is covered in our Data Quality policy. The availability of accurate and timely data is vital " +
			"for the safety of the people we care for and the safe and responsible running of our organisation. This policy " +
			"outlines the following procedures for ensuring data accuracy, minimizing the uses of data, correction of errors.",
		RightsNarrative: "Individuals have the right to request that we stop processing personal data for our legitimate " +
			"interests and withdrawal of their consent.\n\n" +
			"As required by Regulation, consent is easy to withdraw, Data subjects may request that Vidacare does not process " +
			"their personal data, at any time. They may contact Vidacare to withdraw your consent using the contact details on " +
			"the website, https://vidacare.example. There is also the option to withdraw consent at any time.",
		ProcessorCompliance: "Applying appropriate due diligence involving audit reviews, spot checks, policy for breaches and " +
			"escalation.",
		TransferSafeguards: "We do not undertake international transfers, the entire platform is hosted on UK servers. All " +
			"data are securely encrypted, whilst in transit and at rest. NB, in the event of a consultation occurring when a " +
			"clinician or patient is outside of the UK, data may be processed on the clinicians computer and a patient may " +
			"receive a text through a non UK network.",
	}
}

// vidacareRisks is the vendor's risk table on the ICO 3x3 matrix, with the
// ratings as the vendor gives them: likelihood "Low" and severity "High"
// (not levels of the ICO scales), overall "Low", each risk reduced to a
// residual "Low" by one approved measure.
func vidacareRisks() risk.Register {
	type row struct{ title, description, measure string }
	rows := []row{
		{"Malicious risks", "Attempts by malicious actors to intentionally breach security.",
			"Accredited Cyber security, latest security protocols, application of data security and protection policies."},
		{"Fraud", "Deliberate misuse or sabotage of systems, data by employees.",
			"Application of data security and protection policies. This will include for example, password complexity and " +
				"encryption. The consultation process requires mutual identification.  Full audit trails are captured."},
		{"Negligence risks", "Inappropriate and unintentional sharing of personal data by clinicians.",
			"Patient and clinician email addresses are withheld from the patient.  A clinician must use at least of two " +
				"pieces of PII to validate patient identity before a consultation can be scheduled.\n\n" +
				"A further validation step is undertaken by the clinician at the beginning of the video consultation. The " +
				"system displays two pieces of PII allowing the clinician to validate identity. The patient is also shown the " +
				"clinicians name and photograph allowing them to confirm identity.\n\n" +
				"Assigned owner for data security and protection.\n\n" +
				"Staff training and awareness of relevant policies.\n\n" +
				"Audits and spot checks."},
		{"Process risks", "Failure to update and / or apply relevant data security and protection policies (e.g. anti – " +
			"virus) to infrastructure (PC's, phones).",
			"Application of data quality and maintenance policy by both data owners and processors."},
	}
	reg := risk.Register{Matrix: risk.ICO3x3()}
	for i, r := range rows {
		riskID := uuid.MustParse(fmt.Sprintf("00000000-0000-4000-8000-%012d", 101+i))
		measureID := uuid.MustParse(fmt.Sprintf("00000000-0000-4000-8000-%012d", 201+i))
		reg.Risks = append(reg.Risks, risk.Risk{
			ID:          riskID,
			Title:       r.title,
			Description: r.description,
			Inherent:    risk.Rating{Likelihood: "Low", Severity: "High", Overall: "Low"},
			Measures:    []uuid.UUID{measureID},
			Effect:      risk.Reduced,
			Residual:    risk.Rating{Overall: "Low"},
		})
		reg.Measures = append(reg.Measures, risk.Measure{
			ID:          measureID,
			Description: r.measure,
			Approved:    risk.ApprovalYes,
			Risks:       []uuid.UUID{riskID},
		})
	}
	return reg
}

// vidacareSignOff fills the ICO template's sign-off rows as the vendor's
// table does: the director signs the measures and, as DPO, the advice;
// the co-founders decide on the advice and review the consultation.
func vidacareSignOff() dpia.SignOff {
	director := dpia.Person{Name: "Dana Whitfield", Position: "Director"}
	programmeLead := dpia.Person{Name: "Owen Pritchard", Position: "NHS Programme Lead"}
	may6 := dpiakit.Date{Year: 2021, Month: 5, Day: 6}
	may7 := dpiakit.Date{Year: 2021, Month: 5, Day: 7}

	steps := dpia.SignOffTemplate(dpia.MethodICO)
	sign := func(i int, p dpia.Person, on dpiakit.Date) {
		steps[i].Signer.Person = p
		steps[i].Date = on
	}
	sign(0, director, may6)
	sign(1, programmeLead, may6)
	sign(2, director, may6)
	steps[2].Decision, steps[2].Summary = dpia.DecisionProceed, "Processing can proceed."
	sign(3, dpia.Person{Name: "Priya Castellano", Position: "Co-founder"}, may7)
	steps[3].Comments = "Approved."
	sign(4, dpia.Person{Name: "Neil Ashdown", Position: "Co-founder"}, may7)
	steps[4].Comments = "Approved."
	sign(5, programmeLead, may7)
	steps[5].Label = "This DPIA will kept under review by"
	return dpia.SignOff{Rows: steps}
}
