"""`deskmate --bundle-check [HOME]`: proof, inside the frozen app, that the libraries PyInstaller cannot
fully see work there (packaging/linux/smoke_test.sh runs it offline, after `index add` built HOME's index).

- usearch: HOME's index is searched through the approximate index (assistant/documents/vector_index.py),
  as an index past LARGE_INDEX_CHUNKS would be, with the threshold lowered for this process only;
- psycopg: the binary wrapper and its own libpq (psycopg_binary.libs) load, and libpq answers a
  connection to a closed port with its own error; pgvector's psycopg adapters import and format a vector;
- Pygments: a Python code block is highlighted the way the window does it (ui/code_blocks.py).

Prints one JSON object; exit status 0 only when every check passed. Never opens a network connection
beyond the loopback port it expects to be refused.
"""
from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

QUESTION = "What is the printer code?"
EXPECTED_FILE = "office.txt"


def approximate_search(home: Path | None) -> dict:
    import numpy as np

    from assistant.documents import search
    from assistant.documents.dense import IndexedVectors
    from assistant.documents.vector_index import rebuild
    from assistant.workspace import Workspace

    search.LARGE_INDEX_CHUNKS = 1  # every index counts as large: vectors come from the usearch graph
    documents = Workspace(home).documents
    searcher = documents.searcher()
    held = rebuild(documents.store, searcher.vector_file)
    searcher.forget()
    hits = documents.search(QUESTION, k=3)
    index = searcher.dense.index if isinstance(searcher.dense, IndexedVectors) else None
    assert index is not None, "the search did not use the approximate index"
    assert index.graph is not None and len(index.graph) == held == searcher.size, "the graph is not complete"
    assert len(index.recent_ids) == 0, "chunks were searched exactly beside the graph"
    assert hits and Path(hits[0].path).name == EXPECTED_FILE, f"best hit {hits[0].path if hits else None}"
    assert not documents.verify(), f"index verify: {documents.verify()}"
    graph_best = index.search(searcher.embedder.embed([QUESTION])[0], 1).chunk_ids
    assert np.isin(graph_best, searcher.chunk_ids).all()
    return {"vectors_in_graph": held, "best_hit": Path(hits[0].path).name, "file": searcher.vector_file.name}


def postgres_client() -> dict:
    import pgvector
    import psycopg
    from pgvector.psycopg import register_vector  # noqa: F401 (what assistant/library/database.py uses)

    assert psycopg.pq.__impl__ == "binary", f"psycopg uses its {psycopg.pq.__impl__} wrapper"
    libpq = psycopg.pq.version()
    try:
        psycopg.connect("postgresql://deskmate@127.0.0.1:9/none", connect_timeout=2).close()
    except psycopg.OperationalError as exc:
        refused = str(exc).strip().splitlines()[0]
    else:
        raise AssertionError("a connection to a closed port succeeded")
    vector = pgvector.Vector([1.0, 2.5, -3.0]).to_text()
    assert vector == "[1.0,2.5,-3.0]", vector
    return {"psycopg": psycopg.__version__, "libpq": libpq, "refused": refused, "pgvector_text": vector}


def highlighting() -> dict:
    import pygments

    from ui.code_blocks import highlighted_runs, pygments_available
    from ui.theme import Theme

    assert pygments_available()
    runs = highlighted_runs("def area(r):\n    return 3.14 * r ** 2  # circle\n", "python", Theme.LIGHT)
    colours = {fmt.foreground().color().name() for _, fmt in runs}
    assert len(runs) > 5 and len(colours) >= 3, f"{len(runs)} runs in {len(colours)} colours"
    return {"pygments": pygments.__version__, "runs": len(runs), "colours": len(colours)}


def run_checks(home: Path | None) -> dict:
    checks: dict[str, Callable[[], dict]] = {
        "usearch": lambda: approximate_search(home), "psycopg+pgvector": postgres_client, "pygments": highlighting}
    report: dict = {"ok": True}
    for name, check in checks.items():
        try:
            report[name] = {"ok": True, **check()}
        except Exception as exc:  # noqa: BLE001 (every failure is reported, then the exit status says so)
            report["ok"] = False
            report[name] = {"ok": False, "error": f"{type(exc).__name__}: {exc}",
                            "trace": traceback.format_exc(limit=4)}
    return report


def main(arguments: list[str]) -> int:
    if len(arguments) > 1:
        print("usage: deskmate --bundle-check [HOME]   (HOME: a Deskmate home with documents indexed)", file=sys.stderr)
        return 2
    report = run_checks(Path(arguments[0]) if arguments else None)
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1
