package load

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newsServer serves pages for the URL tests; it is the only address the tests fetch from.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("../fixtures/inputs/herald-bus-crash.html")
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.HandleFunc("/news/2025/08/13/brasov-bus-crash", func(w http.ResponseWriter, r *http.Request) {
		assert.Contains(t, r.Header.Get("User-Agent"), "crosscheck")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/bare/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Bare page</title><link rel="canonical" href="/canonical/bare"></head>
			<body><p>Officials said 5 people were rescued from the river on Sunday.</p></body></html>`)
	})
	mux.HandleFunc("/feeds/wire.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `[{"title": "One", "text": "First."}, {"title": "Two", "text": "Second."}]`)
	})
	mux.HandleFunc("/feeds/wire.jsonl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, "{\"title\": \"One\", \"text\": \"First.\"}\n{bad\n")
	})
	mux.HandleFunc("/notes.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "---\ntitle: Notes\noutlet: Desk\n---\nThe notes of the desk.\n")
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "2025-03-04\nA plain text article.\n")
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by the server
		fmt.Fprint(w, "<!DOCTYPE html><html><body><p>Sniffed as HTML by crosscheck.</p></body></html>")
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n"))
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(sizeLimit+1))
	})
	mux.HandleFunc("/huge-streamed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i <= sizeLimit/10+1; i++ {
			fmt.Fprint(w, "0123456789")
			if f, ok := w.(http.Flusher); ok && i%100 == 0 {
				f.Flush()
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // answers only when the client gives up
	})
	// /hop/N redirects N+1 times before landing on the bare page.
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		if n <= 0 {
			http.Redirect(w, r, "/bare/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.invalid/x.txt", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestURLHTMLPage(t *testing.T) {
	srv := newsServer(t)
	u := srv.URL + "/news/2025/08/13/brasov-bus-crash"
	res := Load([]string{u}, Options{Client: srv.Client()})
	require.Empty(t, res.Errors)
	require.Len(t, res.Articles, 1)
	a := res.Articles[0]
	assert.Equal(t, u, a.Path)
	assert.Equal(t, "brasov-bus-crash", a.ID)
	assert.Equal(t, "html", a.Format)
	assert.Equal(t, "The Carpathian Herald", a.Outlet)
	assert.Equal(t, srv.URL+"/news/2025/08/13/brasov-bus-crash", a.URL, "the canonical link, resolved against the page")
	assert.Contains(t, a.Text, "killing 12 people and injuring 31")

	// The same text as the saved file.
	file := Load([]string{"../fixtures/inputs/herald-bus-crash.html"}, Options{})
	require.Len(t, file.Articles, 1)
	assert.Equal(t, file.Articles[0].Text, a.Text)
}

func TestURLKinds(t *testing.T) {
	srv := newsServer(t)
	tests := []struct {
		path   string
		ids    []string
		format string
		errs   []string
		check  func(t *testing.T, res Result)
	}{
		{path: "/bare/page", ids: []string{"page"}, format: "html", check: func(t *testing.T, res Result) {
			assert.Equal(t, srv.URL+"/canonical/bare", res.Articles[0].URL)
		}},
		{path: "/hop/4", ids: []string{"4"}, format: "html", check: func(t *testing.T, res Result) { // 5 redirects
			assert.Equal(t, srv.URL+"/canonical/bare", res.Articles[0].URL, "resolved against the address it landed on")
		}},
		{path: "/feeds/wire.json", ids: []string{"wire-1", "wire-2"}, format: "json", check: func(t *testing.T, res Result) {
			assert.Empty(t, res.Articles[0].URL, "a feed's address is not its articles'")
		}},
		{path: "/feeds/wire.jsonl", ids: []string{"wire-1"}, format: "json",
			errs: []string{"line 2, column 2: invalid character 'b' looking for beginning of object key string"}},
		{path: "/notes.md", ids: []string{"notes"}, format: "markdown", check: func(t *testing.T, res Result) {
			assert.Equal(t, "Desk", res.Articles[0].Outlet)
			assert.Equal(t, srv.URL+"/notes.md", res.Articles[0].URL, "one article: the address is its URL")
		}},
		{path: "/plain", ids: []string{"plain"}, format: "text", check: func(t *testing.T, res Result) {
			require.NotNil(t, res.Articles[0].Published)
			assert.Equal(t, "2025-03-04", res.Articles[0].Published.Format("2006-01-02"))
		}},
		{path: "/untyped", ids: []string{"untyped"}, format: "html"},
		{path: "/", ids: nil, errs: []string{"server answered 404 Not Found"}},
		{path: "/missing", errs: []string{"server answered 404 Not Found"}},
		{path: "/image.png", errs: []string{`unsupported content type "image/png": crosscheck reads HTML, JSON, JSON Lines, Markdown and plain text`}},
		{path: "/hop/5", errs: []string{"cannot fetch: more than 5 redirects"}},
		{path: "/to-ftp", errs: []string{"cannot fetch: redirect to a ftp: address refused: only http and https addresses are fetched"}},
		{path: "/to-file", errs: []string{"cannot fetch: redirect to a file: address refused: only http and https addresses are fetched"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			res := Load([]string{u}, Options{Client: srv.Client()})
			var errs []string
			for _, e := range res.Errors {
				assert.Equal(t, u, e.Path)
				errs = append(errs, e.Err)
			}
			assert.Equal(t, tt.errs, errs)
			if tt.ids == nil {
				assert.Empty(t, res.Articles)
				return
			}
			assert.Equal(t, tt.ids, articleIDs(res.Articles))
			for _, a := range res.Articles {
				assert.Equal(t, u, a.Path)
				assert.Equal(t, tt.format, a.Format)
			}
			if tt.check != nil {
				tt.check(t, res)
			}
		})
	}
}

func TestURLLimits(t *testing.T) {
	srv := newsServer(t)
	old := sizeLimit
	sizeLimit = 64 << 10
	t.Cleanup(func() { sizeLimit = old })

	res := Load([]string{srv.URL + "/huge-declared"}, Options{Client: srv.Client()})
	require.Len(t, res.Errors, 1)
	assert.Equal(t, fmt.Sprintf("page is %d bytes, larger than the %d-byte limit", sizeLimit+1, sizeLimit), res.Errors[0].Err)

	res = Load([]string{srv.URL + "/huge-streamed"}, Options{Client: srv.Client()})
	require.Len(t, res.Errors, 1)
	assert.Equal(t, fmt.Sprintf("page is larger than the %d-byte limit", sizeLimit), res.Errors[0].Err)

	res = Load([]string{srv.URL + "/slow"}, Options{Client: srv.Client(), Timeout: 50 * time.Millisecond})
	require.Len(t, res.Errors, 1)
	assert.Equal(t, "no answer within 50ms", res.Errors[0].Err)
}

// TestURLSchemes: only http and https are fetched; other addresses are refused by name.
func TestURLSchemes(t *testing.T) {
	for _, in := range []string{"ftp://files.invalid/a.txt", "file:///etc/passwd", "data:text/plain,hello", "gopher://x.invalid/"} {
		res := Load([]string{in}, Options{})
		require.Len(t, res.Errors, 1, in)
		assert.Equal(t, in, res.Errors[0].Path)
		assert.Contains(t, res.Errors[0].Err, "unsupported URL scheme", in)
		assert.Contains(t, res.Errors[0].Err, "only http and https", in)
	}
	res := Load([]string{"http://"}, Options{})
	require.Len(t, res.Errors, 1)
	assert.Equal(t, "URL has no host", res.Errors[0].Err)
}

func TestURLNamedTwice(t *testing.T) {
	srv := newsServer(t)
	u := srv.URL + "/bare/page"
	res := Load([]string{u, u}, Options{Client: srv.Client()})
	assert.Len(t, res.Articles, 1)
}

func TestURLID(t *testing.T) {
	for in, want := range map[string]string{
		"https://x.example/news/2025/08/13/brasov-bus-crash":  "brasov-bus-crash",
		"https://x.example/news/2025/08/13/brasov-bus-crash/": "brasov-bus-crash",
		"https://x.example/story/12345.html?utm_source=feed":  "12345",
		"https://www.x.example/":                              "x.example",
		"https://x.example/a/index.html":                      "a",
		"https://x.example/%D0%BA%D0%B8%D1%97%D0%B2-news":     "київ-news",
		"https://x.example/2025/07/30/ternopil-strike/amp":    "ternopil-strike",
		"http://127.0.0.1:8080/":                              "127.0.0.1",
	} {
		assert.Equal(t, want, urlID(in), in)
	}
}

func TestContentKind(t *testing.T) {
	tests := []struct{ ctype, path, data, want string }{
		{"text/html; charset=utf-8", "/a", "", "html"},
		{"application/xhtml+xml", "/a", "", "html"},
		{"application/json", "/a", "", ".json"},
		{"application/feed+json", "/feed", "", ".json"},
		{"application/json", "/a.jsonl", "", ".jsonl"},
		{"application/x-ndjson", "/a", "", ".jsonl"},
		{"text/markdown", "/a", "", ".md"},
		{"text/plain", "/a.md", "", ".md"},
		{"text/plain", "/a", "", ".txt"},
		{"", "/a.html", "", "html"},
		{"application/octet-stream", "/a.jsonl", "", ".jsonl"},
		{"", "/a", "<html><body>x</body></html>", "html"},
		{"", "/a", "just words", ".txt"},
	}
	for _, tt := range tests {
		got, err := contentKind(tt.ctype, tt.path, []byte(tt.data))
		require.NoError(t, err, tt.ctype)
		assert.Equal(t, tt.want, got, "%s %s", tt.ctype, tt.path)
	}
	_, err := contentKind("application/pdf", "/a.pdf", nil)
	assert.EqualError(t, err, `unsupported content type "application/pdf": crosscheck reads HTML, JSON, JSON Lines, Markdown and plain text`)
}
