package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
)

// usageError is an error in the command line or the inputs: exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// findingsError signals findings at or above the failing level: exit 1.
type findingsError struct{}

func (findingsError) Error() string { return "" }

// run builds the app, runs it and maps the outcome to an exit code. Only main exits.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	notFound := false
	app.CommandNotFound = func(_ *cli.Context, name string) {
		notFound = true
		fmt.Fprintf(stderr, "crosscheck: no command %q (see crosscheck --help)\n", name)
	}
	err := app.RunContext(ctx, args)
	if notFound && err == nil {
		return exitUsage
	}
	var fe findingsError
	var ue usageError
	switch {
	case err == nil:
		return exitClean
	case errors.As(err, &fe):
		return exitFindings
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "crosscheck:", report.Terminal(ue.msg)) // paths and quoted input are data
		return exitUsage
	default:
		fmt.Fprintln(stderr, "crosscheck:", report.Terminal(err.Error()))
		return exitUsage
	}
}

// env is what commands read and write.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// commandBuilders are registered by each command's file.
var commandBuilders []func(e *env) *cli.Command

func register(b func(e *env) *cli.Command) { commandBuilders = append(commandBuilders, b) }

// commonFlags are the flags every command that reads articles takes.
func commonFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(report.Formats(), ", ")},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
		&cli.StringFlag{Name: "published", Usage: "publication `DATE` for inputs that carry none (stdin included)"},
		&cli.StringFlag{Name: "aliases", Usage: "extra alias table `FILE` (\"Canonical = variant = …\" per line)"},
	}, configFlags()...)
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"V"}, Usage: "print the version"}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	usage := func(_ *cli.Context, err error, _ bool) error { return usageError{err.Error()} }
	var cmds []*cli.Command
	for _, b := range commandBuilders {
		c := b(e)
		c.OnUsageError = usage
		cmds = append(cmds, c)
	}
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	return &cli.App{
		Name:      "crosscheck",
		Usage:     "find where news articles about one story disagree",
		Version:   version,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		ExitErrHandler: func(*cli.Context, error) {
			// errors are mapped to exit codes in run; never exit from inside the library
		},
		OnUsageError: usage,
		Commands:     cmds,
	}
}

// paths returns the positional arguments, refusing flags written after them.
func paths(c *cli.Context) ([]string, error) {
	args := c.Args().Slice()
	if len(args) == 0 {
		return nil, usagef("%s: no input given (name files, folders, or - for stdin)", c.Command.Name)
	}
	for _, a := range args {
		if strings.HasPrefix(a, "-") && a != "-" {
			return nil, usagef("%s: flag %q after the inputs: put flags before the paths (crosscheck %s [flags] PATH…)", c.Command.Name, a, c.Command.Name)
		}
	}
	return args, nil
}

// options reads the flags every command shares.
func options(c *cli.Context, stdin io.Reader) (pipeline.Options, error) {
	var opt pipeline.Options
	opt.Load.Stdin = stdin
	if err := configure(c, &opt); err != nil {
		return opt, err
	}
	if p := c.String("published"); p != "" {
		t, err := load.ParseTime(p)
		if err != nil {
			return opt, usagef("--published: %v", err)
		}
		opt.Load.Published = &t
	}
	if f := c.String("aliases"); f != "" {
		fh, err := os.Open(f)
		if err != nil {
			return opt, usagef("--aliases: %v", err)
		}
		defer fh.Close()
		al, err := normalize.ParseAliases(fh, f)
		if err != nil {
			return opt, usagef("--aliases: %v", err)
		}
		opt.Extract.Aliases = aliasBase(opt).Merge(al)
	}
	return opt, nil
}

// output opens the report destination.
func output(c *cli.Context, stdout io.Writer) (io.Writer, func() error, bool, error) {
	if f := c.String("output"); f != "" {
		fh, err := os.Create(f)
		if err != nil {
			return nil, nil, false, usagef("--output: %v", err)
		}
		return fh, fh.Close, false, nil
	}
	tty := false
	if f, ok := stdout.(*os.File); ok {
		tty = isatty.IsTerminal(f.Fd())
	}
	return stdout, func() error { return nil }, tty, nil
}

func failLevel(s string) (int, error) {
	switch s {
	case "error":
		return model.SeverityError.Rank(), nil
	case "warning":
		return model.SeverityWarning.Rank(), nil
	case "info":
		return model.SeverityInfo.Rank(), nil
	case "never":
		return 99, nil
	}
	return 0, usagef("--fail-on: want error, warning or never, got %q", s)
}

// emit writes the report, reports input errors on stderr, and decides the exit.
func emit(c *cli.Context, stdout io.Writer, rep *model.Report, level int) error {
	if err := suppress(c, rep); err != nil {
		return err
	}
	w, closeFn, tty, err := output(c, stdout)
	if err != nil {
		return err
	}
	ropt := report.Options{All: c.Bool("all"), Color: tty && os.Getenv("NO_COLOR") == ""}
	if err := report.Write(c.String("format"), w, rep, ropt); err != nil {
		closeFn()
		return err
	}
	if err := closeFn(); err != nil {
		return err
	}
	if c.String("format") != "table" || c.String("output") != "" {
		for _, e := range rep.Errors {
			fmt.Fprintf(c.App.ErrWriter, "crosscheck: %s: %s\n", report.Terminal(e.Path), report.Terminal(e.Err))
		}
	}
	if len(rep.Sources) == 0 {
		return usagef("no article could be read")
	}
	if rep.Worst().Rank() >= level {
		return findingsError{}
	}
	return nil
}

func validFormat(f string) bool {
	for _, k := range report.Formats() {
		if k == f {
			return true
		}
	}
	return false
}
