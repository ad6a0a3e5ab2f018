package cnilpia

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// ImportOptions configures ImportWithOptions. The zero value is valid and
// means the defaults.
type ImportOptions struct {
	// Regime is the law the assessment is made under. The CNIL tool
	// records none; zero (or an invalid value) means EU GDPR, the law the
	// tool's method was written for.
	Regime lawfulbasis.Regime
	// MaxBytes bounds the size in bytes of the file Import reads; zero
	// means DefaultMaxImportBytes (64 MiB), and a negative value is an
	// error. It is enforced while reading: at most MaxBytes+1 bytes are
	// read from the reader before Import gives up.
	MaxBytes int64
	// Limits bounds the assessment Import returns as dpia.DecodeOptions
	// bound what dpia.Decode reads, zero fields taking their defaults
	// (strings of up to 1 MiB, lists of up to 100,000 elements, 64
	// levels of nesting and a JSON document of up to 16 MiB), so that
	// what Import returns can be saved with dpia.Encode and read back
	// with dpia.Decode under the same limits.
	Limits dpia.DecodeOptions
}

// DefaultMaxImportBytes is the default bound on the size of the file
// Import reads (ImportOptions.MaxBytes), far above any real export.
const DefaultMaxImportBytes = 64 << 20

// Import reads a CNIL PIA tool export (the JSON file of the tool's
// "Export" button) and returns the assessment it describes, under EU
// GDPR, with a Report of everything that could not be mapped as it
// stood. The package documentation gives the mapping.
//
// It fails, returning no assessment, when the input is not JSON, is not
// an object, has no "pia" object, or has "answers", "measures",
// "evaluations" or "comments" of another JSON type than an array; and,
// naming the limit and the option, when the input is larger than
// DefaultMaxImportBytes or the assessment it describes is beyond
// the default limits of dpia.Decode (a title longer than 1 MiB, more than
// 100,000 measures), as dpia.Decode would refuse its document. Any other defect
// (an element or a value of the wrong type, an unknown question id, a
// gauge out of range, script in rich text) is reported and read around.
// Import never panics. Its work is linear in the size of the input.
//
// opts sets the regime and the limits on the input and on the assessment
// (see ImportOptions); nil means the defaults.
func Import(r io.Reader, opts *ImportOptions) (*dpia.Assessment, Report, error) {
	var o ImportOptions
	if opts != nil {
		o = *opts
	}
	maxBytes, limits, err := o.resolve()
	if err != nil {
		return nil, Report{}, err
	}
	if r == nil {
		return nil, Report{}, errors.New("cnilpia: import: nil reader")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, Report{}, fmt.Errorf("cnilpia: import: %w", err)
	}
	if int64(len(data)) > maxBytes {
		return nil, Report{}, fmt.Errorf("cnilpia: import: the input is larger than the limit of %s bytes (ImportOptions.MaxBytes)", groupThousands(maxBytes))
	}
	a, rep, err := importBytes(data, o)
	if err != nil {
		return nil, rep, err
	}
	if err := checkLimits(a, limits); err != nil {
		return nil, rep, err
	}
	return a, rep, nil
}

// resolve returns the input bound and the assessment limits of o, zero
// values replaced by their defaults, or an error naming the option that
// is negative.
func (o ImportOptions) resolve() (int64, dpia.DecodeOptions, error) {
	l := o.Limits
	for _, f := range []struct {
		name  string
		value int64
	}{
		{"MaxBytes", o.MaxBytes},
		{"Limits.MaxBytes", l.MaxBytes},
		{"Limits.MaxDepth", int64(l.MaxDepth)},
		{"Limits.MaxStringBytes", int64(l.MaxStringBytes)},
		{"Limits.MaxListLength", int64(l.MaxListLength)},
	} {
		if f.value < 0 {
			return 0, l, fmt.Errorf("cnilpia: import: ImportOptions.%s is %d; want 0 for the default or a positive limit", f.name, f.value)
		}
	}
	maxBytes := o.MaxBytes
	if maxBytes == 0 {
		maxBytes = DefaultMaxImportBytes
	}
	maxBytes = min(maxBytes, math.MaxInt64-1)
	if l.MaxBytes == 0 {
		// The other zero fields are left for dpia.Decode to default.
		l.MaxBytes = defaultDecodeMaxBytes
	}
	return maxBytes, l, nil
}

// defaultDecodeMaxBytes is the default of dpia.DecodeOptions.MaxBytes,
// 16 MiB, against which Import checks the size of the assessment's
// document.
const defaultDecodeMaxBytes = 16 << 20

// checkLimits holds a to the limits l, resolved, as dpia.Decode
// holds a document: it encodes a and decodes the result within l, so that
// the check is Decode's own. Strings, lists and nesting are checked
// first, with the document's size lifted, so that the error names the
// JSON path of the offending value ("title: string of 60,000,000 bytes
// exceeds the limit of 1,048,576 (DecodeOptions.MaxStringBytes)") rather
// than only the size it makes; then the size of the document. The work
// is linear in the size of the document.
func checkLimits(a *dpia.Assessment, l dpia.DecodeOptions) error {
	var buf bytes.Buffer
	if err := dpia.Encode(&buf, a); err != nil {
		return fmt.Errorf("cnilpia: import: the assessment cannot be written as a document: %w", err)
	}
	size := int64(buf.Len())
	lifted := l
	lifted.MaxBytes = max(l.MaxBytes, size)
	if _, err := dpia.Decode(&buf, &lifted); err != nil {
		var de *dpia.DecodeError
		if !errors.As(err, &de) {
			// The limits themselves are refused (a MaxDepth too high).
			return fmt.Errorf("cnilpia: import: ImportOptions.Limits: %w", err)
		}
		return fmt.Errorf("cnilpia: import: the assessment is beyond ImportOptions.Limits: %w", err)
	}
	if size > l.MaxBytes {
		return fmt.Errorf("cnilpia: import: the assessment is beyond ImportOptions.Limits: its document would be %s bytes, more than the limit of %s (DecodeOptions.MaxBytes)",
			groupThousands(size), groupThousands(l.MaxBytes))
	}
	return nil
}

// groupThousands writes n in decimal with commas between groups of three
// digits: 67108864 as "67,108,864".
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return sign + string(out)
}

// importBytes imports a whole file.
func importBytes(data []byte, opts ImportOptions) (*dpia.Assessment, Report, error) {
	var rep Report
	f, err := readFile(data, &rep)
	if err != nil {
		return nil, rep, err
	}
	im := importer{f: f, rep: &rep, a: &dpia.Assessment{Schema: dpia.SchemaVersion, Method: dpia.MethodCNIL}}
	im.run(opts)
	return im.a, rep, nil
}

// importer maps a read file onto an assessment.
type importer struct {
	f   *cnilFile
	a   *dpia.Assessment
	rep *Report
	// measureByID maps a CNIL measure id to its index in the register.
	measureByID map[int64]int
	// answers holds the first answer to each question id.
	answers map[int64]*answerRecord
	// titles indexes the register's measures by title (see
	// measureTitles).
	titles *titleIndex
	// evaluatorName is the evaluator's name, once read.
	evaluatorName *string
	// stamps are the lines of the timestamps question.
	stamps []string
}

func (im *importer) run(opts ImportOptions) {
	im.a.Regime = opts.Regime
	if !im.a.Regime.IsValid() {
		im.a.Regime = lawfulbasis.EUGDPR
	}
	im.a.Risks.Matrix = risk.CNIL4x4()
	im.pia()
	im.measures()
	im.collectAnswers()
	im.defaultAnswers()
	im.otherAnswers()
	im.risks()
	im.evaluations()
	im.comments()
	im.timestamps()
}

// stamp records a timestamp of the file under key ("pia created_at",
// "evaluation 3.2 evaluation_date") when Export would not write it back
// as it stands from the model's date alone: when it has a time of day.
func (im *importer) stamp(key, raw string) {
	if raw == "" {
		return
	}
	if d, ok := parseTimestamp(raw); ok && timestamp(d) == raw {
		return
	}
	im.stamps = append(im.stamps, key+": "+raw)
}

// timestamps keeps the time of day of the tool's timestamps, which the
// model's dates (calendar days) do not hold: one line "key: timestamp"
// per timestamp, in a custom question of the sign-off, with the record of
// the assessment's history rather than on its title page. Export writes a
// timestamp back from it while the date it belongs to is unchanged, so
// that import then export gives the file's own timestamps.
func (im *importer) timestamps() {
	if len(im.stamps) == 0 {
		return
	}
	im.a.SignOff.Questions = append(im.a.SignOff.Questions, dpia.Question{ID: timestampsID, Text: timestampsText, Answer: strings.Join(im.stamps, "\n")})
	what := "the timestamp"
	if len(im.stamps) > 1 {
		what = "the " + strconv.Itoa(len(im.stamps)) + " timestamps"
	}
	im.rep.add(KindCustomQuestion, "pia.created_at", "sign_off.questions", "the model's dates have no time of day; %s of the file with a time of day kept in custom question %s", what, timestampsID)
}

// timestampsText is the title of the timestamps question.
const timestampsText = "Timestamps of the CNIL PIA tool, with their time of day"

// appendixHeading is the heading under which Export appends, to the
// nearest answer, what the CNIL format has no place for. Import keeps
// what follows it in a custom question of its own ("cnil.appendix...").
const appendixHeading = "Further information (not in the CNIL questionnaire)"

// splitAppendix separates the blocks after the appendix heading from the
// answer itself.
func splitAppendix(blocks []block) (main, appendix []block) {
	for i, b := range blocks {
		if len(b.lines) == 1 && !b.list && strings.TrimSuffix(b.lines[0], ":") == appendixHeading {
			return blocks[:i], blocks[i+1:]
		}
	}
	return blocks, nil
}

// richText reads an HTML answer into blocks, reporting what it could not
// keep against source and target.
func (im *importer) richText(html, source, target string) []block {
	return blocksOf(im.readHTML(html, source, target))
}

// plainText reads a form field of the tool (plain text with character
// references, though some files hold HTML there) into blocks.
func (im *importer) plainText(text, source, target string) []block {
	return blocksOf(im.readField(text, source, target))
}

// looksLikeHTML reports whether text holds something like a tag: "<"
// followed by a letter, "/" or "!", and a later ">".
func looksLikeHTML(text string) bool {
	// Only a "<" before the last ">" can start a tag; the text is read
	// once.
	last := strings.LastIndexByte(text, '>')
	for i := 0; i+1 < last; i++ {
		if text[i] != '<' {
			continue
		}
		if c := text[i+1]; isASCIILetter(c) || c == '/' || c == '!' {
			return true
		}
	}
	return false
}

// appendixQuestion returns the custom question holding an appendix, or
// ok false when there is none.
func appendixQuestion(key, label string, appendix []block) (dpia.Question, bool) {
	text := joinBlocks(appendix)
	if text == "" {
		return dpia.Question{}, false
	}
	return dpia.Question{ID: appendixPrefix + key, Text: appendixHeading + ": " + label, Answer: text}, true
}

// ID prefixes of the custom questions Import writes and Export reads.
const (
	questionPrefix   = "cnil.q."
	duplicatePrefix  = "cnil.duplicate."
	appendixPrefix   = "cnil.appendix."
	evaluationPrefix = "cnil.evaluation."
	commentPrefix    = "cnil.comment."
	categoryID       = "cnil.category"
	structureID      = "cnil.structure"
	structureSector  = "cnil.structure.sector"
	structureIDID    = "cnil.structure.id"
	// earlierRejectionID is the custom question of the sign-off holding
	// the reason of an earlier rejection (see validation).
	earlierRejectionID = "cnil.earlier_rejection_reason"
	// timestampsID is the custom question holding the tool's timestamps
	// with their time of day (see timestamps).
	timestampsID = "cnil.timestamps"
)
