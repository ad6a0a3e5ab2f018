// Package moduletest holds the tests that concern the whole module rather
// than one package: the import arrows of ARCHITECTURE.md, the README's rule
// table, the quick start of the root package's documentation, and the root
// package's shared types. The root package keeps only doc.go at the top
// level, as the module's fixed layout asks, so its tests live here.
package moduletest
