package corpus

// Word lists the generator draws from. Places are synthetic (syllables joined), so that every
// story has its own town and stories do not collide by accident; people, outlets and events are
// ordinary English news vocabulary.

var syllables = []string{
	"Vel", "Mor", "Kas", "Tar", "Bel", "Dun", "Ost", "Ril", "Zan", "Hal", "Kor", "Lem", "Nav", "Pol",
	"Sar", "Tov", "Ur", "Vor", "Wes", "Yar", "Bran", "Cal", "Dor", "Fen", "Gal", "Iv", "Jor", "Lin",
	"Mal", "Nor",
}

var endings = []string{
	"ova", "burg", "stad", "grad", "ton", "field", "ley", "mouth", "port", "ia", "ino", "ville", "holm",
	"dorf", "ska", "ek", "ford", "wick", "by", "ana",
}

var countries = []string{
	"Ukraine", "Poland", "Romania", "Turkey", "Greece", "Italy", "Spain", "Portugal", "Nigeria", "Kenya",
	"India", "Pakistan", "Bangladesh", "Indonesia", "the Philippines", "Brazil", "Peru", "Chile", "Mexico",
	"Canada", "Japan", "Vietnam", "Egypt", "Morocco", "Georgia", "Armenia", "Serbia", "Croatia",
}

var firstNames = []string{
	"Anna", "Oleksandr", "Maria", "David", "Fatima", "James", "Elena", "Mohammed", "Sofia", "Daniel",
	"Irina", "Thomas", "Aisha", "Carlos", "Yuki", "Peter", "Amara", "Lukas", "Nadia", "Samuel", "Olga",
	"Rafael", "Leila", "Viktor", "Grace", "Mateo", "Hana", "Jonas", "Zainab", "Marek",
}

var lastNames = []string{
	"Kovalenko", "Novak", "Petrescu", "Demir", "Papadopoulos", "Rossi", "Garcia", "Silva", "Okafor",
	"Mwangi", "Sharma", "Khan", "Rahman", "Santoso", "Reyes", "Costa", "Torres", "Hernandez", "Tremblay",
	"Tanaka", "Nguyen", "Haddad", "Benali", "Beridze", "Sargsyan", "Jovanovic", "Horvat", "Lindqvist",
	"Brennan", "Okonkwo", "Moreau", "Fischer",
}

// titles are posts held by officials; each pair's second element is a different post that a
// conflicting outlet may give the same person.
var titles = [][2]string{
	{"Interior Minister", "Defence Minister"},
	{"Health Minister", "Foreign Minister"},
	{"regional governor", "deputy governor"},
	{"police chief", "fire chief"},
	{"Emergency Services Minister", "Transport Minister"},
	{"mayor", "deputy mayor"},
}

var outlets = []struct{ name, host string }{
	{"The Northern Courier", "northerncourier.example"},
	{"Daily Meridian", "dailymeridian.example"},
	{"Harbor Post", "harborpost.example"},
	{"The Evening Ledger", "eveningledger.example"},
	{"World Dispatch", "worlddispatch.example"},
	{"The Standard Herald", "standardherald.example"},
	{"Capital Wire", "capitalwire.example"},
	{"The Continental", "continental.example"},
	{"Morning Sentinel", "morningsentinel.example"},
	{"Global Observer", "globalobserver.example"},
	{"The River Times", "rivertimes.example"},
	{"Metro Chronicle", "metrochronicle.example"},
	{"The Independent Voice", "independentvoice.example"},
	{"Southern Gazette", "southerngazette.example"},
	{"Eastern Review", "easternreview.example"},
	{"The Daily Record", "dailyrecord.example"},
}

// events are the kinds of story, with the nouns reporters use for them.
var events = []struct {
	noun, verb string // "missile strike", "hit"
}{
	{"missile strike", "hit"},
	{"drone attack", "struck"},
	{"earthquake", "struck"},
	{"flood", "swept through"},
	{"fire", "tore through"},
	{"train crash", "happened near"},
	{"bus crash", "happened outside"},
	{"explosion", "ripped through"},
	{"storm", "battered"},
	{"landslide", "buried parts of"},
	{"shooting", "happened in"},
}

var sources = []string{
	"officials", "police", "local authorities", "the emergency services", "the regional administration",
	"hospital officials", "rescue workers", "the health ministry",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var numberWords = []string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
}

// quotes are statements officials give; %s is the town.
var quotes = []string{
	"We are doing everything we can to help the families affected in %s",
	"This is a terrible day for %s and for the whole country",
	"Rescue teams will keep working through the night until everyone is accounted for",
	"Our thoughts are with the victims and their loved ones",
	"We will rebuild %s, and we will do it together",
	"The people of %s have shown extraordinary courage today",
}

// boilerplate lines that site templates add around an article.
var boilerplate = []string{
	"Share this article", "Advertisement", "Read more", "Related stories", "Sign up for our newsletter",
	"Photo: Reuters", "Image credit: AFP", "Follow us on Twitter", "4 min read", "All rights reserved.",
}

// background sentences fill an article the way context paragraphs do; the verbs mark their slots:
// {P} town, {C} country, {Y} year, {N} small number, {B} big number, {X} percent, {R} person, {W} weekday.
var background = []string{
	"{P} is home to about {B} people and lies some {N} kilometres from the border.",
	"The town has been hit several times since {Y}, according to records kept by the regional council.",
	"Residents described scenes of chaos as emergency crews arrived within minutes.",
	"Images shared on social media showed thick smoke rising above the centre of {P}.",
	"The regional economy relies heavily on farming and light industry, which employ around {X}% of the workforce.",
	"Schools in the area were closed on {W} and are expected to reopen next week.",
	"{R} said the authorities had opened an investigation into the circumstances.",
	"A spokesperson for the national railway said services would resume once the line had been inspected.",
	"The last comparable disaster in {C} happened in {Y}, when heavy rain caused widespread damage.",
	"Aid organisations said they had sent {N} lorries carrying food, water and blankets.",
	"Power was restored to most homes by late evening, the local energy company said.",
	"The government declared a day of mourning and flags were flown at half-mast across {C}.",
	"Hospitals in neighbouring towns said they were ready to take patients if needed.",
	"Witnesses told reporters they heard a loud bang shortly after 7:30 in the morning.",
	"The mayor's office set up a hotline on +38 044 555 0199 for relatives seeking information.",
	"Engineers are assessing the damage to {N} apartment blocks and a hospital wing.",
	"The opposition called for a full inquiry and criticised the response of the authorities.",
	"International partners offered support, and the European Union said it stood ready to help.",
	"The area has a long history of industry dating back to the 19th century.",
	"Traffic on the main road into {P} was diverted for most of the day.",
	"Volunteers gathered at the town hall to sort donations of clothes and food.",
	"The disaster comes {N} months after a similar incident elsewhere in {C}.",
	"Local media reported that several families were still waiting for news of relatives.",
	"In {Y}, the town received {B} euros from a national fund to strengthen its buildings.",
	"Officials said about {X}% of the damaged buildings had been inspected by {W} evening.",
	"Teams with search dogs joined the operation on the second day.",
	"The region's governor cut short a trip abroad and returned to {P} overnight.",
	"Experts have long warned that the area's infrastructure was in need of repair.",
	"Prices for building materials in {C} have risen by {X}% since {Y}, industry figures show.",
	"Many residents spent the night in temporary shelters set up in sports halls.",
	"The national weather service issued a warning for the coming {N} days.",
	"Rescuers worked in shifts, using heavy machinery to clear the debris.",
	"Church bells rang across {P} at noon in memory of the victims.",
	"The stock of the region's largest employer fell {X}% in early trading.",
	"Route 9 remained closed between {P} and the coast on {W}.",
	"Officials urged people not to share unverified information online.",
	"Talks between the central government and regional leaders are due to resume on {W}.",
	"The town council met in an emergency session and approved a budget of {B} euros for repairs.",
	"Insurance companies estimated that claims could reach {N} million euros.",
	"A local school teacher said {N} of her pupils had stayed at home since the disaster.",
	"The country's president spoke to the region's governor by phone and offered condolences.",
	"Footage broadcast on national television showed rescuers carrying people on stretchers.",
	"The main hospital in {P} has {N} beds and was built in {Y}.",
	"Unemployment in the region stood at {X}% last year, well above the national average.",
	"Several roads were blocked by debris, and some villages could be reached only on foot.",
	"Mobile phone networks were down for several hours, making it hard for families to get in touch.",
	"The Red Cross said it had deployed {N} teams and set up a field kitchen near the town hall.",
	"A government spokesperson said a commission would report its findings within {N} days.",
	"The population of {P} has fallen by {X}% since {Y}, as young people move to the cities.",
	"Neighbours said the building had been renovated only {N} years ago.",
	"Investigators were seen collecting evidence at the scene late on {W}.",
	"Farmers in the surrounding villages said their crops had been badly damaged.",
	"The national football team observed a minute's silence before its match on {W}.",
	"A fundraising appeal launched online had raised {B} euros by the evening.",
	"Shops in the centre of {P} remained shut, and public transport ran a reduced service.",
	"The region was last hit by a major disaster in {Y}, when {N} villages were cut off for a week.",
	"Officials said the water supply was safe to drink, despite rumours to the contrary.",
	"Members of parliament held a minute's silence at the start of the session on {W}.",
	"According to the national statistics office, about {X}% of homes in the region were built before {Y}.",
	"Rescue workers from {N} neighbouring regions joined the operation overnight.",
	"A helpline for survivors received more than {B} calls in its first day.",
}
