// Package moduletest holds the tests that concern the whole module rather
// than one package: the import arrows of ARCHITECTURE.md, the README's rule
// table, the quick start of the root package's documentation, the root
// package's shared types, and the discipline of doc comments (no example
// document cited, every exported name of dpia documented, every field of
// its structs marked required or optional). The root package keeps only doc.go at the top
// level, as the module's fixed layout asks, so its tests live here.
package moduletest
