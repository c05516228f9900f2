"""`deskmate classify` as a user runs it: real processes, real embedder, real CSV files, temporary homes."""
from __future__ import annotations

import csv
import json
import os
import selectors
import signal
import subprocess
import time
from pathlib import Path

from tests.helpers.processes import DESKMATE, kill_group, run_cli, with_ctrl_c

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
TRAIN_FILE, TEST_FILE = DATA / "support_tickets_train.csv", DATA / "support_tickets_test.csv"


def ok(done):
    assert done.returncode == 0, done.stderr
    return done


def one_line_error(done, *fragments):
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = [line for line in done.stderr.strip().splitlines() if line.startswith("deskmate: error: ")]
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def train_tickets(home: Path, *extra: str):
    return run_cli("classify", "train", "--name", "tickets", "--file", str(TRAIN_FILE), "--text-column", "ticket",
                   "--label-column", "team", *extra, home=home)


def test_train_run_export_and_import_in_a_fresh_home_give_identical_labels(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    trained = ok(train_tickets(first))
    assert "Cross-validated accuracy" in trained.stdout and "-> shipping" in trained.stdout
    assert "Saved 'tickets'" in trained.stdout
    one_line_error(train_tickets(first), "exists already")
    ok(run_cli("classify", "export", "tickets", str(tmp_path / "tickets.json"), home=first))
    ok(run_cli("classify", "import", str(tmp_path / "tickets.json"), home=second))
    outputs = []
    for home in (first, second):
        out = tmp_path / f"{home.name}.csv"
        ok(run_cli("classify", "run", "--name", "tickets", "--file", str(TEST_FILE), "--column", "ticket", "--out",
                   str(out), home=home))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    rows = list(csv.DictReader(outputs[0].decode("utf-8").splitlines()))
    assert list(rows[0]) == ["ticket", "team", "predicted", "confidence"] and len(rows) == 40
    assert sum(row["predicted"] == row["team"] for row in rows) / 40 >= 0.85
    one = json.loads(ok(run_cli("classify", "run", "--name", "tickets", "My parcel never came", "--json",
                                home=second)).stdout)
    assert one["label"] == "shipping" and 0 < one["confidence"] <= 1


def test_list_show_and_delete(tmp_path):
    home = tmp_path / "home"
    assert "No classifiers yet" in ok(run_cli("classify", "list", home=home)).stdout
    ok(train_tickets(home, "--json"))
    listed = json.loads(ok(run_cli("classify", "list", "--json", home=home)).stdout)
    assert [(item["name"], item["labels"], item["examples"]) for item in listed] == [
        ("tickets", ["billing", "bug", "login", "shipping"], 48)]
    shown = ok(run_cli("classify", "show", "tickets", home=home)).stdout
    assert "Confusion table" in shown and "billing" in shown
    ok(run_cli("classify", "delete", "tickets", home=home))
    one_line_error(run_cli("classify", "run", "--name", "tickets", "hello", home=home), "no classifier named 'tickets'")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_bad_examples_are_refused_in_one_line_and_nothing_is_saved(tmp_path):
    home = tmp_path / "home"
    one_label = write(tmp_path / "one.csv", "text,label\n" + "".join(f"question {i},billing\n" for i in range(12)))
    cases = [
        (write(tmp_path / "empty.csv", ""), "text", ("empty",)),
        (one_label, "text", ("only one label", "billing")),
        (one_label, "body", ("no column 'body'", "text, label")),
        (write(tmp_path / "latin.csv", "text,label\nFacture impayée,billing\n", "latin-1"), "text", ("not UTF-8",)),
        (write(tmp_path / "few.csv", "text,label\na,x\nb,x\nc,y\n"), "text", ("Too few examples", "at least 10")),
        (tmp_path / "missing.csv", "text", ("does not exist",)),
    ]
    for path, column, fragments in cases:
        one_line_error(run_cli("classify", "train", "--name", "bad", "--file", str(path), "--text-column", column,
                               "--label-column", "label", home=home), *fragments)
    assert not list((home / "classifiers").glob("*")) if (home / "classifiers").exists() else True


def test_a_million_rows_stream_with_progress_and_ctrl_c_leaves_no_output(tmp_path):
    home = tmp_path / "home"
    ok(train_tickets(home))
    source, out = tmp_path / "million.csv", tmp_path / "labelled.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        handle.write("id,ticket\n")
        handle.writelines(f"{i},My order {i} has not arrived yet\n" for i in range(1_000_000))
    command = [str(DESKMATE), "classify", "run", "--name", "tickets", "--file", str(source), "--column", "ticket",
               "--out", str(out), "--home", str(home)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True, preexec_fn=with_ctrl_c) as process:
        try:
            lines = progress_lines(process, wanted=3, timeout=120)
            peak_mb = peak_memory_mb(process.pid)
            os.killpg(process.pid, signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                kill_group(process)
    assert all(line.startswith("Rows ") and " of " in line for line in lines), lines
    assert int(lines[-1].split()[3].replace(",", "")) > 900_000  # the estimated total, from the bytes read
    assert process.returncode == 130 and "was not written" in stderr
    assert peak_mb < 600, peak_mb  # the model, not the file: 1M rows as Python strings would add hundreds of MB
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "million.csv"]


def progress_lines(process: subprocess.Popen, wanted: int, timeout: float) -> list[str]:
    """The first `wanted` progress lines the process prints on stderr."""
    selector, lines, deadline = selectors.DefaultSelector(), [], time.monotonic() + timeout
    assert process.stderr is not None
    selector.register(process.stderr, selectors.EVENT_READ)
    while len(lines) < wanted and time.monotonic() < deadline:
        if selector.select(timeout=1) and (line := process.stderr.readline()):
            lines.append(line.strip())
        assert process.poll() is None, lines
    assert len(lines) == wanted, lines
    return lines


def peak_memory_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1]) / 1024


def test_a_folder_of_documents_is_labelled_file_by_file_and_a_broken_file_says_why(tmp_path):
    home, folder = tmp_path / "home", tmp_path / "inbox"
    ok(train_tickets(home))
    (folder / "sub").mkdir(parents=True)
    write(folder / "refund.txt", "Hello, I was charged twice for my subscription this month. "
                                 "Please refund the second payment to my card. " * 30)
    write(folder / "sub" / "locked.md", "# Account\n\nI cannot sign in: the password reset email never arrives "
                                         "and now my account is locked.\n")
    write(folder / "parcel.txt", "My parcel has not arrived, the tracking has not moved for ten days.")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a PDF")
    write(folder / ".hidden.txt", "I was charged twice")
    out = tmp_path / "labels.csv"
    done = ok(run_cli("classify", "run", "--name", "tickets", "--folder", str(folder), "--out", str(out), home=home))
    assert "4 files" in done.stdout
    rows = {row["path"]: row for row in csv.DictReader(open(out, encoding="utf-8"))}
    assert set(rows) == {"refund.txt", "sub/locked.md", "parcel.txt", "broken.pdf"}
    assert rows["refund.txt"]["predicted"] == "billing" and int(rows["refund.txt"]["windows"]) >= 2
    assert rows["sub/locked.md"]["predicted"] == "login" and rows["parcel.txt"]["predicted"] == "shipping"
    assert rows["broken.pdf"]["predicted"] == "" and rows["broken.pdf"]["error"]
