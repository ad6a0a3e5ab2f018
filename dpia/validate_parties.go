package dpia

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// checkProcessors applies DP006 and DP007.
func (v *validator) checkProcessors() {
	procs := v.a.Parties.Processors
	var ids map[string]bool
	for i := range procs {
		p := &procs[i]
		if p.Contract.InPlace != YesNoYes {
			v.add(ruleProcessorWithoutContract, "parties.processors["+strconv.Itoa(i)+"].contract",
				processorLabel(p)+" "+quoted(partyName(p.Party))+" has no Art. 28 contract recorded ("+
					"contract in place: "+strings.ToLower(p.Contract.InPlace.Label())+
					"); the contract must bind it to act only on documented instructions, with the terms of Art. 28(3)")
		}
		parent := strings.TrimSpace(p.Parent)
		if parent == "" {
			if p.Kind == ProcessorKindSub {
				v.add(ruleSubProcessorWithoutParent, "parties.processors["+strconv.Itoa(i)+"].parent",
					"sub-processor "+quoted(partyName(p.Party))+" names no parent processor: who engaged it, under whose authorisation, cannot be traced")
			}
			continue
		}
		if ids == nil {
			ids = processorIDs(procs)
		}
		switch {
		case parent == strings.TrimSpace(p.ID):
			v.add(ruleSubProcessorWithoutParent, "parties.processors["+strconv.Itoa(i)+"].parent",
				processorLabel(p)+" "+quoted(partyName(p.Party))+" names itself as its parent processor")
		case !ids[parent]:
			v.add(ruleSubProcessorWithoutParent, "parties.processors["+strconv.Itoa(i)+"].parent",
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
	if p.Kind == ProcessorKindSub || !blankText(p.Parent) {
		return "sub-processor"
	}
	return "processor"
}

// checkJointControllers applies DP035.
func (v *validator) checkJointControllers() {
	p := &v.a.Parties
	if len(p.JointControllers) == 0 || !blankText(p.JointArrangement) {
		return
	}
	names := make([]string, 0, len(p.JointControllers))
	for i := range p.JointControllers {
		names = append(names, quoted(partyName(p.JointControllers[i])))
	}
	v.add(ruleJointControllersWithoutArrangement, "parties.joint_arrangement",
		"the controller determines the purposes and means jointly with "+listed(names)+
			", but no arrangement between the joint controllers is recorded: Art. 26(1) requires one setting out their respective responsibilities, "+
			"in particular for the data subjects' rights and the information of Arts 13 and 14")
}

// checkRepresentatives applies DP036. A controller or joint controller
// established outside the regime's area, whose processing the regime
// covers through Art. 3(2), needs a representative; so does a processor
// outside the area acting for the controller when the controller is so
// established. A party of unknown
// country, and a public authority or body (Art. 27(2)(b)), is not judged.
func (v *validator) checkRepresentatives() {
	a := v.a
	if !a.Regime.IsValid() {
		return
	}
	p := &a.Parties
	controllerAbroad := v.checkRepresentative(&p.Controller, "parties.controller", "the controller")
	for i := range p.JointControllers {
		v.checkRepresentative(&p.JointControllers[i], dpiakit.Index("parties.joint_controllers", i), "joint controller")
	}
	if !controllerAbroad {
		return
	}
	for i := range p.Processors {
		v.checkRepresentative(&p.Processors[i].Party, dpiakit.Index("parties.processors", i), processorLabel(&p.Processors[i]))
	}
}

// checkRepresentative reports DP036 for party, at path, when it is
// established outside the regime's area without a representative there
// or a stated exemption. It reports whether the party is established
// outside the area.
func (v *validator) checkRepresentative(party *Party, path, label string) bool {
	c := party.Country
	if c == "" || !c.IsValid() || inRegimeArea(v.a.Regime, c) {
		return false
	}
	if party.PublicAuthority {
		return true
	}
	rep := &party.Representative
	who := label + " " + quoted(partyName(*party))
	if label == "the controller" {
		who = "the controller " + quoted(partyName(*party))
	}
	area := regimeArea(v.a.Regime)
	switch {
	case rep.designated() && rep.Country != "" && rep.Country.IsValid() && !inRegimeArea(v.a.Regime, rep.Country):
		v.add(ruleRepresentativeMissing, path+".representative.country",
			who+" names representative "+quoted(rep.Name)+" established in "+rep.Country.Label()+
				", outside "+regimeArea(v.a.Regime)+": Art. 27(3) requires the representative to be established in "+area)
	case !rep.designated() && blankText(rep.Exemption):
		v.add(ruleRepresentativeMissing, path+".representative",
			who+" is established in "+c.Label()+", outside "+regimeArea(v.a.Regime)+
				", and no representative in "+area+" is designated (Art. 27(1)) nor an exemption of Art. 27(2) stated")
	}
	return true
}
