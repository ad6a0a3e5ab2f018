package main

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"io"
	"slices"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// The subset of SARIF 2.1.0 (OASIS) that dpiacheck writes.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      *sarifText         `json:"fullDescription,omitempty"`
	Help                 sarifText          `json:"help"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// catalogueRules returns the SARIF rules of the catalogue: dpia.Rules,
// then the kinds of the CNIL import report.
func catalogueRules() []sarifRule {
	var out []sarifRule
	for _, r := range dpia.Rules() {
		help := r.Summary
		if r.Ref != "" {
			help += " Legal reference: " + r.Ref + "."
		}
		sr := sarifRule{
			ID:                   r.ID,
			ShortDescription:     sarifText{Text: r.Summary},
			Help:                 sarifText{Text: help},
			DefaultConfiguration: sarifConfiguration{Level: level(r.Severity)},
		}
		if r.Rationale != "" {
			sr.FullDescription = &sarifText{Text: r.Rationale}
		}
		out = append(out, sr)
	}
	for _, k := range cnilpia.EntryKindValues() {
		text := "CNIL PIA import: " + k.Label() + "."
		out = append(out, sarifRule{
			ID:                   importRuleID(k),
			ShortDescription:     sarifText{Text: text},
			Help:                 sarifText{Text: text + " See the import report of dpia/cnilpia."},
			DefaultConfiguration: sarifConfiguration{Level: importLevel(k)},
		})
	}
	return out
}

// writeSARIF prints the results as one SARIF 2.1.0 log of one run.
func writeSARIF(w io.Writer, results []checked) error {
	rules := catalogueRules()
	index := map[string]int{}
	for i, r := range rules {
		index[r.ID] = i
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "dpiacheck",
			InformationURI: "https://github.com/dpiakit/dpiakit",
		}},
		Results: []sarifResult{},
	}
	for _, c := range results {
		for _, f := range c.Findings {
			i, ok := index[f.Rule]
			if !ok {
				// A rule outside the catalogue still gets an entry, so
				// that every result has its rule.
				i = len(rules)
				index[f.Rule] = i
				rules = append(rules, sarifRule{
					ID:                   f.Rule,
					ShortDescription:     sarifText{Text: f.Rule},
					Help:                 sarifText{Text: f.Rule},
					DefaultConfiguration: sarifConfiguration{Level: level(f.Severity)},
				})
			}
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: c.File}}}
			if f.Line > 0 {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.Line}
			}
			if f.Path != "" {
				loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: f.Path, Kind: "member"}}
			}
			msg := f.Message
			if f.Ref != "" {
				msg += " (" + f.Ref + ")"
			}
			run.Results = append(run.Results, sarifResult{
				RuleID: f.Rule, RuleIndex: i, Level: f.Level,
				Message: sarifText{Text: msg}, Locations: []sarifLocation{loc},
			})
		}
	}
	run.Tool.Driver.Rules = slices.Clip(rules)
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	return json.MarshalWrite(w, log, jsontext.WithIndent("  "))
}
