"""A real 100-page document's summary: are its sentences backed by the pages they cite, and does it repeat?

    .venv/bin/python benchmarks/summary_attribution.py [--pages 100] [--n-ctx 4096] [--styles write quote]

The document is git's user manual (/usr/share/doc/git-doc/user-manual.html, from the git-doc Debian
package; fetched with apt-get download into the benchmarks' cache when it is not installed), read
by Deskmate's HTML reader, cut at paragraph ends into --pages pages of about equal length, written
as a PDF by fpdf2 and read back by the PDF reader: real, varied prose with real page numbers.

It is summarized with the bundled model ("write": the model writes and Deskmate attributes;
"quote": the document's own central sentences). Reported for each style:
- key_terms_share: of the summary's sentences, the share whose cited pages hold their key terms:
  every figure and name, and at least KEY_SHARE of the content terms (stemmed; a sentence marked
  as not found cites nothing and counts as a miss);
- near_duplicate_pair_share: of all pairs of the summary's sentences, the share that are near-
  duplicates by a measure the summary does not use itself (word 3-gram Jaccard >= 0.5, or
  difflib ratio >= 0.8), and the same for the model's raw text (before repeats were removed) and
  for the partial summaries of the map step (where the 135M model repeats itself most);
- fell_back_to_quotes: none of the model's sentences was backed, so the summary quotes instead.
Prints one JSON object and writes it to results/summary_attribution.json.
"""
from __future__ import annotations

import argparse
import difflib
import itertools
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, emit

MANUAL = Path("/usr/share/doc/git-doc/user-manual.html")
KEY_SHARE = 0.8
RESULTS = REPO / "benchmarks" / "results"
ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "→": "->"})


def manual_path() -> Path:
    if MANUAL.is_file():
        return MANUAL
    from real_corpus import fetch  # apt-get download git-doc into the benchmarks' cache

    return fetch("git-doc") / "usr/share/doc/git-doc/user-manual.html"


def cut_pages(text: str, count: int) -> list[str]:
    """The text cut at line ends into `count` pages of about equal length (a line goes to the page its
    start falls on)."""
    lines = [line for line in text.splitlines() if line.strip()]
    target = sum(len(line) + 1 for line in lines) / count
    pages: list[list[str]] = [[] for _ in range(count)]
    before = 0
    for line in lines:
        pages[min(count - 1, int(before / target))].append(line)
        before += len(line) + 1
    return ["\n".join(page) for page in pages if page]


def write_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=max(4, min(10, int(10 * 3200 / max(len(text), 1)))))
        plain = text.translate(ASCII).encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, pdf.font_size * 1.3, plain, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def document_of(pages: int, folder: Path):
    from assistant.readers import read_document

    manual = read_document(manual_path())
    document = read_document(write_pdf(folder / "git-user-manual.pdf", cut_pages(manual.text, pages)))
    assert len(document.pages) == pages, f"the PDF has {len(document.pages)} pages, not {pages}"
    return document


def backed(sentence: dict, pages: dict[int, str]) -> bool:
    """Whether the sentence's cited pages hold its figures, its names and most of its content terms."""
    from assistant.chat.attribution import names, numbers, terms

    if not sentence["pages"]:
        return False
    cited = " ".join(pages[n] for n in sentence["pages"])
    held_terms, held_numbers = terms(cited), numbers(cited)
    own = terms(sentence["text"])
    facts_held = numbers(sentence["text"]) <= held_numbers and all(
        terms(name) <= held_terms for name in names(sentence["text"]))
    return facts_held and bool(own) and len(own & held_terms) / len(own) >= KEY_SHARE


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(max(len(words) - 2, 1))}


def near_duplicates(a: str, b: str) -> bool:
    sa, sb = shingles(a), shingles(b)
    jaccard = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
    return jaccard >= 0.5 or difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8


def duplicate_share(sentences: list[str]) -> float | None:
    pairs = list(itertools.combinations(sentences, 2))
    return round(sum(near_duplicates(a, b) for a, b in pairs) / len(pairs), 4) if pairs else None


def measure(engine, embedder, document, style: str, length: str) -> dict:
    from assistant.runtime.generators import run_to_end
    from assistant.tools.summarize import summarize
    from assistant.tools.summary_sentences import written_sentences

    def show(item) -> None:
        if not isinstance(item, str):
            print(f"\r{style}: {item.describe()}\033[K", end="", file=sys.stderr, flush=True)

    started = time.perf_counter()
    result = run_to_end(summarize(engine, document, length, embedder=embedder, style=style), show)
    print(file=sys.stderr)
    pages = {page.number: page.text for page in document.pages}
    sentences = result.sentences
    raw = written_sentences(result.raw_summary) if result.raw_summary else []
    partial = [s for section in result.sections for s in written_sentences(section["summary"])]
    return {
        "style": result.style, "seconds": round(time.perf_counter() - started, 1), "model_calls": result.model_calls,
        "sentences": len(sentences), "key_terms_share": round(sum(backed(s, pages) for s in sentences)
                                                              / len(sentences), 3) if sentences else None,
        "marked_not_found": sum(not s["supported"] for s in sentences),
        "near_duplicate_pair_share": duplicate_share([s["text"] for s in sentences]),
        "fell_back_to_quotes": style == "write" and result.style == "quote",
        "raw_sentences": len(raw), "raw_near_duplicate_pair_share": duplicate_share(raw),
        "partial_summary_sentences": len(partial), "partial_near_duplicate_pair_share": duplicate_share(partial),
        "repeats_removed": result.repeats_removed, "invented_removed": result.invented_removed,
        "pages_cited": sorted({n for s in sentences for n in s["pages"]}),
        "summary": result.summary, "raw_summary": result.raw_summary,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--length", default="medium")
    parser.add_argument("--styles", nargs="+", default=["write", "quote"], choices=["write", "quote"])
    args = parser.parse_args(argv)

    from assistant.documents.embedder import Embedder
    from assistant.llm.local import Engine, EngineOptions
    from assistant.runtime.resources import bundled_model_path

    engine, embedder = Engine(bundled_model_path(), EngineOptions(n_ctx=args.n_ctx)), Embedder()
    with tempfile.TemporaryDirectory() as folder:
        document = document_of(args.pages, Path(folder))
    runs = [measure(engine, embedder, document, style, args.length) for style in args.styles]
    figures = {"command": "benchmarks/summary_attribution.py " + " ".join(sys.argv[1:] if argv is None else argv),
               "model": engine.name, "document": "git user manual (git-doc) as a PDF", "pages": len(document.pages),
               "input_tokens": engine.count_tokens(document.text), "n_ctx": engine.n_ctx, "key_share": KEY_SHARE,
               "runs": runs}
    result = emit("summary_attribution", figures)
    RESULTS.mkdir(exist_ok=True)
    name = "summary_attribution" + ("" if args.pages == 100 else f"-{args.pages}p")
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
