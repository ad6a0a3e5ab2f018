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
package lawfulbasis
