package story

import "strings"

// countries are the names of countries (and the short forms news uses for them), as terms are
// written. A country holds many stories at once: the floods in Piura and a bus crash near Cusco
// both name Peru, often more than any town. Linking weighs a country like any name (two stories
// share it with many others, so its weight is low), but mergeOnTopNames never joins two stories on
// one.
var countries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Split(countryList, ",") {
		if c = strings.TrimSpace(c); c != "" {
			m[c] = true
		}
	}
	return m
}()

const countryList = `
afghanistan, albania, algeria, andorra, angola, antigua and barbuda, argentina, armenia, australia,
austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
bolivia, bosnia, bosnia and herzegovina, botswana, brazil, brunei, bulgaria, burkina faso, burundi,
cambodia, cameroon, canada, cape verde, central african republic, chad, chile, china, colombia,
comoros, congo, costa rica, croatia, cuba, cyprus, czech republic, czechia, denmark, djibouti,
dominica, dominican republic, east timor, ecuador, egypt, el salvador, equatorial guinea, eritrea,
estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece,
grenada, guatemala, guinea, guinea-bissau, guyana, haiti, honduras, hungary, iceland, india,
indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica, japan, jordan, kazakhstan,
kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya,
liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali, malta,
marshall islands, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro,
morocco, mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, new zealand,
nicaragua, niger, nigeria, north korea, north macedonia, macedonia, norway, oman, pakistan, palau,
palestine, panama, papua new guinea, paraguay, peru, philippines, poland, portugal, qatar, romania,
russia, russian federation, rwanda, saint lucia, samoa, san marino, saudi arabia, senegal, serbia,
seychelles, sierra leone, singapore, slovakia, slovenia, solomon islands, somalia, south africa,
south korea, korea, south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria,
taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad and tobago, tunisia, turkey, turkiye,
turkmenistan, tuvalu, uganda, ukraine, united arab emirates, uae, united kingdom, uk, britain,
great britain, england, scotland, wales, northern ireland, united states, us, usa, america,
uruguay, uzbekistan, vanuatu, vatican, venezuela, vietnam, yemen, zambia, zimbabwe, gaza,
west bank, european union, eu
`
