package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

func init() { register(checkCommand) }

func checkCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check a draft against its sources before publication",
		ArgsUsage: "--draft DRAFT SOURCE… (files, folders, or - for stdin)",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "draft", Aliases: []string{"d"}, Required: true, Usage: "the draft `FILE` to check"},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding is at least this severe: error, warning or never"},
			&cli.BoolFlag{Name: "cross-sources", Usage: "also report the sources against each other"},
			&cli.BoolFlag{Name: "all", Usage: "list single-source findings in the table too"},
		}, commonFlags()...),
		Action: func(c *cli.Context) error {
			ps, err := paths(c)
			if err != nil {
				return err
			}
			fo, err := failOn(c)
			if err != nil {
				return err
			}
			level, err := failLevel(fo)
			if err != nil {
				return err
			}
			opt, err := options(c, e.stdin)
			if err != nil {
				return err
			}
			if f := c.String("format"); !validFormat(f) {
				return usagef("--format: unknown format %q (choose from %s)", f, strings.Join(report.Formats(), ", "))
			}
			rep, err := pipeline.Check(c.String("draft"), ps, pipeline.CheckOptions{Options: opt, CrossSources: c.Bool("cross-sources")})
			if err != nil {
				return usagef("%v", err)
			}
			if len(rep.Sources) < 2 {
				return usagef("no source could be read")
			}
			return emit(c, e.stdout, rep, level)
		},
	}
}
