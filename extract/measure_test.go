package extract_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestMeasureReads checks the measurements read, what each is keyed by, and its value in the
// dimension's base unit.
func TestMeasureReads(t *testing.T) {
	tests := []struct {
		text, value, what, unit string
		base                    float64 // a value the interval must hold, in the base unit
	}{
		{"A wildfire in Shasta County has burned 12,000 acres, officials said.", "12,000 acres", "area burn", "km²", 48.56},
		{"The fire has scorched about 4,900 hectares (12,100 acres) in Shasta County.", "about 4,900 hectares (12,100 acres)", "area burn", "km²", 49},
		{"The blaze has grown to more than 30 square miles.", "more than 30 square miles", "area burn", "km²", 80},
		{"The fire has now charred 45 sq km of forest.", "45 sq km", "area burn", "km²", 45},
		{"The 12,000-acre Carr fire was 15% contained.", "12,000-acre", "area burn", "km²", 48.56},
		{"The 19-square-mile fire was 15% contained.", "19-square-mile", "area burn", "km²", 49.2},
		{"The fire has burned an area of 49 sq. km, officials said.", "49 sq. km", "area burn", "km²", 49},
		{"The bushfire has blackened nearly 5,000 ha of bushland.", "nearly 5,000 ha", "area burn", "km²", 49},
		{"Since Friday, the fire has burned more than 12,000 acres.", "more than 12,000 acres", "area burn", "km²", 60},
		{"Some 2.5 million acres have burned this year.", "Some 2.5 million acres", "area burn", "km²", 10117},
		{"Floodwaters inundated 30,000 hectares of farmland.", "30,000 hectares", "area flood", "km²", 300},
		{"Hurricane Delta made landfall with maximum sustained winds of 150 mph (240 km/h).", "150 mph (240 km/h)", "wind landfal", "km/h", 241.4},
		{"At its peak on Monday, Milton packed 180-mph winds.", "180-mph", "wind peak", "km/h", 289.7},
		{"The storm slammed into the coast with 130-mph winds.", "130-mph", "wind landfal", "km/h", 209.2},
		{"The typhoon's winds peaked at 185 kilometres per hour on Sunday.", "185 kilometres per hour", "wind peak", "km/h", 185},
		{"Gusts of up to 120 km/h were recorded in Brest.", "up to 120 km/h", "gust speed", "km/h", 100},
		{"The typhoon made landfall with winds of 100 knots.", "100 knots", "wind landfal", "km/h", 185.2},
		{"The train was travelling at 95 km/h when it left the tracks.", "95 km/h", "vehicl speed", "km/h", 95},
		{"The coach was doing 70 mph when it crashed.", "70 mph", "vehicl speed", "km/h", 112.65},
		{"The train derailed. It was going at 120 kilometres per hour on a stretch limited to 80.", "120 kilometres per hour", "vehicl speed", "km/h", 120},
		{"Some areas received 200mm of rain in eight hours.", "200mm", "rain", "m", 0.2},
		{"Rain totals of 400mm were recorded in Valencia.", "400mm", "rain", "m", 0.4},
		{"Temperatures across southern Spain soared above 44C (111F) on Tuesday.", "44C (111F)", "temperatur", "°C", 45},
		{"The storm dumped 8 inches of heavy rain on Houston.", "8 inches", "rain", "m", 0.2032},
		{"Forecasters said a storm surge of up to 12 feet hit Fort Myers.", "up to 12 feet", "storm surg", "m", 3.6},
		{"Temperatures hit 46C in Seville on Monday.", "46C", "temperatur", "°C", 46},
		{"Temperatures soared to 115F in Phoenix.", "115F", "temperatur", "°C", 46.1},
		{"The thermometer reached 46.2 degrees Celsius in Cordoba.", "46.2 degrees Celsius", "temperatur", "°C", 46.2},
		{"Temperatures fell to minus 5 degrees Celsius in Oslo overnight.", "minus 5 degrees Celsius", "temperatur", "°C", -5},
		{"The quake struck at a depth of 10 km (6 miles), the USGS said.", "10 km (6 miles)", "earthquak depth", "m", 10000},
		{"Authorities set up a 20-kilometre exclusion zone around the plant.", "20-kilometre", "exclusion zone", "m", 20000},
		{"Officials widened the evacuation zone to 10 miles.", "10 miles", "evacuation zone", "m", 16093},
		{"A 6.1-magnitude quake hit the region. It struck at a depth of 10 km.", "10 km", "earthquak depth", "m", 10000},
		{"Police seized 12 tonnes of cocaine in the port of Antwerp.", "12 tonnes", "cocain", "kg", 12000},
		{"More than 500 kilograms of cocaine were seized on Friday.", "More than 500 kilograms", "cocain", "kg", 600},
		{"Agents seized 12 tonnes of cocaine and 500 pounds of heroin.", "500 pounds", "heroin", "kg", 226.8},
		{"It was the biggest seizure of cocaine this year: a haul of 3.6 tonnes of cocaine.", "3.6 tonnes", "cocain", "kg", 3600},
		{"The tanker spilled about 2,000 tonnes of oil.", "about 2,000 tonnes", "oil", "kg", 2e6},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tt.text, "measure")
			var c *model.Claim
			for i := range cs {
				if cs[i].Value == tt.value {
					c = &cs[i]
				}
			}
			require.NotNil(t, c, "%q not read: %+v", tt.value, cs)
			parts := strings.Split(c.Key, "|")
			require.GreaterOrEqual(t, len(parts), 4, c.Key)
			assert.Equal(t, tt.what, parts[2], c.Key)
			assert.Equal(t, tt.unit, parts[3], c.Key)
			q := c.Quantity
			assert.Equal(t, tt.unit, q.Unit)
			w := q.Widen(compare.DefaultTolerance)
			assert.True(t, w.Overlaps(model.Exact(tt.base)), "%v does not hold %v", q.Interval, tt.base)
		})
	}
}

// TestMeasureSkips lists phrasings deliberately not read: distances and sizes that are context,
// areas of no fire, money, years, ages, forecasts and records.
func TestMeasureSkips(t *testing.T) {
	for _, text := range []string{
		"The quake was felt 500 kilometres away in the capital.",
		"A 30-mile stretch of Interstate 5 was closed.",
		"The town lies some 53 kilometres from the border.",
		"Workers built a 10-foot wall around the plant.",
		"The country covers 100,000 square kilometres.",
		"The park spans 4,000 acres of woodland.",
		"She farms 40 hectares near Buchs.",
		"The storm was moving north at 12 mph.",
		"The car was travelling in a zone with a speed limit of 50 km/h.",
		"He was running at 20 km/h.", // no vehicle
		"The new train has a top speed of 320 km/h.",
		"The storm could bring up to 10 inches of rain.",
		"Winds are expected to reach 150 mph by Tuesday.",
		"The previous record of 47.4C was set in 2021.",
		"The club paid 50 million pounds for the striker.",
		"He won 5,000 pounds in the lottery.",
		"The 500m project was approved in 2024.",
		"A 45-year-old man drove 300 miles to Reno.",
		"The 40-tonne truck overturned on the bridge.",
		"Crews stacked 12 tonnes of sandbags.",
		"The convoy delivered 300 tonnes of food aid.",
		"The bridge can hold 40 tonnes.",
		"The reading was 30 degrees.",
		"Another fire in Oregon has scorched 30,000 acres.",
		"Hurricane Katrina made landfall in 2005 with winds of 125 mph.",
		"A magnitude 5.1 aftershock struck at a depth of 8 km.",
		"It is the largest blaze since the 2018 Camp Fire, which burned 153,336 acres.",
		"The fire is bigger than the Dixie fire, which burned 963,000 acres.",
		"A separate blaze burned 200 acres near Bend.",
		"The storm weakened to winds of 85 mph as it crossed the state.",
		"Winds reached 185 kilometres per hour on Sunday.",
		"The storm now has winds of 100 mph.",
		"Milton's winds hit 150 mph.",
		"Forecasters said 12 inches of snow were expected overnight in Denver.",
		"The hailstones measured 5 cm across.",
		"The ship was 150 metres long.",
		"Temperatures hit 46C on Monday.",
		"The patient had a fever of 40C.",
		"Runners covered 42 km in the marathon.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, claimsOf(t, "a", text, "measure"))
		})
	}
}

// TestMeasureCompare runs measurements of two articles through the comparator: a conversion
// agrees with the figure it converts, different figures conflict, different things never meet.
func TestMeasureCompare(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       model.Kind
	}{
		{"acres and hectares agree", "A wildfire in Shasta County has burned 12,000 acres.", "The Carr Creek fire has scorched about 4,900 hectares (12,100 acres).", model.KindCorroborated},
		{"acres and unhedged hectares agree", "The fire has burned 12,000 acres.", "The fire has burned 4,900 hectares.", model.KindCorroborated},
		{"a fire twice the size", "The fire has burned 12,000 acres.", "The fire has burned 10,000 hectares.", model.KindConflict},
		{"mph and km/h agree", "The hurricane made landfall with winds of 150 mph.", "The hurricane came ashore with winds of 240 km/h.", model.KindCorroborated},
		{"winds differ", "The hurricane made landfall with winds of 150 mph.", "The hurricane came ashore with winds of 185 km/h.", model.KindConflict},
		{"rain in mm and inches", "The storm dropped 200mm of rain.", "The storm dropped 8 inches of rain.", model.KindCorroborated},
		{"Celsius and Fahrenheit", "Temperatures hit 46C in Seville.", "Temperatures in Seville hit 115F.", model.KindCorroborated},
		{"Celsius against Fahrenheit", "Temperatures hit 46C in Seville.", "Temperatures in Seville hit 110F.", model.KindConflict},
		{"temperatures of different cities", "Temperatures hit 46C in Seville.", "Temperatures hit 44C in Madrid.", ""},
		{"wildfires' season total is not one fire's area", "Wildfires have burned 2.5 million acres in California.", "The Park fire has burned 350,000 acres.", ""},
		{"exclusion zone in km and miles", "Authorities set up a 20-kilometre exclusion zone.", "The exclusion zone extends 12 miles around the plant.", model.KindCorroborated},
		{"two named fires", "The Park fire has burned 350,000 acres.", "The Borel fire has burned 59,000 acres.", ""},
		{"tonnes and tons", "Police seized 12 tonnes of cocaine.", "Police seized 13 tons of cocaine.", model.KindCorroborated},
		{"kg against tonnes", "Police seized 12 tonnes of cocaine.", "Police seized 1,200 kilograms of cocaine.", model.KindConflict},
		{"cocaine is not heroin", "Police seized 12 tonnes of cocaine.", "Police seized 2 tonnes of heroin.", ""},
		{"gusts are not winds", "The storm made landfall with winds of 90 mph.", "Gusts reached 120 mph.", ""},
		{"landfall winds a step apart agree", "Milton made landfall with winds of 120 mph.", "Milton hit Florida with 125 mph winds.", model.KindCorroborated},
		{"landfall is not the peak", "Milton made landfall with winds of 120 mph.", "At its peak, Milton had winds of 180 mph.", ""},
		{"surges in two places", "A storm surge of 12 feet was reported in Fort Myers.", "A storm surge of 5 feet was reported in Naples.", ""},
		{"rain in two cities", "Tampa received 18 inches of rain.", "Rain totals of 10 inches were recorded in Orlando.", ""},
		{"rain in one city", "Tampa received 18 inches of rain.", "Rain totals of 460mm were recorded in Tampa.", model.KindCorroborated},
		{"a day's rain is not two days'", "Tampa received 18 inches of rain in 24 hours.", "Tampa received 25 inches of rain over 48 hours.", ""},
		{"a day's rain in two units", "Tampa received 18 inches of rain in 24 hours.", "Tampa got 460mm of rain in 24 hours.", model.KindCorroborated},
		{"temperatures of two days", "Temperatures hit 46C in Seville on Monday.", "Temperatures in Seville reached 42C on Sunday.", ""},
		{"a temperature of no day joins the day named", "Temperatures hit 46C in Seville on Monday.", "Temperatures in Seville reached 42C.", model.KindConflict},
		{"burned is not flooded", "The fire has burned 12,000 acres.", "Floods inundated 40,000 acres.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kinds, all, _ := pairKinds(tt.a, tt.b, func(c *model.Claim) bool { return c.Kind == "measure" })
			require.Len(t, all, 2, "%+v", all)
			if tt.want == "" {
				assert.Empty(t, kinds)
				return
			}
			assert.Equal(t, []model.Kind{tt.want}, kinds)
		})
	}
}
