package dpia

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewEd25519Signer(t *testing.T) {
	key := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	s, err := NewEd25519Signer("dpo", key)
	require.NoError(t, err)
	assert.Equal(t, "dpo", s.KeyID())
	key[0] ^= 1
	digest := sha256.Sum256([]byte("x"))
	sig, err := s.SignDigest(digest[:])
	require.NoError(t, err)
	assert.True(t, ed25519.Verify(s.Public(), digest[:], sig), "the key was copied")

	_, err = s.SignDigest([]byte("short"))
	assert.EqualError(t, err, "dpia: ed25519 signer: the digest is 5 bytes, want 32")
	_, err = NewEd25519Signer("", key)
	assert.EqualError(t, err, "dpia: ed25519 signer: the key has no name")
	_, err = NewEd25519Signer("dpo", key[:10])
	assert.EqualError(t, err, "dpia: ed25519 signer: the private key is 10 bytes, want 64")
	_, err = NewEd25519Signer(strings.Repeat("é", maxKeyIDBytes), key)
	assert.ErrorContains(t, err, "beyond maxKeyIDBytes (256)")
}

// keySigner signs digests with a crypto.Signer as TrustedKeys verifies
// them: ECDSA in ASN.1, RSA PKCS #1 v1.5 with SHA-256.
type keySigner struct {
	id  string
	key crypto.Signer
}

func (s keySigner) KeyID() string { return s.id }
func (s keySigner) SignDigest(digest []byte) ([]byte, error) {
	return s.key.Sign(rand.Reader, digest, crypto.SHA256)
}

func TestTrustedKeysOfOtherKinds(t *testing.T) {
	ec, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	tests := []struct {
		name string
		key  keySigner
		pub  crypto.PublicKey
	}{
		{"ecdsa", keySigner{"kms-ec", ec}, &ec.PublicKey},
		{"rsa", keySigner{"kms-rsa", rsaKey}, &rsaKey.PublicKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := chainedAssessment()
			signAll(a, tt.key)
			opts := sgNow
			opts.TrustedKeys = TrustedKeys{tt.key.id: tt.pub}
			assert.Empty(t, a.CheckSignOff(&opts))

			a.SignOff.Rows[1].Signature.Value = a.SignOff.Rows[0].Signature.Value
			fs := a.CheckSignOff(&opts).ByRule(ruleKeyedSignatureInvalid)
			assert.Equal(t, []string{"sign_off.steps[1].signature.value"}, pathsOf(fs))
		})
	}
}

func TestVerifyKeyedEdgeCases(t *testing.T) {
	a := chainedAssessment()
	signAll(a, testSigner("dpo"))
	row := a.SignOff.Rows[0]
	tests := []struct {
		name    string
		trusted TrustedKeys
		change  func(r *SignOffRow)
		want    KeyStatus
		problem string
	}{
		{"verified", TrustedKeys{"dpo": testSigner("dpo").Public()}, nil, KeyStatusVerified, ""},
		{"wrong public key", TrustedKeys{"dpo": testSigner("other").Public()}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		{"nil key", TrustedKeys{"dpo": nil}, nil, KeyStatusUntrusted, `the key "dpo" is not among the trusted keys`},
		{"short ed25519 key", TrustedKeys{"dpo": ed25519.PublicKey{1, 2}}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		{"unsupported key", TrustedKeys{"dpo": "a string"}, nil, KeyStatusInvalid,
			`the trusted key "dpo" is a string, which the package cannot verify`},
		{"empty ecdsa key", TrustedKeys{"dpo": &ecdsa.PublicKey{}}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		{"ecdsa key without a point", TrustedKeys{"dpo": &ecdsa.PublicKey{Curve: elliptic.P256()}}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		{"tiny rsa key", TrustedKeys{"dpo": &rsa.PublicKey{N: big.NewInt(3)}}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		//lint:ignore SA1019 a caller may still hand over a key built from raw coordinates; it must not verify, nor panic.
		{"ecdsa key off its curve", TrustedKeys{"dpo": &ecdsa.PublicKey{Curve: elliptic.P256(), X: big.NewInt(1), Y: big.NewInt(1)}}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		{"empty rsa key", TrustedKeys{"dpo": &rsa.PublicKey{}}, nil, KeyStatusInvalid,
			`the signature does not verify with the trusted key "dpo": the digest or the signature was changed`},
		{"oversized value", TrustedKeys{"dpo": testSigner("dpo").Public()},
			func(r *SignOffRow) { r.Signature.Value = strings.Repeat("AAAA", maxKeySignatureBytes) }, KeyStatusInvalid,
			"the signature value is not standard base64 of at most maxKeySignatureBytes bytes"},
		{"no key", TrustedKeys{"dpo": testSigner("dpo").Public()},
			func(r *SignOffRow) { r.Signature.KeyID, r.Signature.Value = "", "" }, KeyStatusMissing, "it was given without a key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := row
			if tt.change != nil {
				tt.change(&r)
			}
			got, problem := verifyKeyed(tt.trusted, r)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.problem, problem)
		})
	}
}
