"""deskmate summarize / translate / sentiment as a user runs them, including bad input."""
import csv
import json

import pytest

from tests.helpers.processes import run_cli
from tests.helpers.summary_folder import make_folder
from tests.test_cli import ok, one_line_error


def write_reviews(path, column="review"):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", column])
        writer.writerows([["1", "A wonderful, funny and moving film."], ["2", "Dull, slow and badly acted."]])
    return path


def test_sentiment_of_one_text_as_json(isolated_home):
    answer = json.loads(ok(run_cli("sentiment", "A wonderful, funny and moving film.", "--json",
                                   home=isolated_home)).stdout)
    assert answer["label"] == "positive" and answer["confidence"] == answer["scores"]["positive"]
    assert set(answer["scores"]) == {"positive", "negative", "neutral"}


def test_sentiment_of_a_csv_writes_every_row_with_label_and_confidence(isolated_home, tmp_path):
    source = write_reviews(tmp_path / "in.csv")
    summary = json.loads(ok(run_cli("sentiment", "--file", str(source), "--column", "review", "--out",
                                    str(tmp_path / "out.csv"), "--json", home=isolated_home)).stdout)
    assert summary["rows"] == 2 and summary["counts"]["positive"] == 1 and summary["counts"]["negative"] == 1
    rows = list(csv.DictReader(open(tmp_path / "out.csv", encoding="utf-8")))
    assert [r["label"] for r in rows] == ["positive", "negative"] and list(rows[0]) == ["id", "review", "label",
                                                                                          "confidence"]


def test_summarize_a_text_file(isolated_home, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("The council met on Monday. It decided to repair the bridge in May for 12,000 euros. "
                      "Work starts after the spring festival.\n", encoding="utf-8")
    answer = json.loads(ok(run_cli("summarize", str(source), "--length", "short", "--max-tokens", "24", "--json",
                                   "--style", "write", home=isolated_home)).stdout)
    assert answer["summary"] and answer["model_calls"] == 1 and answer["max_prompt_tokens"] <= answer["n_ctx"]
    assert answer["raw_summary"] and all({"text", "pages", "supported"} <= set(s) for s in answer["sentences"])
    quoted = json.loads(ok(run_cli("summarize", str(source), "--json", home=isolated_home)).stdout)
    assert quoted["style"] == "quote" and quoted["model_calls"] == 0
    assert quoted["sentences"] and all(s["pages"] == [1] and s["supported"] for s in quoted["sentences"])
    assert "12,000 euros. (p. 1)" in quoted["summary"]


def test_summarize_a_folder_covers_every_document_and_says_so(isolated_home, tmp_path):
    paths = make_folder(tmp_path / "office")
    answer = json.loads(ok(run_cli("summarize", "--folder", str(tmp_path / "office"), "--json",
                                   home=isolated_home)).stdout)
    assert answer["covered"] == answer["total"] == 20 and all(d["covered"] for d in answer["documents"])
    assert sorted(d["name"] for d in answer["documents"]) == sorted(p.name for p in paths)
    assert all(s["places"] and s["places"][0]["file"] and s["places"][0]["page"] >= 1 for s in answer["sentences"])
    shown = ok(run_cli("summarize", "--folder", str(tmp_path / "office"), "--length", "short", home=isolated_home))
    assert f"Covered all 20 documents of {tmp_path / 'office'}." in shown.stdout
    assert "- leave-policy.pdf: " in shown.stdout and ".pdf p. " in shown.stdout.split("\n\n")[0]
    (tmp_path / "empty").mkdir()
    assert "holds no files" in one_line_error(run_cli("summarize", "--folder", str(tmp_path / "empty"),
                                                      home=isolated_home))
    both = run_cli("summarize", str(paths[0]), "--folder", str(tmp_path / "office"), home=isolated_home)
    assert "not both" in one_line_error(both)


def test_summarize_the_indexed_documents_of_a_folder(isolated_home, tmp_path):
    make_folder(tmp_path / "office", count=4)
    ok(run_cli("index", "add", str(tmp_path / "office"), home=isolated_home))
    answer = json.loads(ok(run_cli("summarize", "--indexed", "--folder", str(tmp_path / "office"), "--json",
                                   home=isolated_home)).stdout)
    assert answer["covered"] == answer["total"] == 4 and answer["sentences"]
    nothing = run_cli("summarize", "--indexed", "--folder", str(tmp_path / "elsewhere"), home=isolated_home)
    assert "No documents are indexed under" in one_line_error(nothing)


def test_translate_writes_the_output_file_and_says_what_it_detected(isolated_home, tmp_path):
    source = tmp_path / "note.md"
    source.write_text("# Bridge\n\nThe bridge opens in May.\n\n```\nkeep()\n```\n", encoding="utf-8")
    done = ok(run_cli("translate", "--to", "German", str(source), "--out", str(tmp_path / "out.md"),
                      home=isolated_home))
    out = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert out.startswith("# ") and "```\nkeep()\n```" in out
    assert "en (detected) -> de" in done.stderr and "cannot translate reliably" in done.stderr


@pytest.mark.parametrize("case", ["empty text", "50 MB text", "unsupported type", "missing column",
                                  "unknown language", "empty file"])
def test_bad_input_gets_one_clear_line_and_writes_nothing(case, isolated_home, tmp_path):
    out = tmp_path / "out.csv"
    if case == "empty text":
        done, expected = run_cli("sentiment", "  ", home=isolated_home), "empty"
    elif case == "50 MB text":
        big = tmp_path / "big.txt"
        big.write_text("All work and no play. " * (50 * 1024 * 1024 // 22), encoding="utf-8")
        done, expected = run_cli("summarize", str(big), home=isolated_home), "at most 10 MB"
    elif case == "unsupported type":
        (tmp_path / "photo.xyz").write_bytes(b"\x00\x01")
        done, expected = run_cli("summarize", str(tmp_path / "photo.xyz"), home=isolated_home), "unsupported file type"
    elif case == "missing column":
        source = write_reviews(tmp_path / "in.csv")
        done = run_cli("sentiment", "--file", str(source), "--column", "text", "--out", str(out), home=isolated_home)
        expected = "no column 'text'"
    elif case == "unknown language":
        (tmp_path / "a.txt").write_text("Hello there.", encoding="utf-8")
        done = run_cli("translate", "--to", "xx", str(tmp_path / "a.txt"), "--out", str(out), home=isolated_home)
        expected = "Unknown language 'xx'"
    else:
        (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")
        done, expected = run_cli("translate", "--to", "fr", str(tmp_path / "empty.md"), home=isolated_home), "empty"
    one_line_error(done, expected)
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
