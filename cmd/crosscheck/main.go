// Command crosscheck finds where news articles about one story disagree: figures, dates, titles and quotes.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}
