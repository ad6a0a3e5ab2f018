// Command crossborder shows one processor's template serving customers in
// several countries: the fictional Terminwerk GmbH, a Bavarian processor
// of online appointment booking, keeps its DPIA template in English,
// French and German, and instantiates it
//
//   - for a medical centre in Lyon, under the EU GDPR and the CNIL PIA
//     methodology, in French: the CNIL leads, the CNIL's three risks are
//     rated on its gauges, the parts are evaluated, and the DPO's opinion,
//     the patients' views and the centre's decision are signed;
//
//   - for a charity in Cologne, under the EU GDPR and the WP248 rev.01
//     Annex 2 criteria, in German: a draft whose DPO has yet to advise, so
//     the findings show what is left, named in German;
//
//   - for a physiotherapy practice in Belfast that also treats patients
//     resident in Ireland, under both the UK GDPR and the EU GDPR (Art. 3
//     of each) and the ICO's template, in English: each finding says which
//     law it holds under, the transfer to the processor in Germany is
//     judged from the UK side, and both the ICO and the Irish authority
//     are named.
//
//     go run ./examples/crossborder [-out DIR] [-today YYYY-MM-DD]
//
// It validates each document under its own regime and method, prints a
// summary of the findings, and writes each as PDF, HTML and JSON, in its
// language, into DIR (default ./out/crossborder).
package main

import (
	"io"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/examples/internal/scenario"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func main() { scenario.Main("crossborder", run) }

// templateDate is the date of the processor's template.
var templateDate = dpiakit.Date{Year: 2026, Month: 1, Day: 12}

// run builds the template in each language, instantiates it for the three
// customers, completes what each customer has done, and renders them.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	eds := editions()
	lyon, err := lyonCentre(eds["fr"], today)
	if err != nil {
		return err
	}
	cologne, err := cologneCharity(eds["de"], today)
	if err != nil {
		return err
	}
	belfast, err := belfastPractice(eds["en"], today)
	if err != nil {
		return err
	}
	return scenario.Render(w, outDir, today,
		scenario.Document{Name: "terminwerk-template", Assessment: buildTemplate(eds["en"], templateDate)},
		scenario.Document{Name: "lyon-cnil-fr", Assessment: lyon, Language: language.French},
		scenario.Document{Name: "cologne-wp248-de", Assessment: cologne, Language: language.German},
		scenario.Document{Name: "belfast-eu-uk-en", Assessment: belfast, Language: language.BritishEnglish})
}

// signed returns the rows of the method, each signed by who on date.
func signed(rows []dpia.SignOffRow, date dpiakit.Date, who func(dpia.SignOffKind) dpia.Signer) []dpia.SignOffRow {
	for i := range rows {
		rows[i].Signer, rows[i].Date = who(rows[i].Kind), date
		switch rows[i].Kind {
		case dpia.SignOffKindDPOAdvice:
			rows[i].Decision = dpia.DecisionProceed
		case dpia.SignOffKindDPOAdviceDecision:
			rows[i].Decision = dpia.DecisionAccepted
		case dpia.SignOffKindConsultationReviewed:
			rows[i].DepartsFromViews = dpia.YesNoNo
		default:
			rows[i].Decision = dpia.DecisionApproved
		}
	}
	return rows
}

// lyonCentre is the French customer's assessment, complete and signed.
func lyonCentre(e edition, today dpiakit.Date) (*dpia.Assessment, error) {
	a, err := buildTemplate(e, templateDate).Instantiate(
		dpia.Party{ID: "tilleuls", Name: "Centre médical des Tilleuls", Country: "FR", Address: "Lyon"},
		&dpia.InstantiateOptions{ID: uuid.MustParse("1c4e0a52-7d63-4b8e-9f21-3a5c6e7d8f90"), Date: today,
			Reference: "AIPD-2026-04", Regime: dpiakit.EUGDPR, MemberStates: []lawfulbasis.Country{"FR"},
			Method: dpia.MethodCNIL, Language: "fr",
			DPO: dpia.Person{Name: "Camille Roche", Position: "Déléguée à la protection des données"}})
	if err != nil {
		return nil, err
	}
	claim := a.Necessity.CandidateClaims[0]
	claim.Law = "Code de la santé publique, article L. 1110-4"
	a.Necessity.Claims = []lawfulbasis.Claim{claim,
		{Purpose: "reminders", Basis: lawfulbasis.Contract}}
	a.Necessity.AchievesPurpose = "Oui : la prise de rendez-vous en ligne réduit l’attente au téléphone."
	a.Processing.Scope.Individuals = dpia.Estimate{Text: "environ 12 000 patients", Min: 12000, Max: 12000}
	a.Processing.Scope.Volume = dpia.Estimate{Text: "environ 40 000 rendez-vous par an"}
	a.Necessity.Rights = rightsSupported(false)
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoYes,
		Views:        "Le comité des usagers demande des rappels par SMS et la suppression rapide des rendez-vous passés.",
		Stakeholders: []dpia.Consultee{{Who: "Comité des usagers", Kind: dpia.ConsulteeKindRepresentatives}}}
	a.Evaluations = []dpia.Evaluation{
		{Part: "Contexte", Status: dpia.EvaluationStatusAcceptable, Evaluator: a.Parties.DPO, Date: today},
		{Part: "Principes fondamentaux", Status: dpia.EvaluationStatusAcceptable, Evaluator: a.Parties.DPO, Date: today},
		{Part: "Risques", Status: dpia.EvaluationStatusToImprove, Comment: "Les rappels SMS révèlent la spécialité.",
			CorrectiveAction: "Rappels sans mention de la spécialité.", Evaluator: a.Parties.DPO, Date: today},
	}
	director := dpia.Signer{Person: dpia.Person{Name: "Dr Hélène Marchand", Position: "Directrice"}}
	a.SignOff.Rows = signed(a.SignOff.Rows, today, func(k dpia.SignOffKind) dpia.Signer {
		if k == dpia.SignOffKindDPOAdvice {
			return dpia.Signer{Person: a.Parties.DPO, Role: dpia.RoleDPO}
		}
		return director
	})
	for i, r := range a.SignOff.Rows {
		if r.Kind == dpia.SignOffKindDataSubjectsOpinion {
			a.SignOff.Rows[i].Summary = a.Consultation.Views
		}
	}
	a.Review = dpia.Review{Owner: a.Parties.DPO, NextReview: dpiakit.Date{Year: today.Year + 1, Month: today.Month, Day: 1}}
	return a, nil
}

// cologneCharity is the German customer's draft: its basis chosen and its
// patients consulted, the DPO's advice and the decision still to come.
func cologneCharity(e edition, today dpiakit.Date) (*dpia.Assessment, error) {
	a, err := buildTemplate(e, templateDate).Instantiate(
		dpia.Party{ID: "rheinaue", Name: "Nachbarschaftshilfe Rheinaue e.V.", Country: "DE", State: "DE-NW", Address: "Köln"},
		&dpia.InstantiateOptions{ID: uuid.MustParse("2d5f1b63-8e74-4c9f-a032-4b6d7f8e9a01"), Date: today,
			Reference: "DSFA-07", Regime: dpiakit.EUGDPR, MemberStates: []lawfulbasis.Country{"DE"},
			Method: dpia.MethodWP248, Language: "de",
			DPO: dpia.Person{Name: "Jonas Weber", Position: "Datenschutzbeauftragter"}})
	if err != nil {
		return nil, err
	}
	claim := a.Necessity.CandidateClaims[0]
	claim.Law = "SGB V § 73; BDSG § 22 Abs. 1 Nr. 1 Buchst. b"
	a.Necessity.Claims = []lawfulbasis.Claim{claim, {Purpose: "reminders", Basis: lawfulbasis.Contract}}
	a.Necessity.AchievesPurpose = "Ja: Online-Buchung entlastet die Telefonzeiten der Beratungsstelle."
	a.Processing.Scope.Individuals = dpia.Estimate{Text: "etwa 800 Klienten", Min: 800, Max: 800}
	a.Processing.Scope.Volume = dpia.Estimate{Text: "etwa 3.000 Termine im Jahr"}
	a.Necessity.Rights = rightsSupported(false)
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo,
		NotSoughtReason: "Die Klienten werden nach drei Monaten Betrieb befragt; bis dahin gibt es keine Nutzer."}
	return a, nil
}

// belfastPractice is the assessment of a practice under both laws: the UK
// GDPR by its establishment, the EU GDPR by the care it offers residents
// of Ireland (GDPR Art. 3(2)(a)).
func belfastPractice(e edition, today dpiakit.Date) (*dpia.Assessment, error) {
	a, err := buildTemplate(e, templateDate).Instantiate(
		dpia.Party{ID: "harbourside", Name: "Harbourside Physiotherapy Ltd", Country: "GB", Address: "Belfast",
			Representative: dpia.Representative{Name: "Liffey Representation Ltd", Country: "IE", Address: "Dublin"}},
		&dpia.InstantiateOptions{ID: uuid.MustParse("3e6a2c74-9f85-4da0-b143-5c7e8f9a0b12"), Date: today,
			Reference: "HP-DPIA-3", Regime: dpiakit.EUAndUKGDPR, MemberStates: []lawfulbasis.Country{"IE"},
			Method: dpia.MethodICO, Language: "en-GB",
			DPO: dpia.Person{Name: "Niamh Byrne", Position: "Data Protection Officer"}})
	if err != nil {
		return nil, err
	}
	claim := a.Necessity.CandidateClaims[0]
	claim.Law = "Health and Social Care (Reform) Act (Northern Ireland) 2009; Health Act 1970 (Ireland)"
	claim.Schedule1 = []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare}
	a.Necessity.Claims = []lawfulbasis.Claim{claim, {Purpose: "reminders", Basis: lawfulbasis.Contract}}
	a.Necessity.AchievesPurpose = "Yes: patients from both sides of the border book without phoning."
	a.Processing.Scope.Individuals = dpia.Estimate{Text: "about 2,500 patients", Min: 2500, Max: 2500}
	a.Processing.Scope.Volume = dpia.Estimate{Text: "about 9,000 appointments a year"}
	// Teenagers book their own sports-injury appointments and consent to
	// reminders: 13 is old enough under the UK GDPR (DPA 2018 s9), not in
	// Ireland (16), so the EU GDPR run asks for the parents' consent.
	a.Processing.Context.OnlineService = dpia.YesNoYes
	a.Processing.Context.Children = dpia.YesNoYes
	a.Processing.Context.YoungestAge = 13
	a.Necessity.Claims[1].Basis = lawfulbasis.Consent
	a.Necessity.Rights = rightsSupported(true)
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoYes,
		Views:        "The patient panel asked for reminders that do not name the treatment.",
		Stakeholders: []dpia.Consultee{{Who: "Patient panel", Kind: dpia.ConsulteeKindRepresentatives}}}
	// From the UK, the data goes to the processor in Germany under the
	// UK's adequacy regulations; the EU GDPR does not see a transfer.
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	a.Inventory.Transfers = []dpia.Transfer{{Origin: "GB", Destination: "DE", Recipient: "terminwerk",
		Mechanism: lawfulbasis.TransferMechanismAdequacy}}
	owner := dpia.Signer{Person: dpia.Person{Name: "Ciaran Doyle", Position: "Practice Director"}}
	a.SignOff.Rows = signed(a.SignOff.Rows, today, func(k dpia.SignOffKind) dpia.Signer {
		if k == dpia.SignOffKindDPOAdvice || k == dpia.SignOffKindKeptUnderReview {
			return dpia.Signer{Person: a.Parties.DPO, Role: dpia.RoleDPO}
		}
		return owner
	})
	a.Review = dpia.Review{Owner: a.Parties.DPO, NextReview: dpiakit.Date{Year: today.Year + 1, Month: today.Month, Day: 1}}
	return a, nil
}

// rightsSupported is the rights checklist the customers share: the rights
// the contract basis gives, each supported through the booking service,
// and the withdrawal of consent where consent is a basis (Art. 7(3)).
func rightsSupported(consent bool) []dpia.RightSupport {
	rights := []lawfulbasis.Right{lawfulbasis.RightToBeInformed, lawfulbasis.RightOfAccess,
		lawfulbasis.RightToRectification, lawfulbasis.RightToErasure, lawfulbasis.RightToRestriction,
		lawfulbasis.RightToPortability}
	if consent {
		rights = append(rights, lawfulbasis.RightToWithdrawConsent)
	}
	var out []dpia.RightSupport
	for _, r := range rights {
		out = append(out, dpia.RightSupport{Right: r, Supported: dpia.YesNoYes})
	}
	return out
}
