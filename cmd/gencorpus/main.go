// Command gencorpus writes a reproducible corpus of news articles for benchmarks and scale tests:
// many stories, several outlets per story, planted conflicts and agreements, in .txt and .md.
//
//	go run ./cmd/gencorpus -n 10000 -o /tmp/corpus          # about 50 MB in 10,000 files
//	go run ./cmd/gencorpus -n 10000 -single -o /tmp/huge    # the same text as one file
//
// Next to the articles it writes .expect.json (hidden, so crosscheck does not read it as an
// article): the planted conflicts in the form shared/tools/evalfindings.py reads, and every story.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of articles")
	out := fs.String("o", "", "output `DIR` (created if missing)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed and -n give the same bytes")
	single := fs.Bool("single", false, "write every article into one file, DIR/corpus.txt (a huge-file test)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || *n <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: gencorpus -n N -o DIR [-seed S] [-single]")
		return 2
	}
	if err := generate(*n, *seed, *out, *single, stdout); err != nil {
		fmt.Fprintln(stderr, "gencorpus:", err)
		return 1
	}
	return 0
}

// expectDoc is .expect.json: evalfindings' "flag" list plus the stories.
type expectDoc struct {
	About   string           `json:"about"`
	Flag    []expectFlag     `json:"flag"`
	Keep    []expectFlag     `json:"keep"`
	Stories []corpus.Story   `json:"stories"`
	Stats   map[string]int64 `json:"stats"`
}

type expectFlag struct {
	What   string   `json:"what"`
	Values []string `json:"values"`
}

func generate(n int, seed uint64, dir string, single bool, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var total, files int64
	var one *bufio.Writer
	var oneFile *os.File
	if single {
		f, err := os.Create(filepath.Join(dir, "corpus.txt"))
		if err != nil {
			return err
		}
		oneFile = f
		one = bufio.NewWriterSize(f, 1<<20)
	}
	stories, err := corpus.Generate(corpus.Options{N: n, Seed: seed}, func(f corpus.File) error {
		total += int64(len(f.Data))
		files++
		if one != nil {
			_, err := one.Write(corpus.PlainText(f))
			return err
		}
		return os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644)
	})
	if err != nil {
		return err
	}
	if one != nil {
		if err := one.Flush(); err != nil {
			return err
		}
		if err := oneFile.Close(); err != nil {
			return err
		}
	}
	doc := expectDoc{
		About: fmt.Sprintf("gencorpus -n %d -seed %d: planted conflicts (flag) and agreeing hedged figures (keep). "+
			"Score: python3 evalfindings.py REPORT.json %s", n, seed, filepath.Join(dir, ".expect.json")),
		Flag: []expectFlag{}, Keep: []expectFlag{}, Stories: stories,
		Stats: map[string]int64{"articles": files, "bytes": total, "stories": int64(len(stories))},
	}
	for _, s := range stories {
		if s.Conflict != "" {
			doc.Flag = append(doc.Flag, expectFlag{
				What:   fmt.Sprintf("story %d (%s, %s): %s %q vs %q in %s", s.Index, s.Event, s.Place, s.Conflict, s.Values[0], s.Values[1], s.Deviant),
				Values: s.Values,
			})
		}
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, ".expect.json"), append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d articles (%d stories, %d planted conflicts), %.1f MB, to %s\n",
		files, len(stories), len(doc.Flag), float64(total)/1e6, dir)
	return nil
}
