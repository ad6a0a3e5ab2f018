package dpia

import (
	"strconv"
	"strings"
)

// checkProcessors applies DP006 and DP007.
func (v *validator) checkProcessors() {
	procs := v.a.Parties.Processors
	var ids map[string]bool
	for i := range procs {
		p := &procs[i]
		if p.Contract.InPlace != Yes {
			v.add(RuleProcessorWithoutContract, "parties.processors["+strconv.Itoa(i)+"].contract",
				processorLabel(p)+" "+quoted(partyName(p.Party))+" has no Art. 28 contract recorded ("+
					"contract in place: "+strings.ToLower(p.Contract.InPlace.Label())+
					"); the contract must bind it to act only on documented instructions, with the terms of Art. 28(3)")
		}
		parent := strings.TrimSpace(p.Parent)
		if parent == "" {
			if p.Kind == SubProcessor {
				v.add(RuleSubProcessorWithoutParent, "parties.processors["+strconv.Itoa(i)+"].parent",
					"sub-processor "+quoted(partyName(p.Party))+" names no parent processor: who engaged it, under whose authorisation, cannot be traced")
			}
			continue
		}
		if ids == nil {
			ids = processorIDs(procs)
		}
		switch {
		case parent == strings.TrimSpace(p.ID):
			v.add(RuleSubProcessorWithoutParent, "parties.processors["+strconv.Itoa(i)+"].parent",
				processorLabel(p)+" "+quoted(partyName(p.Party))+" names itself as its parent processor")
		case !ids[parent]:
			v.add(RuleSubProcessorWithoutParent, "parties.processors["+strconv.Itoa(i)+"].parent",
				processorLabel(p)+" "+quoted(partyName(p.Party))+" names parent "+quoted(parent)+
					", which is not the id of any processor listed")
		}
	}
}

// processorIDs returns the set of the processors' ids.
func processorIDs(procs []Processor) map[string]bool {
	ids := make(map[string]bool, len(procs))
	for i := range procs {
		if id := strings.TrimSpace(procs[i].ID); id != "" {
			ids[id] = true
		}
	}
	return ids
}

// processorLabel says "processor" or "sub-processor".
func processorLabel(p *Processor) string {
	if p.Kind == SubProcessor || !blankText(p.Parent) {
		return "sub-processor"
	}
	return "processor"
}
