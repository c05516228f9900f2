"""Labelling indexed documents with a taught classifier, and the label filtering search and ask:
the real embedder, real files indexed in a real SQLite index, a classifier taught from written examples."""
from __future__ import annotations

import time

import pytest

from assistant.chat.ask import ask
from assistant.documents.search import labelled_documents, within
from assistant.errors import InvalidInput
from assistant.runtime.generators import collect_steps, run_to_end
from assistant.tools import document_labels
from assistant.tools.classify import read_examples, train
from assistant.tools.classify_documents import label_folder
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.common import Progress
from assistant.tools.document_labels import (
    LabelFilter,
    filtered_documents,
    forget_labels,
    label_counts,
    label_documents,
)
from tests.helpers.labelled_documents import write_documents, write_examples


@pytest.fixture
def labelled_home(workspace, tmp_path):
    """An indexed folder of contracts, invoices and minutes, and a classifier 'kind' taught from examples."""
    kinds = write_documents(tmp_path / "docs")
    run_to_end(iter(workspace.documents.add([tmp_path / "docs"])))
    examples = read_examples(write_examples(tmp_path / "examples.csv"), "text", "kind")
    classifier = run_to_end(train("kind", examples, workspace.documents.embedder))
    classifiers = ClassifierStore(workspace.home)
    classifiers.save(classifier)
    return workspace, classifier, classifiers, kinds, tmp_path / "docs"


def stored_labels(workspace) -> dict[str, str]:
    return {row["path"]: row["label"] for row in workspace.store.query(
        "SELECT d.path, l.label FROM document_labels l JOIN documents d ON d.id = l.document_id")}


def ids_of(workspace, kinds: dict[str, str], kind: str) -> set[int]:
    return {workspace.documents.document_by_path(path)["id"] for path, k in kinds.items() if k == kind}


def test_every_indexed_document_gets_its_kind_from_the_vectors_in_the_index(labelled_home, tmp_path):
    workspace, classifier, _, kinds, folder = labelled_home
    steps, summary = collect_steps(label_documents(workspace.documents, classifier))
    assert stored_labels(workspace) == kinds
    assert summary.labelled == summary.documents == len(kinds) and summary.counts == {"contract": 4, "invoice": 3,
                                                                                      "minutes": 3}
    assert all(isinstance(step, Progress) for step in steps) and steps[-1].done == steps[-1].total == len(kinds)
    # The same labels as reading and embedding the files again (classify_documents.py), without doing it.
    reread = tmp_path / "reread.csv"
    run_to_end(label_folder(classifier, folder, reread, workspace.documents.embedder))
    rows = [line.split(",") for line in reread.read_text(encoding="utf-8").splitlines()[1:]]
    assert {str(folder / row[0]): row[1] for row in rows} == kinds
    several = workspace.documents.document_by_path(folder / "contract" / "framework-agreement.md")
    assert several["chunk_count"] >= 3  # a label aggregated over several chunks


def test_a_second_run_skips_what_is_labelled_and_relabel_or_a_retrained_classifier_label_again(labelled_home):
    workspace, classifier, _, kinds, _ = labelled_home
    run_to_end(label_documents(workspace.documents, classifier))
    again = run_to_end(label_documents(workspace.documents, classifier))
    assert (again.labelled, again.already) == (0, len(kinds))
    forced = run_to_end(label_documents(workspace.documents, classifier, relabel=True))
    assert (forced.labelled, forced.already) == (len(kinds), 0)
    classifier.created = time.time() + 1  # trained again since: its labels may differ
    assert run_to_end(label_documents(workspace.documents, classifier)).labelled == len(kinds)


def test_stopping_keeps_the_batches_labelled_and_the_next_run_goes_on(labelled_home, monkeypatch):
    workspace, classifier, _, kinds, _ = labelled_home
    monkeypatch.setattr(document_labels, "BATCH_DOCUMENTS", 3)
    labelling = label_documents(workspace.documents, classifier)
    assert next(labelling).done == 0
    assert next(labelling).done == 3  # one batch committed
    labelling.close()  # the window's Stop, or Ctrl+C
    assert len(stored_labels(workspace)) == 3
    rest = run_to_end(label_documents(workspace.documents, classifier))
    assert (rest.already, rest.labelled) == (3, len(kinds) - 3) and stored_labels(workspace) == kinds


def test_only_the_documents_of_a_folder_are_labelled(labelled_home):
    workspace, classifier, _, kinds, folder = labelled_home
    summary = run_to_end(label_documents(workspace.documents, classifier, str(folder / "invoice")))
    assert summary.documents == 3 and set(stored_labels(workspace).values()) == {"invoice"}
    with pytest.raises(InvalidInput, match="No indexed documents are in"):
        run_to_end(label_documents(workspace.documents, classifier, str(folder.parent / "elsewhere")))


def test_the_label_filters_search_and_ask_before_ranking(labelled_home):
    workspace, classifier, classifiers, kinds, _ = labelled_home
    run_to_end(label_documents(workspace.documents, classifier))
    question = "What is the total amount due on the invoice, and when must it be paid?"
    unfiltered = workspace.documents.search(question, 5)
    assert kinds[unfiltered[0].path] == "invoice"  # without the filter an invoice answers it
    contracts = filtered_documents(classifiers, workspace.store, LabelFilter.parse(["kind=contract"]))
    assert contracts == ids_of(workspace, kinds, "contract")
    hits = workspace.documents.search(question, 5, documents=contracts)
    assert hits and {kinds[hit.path] for hit in hits} == {"contract"}
    assert all(hit.document_labels == {"kind": "contract"} for hit in hits)
    answer = ask(workspace, question, documents=contracts)
    assert answer.sources and {kinds[s.path] for s in answer.sources} == {"contract"}
    assert all(s.document_labels == {"kind": "contract"} for s in answer.sources)
    either = filtered_documents(classifiers, workspace.store, LabelFilter.parse(["kind=contract", "kind=minutes"]))
    assert either == ids_of(workspace, kinds, "contract") | ids_of(workspace, kinds, "minutes")


def test_labels_of_different_classifiers_all_apply(labelled_home):
    workspace, classifier, _, kinds, _ = labelled_home
    run_to_end(label_documents(workspace.documents, classifier))
    invoices = ids_of(workspace, kinds, "invoice")
    one = min(invoices)
    workspace.store.execute("INSERT INTO document_labels VALUES (?, 'urgency', 'high', 0.9, ?)", (one, time.time()))
    assert labelled_documents(workspace.store, {"kind": ["invoice"], "urgency": ["high"]}) == {one}
    assert labelled_documents(workspace.store, {}) is None
    assert within(None, invoices, {one, -1}) == {one} and within(None, None) is None


def test_reindexing_a_changed_file_drops_its_label_and_a_moved_one_keeps_it(labelled_home):
    workspace, classifier, _, kinds, folder = labelled_home
    run_to_end(label_documents(workspace.documents, classifier))
    changed, moved = folder / "contract" / "nda.md", folder / "minutes" / "team-retro.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nAmended on 3 March.", encoding="utf-8")
    moved.rename(folder / "minutes" / "team-meeting.md")
    run_to_end(iter(workspace.documents.refresh()))
    labels = stored_labels(workspace)
    assert str(changed) not in labels and labels[str(folder / "minutes" / "team-meeting.md")] == "minutes"
    again = run_to_end(label_documents(workspace.documents, classifier))
    assert again.labelled == 1 and stored_labels(workspace)[str(changed)] == "contract"


def test_a_missing_classifier_an_unknown_label_or_a_label_nobody_has_say_what_to_do(labelled_home):
    workspace, classifier, classifiers, _, folder = labelled_home
    cases = [(["type=contract"], "There is no classifier named 'type'"),
             (["kind=receipt"], "has no label 'receipt'; its labels are contract, invoice, minutes"),
             (["kind=contract"], "No document is labelled contract by 'kind' (it has labelled no document yet). "
                                 "Label them with: deskmate classify documents --name kind"),
             (["kind"], "write CLASSIFIER=LABEL")]
    for values, message in cases:
        with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
            filtered_documents(classifiers, workspace.store, LabelFilter.parse(values))
    run_to_end(label_documents(workspace.documents, classifier, str(folder / "invoice")))
    with pytest.raises(InvalidInput, match=r"No document is labelled contract by 'kind' \(its labels now: invoice 3\)"):
        filtered_documents(classifiers, workspace.store, LabelFilter.parse(["kind=contract"]))
    assert filtered_documents(classifiers, workspace.store, LabelFilter.parse([])) is None


def test_a_deleted_classifier_takes_its_labels_with_it(labelled_home):
    workspace, classifier, _, kinds, _ = labelled_home
    run_to_end(label_documents(workspace.documents, classifier))
    assert label_counts(workspace.store) == {"kind": {"contract": 4, "invoice": 3, "minutes": 3}}
    assert forget_labels(workspace.store, "kind") == len(kinds) and label_counts(workspace.store) == {}


def test_an_empty_index_has_nothing_to_label(workspace, tmp_path):
    examples = read_examples(write_examples(tmp_path / "examples.csv"), "text", "kind")
    classifier = run_to_end(train("kind", examples, workspace.documents.embedder))
    with pytest.raises(InvalidInput, match="No documents are indexed yet"):
        run_to_end(label_documents(workspace.documents, classifier))
