package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/model"
)

// DefaultTimeout bounds the fetching of one URL when Options.Timeout is zero.
const DefaultTimeout = 15 * time.Second

// MaxRedirects is the number of redirects followed when fetching a URL.
const MaxRedirects = 5

// userAgent names crosscheck to the servers it fetches from.
const userAgent = "crosscheck (+https://github.com/crosscheck/crosscheck)"

// schemeRe matches the scheme of an address ("https:", "ftp:", "data:"); one letter is a Windows drive.
var schemeRe = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.\-]+:`)

// isURL reports whether an argument is a web address to fetch rather than a path.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// urlScheme returns the scheme of an argument that looks like an address of another kind
// ("ftp://…", "file:///…", "data:…"), or "".
func urlScheme(s string) string {
	m := schemeRe.FindString(s)
	if m == "" {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(m, ":"))
}

// fetchURL fetches a web address and reads the articles it serves. The content type decides the
// parser; HTML pages keep their own metadata, with the address as their URL when they state none.
func fetchURL(ctx context.Context, raw string, opt Options) ([]*model.Article, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("not a valid URL: %v", errors.Unwrap(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("unsupported URL scheme %q: only http and https addresses are fetched", u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("URL has no host")
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	client := http.Client{}
	if opt.Client != nil {
		client = *opt.Client
	}
	next := client.CheckRedirect
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to a %s: address refused: only http and https addresses are fetched", req.URL.Scheme)
		}
		if len(via) > MaxRedirects {
			return fmt.Errorf("more than %d redirects", MaxRedirects)
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("cannot fetch: %v", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,application/x-ndjson;q=0.9,text/markdown;q=0.8,text/plain;q=0.8,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchErr(err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("server answered %s", strings.TrimSpace(resp.Status))
	}
	if resp.ContentLength > int64(sizeLimit) {
		return nil, fmt.Errorf("page is %d bytes, larger than the %d-byte limit", resp.ContentLength, sizeLimit)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(sizeLimit)+1))
	if err != nil {
		return nil, fetchErr(err, timeout)
	}
	if len(data) > sizeLimit {
		return nil, fmt.Errorf("page is larger than the %d-byte limit", sizeLimit)
	}
	final := resp.Request.URL
	ctype := resp.Header.Get("Content-Type")
	kind, err := contentKind(ctype, final.Path, data)
	if err != nil {
		return nil, err
	}
	if kind == "html" {
		return parseHTMLPage(data, ctype, final)
	}
	arts, err := parsers[kind](raw, data)
	if (kind == ".md" || kind == ".txt") && len(arts) == 1 && arts[0].URL == "" {
		arts[0].URL = final.String() // a text or Markdown document is one article: the address is its own
	}
	return arts, err
}

// fetchErr words an HTTP client error without repeating the address.
func fetchErr(err error, timeout time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("no answer within %s", timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("cannot fetch: %v", err)
}

// contentKind decides how to read a fetched document: "html", or the extension of a parser (".json",
// ".jsonl", ".md", ".txt"). The Content-Type decides; a missing or generic one falls back to the
// address's extension, then to sniffing the bytes.
func contentKind(ctype, urlPath string, data []byte) (string, error) {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = ""
	}
	mt = strings.ToLower(mt)
	ext := strings.ToLower(path.Ext(urlPath))
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html", nil
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines" ||
		mt == "application/jsonlines" || mt == "application/json-lines":
		return ".jsonl", nil
	case mt == "application/json" || mt == "text/json" || strings.HasSuffix(mt, "+json"):
		if ext == ".jsonl" || ext == ".ndjson" {
			return ".jsonl", nil
		}
		return ".json", nil
	case mt == "text/markdown" || mt == "text/x-markdown":
		return ".md", nil
	case mt == "text/plain":
		switch ext {
		case ".md", ".markdown", ".json", ".jsonl", ".ndjson":
			return ext, nil
		}
		return ".txt", nil
	case mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream":
		switch ext {
		case ".html", ".htm", ".xhtml":
			return "html", nil
		case ".md", ".markdown", ".json", ".jsonl", ".ndjson", ".txt":
			return ext, nil
		}
		sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(data))
		switch sniffed {
		case "text/html":
			return "html", nil
		case "text/plain":
			return ".txt", nil
		}
		return "", fmt.Errorf("cannot tell what the server sent (no content type, looks like %s)", sniffed)
	}
	return "", fmt.Errorf("unsupported content type %q: crosscheck reads HTML, JSON, JSON Lines, Markdown and plain text", mt)
}

// urlID derives a source id from an address: its last path segment without extension, else its host.
func urlID(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return sanitizeID(raw)
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		seg := segs[i]
		if dec, err := url.PathUnescape(seg); err == nil {
			seg = dec
		}
		seg = strings.TrimSuffix(seg, path.Ext(seg))
		if id := sanitizeID(seg); id != "" && !isIndexName(id) {
			return id
		}
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if id := sanitizeID(host); id != "" {
		return id
	}
	return "url"
}

// isIndexName reports whether a path segment names a page of a folder rather than an article.
func isIndexName(s string) bool {
	switch strings.ToLower(s) {
	case "index", "default", "amp", "article", "story", "news":
		return true
	}
	return false
}
