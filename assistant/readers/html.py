"""HTML: visible text only (no scripts or styles), split like plain text."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from assistant.readers.text import decode, split_pages

_BLANK_LINES = re.compile(r"\n{3,}")  # one pass, however long the run of empty lines
BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "pre",
              "blockquote", "table", "ul", "ol", "header", "footer"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self._skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self._skipping = max(0, self._skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str, main_content: bool = True) -> str:
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def read_html(path: Path, data: bytes):
    return split_pages(html_to_text(decode(data, path)))
