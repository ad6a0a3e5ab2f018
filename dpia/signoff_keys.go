package dpia

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"unicode/utf8"
)

// maxKeyIDBytes bounds the name of a signing key, in bytes: a DigestSigner
// whose KeyID is longer cannot sign, and a longer key_id in a document
// names no trusted key.
const maxKeyIDBytes = 256

// maxKeySignatureBytes bounds a keyed signature, in bytes before base64:
// enough for RSA keys of 8192 bits. A DigestSigner returning more cannot
// sign, and a longer value in a document does not verify.
const maxKeySignatureBytes = 1024

// DigestSigner signs the digest of a sign-off row with a key, so that a
// signature cannot be recomputed by whoever can edit the document: see
// [Assessment.Sign]. Host products plug their own identity in
// through it: a hardware security module, a cloud key management
// service, a smart card. NewEd25519Signer is the one the package brings.
type DigestSigner interface {
	// KeyID names the key, as the verifier's TrustedKeys map knows it:
	// not empty, valid UTF-8, at most 256 bytes.
	KeyID() string
	// SignDigest signs the 32 bytes of a SHA-256 digest and returns the
	// signature, at most 1,024 bytes. For an Ed25519 key
	// the 32 bytes are the message (pure Ed25519, RFC 8032); for an ECDSA
	// key the signature is ASN.1 DER over the digest; for an RSA key it is
	// PKCS #1 v1.5 with SHA-256 over the digest. Those are the forms
	// TrustedKeys verifies.
	SignDigest(digest []byte) ([]byte, error)
}

// TrustedKeys maps the names of the keys a caller trusts to their public
// keys: ed25519.PublicKey, *ecdsa.PublicKey or *rsa.PublicKey. Passed in
// ValidateOptions, it asks for keyed verification: every signed row must
// carry a signature by one of these keys (rules SG016 and SG017).
type TrustedKeys map[string]crypto.PublicKey

// Ed25519Signer is a DigestSigner with an Ed25519 private key held in
// memory (crypto/ed25519).
type Ed25519Signer struct {
	id  string
	key ed25519.PrivateKey
}

// NewEd25519Signer returns a DigestSigner that signs with key under the
// name id. It fails when id is empty, not valid UTF-8 or longer than
// 256 bytes, or key is not ed25519.PrivateKeySize bytes long. The
// key is copied.
func NewEd25519Signer(id string, key ed25519.PrivateKey) (*Ed25519Signer, error) {
	if err := checkKeyID(id); err != nil {
		return nil, fmt.Errorf("dpia: ed25519 signer: %w", err)
	}
	if len(key) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("dpia: ed25519 signer: the private key is %d bytes, want %d", len(key), ed25519.PrivateKeySize)
	}
	return &Ed25519Signer{id: id, key: append(ed25519.PrivateKey(nil), key...)}, nil
}

// KeyID returns the name given to NewEd25519Signer.
func (s *Ed25519Signer) KeyID() string { return s.id }

// Public returns the public key, for the verifier's TrustedKeys.
func (s *Ed25519Signer) Public() ed25519.PublicKey {
	return s.key.Public().(ed25519.PublicKey)
}

// SignDigest signs digest with pure Ed25519 (RFC 8032).
func (s *Ed25519Signer) SignDigest(digest []byte) ([]byte, error) {
	if len(digest) != sha256.Size {
		return nil, fmt.Errorf("dpia: ed25519 signer: the digest is %d bytes, want %d", len(digest), sha256.Size)
	}
	return ed25519.Sign(s.key, digest), nil
}

// checkKeyID returns why id cannot name a key, or nil.
func checkKeyID(id string) error {
	switch {
	case id == "":
		return errors.New("the key has no name")
	case !utf8.ValidString(id):
		return errors.New("the key's name is not valid UTF-8")
	case len(id) > maxKeyIDBytes:
		return fmt.Errorf("the key's name is %d bytes, beyond maxKeyIDBytes (%d)", len(id), maxKeyIDBytes)
	}
	return nil
}

// signDigest has key sign the digest d, in the current form, and returns
// the record's key_id and value.
func signDigest(key DigestSigner, d string) (id, value string, err error) {
	id = key.KeyID()
	if err := checkKeyID(id); err != nil {
		return "", "", err
	}
	raw, err := digestBytes(d)
	if err != nil {
		return "", "", err
	}
	sig, err := key.SignDigest(raw)
	if err != nil {
		return "", "", fmt.Errorf("key %s: %w", quoted(id), err)
	}
	switch {
	case len(sig) == 0:
		return "", "", fmt.Errorf("key %s returned an empty signature", quoted(id))
	case len(sig) > maxKeySignatureBytes:
		return "", "", fmt.Errorf("key %s returned a signature of %d bytes, beyond maxKeySignatureBytes (%d)", quoted(id), len(sig), maxKeySignatureBytes)
	}
	return id, base64.StdEncoding.EncodeToString(sig), nil
}

// verifyKeyed checks the keyed signature of row against trusted, which
// holds a key, and says why it is not verified.
func verifyKeyed(trusted TrustedKeys, row SignOffRow) (KeyStatus, string) {
	rec := row.Signature
	if rec.KeyID == "" {
		return KeyStatusMissing, "it was given without a key"
	}
	pub, ok := trusted[rec.KeyID]
	if !ok || pub == nil {
		return KeyStatusUntrusted, "the key " + quoted(rec.KeyID) + " is not among the trusted keys"
	}
	sig, err := base64.StdEncoding.Strict().DecodeString(rec.Value)
	if err != nil || len(sig) > maxKeySignatureBytes {
		return KeyStatusInvalid, "the signature value is not standard base64 of at most maxKeySignatureBytes bytes"
	}
	digest, err := digestBytes(row.Digest)
	if err != nil {
		return KeyStatusInvalid, err.Error()
	}
	var valid bool
	switch k := pub.(type) {
	case ed25519.PublicKey:
		valid = len(k) == ed25519.PublicKeySize && ed25519.Verify(k, digest, sig)
	case *ecdsa.PublicKey:
		valid = validECDSAKey(k) && ecdsa.VerifyASN1(k, digest, sig)
	case *rsa.PublicKey:
		valid = k != nil && k.N != nil && rsa.VerifyPKCS1v15(k, crypto.SHA256, digest, sig) == nil
	default:
		return KeyStatusInvalid, fmt.Sprintf("the trusted key %s is a %T, which the package cannot verify", quoted(rec.KeyID), pub)
	}
	if !valid {
		return KeyStatusInvalid, "the signature does not verify with the trusted key " + quoted(rec.KeyID) + ": the digest or the signature was changed"
	}
	return KeyStatusVerified, ""
}

// validECDSAKey reports whether k is a public key of a curve the package
// can verify with: not nil, with its curve and a point on it.
func validECDSAKey(k *ecdsa.PublicKey) bool {
	if k == nil || k.Curve == nil {
		return false
	}
	//lint:ignore SA1019 a key built by hand may lack its point, on which Bytes and VerifyASN1 fail hard
	if k.X == nil || k.Y == nil {
		return false
	}
	_, err := k.Bytes()
	return err == nil
}
