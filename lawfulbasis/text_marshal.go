package lawfulbasis

import "fmt"

// marshalEnum implements MarshalText for the enums of this package: the
// zero value encodes as "", a valid value as its String key, and any other
// value is an error naming what it should have been.
func marshalEnum[T enumValue](v T, valid bool, what string) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !valid {
		return nil, fmt.Errorf("lawfulbasis: %s %d is not valid", what, int(v))
	}
	return []byte(v.String()), nil
}

// unmarshalEnum implements UnmarshalText: "" gives the zero value, the
// exact String key of one of values (what canonical documents hold) is
// taken as it is, and anything else goes through parse.
func unmarshalEnum[T enumValue](dst *T, text []byte, values []T, parse func(string) (T, error)) error {
	if dst == nil {
		return fmt.Errorf("lawfulbasis: UnmarshalText into a nil %T", dst)
	}
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	for _, v := range values {
		if v.String() == string(text) {
			*dst = v
			return nil
		}
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
