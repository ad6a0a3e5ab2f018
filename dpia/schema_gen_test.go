package dpia

import (
	"bytes"
	"encoding"
	stdjson "encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/invopop/jsonschema"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite schema.json from the Go types")

// schemaFile is the committed schema that JSONSchema embeds.
const schemaFile = "schema.json"

// TestJSONSchemaFile keeps schema.json equal to the schema generated from
// the Go types and their doc comments.
func TestJSONSchemaFile(t *testing.T) {
	// generateSchema changes the working directory.
	file, err := filepath.Abs(schemaFile)
	require.NoError(t, err)
	generated, err := generateSchema(t)
	require.NoError(t, err)
	if *updateSchema {
		require.NoError(t, os.WriteFile(file, generated, 0o644))
	}
	committed, err := os.ReadFile(file)
	require.NoError(t, err)
	if !bytes.Equal(committed, generated) {
		t.Fatalf("dpia/%s is not the schema of the Go types (%d bytes committed, %d generated): a type, a field or a doc comment changed; run\n\tgo test ./dpia -run TestJSONSchemaFile -update-schema\nand commit the file", schemaFile, len(committed), len(generated))
	}
	assert.True(t, bytes.Equal(committed, JSONSchema()), "JSONSchema returns the embedded file")
	first := JSONSchema()
	first[0] = 'x'
	assert.Equal(t, byte('{'), JSONSchema()[0], "JSONSchema returns a copy")
}

// textSchema is the schema of a Go type read through its own text or JSON
// methods, or of an enum of this package.
type textSchema struct {
	name   string
	schema *jsonschema.Schema
}

// enumSchema returns the schema of a string whose values are keys, each
// with its label, "" standing for the zero value labelled unset.
func enumSchema(description, unset string, keys, labels []string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Description: description}
	// Const is left out of the JSON when empty: "" is a one-value enum.
	s.OneOf = append(s.OneOf, &jsonschema.Schema{Enum: []any{""}, Title: unset})
	for i, k := range keys {
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: k, Title: labels[i]})
	}
	return s
}

// dpiaEnum is the schema of the enum E of this package.
func dpiaEnum[E Enum](comments map[string]string) (reflect.Type, *jsonschema.Schema) {
	var zero E
	tab := zero.enumTable()
	keys, labels := make([]string, len(tab.entries)), make([]string, len(tab.entries))
	for i, e := range tab.entries {
		keys[i], labels[i] = e.key, e.label
	}
	t := reflect.TypeFor[E]()
	return t, enumSchema(comments[qualifiedName(t)], tab.unset, keys, labels)
}

// textEnum is the schema of an enum of lawfulbasis, risk or dpiakit: the
// keys its MarshalText writes for values, with their labels.
func textEnum[E interface {
	encoding.TextMarshaler
	Label() string
}](comments map[string]string, values []E) (reflect.Type, *jsonschema.Schema, error) {
	t := reflect.TypeFor[E]()
	keys, labels := make([]string, len(values)), make([]string, len(values))
	for i, v := range values {
		k, err := v.MarshalText()
		if err != nil {
			return nil, nil, fmt.Errorf("%v value %d: %w", t, i, err)
		}
		keys[i], labels[i] = string(k), v.Label()
	}
	var zero E
	return t, enumSchema(comments[qualifiedName(t)], zero.Label(), keys, labels), nil
}

// textSpace is a character class of the white space strings.TrimSpace
// removes, which Decode ignores around a date.
const textSpace = "[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"

// datePattern matches "YYYY-MM-DD" of a calendar date of the years 0001 to
// 9999, February 29 only in leap years, or "".
const datePattern = "^(" + textSpace + "*(" +
	"(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-" +
	"((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)" +
	"|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29" +
	")" + textSpace + "*)?$"

// uuidPattern matches the forms of a uuid that Decode reads.
const (
	hexDigit    = "[0-9a-fA-F]"
	uuidHyphens = hexDigit + "{8}-" + hexDigit + "{4}-" + hexDigit + "{4}-" + hexDigit + "{4}-" + hexDigit + "{12}"
	uuidPattern = "^(" + uuidHyphens + "|\\{" + uuidHyphens + "\\}|[uU][rR][nN]:[uU][uU][iI][dD]:" + uuidHyphens + "|" + hexDigit + "{32})$"
)

// decimalPattern matches the strings shopspring/decimal reads.
const decimalPattern = "^[-+\u2212]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$"

// specialSchemas returns the schemas of the types the codec reads through
// their own methods, and of the enums of this package, by Go type.
func specialSchemas(comments map[string]string) (map[reflect.Type]textSchema, error) {
	out := map[reflect.Type]textSchema{}
	add := func(t reflect.Type, s *jsonschema.Schema) {
		name := schemaTypeName(t)
		if s.Description == "" {
			s.Description = comments[qualifiedName(t)]
		}
		out[t] = textSchema{name: name, schema: s}
	}
	for _, f := range []func(map[string]string) (reflect.Type, *jsonschema.Schema){
		dpiaEnum[ActionStatus], dpiaEnum[AssessmentKind], dpiaEnum[CertificationScheme],
		dpiaEnum[ConsulteeKind], dpiaEnum[DataCategory], dpiaEnum[Decision],
		dpiaEnum[EvaluationStatus], dpiaEnum[Hosting], dpiaEnum[Method], dpiaEnum[PartyKind],
		dpiaEnum[PeriodUnit], dpiaEnum[ProcessorKind], dpiaEnum[RetentionBasisKind], dpiaEnum[Role],
		dpiaEnum[ScreeningResult], dpiaEnum[ScreeningTopic], dpiaEnum[SignOffKind], dpiaEnum[Status],
		dpiaEnum[Step], dpiaEnum[SubjectKind], dpiaEnum[VulnerableGroup], dpiaEnum[YesNo],
	} {
		add(f(comments))
	}
	var errs []error
	addText := func(t reflect.Type, s *jsonschema.Schema, err error) {
		if err != nil {
			errs = append(errs, err)
			return
		}
		add(t, s)
	}
	regimes := []dpiakit.Regime{dpiakit.EUGDPR, dpiakit.UKGDPR, dpiakit.EUAndUKGDPR}
	addText(textEnum(comments, regimes))
	addText(textEnum(comments, lawfulbasis.Article22ExceptionValues()))
	addText(textEnum(comments, lawfulbasis.Article6Values()))
	addText(textEnum(comments, lawfulbasis.Article9Values()))
	addText(textEnum(comments, lawfulbasis.CriminalOffenceConditionValues()))
	addText(textEnum(comments, lawfulbasis.CriterionValues()))
	addText(textEnum(comments, lawfulbasis.FrameworkCertificationValues()))
	addText(textEnum(comments, lawfulbasis.PrincipleValues()))
	addText(textEnum(comments, lawfulbasis.ProtectedCharacteristicValues()))
	addText(textEnum(comments, lawfulbasis.RightValues()))
	addText(textEnum(comments, lawfulbasis.Schedule1Values()))
	addText(textEnum(comments, lawfulbasis.SpecialCategoryValues()))
	addText(textEnum(comments, lawfulbasis.TransferMechanismValues()))
	addText(textEnum(comments, risk.ApprovalValues()))
	addText(textEnum(comments, risk.CategoryValues()))
	addText(textEnum(comments, risk.EffectValues()))
	addText(textEnum(comments, risk.MeasureKindValues()))
	addText(textEnum(comments, risk.MeasureStatusValues()))
	addText(textEnum(comments, risk.ScoringValues()))
	if len(errs) > 0 {
		return nil, fmt.Errorf("enum keys: %v", errs)
	}

	// A country: "" or a well-formed ISO 3166-1 alpha-2 code
	// (Country.IsValid), the codes the package names listed with their
	// names.
	var named []*jsonschema.Schema
	for _, c := range countriesByCode() {
		named = append(named, &jsonschema.Schema{Const: string(c), Title: c.Name()})
	}
	add(reflect.TypeFor[lawfulbasis.Country](), &jsonschema.Schema{
		Type: "string",
		AnyOf: []*jsonschema.Schema{
			{Enum: []any{""}, Title: lawfulbasis.Country("").Label()},
			{OneOf: named},
			{
				Pattern: "^[A-Z]{2}$",
				Not: &jsonschema.Schema{AnyOf: []*jsonschema.Schema{
					{Enum: []any{"AA", "ZZ", "EU", "EZ", "UN", "UK", "EL"}},
					{Pattern: "^(Q[M-Z]|X[A-JL-Z])$"},
				}},
			},
		},
	})
	add(reflect.TypeFor[dpiakit.Date](), &jsonschema.Schema{
		Type:     "string",
		Pattern:  datePattern,
		Examples: []any{"2024-02-29"},
	})
	add(reflect.TypeFor[uuid.UUID](), &jsonschema.Schema{
		Type:        "string",
		Pattern:     uuidPattern,
		Description: "A UUID (RFC 9562): 36 characters with hyphens, in lower or upper case, the same in braces or after \"urn:uuid:\", or 32 hexadecimal digits; written in lower case with hyphens.",
		Examples:    []any{"6f1c2a7e-3b8d-4c1e-9f0a-2d4e5b6c7d8e"},
	})
	add(reflect.TypeFor[decimal.Decimal](), &jsonschema.Schema{
		Description: "A decimal number, as a JSON number or a string (\"2.5\", \"25e-1\"); written as a string of its shortest plain form. At most 34 significant digits, 30 after the point, magnitude below 10^30.",
		AnyOf: []*jsonschema.Schema{
			{Type: "number", ExclusiveMaximum: "1e30", ExclusiveMinimum: "-1e30"},
			{Type: "string", Pattern: decimalPattern},
		},
	})
	add(reflect.TypeFor[richtext.Text](), &jsonschema.Schema{
		Type:             "string",
		ContentMediaType: "text/html",
		Description:      "Formatted text as safe HTML: paragraphs, lists, emphasis, links (http, https, mailto) and line breaks, written as richtext.Text writes it; \"\" is empty.",
	})
	return out, nil
}

// countriesByCode returns the countries the package names, by code.
func countriesByCode() []lawfulbasis.Country {
	var out []lawfulbasis.Country
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			c := lawfulbasis.Country(string([]rune{a, b}))
			if c.IsValid() && c.Name() != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// qualifiedName is the key of a type in the comment map.
func qualifiedName(t reflect.Type) string { return t.PkgPath() + "." + t.Name() }

// schemaTypeName names the "$defs" entry of a type: its name for the
// types of this package, its package and name for others.
func schemaTypeName(t reflect.Type) string {
	if t.PkgPath() == reflect.TypeFor[Assessment]().PkgPath() || t.PkgPath() == "" {
		return t.Name()
	}
	pkg := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
	return pkg + "." + t.Name()
}

// docPackages are the packages whose types a document holds: their doc
// comments become the schema's descriptions.
var docPackages = map[string]string{
	"github.com/dpiakit/dpiakit":             "..",
	"github.com/dpiakit/dpiakit/dpia":        ".",
	"github.com/dpiakit/dpiakit/lawfulbasis": "../lawfulbasis",
	"github.com/dpiakit/dpiakit/risk":        "../risk",
}

// goComments reads the doc comments of the packages of docPackages, by
// qualified type name and field, as invopop/jsonschema keys them: the
// first sentence of a type's comment, a field's whole comment.
// AddGoComments names a package by the directory it walks, relative to
// the working directory, and walks sub-directories too: each package's
// own files are copied to a directory of their own, the test's working
// directory while it reads them (t.Chdir: the test may not run in
// parallel).
func goComments(t *testing.T) (map[string]string, error) {
	t.Helper()
	copies := map[string]string{}
	for pkg, dir := range docPackages {
		tmp := t.TempDir()
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			src, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, err
			}
			if err := os.WriteFile(filepath.Join(tmp, e.Name()), src, 0o600); err != nil {
				return nil, err
			}
		}
		copies[pkg] = tmp
	}
	comments := map[string]string{}
	for pkg, tmp := range copies {
		var r jsonschema.Reflector
		t.Chdir(tmp)
		if err := r.AddGoComments(pkg, "."); err != nil {
			return nil, fmt.Errorf("comments of %s: %w", pkg, err)
		}
		for k, v := range r.CommentMap {
			comments[k] = v
		}
	}
	return comments, nil
}

// generateSchema returns the JSON Schema of the document, generated from
// the Go types by invopop/jsonschema, as JSONSchema returns it.
func generateSchema(t *testing.T) ([]byte, error) {
	t.Helper()
	comments, err := goComments(t)
	if err != nil {
		return nil, err
	}
	special, err := specialSchemas(comments)
	if err != nil {
		return nil, err
	}
	structs := map[string]reflect.Type{}
	used := map[string]*jsonschema.Schema{}
	var unknown []string
	r := &jsonschema.Reflector{
		ExpandedStruct: true,
		// Decode requires no member but "schema", set below; the zero
		// value of every other field is its absence.
		RequiredFromJSONSchemaTags: true,
		CommentMap:                 comments,
		Namer: func(t reflect.Type) string {
			name := schemaTypeName(t)
			if t.Kind() == reflect.Struct && !hasCodecMethods(t) {
				structs[name] = t
			}
			return name
		},
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			if s, ok := special[t]; ok {
				used[s.name] = s.schema
				return &jsonschema.Schema{Ref: "#/$defs/" + s.name}
			}
			if hasCodecMethods(t) || t.Kind() == reflect.String && t.PkgPath() != "" {
				unknown = append(unknown, t.String())
			}
			return nil
		},
	}
	s := r.Reflect(&Assessment{})
	if len(unknown) > 0 {
		return nil, fmt.Errorf("types with a JSON form of their own and no schema in specialSchemas: %v", unknown)
	}
	s.ID = schemaID
	s.Title = "dpiakit DPIA document (" + SchemaVersion + ")"
	s.Required = []string{schemaMember}
	for name, def := range used {
		s.Definitions[name] = def
	}
	// The root is Assessment itself; its $defs entry, which
	// ExpandedStruct leaves when the type refers to itself, is dropped.
	delete(s.Definitions, "Assessment")
	structs["Assessment"] = reflect.TypeFor[Assessment]()
	for name, typ := range structs {
		def := s.Definitions[name]
		if name == "Assessment" {
			def = s
		}
		if def == nil {
			return nil, fmt.Errorf("no $defs entry for struct %s", name)
		}
		if err := refineStruct(def, typ); err != nil {
			return nil, err
		}
	}
	version, ok := s.Properties.Get(schemaMember)
	if !ok {
		return nil, fmt.Errorf("no %q member", schemaMember)
	}
	version.Enum = []any{SchemaVersion, schemaVersionV1}
	version.Type = "string"
	var out bytes.Buffer
	enc := stdjson.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// refineStruct holds the schema def of the struct type typ to what the
// codec reads: null where it stands for the zero value, integers within
// the range of their Go type, lists within the default list limit.
func refineStruct(def *jsonschema.Schema, typ reflect.Type) error {
	fields := structFields(typ)
	for pair := def.Properties.Oldest(); pair != nil; pair = pair.Next() {
		f := fields.field(pair.Key)
		if f == nil {
			return fmt.Errorf("%v: the schema has member %q, the codec does not", typ, pair.Key)
		}
		p := pair.Value
		switch f.typ.Kind() {
		case reflect.Int, reflect.Int64:
			p.Minimum, p.Maximum = stdjson.Number(fmt.Sprint(math.MinInt64)), stdjson.Number(fmt.Sprint(math.MaxInt64))
		case reflect.Int32:
			p.Minimum, p.Maximum = stdjson.Number(fmt.Sprint(math.MinInt32)), stdjson.Number(fmt.Sprint(math.MaxInt32))
		case reflect.Slice:
			if p.Type == "array" {
				limit := uint64(defaultDecodeLimits.maxList)
				p.MaxItems = &limit
				for e := p.Items; e != nil && e.Type == "array"; e = e.Items {
					e.MaxItems = &limit
				}
			}
		}
		if nullable(f) {
			desc := p.Description
			p.Description = ""
			pair.Value = &jsonschema.Schema{
				Description: desc,
				AnyOf:       []*jsonschema.Schema{p, {Type: "null"}},
			}
		}
	}
	if n := def.Properties.Len(); n != len(fields.fields) {
		names := make([]string, len(fields.fields))
		for i, f := range fields.fields {
			names[i] = f.name
		}
		return fmt.Errorf("%v: the schema has %d members, the codec %d (%v)", typ, n, len(fields.fields), names)
	}
	return nil
}

// nullable reports whether Decode takes null for the zero value of the
// field f (see documentChecker.checkNull).
func nullable(f *codecField) bool {
	if f.typ.Implements(reflect.TypeFor[interface{ enumTable() *enumTable }]()) {
		// The enums of this package refuse null (see enumUnmarshaler).
		return false
	}
	switch f.typ.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return true
	}
	return f.omitEmpty || f.omitZero
}
