package lawfulbasis

import (
	"fmt"
	"slices"
)

// ParseSchedule1 reads a DPA 2018 Schedule 1 condition as real documents
// write it, in any case: references ("Schedule 1 paragraph 2", "Sch. 1
// para 2", "DPA 2018 Sch 1 Part 1 para 2", "Schedule 1, Part 2, paragraph
// 18", "Schedule 1 Part 1(2)", "para 10"), the codes and citations this package writes (Code and
// Ref), keys and labels ("health or social care purposes", "preventing or
// detecting unlawful acts", "safeguarding of children and individuals at
// risk") and references followed by a name.
//
// A paragraph number decides the condition; it is an error when it is not
// a condition (0, 5, 38 and above), when the Part given contradicts it
// ("Part 1 paragraph 18"), when the Schedule is not 1, when two paragraphs
// are named, or when words beside it name a different condition.
// Sub-paragraphs ("para 35(1)") are accepted and ignored. Without a
// paragraph the words decide, as in ParseArticle6, and a Part given must
// agree with them.
func ParseSchedule1(s string) (Schedule1, error) {
	const want = "a DPA 2018 Schedule 1 condition"
	fail := func(reason string) (Schedule1, error) { return Schedule1Unknown, parseError(s, want, reason) }
	if reason := unreadable(s); reason != "" {
		return Schedule1Unknown, parseError(clip(s), want, reason)
	}

	toks := tokenize(s)
	var (
		schedule, part string
		paras          []string
		text           []token
	)
	for i := 0; i < len(toks); {
		t := toks[i]
		switch {
		case t.isWord("schedule", "schedules", "sch", "sched"):
			n, next, ok := numberAfter(toks, i+1)
			if !ok {
				text = append(text, t)
				i++
				continue
			}
			if schedule != "" && schedule != n {
				return fail("it cites two schedules")
			}
			schedule, i = n, next
		case t.isWord("part", "pt"):
			n, next, ok := numberAfter(toks, i+1)
			if !ok {
				text = append(text, t)
				i++
				continue
			}
			if part != "" && part != n {
				return fail("it cites two Parts")
			}
			part, i = n, next
			if g, after, ok := groupAt(toks, i); ok && toks[i].is(punctToken, "(") && isDigits(g) {
				paras = append(paras, g) // "Part 1(2)": paragraph 2 of Part 1
				i = after
			}
		case t.isWord("paragraph", "paragraphs", "para", "paras", "par", "pars"):
			n, next, ok := numberAfter(toks, i+1)
			if !ok {
				text = append(text, t)
				i++
				continue
			}
			paras = append(paras, n)
			i = next
			for {
				if _, after, ok := groupAt(toks, i); ok && toks[i].is(punctToken, "(") {
					i = after // a sub-paragraph, "35(1)"
					continue
				}
				if i+1 < len(toks) && (toks[i].isWord("and", "or", "to") || toks[i].is(punctToken, "-")) && toks[i+1].kind == numberToken {
					paras = append(paras, toks[i+1].text)
					i += 2
					continue
				}
				break
			}
		case t.isWord("dpa", "act") && i+1 < len(toks) && toks[i+1].is(numberToken, "2018"):
			i += 2
		case t.kind == punctToken:
			i++
		default:
			text = append(text, t)
			i++
		}
	}

	if schedule != "" && schedule != "1" {
		return fail("it cites Schedule " + schedule)
	}
	wantPart := 0
	if part != "" {
		wantPart = articleNumber(part)
		if wantPart < 1 || wantPart > 3 {
			return fail("Schedule 1 has conditions in Parts 1 to 3 only, not Part " + part)
		}
	}
	var decided Schedule1
	for _, p := range paras {
		v := Schedule1(articleNumber(p))
		if !v.IsValid() {
			return fail("paragraph " + p + " of Schedule 1 is not a condition (conditions are in paragraphs 1-4 and 6-37)")
		}
		if decided != Schedule1Unknown && v != decided {
			return fail(fmt.Sprintf("it names more than one paragraph: %d, %d", int(decided), int(v)))
		}
		decided = v
	}
	m := schedule1Vocabulary.match(text)
	if decided == Schedule1Unknown {
		switch {
		case !m.covered || len(m.values) == 0:
			return fail("")
		case len(m.values) > 1:
			return fail("it names more than one Schedule 1 condition: " + joinValues[Schedule1](m.values))
		}
		decided = Schedule1(m.values[0])
	} else if i := slices.IndexFunc(m.values, func(w int) bool { return Schedule1(w) != decided }); i >= 0 {
		return fail(fmt.Sprintf("paragraph %d is %s but its words say %s", int(decided), decided, Schedule1(m.values[i])))
	}
	if wantPart != 0 && decided.Part() != wantPart {
		return fail(fmt.Sprintf("paragraph %d is in Part %d, not Part %d", int(decided), decided.Part(), wantPart))
	}
	return decided, nil
}

// numberAfter reads a number at toks[i], optionally after a full stop
// ("Sch. 1"), and returns its digits and the index after it.
func numberAfter(toks []token, i int) (string, int, bool) {
	if i < len(toks) && toks[i].is(punctToken, ".") {
		i++
	}
	if i < len(toks) && toks[i].kind == numberToken {
		return toks[i].text, i + 1, true
	}
	return "", i, false
}

// schedule1Vocabulary holds the names of the conditions. It is never
// written after package initialisation.
var schedule1Vocabulary = newVocabulary([]term{
	schedule1Term(Sch1Employment, "employment social security and social protection", "social security",
		"social protection", "employment social security social protection", "employment and social security"),
	schedule1Term(Sch1HealthOrSocialCare, "health or social care", "health and social care", "health and social care purposes",
		"healthcare", "health care", "social care"),
	schedule1Term(Sch1PublicHealth),
	schedule1Term(Sch1Research, "archiving", "statistics", "research and statistics", "archiving research and statistics",
		"archiving research or statistics", "research archiving and statistics", "research etc"),
	schedule1Term(Sch1StatutoryPurposes, "statutory purposes", "government purposes", "statutory and government",
		"statutory etc and government purposes"),
	schedule1Term(Sch1AdministrationOfJustice, "parliamentary purposes", "administration of justice"),
	schedule1Term(Sch1EqualityOfOpportunity, "equality of opportunity", "equality of treatment", "equal opportunities",
		"equality of opportunity or treatment"),
	schedule1Term(Sch1RacialEthnicDiversity, "racial and ethnic diversity at senior levels", "racial and ethnic diversity",
		"diversity at senior levels"),
	schedule1Term(Sch1PreventingUnlawfulActs, "preventing and detecting unlawful acts", "prevention or detection of unlawful acts",
		"prevention and detection of unlawful acts", "preventing or detecting crime", "prevention and detection of crime",
		"prevention or detection of crime", "crime prevention", "unlawful acts"),
	schedule1Term(Sch1ProtectingThePublic, "protecting the public against dishonesty", "protecting the public against dishonesty etc"),
	schedule1Term(Sch1RegulatoryRequirements, "regulatory requirements relating to unlawful acts and dishonesty",
		"regulatory requirements relating to unlawful acts and dishonesty etc"),
	schedule1Term(Sch1Journalism, "journalism in connection with unlawful acts and dishonesty",
		"journalism etc in connection with unlawful acts and dishonesty etc"),
	schedule1Term(Sch1PreventingFraud, "fraud prevention", "prevention of fraud"),
	schedule1Term(Sch1TerroristFinancing, "terrorist financing", "money laundering", "terrorist financing or money laundering",
		"terrorist financing and money laundering", "suspicion of terrorist financing", "suspicion of money laundering",
		"anti money laundering"),
	schedule1Term(Sch1DisabilitySupport, "support for individuals with a particular disability", "disability support",
		"support for individuals with a disability or medical condition"),
	schedule1Term(Sch1Counselling, "counseling"),
	schedule1Term(Sch1SafeguardingChildren, "safeguarding of children and of individuals at risk",
		"safeguarding children and individuals at risk", "safeguarding of children", "safeguarding children",
		"safeguarding", "individuals at risk", "children and individuals at risk"),
	schedule1Term(Sch1SafeguardingEconomicWellBeing, "safeguarding of economic well being", "safeguarding of economic wellbeing",
		"safeguarding of economic wellbeing of certain individuals", "economic well being", "economic wellbeing"),
	schedule1Term(Sch1Insurance, "insurance purposes"),
	schedule1Term(Sch1OccupationalPensions, "occupational pension", "occupational pension schemes", "occupational pension scheme"),
	schedule1Term(Sch1PoliticalParties, "political party"),
	schedule1Term(Sch1ElectedRepresentatives, "elected representatives", "elected representative"),
	schedule1Term(Sch1DisclosureToElectedRepresentatives, "disclosure to an elected representative"),
	schedule1Term(Sch1InformingAboutPrisoners, "informing elected representatives about prisoners", "prisoners"),
	schedule1Term(Sch1LegalJudgments, "publication of legal judgements", "legal judgments", "legal judgements"),
	schedule1Term(Sch1AntiDoping, "anti doping", "doping"),
	schedule1Term(Sch1SportStandards, "standards of behavior in sport", "standards of behaviour"),
	schedule1Term(Sch1CriminalConsent, "consent"),
	schedule1Term(Sch1CriminalVitalInterests, "vital interests", "vital interest"),
	schedule1Term(Sch1CriminalNotForProfit, "not for profit bodies", "not for profit body", "not for profit"),
	schedule1Term(Sch1CriminalMadePublic, "manifestly made public", "made public"),
	schedule1Term(Sch1CriminalLegalClaims, "legal claims", "legal claim"),
	schedule1Term(Sch1JudicialActs, "judicial act"),
	schedule1Term(Sch1IndecencyOffencesChildren, "indecency offences", "child indecency offences"),
	schedule1Term(Sch1SubstantialPublicInterestExtension, "substantial public interest extension",
		"extension of conditions referring to substantial public interest"),
	schedule1Term(Sch1InsuranceExtension, "insurance extension", "extension of insurance conditions"),
}, "condition", "conditions", "data protection act", "data protection", "dpa", "criminal offence data")

func schedule1Term(s Schedule1, phrases ...string) term {
	return term{value: int(s), key: s.String(), label: s.Label(), phrases: phrases}
}
