package richtext_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

func ExampleParseHTML() {
	answer := `<p>Les finalit&eacute;s :</p><ol><li>gestion des <strong>comptes</strong></li>` +
		`<li>facturation<script>steal()</script></li></ol>`
	text, issues := richtext.ParseHTML(answer, nil)
	fmt.Println(text.Plain())
	fmt.Println(text.HTML())
	for _, is := range issues {
		fmt.Println(is)
	}
	// Output:
	// Les finalités :
	//
	// 1. gestion des comptes
	// 2. facturation
	// <p>Les finalités :</p><ol><li>gestion des <strong>comptes</strong></li><li>facturation</li></ol>
	// removed_markup: script element removed with its content
}

func ExampleParseText() {
	text, _ := richtext.ParseText("Mesures compl&eacute;mentaires :\n\n1. chiffrement\n2. journalisation")
	fmt.Println(text.HTML())
	// Output:
	// <p>Mesures complémentaires :</p><ol><li>chiffrement</li><li>journalisation</li></ol>
}
