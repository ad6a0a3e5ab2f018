package dpia

import "math/bits"

// The scanner and the encoder test the bytes of strings eight at a time,
// as one 64-bit word, with the word tricks of "Bit Twiddling Hacks": a
// byte less than n (for n up to 0x80) and a zero byte are found by one
// subtraction across the word, and the lowest byte so found is always a
// true one, as a borrow only runs upwards.

// Word masks: a one and a high bit in every byte.
const (
	byteOnes  = 0x0101010101010101
	byteHighs = 0x8080808080808080
)

// eightSpaces is eight ' ' bytes read as one word.
const eightSpaces = byteOnes * ' '

// wordAt reads the eight bytes of s at i as a little-endian word; the
// compiler makes of it one load.
func wordAt[S []byte | string](s S, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// specialBytes returns a word with the high bit set in each byte of w
// that a JSON string cannot hold as it is, or that needs UTF-8 decoding:
// a control character, '"', '\\' or a byte from 0x80 up. Only the lowest
// set bit is sure to mark such a byte; higher ones may be false.
//
// For a byte b below 0x80 and no borrow from below, b-0x20 has its high
// bit set just when b is a control character, and (b^'"')-1 just when b
// is '"'; a byte from 0x80 up has its own high bit set. A borrow comes
// only from a byte already marked.
func specialBytes(w uint64) uint64 {
	return (w | (w - byteOnes*0x20) | (w ^ byteOnes*'"' - byteOnes) | (w ^ byteOnes*'\\' - byteOnes)) & byteHighs
}

// skipPlainText returns the index of the first byte of s from i on that
// is not printable ASCII other than '"' and '\\' (see jsonPlainByte), or
// len(s). It tests one word first, as many strings are short, then four
// words a step.
func skipPlainText[S []byte | string](s S, i int) int {
	rest := s[i:]
	if len(rest) >= 8 {
		if m := specialBytes(wordAt(rest, 0)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		rest = rest[8:]
	}
	for len(rest) >= 32 {
		m0, m1 := specialBytes(wordAt(rest, 0)), specialBytes(wordAt(rest, 8))
		m2, m3 := specialBytes(wordAt(rest, 16)), specialBytes(wordAt(rest, 24))
		if m0|m1|m2|m3 != 0 {
			at := len(s) - len(rest)
			switch {
			case m0 != 0:
				return at + bits.TrailingZeros64(m0)>>3
			case m1 != 0:
				return at + 8 + bits.TrailingZeros64(m1)>>3
			case m2 != 0:
				return at + 16 + bits.TrailingZeros64(m2)>>3
			}
			return at + 24 + bits.TrailingZeros64(m3)>>3
		}
		rest = rest[32:]
	}
	for len(rest) >= 8 {
		if m := specialBytes(wordAt(rest, 0)); m != 0 {
			return len(s) - len(rest) + bits.TrailingZeros64(m)>>3
		}
		rest = rest[8:]
	}
	i = len(s) - len(rest)
	for i < len(s) && jsonPlainByte[s[i]] {
		i++
	}
	return i
}
