// Package docpath reads document paths: the addresses of fields in a
// JSON document described by Go struct types.
//
// A document path names a field of the JSON form of a Go value: members
// by their JSON names joined by dots, list elements by a decimal index in
// brackets, such as "parties.processors[0].contract.in_place" or
// "risks.matrix.cells[1][2]". A member's name is that of encoding/json:
// the name in the field's json tag, else the Go field name; fields tagged
// "-" and unexported fields are not members; the members of an embedded
// struct without a tag name are promoted into the struct that embeds it,
// a shallower field hiding a deeper one of the same name. Map keys are
// members too. A value that JSON writes whole (a type with a MarshalText
// or MarshalJSON method, such as a date, a UUID or a decimal, or a struct
// with unexported fields) is a leaf: a path ends there.
//
// Paths are checked against the types, not the values: a path is known or
// unknown whatever a particular document holds, and a known path may lead
// to nothing (an index beyond the end of a list, a nil pointer on the
// way). These are the paths of validation findings (dpiakit.Finding.Path in the
// root package), of a template's open items, and of a question answered in
// another field.
package docpath
