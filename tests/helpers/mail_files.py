"""Real e-mail files for tests: messages built with the stdlib email package, written as .eml files or
into an .mbox with the stdlib mailbox module (which writes the From_ lines and escapes "From " in bodies)."""
from __future__ import annotations

import hashlib
import mailbox
import mimetypes
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime
from pathlib import Path

from tests.helpers.documents import make_pdf

WHEN = datetime(2025, 5, 12, 10, 3, tzinfo=timezone(timedelta(hours=1)))


def make_message(subject: str, body: str | None, sender: str = "Ann Lee <ann@example.com>",
                 to: str = "Bob Stone <bob@example.com>", cc: str | None = None, date: datetime = WHEN,
                 message_id: str | None = None, html: str | None = None, charset: str = "utf-8",
                 cte: str | None = None) -> EmailMessage:
    """A message with a text/plain body (and an HTML alternative when `html` is given)."""
    message = EmailMessage(policy=policy.default)
    message["From"], message["To"], message["Subject"] = sender, to, subject
    if cc:
        message["Cc"] = cc
    message["Date"] = format_datetime(date)
    digest = hashlib.sha1(f"{subject}\n{body}".encode()).hexdigest()[:12]  # the same id in every run
    message["Message-ID"] = message_id or f"<{digest}@example.com>"
    if body is not None:
        message.set_content(body, charset=charset, cte=cte)
    if html is not None:
        if body is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return message


def attach(message: Message, filename: str, data: bytes, mimetype: str | None = None,
           inline: bool = False) -> Message:
    """Attach a file (base64, as mail programs send it); inline=True marks it as a picture in the body."""
    assert isinstance(message, MIMEPart)
    maintype, subtype = (mimetype or mimetypes.guess_type(filename)[0] or "application/octet-stream").split("/")
    if inline:
        message.add_related(data, maintype=maintype, subtype=subtype, cid="<picture1@example.com>",
                            filename=filename, disposition="inline")
    else:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message


def forward(outer: EmailMessage, inner: EmailMessage) -> EmailMessage:
    """Attach `inner` as a forwarded message (a message/rfc822 part)."""
    outer.add_attachment(inner)
    return outer


def write_eml(path: Path, message: EmailMessage) -> Path:
    path.write_bytes(message.as_bytes(policy=policy.SMTP))
    return path


def write_mbox(path: Path, messages: list[EmailMessage]) -> Path:
    box = mailbox.mbox(str(path), create=True)
    try:
        box.lock()
        for message in messages:
            box.add(message)
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path


def invoice_pdf(path: Path, pages: list[str] | None = None) -> bytes:
    """A real PDF (fpdf2) to attach."""
    make_pdf(path, pages or ["Invoice 2025-117 for the harbour crane inspection.",
                             "Payment terms: the balance is due within thirty days of the tide report."])
    return path.read_bytes()


def eml_with_pdf(path: Path, scratch: Path) -> Path:
    """'Q3 costs' from Ann Lee, with a two-page invoice.pdf attached."""
    message = make_message("Q3 costs", "Hello Bob,\n\nThe quarterly costs for the lighthouse restoration rose "
                                       "by four percent.\n\nAnn\n")
    attach(message, "invoice.pdf", invoice_pdf(scratch / "invoice.pdf"))
    return write_eml(path, message)


def mbox_of(path: Path, count: int = 20, topic_of=None) -> Path:
    """An .mbox of `count` messages, a day apart, each about its own topic."""
    messages = []
    for number in range(1, count + 1):
        topic = topic_of(number) if topic_of else f"topic {number}"
        messages.append(make_message(f"Note {number}: {topic}",
                                     f"Message {number} talks about {topic}.\nFrom now on we keep it short.\n",
                                     date=WHEN + timedelta(days=number),
                                     message_id=f"<note{number}@example.com>"))
    return write_mbox(path, messages)
