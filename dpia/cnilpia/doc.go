// Package cnilpia reads and writes the JSON export of the CNIL's PIA tool
// (LINCnil/pia, the open-source privacy impact assessment software of the
// French supervisory authority; format of version 4.1), so that a DPIA
// written there becomes a dpia.Assessment and back.
//
// The format is one JSON object with five keys: "pia" (the record: name,
// status, people, the DPO's and the data subjects' opinions), "answers"
// (one per question of the questionnaire, by question id: rich text as
// HTML, a 1-4 gauge, or a list), "measures" (title and HTML content),
// "evaluations" (the evaluator's verdict on each part, by reference such
// as "2.1.211" or "3.2", with the action plan and, for the three risks,
// the re-rating after the measures) and "comments". The questionnaire
// follows the CNIL's PIA method: context (1), fundamental principles (2),
// risks (3) and validation (4); the three risks are illegitimate access
// to data, unwanted modification of data and data disappearance, each
// rated for severity and likelihood on one 4-point scale (risk.CNIL4x4).
// A PIA made from a template ("structure") carries the template's
// questionnaire, whose added questions get further ids (114, 228...).
//
// # Mapping
//
// Import maps the file as follows, and declares the assessment's method
// dpia.MethodCNIL; Export writes the same fields back.
// Every text field is read with dpia/richtext: the tool's HTML (answers,
// measures, and the opinions, comments and action plans where they hold
// markup) with richtext.ParseHTML, the plain form fields with
// richtext.ParseText, so that character references ("&eacute;") are
// decoded in every field, with or without tags, and a byte-order mark
// before the JSON is accepted. A field's model text is the plain form of
// its rich text (paragraphs separated by a blank line, list items as
// "- item" or "1. item" lines, nested items indented); when the text has
// more than one paragraph, a list, emphasis or a link, its formatting is
// also kept in Assessment.RichText at the field's JSON path, which the
// renderers print and Export writes back while the field's text is
// unchanged (richtext.Lookup). Markup the form cannot hold (images,
// styles, tables, headings) and active content (scripts, frames, objects,
// event handlers, javascript: links) are removed and reported, and
// invalid UTF-8, NUL and control characters are replaced by U+FFFD and
// reported: nothing is changed silently. Where a list answer names typed
// things, the items "term: detail" of its flat lists become them, and the
// prose around them goes to the field named; a numbered list keeps its
// numbering as a richtext.Field at the typed list's path
// (processing.purposes, inventory.systems, inventory.retention), which
// Export follows while the items are the same, so that an answer's
// "1./2./3." still matches what it numbers.
//
//	pia.name                           title
//	pia.id                             reference "CNIL PIA <id>"; with the name, the UUIDs
//	pia.status                         status: 0 draft, 1 rejected, 2 and 3 approved, 4 superseded
//	pia.created_at                     date (calendar date in UTC; updated_at when it is
//	                                     missing; a later updated_at is reported); a time
//	                                     of day, here and in evaluations, in custom
//	                                     question cnil.timestamps of sign_off.questions, written back from it
//	pia.author_name                    parties.roles: assessor
//	pia.evaluator_name                 parties.roles: other, title "Evaluator"
//	pia.validator_name                 parties.roles: other, title "Validator"
//	pia.status 1-3, validator_name,    sign_off.steps: controller_decision "Validation of the
//	  rejection_reason,                  PIA" (decision approved or rejected; label "(signed
//	  applied_adjustments                validation)" for 3), reasons (only while the PIA
//	  (older: rejected_reason,           stands rejected), comments; the rejection reason of
//	  applied_adjustements)              a PIA approved since: custom question
//	                                     cnil.earlier_rejection_reason, reported as stale
//	pia.dpos_names                     parties.dpo.name; signer of the dpo_advice step
//	pia.dpo_status, dpo_opinion        sign_off.steps: dpo_advice, decision proceed (1) or
//	                                     do_not_proceed (0), summary
//	pia.concerned_people_searched_     consultation.individuals_views_sought
//	  opinion
//	pia.people_names                   consultation.stakeholders: individuals
//	pia.concerned_people_searched_     sign_off.steps: data_subjects_opinion (GDPR Art.
//	  content, concerned_people_         35(9)): reasons (why the opinion was not sought),
//	  opinion, concerned_people_status   summary (the opinion), decision proceed (1) or
//	                                     do_not_proceed (0)
//	pia.category                       custom question cnil.category
//	pia.structure_*                    custom question cnil.structure (name, sector, id)
//	111 overview                       need.summary
//	112 responsibilities               custom question cnil.q.112 in parties.questions
//	113 standards                      processing.context.codes_and_certification
//	121 data                           inventory.items (list items, classified with
//	                                     dpia.LookupItem only where unambiguous; a name that
//	                                     may be special category data reported for review);
//	                                     prose and nested lists, kept with their structure:
//	                                     processing.scope.data_nature
//	122 life cycle                     processing.nature.workflow
//	123 supporting assets              inventory.systems (list items); prose:
//	                                     processing.nature.storage
//	211 purposes                       processing.purposes (list items); prose: processing.aims
//	212 legal basis                    necessity.basis_text, and necessity.claims read with
//	                                     lawfulbasis.ParseArticle6 and ParseArticle9, and
//	                                     the GDPR's own wording in French, German, Spanish
//	                                     and Italian where a line names one basis only
//	213 minimisation                   necessity.quality_minimisation
//	214 accuracy                       necessity.principles: accuracy
//	215 storage duration               inventory.retention ("data: 3 years"); prose:
//	                                     processing.scope.retention_summary
//	221 information                    necessity.information
//	222 consent                        custom question cnil.q.222 in necessity.questions
//	223, 224, 225 rights               necessity.rights: access, rectification, restriction
//	226 processors                     necessity.processor_compliance
//	227 transfers                      necessity.transfer_safeguards
//	3x1, 3x2, 3x3 (x = 2, 3, 4)        risks.risks[]: impacts, threats, sources of the risk of
//	                                     category illegitimate_access, unwanted_modification,
//	                                     disappearance (reference "3.2", "3.3", "3.4")
//	3x4                                the risk's measures, by title
//	3x5, 3x6                           inherent severity and likelihood on the CNIL 4x4
//	                                     matrix; the texts as the rationale
//	measures[]                         risks.measures (title, description)
//	evaluations "3.2" gauges x, y      the risk's residual severity and likelihood
//	evaluations[] reference_to,        evaluations[]: part (the reference, "2.1.211",
//	  status, evaluation_comment,        "3.1.<n>" for the file's n-th measure, "3.2"),
//	  action_plan_comment,               status (3 acceptable; 1 and 2 to improve, 1
//	  evaluation_date                    reported), comment, corrective action, evaluator
//	                                     (pia.evaluator_name), date; global_status is
//	                                     reported unless it says completed
//	evaluations[] action_plan_comment, action_plan[] (id cnil.evaluation.<ref>, action,
//	  person_in_charge,                  owner, due; risk_refs for a risk's)
//	  estimated_implementation_date
//	comments[]                         custom questions cnil.comment.<ref>.<n> beside the
//	                                     question or measure commented
//	questions a template added         custom questions cnil.q.<id> in the step of their
//	                                     section, with the template's title and guidance
//
// The regime is not in the format: Import assumes EU GDPR unless
// ImportOptions.Regime says otherwise.
//
// # Limits
//
// Import reads at most ImportOptions.MaxBytes of input (default
// DefaultMaxImportBytes, 64 MiB), and holds the assessment it returns to
// ImportOptions.Limits, the dpia.DecodeOptions of dpia.Decode
// (by default strings of up to 1 MiB, lists of up to 100,000 elements,
// 64 levels of nesting and a document of up to 16 MiB), so that what it
// returns can be saved with dpia.Encode and loaded again with dpia.Decode.
// Beyond a limit it fails with an error naming the limit, the option and,
// for the assessment's limits, the JSON path of the value (a
// *dpia.DecodeError). Import and Export take time linear in their input,
// however many measures, risks, answers, evaluations and comments it
// holds and however its rich text is marked up.
//
// The report (see Report and EntryKind) lists everything Import could not
// carry as it stood: values with no typed field (kept in a custom
// question or only reported), text read in part or not at all, markup
// removed (dropped or unsafe), invalid text, data items to review,
// unknown questions and keys, values out of range, of the wrong type or
// invalid, duplicates, missing parts and stale values. It leaves out only the bookkeeping the tool itself
// recomputes or assigns: record ids and pia_id (the model derives its own
// identifiers), progress, lock_version, the placeholders of measures, and
// the creation and update times of answers, measures, evaluations and
// comments.
//
// # Export
//
// Export writes the keys and JSON types of the tool's own exports:
// answers refer to questions by number, evaluations to items by string,
// gauges are integers, timestamps ISO-8601: those Import kept with their
// time of day while their dates are unchanged, else midnight UTC of the
// date. Every field the tool shows as HTML (answers, measure contents
// and titles, opinions, comments, evaluations) is written as safe HTML:
// text escaped, and only the elements of richtext.Text.HTML (p, br, ul,
// ol, li, strong, em, and a with an http, https or mailto href). Ratings on another matrix than the CNIL's convert by
// their position on the scale (see gaugeOf). The first risk of each of the
// three categories fills its item; the first right of access (or
// portability), rectification (or erasure) and restriction (or objection)
// fills 2.2.3 to 2.2.5. Every other value is appended, as "label: value"
// paragraphs under the heading "Further information (not in the CNIL
// questionnaire)" (a paragraph of strong text), to the nearest answer, measure or opinion; Import keeps
// such text in a custom question cnil.appendix.<where>, and Export writes
// it back there, so that Import, Export, Import gives the same assessment.
package cnilpia
