"""E-mail readers on real files: .eml and .mbox written by the stdlib email and mailbox packages, and a real
Outlook .msg (tests/data/outer.msg, from the msg_parser 1.2.0 sdist's tests, BSD-2-Clause; see tests/data/README)."""
from __future__ import annotations

import json
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.readers import UnreadableFile, read_document
from assistant.readers.mail import MAX_NESTING, read_eml, read_mbox
from tests.helpers.mail_files import (
    WHEN,
    attach,
    eml_with_pdf,
    forward,
    invoice_pdf,
    make_message,
    mbox_of,
    write_eml,
    write_mbox,
)
from tests.helpers.processes import run_cli

DATA = Path(__file__).resolve().parents[2] / "data"


def test_an_eml_is_one_message_page_then_the_pages_of_its_pdf_attachment(tmp_path):
    pages = read_document(eml_with_pdf(tmp_path / "q3.eml", tmp_path)).pages
    message, first, second = pages
    assert message.text.splitlines()[:5] == ["From: Ann Lee <ann@example.com>", "To: Bob Stone <bob@example.com>",
                                             "Date: Mon, 12 May 2025 10:03:00 +0100", "Subject: Q3 costs",
                                             "Attachments: invoice.pdf"]
    assert "lighthouse restoration rose by four percent" in message.text
    assert message.label == "'Q3 costs' from Ann Lee, 12 May 2025"
    assert message.locator is not None
    assert message.locator == {"message_id": message.locator["message_id"], "subject": "Q3 costs",
                               "date": "2025-05-12T10:03:00+01:00"}
    assert message.locator["message_id"].startswith("<") and message.locator["message_id"].endswith(">")
    assert "harbour crane inspection" in first.text and "thirty days of the tide report" in second.text
    assert second.label == "invoice.pdf, attached to 'Q3 costs', 12 May 2025, page 2"
    assert second.locator == {"message_id": message.locator["message_id"], "attachment": "invoice.pdf", "page": 2}
    assert [page.number for page in pages] == [1, 2, 3]


def test_an_html_only_message_is_read_as_text(tmp_path):
    message = make_message("Menu", None, html="<html><body><h1>Lunch</h1><p>Soup of the <b>day</b>: leek.</p>"
                                              "<script>track()</script></body></html>")
    text = read_eml(tmp_path / "m.eml", message.as_bytes())[0].text
    assert "Lunch\n" in text and "Soup of the day: leek." in text
    assert "<" not in text.split("Subject: Menu", 1)[1] and "track()" not in text


def test_plain_text_is_preferred_to_its_html_twin(tmp_path):
    message = make_message("Twin", "The plain words.", html="<p>The html words.</p>")
    text = read_eml(tmp_path / "m.eml", message.as_bytes())[0].text
    assert "The plain words." in text and "html words" not in text


@pytest.mark.parametrize("charset, cte", [("iso-8859-1", "quoted-printable"), ("windows-1252", "base64"),
                                          ("utf-8", "quoted-printable"), ("utf-8", "base64")])
def test_transfer_encodings_and_charsets_are_decoded(tmp_path, charset, cte):
    message = make_message("Café crème – Überweisung", "Le café crème coûte 3 £; Grüße aus Köln.",
                           sender="Zoë Müller <zoe@example.com>", charset=charset, cte=cte)
    raw = message.as_bytes(policy=policy.SMTP)
    assert b"Caf\xc3\xa9" not in raw.split(b"\r\n\r\n", 1)[0]  # the subject travels as RFC 2047 words
    page = read_eml(tmp_path / "m.eml", raw)[0]
    assert "Le café crème coûte 3 £; Grüße aus Köln." in page.text
    assert page.label == "'Café crème – Überweisung' from Zoë Müller, 12 May 2025"


def raw_message(charset: str, body: bytes, subject: bytes = b"Charset test") -> bytes:
    return (b"From: Ann <ann@example.com>\r\nTo: bob@example.com\r\nSubject: " + subject + b"\r\n"
            b"Date: Mon, 12 May 2025 10:03:00 +0100\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=\"" + charset.encode() + b"\"\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body)


@pytest.mark.parametrize("charset, body, expected", [
    ("iso-8859-1", "Grüße, déjà vu".encode(), "Grüße, déjà vu"),  # UTF-8 declared as Latin-1
    ("us-ascii", "naïve “quotes”".encode("cp1252"), "naïve “quotes”"),  # Windows-1252 declared as ASCII
    ("x-no-such-charset", "Ünknown but UTF-8".encode(), "Ünknown but UTF-8"),
    ("x-no-such-charset", b"caf\xe9 \x81 bytes", "café \ufffd bytes"),  # undecodable: replaced, not a crash
    ("koi8-r", "Привет".encode("koi8-r"), "Привет"),
])
def test_wrong_and_unknown_charsets_decode_with_replacement(tmp_path, charset, body, expected):
    assert expected in read_eml(tmp_path / "m.eml", raw_message(charset, body))[0].text


def test_rfc2047_headers_in_raw_bytes_are_decoded(tmp_path):
    raw = raw_message("utf-8", b"body", subject=b"=?iso-8859-1?q?Re=3A_R=E9union?= =?utf-8?b?4oCUIGRlbWFpbg==?=")
    page = read_eml(tmp_path / "m.eml", raw)[0]
    assert "Subject: Re: Réunion— demain" in page.text or "Subject: Re: Réunion — demain" in page.text


def test_an_unreadable_attachment_becomes_a_note_and_the_message_stays(tmp_path):
    message = make_message("Scans", "See the scan and the archive.")
    attach(message, "scan.pdf", b"%PDF-1.4 this is not really a pdf")
    attach(message, "photos.zip", b"PK\x03\x04 not read")
    pages = read_eml(tmp_path / "m.eml", message.as_bytes())
    assert len(pages) == 1
    assert "See the scan and the archive." in pages[0].text
    assert "[attachment scan.pdf could not be read: " in pages[0].text
    assert "[attachment photos.zip could not be read: unsupported file type '.zip']" in pages[0].text


def test_inline_images_are_skipped(tmp_path):
    message = make_message("Logo", "Our new logo is below.", html='<p>Our new logo: <img src="cid:picture1"></p>')
    html_part = message.get_body(("html",))
    assert html_part is not None
    attach(html_part, "logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, inline=True)
    pages = read_eml(tmp_path / "m.eml", message.as_bytes())
    assert len(pages) == 1 and "logo.png" not in pages[0].text


def test_other_readers_read_their_attachments(tmp_path):
    message = make_message("Minutes", "Minutes attached.")
    attach(message, "minutes.md", b"# Minutes\n\nThe board approved the new jetty.")
    pages = read_eml(tmp_path / "m.eml", message.as_bytes())
    assert "approved the new jetty" in pages[1].text
    assert pages[1].label == "minutes.md, attached to 'Minutes', 12 May 2025, page 1"


def test_forwarded_messages_are_read_as_messages(tmp_path):
    original = make_message("Crane quote", "The crane costs 12,000 euros.", sender="Carl Berg <carl@example.org>",
                            date=WHEN - timedelta(days=3), message_id="<quote@example.org>")
    attach(original, "quote.pdf", invoice_pdf(tmp_path / "quote.pdf", ["Quote for the floating crane."]))
    outer = forward(make_message("Fwd: Crane quote", "See below.", message_id="<fwd@example.com>"), original)
    pages = read_eml(tmp_path / "m.eml", outer.as_bytes())
    assert [page.label for page in pages] == [
        "'Fwd: Crane quote' from Ann Lee, 12 May 2025",
        "'Crane quote' from Carl Berg, 9 May 2025, attached to 'Fwd: Crane quote'",
        "quote.pdf, attached to 'Crane quote', 9 May 2025, page 1"]
    assert "The crane costs 12,000 euros." in pages[1].text and pages[1].locator is not None
    assert pages[1].locator["message_id"] == "<quote@example.org>"
    assert pages[2].locator == {"message_id": "<quote@example.org>", "attachment": "quote.pdf", "page": 1}


def nested(depth: int) -> EmailMessage:
    message = make_message("Level 0", "The innermost message.")
    for level in range(1, depth + 1):
        message = forward(make_message(f"Level {level}", f"Body of level {level}."), message)
    return message


def test_messages_nested_deeper_than_the_limit_are_named_not_read(tmp_path):
    pages = read_eml(tmp_path / "m.eml", nested(MAX_NESTING + 3).as_bytes())
    assert len(pages) == MAX_NESTING + 1
    assert f"messages nested more than {MAX_NESTING} deep; not read" in pages[-1].text


def test_attached_eml_files_are_read_as_messages(tmp_path):
    inner = make_message("Inner note", "The inner note mentions seagulls.")
    outer = make_message("Outer", "An .eml is attached.")
    attach(outer, "note.eml", inner.as_bytes(), mimetype="application/octet-stream")
    pages = read_eml(tmp_path / "m.eml", outer.as_bytes())
    assert "seagulls" in pages[1].text and str(pages[1].label).endswith("attached to 'Outer'")


def test_an_mbox_gives_one_page_per_message_in_file_order(tmp_path):
    path = mbox_of(tmp_path / "notes.mbox", 20)
    assert b"\n>From now on" in path.read_bytes()  # mailbox escaped the body's "From " line
    pages = read_document(path).pages
    assert len(pages) == 20
    for number, page in enumerate(pages, start=1):
        assert page.text.startswith("From: Ann Lee <ann@example.com>\n")
        assert f"Message {number} talks about topic {number}.\nFrom now on we keep it short." in page.text
        sent = WHEN + timedelta(days=number)
        assert page.label == f"'Note {number}: topic {number}' from Ann Lee, {sent.day} {sent:%B %Y}"
        assert (page.locator or {})["message_id"] == f"<note{number}@example.com>"


def test_an_mbox_leaves_out_quotes_of_its_own_earlier_messages_only(tmp_path):
    first = make_message("Plan", "We start the survey on Monday.\nThe boat leaves at six.", message_id="<a@x>")
    reply = make_message("Re: Plan", "Fine by me.\n\n> We start the survey on Monday.\n> The boat leaves at six.\n",
                         sender="Bob Stone <bob@example.com>", message_id="<b@x>")
    outside = make_message("Re: Budget", "Agreed.\n\n> The budget is frozen until July.\n", message_id="<c@x>")
    pages = read_mbox(tmp_path / "m.mbox", write_mbox(tmp_path / "m.mbox", [first, reply, outside]).read_bytes())
    assert "The boat leaves at six." in pages[0].text
    assert "Fine by me." in pages[1].text and "The boat leaves at six." not in pages[1].text
    assert "[quoted text from an earlier message of this mailbox left out]" in pages[1].text
    assert "> The budget is frozen until July." in pages[2].text  # not in the mailbox: kept


def test_an_eml_keeps_its_quoted_thread(tmp_path):
    reply = make_message("Re: Plan", "Fine by me.\n\n> We start the survey on Monday.\n")
    assert "> We start the survey on Monday." in read_eml(tmp_path / "m.eml", reply.as_bytes())[0].text


def test_a_mailbox_whose_first_from_line_is_malformed_is_still_read(tmp_path):
    good = mbox_of(tmp_path / "good.mbox", 2).read_bytes()
    damaged = b"From \n" + good.split(b"\n", 1)[1]
    pages = read_mbox(tmp_path / "m.mbox", damaged)
    assert len(pages) == 2 and "Message 1 talks about" in pages[0].text


def test_an_eml_saved_as_mbox_is_read_as_one_message(tmp_path):
    raw = make_message("Single", "Just one message.").as_bytes()
    assert "Just one message." in read_mbox(tmp_path / "m.mbox", raw)[0].text


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n1 0 obj", "not an e-mail message: it is a PDF file"),
    (b"Dear diary,\nno headers here at all.\n", "not a mailbox: it does not start with a 'From ' line"),
])
def test_a_file_that_is_not_a_mailbox_gives_a_reason(tmp_path, data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        read_mbox(tmp_path / "m.mbox", data)


def test_a_real_outlook_msg_with_an_embedded_message(tmp_path):
    pages = read_document(DATA / "outer.msg").pages
    assert [page.label for page in pages] == ["'outer subject'", "'test', attached to 'outer subject'"]
    assert pages[0].text.splitlines()[:4] == ["From: ", "To: outer@foo.bar <outer@foo.bar>",
                                              "Subject: outer subject", "Attachments: test.msg"]
    assert "Outer body" in pages[0].text and "body" in pages[1].text.split("Subject: test", 1)[1]
    assert pages[1].locator == {"subject": "test", "attachment": "test.msg"}


def test_a_msg_that_is_not_an_ole_file_gives_a_reason(tmp_path):
    path = tmp_path / "fake.msg"
    write_eml(path, make_message("Not Outlook", "An .eml renamed .msg."))
    with pytest.raises(UnreadableFile, match="not an Outlook message"):
        read_document(path)


TOPICS = ["rivers", "mountains", "bread", "engines", "violins", "glaciers", "bees", "the brass telescope in the attic",
          "comets", "tea", "bridges", "owls", "deserts", "clocks", "coral", "maps", "salt", "kites", "wolves", "glass"]


def test_mail_is_indexed_and_found_through_the_cli(tmp_path):
    """`deskmate index add` on a folder with an .mbox of 20 messages and an .eml with a PDF attachment:
    a phrase from a message body and one from the attachment's second page are found at their page."""
    folder, home = tmp_path / "mail", tmp_path / "home"
    folder.mkdir()
    mbox_of(folder / "notes.mbox", 20, topic_of=lambda number: TOPICS[number - 1])
    eml_with_pdf(folder / "q3.eml", tmp_path)
    added = run_cli("index", "add", str(folder), home=home, timeout=240)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["added"] == 2, added.stdout
    body_hit = json.loads(run_cli("index", "search", "--json", "the brass telescope in the attic", home=home).stdout)[0]
    assert (body_hit["path"], body_hit["page"]) == (str(folder / "notes.mbox"), 8)
    assert "Message 8 talks about the brass telescope in the attic." in body_hit["text"]
    pdf_hit = json.loads(run_cli("index", "search", "--json", "balance due thirty days tide report", home=home).stdout)[0]
    assert (pdf_hit["path"], pdf_hit["page"]) == (str(folder / "q3.eml"), 3)  # the message, then the PDF's 2 pages
    assert pdf_hit["label"] == "invoice.pdf, attached to 'Q3 costs', 12 May 2025, page 2"
    assert {key: pdf_hit["locator"][key] for key in ("attachment", "page")} == {"attachment": "invoice.pdf", "page": 2}
    assert pdf_hit["locator"]["message_id"].endswith("@example.com>")


def test_headers_sent_as_raw_8_bit_bytes_are_read(tmp_path):
    raw = raw_message("utf-8", b"Corps du message.", subject="Réunion à Genève".encode())
    raw = raw.replace(b"From: Ann <ann@example.com>", "From: Zoë Brandt <zoe@example.com>".encode())
    page = read_eml(tmp_path / "m.eml", raw)[0]
    assert "Subject: Réunion à Genève" in page.text and page.label == "'Réunion à Genève' from Zoë Brandt, 12 May 2025"
