package pipeline

import (
	"fmt"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// CheckOptions configure check mode.
type CheckOptions struct {
	Options
	// CrossSources also reports the sources against each other.
	CrossSources bool
}

// Check compares a draft with its sources. The draft must load as exactly one article; an unreadable
// draft is an error, unreadable sources are listed in the report's errors.
func Check(draftPath string, sourcePaths []string, opt CheckOptions) (*model.Report, error) {
	dres := load.Load([]string{draftPath}, opt.Load)
	if len(dres.Errors) > 0 {
		return nil, fmt.Errorf("draft %s: %s", dres.Errors[0].Path, dres.Errors[0].Err)
	}
	if len(dres.Articles) != 1 {
		return nil, fmt.Errorf("draft %s: want one article, found %d", draftPath, len(dres.Articles))
	}
	draft := dres.Articles[0]
	sres := load.Load(sourcePaths, opt.Load)
	for _, a := range sres.Articles {
		if a.ID == draft.ID {
			draft.ID = "draft-" + draft.ID
			break
		}
	}
	arts := append([]*model.Article{draft}, sres.Articles...)
	ex := ExtractArticles(arts, sres.Errors, opt.Options)
	for i := range ex.Claims {
		if ex.Claims[i].Source == draft.ID {
			ex.Claims[i].Draft = true
		}
	}
	srcs := ex.Sources()
	fs := compare.Check(srcs, ex.Claims, compare.CheckOptions{Options: opt.Compare, CrossSources: opt.CrossSources})
	return newReport(srcs, len(ex.Claims), fs, ex.Errors), nil
}
