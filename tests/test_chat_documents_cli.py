"""`deskmate chat --documents` as a user runs it: the window's "Use my documents" from the command line,
with sources, citations, follow-ups that find their subject, folders, and clear refusals."""
from __future__ import annotations

import json
import os

from tests.assistant.chat.test_followups import write_corpus
from tests.helpers.processes import run_cli
from tests.test_cli import assert_nothing_saved, ok, one_line_error


def place(source: dict) -> tuple[str, int]:
    return os.path.basename(source["path"]), source["page"]


def test_chat_answers_from_documents_with_sources_and_follow_ups_find_their_subject(isolated_home, tmp_path):
    ok(run_cli("index", "add", str(write_corpus(tmp_path / "docs")), home=isolated_home))
    first = json.loads(ok(run_cli("chat", "--documents", "How long does the X200 battery last?", "--max-tokens",
                                  "24", "--json", home=isolated_home)).stdout)
    assert place(first["sources"][0]) == ("x200.pdf", 2)
    assert first["retrieval_query"] == "How long does the X200 battery last?"
    assert first["found"] and first["style"] == "quote" and "14 hours" in first["reply"]  # quoted, cited
    assert first["sentences"] and all(set(s) >= {"text", "sources", "supported"} for s in first["sentences"])
    assert first["cited"] == sorted({n for s in first["sentences"] if s["supported"] for n in s["sources"]})
    assert all(1 <= n <= len(first["sources"]) for n in first["cited"])
    follow = json.loads(ok(run_cli("chat", "-c", str(first["conversation_id"]), "And what about its warranty?",
                                   "--max-tokens", "16", "--json", home=isolated_home)).stdout)
    assert follow["conversation_id"] == first["conversation_id"]  # the conversation keeps using the documents
    assert follow["retrieval_query"] == "And what about its warranty? X200"
    assert place(follow["sources"][0]) == ("x200.pdf", 3)
    shown = ok(run_cli("chat", "-c", "1", "And the Z9?", "--max-tokens", "12", home=isolated_home))
    sources = shown.stdout.split("\n\nSources:\n")[1].splitlines()  # the warranty still, now the Z9's
    assert sources[0] == f"[1] {tmp_path / 'docs' / 'z9.pdf'} · page 3", shown.stdout
    assert 'searched the documents for "And the Z9? warranty"' in shown.stderr
    history = json.loads(ok(run_cli("history", "show", "1", "--json", home=isolated_home)).stdout)
    assert [m["content"] for m in history["messages"] if m["role"] == "user"] == [
        "How long does the X200 battery last?", "And what about its warranty?", "And the Z9?"]
    plain = json.loads(ok(run_cli("chat", "-c", "1", "--no-documents", "Thanks!", "--max-tokens", "8", "--json",
                                  home=isolated_home)).stdout)
    assert plain["sources"] == [] and plain["retrieval_query"] == "" and plain["cited"] == plain["sentences"] == []


def test_folder_limits_the_documents_used(isolated_home, tmp_path):
    docs = write_corpus(tmp_path / "docs")
    other = tmp_path / "other"
    other.mkdir()
    (other / "x200-recall.md").write_text("X200 battery recall: X200 batteries made in 2025 last only two hours "
                                          "and are replaced free of charge.", encoding="utf-8")
    ok(run_cli("index", "add", str(docs), str(other), home=isolated_home))
    answer = json.loads(ok(run_cli("chat", "--documents", "--folder", str(other), "How long does the X200 battery "
                                   "last?", "--max-tokens", "8", "--json", home=isolated_home)).stdout)
    assert [place(s) for s in answer["sources"]] == [("x200-recall.md", 1)]
    both = json.loads(ok(run_cli("chat", "--documents", "--folder", str(other), "--folder", str(docs),
                                 "How long does the X200 battery last?", "--max-tokens", "8", "--json",
                                 home=isolated_home)).stdout)
    assert {place(s)[0] for s in both["sources"]} >= {"x200-recall.md", "x200.pdf"}


def test_documents_that_are_not_indexed_get_a_message_saying_how_to_add_them(isolated_home, tmp_path):
    line = one_line_error(run_cli("chat", "--documents", "What is the warranty?", home=isolated_home),
                          "No documents are indexed yet", "deskmate index add")
    assert "Traceback" not in line
    docs = write_corpus(tmp_path / "docs")
    ok(run_cli("index", "add", str(docs / "x200.pdf"), home=isolated_home))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    one_line_error(run_cli("chat", "--documents", "--folder", str(elsewhere), "What is the warranty?",
                           home=isolated_home), f"No indexed documents are in {elsewhere}",
                   f"deskmate index add {elsewhere}")
    one_line_error(run_cli("chat", "--folder", str(docs), "What is the warranty?", home=isolated_home),
                   "add --documents")
    assert_nothing_saved(isolated_home)
