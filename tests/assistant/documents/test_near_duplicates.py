"""Near-duplicate detection on its own: markup read as the page shows it, and no unique word lost."""
from __future__ import annotations

import random

from assistant.documents.near_duplicates import (
    DOCUMENT_CONTAINMENT,
    TwinFinder,
    contained_chunks,
    containment,
    covering_shingles,
    line_shingles,
    normalised_words,
    shingles,
    sketch,
    sketch_bytes,
    sketch_from_bytes,
)

WORDS = "harbor copper lantern violin orchard glacier meadow pepper compass thunder marble saddle".split()


def prose(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def test_markup_reads_as_the_page_shows_it():
    assert normalised_words("Use :func:`~os.path.join`, :func:`os.walk` or :c:func:`Py_Initialize`.") == \
        ["use", "join", "os", "walk", "or", "py", "initialize"]
    assert normalised_words("function:: product(*iterables)\n\nExample::\n\n>>> product()  # doctest: +SKIP") == \
        ["product", "iterables", "example", "product"]
    assert normalised_words("See :rfc:`1808` and :pep:`8`; :ref:`the guide <guide-label>`.") == \
        ["see", "rfc", "1808", "and", "pep", "8", "the", "guide"]
    source = ".. _label:\n\n.. index::\n   single: hidden entry\n\n.. versionadded:: 3.2\n   Text."
    assert normalised_words(source) == ["new", "in", "version", "3", "2", "text"]


def test_asciidoc_reads_as_the_page_shows_it():
    source = "[[options]]\n[verse]\nSee linkgit:git-commit[1] and the {asterisk} list.\ninclude::config.txt[]\n"
    assert normalised_words(source) == ["see", "git", "commit", "1", "and", "the", "list"]
    assert normalised_words("print(f'{name}')") == ["print", "f", "name"]  # not an AsciiDoc attribute


def test_every_edit_of_a_passage_makes_it_novel():
    page = prose(300, seed=1)
    twin = covering_shingles(page)
    words = page.split()
    passage = " ".join(words[100:160])
    assert contained_chunks([passage], twin) == [True]
    changed = " ".join(words[100:130] + ["ninety"] + words[131:160])
    removed = " ".join(words[100:130] + words[131:160])
    added = " ".join(words[100:130] + ["not"] + words[130:160])
    assert contained_chunks([changed, removed, added], twin) == [False, False, False]


def test_a_wrapped_source_line_is_contained_in_its_page_paragraph():
    paragraph = prose(80, seed=2)
    words = paragraph.split(" ")
    wrapped = "\n".join(" ".join(words[i:i + 9]) for i in range(0, 80, 9))  # 72-column source lines
    assert contained_chunks([wrapped], covering_shingles("Navigation index\n\n" + paragraph)) == [True]


def test_sketches_estimate_similarity_and_survive_storage():
    a, b, c = prose(2000, 3), prose(2000, 3) + " " + prose(100, 4), prose(2000, 5)
    sa, sb, sc = (sketch(shingles(t)) for t in (a, b, c))
    assert (sa == sb).mean() > 0.8 and (sa == sc).mean() < 0.1
    assert (sketch_from_bytes(sketch_bytes(sa)) == sa).all()
    assert containment(shingles(a), shingles(b)) == 1.0 and containment(shingles(a), shingles(c)) < 0.05


def test_twin_finder_matches_a_source_to_its_page_and_nothing_else():
    page = prose(1500, seed=6)
    finder = TwinFinder([], lambda path: None)
    alone = finder.match("/d/page.html", page, [page])
    assert alone.twin is None and alone.sketch is not None
    finder.remember("/d/page.html", "digest-1", alone.sketch, page)
    words = page.split()
    chunks = [" ".join(words[i:i + 150]) for i in range(0, 1500, 150)] + ["A note only the source has, truly new."]
    match = finder.match("/d/_sources/page.rst.txt", "\n".join(chunks), chunks)
    assert (match.twin, match.twin_hash) == ("/d/page.html", "digest-1") and match.share >= DOCUMENT_CONTAINMENT
    assert match.contained == [True] * 10 + [False]
    assert finder.match("/d/page.html", page, [page]).twin is None  # never its own twin
    assert finder.match("/d/other.txt", prose(1500, seed=7), ["x"]).twin is None
    assert finder.match("/d/short.txt", "Too short", ["Too short"]).sketch is None


def test_a_stored_twin_of_another_version_than_its_sketch_is_not_used():
    page = prose(1500, seed=8)
    row = {"path": "/d/page.html", "sketch": sketch_bytes(sketch(shingles(page))), "content_hash": "old"}
    source = page + " " + prose(20, seed=9)
    assert TwinFinder([row], lambda path: ("old", page)).match("/d/x.txt", source, [page]).twin == "/d/page.html"
    assert TwinFinder([row], lambda path: ("new", page)).match("/d/x.txt", source, [page]).twin is None


def test_all_chunks_at_once_agree_with_one_chunk_at_a_time():
    """contained_chunks checks every chunk in one pass; each answer must be line_shingles' own."""
    rng = random.Random(7)
    page = "\n".join(prose(rng.randrange(1, 12), seed=i) for i in range(400))  # lines of 1 to 11 words
    twin = covering_shingles(page)
    lines = page.split("\n")
    chunks = ["\n".join(lines[i:i + 6]) for i in range(0, 300, 6)]
    chunks += [chunks[3] + "\nviolin | harbor copper | novel", "", "| |", ":func:`~x.lantern` meadow",
               " ".join(lines[10:14])]  # a source paragraph wrapped differently from the page
    expected = [containment(line_shingles(text), twin) == 1.0 for text in chunks]
    assert contained_chunks(chunks, twin) == expected
    assert True in expected and False in expected
