package load

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/crosscheck/crosscheck/model"
)

// pageMeta is what a page says about itself. A field the page does not state stays empty.
type pageMeta struct {
	title, outlet, url, author string
	published                  *time.Time
}

// apply copies the metadata into an article.
func (m pageMeta) apply(a *model.Article) {
	a.Title = m.title
	a.Outlet = m.outlet
	a.URL = m.url
	a.Author = m.author
	a.Published = m.published
}

// pageFacts are the raw metadata found in a page.
type pageFacts struct {
	metas     map[string]string // first content of each <meta> property, name or itemprop (lower case)
	canonical string            // <link rel="canonical"> href
	title     string            // <title> text
	ld        []map[string]any  // JSON-LD objects, @graph members included, in page order
	times     []pageTime        // <time datetime> elements
}

type pageTime struct {
	value     string
	published bool // itemprop="datePublished" or the pubdate attribute
	inArticle bool // inside an <article> element
}

// readPageMeta reads a page's metadata: Open Graph and article meta tags, the canonical link,
// JSON-LD (NewsArticle and its kin, also inside @graph) and <time datetime> elements.
func readPageMeta(doc *html.Node, pageURL *url.URL) pageMeta {
	f := pageFacts{metas: map[string]string{}}
	f.collect(doc, false)
	ld := f.article()
	var m pageMeta

	m.outlet = firstNonEmpty(f.metas["og:site_name"], ldName(ld["publisher"], f.ld),
		notURL(f.metas["publisher"]), notURL(f.metas["article:publisher"]), f.metas["dc.publisher"])
	m.title = firstNonEmpty(ldString(ld["headline"]), f.metas["og:title"], f.metas["twitter:title"],
		f.metas["dc.title"], f.metas["headline"], ldString(ld["name"]))
	if m.title == "" {
		m.title = dropSiteName(oneLine(f.title), m.outlet)
	} else {
		m.title = dropSiteName(oneLine(m.title), m.outlet)
	}
	m.url = firstNonEmpty(absURL(f.canonical, pageURL), absURL(f.metas["og:url"], pageURL),
		absURL(ldString(ld["url"]), pageURL), absURL(ldID(ld["mainEntityOfPage"]), pageURL))
	if m.url == "" && pageURL != nil {
		m.url = pageURL.String()
	}
	m.author = strings.TrimSpace(strings.TrimPrefix(firstNonEmpty(ldName(ld["author"], f.ld), f.metas["author"],
		notURL(f.metas["article:author"]), f.metas["dc.creator"], f.metas["parsely-author"], f.metas["byl"]), "By "))

	dates := []string{
		f.metas["article:published_time"], ldString(ld["datePublished"]), f.metas["og:published_time"],
		f.metas["datepublished"], f.metas["pubdate"], f.metas["publishdate"], f.metas["publish-date"],
		f.metas["publication_date"], f.metas["dc.date.issued"], f.metas["dcterms.issued"],
		f.metas["dc.date"], f.metas["dcterms.created"], f.metas["parsely-pub-date"], f.metas["sailthru.date"],
		f.metas["date"],
	}
	dates = append(dates, f.timeCandidates()...)
	for _, d := range dates {
		if d == "" {
			continue
		}
		if t, err := ParseTime(d); err == nil {
			m.published = &t
			break
		}
	}
	return m
}

// timeCandidates lists <time datetime> values that date the article, best first: one marked as the
// publication time, else the first inside <article>, else the page's only one.
func (f *pageFacts) timeCandidates() []string {
	var out []string
	for _, t := range f.times {
		if t.published {
			out = append(out, t.value)
		}
	}
	for _, t := range f.times {
		if t.inArticle {
			out = append(out, t.value)
			break
		}
	}
	distinct := map[string]bool{}
	for _, t := range f.times {
		distinct[t.value] = true
	}
	if len(distinct) == 1 {
		out = append(out, f.times[0].value)
	}
	return out
}

func (f *pageFacts) collect(n *html.Node, inArticle bool) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			if content != "" {
				for _, k := range []string{"property", "name", "itemprop"} {
					for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
						if _, ok := f.metas[key]; !ok {
							f.metas[key] = html.UnescapeString(content)
						}
					}
				}
			}
		case atom.Link:
			for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
				if rel == "canonical" && f.canonical == "" {
					f.canonical = strings.TrimSpace(attr(n, "href"))
				}
			}
		case atom.Title:
			if f.title == "" && n.Parent != nil && n.Parent.DataAtom == atom.Head {
				f.title = nodeText(n)
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				f.addJSONLD(nodeText(n))
			}
			return
		case atom.Time:
			if v := strings.TrimSpace(attr(n, "datetime")); v != "" {
				f.times = append(f.times, pageTime{
					value:     v,
					published: hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished"),
					inArticle: inArticle,
				})
			}
		case atom.Article:
			inArticle = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		f.collect(c, inArticle)
	}
}

// nodeText is the concatenated text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// addJSONLD reads one JSON-LD script; a script that is not valid JSON is skipped.
func (f *pageFacts) addJSONLD(s string) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(s, "]]>")
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			f.ld = append(f.ld, x)
			if g, ok := x["@graph"]; ok {
				add(g, depth+1)
			}
		}
	}
	add(v, 0)
}

// article returns the first JSON-LD object typed as an article (NewsArticle, ReportageNewsArticle,
// BlogPosting…), or an empty map.
func (f *pageFacts) article() map[string]any {
	for _, o := range f.ld {
		for _, t := range ldTypes(o["@type"]) {
			t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
			if strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report" {
				return o
			}
		}
	}
	return map[string]any{}
}

func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString reads a JSON-LD text value (a string, or the first string of a list).
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return oneLine(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldID reads a reference: a string, or an object's @id or url.
func ldID(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return firstNonEmpty(ldString(x["@id"]), ldString(x["url"]))
	}
	return ""
}

// ldName reads the name of a person or organisation: a string, an object with a name, an object
// that only refers by @id to another object of the page, or a list of those (joined by ", ").
func ldName(v any, all []map[string]any) string {
	switch x := v.(type) {
	case string:
		return oneLine(html.UnescapeString(x))
	case map[string]any:
		if n := ldString(x["name"]); n != "" {
			return n
		}
		if id := ldString(x["@id"]); id != "" {
			for _, o := range all {
				if ldString(o["@id"]) == id {
					if n := ldString(o["name"]); n != "" {
						return n
					}
				}
			}
		}
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e, all); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// absURL returns an absolute http(s) address, resolving a relative one against the page's address;
// anything else is "".
func absURL(s string, base *url.URL) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// notURL returns s unless it is a web address (article:author often is a profile link).
func notURL(s string) string {
	s = strings.TrimSpace(s)
	if l := strings.ToLower(s); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return ""
	}
	return s
}

// dropSiteName removes the outlet's name when a title ends with it ("Flood kills 9 | The Courier").
func dropSiteName(title, outlet string) string {
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), outlet) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}
