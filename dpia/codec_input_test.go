package dpia

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDecodeKeepsNothingOfTheCallersBytes overwrites the bytes a document
// was decoded from and checks that the Assessment does not change: every
// string it holds was copied out of the borrowed document.
func TestDecodeKeepsNothingOfTheCallersBytes(t *testing.T) {
	for _, name := range []string{"telehealth", "groupvideo", "managedservice", "supportedliving"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".json"))
		require.NoError(t, err)
		for _, reader := range []func([]byte) interface{ Len() int }{
			func(b []byte) interface{ Len() int } { return bytes.NewReader(b) },
			func(b []byte) interface{ Len() int } { return bytes.NewBuffer(b) },
		} {
			buf := bytes.Clone(data)
			a, err := Decode(reader(buf).(interface {
				Len() int
				Read([]byte) (int, error)
			}))
			require.NoError(t, err, name)
			for i := range buf {
				buf[i] = 'x'
			}
			var out bytes.Buffer
			require.NoError(t, Encode(&out, a), name)
			require.Equal(t, string(data), out.String(), "%s: the decoded assessment changed with the caller's bytes", name)
		}
	}
}
