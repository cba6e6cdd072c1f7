package extract

// speechDeterminers are words that, right before a speech verb, make the verb an adjective of
// the noun phrase rather than the verb of a speaker: "An estimated 300 homes", "A reported 20
// people", "The estimated 300 homes", "Another estimated 50". Capitalised at the start of a
// sentence they read as a name ("An" said), but they credit no one.
var speechDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "another": true, "every": true, "each": true,
	"any": true, "no": true, "one": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "my": true, "your": true, "such": true,
}

// determinerBeforeSpeech reports whether word w before a speech verb is a determiner, so the
// verb is a participle modifying what follows ("an estimated 300 homes") and names no speaker.
func determinerBeforeSpeech(w string) bool { return speechDeterminers[w] }
