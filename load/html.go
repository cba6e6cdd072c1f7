package load

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/crosscheck/crosscheck/model"
)

func init() {
	Register(".html", parseHTML)
	Register(".htm", parseHTML)
	Register(".xhtml", parseHTML)
}

// parseHTML reads a saved web page: the article's text (without navigation, scripts, asides, footers,
// banners and share widgets) and its metadata.
func parseHTML(name string, data []byte) ([]*model.Article, error) {
	return parseHTMLPage(data, "", nil)
}

// parseHTMLPage reads a web page. contentType is the HTTP Content-Type when the page was fetched (it
// may name the charset); pageURL is the address it was fetched from, or nil.
func parseHTMLPage(data []byte, contentType string, pageURL *url.URL) ([]*model.Article, error) {
	s, err := decodeHTML(data, contentType)
	if err != nil {
		return nil, err
	}
	doc, err := parseHTMLDoc(s)
	if err != nil {
		return nil, err
	}
	meta := readPageMeta(doc, pageURL)
	stripClutter(doc)
	text := ""
	parser := readability.NewParser()
	if art, err := parser.ParseDocument(doc, pageURL); err == nil && art.Node != nil {
		text = cleanBlocks(htmlBlocks(art.Node))
		if meta.title == "" {
			meta.title = oneLine(art.Title())
		}
		if meta.author == "" {
			meta.author = strings.TrimSpace(strings.TrimPrefix(oneLine(art.Byline()), "By "))
		}
	}
	if isBlank(text) {
		// Readability found no article: fall back to the whole page, already stripped of clutter.
		text = cleanBlocks(htmlBlocks(doc))
	}
	if isBlank(text) {
		return nil, errEmpty
	}
	a := &model.Article{Format: "html", Text: textOnly(text)}
	meta.apply(a)
	return []*model.Article{a}, nil
}

// parseHTMLDoc parses an HTML document, turning the parser's limits into errors.
func parseHTMLDoc(s string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "html: ")
		if strings.Contains(msg, "open stack") {
			msg = "elements are nested too deeply (more than 512 levels)"
		}
		return nil, fmt.Errorf("cannot parse HTML: %s", msg)
	}
	return doc, nil
}

// decodeHTML turns the bytes of a page into text: the charset comes from a byte-order mark, the
// Content-Type, or a <meta charset>; undeclared pages are UTF-8 when they are valid UTF-8, else
// Windows-1252 (the web's default).
func decodeHTML(data []byte, contentType string) (string, error) {
	wide := bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe})
	if !wide {
		if kind := binaryKind(data); kind != "" {
			return "", fmt.Errorf("not a text file (%s)", kind)
		}
	}
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if name != "utf-8" && !(name == "windows-1252" && !certain && utf8.Valid(data)) {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("cannot decode %s text: %v", name, err)
		}
		data = out
	}
	return decode(data)
}

// oneLine collapses every run of white space to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Form: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Dialog: true,
	atom.Audio: true, atom.Video: true, atom.Picture: true, atom.Img: true, atom.Map: true,
}

// clutterRoles are ARIA roles of page furniture.
var clutterRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "dialog": true,
	"alertdialog": true, "search": true, "menu": true, "menubar": true, "toolbar": true, "alert": true,
}

// clutterWords are class or id words of page furniture: cookie banners, share widgets, newsletters,
// related links, comments, ads.
var clutterWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "cmp": true, "share": true,
	"sharing": true, "sharebar": true, "social": true, "newsletter": true, "subscribe": true,
	"subscription": true, "paywall": true, "promo": true, "advert": true, "advertisement": true,
	"ad": true, "ads": true, "sponsored": true, "related": true, "recommended": true,
	"recirculation": true, "comments": true, "comment": true, "breadcrumb": true, "breadcrumbs": true,
	"sidebar": true, "popup": true, "modal": true, "toolbar": true, "tags": true, "outbrain": true,
	"taboola": true, "signup": true, "nav": true, "navbar": true, "menu": true, "masthead": true,
	"footer": true, "skip": true, "skiplink": true, "print": true,
}

// stripClutter removes page furniture from a parsed page before the article is looked for: hidden
// elements, navigation, asides, footers, forms and elements whose role, class or id names a banner,
// widget or list of links. An element that holds much of the page's text is never removed for its
// class alone, so that a wrapper named "article has-share-tools" keeps the article.
func stripClutter(doc *html.Node) {
	body := findElement(doc, atom.Body)
	if body == nil {
		body = doc
	}
	total := textLen(body)
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.CommentNode {
				remove = append(remove, c)
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			if isClutter(c, total) {
				remove = append(remove, c)
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func isClutter(n *html.Node, total int) bool {
	if n.DataAtom == atom.Script && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
		return true
	}
	if skipTags[n.DataAtom] && n.DataAtom != atom.Head {
		return true
	}
	if isHidden(n) {
		return true
	}
	if clutterRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		return false
	}
	if !hasClutterWord(attr(n, "class")) && !hasClutterWord(attr(n, "id")) {
		return false
	}
	l := textLen(n)
	return l < 2000 && l*10 < total*3
}

// isHidden reports whether an element is hidden from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			st := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// hasClutterWord reports whether a class or id value holds a clutter word, splitting on punctuation
// and camelCase ("share-bar", "article__share", "cookieBanner").
func hasClutterWord(v string) bool {
	if v == "" {
		return false
	}
	var word []rune
	check := func() bool {
		ok := len(word) > 0 && clutterWords[strings.ToLower(string(word))]
		word = word[:0]
		return ok
	}
	prevLower := false
	for _, r := range v {
		switch {
		case unicode.IsUpper(r) && prevLower:
			if check() {
				return true
			}
			word = append(word, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = append(word, r)
		default:
			if check() {
				return true
			}
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
	}
	return check()
}

// textLen counts the bytes of text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return 0
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// findElement returns the first element with the tag, depth first.
func findElement(n *html.Node, tag atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// blockTags start and end a block of text of their own.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true, atom.Body: true, atom.Html: true, atom.Legend: true,
}

// blockWriter collects the text of an HTML tree as blocks: one per paragraph, heading, list item,
// quote or table row. White space is collapsed as a browser does; <br> breaks a line and two in a
// row end the block.
type blockWriter struct {
	blocks  []string
	cur     strings.Builder
	space   bool // a space is pending before the next text
	cell    bool // a table cell was written in the current row
	pre     int  // depth inside <pre>
	newline bool // the current block ends with a line break
}

// htmlBlocks renders the text under n as trimmed blocks.
func htmlBlocks(n *html.Node) []string {
	var w blockWriter
	w.node(n)
	w.flush()
	return w.blocks
}

func (w *blockWriter) flush() {
	lines := strings.Split(w.cur.String(), "\n")
	var kept []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			kept = append(kept, l)
		}
	}
	if len(kept) > 0 {
		w.blocks = append(w.blocks, strings.Join(kept, "\n"))
	}
	w.cur.Reset()
	w.space = false
	w.newline = false
}

func (w *blockWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	tag := n.DataAtom
	if tag == 0 {
		tag = atom.Lookup([]byte(strings.ToLower(n.Data))) // elements made by readability carry no atom
	}
	if skipTags[tag] || isHidden(n) {
		return
	}
	switch tag {
	case atom.Br:
		if w.newline {
			w.flush() // two line breaks end a paragraph
			return
		}
		if w.cur.Len() > 0 {
			w.cur.WriteByte('\n')
			w.newline = true
		}
		w.space = false
		return
	case atom.Td, atom.Th:
		if w.cell {
			w.cur.WriteString(" | ")
			w.space = false
		}
		w.cell = true
	case atom.Tr:
		w.cell = false
	}
	block := blockTags[tag]
	if block {
		w.flush()
	}
	if tag == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if tag == atom.Pre {
		w.pre--
	}
	if block {
		w.flush()
	}
}

// text appends a text node, collapsing ASCII white space (not no-break spaces) and dropping
// invisible characters (soft hyphens, zero-width spaces).
func (w *blockWriter) text(s string) {
	for _, r := range s {
		switch r {
		case '\u00ad', '\u200b', '\ufeff':
			continue
		case ' ', '\t', '\n', '\r', '\f':
			if w.pre > 0 && r == '\n' {
				w.cur.WriteByte('\n')
				w.space = false
				continue
			}
			if w.cur.Len() > 0 && !w.newline {
				w.space = true
			}
			continue
		}
		if w.space {
			w.cur.WriteByte(' ')
			w.space = false
		}
		w.newline = false
		w.cur.WriteRune(r)
	}
}
