package dpia

// Role is a named responsibility in a DPIA: the roles of an NHS trust's
// DPIA title page and of a managed-service provider's contact details, the
// DPO of GDPR Arts 37-39, and the
// NHS roles that approve processing (SIRO, Caldicott Guardian). The zero
// value "" means no role was stated.
type Role string

const (
	// RoleExecutiveSponsor is the executive who sponsors the project (an
	// NHS trust's "Executive Sponsor").
	RoleExecutiveSponsor Role = "executive_sponsor"
	// RoleInformationAssetOwner owns the information asset (NHS "IAO",
	// "Information Asset Owner/Administrator").
	RoleInformationAssetOwner Role = "information_asset_owner"
	// RoleProjectLead leads the project and owns the DPIA's actions
	// ("Project Lead").
	RoleProjectLead Role = "project_lead"
	// RoleAssessor performs the assessment ("Person/s performing the
	// DPIA").
	RoleAssessor Role = "assessor"
	// RoleDPIALead leads the DPIA ("DPIA Lead" of a processor's
	// assessment).
	RoleDPIALead Role = "dpia_lead"
	// RoleSIRO is the Senior Information Risk Owner, the NHS board member
	// who owns information risk.
	RoleSIRO Role = "siro"
	// RoleCaldicottGuardian is the NHS Caldicott Guardian, who protects the
	// confidentiality of patient information.
	RoleCaldicottGuardian Role = "caldicott_guardian"
	// RoleDPO is the data protection officer (GDPR Arts 37-39).
	RoleDPO Role = "dpo"
	// RoleIGLead is the information governance lead.
	RoleIGLead Role = "ig_lead"
	// RoleOther is any other role, named in the assignment's Title.
	RoleOther Role = "other"
)

// roleTable is the one table of the Role values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Role] accepts the keys and labels in any case and the spellings
// DPIA templates use: "IAO", "Information Asset Owner/Administrator", "Person/s
// performing the DPIA", "assessor", "SIRO", "DPO", "IG lead" and similar.
var roleTable = enumTable{
	what:  "a DPIA role",
	unset: "Unknown role",
	entries: []enumEntry{
		{string(RoleExecutiveSponsor), "Executive Sponsor"},
		{string(RoleInformationAssetOwner), "Information Asset Owner"},
		{string(RoleProjectLead), "Project Lead"},
		{string(RoleAssessor), "Person performing the DPIA"},
		{string(RoleDPIALead), "DPIA Lead"},
		{string(RoleSIRO), "Senior Information Risk Owner"},
		{string(RoleCaldicottGuardian), "Caldicott Guardian"},
		{string(RoleDPO), "Data Protection Officer"},
		{string(RoleIGLead), "Information Governance Lead"},
		{string(RoleOther), "Other"},
	},
}

// Label returns the role's name, such as "Information Asset Owner" or
// "Data Protection Officer".
func (r Role) Label() string { return roleTable.label(string(r)) }

// IsValid reports whether r is one of the named roles.
func (r Role) IsValid() bool { return roleTable.valid(string(r)) }

func (Role) enumTable() *enumTable { return &roleTable }

func (Role) enumAlias(norm string) string { return string(roleAlias(norm)) }

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
	return ""
}
