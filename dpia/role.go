package dpia

// Role is a named responsibility in a DPIA: the roles of seed 001's title
// page and seed 002's contact details, the DPO of GDPR Arts 37-39, and the
// NHS roles that approve processing (SIRO, Caldicott Guardian). The zero
// value RoleUnknown means no role was stated.
type Role int

const (
	// RoleUnknown is the zero value: no role was stated.
	RoleUnknown Role = iota
	// RoleExecutiveSponsor is the executive who sponsors the project.
	RoleExecutiveSponsor
	// RoleInformationAssetOwner owns the information asset (NHS "IAO",
	// seed 001 "Information Asset Owner/Administrator").
	RoleInformationAssetOwner
	// RoleProjectLead leads the project and owns the DPIA's actions (seed
	// 001 "Project Lead").
	RoleProjectLead
	// RoleAssessor performs the assessment (seed 001 "Person/s performing
	// the DPIA").
	RoleAssessor
	// RoleDPIALead leads the DPIA (seed 002 "DPIA Lead").
	RoleDPIALead
	// RoleSIRO is the Senior Information Risk Owner.
	RoleSIRO
	// RoleCaldicottGuardian is the NHS Caldicott Guardian, who protects the
	// confidentiality of patient information.
	RoleCaldicottGuardian
	// RoleDPO is the data protection officer (GDPR Arts 37-39).
	RoleDPO
	// RoleIGLead is the information governance lead.
	RoleIGLead
	// RoleOther is any other role, named in the assignment's Title.
	RoleOther
)

// RoleValues lists the valid roles.
func RoleValues() []Role {
	return []Role{RoleExecutiveSponsor, RoleInformationAssetOwner, RoleProjectLead, RoleAssessor,
		RoleDPIALead, RoleSIRO, RoleCaldicottGuardian, RoleDPO, RoleIGLead, RoleOther}
}

// IsValid reports whether r is one of the named roles.
func (r Role) IsValid() bool { return r >= RoleExecutiveSponsor && r <= RoleOther }

// String returns the stable key, such as "executive_sponsor", "siro",
// "dpo", or "unknown".
func (r Role) String() string {
	switch r {
	case RoleExecutiveSponsor:
		return "executive_sponsor"
	case RoleInformationAssetOwner:
		return "information_asset_owner"
	case RoleProjectLead:
		return "project_lead"
	case RoleAssessor:
		return "assessor"
	case RoleDPIALead:
		return "dpia_lead"
	case RoleSIRO:
		return "siro"
	case RoleCaldicottGuardian:
		return "caldicott_guardian"
	case RoleDPO:
		return "dpo"
	case RoleIGLead:
		return "ig_lead"
	case RoleOther:
		return "other"
	}
	return "unknown"
}

// Label returns the role's name, such as "Information Asset Owner" or
// "Data Protection Officer".
func (r Role) Label() string {
	switch r {
	case RoleExecutiveSponsor:
		return "Executive Sponsor"
	case RoleInformationAssetOwner:
		return "Information Asset Owner"
	case RoleProjectLead:
		return "Project Lead"
	case RoleAssessor:
		return "Person performing the DPIA"
	case RoleDPIALead:
		return "DPIA Lead"
	case RoleSIRO:
		return "Senior Information Risk Owner"
	case RoleCaldicottGuardian:
		return "Caldicott Guardian"
	case RoleDPO:
		return "Data Protection Officer"
	case RoleIGLead:
		return "Information Governance Lead"
	case RoleOther:
		return "Other"
	}
	return "Unknown role"
}

// MarshalText encodes r as its key; RoleUnknown encodes as "".
func (r Role) MarshalText() ([]byte, error) { return marshalEnum(r, "role") }

// UnmarshalText parses any spelling ParseRole accepts; "" gives
// RoleUnknown.
func (r *Role) UnmarshalText(text []byte) error { return unmarshalEnum(r, text, ParseRole) }

// ParseRole accepts the keys and labels in any case and the spellings of
// the seeds: "IAO", "Information Asset Owner/Administrator", "Person/s
// performing the DPIA", "assessor", "SIRO", "DPO", "IG lead" and similar.
func ParseRole(text string) (Role, error) {
	return parseEnum(text, RoleValues(), roleAlias, "a DPIA role")
}

func roleAlias(n string) Role {
	switch n {
	case "sponsor", "executivelead", "seniorresponsibleowner", "sro":
		return RoleExecutiveSponsor
	case "iao", "informationassetowneradministrator", "informationassetadministrator", "iaa", "assetowner":
		return RoleInformationAssetOwner
	case "projectmanager":
		return RoleProjectLead
	case "personsperformingthedpia", "personperformingthedpia", "assessors", "dpiaauthor", "author":
		return RoleAssessor
	case "seniorinformationriskowner":
		return RoleSIRO
	case "caldicott":
		return RoleCaldicottGuardian
	case "dataprotectionofficer":
		return RoleDPO
	case "iglead", "informationgovernancelead", "informationgovernancemanager", "igmanager", "headofgovernanceandcompliance":
		return RoleIGLead
	}
	return RoleUnknown
}
