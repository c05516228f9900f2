"""`deskmate ask` (found, sentences, cited), `ask --explain` and `index why` as a user runs them."""
from __future__ import annotations

import json
import os

import pytest

from tests.helpers.documents import make_docx, make_pdf
from tests.helpers.processes import run_cli

HANDBOOK = ["Northwind employee handbook. Edition 2025.",
            "Holidays and leave. Every full-time employee receives 27 days of paid holiday per year.",
            "Expenses. Receipts for taxis and hotels must be submitted within 30 days of the purchase.",
            "Remote work. Employees may work from home up to three days per week."]
MANUAL = ["Orion X200 label printer manual.",
          "Print settings. Margins are set in the printer utility under Page Setup; the left margin defaults to 2 mm.",
          "Troubleshooting. The warranty lasts 2 years from the date of purchase."]
MINUTES = ("# Board minutes\n\n## 14 March 2025\n\nThe board approved the Rotterdam warehouse, at a cost of 4.2 million "
           "euros. Tom Okafor will lead the project.\n")


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    make_pdf(folder / "handbook.pdf", HANDBOOK)
    make_docx(folder / "manual.docx", MANUAL)
    (folder / "minutes.md").write_text(MINUTES, encoding="utf-8")
    home = tmp_path_factory.mktemp("home")
    assert run_cli("index", "add", str(folder), home=home).returncode == 0
    return home, folder


def ask_json(home, *args: str) -> dict:
    done = run_cli("ask", *args, "--json", home=home)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_ask_json_says_found_and_cites_what_deskmate_attributed(home):
    result = ask_json(home[0], "Who will lead the warehouse project?")
    assert result["found"] is True and "Tom Okafor" in result["answer"]
    cited = [s for s in result["sources"] if s["n"] in result["cited"]]
    assert [os.path.basename(s["path"]) for s in cited] == ["minutes.md"]
    assert result["sentences"] and all(set(s) >= {"text", "sources", "supported"} for s in result["sentences"])
    assert {"question", "answer", "sources", "cited", "model", "status"} <= set(result)  # the keys from before stay


def test_ask_says_when_the_documents_do_not_answer(home):
    result = ask_json(home[0], "What is the company's pension contribution?")
    assert result["found"] is False and result["cited"] == []
    assert result["answer"].startswith("Your indexed documents do not seem to answer this")
    plain = run_cli("ask", "What is the company's pension contribution?", home=home[0])
    assert "Closest files:" in plain.stdout and "handbook.pdf" in plain.stdout


def test_explain_shows_candidates_scores_and_why(home):
    question = "Where are the margins set on the label printer?"
    report = json.loads(run_cli("ask", "--explain", question, "--json", home=home[0]).stdout)
    used = [c for c in report["candidates"] if c["used"]]
    assert report["found"] and used[0]["rank"] == 1 and os.path.basename(used[0]["path"]) == "manual.docx"
    assert used[0]["page"] == 2 and used[0]["passage"] == 1
    assert all({"keyword", "embedding", "fused", "reason"} <= set(c) for c in report["candidates"])
    assert all(c["reason"] for c in report["candidates"] if not c["used"])
    answered = ask_json(home[0], question)
    assert [(s["path"], s["page"]) for s in answered["sources"]] == [(c["path"], c["page"]) for c in
                                                                     sorted(used, key=lambda c: c["passage"])]
    text = run_cli("ask", "--explain", question, home=home[0]).stdout
    assert "KEYWORD" in text and "EMBEDDING" in text and "used as passage [1]" in text and "Verdict:" in text


def test_index_why_says_where_a_file_ranks(home):
    home_path, folder = home
    question = "Where are the margins set on the label printer?"
    used = json.loads(run_cli("index", "why", str(folder / "manual.docx"), question, "--json", home=home_path).stdout)
    assert used["used"] and used["rank"] == 1 and used["best_place"] == "page 2"
    other = run_cli("index", "why", str(folder / "minutes.md"), question, "-k", "1", home=home_path)
    assert other.returncode == 0 and "minutes.md" in other.stdout and "ranks" in other.stdout
    report = json.loads(run_cli("index", "why", str(folder / "minutes.md"), question, "-k", "1", "--json",
                                home=home_path).stdout)
    assert not report["used"] and report["rank"] > 1 and report["reason"]
    missing = json.loads(run_cli("index", "why", str(folder / "absent.pdf"), question, "--json",
                                 home=home_path).stdout)
    assert missing["indexed"] is False and "not in the index" in missing["reason"]
