package render

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// enum is the shape of the model's enums: a stable key, a label and a
// validity test, with an unknown zero value.
type enum interface {
	comparable
	Label() string
	IsValid() bool
}

// label returns v's label, or "" for the zero value (nothing recorded). An
// invalid non-zero value prints its type's "unknown" label.
func label[T enum](v T) string {
	var zero T
	if v == zero {
		return ""
	}
	return v.Label()
}

// dateOr writes d, or text when d is zero; with both, text follows in
// brackets when it says more than the date ("31 August 2022 (August
// 2022)").
func (b *builder) dateOr(d dpiakit.Date, text string) string {
	text = strings.TrimSpace(text)
	switch {
	case d.IsZero():
		return text
	case text == "":
		return b.loc.date(d)
	}
	return b.loc.date(d) + " (" + text + ")"
}

// yesNo writes an answer, "" when unanswered.
func (b *builder) yesNo(a dpia.YesNo) string { return b.t(label(a)) }

// yesIf writes "Yes" for true and "" for false (not recorded).
func (b *builder) yesIf(on bool) string {
	if on {
		return b.t("Yes")
	}
	return ""
}

// person writes a person on one line: "Dana Whitfield, Director, Clinical
// Services, Vidacare Ltd, dana@vidacare.example, 0121 000 0000".
func person(p dpia.Person) string {
	return joinNonBlank(", ", p.Name, p.Position, p.Department, p.Organisation, p.Email, p.Phone)
}

// joinNonBlank joins the parts that are not blank, trimmed, with sep. It
// allocates only when two parts or more are joined.
func joinNonBlank(sep string, parts ...string) string {
	size, count, only := 0, 0, ""
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			size += len(p)
			count++
			only = p
		}
	}
	if count <= 1 {
		return only
	}
	var b strings.Builder
	b.Grow(size + (count-1)*len(sep))
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(p)
		}
	}
	return b.String()
}

// lines joins the parts that are not blank, one per line.
func lines(parts ...string) string { return joinNonBlank("\n", parts...) }

// estimate writes an estimate: its text, then the numbers when the text
// does not already hold them ("approximately 1200 patients per annum
// (1,200)").
func (b *builder) estimate(e dpia.Estimate) string {
	var n string
	switch {
	case e.Min > 0 && e.Max > 0 && e.Min != e.Max:
		n = b.tf("%s to %s", b.loc.thousands(e.Min), b.loc.thousands(e.Max))
	case e.Min > 0 && e.Max > 0:
		n = b.loc.thousands(e.Min)
	case e.Max > 0:
		n = b.tf("up to %s", b.loc.thousands(e.Max))
	case e.Min > 0:
		n = b.tf("at least %s", b.loc.thousands(e.Min))
	}
	text := strings.TrimSpace(e.Text)
	switch {
	case n == "":
		return text
	case text == "":
		return n
	}
	return text + " (" + n + ")"
}

// location writes a location: its description, then its country, in the
// output language, when the description does not name it (in that
// language or in English).
func (b *builder) location(l dpia.Location) string {
	desc := strings.TrimSpace(l.Description)
	country := b.loc.country(l.Country)
	lower := strings.ToLower(desc)
	switch {
	case country == "":
		return desc
	case desc == "":
		return country
	case strings.Contains(lower, strings.ToLower(country)),
		l.Country.Name() != "" && strings.Contains(lower, strings.ToLower(l.Country.Name())):
		return desc
	}
	return desc + " (" + country + ")"
}

// locations writes locations, one per line.
func (b *builder) locations(ls []dpia.Location) string {
	parts := make([]string, 0, len(ls))
	for _, l := range ls {
		parts = append(parts, b.location(l))
	}
	return lines(parts...)
}

// list writes items separated by "; ".
func list(items []string) string { return joinNonBlank("; ", items...) }

// webLink returns u, trimmed, when it is an http or https address worth
// linking, "" otherwise. Other schemes (javascript:, data:) are printed,
// never linked, and so are addresses whose text would mislead the reader
// about where the link leads:
//
//   - an address with user information before an "@"
//     ("https://www.nhs.uk@evil.example/" leads to evil.example; see
//     webAddress for what is printed);
//   - an address with a backslash, which browsers read as a slash
//     between host and path and other programs do not;
//   - an address holding white space, quotes, angle brackets, control
//     or format characters (the bidirectional controls among them, which
//     could reorder the address as shown), or that net/url cannot parse,
//     or without a host.
func webLink(u string) string {
	u = strings.TrimSpace(u)
	if _, _, ok := webAuthority(u); !ok {
		return ""
	}
	for _, r := range u {
		if r <= ' ' || strings.ContainsRune("\"'<>`\\", r) || unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zs, unicode.Zl, unicode.Zp) {
			return ""
		}
	}
	parsed, err := url.Parse(u)
	if err != nil || parsed.Host == "" || parsed.User != nil || parsed.Opaque != "" {
		return ""
	}
	if _, _, hasUser := userInfo(u); hasUser {
		return ""
	}
	return u
}

// webAuthority returns the authority of an http or https address (what
// follows "//" up to the first "/", "\\", "?" or "#", as browsers read
// it) and the rest of u, or false when u is not such an address.
func webAuthority(u string) (authority, rest string, ok bool) {
	lower := strings.ToLower(u)
	var after string
	switch {
	case strings.HasPrefix(lower, "https://"):
		after = u[len("https://"):]
	case strings.HasPrefix(lower, "http://"):
		after = u[len("http://"):]
	default:
		return "", "", false
	}
	end := strings.IndexAny(after, "/\\?#")
	if end < 0 {
		end = len(after)
	}
	return after[:end], after[end:], true
}

// userInfo splits the authority of an http or https address u at its
// last "@", as browsers do: the user information before it and the host
// (with its port) after it. hasUser is false when u is not such an
// address or names no user.
func userInfo(u string) (user, host string, hasUser bool) {
	authority, _, ok := webAuthority(strings.TrimSpace(u))
	if !ok {
		return "", "", false
	}
	at := strings.LastIndexByte(authority, '@')
	if at < 0 {
		return "", "", false
	}
	return authority[:at], authority[at+1:], true
}

// webAddress returns the text to print for the address u and the link
// to make of it (see webLink). The text is u as written, followed, for an
// address with user information, by a note naming the host it leads to:
// "https://www.nhs.uk@evil.example/ (not linked: this address leads to
// evil.example; “www.nhs.uk” before the “@” is a user name, not the
// site)". Both renderers print that text, so the reader of the PDF, which
// links nothing, is told as well.
func (b *builder) webAddress(u string) (text, href string) {
	if user, host, ok := userInfo(u); ok {
		if host == "" {
			host = b.t("no host")
		}
		return u + " " + b.tf("(not linked: this address leads to %s; “%s” before the “@” is a user name, not the site)", host, user), ""
	}
	return u, webLink(u)
}
