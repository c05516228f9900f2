"""Summarizing a whole folder: real files in four formats, the real readers, model and embedder."""
import pytest

from assistant.errors import InvalidInput
from assistant.runtime.generators import collect_steps, run_to_end
from assistant.tools.collection_summary import CollectionSummary, summarize_folder, summarize_indexed
from assistant.tools.common import Progress, Stopped
from tests.helpers.documents import make_encrypted_pdf
from tests.helpers.summary_folder import DOCUMENTS, make_folder


def test_a_folder_of_twenty_documents_is_covered_and_each_sentence_cites_file_and_page(engine, embedder, tmp_path):
    paths = make_folder(tmp_path / "office")
    items, result = collect_steps(summarize_folder(engine, tmp_path / "office", embedder=embedder))
    assert isinstance(result, CollectionSummary) and result.style == "quote"
    assert result.covered == len(result.documents) == 20 and "Covered all 20 documents" in result.as_text()
    assert sorted(d.name for d in result.documents) == sorted(p.name for p in paths)
    texts = {p.name: text for p, (_, _, text) in zip(paths, DOCUMENTS)}
    for document in result.documents:
        assert document.summary and document.sentences
        for sentence in document.sentences:
            place = sentence["places"][0]
            assert place["file"] == document.name and " ".join(texts[document.name]).find(sentence["text"]) >= 0
    assert result.sentences and all(s["places"][0]["file"] in texts for s in result.sentences)
    assert all(f"{s['places'][0]['file']} p. {s['places'][0]['page']}" in result.summary for s in result.sentences)
    progress = [i for i in items if isinstance(i, Progress) and i.stage == "Summarizing document"]
    assert [p.done for p in progress] == list(range(21)) and all(p.total == 20 for p in progress)
    assert result.to_dict()["covered"] == 20 and result.to_dict()["documents"][0]["name"]


def test_a_document_that_cannot_be_read_is_listed_with_the_reason(engine, embedder, tmp_path):
    make_folder(tmp_path / "mixed", count=3)
    make_encrypted_pdf(tmp_path / "mixed" / "locked.pdf", ["Secret plans."], user_password="hunter2")
    (tmp_path / "mixed" / "blank.txt").write_text("   \n", encoding="utf-8")
    result = run_to_end(summarize_folder(engine, tmp_path / "mixed", embedder=embedder))
    missed = {d.name: d.reason for d in result.documents if not d.covered}
    assert result.covered == 3 and set(missed) == {"locked.pdf", "blank.txt"}
    assert "password" in missed["locked.pdf"] and missed["blank.txt"]
    text = result.as_text()
    assert "Covered 3 of 5 documents" in text and "- locked.pdf: password" in text


def test_an_empty_folder_and_a_folder_with_nothing_readable_say_so(engine, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InvalidInput, match="holds no files"):
        run_to_end(summarize_folder(engine, tmp_path / "empty"))
    (tmp_path / "blank").mkdir()
    (tmp_path / "blank" / "a.txt").write_text("", encoding="utf-8")
    make_encrypted_pdf(tmp_path / "blank" / "b.pdf", ["Secret plans."], user_password="hunter2")
    with pytest.raises(InvalidInput, match="Nothing in .* could be summarized .*b.pdf: password"):
        run_to_end(summarize_folder(engine, tmp_path / "blank"))
    with pytest.raises(InvalidInput, match="is not a folder"):
        run_to_end(summarize_folder(engine, tmp_path / "missing"))


def test_stopping_between_documents_keeps_nothing(engine, tmp_path):
    make_folder(tmp_path / "office", count=6)
    seen: list = []
    with pytest.raises(Stopped):
        run_to_end(summarize_folder(engine, tmp_path / "office", should_stop=lambda: len(seen) >= 3), seen.append)
    assert [i.done for i in seen] == [0, 1, 2]


def test_a_written_collection_summary_is_attributed_to_the_documents_pages(engine, embedder, tmp_path):
    make_folder(tmp_path / "few", count=3)
    result = run_to_end(summarize_folder(engine, tmp_path / "few", length="short", style="write",
                                         embedder=embedder, max_tokens=60))
    assert result.style == "write" and result.model_calls >= 4 and result.covered == 3  # 3 maps and the reduce
    names = {d.name for d in result.documents}
    for sentence in result.sentences:
        assert sentence["supported"] == bool(sentence["places"])
        assert all(place["file"] in names for place in sentence["places"])
    assert all(d.summary for d in result.documents)


def test_an_indexed_collection_is_summarized_from_the_index_with_its_failures(engine, doc_index, tmp_path):
    paths = make_folder(tmp_path / "office", count=5)
    make_encrypted_pdf(tmp_path / "office" / "locked.pdf", ["Secret plans."], user_password="hunter2")
    make_folder(tmp_path / "other", count=2)
    run_to_end(iter(doc_index.add([tmp_path / "office", tmp_path / "other"])))
    for path in paths:  # the files are gone: the index's text is what is summarized
        path.unlink()
    result = run_to_end(summarize_indexed(engine, doc_index, tmp_path / "office"))
    assert result.covered == 5 and len(result.documents) == 6  # the other folder is left out
    assert {d.name for d in result.documents if not d.covered} == {"locked.pdf"}
    assert all(s["places"][0]["file"].endswith((".pdf", ".docx", ".md", ".txt")) for s in result.sentences)
    printed = result.as_text()
    assert "Covered 5 of 6 documents" in printed and "- locked.pdf: password" in printed
    with pytest.raises(InvalidInput, match="No documents are indexed under"):
        run_to_end(summarize_indexed(engine, doc_index, tmp_path / "nowhere"))
