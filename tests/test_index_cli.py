"""`deskmate index …` and `deskmate ask` as a user runs them, including SIGKILL at random moments."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time

import pytest

from tests.helpers.documents import make_bad_files, make_docx, make_pdf
from tests.helpers.processes import DESKMATE, REPO, run_cli

KILLS = 20  # as many as for a chat answer and a settings save (tests/assistant/test_kill.py)
TOPICS = ["rivers", "mountains", "bread", "engines", "violins", "glaciers", "bees", "lighthouses", "comets",
          "tea", "bridges", "owls", "deserts", "clocks", "coral", "maps", "salt", "kites", "wolves", "glass"]


def write_corpus(folder, n_files=24):
    folder.mkdir(parents=True)
    for i in range(n_files):
        topic = TOPICS[i % len(TOPICS)]
        paragraphs = [f"Note {i} is about {topic}. " + f"Fact {j} on {topic} number {i} is worth keeping. " * 9
                      for j in range(4)]
        (folder / f"note{i:02d}.md").write_text("\n\n".join(paragraphs), encoding="utf-8")
    return folder


def verify(home):
    result = run_cli("index", "verify", "--json", home=home)
    return result.returncode, json.loads(result.stdout)


def kill_indexing_run(folder, home, delay: float) -> bool:
    """Start `index add`, SIGKILL it `delay` seconds after it has planned its work; False if it finished first.

    A run here takes about a second after planning (the int8 embedder); the delays cover the whole
    run, so some kills land while documents are being read and embedded and some while they are
    being written.
    """
    process = subprocess.Popen([str(DESKMATE), "index", "add", str(folder), "--home", str(home)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO)
    with process:
        first_line = process.stderr.readline()  # "Indexing: …" once the run has planned its work
        assert first_line.startswith("Indexing"), first_line
        time.sleep(delay)
        killed = process.poll() is None
        if killed:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    return killed


@pytest.mark.slow
def test_sigkill_at_random_points_never_corrupts_and_resumes(doc_index, tmp_path):
    folder = write_corpus(tmp_path / "corpus")
    list(doc_index.add([folder]))
    expected_chunks = doc_index.stats()["chunks"]
    seed = int(time.time())
    home, rng, kills = tmp_path / "killed", random.Random(seed), 0
    while kills < KILLS:
        if kill_indexing_run(folder, home, rng.uniform(0, 1.5)):
            kills += 1
        else:  # finished before the kill: start over so that kills keep landing mid-run
            assert json.loads(run_cli("index", "stats", "--json", home=home).stdout)["chunks"] == expected_chunks
            run_cli("index", "remove", str(folder), home=home)
        code, report = verify(home)
        assert code == 0 and report["ok"], (seed, kills, report)
    final = run_cli("index", "add", str(folder), home=home, timeout=600)
    assert final.returncode == 0, final.stderr
    assert json.loads(run_cli("index", "stats", "--json", home=home).stdout)["chunks"] == expected_chunks
    assert verify(home)[0] == 0


def test_mixed_folder_indexes_good_files_reports_bad_ones_and_exits_0(tmp_path):
    folder = tmp_path / "mixed"
    expected = make_bad_files(folder)
    make_pdf(folder / "report.pdf", ["Page one of the report.", "Page two mentions otters."])
    make_docx(folder / "memo.docx", ["Memo first page.", "Memo second page about herons."])
    (folder / "notes.txt").write_bytes("Ol\xe9! caf\xe9 cr\xe8me".encode("latin-1"))
    result = run_cli("index", "add", str(folder), "--max-mb", "1", home=tmp_path / "home", timeout=240)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    reasons = {os.path.basename(f["path"]): f["reason"] for f in summary["failed"]}
    assert set(reasons) == set(expected), reasons
    for name, word in expected.items():
        assert word.lower() in reasons[name].lower()
        assert f"failed {folder / name}" in result.stderr  # each bad file also appears in the progress lines
    assert summary["added"] == 3 + (os.geteuid() == 0) and summary["chunks_embedded"] >= 5
    listed = json.loads(run_cli("index", "list", "--failed", "--json", home=tmp_path / "home").stdout)
    assert {os.path.basename(d["path"]) for d in listed} == set(expected)
    hits = json.loads(run_cli("index", "search", "café crème", "--json", home=tmp_path / "home").stdout)
    assert hits[0]["path"].endswith("notes.txt")


def test_search_batch_list_remove_and_refresh(tmp_path):
    home, folder = tmp_path / "home", write_corpus(tmp_path / "corpus", n_files=3)
    assert run_cli("index", "add", str(folder), home=home).returncode == 0
    queries = tmp_path / "queries.txt"
    queries.write_text("bread\nmountains\n\nrivers\n", encoding="utf-8")
    batch = run_cli("index", "search", "--batch", str(queries), "-k", "2", home=home)
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["bread", "mountains", "rivers"]
    assert all(len(line["hits"]) == 2 for line in lines)
    assert "bread" in lines[0]["hits"][0]["text"]
    (folder / "note00.md").unlink()
    refreshed = json.loads(run_cli("index", "refresh", home=home).stdout)
    assert refreshed["removed"] == 1 and refreshed["unchanged"] == 2
    assert "note01.md" in run_cli("index", "list", home=home).stdout
    assert run_cli("index", "remove", str(folder), home=home).returncode == 0
    assert json.loads(run_cli("index", "stats", "--json", home=home).stdout)["chunks"] == 0
    missing = run_cli("index", "remove", str(folder), home=home)
    assert missing.returncode == 2 and "not in the index" in missing.stderr


def test_ask_json_cites_file_and_page(tmp_path):
    home = tmp_path / "home"
    make_pdf(tmp_path / "atlas.pdf", ["Introduction to the atlas.", "The tallest mountain in Norway is Galdhopiggen.",
                                      "Rivers of Spain are listed here."])
    assert run_cli("index", "add", str(tmp_path / "atlas.pdf"), home=home).returncode == 0
    result = run_cli("ask", "What is the tallest mountain in Norway?", "--json", "--max-tokens", "48", home=home)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["answer"].strip()
    first = answer["sources"][0]
    assert (os.path.basename(first["path"]), first["page"], first["n"]) == ("atlas.pdf", 2, 1)
    assert all(1 <= n <= len(answer["sources"]) for n in answer["cited"])


def test_a_damaged_database_gives_the_recovery_warning_from_index_and_tool_commands(tmp_path):
    """Every command opens its workspace the same way, so `index` (and the tools) warn too."""
    home, folder = tmp_path / "home", write_corpus(tmp_path / "corpus", n_files=1)
    home.mkdir()
    (home / "deskmate.db").write_bytes(b"this is not a database" * 500)
    result = run_cli("index", "add", str(folder), home=home)
    assert result.returncode == 0, result.stderr
    assert "deskmate: warning: Your database was damaged and was kept as deskmate.db.damaged-" in result.stderr
    assert json.loads(result.stdout)["added"] == 1  # and the command still did its work, on a fresh database
    (home / "deskmate.db").write_bytes(b"damaged again" * 500)
    sentiment = run_cli("sentiment", "I loved every minute of it.", home=home)
    assert sentiment.returncode == 0, sentiment.stderr
    assert "deskmate: warning: Your database was damaged and was kept as" in sentiment.stderr
