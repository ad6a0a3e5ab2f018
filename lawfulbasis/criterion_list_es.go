package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

// The list of Spain's Agencia Española de Protección de Datos (AEPD) under
// GDPR Art. 35(4): "Listas de tipos de tratamientos de datos que requieren
// EIPD (art 35.4)", published by the AEPD on 6 May 2019 after the EDPB's
// Opinion 6/2019 under Art. 64(1)(a). It names eleven criteria and says
// that a DPIA ("EIPD") will be necessary in most cases where a processing
// meets two or more of them, unless the processing is on the AEPD's list
// under Art. 35(5). No entry stands alone: every entry is combined, and
// the other criterion may be any entry of this list. The list is indicative
// and not exhaustive.
const (
	// CriterionAEPDProfiling is AEPD list criterion 1: profiling or
	// evaluation of individuals, including collecting data on several areas
	// of their life (work performance, personality, behaviour) covering
	// several aspects of their personality or habits ("Tratamientos que
	// impliquen perfilado o valoración de sujetos").
	CriterionAEPDProfiling Criterion = "aepd_profiling"
	// CriterionAEPDAutomatedDecision is AEPD list criterion 2: automated
	// decision-making, or processing that contributes substantially to it,
	// including any decision that prevents a data subject from exercising a
	// right, obtaining a good or service or entering a contract
	// ("Tratamientos que impliquen la toma de decisiones automatizadas").
	CriterionAEPDAutomatedDecision Criterion = "aepd_automated_decision"
	// CriterionAEPDSystematicMonitoring is AEPD list criterion 3: systematic
	// and exhaustive observation, monitoring, supervision, geolocation or
	// control of the data subject, including data and metadata collected
	// through networks, applications or in publicly accessible areas, and
	// unique identifiers of users of information society services
	// ("Tratamientos que impliquen la observación, monitorización,
	// supervisión, geolocalización o control del interesado de forma
	// sistemática y exhaustiva").
	CriterionAEPDSystematicMonitoring Criterion = "aepd_systematic_monitoring"
	// CriterionAEPDSensitive is AEPD list criterion 4: special category data
	// (Art. 9(1)), criminal offence data (Art. 10), or data revealing a
	// person's financial situation or solvency or from which special
	// category information can be inferred ("Tratamientos que impliquen el
	// uso de categorías especiales de datos").
	CriterionAEPDSensitive Criterion = "aepd_sensitive"
	// CriterionAEPDBiometric is AEPD list criterion 5: biometric data used
	// to uniquely identify a natural person ("Tratamientos que impliquen el
	// uso de datos biométricos con el propósito de identificar de manera
	// única a una persona física").
	CriterionAEPDBiometric Criterion = "aepd_biometric"
	// CriterionAEPDGenetic is AEPD list criterion 6: genetic data for any
	// purpose ("Tratamientos que impliquen el uso de datos genéticos para
	// cualquier fin").
	CriterionAEPDGenetic Criterion = "aepd_genetic"
	// CriterionAEPDLargeScale is AEPD list criterion 7: data processed on a
	// large scale, judged by the criteria of the Article 29 Working Party's
	// guidelines on data protection officers, WP243 ("Tratamientos que
	// impliquen el uso de datos a gran escala").
	CriterionAEPDLargeScale Criterion = "aepd_large_scale"
	// CriterionAEPDLinking is AEPD list criterion 8: associating, combining
	// or linking records of databases of two or more processing operations
	// with different purposes or controllers ("Tratamientos que impliquen
	// la asociación, combinación o enlace de registros de bases de datos").
	CriterionAEPDLinking Criterion = "aepd_linking"
	// CriterionAEPDVulnerable is AEPD list criterion 9: data of vulnerable
	// data subjects or those at risk of social exclusion, including children
	// under 14, people with disabilities, users of social services and
	// victims of gender violence ("Tratamientos de datos de sujetos
	// vulnerables o en riesgo de exclusión social").
	CriterionAEPDVulnerable Criterion = "aepd_vulnerable"
	// CriterionAEPDNewTechnology is AEPD list criterion 10: new technologies
	// or an innovative use of established ones, including at a new scale,
	// for a new purpose or in combination, that create new ways of
	// collecting and using data with risk to people's rights and freedoms
	// ("Tratamientos que impliquen la utilización de nuevas tecnologías o
	// un uso innovador de tecnologías consolidadas").
	CriterionAEPDNewTechnology Criterion = "aepd_new_technology"
	// CriterionAEPDPreventsRights is AEPD list criterion 11: processing
	// that prevents data subjects from exercising their rights, using a
	// service or performing a contract, such as data collected by another
	// controller where an exception of Art. 14(5)(b), (c) or (d) to the
	// duty to inform applies ("Tratamientos de datos que impidan a los
	// interesados ejercer sus derechos, utilizar un servicio o ejecutar un
	// contrato").
	CriterionAEPDPreventsRights Criterion = "aepd_prevents_rights"
)

// aepdList is the AEPD's list under Art. 35(4), in its order.
var aepdList = nationalList{
	itemsCombine: true,
	family:       CriterionFamilyAEPD,
	authority:    "AEPD",
	country:      "ES",
	title:        "Listas de tipos de tratamientos de datos que requieren EIPD (art 35.4)",
	source:       "Agencia Española de Protección de Datos, list under Art. 35(4) GDPR, published 6 May 2019",
	url:          "https://www.aepd.es/documento/listas-dpia-es-35-4.pdf",
	adopted:      dpiakit.Date{Year: 2019, Month: time.May, Day: 6},
	items: []nationalItem{
		{CriterionAEPDProfiling, "Profiling or evaluation of individuals",
			"Tratamientos que impliquen perfilado o valoración de sujetos, incluida la recogida de datos del sujeto en múltiples ámbitos de su vida (desempeño en el trabajo, personalidad y comportamiento), que cubran varios aspectos de su personalidad o sobre sobre sus hábitos.", true},
		{CriterionAEPDAutomatedDecision, "Automated decision-making, or contributing substantially to it",
			"Tratamientos que impliquen la toma de decisiones automatizadas o que contribuyan en gran medida a la toma de tales decisiones, incluyendo cualquier tipo de decisión que impida a un interesado el ejercicio de un derecho o el acceso a un bien o un servicio o formar parte de un contrato.", true},
		{CriterionAEPDSystematicMonitoring, "Systematic and exhaustive observation, monitoring or control",
			"Tratamientos que impliquen la observación, monitorización, supervisión, geolocalización o control del interesado de forma sistemática y exhaustiva, incluida la recogida de datos y metadatos a través de redes, aplicaciones o en zonas de acceso público, así como el procesamiento de identificadores únicos que permitan la identificación de usuarios de servicios de la sociedad de la información como pueden ser los servicios web, TV interactiva, aplicaciones móviles, etc.", true},
		{CriterionAEPDSensitive, "Special category, criminal offence, financial or solvency data",
			"Tratamientos que impliquen el uso de categorías especiales de datos a las que se refiere el artículo 9.1 del RGPD, datos relativos a condenas o infracciones penales a los que se refiere el artículo 10 del RGPD o datos que permitan determinar la situación financiera o de solvencia patrimonial o deducir información sobre las personas relacionada con categorías especiales de datos.", true},
		{CriterionAEPDBiometric, "Biometric data to uniquely identify a person",
			"Tratamientos que impliquen el uso de datos biométricos con el propósito de identificar de manera única a una persona física.", true},
		{CriterionAEPDGenetic, "Genetic data for any purpose",
			"Tratamientos que impliquen el uso de datos genéticos para cualquier fin.", true},
		{CriterionAEPDLargeScale, "Large-scale processing, judged by the WP243 criteria",
			"Tratamientos que impliquen el uso de datos a gran escala. Para determinar si un tratamiento se puede considerar a gran escala se considerarán los criterios establecidos en la guía WP243 “Directrices sobre los delegados de protección de datos (DPD)” del Grupo de Trabajo del Artículo 29.", true},
		{CriterionAEPDLinking, "Linking databases of processing with different purposes or controllers",
			"Tratamientos que impliquen la asociación, combinación o enlace de registros de bases de datos de dos o más tratamientos con finalidades diferentes o por responsables distintos.", true},
		{CriterionAEPDVulnerable, "Vulnerable data subjects or those at risk of social exclusion",
			"Tratamientos de datos de sujetos vulnerables o en riesgo de exclusión social, incluyendo datos de menores de 14 años, mayores con algún grado de discapacidad, discapacitados, personas que acceden a servicios sociales y víctimas de violencia de género, así como sus descendientes y personas que estén bajo su guardia y custodia.", true},
		{CriterionAEPDNewTechnology, "New technologies or an innovative use of established ones",
			"Tratamientos que impliquen la utilización de nuevas tecnologías o un uso innovador de tecnologías consolidadas, incluyendo la utilización de tecnologías a una nueva escala, con un nuevo objetivo o combinadas con otras, de forma que suponga nuevas formas de recogida y utilización de datos con riesgo para los derechos y libertades de las personas.", true},
		{CriterionAEPDPreventsRights, "Prevents exercising rights, using a service or performing a contract",
			"Tratamientos de datos que impidan a los interesados ejercer sus derechos, utilizar un servicio o ejecutar un contrato, como por ejemplo tratamientos en los que los datos han sido recopilados por un responsable distinto al que los va a tratar y aplica alguna de las excepciones sobre la información que debe proporcionarse a los interesados según el artículo 14.5 (b,c,d) del RGPD.", true},
	},
}
