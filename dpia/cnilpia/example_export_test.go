package cnilpia_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// ExampleExport writes an assessment for the CNIL PIA tool: the text
// answers as HTML, with what the questionnaire has no place for (here,
// the controller's name) appended under a heading to the nearest answer.
func ExampleExport() {
	a := &dpia.Assessment{
		Title:   "Online shop",
		Date:    dpiakit.Date{Year: 2025, Month: 2, Day: 3},
		Status:  dpia.StatusDraft,
		Parties: dpia.Parties{Controller: dpia.Party{Name: "Shopwise Ltd"}},
		Need:    dpia.Need{Summary: "An online shop for running shoes.\n\nCustomers order & pay <online>."},
		Processing: dpia.Processing{
			Purposes: []dpia.Purpose{{Name: "Orders", Description: "deliver what customers buy"}},
		},
	}
	var out bytes.Buffer
	if err := cnilpia.Export(&out, a); err != nil {
		fmt.Println(err)
		return
	}
	var file struct {
		Pia struct {
			Name      string `json:"name"`
			Status    int    `json:"status"`
			CreatedAt string `json:"created_at"`
		} `json:"pia"`
		Answers []struct {
			ReferenceTo int `json:"reference_to"`
			Data        struct {
				Text string `json:"text"`
			} `json:"data"`
		} `json:"answers"`
	}
	if err := json.Unmarshal(out.Bytes(), &file); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(file.Pia.Name, file.Pia.Status, file.Pia.CreatedAt)
	for _, an := range file.Answers {
		fmt.Println(an.ReferenceTo, an.Data.Text)
	}
	// Output:
	// Online shop 0 2025-02-03T00:00:00.000Z
	// 111 <p>An online shop for running shoes.</p><p>Customers order &amp; pay &lt;online&gt;.</p>
	// 211 <ul><li>Orders: deliver what customers buy</li></ul>
	// 112 <p><strong>Further information (not in the CNIL questionnaire)</strong></p><p>Parties › Controller › Name: Shopwise Ltd</p>
}
