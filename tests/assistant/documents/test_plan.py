"""The plan of a run only reads; the run writes what it decided, through DocumentIndex."""
from __future__ import annotations

from assistant.documents.plan import plan
from assistant.runtime.generators import run_to_end


def rows(index) -> dict:
    return {table: index.store.query(f"SELECT * FROM {table} ORDER BY id") for table in ("folders", "documents")}


def test_the_plan_writes_nothing_and_the_run_writes_what_it_planned(doc_index, tmp_path):
    docs, more, gone = tmp_path / "docs", tmp_path / "more", tmp_path / "unplugged"
    for folder in (docs / "node_modules" / "lib", more, gone):
        folder.mkdir(parents=True)
    (docs / "node_modules" / "lib" / "readme.md").write_text("A vendored library's notes.", encoding="utf-8")
    (more / "loose.md").write_text("Zebras graze on the savanna of Kenya.", encoding="utf-8")
    (gone / "kept.md").write_text("Penguins swim in the cold Antarctic sea.", encoding="utf-8")
    doc_index.include_generated = True
    list(doc_index.add([docs, more / "loose.md", gone]))  # a folder with a vendored file, a loose file, a folder
    doc_index.include_generated = False
    (gone / "kept.md").rename(tmp_path / "kept.md")
    gone.rmdir()  # an unplugged drive
    vendored = doc_index.document_by_path(docs / "node_modules" / "lib" / "readme.md")
    before = rows(doc_index)

    the_plan = plan(doc_index, [docs, more, gone])

    assert rows(doc_index) == before  # no folder registered or marked, nothing refiled or dropped
    assert the_plan.folders == [docs, more] and the_plan.unavailable == [str(gone)]
    assert the_plan.dropped == [vendored["id"]] and the_plan.skipped == {"dependency folder (node_modules)": 1}
    assert [folder for _, folder in the_plan.refiled] == [more]  # the loose file lies in a folder added now

    summary = run_to_end(iter(doc_index.add([docs, more, gone])))
    folders = {row["path"]: row for row in doc_index.store.query("SELECT * FROM folders")}
    assert doc_index.document_by_path(more / "loose.md")["folder_id"] == folders[str(more)]["id"]
    assert folders[str(gone)]["available"] == 0 and doc_index.document_by_path(gone / "kept.md") is not None
    assert doc_index.document_by_path(vendored["path"]) is None
    assert (summary.unchanged, summary.removed, summary.unavailable) == (1, 1, [str(gone)])
