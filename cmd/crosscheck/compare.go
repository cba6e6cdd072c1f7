package main

import (
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

func init() { register(compareCommand) }

func compareCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "compare articles and report conflicts, corroborations and single-source claims",
		ArgsUsage: "PATH… (files, folders, or - for stdin)",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding is at least this severe: error, warning or never"},
			&cli.BoolFlag{Name: "all", Usage: "list single-source findings in the table too"},
			&cli.StringFlag{Name: "stories", Value: pipeline.StoriesAuto, Usage: "group the sources into stories by the names they share and compare claims within a story (auto), or compare the whole run as one story (one)"},
			&cli.BoolFlag{Name: "claims", Usage: "read the inputs as claims files written by `claims --format jsonl` (sharded extraction) instead of articles"},
		}, commonFlags()...),
		Action: func(c *cli.Context) error { return compareAction(c, e.stdin, e.stdout) },
	}
}

func compareAction(c *cli.Context, stdin io.Reader, stdout io.Writer) error {
	ps, err := paths(c)
	if err != nil {
		return err
	}
	fail, err := failOn(c)
	if err != nil {
		return err
	}
	level, err := failLevel(fail)
	if err != nil {
		return err
	}
	opt, err := options(c, stdin)
	if err != nil {
		return err
	}
	if opt.Stories, err = pipeline.ParseStories(c.String("stories")); err != nil {
		return usagef("--stories: %v", err)
	}
	format := c.String("format")
	if !validFormat(format) {
		return usagef("--format: unknown format %q (choose from %s)", format, strings.Join(report.Formats(), ", "))
	}
	if c.Bool("claims") {
		rep, err := pipeline.CompareClaims(ps, stdin, opt)
		if err != nil {
			return usagef("--claims: %v", err)
		}
		return emit(c, stdout, rep, level)
	}
	defer pipeline.LimitMemory(ps)()
	update, finish := newProgress(c.App.ErrWriter)
	opt.Progress = update
	rep := pipeline.Compare(ps, opt)
	finish()
	return emit(c, stdout, rep, level)
}
