"""HTML: the page's main content as text (no scripts or styles, no navigation), split like plain text.

What a site repeats on every page is not content: navigation bars, sidebars, page headers and footers,
cookie banners, breadcrumbs, tables of contents and "skip to content" links. They are dropped while the
page is parsed (one pass, no tree): <nav> and role="navigation" everywhere; outside <main> and <article>
(inside them these are the article's own), <aside>, <header>, <footer>, the banner / contentinfo /
complementary roles, and containers whose id or class names a sidebar, menu, navigation, table of
contents, breadcrumbs, a cookie banner or a consent form. When the page marks its main content (<main>,
role="main", or <article>s holding a good share of the text), only that is kept. A dropped element
whose end tag never comes is given back (what followed it is content).

libxml2 (through lxml) parses, three times as fast as Python's html.parser; html.parser still reads a
page whose container tags do not all end (libxml2 would end them itself) and what libxml2 refuses.
"""
from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree

from assistant.readers.text import decode, split_pages

_BLANK_LINES = re.compile(r"\n{3,}")  # one pass, however long the run of empty lines
BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "pre",
              "blockquote", "table", "ul", "ol", "header", "footer", "main", "nav", "aside", "dl", "dt", "dd"}
SKIPPED_TAGS = {"script", "style", "noscript", "template"}
# Elements that always have an end tag, so that the end of a dropped one is found by counting.
CONTAINER_TAGS = {"div", "section", "nav", "aside", "header", "footer", "ul", "ol", "table", "form", "dl", "menu",
                  "main", "article"}
PAGE_FRAME_TAGS = {"aside", "header", "footer"}
PAGE_FRAME_ROLES = {"banner", "contentinfo", "complementary"}
# id / class words (split at spaces, "-" and "_") that name the page's frame; looked at outside <main> and
# <article> only (inside, a section's id is its title: Python's http.cookies page has id="cookie-objects").
FRAME_WORDS = {"sidebar", "sidenav", "sidebarwrapper", "menu", "menubar", "mainmenu", "submenu", "toc", "footer",
               "navbar", "navigation", "topbar", "masthead", "breadcrumb", "breadcrumbs", "skiplink", "skipnav",
               "consent", "gdpr", "cookiebanner", "cookiebar", "cookieconsent", "cookienotice", "cookielaw"}
# "cookie" alone is a topic; with one of these it is a banner ("cookie-banner", "cookies notice").
COOKIE_BANNER_WORDS = {"banner", "notice", "bar", "popup", "modal", "dialog", "message", "alert", "overlay", "law",
                       "policy", "box", "container", "wrapper", "warning", "info"}
_CONTAINER_TAG = re.compile(r"<(/?)(" + "|".join(sorted(CONTAINER_TAGS)) + r")(?=[\s/>])", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s_-]+")
_SKIP_LINK = re.compile(r"^skip to (the )?(main )?(content|navigation|main content|search)$", re.IGNORECASE)
# <article>s are the main content when they hold at least this share of the kept text; so is <main>, which can
# also end early at a stray end tag (then what follows it is content too).
ARTICLE_SHARE, MAIN_SHARE = 0.3, 0.2


class _Extractor(HTMLParser):
    def __init__(self, main_content: bool):
        super().__init__(convert_charrefs=True)
        self.main_content = main_content
        self.parts: list[str] = []  # everything kept
        self.main_parts: list[str] = []  # inside <main> / role="main"
        self.article_parts: list[str] = []  # inside an <article> outside <main>
        self._skipping = 0
        self._dropped: list = []  # [tag, depth] of the element being dropped
        self._dropped_parts: list[str] = []  # its text: given back if the element never ends (a missing end tag)
        self._main: list = []  # [tag, depth] of the main element, once entered
        self._articles = 0
        self._main_closed = False

    @property
    def _in_content(self) -> bool:
        return bool(self._main) or self._articles > 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self._skipping += 1
            return
        if self._dropped:
            if tag == self._dropped[0]:
                self._dropped[1] += 1
            if tag in BLOCK_TAGS:
                self._dropped_parts.append("\n")
            return
        if self.main_content and tag in CONTAINER_TAGS and self._drops(tag, attrs):
            self._dropped, self._dropped_parts = [tag, 1], []
            self._add("\n")
            return
        if self.main_content and tag in CONTAINER_TAGS:
            self._enter_content(tag, attrs)
        if tag in BLOCK_TAGS:
            self._add("\n")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
            return
        if self._dropped:
            if tag == self._dropped[0]:
                self._dropped[1] -= 1
                if not self._dropped[1]:
                    self._dropped = []
            return
        if tag in BLOCK_TAGS:
            self._add("\n")
        if self._main and tag == self._main[0]:
            self._main[1] -= 1
            if not self._main[1]:
                self._main, self._main_closed = [], True
        elif tag == "article" and self._articles:
            self._articles -= 1

    def handle_data(self, data):
        if self._skipping:
            return
        if self._dropped:
            self._dropped_parts.append(data)
        else:
            self._add(data)

    def close(self):
        super().close()
        if self._dropped:  # it never ended: an end tag is missing, and what followed it is content
            self._dropped = []
            self._add("\n" + "".join(self._dropped_parts))

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self._main:
            self.main_parts.append(text)
        elif self._articles:
            self.article_parts.append(text)

    def _enter_content(self, tag: str, attrs) -> None:
        if self._main:
            if tag == self._main[0]:
                self._main[1] += 1
        elif not self._main_closed and (tag == "main" or _attr(attrs, "role") == "main"):
            self._main = [tag, 1]
        elif tag == "article":
            self._articles += 1

    def _drops(self, tag: str, attrs) -> bool:
        role = _attr(attrs, "role")
        if tag == "nav" or role == "navigation":
            return True
        framed = not self._in_content
        if framed and (tag in PAGE_FRAME_TAGS or role in PAGE_FRAME_ROLES):
            return True
        if not framed:
            return False
        names = " ".join(value for name, value in attrs if name in ("id", "class") and value)
        return bool(names) and _names_frame(names)

    def text(self) -> str:
        everything = "".join(self.parts)
        for region, share in (self.main_parts, MAIN_SHARE), (self.article_parts, ARTICLE_SHARE):
            text = "".join(region)
            if text.strip() and len(text.strip()) >= share * len(everything.strip()):
                return text
        return everything


@functools.lru_cache(maxsize=4096)  # a site's class names repeat on every element and page
def _names_frame(names: str) -> bool:
    """True when an element's id and class words name a part of the page's frame."""
    words = set(_WORD_SPLIT.split(names.lower()))
    if words & FRAME_WORDS or any(word.startswith("nav") and len(word) > 3 for word in words):
        return True
    return bool(words & {"cookie", "cookies"} and words & COOKIE_BANNER_WORDS)


def _attr(attrs, wanted: str) -> str | None:
    for name, value in attrs:
        if name == wanted:
            return (value or "").strip().lower()
    return None


class _Events:
    """libxml2's parse events (lxml's parser target), handed to an _Extractor as html.parser hands them."""

    def __init__(self, extractor: _Extractor):
        self._extractor = extractor

    def start(self, tag, attrib):
        self._extractor.handle_starttag(tag, list(attrib.items()))

    def end(self, tag):
        self._extractor.handle_endtag(tag)

    def data(self, data):
        self._extractor.handle_data(data)

    def close(self):
        return None


def _end_tags_all_there(markup: str) -> bool:
    """Whether each container tag ends as often as it starts, counted in the markup: then libxml2, which
    closes an element whose end tag is missing at its parent's end, reads the page as html.parser does."""
    balance: dict[str, int] = {}
    for slash, tag in _CONTAINER_TAG.findall(markup):
        tag = tag.lower()
        balance[tag] = balance.get(tag, 0) + (-1 if slash else 1)
    return not any(balance.values())


def _extracted(markup: str, main_content: bool) -> _Extractor:
    extractor = _Extractor(main_content)
    if not (_end_tags_all_there(markup) and _parsed_by_libxml2(markup, extractor)):
        extractor = _Extractor(main_content)  # a dropped element whose end never comes is given back (close())
        extractor.feed(markup)
    extractor.close()
    return extractor


def _parsed_by_libxml2(markup: str, extractor: _Extractor) -> bool:
    """False when libxml2 refuses the markup (a lone surrogate from a mis-encoded file, for one)."""
    try:
        parser = etree.HTMLParser(target=_Events(extractor), huge_tree=True, no_network=True,
                                  remove_comments=True, remove_pis=True)
        parser.feed(markup)
        parser.close()
        return True
    except (etree.LxmlError, ValueError):
        return False


def html_to_text(markup: str, main_content: bool = True) -> str:
    """The page's visible text; main_content=False keeps navigation and page frames (e-mail bodies, where
    a "header" or "menu" class is the sender's own layout, not a site's)."""
    extractor = _extracted(markup, main_content)
    lines = (" ".join(line.split()) for line in extractor.text().splitlines())
    if main_content:
        lines = (line for line in lines if not _SKIP_LINK.match(line))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def read_html(path: Path, data: bytes):
    return split_pages(html_to_text(decode(data, path)))
