"""Text that is not prose is reported, not chunked; real text of every kind is read."""
from __future__ import annotations

import base64
import json
import random
import textwrap
from pathlib import Path

import pytest

from assistant.readers.prose import long_runs, not_prose
from tests.helpers.processes import REPO, run_cli

CHINESE = ("我们的图书馆每天早上八点开门，晚上九点关门。读者可以在一楼借阅新书，也可以在二楼的阅览室安静地学习。"
           "去年冬天，图书馆增加了三百多本关于天文学的书籍，很多中学生周末都会来这里查资料。"
           "管理员告诉我们，借书时需要出示读者证，每人最多可以借五本书，借期为三十天。"
           "如果书籍有损坏，请及时告诉工作人员，不要自己修补。")
JAPANESE = ("この町の図書館は朝九時に開館し、夜八時に閉館します。一階では新しい本を借りることができ、"
            "二階の閲覧室では静かに勉強できます。昨年の冬には天文学の本が三百冊ほど増え、"
            "週末になると多くの中学生が調べものに来ます。本を借りるときは利用者カードが必要で、"
            "一人五冊まで、期間は三十日間です。")


def test_one_unbroken_run_is_not_prose():
    reason = not_prose("x" * (30 * 1024 * 1024))
    assert reason == "not prose: one unbroken run of 31,457,280 characters (generated data?); skipped"


def test_lines_of_unbroken_data_are_not_prose():
    dump = "\n".join(random.randbytes(800).hex() for _ in range(2000))
    assert "unbroken runs of up to 1,600 characters make up 100% of the text" in not_prose(dump)


@pytest.mark.parametrize("text", ["ha " * 400_000, "the same short line\n" * 50_000, "0,0,0,0\n" * 20_000])
def test_one_repeated_token_or_line_is_not_prose(text):
    assert not_prose(text).startswith("not prose: the same text repeated over and over (")


def test_chinese_and_japanese_prose_without_spaces_is_prose():
    for text in (CHINESE, JAPANESE, CHINESE + "Linux内核6.1版本" + JAPANESE):
        unbroken = (text * 8).replace(" ", "")  # more than a thousand characters, not one space
        assert len(unbroken) > 1000 and not_prose(unbroken) is None and not list(long_runs(unbroken))


def test_code_tables_mail_and_documents_with_a_blob_are_prose():
    rows = "\n".join(",".join(str(random.randint(0, 10**6)) for _ in range(8)) for _ in range(20_000))
    attachment = "\n".join(textwrap.wrap(base64.b64encode(random.randbytes(300_000)).decode(), 76))
    mail = "From: ann@example.org\nSubject: the photos\n\nHere they are, as promised.\n\n" + attachment
    image = base64.b64encode(random.randbytes(150_000)).decode()
    note = (REPO / "README.md").read_text()[:6000] + f"\n\n![chart](data:image/png;base64,{image})\n"
    for text in (rows, mail, note, (REPO / "assistant" / "documents" / "run.py").read_text(),
                 (REPO / "README.md").read_text(), "short"):
        assert not_prose(text) is None


def test_a_30_mb_token_is_reported_not_chunked_through_the_cli(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "blob.txt").write_text("Q" * (30 * 1024 * 1024))
    (folder / "noise.md").write_text("ha " * 400_000)
    (folder / "中文.txt").write_text(CHINESE * 3)
    result = run_cli("index", "add", str(folder), "--json", home=tmp_path / "home", timeout=600)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    reasons = {Path(item["path"]).name: item["reason"] for item in summary["failed"]}
    assert reasons == {
        "blob.txt": "not prose: one unbroken run of 31,457,280 characters (generated data?); skipped",
        "noise.md": 'not prose: the same text repeated over and over ("ha ha ha ha ha ha ha ha ha ha ha ha ha h…"); '
                    "skipped"}
    assert summary["added"] == 1 and 0 < summary["chunks_embedded"] < 10


def test_text_that_is_not_prose_is_indexed_on_request_with_progress_inside_the_file(tmp_path):
    checklist = tmp_path / "checklist.md"
    checklist.write_text("- item\n" * 2_000_000)  # issue 13's 14 MB file: refused by default, read on request
    refused = run_cli("index", "add", str(checklist), "--json", home=tmp_path / "home", timeout=600)
    assert json.loads(refused.stdout)["failed"][0]["reason"].startswith("not prose: the same text repeated")
    done = run_cli("index", "add", str(checklist), "--json", "--include-generated", home=tmp_path / "home",
                   timeout=600)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["updated"] == 1 and not summary["failed"]  # the failed entry becomes an indexed one
    assert 0 < summary["chunks_embedded"] < 10  # thousands of chunks, a handful of distinct texts
    assert "checklist.md: page" in done.stderr  # progress inside the file
