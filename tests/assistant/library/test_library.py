"""The shared library on a real PostgreSQL + pgvector: an administrator indexes two collections with the local
index's run; a read-only login granted one of them finds hits only there; refresh is incremental; verify."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from assistant.errors import InvalidInput
from assistant.library.checks import library_problems
from assistant.library.database import Database
from assistant.library.search import search
from tests.assistant.library.conftest import PASSWORD_ENV, index_folders, role_name
from tests.helpers.processes import run_cli

READER_PASSWORD_ENV = "DESKMATE_TEST_READER_PASSWORD"


def indexed(library, shared_folders):
    for folder in shared_folders.values():
        summary = index_folders(library, [folder])
        assert summary.failed == [] and summary.added == len(list(folder.iterdir())), summary
    return library


def test_an_administrator_indexes_each_folder_as_a_collection(library, shared_folders):
    indexed(library, shared_folders)
    collections = {row["name"]: row for row in library.collections()}
    assert set(collections) == {"policies", "contracts"}
    assert (collections["policies"]["documents"], collections["contracts"]["documents"]) == (5, 4)
    assert all(row["chunks"] >= row["documents"] for row in collections.values())
    assert library_problems(library.db) == []
    hits = search(library.db, "penalty for late delivery of the wind turbines",
                  library.embedder.embed(["penalty for late delivery of the wind turbines"])[0], k=3)
    assert hits[0].collection == "contracts" and hits[0].path.endswith("turbines.txt")
    assert hits[0].source == "library" and hits[0].chunk_id < 0 and hits[0].locator["char_start"] == 0


def test_a_reader_granted_one_collection_finds_hits_only_from_it(library, shared_folders, library_url, postgres,
                                                                  monkeypatch):
    indexed(library, shared_folders)
    reader, password = role_name("reader"), "reader-secret"
    library.grant(reader, ["policies"], password=password)
    question = "penalty for late delivery of the wind turbines"  # answered only in contracts
    vector = library.embedder.embed([question])[0]
    with Database(postgres.url(reader, library_url.rsplit("/", 1)[1]), password) as as_reader:
        assert as_reader.user == reader
        hits = search(as_reader, question, vector, k=10)
        assert hits and {hit.collection for hit in hits} == {"policies"}
        assert not any("turbine" in hit.text for hit in hits)
        leave = search(as_reader, "how many days of annual leave carry over", library.embedder.embed(
            ["how many days of annual leave carry over"])[0], k=3)
        assert "five days" in leave[0].text
        counts = as_reader.query_one("SELECT (SELECT COUNT(*) FROM deskmate.chunks) AS chunks, "
                                     "(SELECT COUNT(*) FROM deskmate.documents) AS documents, "
                                     "(SELECT COUNT(*) FROM deskmate.collections) AS collections")
        policies = next(row for row in library.collections() if row["name"] == "policies")
        assert counts == {"chunks": policies["chunks"], "documents": 5, "collections": 1}
        with pytest.raises(InvalidInput, match="refused"):
            as_reader.execute("DELETE FROM deskmate.chunks")
        with pytest.raises(InvalidInput, match="refused"):
            as_reader.execute("INSERT INTO deskmate.grants (role_name, collection_id) "
                              "SELECT current_user, id FROM deskmate.collections")
    assert library.revoke(reader, ["policies"]) == 1
    with Database(postgres.url(reader, library_url.rsplit("/", 1)[1]), password) as as_reader:
        assert search(as_reader, question, vector, k=10) == []


def test_a_rerun_reads_nothing_again_and_a_change_is_one_document(library, shared_folders):
    indexed(library, shared_folders)
    chunks = library.stats()["chunks"]
    again = index_folders(library, list(shared_folders.values()))
    assert (again.unchanged, again.added, again.chunks_embedded) == (9, 0, 0)
    policies = shared_folders["policies"]
    (policies / "expenses.txt").write_text("Travel expenses are now reimbursed within ten days of a claim.")
    os.utime(policies / "expenses.txt", ns=(1, 1))
    (policies / "remote-work.md").unlink()
    changed = run = index_folders(library, [policies])
    assert (changed.updated, changed.removed, changed.unchanged) == (1, 1, 3), run
    assert library.stats()["chunks"] < chunks
    assert library_problems(library.db) == []


def test_an_identical_file_in_another_collection_is_copied_into_that_collection(library, shared_folders):
    indexed(library, shared_folders)
    shutil.copy(shared_folders["policies"] / "leave.md", shared_folders["contracts"] / "leave-copy.md")
    summary = library.refresh()
    result = None
    for _ in summary:
        pass
    result = library.db.query_one(
        "SELECT k.name, d.chunk_count FROM deskmate.documents d JOIN deskmate.collections k ON k.id = d.collection_id "
        "WHERE d.path LIKE %s", ("%leave-copy.md",))
    assert result is not None and result["name"] == "contracts" and result["chunk_count"] >= 1
    assert library_problems(library.db) == []


def test_verify_names_a_document_missing_a_chunk_and_a_chunk_in_the_wrong_collection(library, shared_folders):
    indexed(library, shared_folders)
    assert library_problems(library.db) == []
    library.db.execute("DELETE FROM deskmate.chunks WHERE ordinal = 0 AND document_id = "
                       "(SELECT min(id) FROM deskmate.documents WHERE chunk_count >= 2)")
    library.db.execute("UPDATE deskmate.chunks SET collection_id = (SELECT max(id) FROM deskmate.collections) "
                       "WHERE id = (SELECT max(id) FROM deskmate.chunks WHERE collection_id = "
                       "(SELECT min(id) FROM deskmate.collections))")
    problems = library_problems(library.db)
    assert any(problem.startswith("chunk count differs") for problem in problems), problems
    assert any(problem.startswith("ordinals are not") for problem in problems), problems
    assert any(problem.startswith("chunk in another collection") for problem in problems), problems


def test_a_collection_name_is_one_folder_and_files_are_refused(library, shared_folders, tmp_path):
    index_folders(library, [shared_folders["policies"]], collection="handbook")
    other = tmp_path / "elsewhere" / "handbook"
    other.mkdir(parents=True)
    (other / "a.txt").write_text("Another folder that wants the same collection name.")
    with pytest.raises(InvalidInput, match="already the folder"):
        index_folders(library, [other])
    with pytest.raises(InvalidInput, match="not a folder"):
        library.add([shared_folders["contracts"] / "turbines.txt"])
    assert library.remove("handbook") == 5
    assert library.stats() == {"documents": 0, "failed": 0, "chunks": 0, "collections": 0}


def test_the_administrator_commands_through_the_cli(library_url, shared_folders, isolated_home, monkeypatch):
    def deskmate(*args: str, **options):
        result = run_cli("library", *args, "--url", library_url, "--key-env", PASSWORD_ENV, home=isolated_home,
                         **options)
        assert result.returncode == 0, result.stderr
        return result

    deskmate("init", "--text-search", "simple")
    deskmate("init")  # again: nothing changes, nothing fails
    added = json.loads(deskmate("add", str(shared_folders["policies"]), "--collection", "hr").stdout)
    assert added["added"] == 5 and added["failed"] == []
    monkeypatch.setenv(READER_PASSWORD_ENV, "pw-of-the-reader")
    reader = role_name("cli_reader")
    assert "may read: hr" in deskmate("grant", reader, "hr", "--password-env", READER_PASSWORD_ENV).stdout
    listed = json.loads(deskmate("list", "--json").stdout)
    assert [(row["name"], row["documents"], row["readers"]) for row in listed] == [("hr", 5, [reader])]
    assert deskmate("verify").stdout.startswith("OK: 5 documents")
    assert "1 grant(s) removed" in deskmate("revoke", reader, "hr").stdout
    assert "(5 document(s))" in deskmate("remove", "hr").stdout
    missing = run_cli("library", "remove", "hr", "--url", library_url, "--key-env", PASSWORD_ENV, home=isolated_home)
    assert missing.returncode == 2 and "not a collection" in missing.stderr


def test_init_again_keeps_the_library_and_refuses_another_keyword_configuration(admin_db, embedder, library,
                                                                              shared_folders):
    from assistant.library import schema

    index_folders(library, [shared_folders["policies"]])
    schema.create(admin_db, embedder.dimensions, embedder.name)
    assert schema.meta(admin_db)["text_search"] == "english" and library.stats()["documents"] == 5
    with pytest.raises(InvalidInput, match="cannot change to 'simple'"):
        schema.create(admin_db, embedder.dimensions, embedder.name, "simple")
    with pytest.raises(InvalidInput, match="embedder"):
        schema.create(admin_db, embedder.dimensions, "another-model")
