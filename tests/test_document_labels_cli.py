"""Labels on indexed documents through the CLI, as a user runs it: train a classifier, index a folder,
`classify documents`, then `index search --label`, `ask --label` and `chat --documents --label`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.labelled_documents import write_documents, write_examples
from tests.helpers.processes import run_cli

QUESTION = "What is the total amount due on the invoice, and when must it be paid?"


def ok(done):
    assert done.returncode == 0, done.stderr
    return done


def one_line_error(done, *fragments):
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = [line for line in done.stderr.strip().splitlines() if line.startswith("deskmate: error: ")]
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture(scope="module")
def labelled(tmp_path_factory):
    """A home with the folder indexed and the classifier 'kind' trained (not yet run on the documents)."""
    root = tmp_path_factory.mktemp("labels")
    home, kinds = root / "home", write_documents(root / "docs")
    ok(run_cli("classify", "train", "--name", "kind", "--file", str(write_examples(root / "examples.csv")),
               "--text-column", "text", "--label-column", "kind", home=home))
    ok(run_cli("index", "add", str(root / "docs"), home=home))
    return home, kinds, root / "docs"


def test_errors_before_labelling_say_what_to_do(labelled):
    home, _, _ = labelled
    one_line_error(run_cli("index", "search", "--label", "kind=contract", "payment", home=home),
                   "No document is labelled contract by 'kind'", "deskmate classify documents --name kind")
    one_line_error(run_cli("ask", "--label", "type=contract", QUESTION, home=home), "no classifier named 'type'")
    one_line_error(run_cli("index", "search", "--label", "kind=receipt", "payment", home=home),
                   "has no label 'receipt'")
    one_line_error(run_cli("index", "search", "--label", "contract", "payment", home=home), "CLASSIFIER=LABEL")
    one_line_error(run_cli("chat", "--label", "kind=contract", "hello", home=home), "add --documents")


def test_labelled_documents_filter_search_ask_and_chat(labelled):
    home, kinds, folder = labelled
    done = ok(run_cli("classify", "documents", "--name", "kind", home=home))
    assert "Labelled 10 document(s) with 'kind' (contract 4, invoice 3, minutes 3" in done.stdout
    assert "deskmate index search --label kind=contract" in done.stdout
    again = json.loads(ok(run_cli("classify", "run", "--name", "kind", "--folder", str(folder), "--save", "--json",
                                  home=home)).stdout)
    assert (again["labelled"], again["already"]) == (0, 10)

    unfiltered = json.loads(ok(run_cli("index", "search", QUESTION, "--json", home=home)).stdout)
    assert kinds[unfiltered[0]["path"]] == "invoice" and unfiltered[0]["document_labels"] == {"kind": "invoice"}
    hits = json.loads(ok(run_cli("index", "search", "--label", "kind=contract", QUESTION, "--json",
                                 home=home)).stdout)
    assert hits and {kinds[hit["path"]] for hit in hits} == {"contract"}
    assert all(hit["document_labels"] == {"kind": "contract"} for hit in hits)
    shown = ok(run_cli("index", "search", "-k", "20", "--label", "kind=minutes", "--label", "kind=contract", QUESTION,
                       home=home)).stdout
    assert "[kind: contract]" in shown and "[kind: minutes]" in shown and "[kind: invoice]" not in shown

    answer = json.loads(ok(run_cli("ask", "--label", "kind=contract", QUESTION, "--json", home=home)).stdout)
    assert answer["sources"] and {kinds[s["path"]] for s in answer["sources"]} == {"contract"}
    listed = json.loads(ok(run_cli("index", "list", "--json", home=home)).stdout)
    assert {d["path"]: d["labels"] for d in listed} == {path: {"kind": kind} for path, kind in kinds.items()}
    assert "Indexed documents it labelled: contract 4, invoice 3, minutes 3" in ok(
        run_cli("classify", "show", "kind", home=home)).stdout


def test_chat_with_documents_keeps_to_the_label(labelled):
    home, kinds, _ = labelled
    ok(run_cli("classify", "documents", "--name", "kind", home=home))
    reply = json.loads(ok(run_cli("chat", "--documents", "--label", "kind=contract", QUESTION, "--json",
                                  home=home)).stdout)
    assert reply["sources"] and {kinds[s["path"]] for s in reply["sources"]} == {"contract"}


def test_deleting_the_classifier_drops_its_labels(labelled, tmp_path):
    home, _, _ = labelled
    copy = tmp_path / "kind.json"
    ok(run_cli("classify", "export", "kind", str(copy), home=home))
    ok(run_cli("classify", "documents", "--name", "kind", home=home))
    assert "and the labels it gave 10 indexed document(s)" in ok(run_cli("classify", "delete", "kind",
                                                                        home=home)).stdout
    ok(run_cli("classify", "import", str(copy), home=home))
    one_line_error(run_cli("index", "search", "--label", "kind=contract", "payment", home=home),
                   "it has labelled no document yet")
    assert Path(copy).is_file()
