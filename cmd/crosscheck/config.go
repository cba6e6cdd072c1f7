package main

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/config"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/pipeline"
)

// configFlags choose the configuration file; every command that reads articles takes them.
func configFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "read settings from `FILE` instead of the " + config.FileName + " found from the working directory upward"},
		&cli.BoolFlag{Name: "no-config", Usage: "read no configuration file"},
	}
}

// configKey keeps the loaded configuration on the app, so that one run reads the file once.
const configKey = "crosscheck.config"

// loadConfig returns the run's configuration: --config FILE, else the .crosscheck.yaml found from the
// working directory upward, else an empty one (also with --no-config). Errors name the file and line.
func loadConfig(c *cli.Context) (*config.Config, error) {
	if cfg, ok := c.App.Metadata[configKey].(*config.Config); ok {
		return cfg, nil
	}
	cfg := &config.Config{}
	path := c.String("config")
	switch {
	case c.Bool("no-config") && path != "":
		return nil, usagef("--config and --no-config exclude each other")
	case c.Bool("no-config"):
	default:
		if path == "" {
			found, err := config.Find(".")
			if err != nil {
				return nil, usagef("%v", err)
			}
			path = found
		}
		if path != "" {
			var err error
			if cfg, err = config.Load(path); err != nil {
				return nil, usagef("%v", err)
			}
		}
	}
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	c.App.Metadata[configKey] = cfg
	return cfg, nil
}

// configure applies the configuration to the pipeline options: the alias table (which --aliases
// extends), the title equivalences and the tolerances.
func configure(c *cli.Context, opt *pipeline.Options) error {
	cfg, err := loadConfig(c)
	if err != nil {
		return err
	}
	al, err := cfg.AliasTable()
	if err != nil {
		return usagef("%v", err)
	}
	if al != nil {
		opt.Extract.Aliases = normalize.DefaultAliases().Merge(al)
	}
	if cfg.Tolerance != nil {
		opt.Compare.Tolerance = cfg.Tolerance
	}
	return configureTitles(cfg, opt)
}

// aliasBase is the alias table that --aliases extends: the configured one, else the default.
func aliasBase(opt pipeline.Options) *normalize.Aliases {
	if opt.Extract.Aliases != nil {
		return opt.Extract.Aliases
	}
	return normalize.DefaultAliases()
}

// failOn is the failing level: --fail-on when given, else the configuration's, else the flag's default.
func failOn(c *cli.Context) (string, error) {
	if c.IsSet("fail-on") {
		return c.String("fail-on"), nil
	}
	cfg, err := loadConfig(c)
	if err != nil {
		return "", err
	}
	if cfg.FailOn != "" {
		return cfg.FailOn, nil
	}
	return c.String("fail-on"), nil
}

// suppress drops the findings the configuration accepts and counts them in the summary.
func suppress(c *cli.Context, rep *model.Report) error {
	cfg, err := loadConfig(c)
	if err != nil {
		return err
	}
	cfg.Apply(rep)
	return nil
}

// progressMin is the number of articles from which a run shows a progress bar.
const progressMin = 20

// newProgress returns a progress callback drawing a bar on stderr, or nil when stderr is not a
// terminal (tests, pipes, CI logs) or CI is set. done reports the count so far, total the number
// of articles; finish clears the bar.
func newProgress(stderr io.Writer) (update func(done, total int), finish func()) {
	f, ok := stderr.(*os.File)
	if !ok || !(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) || os.Getenv("CI") != "" {
		return nil, func() {}
	}
	var bar *progressbar.ProgressBar
	update = func(done, total int) {
		if total < progressMin {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(f),
				progressbar.OptionSetDescription("reading articles"),
				progressbar.OptionShowCount(),
				progressbar.OptionSetWidth(30),
				progressbar.OptionThrottle(100_000_000), // 0.1 s
				progressbar.OptionClearOnFinish(),
				progressbar.OptionSetPredictTime(true),
			)
		}
		_ = bar.Set(done)
	}
	finish = func() {
		if bar != nil {
			_ = bar.Finish()
		}
	}
	return update, finish
}

// configureTitles hands the configured title equivalences to the roles extractor, over the
// default title table.
func configureTitles(cfg *config.Config, opt *pipeline.Options) error {
	lines := cfg.TitleLines()
	if len(lines) == 0 {
		return nil
	}
	t, err := normalize.DefaultTitles().WithEquivalences(lines, cfg.Path+" (titles)")
	if err != nil {
		return usagef("%v", err)
	}
	opt.Extract.Titles = t
	return nil
}
