"""Outlook messages (.msg): the only module that imports extract-msg.

An .msg is an OLE compound file; extract-msg gives its sender, recipients, date, subject, body and
attachments, which become a mail.MailMessage, paged like an .eml (readers/mail.py): the message,
then each attachment's pages, embedded messages read as messages.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path

from assistant.readers.html import html_to_text
from assistant.readers.mail import Attachment, MailMessage, Pager, utf8_else_western
from assistant.readers.pages import Page, UnreadableFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NOT_OLE = "not an Outlook message (.msg): not an OLE compound file"


def read_msg(path: Path, data: bytes) -> list[Page]:
    if not data.startswith(OLE_MAGIC):  # extract-msg would take other bytes for a file name
        raise UnreadableFile(path, NOT_OLE)
    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # it warns about every odd property
    outlook = _open(path, data)
    try:
        pager = Pager()
        pager.add_message(_message(outlook))
        return pager.pages
    finally:
        _close(outlook)


def _open(path: Path, data: bytes):
    import extract_msg
    from extract_msg.exceptions import ExMsgBaseException

    try:
        return extract_msg.openMsg(io.BytesIO(data), delayAttachments=False)
    except (ExMsgBaseException, OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise UnreadableFile(path, f"damaged Outlook message ({type(exc).__name__}: {exc})") from None


def _close(outlook) -> None:
    try:
        outlook.close()
    except Exception:  # closing a half-read file must not hide what was read
        pass


def _message(outlook) -> MailMessage:
    message = MailMessage(sender=_text(outlook, "sender"), to=_text(outlook, "to"), cc=_text(outlook, "cc"),
                          subject=_text(outlook, "subject"), message_id=_text(outlook, "messageId") or None)
    message.date = _date(outlook)
    message.date_text = "" if message.date else _text(outlook, "date")
    message.body = _body(outlook)
    for attachment in _safe(outlook, "attachments") or []:
        found = _attachment(attachment, len(message.attachments) + 1)
        if found is not None:
            message.attachments.append(found)
    return message


def _safe(outlook, name: str):
    """A property of the message; None when the file cannot give it (extract-msg parses on access)."""
    try:
        return getattr(outlook, name, None)
    except Exception:
        return None


def _text(outlook, name: str) -> str:
    value = _safe(outlook, name)
    return " ".join(str(value).split()) if value else ""


def _date(outlook):
    value = _safe(outlook, "date")
    if hasattr(value, "isoformat"):
        return value
    try:
        return parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _body(outlook) -> str:
    body = _safe(outlook, "body")
    if body and str(body).strip():
        return str(body)
    html = _safe(outlook, "htmlBody")
    if html:
        markup = utf8_else_western(html) if isinstance(html, bytes) else str(html)
        return html_to_text(markup, main_content=False)
    return ""


def _attachment(attachment, position: int) -> Attachment | None:
    name = _name(attachment, position)
    if _safe(attachment, "hidden") or _inline_image(attachment):
        return None
    try:
        data = attachment.data
    except Exception as exc:
        return Attachment(name, problem=f"{type(exc).__name__}: {exc}")
    if isinstance(data, bytes):
        return Attachment(name, load=lambda: data)
    if hasattr(data, "subject") and hasattr(data, "attachments"):  # an embedded message
        embedded = data
        opener: Callable[[], MailMessage] = lambda: _message(embedded)  # noqa: E731
        return Attachment(name if "." in name else f"{name}.msg", open_message=opener)
    return Attachment(name, problem="an attachment of a kind Outlook stores that cannot be read here")


def _name(attachment, position: int) -> str:
    for key in ("longFilename", "shortFilename", "displayName", "name"):
        value = _safe(attachment, key)
        if value and str(value).strip():
            return str(value).replace("\\", "/").split("/")[-1].strip()
    return f"attachment {position}"


def _inline_image(attachment) -> bool:
    mimetype = str(_safe(attachment, "mimetype") or "")
    return mimetype.startswith("image/") and bool(_safe(attachment, "contentId"))
