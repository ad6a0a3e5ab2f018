// Package lawfulbasis is the legal vocabulary of dpiakit and the checks
// that use it: the lawful bases of GDPR Art. 6(1) (with UK GDPR
// Art. 6(1)(ea)), the special categories of Art. 9(1) and the conditions
// of Art. 9(2), the criminal offence data conditions of Art. 10, the
// conditions of Schedule 1 to the UK Data Protection Act 2018, and the
// data subject rights of Chapter III with the table of which rights apply
// under which basis (ICO lawful basis guidance).
//
// It models Regulation (EU) 2016/679 (EU GDPR) and the UK GDPR read with
// the Data Protection Act 2018 (DPA 2018), as summarised in the project's
// legal reference: each enum follows log/slog's Level (a named int with an
// unknown zero value, a stable snake_case String key, a human Label, the
// legal Code and Ref, and MarshalText/UnmarshalText), and each has a Parse
// function that accepts the spellings real DPIAs use ("Article 6 (1) (a)
// (Consent)", "UK-GDPR Article 9.2.h", "6.1.f", "legitimate interest",
// "Sch. 1 para 2") and rejects anything ambiguous or unknown with a
// *ParseError that quotes the input.
//
// Claim records the footing of one processing purpose; Check tests it
// against Facts about the processing and returns dpiakit.Findings from the
// catalogue listed by Rules (ids LB001 onwards), with paths relative to
// the claim. RightsForClaim adds to the table the rights that explicit
// consent under Art. 9(2)(a) brings (Arts 7(3), 17(1)(b), 20(1)(a)).
// DigitalConsentAge gives each Member State's age of digital consent
// under Art. 8(1), with its national source, and the United Kingdom's
// (DPA 2018 s9). Facts marked "(verify)" in the documentation, such as which
// Schedule 1 conditions need an appropriate policy document and the
// details of recognised legitimate interests, are documented defaults that
// callers should check against the current law.
//
// The package also holds the vocabularies a DPIA document refers to
// without owning them:
//
//   - Chapter V transfers: Country (ISO 3166-1 alpha-2 codes, with
//     IsEEA and EEACountries), TransferMechanism (Art. 45 adequacy, the
//     Art. 46 safeguards and Art. 47 binding corporate rules, the Art. 49
//     derogations; ValidFor says whether a mechanism holds under a regime
//     on a date), FrameworkCertification, and the EU and UK adequacy
//     decisions (AdequacyDecision, AdequacyDecisions, Adequate);
//     GDPRAppliedDate is the date of Art. 99(2).
//   - The principles of Art. 5(1)(a)-(f) and 5(2) (Principle).
//   - The exceptions of Art. 22(2) to the rule against solely automated
//     decisions (Article22Exception).
//   - The tests that make a DPIA required (Criterion, CriterionFamily):
//     Art. 35(3), the criteria of WP248 rev.01, and the lists of kinds of
//     processing that require a DPIA which supervisory authorities adopted
//     under Art. 35(4): the ICO's, and those of France (CNIL, délibération
//     n° 2018-327 of 11 October 2018, amended by n° 2019-011; 14 entries),
//     Germany (DSK Muss-Liste, version 1.1 of 17 October 2018; 17),
//     Ireland (DPC, 15 November 2018; 10), the Netherlands (Autoriteit
//     Persoonsgegevens, Staatscourant 2019, 64418; 17), Spain (AEPD, 6 May
//     2019; 11, under a two-criteria rule) and Italy (Garante, provvedimento
//     n. 467 of 11 October 2018, Allegato 1; 12). Each entry's constant
//     quotes the list's wording and its number there; the lists are
//     published at https://www.cnil.fr/sites/default/files/atoms/files/liste-traitements-aipd-requise.pdf,
//     https://www.datenschutzkonferenz-online.de/media/ah/20181017_ah_DSK_DSFA_Muss-Liste_Version_1.1_Deutsch.pdf,
//     https://www.dataprotection.ie/sites/default/files/uploads/2018-11/Data-Protection-Impact-Assessment.pdf,
//     https://www.autoriteitpersoonsgegevens.nl/uploads/imported/stcrt-2019-64418.pdf,
//     https://www.aepd.es/documento/listas-dpia-es-35-4.pdf and
//     https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/9058979.
//   - The protected characteristics of the Equality Act 2010 s4
//     (ProtectedCharacteristic), which UK DPIA templates record for
//     equality impact.
//
// These are string types whose values are the snake_case keys DPIA
// documents write ("eu_sccs_2021", "wp248_sensitive"; a Country is its
// code, "GB"), with "" meaning not stated. Each has one table driving
// String, Label, IsValid, its Values function and its Parse function,
// which accepts the key, the label and the spellings its documentation
// lists, ignoring case, spaces and punctuation, and returns a *ParseError
// for anything else.
//
// Sources: the GDPR, https://eur-lex.europa.eu/eli/reg/2016/679/oj; the
// UK GDPR and the Data Protection Act 2018,
// https://www.legislation.gov.uk/eur/2016/679/contents and
// https://www.legislation.gov.uk/ukpga/2018/12/contents; the Equality Act
// 2010, https://www.legislation.gov.uk/ukpga/2010/15/section/4.
package lawfulbasis
