package dpia

import "encoding/json/v2"

// enumMarshalers returns the json/v2 marshalers of the package's enums.
func enumMarshalers() *json.Marshalers { return nil }

// enumUnmarshalers returns the json/v2 unmarshalers of the package's enums.
func enumUnmarshalers() *json.Unmarshalers { return nil }
