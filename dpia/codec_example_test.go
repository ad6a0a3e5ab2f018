package dpia_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleEncode() {
	a := &dpia.Assessment{
		Title: "Telehealth video consultations",
		Date:  dpiakit.Date{Year: 2022, Month: 3, Day: 31},
	}
	if err := dpia.Encode(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema": "dpiakit.dpia/v2",
	//   "title": "Telehealth video consultations",
	//   "date": "2022-03-31"
	// }
}

func ExampleDecode() {
	doc := `{
  "schema": "dpiakit.dpia/v2",
  "title": "Telehealth video consultations",
  "date": "2022-03-31"
}`
	a, err := dpia.Decode(strings.NewReader(doc), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, a.Date)
	// Output:
	// Telehealth video consultations 2022-03-31
}

func ExampleDecodeError() {
	doc := `{"schema": "dpiakit.dpia/v1", "title": "CRM", "date": "31/3/2022"}`
	_, err := dpia.Decode(strings.NewReader(doc), nil)
	fmt.Println(err)
	var de *dpia.DecodeError
	if errors.As(err, &de) {
		fmt.Printf("path %q at offset %d\n", de.Path, de.Offset)
	}
	// Output:
	// dpia: decode: date: dpiakit: "31/3/2022" is not a date in the form YYYY-MM-DD with a year from 0001 to 9999
	// path "date" at offset 54
}

func ExampleDecodeOptions() {
	doc := `{
  "schema": "dpiakit.dpia/v1",
  "title": "Telehealth video consultations",
  "inventory": {"items": [{"name": "Name"}, {"name": "Date of birth"}, {"name": "NHS number"}]}
}`
	// A service taking documents from outside may want tighter limits
	// than the defaults.
	_, err := dpia.Decode(strings.NewReader(doc), &dpia.DecodeOptions{MaxListLength: 2})
	fmt.Println(err)
	var de *dpia.DecodeError
	if errors.As(err, &de) {
		fmt.Printf("path %q\n", de.Path)
	}

	a, err := dpia.Decode(strings.NewReader(doc), &dpia.DecodeOptions{MaxListLength: 10, MaxBytes: 1 << 20})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(a.Inventory.Items), "items")
	// Output:
	// dpia: decode: inventory.items: array exceeds the limit of 2 elements (DecodeOptions.MaxListLength)
	// path "inventory.items"
	// 3 items
}
