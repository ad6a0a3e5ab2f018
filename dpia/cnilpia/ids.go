package cnilpia

import (
	"strconv"

	"github.com/google/uuid"
)

// The CNIL tool numbers its records; the model identifies the assessment,
// its risks and its measures by UUID. Import derives the UUIDs from the
// file (name-based, SHA-1, RFC 9562 version 5), so that importing the
// same file twice gives the same assessment, and exporting then
// importing gives the same identifiers back: the assessment's from the
// PIA's id and name, a risk's from the assessment's and the risk's item
// ("3.2"), a measure's from the assessment's and the measure's place in
// the file.

// namespace returns the UUID namespace of this package's identifiers.
func namespace() uuid.UUID {
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/dpiakit/dpiakit/dpia/cnilpia"))
}

// assessmentID derives the assessment's identifier from the PIA's id and
// name.
func assessmentID(piaID int64, name string) uuid.UUID {
	return uuid.NewSHA1(namespace(), []byte("pia\x00"+strconv.FormatInt(piaID, 10)+"\x00"+name))
}

// riskID derives a risk's identifier from its slot reference ("3.2").
func riskID(assessment uuid.UUID, ref string) uuid.UUID {
	return uuid.NewSHA1(assessment, []byte("risk\x00"+ref))
}

// measureID derives a measure's identifier from its index in the file.
func measureID(assessment uuid.UUID, index int) uuid.UUID {
	return uuid.NewSHA1(assessment, []byte("measure\x00"+strconv.Itoa(index)))
}
