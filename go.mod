module github.com/dpiakit/dpiakit

go 1.26

require github.com/stretchr/testify v1.12.1

require (
	github.com/go-fonts/liberation v0.3.3 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/jung-kurt/gofpdf v1.16.2 // indirect
	github.com/shopspring/decimal v1.6.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
