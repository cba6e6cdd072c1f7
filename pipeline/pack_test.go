package pipeline

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestPackSourceAsReflection: packSource copies what cloneStringsWith copies of a Source (every
// string field, a field added later too), in the same order, equal strings once.
func TestPackSourceAsReflection(t *testing.T) {
	for round := 0; round < 4; round++ {
		var src model.Source
		n := 0
		// every string reachable gets a value; some repeat, some stay empty
		var fill func(v reflect.Value)
		fill = func(v reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				n++
				switch {
				case (n+round)%5 == 0:
					v.SetString("")
				case (n+round)%3 == 0:
					v.SetString("same")
				default:
					v.SetString("s" + strconv.Itoa(n))
				}
			case reflect.Struct:
				for i := 0; i < v.NumField(); i++ {
					if v.Type().Field(i).IsExported() {
						fill(v.Field(i))
					}
				}
			case reflect.Slice:
				v.Set(reflect.MakeSlice(v.Type(), 3, 3))
				for i := 0; i < v.Len(); i++ {
					fill(v.Index(i))
				}
			case reflect.Pointer:
				if v.Type().Elem() == reflect.TypeOf(time.Time{}) {
					tm := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
					v.Set(reflect.ValueOf(&tm))
				}
			}
		}
		fill(reflect.ValueOf(&src).Elem())
		a, b := src, src
		a.Terms, b.Terms = append([]string(nil), src.Terms...), append([]string(nil), src.Terms...)
		var byReflection, byFields []string
		cloneStringsWith(reflect.ValueOf(&a).Elem(), map[string]string{}, func(s string) string {
			byReflection = append(byReflection, s)
			return strings.Clone(s)
		})
		packSource(&b, func(s string) string {
			byFields = append(byFields, s)
			return strings.Clone(s)
		})
		require.Equal(t, byReflection, byFields, "round %d", round)
		require.Equal(t, a, b, "round %d", round)
		// every string of b is a copy: none shares the bytes of src's
		var check func(v, o reflect.Value)
		check = func(v, o reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				if v.Len() > 0 {
					s, so := v.String(), o.String()
					require.True(t, unsafe.StringData(so) != unsafe.StringData(s), "round %d: %q kept", round, s)
				}
			case reflect.Struct:
				for i := 0; i < v.NumField(); i++ {
					if v.Type().Field(i).IsExported() {
						check(v.Field(i), o.Field(i))
					}
				}
			case reflect.Slice:
				for i := 0; i < v.Len(); i++ {
					check(v.Index(i), o.Index(i))
				}
			}
		}
		check(reflect.ValueOf(b), reflect.ValueOf(src))
	}
}
