"""Hostile and damaged e-mail through the real isolated reader (a child process with time and memory limits):
each gives its message's text or a one-line reason, never a crash or a hang, and a bad attachment never
loses its message."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from assistant.readers import UnreadableFile
from assistant.readers.isolated import read_document_isolated
from assistant.readers.mail import MAX_NESTING
from tests.helpers.documents import make_pdf
from tests.helpers.hostile_files import docx_bomb
from tests.helpers.mail_files import attach, eml_with_pdf, make_message, mbox_of, write_eml

DATA = Path(__file__).resolve().parents[2] / "data"


def reason_of(path: Path) -> str:
    with pytest.raises(UnreadableFile) as failure:
        read_document_isolated(path)
    assert "\n" not in failure.value.reason
    return failure.value.reason


def test_a_truncated_eml_keeps_its_message_and_names_the_cut_attachment(tmp_path):
    whole = eml_with_pdf(tmp_path / "whole.eml", tmp_path).read_bytes()
    cut = tmp_path / "cut.eml"
    cut.write_bytes(whole[:len(whole) * 2 // 3])  # ends inside the PDF's base64
    pages = read_document_isolated(cut).pages
    assert "lighthouse restoration rose by four percent" in pages[0].text
    assert "[attachment invoice.pdf could not be read: damaged PDF" in pages[0].text


def test_an_eml_cut_inside_its_headers_is_still_a_message(tmp_path):
    path = tmp_path / "headers.eml"
    path.write_bytes(b"From: Ann Lee <ann@example.com>\r\nSubject: Budget for the new pier\r\nDa")
    assert "Subject: Budget for the new pier" in read_document_isolated(path).pages[0].text


def test_an_eml_that_is_really_a_pdf(tmp_path):
    path = make_pdf(tmp_path / "letter.eml", ["A letter saved with the wrong name."])
    assert reason_of(path) == "not an e-mail message: it is a PDF file"


def test_an_eml_of_plain_prose_without_headers(tmp_path):
    path = tmp_path / "notes.eml"
    path.write_text("Just some notes that someone named .eml by mistake.\nNothing else.\n")
    assert reason_of(path) == "not an e-mail message (no From, To, Subject or Date header)"


def test_an_mbox_with_a_malformed_from_line(tmp_path):
    good = mbox_of(tmp_path / "good.mbox", 3).read_bytes()
    first, rest = good.split(b"\nFrom ", 1)
    path = tmp_path / "bad.mbox"
    path.write_bytes(b"From\n" + first.split(b"\n", 1)[1] + b"\nFrom_MAILER garbage line\n" + b"From " + rest)
    pages = read_document_isolated(path).pages
    assert "Message 1 talks about topic 1." in pages[0].text  # "From" without a sender still opens a message
    assert any("Message 3 talks about topic 3." in page.text for page in pages)


def test_an_mbox_that_does_not_start_with_a_from_line(tmp_path):
    path = tmp_path / "box.mbox"
    path.write_bytes(b"garbage first\n\n" + mbox_of(tmp_path / "good.mbox", 2).read_bytes())
    assert reason_of(path) == "not a mailbox: it does not start with a 'From ' line"


def test_a_message_with_a_50_mb_attachment_is_read_in_seconds(tmp_path):
    message = make_message("Launch film", "The film of the launch is attached.")
    attach(message, "launch.mp4", os.urandom(50 * 1048576))
    path = write_eml(tmp_path / "film.eml", message)
    started = time.monotonic()
    page = read_document_isolated(path).pages[0]
    assert time.monotonic() - started < 60
    assert "The film of the launch is attached." in page.text
    assert "[attachment launch.mp4 could not be read: unsupported file type '.mp4']" in page.text


def test_a_zip_bomb_attachment_is_refused_before_it_is_opened(tmp_path):
    message = make_message("Report", "The report is attached.")
    attach(message, "report.docx", docx_bomb(tmp_path, paragraphs=2_000_000))
    page = read_document_isolated(write_eml(tmp_path / "bomb.eml", message)).pages[0]
    assert "The report is attached." in page.text
    assert "[attachment report.docx could not be read: unpacks to 71 MB from" in page.text
    assert "(a decompression bomb?); not read]" in page.text


def nested_raw(depth: int) -> bytes:
    """Messages forwarded inside messages `depth` deep, as message/rfc822 parts (no base64 to grow on)."""
    raw = make_message("Level 0", "The innermost message.").as_bytes()
    for level in range(1, depth + 1):
        raw = (b"From: a@example.com\r\nSubject: Level %d\r\nMIME-Version: 1.0\r\n"
               b"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\nContent-Type: text/plain\r\n\r\n"
               b"Body of level %d.\r\n--b%d\r\nContent-Type: message/rfc822\r\n\r\n" % ((level,) * 5)
               + raw + b"\r\n--b%d--\r\n" % level)
    return raw


def test_messages_forwarded_hundreds_deep_stop_at_the_depth_limit(tmp_path):
    path = tmp_path / "deep.eml"
    path.write_bytes(nested_raw(400))
    pages = read_document_isolated(path).pages
    assert len(pages) == MAX_NESTING + 1
    assert "Body of level 400." in pages[0].text
    assert f"messages nested more than {MAX_NESTING} deep; not read" in pages[-1].text


def test_messages_nested_thousands_deep_give_a_reason(tmp_path):
    path = tmp_path / "deeper.eml"
    path.write_bytes(nested_raw(3000))
    assert reason_of(path) == "message parts nested too deeply to read (hostile?)"


def test_a_msg_that_is_not_ole(tmp_path):
    path = tmp_path / "mail.msg"
    path.write_bytes(b"%PDF-1.4 not an Outlook file at all" * 10)
    assert reason_of(path) == "not an Outlook message (.msg): not an OLE compound file"


def test_a_truncated_msg(tmp_path):
    whole = (DATA / "outer.msg").read_bytes()
    path = tmp_path / "cut.msg"
    path.write_bytes(whole[:len(whole) // 3])
    assert reason_of(path).startswith("damaged Outlook message (")
