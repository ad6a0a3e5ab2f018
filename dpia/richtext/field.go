package richtext

// Field is the formatted form of one text field of a document: the field's
// JSON path ("processing.nature.use", "consultation.views") and its Text.
// The document keeps the field's plain text (Text.Plain) where the field
// is, for the rules and for any reader that knows nothing of formatting,
// and keeps the Field beside it, so that the renderers and an exporter can
// print the paragraphs, lists, emphasis and links the author wrote.
type Field struct {
	// Path is the JSON path of the text field the formatting belongs to.
	// Required.
	Path string `json:"path"`
	// Text is the field's formatted text. Required.
	Text Text `json:"text"`
}

// Lookup returns the formatted text fields holds for path, and whether it
// holds one that is current: one whose plain form (Text.Plain) is plain,
// the text the field holds now. Formatting kept for a field whose text
// was edited since is stale, and Lookup does not return it, so that no
// renderer prints, and no exporter writes, text the document no longer
// says.
func Lookup(fields []Field, path, plain string) (Text, bool) {
	for _, f := range fields {
		if f.Path == path {
			if f.Text.Plain() == plain {
				return f.Text, true
			}
			return nil, false
		}
	}
	return nil, false
}
