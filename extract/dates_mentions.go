package extract

// Every date expression read appears in `claims --mentions`, bounds ("before August 8") included.
func init() { RegisterMentions("dates", DateMentions) }
