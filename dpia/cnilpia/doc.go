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
// Rich text becomes the model's plain text: paragraphs separated by a
// blank line, line breaks kept, list items as "- item" or "1. item"
// lines; formatting, styles and images are left out. Where a list answer
// names typed things, its items "term: detail" become them, and the
// prose around them goes to the field named.
//
//	pia.name                           title
//	pia.id                             reference "CNIL PIA <id>"; with the name, the UUIDs
//	pia.status                         status: 0 draft, 1 rejected, 2 and 3 approved, 4 superseded
//	pia.created_at                     date (calendar date in UTC; updated_at when it is
//	                                     missing; a later updated_at is reported)
//	pia.author_name                    parties.roles: assessor
//	pia.evaluator_name                 parties.roles: other, title "Evaluator"
//	pia.validator_name                 parties.roles: other, title "Validator"
//	pia.status 1-3, validator_name,    sign_off.steps: controller_decision "Validation of the
//	  rejection_reason,                  PIA" (decision approved or rejected; label "(signed
//	  applied_adjustments                validation)" for 3), reasons, comments
//	pia.dpos_names                     parties.dpo.name; signer of the dpo_advice step
//	pia.dpo_status, dpo_opinion        sign_off.steps: dpo_advice, decision proceed (1) or
//	                                     do_not_proceed (0), summary
//	pia.concerned_people_searched_*    consultation.individuals_views_sought, not_sought_reason
//	pia.people_names                   consultation.stakeholders: individuals
//	pia.concerned_people_opinion       consultation.views
//	pia.concerned_people_status        custom question cnil.concerned_people_status
//	pia.category                       custom question cnil.category
//	pia.structure_*                    custom question cnil.structure (name, sector, id)
//	111 overview                       need.summary
//	112 responsibilities               custom question cnil.q.112 in parties.questions
//	113 standards                      processing.context.codes_and_certification
//	121 data                           inventory.items (list items, classified with
//	                                     dpia.LookupItem); prose: processing.scope.data_nature
//	122 life cycle                     processing.nature.workflow
//	123 supporting assets              inventory.systems (list items); prose:
//	                                     processing.nature.storage
//	211 purposes                       processing.purposes (list items); prose: processing.aims
//	212 legal basis                    necessity.basis_text, and necessity.claims read with
//	                                     lawfulbasis.ParseArticle6 and ParseArticle9
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
//	evaluations[] status, comment,     custom questions cnil.evaluation.<ref> in
//	  evaluation_date, global_status     sign_off.questions ("Status: Acceptable. ...")
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
// carry as it stood. It leaves out only the bookkeeping the tool itself
// recomputes or assigns: record ids and pia_id (the model derives its own
// identifiers), progress, lock_version, the placeholders of measures, and
// the creation and update times of answers, measures, evaluations and
// comments.
//
// # Export
//
// Export writes the keys and JSON types of the tool's own exports:
// answers refer to questions by number, evaluations to items by string,
// gauges are integers, timestamps ISO-8601 at midnight UTC of the
// assessment's date. Ratings on another matrix than the CNIL's convert by
// their position on the scale (see gaugeOf). The first risk of each of the
// three categories fills its item; the first right of access (or
// portability), rectification (or erasure) and restriction (or objection)
// fills 2.2.3 to 2.2.5. Every other value is appended, as "label: value"
// paragraphs under the heading "Further information (not in the CNIL
// questionnaire)", to the nearest answer, measure or opinion; Import keeps
// such text in a custom question cnil.appendix.<where>, and Export writes
// it back there, so that Import, Export, Import gives the same assessment.
package cnilpia
