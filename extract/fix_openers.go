package extract

// openMoneyWords are common nouns of pay, prices and public money that open headlines and
// sentences before a lower-case word ("Fee talks collapse", "Tuition fees rise", "Pension
// reform passes"): read as no name, so no participant or party, as openCommonWords are.
// Surnames that are such words ("Levy", "Price", "Fine") are left out: "Levy said" may open
// every sentence that names him.
var openMoneyWords = []string{
	"fee", "fees", "tuition", "pay", "salary", "salaries", "wage", "pension", "pensions",
	"benefit", "benefits", "tax", "taxes", "tariff", "tariffs", "budget", "spending", "funding",
	"debt", "deficit", "loan", "loans", "fare", "fares", "toll", "tolls", "bonus", "bonuses",
	"subsidy", "subsidies", "rates", "mortgage", "mortgages", "pricing", "fines",
}
