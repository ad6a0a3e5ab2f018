package dpia

import (
	_ "embed"
	"slices"
)

// schemaID is the "$id" of the JSON Schema that JSONSchema returns. It
// names the module's home and the document version, so that it changes
// exactly when SchemaVersion does: a product's own schema can "$ref" one
// version of the document, and a cache keyed by "$id" never serves the
// schema of another version. It identifies the schema and need not be
// fetched; the schema travels with the package.
const schemaID = "https://github.com/dpiakit/dpiakit/dpia/schema/v2.json"

// schemaJSON is schema.json, generated from the Go types of the document
// (see schema_gen_test.go; `go test ./dpia -run TestJSONSchemaFile
// -update-schema` rewrites it).
//
//go:embed schema.json
var schemaJSON []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the document that
// Encode writes and Decode reads, as UTF-8 JSON text: a fresh copy on each
// call, which the caller may keep or change. A frontend can build and
// check its forms with it; a pipeline can check documents before they
// reach Decode.
//
// The schema is generated from the Go types, with
// github.com/invopop/jsonschema, when the package is built and tested:
// it is the committed file dpia/schema.json. Its "$id" is
// "https://github.com/dpiakit/dpiakit/dpia/schema/v2.json", following
// SchemaVersion. Each object of the document is a "$defs" entry named
// after its Go type ("Assessment", "risk.Register",
// "lawfulbasis.Claim"), with the type's and its fields' doc comments as
// "description", and "additionalProperties": false, as Decode refuses
// unknown members. The only member a document must have is "schema",
// whose value is SchemaVersion or "dpiakit.dpia/v1"; every other member
// may be left out, and null may stand where Decode takes it for the
// zero value (a list, or an optional field). Each enumeration lists its
// keys as "oneOf" alternatives of a "const" and a "title", the label a
// template prints ("not_applicable", "Not applicable"), the empty string
// standing for "not answered". Dates are strings matching "YYYY-MM-DD",
// uuids strings in the forms Decode reads, decimals strings or numbers,
// formatted text (richtext.Text) strings of HTML ("contentMediaType":
// "text/html").
//
// The schema accepts and refuses the same documents as Decode with its
// default options, but for what a schema cannot say; the package
// documentation lists those cases (see "JSON Schema").
func JSONSchema() []byte { return slices.Clone(schemaJSON) }
