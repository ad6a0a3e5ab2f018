package richtext

import (
	"net/url"
	"strconv"
	"strings"
)

// checkHref returns the address a link keeps: href without the white
// space around it, when it is an absolute http or https URL with a host,
// or a mailto URL with an address. Otherwise it returns "" and what to
// report, naming the scheme but not the address.
func checkHref(href string) (kept, problem string) {
	href = strings.Trim(href, " \t\n\f\r")
	if href == "" || href[0] == '#' || href[0] == '/' || href[0] == '?' || href[0] == '.' {
		return "", "relative link address removed, text kept"
	}
	u, err := url.Parse(href)
	if err != nil {
		return "", "malformed link address removed, text kept"
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host != "" {
			return href, ""
		}
		return "", "link address without a host removed, text kept"
	case "mailto":
		if u.Opaque != "" || u.Host != "" {
			return href, ""
		}
		return "", "mailto link without an address removed, text kept"
	case "":
		return "", "relative link address removed, text kept"
	}
	return "", "link address with scheme " + safeName(strings.ToLower(u.Scheme)) + " removed, text kept"
}

// safeHref returns href when a link may be written with it.
func safeHref(href string) bool {
	kept, _ := checkHref(href)
	return kept != "" && kept == href
}

// safeName returns a name read from the input (an element, attribute or
// scheme name) for a message: at most 32 bytes, quoted when it holds
// anything but ASCII letters, digits, ".", ":", "_" and "-".
func safeName(name string) string {
	const limit = 32
	cut := false
	if len(name) > limit {
		n := limit
		for n > 0 && name[n]&0xC0 == 0x80 {
			n--
		}
		name, cut = name[:n], true
	}
	plain := name != ""
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == ':' || c == '_' || c == '-') {
			plain = false
			break
		}
	}
	if cut {
		name += "..."
	}
	if plain {
		return name
	}
	return strconv.Quote(name)
}
