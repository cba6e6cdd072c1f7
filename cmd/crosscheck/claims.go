package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/claimsio"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

func init() { register(claimsCommand) }

func claimsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "claims",
		Usage:     "list every claim read from the articles",
		ArgsUsage: "PATH…",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "mentions", Usage: "also list every number, amount, percentage, date and duration read, even where no claim was built (table and json)"},
		}, commonFlags()...),
		Action: func(c *cli.Context) error { return claimsAction(c, e.stdin, e.stdout) },
	}
}

func claimsAction(c *cli.Context, stdin io.Reader, stdout io.Writer) error {
	ps, err := paths(c)
	if err != nil {
		return err
	}
	opt, err := options(c, stdin)
	if err != nil {
		return err
	}
	if c.String("format") == "jsonl" {
		if c.Bool("mentions") {
			return usagef("--mentions: claims lists mentions in table and json, not jsonl")
		}
		opt.DropText = true // one claim a line, for compare --claims: the texts are not needed
	}
	ex := pipeline.Extract(ps, opt)
	var mentions []model.Mention // nil: no "mentions" field in JSON
	if c.Bool("mentions") {
		mentions = []model.Mention{}
		for _, a := range ex.Articles {
			mentions = append(mentions, extract.ExtractMentions(a, opt.Extract)...)
		}
	}
	w, closeFn, _, err := output(c, stdout)
	if err != nil {
		return err
	}
	switch c.String("format") {
	case "jsonl":
		err = claimsio.Write(w, ex.Sources(), ex.Claims, ex.Errors)
	case "json":
		err = report.WriteClaimsJSON(w, report.ClaimsDoc(ex.Sources(), ex.Claims, mentions, ex.Errors))
	case "table":
		err = report.WriteClaimsTable(w, ex.Claims)
		if err == nil && mentions != nil {
			err = report.WriteMentionsTable(w, mentions)
		}
	default:
		err = usagef("--format: claims supports table, json and jsonl")
	}
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	for _, e := range ex.Errors {
		fmt.Fprintf(c.App.ErrWriter, "crosscheck: %s: %s\n", report.Terminal(e.Path), report.Terminal(e.Err))
	}
	if len(ex.Articles) == 0 {
		return usagef("no article could be read")
	}
	return nil
}
