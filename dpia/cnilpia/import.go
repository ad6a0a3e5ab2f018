package cnilpia

import (
	"errors"
	"fmt"
	"io"
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
}

// maxInput bounds the size of the file Import reads, far above any real
// export.
const maxInput = 64 << 20

// Import reads a CNIL PIA tool export (the JSON file of the tool's
// "Export" button) and returns the assessment it describes, under EU
// GDPR, with a Report of everything that could not be mapped as it
// stood. The package documentation gives the mapping.
//
// It fails, returning no assessment, when the input is not JSON, is not
// an object, has no "pia" object, or has "answers", "measures",
// "evaluations" or "comments" of another JSON type than an array. Any
// other defect (an element or a value of the wrong type, an unknown
// question id, a gauge out of range, script in rich text) is reported and
// read around. Import never panics.
func Import(r io.Reader) (*dpia.Assessment, Report, error) {
	return ImportWithOptions(r, ImportOptions{})
}

// ImportWithOptions is Import with options.
func ImportWithOptions(r io.Reader, opts ImportOptions) (*dpia.Assessment, Report, error) {
	if r == nil {
		return nil, Report{}, errors.New("cnilpia: import: nil reader")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, Report{}, fmt.Errorf("cnilpia: import: %w", err)
	}
	if len(data) > maxInput {
		return nil, Report{}, fmt.Errorf("cnilpia: import: the input is larger than %d bytes", maxInput)
	}
	return importBytes(data, opts)
}

// importBytes imports a whole file.
func importBytes(data []byte, opts ImportOptions) (*dpia.Assessment, Report, error) {
	var rep Report
	f, err := readFile(data, &rep)
	if err != nil {
		return nil, rep, err
	}
	im := importer{f: f, rep: &rep, a: &dpia.Assessment{Schema: dpia.SchemaVersion}}
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
}

// appendixHeading is the heading under which Export appends, to the
// nearest answer, what the CNIL format has no place for. Import keeps
// what follows it in a custom question of its own ("cnil.appendix...").
const appendixHeading = "Further information (not in the CNIL questionnaire)"

// splitAppendix separates the blocks after the appendix heading from the
// answer itself.
func splitAppendix(blocks []block) (main, appendix []block) {
	for i, b := range blocks {
		if len(b.lines) == 1 && !b.list && b.lines[0] == appendixHeading {
			return blocks[:i], blocks[i+1:]
		}
	}
	return blocks, nil
}

// richText converts an HTML answer, reporting what it could not keep
// against source and target.
func (im *importer) richText(html, source, target string) []block {
	blocks, notices := htmlToBlocks(html)
	for _, n := range notices {
		im.rep.add(n.kind, source, target, "%s", n.message)
	}
	return blocks
}

// plainText converts the text of a form field of the tool (a textarea:
// plain text, though some files hold HTML there).
func (im *importer) plainText(text, source, target string) []block {
	if looksLikeHTML(text) {
		return im.richText(text, source, target)
	}
	return parseText(text)
}

// looksLikeHTML reports whether text holds something like a tag: "<"
// followed by a letter, "/" or "!", and a later ">".
func looksLikeHTML(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] != '<' {
			continue
		}
		c := text[i+1]
		if isASCIILetter(c) || c == '/' || c == '!' {
			if strings.IndexByte(text[i+1:], '>') >= 0 {
				return true
			}
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
	peopleStatusID   = "cnil.concerned_people_status"
)
