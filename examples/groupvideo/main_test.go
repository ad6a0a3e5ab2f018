package main

import (
	"testing"

	"github.com/dpiakit/dpiakit/examples/internal/scenariotest"
)

func TestRunWritesTheDocuments(t *testing.T) {
	scenariotest.CheckDocument(t, run, "groupvideo", document)
}

func TestRunReportsWriteErrors(t *testing.T) { scenariotest.CheckWriteErrors(t, run) }
