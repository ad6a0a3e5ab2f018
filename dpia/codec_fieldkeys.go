package dpia

// The decoder recognises the keys of a struct's fields in the input as
// Encode writes them, `"name":`, by comparing words rather than bytes,
// and finds which field a key names through a small hash table on its
// first four bytes. A key it does not recognise so (escaped, spaced
// before its colon, or unknown) is read as a string and looked up by
// name.

// fieldKeyWords holds the first and last eight bytes of a field's
// keyColon as words.
type fieldKeyWords struct {
	head, headMask, tail uint64
}

// newFieldKeyWords returns the words of key.
func newFieldKeyWords(key string) fieldKeyWords {
	var w fieldKeyWords
	if len(key) >= 8 {
		w.head, w.headMask, w.tail = wordAt(key, 0), ^uint64(0), wordAt(key, len(key)-8)
		return w
	}
	var padded [8]byte
	copy(padded[:], key)
	w.headMask = 1<<(8*len(key)) - 1
	w.head = wordAt(padded[:], 0)
	return w
}

// keyAt reports whether the field's key and colon, unescaped, are at
// data[at:], given head, the word at data[at:].
func (f *jsonField) keyAt(data string, at int, head uint64) bool {
	if head&f.keyWords.headMask != f.keyWords.head {
		return false
	}
	key := f.keyColon()
	n := len(key)
	switch {
	case n <= 8:
		return true
	case len(data)-at < n || wordAt(data, at+n-8) != f.keyWords.tail:
		return false
	}
	return n <= 16 || data[at+8:at+n-8] == key[8:n-8]
}

// fieldKeyTable is an open-addressing hash table from the first four
// bytes of a key (the quote and up to three letters: every key has at
// least four bytes with its colon) to the fields whose keys start so.
type fieldKeyTable struct {
	// slots hold a field index plus one, or 0 when empty; their count
	// is a power of two at least twice the number of fields.
	slots []int32
	shift uint8
}

// newFieldKeyTable returns the table of fields.
func newFieldKeyTable(fields []jsonField) fieldKeyTable {
	bits := uint8(3)
	for 1<<bits < 2*len(fields) {
		bits++
	}
	t := fieldKeyTable{slots: make([]int32, 1<<bits), shift: 32 - bits}
	for i := range fields {
		f := &fields[i]
		h := t.slot(f.keyWords.head)
		for t.slots[h] != 0 {
			h = (h + 1) & (len(t.slots) - 1)
		}
		t.slots[h] = int32(i + 1)
	}
	return t
}

// slot returns the first slot to probe for a key starting with head.
func (t *fieldKeyTable) slot(head uint64) int {
	return int(uint32(head) * 0x9e3779b1 >> t.shift)
}

// find returns the index of the field of fields whose key and colon are
// at data[at:], given head, the word there, or -1.
func (t *fieldKeyTable) find(fields []jsonField, data string, at int, head uint64) int {
	for h := t.slot(head); ; h = (h + 1) & (len(t.slots) - 1) {
		s := t.slots[h]
		if s == 0 {
			return -1
		}
		if fields[s-1].keyAt(data, at, head) {
			return int(s - 1)
		}
	}
}
