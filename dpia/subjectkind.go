package dpia

// SubjectKind is the kind of a group of data subjects. The zero value
// SubjectKindUnknown means not stated.
type SubjectKind int

const (
	// SubjectKindUnknown is the zero value: not stated.
	SubjectKindUnknown SubjectKind = iota
	// SubjectPatients are patients.
	SubjectPatients
	// SubjectStaff are employees, workers and volunteers.
	SubjectStaff
	// SubjectCustomers are customers or clients.
	SubjectCustomers
	// SubjectServiceUsers are users of a care or support service, such as
	// seed 003's residents.
	SubjectServiceUsers
	// SubjectPublic are members of the public.
	SubjectPublic
	// SubjectChildren are children.
	SubjectChildren
	// SubjectVulnerableAdults are vulnerable adults.
	SubjectVulnerableAdults
	// SubjectCarers are carers, relatives and next of kin.
	SubjectCarers
	// SubjectOther is any other group, named in SubjectGroup.Name.
	SubjectOther
)

// SubjectKindValues lists the valid kinds.
func SubjectKindValues() []SubjectKind {
	return []SubjectKind{SubjectPatients, SubjectStaff, SubjectCustomers, SubjectServiceUsers,
		SubjectPublic, SubjectChildren, SubjectVulnerableAdults, SubjectCarers, SubjectOther}
}

// IsValid reports whether k is one of the named kinds.
func (k SubjectKind) IsValid() bool { return k >= SubjectPatients && k <= SubjectOther }

// String returns the stable key, such as "patients", "service_users",
// "vulnerable_adults", or "unknown".
func (k SubjectKind) String() string {
	switch k {
	case SubjectPatients:
		return "patients"
	case SubjectStaff:
		return "staff"
	case SubjectCustomers:
		return "customers"
	case SubjectServiceUsers:
		return "service_users"
	case SubjectPublic:
		return "public"
	case SubjectChildren:
		return "children"
	case SubjectVulnerableAdults:
		return "vulnerable_adults"
	case SubjectCarers:
		return "carers"
	case SubjectOther:
		return "other"
	}
	return "unknown"
}

// Label returns the kind's name, such as "Service users".
func (k SubjectKind) Label() string {
	switch k {
	case SubjectPatients:
		return "Patients"
	case SubjectStaff:
		return "Staff"
	case SubjectCustomers:
		return "Customers"
	case SubjectServiceUsers:
		return "Service users"
	case SubjectPublic:
		return "Members of the public"
	case SubjectChildren:
		return "Children"
	case SubjectVulnerableAdults:
		return "Vulnerable adults"
	case SubjectCarers:
		return "Carers and relatives"
	case SubjectOther:
		return "Other"
	}
	return "Unknown subject kind"
}

// MarshalText encodes k as its key; SubjectKindUnknown encodes as "".
func (k SubjectKind) MarshalText() ([]byte, error) { return marshalEnum(k, "data subject kind") }

// UnmarshalText parses any spelling ParseSubjectKind accepts; "" gives
// SubjectKindUnknown.
func (k *SubjectKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, text, ParseSubjectKind)
}

// ParseSubjectKind accepts the keys and labels in any case, singular forms
// ("patient", "employee") and "clients", "residents", "public", "next of
// kin".
func ParseSubjectKind(text string) (SubjectKind, error) {
	return parseEnum(text, SubjectKindValues(), subjectKindAlias, "a data subject kind")
}

func subjectKindAlias(n string) SubjectKind {
	switch n {
	case "patient":
		return SubjectPatients
	case "employees", "employee", "workers", "volunteers", "clinicians", "membersofstaff", "staffmembers":
		return SubjectStaff
	case "customer", "clients", "client":
		return SubjectCustomers
	case "serviceuser", "residents", "resident", "tenants", "supportedpeople":
		return SubjectServiceUsers
	case "thepublic", "generalpublic", "membersofpublic":
		return SubjectPublic
	case "child", "minors", "youngpeople":
		return SubjectChildren
	case "vulnerableadult", "adultsatrisk":
		return SubjectVulnerableAdults
	case "carer", "relatives", "family", "nextofkin", "guardians", "parents":
		return SubjectCarers
	}
	return SubjectKindUnknown
}
