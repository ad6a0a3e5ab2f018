package dpia

// openItemConflict names, for an open item, the first earlier item with
// the same path (same) and the first earlier item whose path lies inside
// or around its own (overlap, as OpenItem.Covers says either way); -1 for
// none.
type openItemConflict struct {
	same, overlap int
}

// pathTrieNode is a node of the trie openItemConflicts builds over the
// items' paths, cut before each '.' or '[' after the first byte, so that
// an item covers another exactly when its node lies on the other's way
// from the root (see docpath.Covers).
type pathTrieNode struct {
	children map[string]*pathTrieNode
	// first is the first item whose path ends here; firstBelow the first
	// whose path ends strictly below; -1 for none.
	first, firstBelow int
}

// openItemConflicts returns the conflict of each item of items, in time
// that grows with the total length of the paths. An empty path covers
// nothing and is covered by nothing; two empty paths are the same.
func openItemConflicts(items []OpenItem) []openItemConflict {
	out := make([]openItemConflict, len(items))
	root := &pathTrieNode{first: -1, firstBelow: -1}
	ends := make([]*pathTrieNode, len(items))
	firstEmpty := -1
	for i, it := range items {
		if it.Path == "" {
			if firstEmpty < 0 {
				firstEmpty = i
			}
			continue
		}
		n := root
		rest := it.Path
		for rest != "" {
			cut := 1
			for cut < len(rest) && rest[cut] != '.' && rest[cut] != '[' {
				cut++
			}
			if n != root && n.firstBelow < 0 {
				n.firstBelow = i
			}
			child := n.children[rest[:cut]]
			if child == nil {
				if n.children == nil {
					n.children = map[string]*pathTrieNode{}
				}
				child = &pathTrieNode{first: -1, firstBelow: -1}
				n.children[rest[:cut]] = child
			}
			n, rest = child, rest[cut:]
		}
		if n.first < 0 {
			n.first = i
		}
		ends[i] = n
	}
	for i, it := range items {
		c := openItemConflict{same: -1, overlap: -1}
		if it.Path == "" {
			if firstEmpty < i {
				c.same = firstEmpty
			}
			out[i] = c
			continue
		}
		earliest := func(j int) {
			if j >= 0 && j < i && (c.overlap < 0 || j < c.overlap) {
				c.overlap = j
			}
		}
		n := root
		rest := it.Path
		for rest != "" {
			cut := 1
			for cut < len(rest) && rest[cut] != '.' && rest[cut] != '[' {
				cut++
			}
			if n != root {
				earliest(n.first) // an item around this one
			}
			n, rest = n.children[rest[:cut]], rest[cut:]
		}
		earliest(n.firstBelow) // an item inside this one
		if n.first < i {
			c.same = n.first
		}
		out[i] = c
	}
	return out
}
