"""The document index on real files with the real embedder: incremental, safe, searchable."""
from __future__ import annotations

import os

import pytest

from assistant.runtime.generators import collect_steps, run_to_end
from tests.helpers.documents import make_bad_files, make_docx, make_pdf

FACTS = {
    "animals.md": "Zebras graze on the savanna of Kenya.\n\nPenguins swim in the cold Antarctic sea.",
    "money.txt": "The quarterly revenue reached forty-two million dollars.\n\nCosts fell by a tenth.",
    "space.md": "Saturn has bright rings made of ice.\n\nMars is red because of iron oxide dust.",
}


def write_folder(folder, facts=FACTS):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in facts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(index, *paths):
    progress, summary = collect_steps(iter(index.add(list(paths))))
    return summary, progress


def test_unchanged_folder_embeds_nothing(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs")
    first, progress = run(doc_index, folder)
    assert (first.added, first.chunks_embedded, first.failed) == (3, 3, [])
    assert progress[-1].files_done == progress[-1].files_total == 3
    again, _ = run(doc_index, folder)
    assert (again.unchanged, again.added, again.chunks_embedded) == (3, 0, 0)
    os.utime(folder / "money.txt")  # touched, same content: still nothing to embed
    touched, _ = run(doc_index, folder)
    assert (touched.unchanged, touched.chunks_embedded) == (3, 0)
    assert doc_index.verify() == []


def test_rename_and_move_keep_vectors(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs")
    run(doc_index, folder)
    (folder / "space.md").rename(folder / "planets.md")
    (folder / "sub").mkdir()
    (folder / "money.txt").rename(folder / "sub" / "revenue.txt")
    summary, _ = run(doc_index, folder)
    assert (summary.moved, summary.removed, summary.chunks_embedded) == (2, 0, 0)
    paths = sorted(os.path.basename(d.path) for d in doc_index.documents())
    assert paths == ["animals.md", "planets.md", "revenue.txt"]
    hit = doc_index.search("rings of Saturn", 1)[0]
    assert hit.path.endswith("planets.md")


def test_edit_reembeds_only_that_file(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs")
    run(doc_index, folder)
    (folder / "animals.md").write_text("Giraffes eat acacia leaves.\n\n" * 3, encoding="utf-8")
    summary, _ = run(doc_index, folder)
    assert (summary.updated, summary.unchanged, summary.chunks_embedded) == (1, 2, 1)
    assert doc_index.search("what do giraffes eat", 1)[0].path.endswith("animals.md")
    assert not any("Penguins" in h.text for h in doc_index.search("penguins Antarctic", 5, mode="keyword"))


def test_copy_reuses_vectors_and_deleted_file_is_removed(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs")
    run(doc_index, folder)
    (folder / "copy.md").write_bytes((folder / "space.md").read_bytes())
    (folder / "money.txt").unlink()
    summary, _ = run(doc_index, folder)
    assert (summary.added, summary.removed, summary.chunks_embedded) == (1, 1, 0)
    assert doc_index.stats()["documents"] == 3 and doc_index.verify() == []


def test_missing_folder_is_unavailable_not_purged(doc_index, tmp_path):
    folder = write_folder(tmp_path / "drive" / "docs")
    run(doc_index, folder)
    folder.rename(tmp_path / "drive" / "elsewhere")  # the drive is unplugged
    summary, _ = run(doc_index, folder)
    assert summary.unavailable == [str(folder)] and summary.removed == 0
    assert {d.status for d in doc_index.documents()} == {"unavailable"}
    refreshed = run_to_end(iter(doc_index.refresh()))
    assert refreshed.removed == 0 and doc_index.stats()["documents"] == 3


def test_bad_files_are_reported_and_good_ones_indexed(doc_index, tmp_path):
    folder = write_folder(tmp_path / "mixed")
    expected = make_bad_files(folder)
    make_pdf(folder / "good.pdf", ["A real page about turtles."])
    summary, _ = run(doc_index, folder)
    reasons = {os.path.basename(f["path"]): f["reason"] for f in summary.failed}
    for name, word in expected.items():
        assert word.lower() in reasons[name].lower(), (name, reasons.get(name))
    assert summary.added == 4 + (os.geteuid() == 0)  # root can read the chmod-0 file
    failed = [d for d in doc_index.documents() if d.status == "failed"]
    assert {os.path.basename(d.path) for d in failed} == set(expected) and all(d.reason for d in failed)
    assert doc_index.verify() == []


def test_file_vanishing_mid_run_is_reported(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs", {f"note{i}.md": f"Note number {i} about topic {i}." for i in range(6)})
    job = doc_index.add([folder])
    steps = iter(job)
    next(steps)  # planned: every file was found
    (folder / "note5.md").unlink()
    summary = run_to_end(steps)
    assert [os.path.basename(f["path"]) for f in summary.failed] == ["note5.md"]
    assert "vanished" in summary.failed[0]["reason"]


def test_cancel_keeps_committed_documents(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs", {f"n{i}.md": f"Paragraph {i} about subject {i}." for i in range(12)})
    job = doc_index.add([folder], window_chunks=2, batch_tokens=64)
    summary = run_to_end(iter(job), lambda progress: job.cancel() if progress.outcome == "added" else None)
    assert summary.cancelled and 1 <= summary.added < 12  # a cancelled run returns its summary too
    assert doc_index.verify() == []
    rest, _ = run(doc_index, folder)
    assert rest.added + summary.added == 12 and doc_index.stats()["chunks"] == 12


def test_search_cites_file_and_page(doc_index, tmp_path):
    make_pdf(tmp_path / "zoo.pdf", ["Welcome to the zoo guide.", "The lions are fed raw meat at noon.",
                                    "The aquarium opens at nine."])
    make_docx(tmp_path / "memo.docx", ["Meeting notes.", "The budget for 2025 is ninety thousand euros."])
    run(doc_index, tmp_path / "zoo.pdf", tmp_path / "memo.docx")
    for mode in ("hybrid", "keyword", "dense"):
        hit = doc_index.search("When are the lions fed?", 3, mode=mode)[0]
        assert (os.path.basename(hit.path), hit.page) == ("zoo.pdf", 2), mode
    hit = doc_index.search("budget 2025", 1)[0]
    assert (os.path.basename(hit.path), hit.page) == ("memo.docx", 2)
    memo = doc_index.document_by_path(tmp_path / "memo.docx")["id"]
    assert {h.path for h in doc_index.search("lions", 5, documents={memo})} == {str(tmp_path / "memo.docx")}


def test_remove_forgets_folder(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs")
    run(doc_index, folder)
    assert doc_index.remove(folder) == 3
    assert doc_index.stats()["chunks"] == 0 and doc_index.folders() == [] and doc_index.verify() == []
    assert all(p.exists() for p in folder.iterdir())


def test_verify_notices_broken_invariants(doc_index, tmp_path):
    run(doc_index, write_folder(tmp_path / "docs"))
    doc_index.store.execute("UPDATE documents SET chunk_count = 7 WHERE id = (SELECT MIN(id) FROM documents)")
    assert any("exactly the chunks" in p for p in doc_index.verify())


def test_symlinked_folder_loop_is_reported(doc_index, tmp_path):
    folder = write_folder(tmp_path / "docs")
    os.symlink(folder, folder / "again")
    summary, _ = run(doc_index, folder)
    assert summary.added == 3
    assert any("loop" in f["reason"] for f in summary.failed)


@pytest.mark.parametrize("name", ["ghost.md"])
def test_missing_file_argument_is_reported(doc_index, tmp_path, name):
    summary, _ = run(doc_index, tmp_path / name)
    assert summary.failed == [{"path": str(tmp_path / name), "reason": "not found"}]
