package dpia

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// InstantiateOptions configures Assessment.Instantiate. The zero value is
// valid: a random ID, no date, no reference, the template's title.
type InstantiateOptions struct {
	// ID identifies the new assessment. The zero UUID asks Instantiate for
	// a fresh random one (uuid.New, version 4): the only randomness in the
	// package, and only when the caller leaves ID out. Pass an ID to get
	// reproducible output. Optional.
	ID uuid.UUID
	// Date is the new assessment's date. Optional: zero leaves it without
	// one (the template's date is the processor's).
	Date dpiakit.Date
	// Reference is the customer's own reference for the assessment.
	// Optional: empty leaves it without one (the template's reference is
	// the processor's).
	Reference string
	// Title replaces the template's title, such as the service's name
	// followed by the customer's ("video consultations at [trust]").
	// Optional: empty keeps the template's title.
	Title string
	// DPO is the customer's data protection officer, whose advice the
	// customer's step 7 records (GDPR Art. 35(2)). Optional: empty leaves
	// the assessment without a DPO, since the template's is the
	// processor's.
	DPO Person
	// Contact is the customer's contact for the assessment. Optional:
	// empty leaves it without one.
	Contact Person
	// Regime is the customer's regime: EU GDPR for a customer established
	// in the EEA, UK GDPR for one in the United Kingdom (each regime's
	// Art. 3), both for one subject to each. Optional: empty keeps the template's, which a processor
	// selling in both must then set per customer.
	Regime dpiakit.Regime
	// MemberStates lists the states whose residents the customer's
	// processing concerns (Processing.Scope.MemberStates), which decide
	// the supervisory authorities concerned and the age of digital
	// consent. Optional: empty keeps the template's.
	MemberStates []lawfulbasis.Country
	// Method is the assessment method the customer follows (the CNIL PIA
	// methodology for a French clinic, WP248 rev.01 Annex 2, the ICO
	// template, or its own): the instance declares it and its sign-off
	// rows become the rows that method requires (SignOffTemplate), since
	// the template's rows belong to the processor's method. MethodOwn
	// takes the rows of the template's OwnMethod. Optional: empty keeps
	// the template's method and rows.
	Method Method
	// Language is the BCP 47 tag of the language the customer writes its
	// answers in ("fr", "de-DE"), which the instance declares
	// (Assessment.Language) and which a renderer may be asked to print its
	// headings in. Optional: empty keeps the template's.
	Language string
}

// Instantiate returns a draft assessment for one customer of the processor
// template a: a deep copy (changing the instance never changes the
// template, nor the reverse) in which
//
//   - the identity is the instance's own: ID, Date and Reference from opts
//     (a random ID when opts.ID is zero), Title from opts when given,
//     status draft, authored by the controller, and no version, revisions
//     or date text;
//   - the controller is controller, and the DPO and contact are opts.DPO
//     and opts.Contact: the template's were the processor's people;
//   - the regime and the member states concerned are the customer's when
//     opts gives them, so that one template serves customers under EU
//     GDPR and under UK GDPR, in different states;
//   - the sign-off is cleared: each row keeps its kind, label and note and
//     loses the rest (signer, date, decision, summary, comments, reasons),
//     for the customer's own sign-off (ICO DPIA template step 7; GDPR
//     Art. 35(2));
//   - the review plan loses its next review date and owner, and the
//     outcomes who completed the assessment and when: these are the
//     customer's decisions;
//   - the template is linked: an attachment names it with its title,
//     version and ID;
//   - the sections the template leaves to the controller start blank: the
//     answers under each open item owned by [PartyKindController] are cleared,
//     whatever the processor wrote there (its own consultation, its DPO's
//     agreement, a placeholder controller), keeping the form: custom
//     questions keep their wording and guidance, sign-off rows their kind
//     and note, role rows their title. When such an item covers
//     Necessity.Claims, the processor's claims are first appended to the
//     candidate claims: a processor acts on the controller's instructions
//     (GDPR Art. 28(3)(a)) and cannot choose the controller's lawful basis,
//     so its claims become choices;
//   - everything else the processor wrote is kept: the banner (renderers
//     print it), the open items (Completeness evaluates them), the
//     candidate claims for the customer to choose from (the customer moves
//     the chosen ones into Necessity.Claims), the processor's answers in
//     its own sections (the items it owns stay as they are), the risk
//     register, the custom questions.
//
// It fails when a is not a valid template (CheckTemplate: wrapping
// ErrNotTemplate when a processor did not write it), when a custom
// question of a is nested deeper than a document holds (CheckNesting: a
// *NestingError naming its path) or when controller has no name.
func (a *Assessment) Instantiate(controller Party, options *InstantiateOptions) (*Assessment, error) {
	var opts InstantiateOptions
	if options != nil {
		opts = *options
	}
	if err := a.CheckTemplate(); err != nil {
		return nil, rewrap("dpia: instantiate: ", err)
	}
	if err := a.CheckNesting(); err != nil {
		return nil, rewrap("dpia: instantiate: ", err)
	}
	if strings.TrimSpace(controller.Name) == "" {
		return nil, errors.New("dpia: instantiate: the controller has no name")
	}
	out, err := deepCopy(*a)
	if err != nil {
		return nil, rewrap("dpia: instantiate: ", err)
	}
	if err := clearControllerSections(&out); err != nil {
		return nil, rewrap("dpia: instantiate: ", err)
	}

	out.ID = opts.ID
	if out.ID == uuid.Nil {
		out.ID = uuid.New()
	}
	if opts.Title != "" {
		out.Title = opts.Title
	}
	out.Reference = opts.Reference
	out.Date = opts.Date
	out.DateText = ""
	out.Version = ""
	out.Revisions = nil
	out.Status = StatusDraft
	out.AuthoredBy = PartyKindController

	if out.Parties.Controller, err = deepCopy(controller); err != nil {
		return nil, rewrap("dpia: instantiate: controller: ", err)
	}
	out.Parties.DPO = opts.DPO
	out.Parties.Contact = opts.Contact
	if opts.Regime != dpiakit.RegimeUnknown {
		if !opts.Regime.IsValid() {
			return nil, fmt.Errorf("dpia: instantiate: regime %d is not EU GDPR, UK GDPR or both", int(opts.Regime))
		}
		out.Regime = opts.Regime
	}
	if len(opts.MemberStates) > 0 {
		for i, c := range opts.MemberStates {
			if !c.IsValid() {
				return nil, fmt.Errorf("dpia: instantiate: member_states[%d]: %q is not a country", i, c)
			}
		}
		out.Processing.Scope.MemberStates = slices.Clone(opts.MemberStates)
	}

	if err := instantiateMethod(&out, opts); err != nil {
		return nil, err
	}
	if err := clearAnswers(reflect.ValueOf(&out.SignOff.Rows).Elem()); err != nil {
		return nil, rewrap("dpia: instantiate: sign_off.steps: ", err)
	}
	out.Review.NextReview = dpiakit.Date{}
	out.Review.NextReviewText = ""
	out.Review.Owner = Person{}
	out.Outcomes.CompletedBy = Person{}
	out.Outcomes.CompletedOn = dpiakit.Date{}
	out.Outcomes.CompletedText = ""

	out.Attachments = append(out.Attachments, templateLink(a, out.Language))
	return &out, nil
}

// instantiateMethod sets the customer's method and language of opts on
// out: the method with the rows it requires, the language as a BCP 47 tag.
func instantiateMethod(out *Assessment, opts InstantiateOptions) error {
	if opts.Language != "" {
		tag, err := language.Parse(opts.Language)
		if err != nil {
			return fmt.Errorf("dpia: instantiate: language %q is not a BCP 47 tag: %w", opts.Language, err)
		}
		out.Language = tag.String()
	}
	if opts.Method == "" {
		return nil
	}
	if !opts.Method.IsValid() {
		return fmt.Errorf("dpia: instantiate: method %q is not one of %v", string(opts.Method), Values[Method]())
	}
	out.Method = opts.Method
	if opts.Method == MethodOwn {
		if len(out.OwnMethod.Rows) == 0 {
			return errors.New("dpia: instantiate: method own: the template's own_method declares no rows for the customer to follow")
		}
		out.SignOff.Rows = slices.Clone(out.OwnMethod.Rows)
		return nil
	}
	out.SignOff.Rows = SignOffTemplate(opts.Method)
	return nil
}

// clearControllerSections clears the answers the controller-owned open
// items of a cover, keeping the form, after moving the processor's own
// lawful-basis claims into the candidates when the controller is to
// choose the claims. It fails only on a value clearAnswers refuses.
func clearControllerSections(a *Assessment) error {
	items := a.OpenItemsFor(PartyKindController)
	if slices.ContainsFunc(items, func(it OpenItem) bool { return it.Covers("necessity.claims") }) {
		a.Necessity.CandidateClaims = append(a.Necessity.CandidateClaims, a.Necessity.Claims...)
		a.Necessity.Claims = nil
	}
	root := reflect.ValueOf(a).Elem()
	for _, it := range items {
		v, err := lookupDocPath(root, it.Path)
		if err == nil && v.IsValid() && v.CanSet() {
			if err := clearAnswers(v); err != nil {
				return rewrap(it.Path+": ", err)
			}
		}
	}
	return nil
}

// templateLink returns the attachment by which an instance names its
// template.
//
// The link is text of the instance, so it is written in the instance's
// language (Assessment.Language) where that is French or German, and in
// English otherwise.
func templateLink(a *Assessment, lang string) Link {
	words := templateLinkWords(lang)
	title := a.Title
	if title == "" {
		title = words[0]
	}
	var details []string
	if a.Version != "" {
		details = append(details, words[1]+" "+a.Version)
	}
	if a.ID != uuid.Nil {
		details = append(details, "id "+a.ID.String())
	}
	desc := words[3]
	if len(details) > 0 {
		desc += " (" + strings.Join(details, ", ") + ")"
	}
	return Link{Title: title + " (" + words[2] + ")", Description: desc + "."}
}

// templateLinkWords returns the words of the template link in the
// language of the BCP 47 tag lang: untitled, version, the processor
// template, and the sentence that describes it.
func templateLinkWords(lang string) [4]string {
	base, _ := language.Make(lang).Base()
	switch base.String() {
	case "fr":
		return [4]string{"Sans titre", "version", "modèle du sous-traitant",
			"Le modèle d’AIPD du sous-traitant dont cette analyse est issue"}
	case "de":
		return [4]string{"Ohne Titel", "Version", "Vorlage des Auftragsverarbeiters",
			"Die DSFA-Vorlage des Auftragsverarbeiters, aus der diese Folgenabschätzung erstellt wurde"}
	}
	return [4]string{"Untitled", "version", "processor template",
		"The processor's DPIA template this assessment was instantiated from"}
}
