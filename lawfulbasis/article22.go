package lawfulbasis

// Article22Exception is an exception of GDPR Art. 22(2) to the right not to
// be subject to a decision based solely on automated processing, including
// profiling, which produces legal effects concerning the data subject or
// similarly significantly affects them (Art. 22(1)). The zero value ""
// means none is stated.
type Article22Exception string

const (
	// Article22ExceptionContract is Art. 22(2)(a): the decision is necessary for
	// entering into, or performing, a contract between the data subject
	// and the controller.
	Article22ExceptionContract Article22Exception = "contract"
	// Article22ExceptionLaw is Art. 22(2)(b): the decision is authorised by Union
	// or Member State law (UK: domestic law) which lays down suitable
	// safeguards.
	Article22ExceptionLaw Article22Exception = "authorised_by_law"
	// Article22ExceptionExplicitConsent is Art. 22(2)(c): the decision is based on
	// the data subject's explicit consent.
	Article22ExceptionExplicitConsent Article22Exception = "explicit_consent"
)

// article22ExceptionTable is the one table of the Article22Exception values,
// in order: their keys and labels. article22ExceptionAlias gives the other
// spellings ParseArticle22Exception accepts.
var article22ExceptionTable = keyTable{
	what:  "an Art. 22(2) exception (contract, authorised_by_law or explicit_consent)",
	unset: "Unknown Art. 22(2) exception",
	entries: []keyEntry{
		{string(Article22ExceptionContract), "Necessary for a contract (Art. 22(2)(a))"},
		{string(Article22ExceptionLaw), "Authorised by law (Art. 22(2)(b))"},
		{string(Article22ExceptionExplicitConsent), "Explicit consent (Art. 22(2)(c))"},
	},
}

// Label returns the exception as a reader would write it, with its point
// of Art. 22(2).
func (e Article22Exception) Label() string { return article22ExceptionTable.label(string(e)) }

// IsValid reports whether e is one of Article22ExceptionValues.
func (e Article22Exception) IsValid() bool { return article22ExceptionTable.valid(string(e)) }

// String returns the key, such as "explicit_consent"; "" for the zero value.
func (e Article22Exception) String() string { return string(e) }

// MarshalText encodes e as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (e Article22Exception) MarshalText() ([]byte, error) {
	return marshalKey(&article22ExceptionTable, string(e))
}

// UnmarshalText parses any spelling ParseArticle22Exception accepts; ""
// gives the zero value.
func (e *Article22Exception) UnmarshalText(text []byte) error {
	return unmarshalKey(e, text, ParseArticle22Exception)
}

// ParseArticle22Exception reads an exception of Art. 22(2): its key exactly,
// or, ignoring case, spaces and ASCII punctuation, its key, its label or a
// citation of its point: "22(2)(a)", "22.2.b", "Art. 22(2)(c)", or "law",
// "authorised by law", "authorized by law", "consent". A character other
// than ASCII and spaces within the text is an error, as are "" and any other
// text; errors are *ParseError.
func ParseArticle22Exception(text string) (Article22Exception, error) {
	return parseKey(&article22ExceptionTable, text, article22ExceptionAlias)
}

// Article22ExceptionValues lists the exceptions in the order of Art.
// 22(2). The slice is new on every call.
func Article22ExceptionValues() []Article22Exception {
	return keyValues[Article22Exception](&article22ExceptionTable)
}

// article22ExceptionAlias maps a normalised spelling (see normalizeKey) that
// is neither a key nor a label to its value, or returns "".
func article22ExceptionAlias(n string) Article22Exception {
	switch n {
	case "22a", "222a", "art222a", "article222a", "necessaryforacontract", "contractual":
		return Article22ExceptionContract
	case "22b", "222b", "art222b", "article222b", "law", "authorizedbylaw", "authorisedbylaw":
		return Article22ExceptionLaw
	case "22c", "222c", "art222c", "article222c", "consent":
		return Article22ExceptionExplicitConsent
	}
	return ""
}
