"""HTML main content: what a site repeats on every page (navigation, sidebars, page headers and footers, cookie
banners, breadcrumbs, "skip to content") is not read as content; the article's text is, whole.
The last tests read real documentation trees when the Debian packages are installed
(python3.11-doc, postgresql-doc-15)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.readers import read_document
from assistant.readers.html import html_to_text

SITE_PAGE = """<!DOCTYPE html><html><head><title>Harbour news</title><style>p {color: red}</style></head><body>
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-banner" class="cookie-notice"><p>We use cookies to improve your visit.</p><button>Accept</button></div>
<header class="site-header"><a href="/">Harbour Town</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Crane</div>
<aside class="sidebar"><h3>Popular</h3><ul><li>Ferry timetable</li><li>Fish market hours</li></ul></aside>
<main id="main">
  <article>
    <header><h1>The new crane arrives</h1><p class="byline">By Ann Lee, 12 May 2025</p></header>
    <p>The floating crane reached the harbour on Monday after a week at sea.</p>
    <aside class="pullquote"><p>“It lifts forty tonnes,” said the harbour master.</p></aside>
    <h2>What it will do</h2>
    <p>It will lift the old pier's concrete blocks out of the water.</p>
    <div class="toc-note"><p>A table of the lifts follows.</p></div>
    <table><tr><td>Block</td><td>Weight</td></tr><tr><td>A1</td><td>12 t</td></tr></table>
    <footer><p>Filed under: harbour works</p></footer>
  </article>
</main>
<div class="menu-wrapper"><div>Site menu: Events · Parking</div></div>
<footer class="site-footer"><p>© 2025 Harbour Town Council</p><p>Privacy · Terms</p></footer>
<script>trackVisit();</script>
</body></html>"""

CONTENT = ["The new crane arrives", "By Ann Lee, 12 May 2025",
           "The floating crane reached the harbour on Monday after a week at sea.",
           "“It lifts forty tonnes,” said the harbour master.", "What it will do",
           "It will lift the old pier's concrete blocks out of the water.", "A table of the lifts follows.",
           "A1", "12 t", "Filed under: harbour works"]
BOILERPLATE = ["Skip to content", "We use cookies", "Accept", "Harbour Town", "Contact", "Crane\n", "Popular",
               "Ferry timetable", "Site menu", "© 2025", "Privacy", "trackVisit", "color: red", "Harbour news"]


def test_a_site_page_keeps_its_article_and_drops_the_frame():
    text = html_to_text(SITE_PAGE)
    for sentence in CONTENT:
        assert sentence in text
    for frame in BOILERPLATE:
        assert frame not in text, frame


def test_the_frame_is_kept_when_asked_for_everything():
    text = html_to_text(SITE_PAGE, main_content=False)
    assert "Ferry timetable" in text and "© 2025 Harbour Town Council" in text and "trackVisit" not in text


def test_a_page_without_main_drops_frame_elements_by_their_names():
    page = """<html><body><div id="navbar"><a>Docs</a> | <a>Blog</a></div>
    <div class="sidebar"><p>Related pages</p></div>
    <div class="content"><h1>Tide tables</h1><p>High tide is at 06:12.</p>
    <div class="section" id="cookie-objects"><h2>Cookie objects</h2><p>A cookie holds a value.</p></div></div>
    <div role="contentinfo"><p>Built with a generator</p></div>
    <div id="footer">Last updated today</div></body></html>"""
    text = html_to_text(page)
    assert "Tide tables\n\nHigh tide is at 06:12." in text
    assert "Cookie objects" in text and "A cookie holds a value." in text  # a topic, not a banner
    for frame in ("Docs", "Blog", "Related pages", "Built with", "Last updated"):
        assert frame not in text


def test_inside_main_only_navigation_is_dropped():
    page = """<html><body><div role="main"><h1>Sidebars</h1>
    <nav class="contents"><a>1. Intro</a></nav>
    <div class="sidebar"><p>A sidebar directive's text is part of the document.</p></div>
    <section id="cookie-consent-law"><p>The consent law applies to cookies.</p></section>
    <footer>Article footer</footer></div></body></html>"""
    text = html_to_text(page)
    assert "1. Intro" not in text
    for kept in ("Sidebars", "A sidebar directive's text", "The consent law applies to cookies.", "Article footer"):
        assert kept in text


def test_a_dropped_element_whose_end_tag_never_comes_is_given_back():
    page = "<html><body><p>Intro.</p><div class='sidebar'><p>Side.</p><p>The rest of the page.</p></body></html>"
    text = html_to_text(page)
    assert "Intro." in text and "The rest of the page." in text


def test_an_article_teaser_beside_the_real_text_does_not_replace_it():
    page = """<html><body><div class="post"><h1>Annual report</h1>""" + "<p>The year in numbers.</p>" * 40 + """
    </div><article><p>Related: last year's report</p></article></body></html>"""
    text = html_to_text(page)
    assert "Annual report" in text and text.count("The year in numbers.") == 40


def test_a_main_that_ends_early_at_a_stray_end_tag_does_not_lose_the_rest():
    page = ("<html><body><main><h1>Minutes</h1></main>" + "<p>Item: the budget was approved.</p>" * 30
            + "</body></html>")
    assert html_to_text(page).count("Item: the budget was approved.") == 30


def test_read_html_reads_a_file_through_the_registry(tmp_path):
    path = tmp_path / "news.html"
    path.write_text(SITE_PAGE, encoding="utf-8")
    text = read_document(path).text
    assert "The floating crane reached the harbour" in text and "Ferry timetable" not in text


PYTHON_DOC = Path("/usr/share/doc/python3.11-doc/html/library/abc.html")
POSTGRES_DOC = Path("/usr/share/doc/postgresql-doc-15/html/ddl-constraints.html")


@pytest.mark.skipif(not PYTHON_DOC.exists(), reason="python3.11-doc is not installed")
def test_a_real_sphinx_page_keeps_its_body_and_drops_its_navigation():
    text = read_document(PYTHON_DOC).text
    assert text.startswith("abc — Abstract Base Classes")
    assert "This module provides the infrastructure for defining abstract base" in text
    assert "C++ programmers should note that Python’s virtual base class" in text  # the last footnote
    for frame in ("Previous topic", "Next topic", "This Page", "Report a Bug", "Show Source", "Navigation",
                  "© Copyright", "Theme\n"):
        assert frame not in text, frame


@pytest.mark.skipif(not POSTGRES_DOC.exists(), reason="postgresql-doc-15 is not installed")
def test_a_real_docbook_page_keeps_its_body_and_drops_its_navigation():
    text = read_document(POSTGRES_DOC).text
    assert text.startswith("5.4. Constraints\n")
    assert "Data types are a way to limit the kind of data that can be stored" in text
    assert "of the type specified in the constraint declaration." in text
    assert "Prev" not in text and "Home" not in text and "5.4.1. Check Constraints\n5.4.2." not in text


def test_what_libxml2_refuses_is_read_by_pythons_own_parser():
    page = "<html><body><nav>Menu</nav><p>Caf\udce9 prices rose.</p><p>Tea stayed.</p></body></html>"
    text = html_to_text(page)  # a lone surrogate (a mis-decoded byte) stops libxml2, not html.parser
    assert "prices rose." in text and "Tea stayed." in text and "Menu" not in text


def test_deeply_nested_markup_and_implied_paragraph_ends_are_read():
    deep = "<div>" * 3000 + "<p>Deep text.</p>" + "</div>" * 3000
    assert html_to_text(f"<html><body>{deep}</body></html>") == "Deep text."
    text = html_to_text("<html><body><p>First paragraph.<p>Second paragraph.</p></body></html>")
    assert text == "First paragraph.\n\nSecond paragraph."
