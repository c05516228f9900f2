"""E-mail (.eml, .mbox): one message a page, attachments read by their own readers as the message's children.

The stdlib email package (policy.default) decodes RFC 2047 headers, quoted-printable and base64, and
charsets; a part whose charset is unknown or wrongly declared is decoded with replacement, never a crash.
An .mbox is split at its From_ lines inside the bytes already loaded and parsed one message at a time,
so memory holds the file, one parsed message and the text read so far.

A message's page starts with its From / To / Cc / Date / Subject lines, then the body (text/plain, else
the text of text/html). Each attachment is read by the reader of its kind, and each of its pages becomes
a page after the message ("invoice.pdf, attached to 'Q3 costs', 12 May 2025, page 2"); an attachment
that cannot be read is named in the message's text with the reason. Forwarded messages (message/rfc822
parts, attached .eml files) are read as messages, up to MAX_NESTING deep. Outlook .msg files
(readers/outlook.py) are turned into the same MailMessage and paged here.

In an .mbox, a reply's quoted block ("> ...") whose lines all appear in an earlier message of the same
mailbox is left out (a search then lands on the original, not on every reply that quotes it); a quote
of anything not in the mailbox is kept, as is all quoted text of a single .eml or .msg (often the only copy).
"""
from __future__ import annotations

import contextlib
import contextvars
import io
import logging
import mimetypes
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr, parsedate_to_datetime
from pathlib import Path

from assistant.readers.html import html_to_text
from assistant.readers.pages import Page, UnreadableFile

log = logging.getLogger(__name__)
MAX_NESTING = 5  # messages attached to messages attached to ...; deeper ones are named, not read
MAX_PART_DEPTH = 40  # multiparts inside multiparts; real mail nests a handful
LABEL_SUBJECT_CHARS = 80
ZIP_KINDS = {"docx", "pptx", "xlsx", "odt", "ods", "odp", "epub"}
ZIP_MAX_UNPACKED = 512 * 1048576  # an attachment that unpacks to more is a bomb, not a document
ZIP_MAX_RATIO = 200
ASCII_OR_WESTERN = {"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "iso-8859-15", "windows-1252",
                    "cp1252"}
# A From_ line: "From sender date" where the date carries a time of day ("From - Mon May 12 10:03:00 2025").
_FROM_LINE = re.compile(rb"^From \S+ [^\r\n]*\d:\d\d", re.MULTILINE)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)  # mboxrd: ">From " in a body stands for "From "
_QUOTED = re.compile(r"^[ \t]*>")
_MAGIC = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (or an Office file)"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Outlook .msg or old Office file"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"))
_ENVELOPE_HEADERS = ("from", "to", "cc", "subject", "date", "message-id", "received", "mime-version",
                     "return-path", "delivered-to", "sender", "reply-to")
_AS_WRITTEN = {"from", "to", "cc", "date", "message-id"}
_nesting = contextvars.ContextVar("mail_nesting", default=0)


@dataclass
class Attachment:
    """A file attached to a message: its bytes on demand (a big file of a kind no reader reads is never
    decoded), or a forwarded message to read as a message (parsed only when its depth allows), or the
    reason it is not read."""

    name: str
    load: Callable[[], bytes] | None = None
    open_message: Callable[[], MailMessage] | None = None
    problem: str | None = None


@dataclass
class MailMessage:
    sender: str = ""  # as written: "Ann Lee <ann@example.com>"
    to: str = ""
    cc: str = ""
    date: datetime | None = None
    date_text: str = ""  # the Date header as written (shown when it cannot be parsed)
    subject: str = ""
    message_id: str | None = None
    body: str = ""
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def sender_name(self) -> str:
        name, address = parseaddr(self.sender)
        return name or address or self.sender

    def label(self) -> str:
        """How a person cites it: "'Q3 costs' from Ann Lee, 12 May 2025"."""
        subject = self.subject or "(no subject)"
        if len(subject) > LABEL_SUBJECT_CHARS:
            subject = subject[:LABEL_SUBJECT_CHARS - 1] + "…"
        words = f"'{subject}'"
        if self.sender_name:
            words += f" from {self.sender_name}"
        return words + (f", {short_date(self.date)}" if self.date else "")

    def locator(self) -> dict:
        found = {"message_id": self.message_id, "subject": self.subject or None,
                 "date": self.date.isoformat() if self.date else None}
        return {key: value for key, value in found.items() if value}

    def headers_text(self) -> str:
        date = format_datetime(self.date) if self.date else self.date_text
        lines = [("From", self.sender), ("To", self.to), ("Cc", self.cc), ("Date", date), ("Subject", self.subject)]
        names = [attachment.name for attachment in self.attachments]
        if names:
            lines.append(("Attachments", ", ".join(names)))
        return "\n".join(f"{name}: {value}" for name, value in lines if value or name in ("From", "Subject"))


def short_date(date: datetime) -> str:
    return f"{date.day} {date:%B %Y}"


# -- readers -------------------------------------------------------------------------------------------

def read_eml(path: Path, data: bytes) -> list[Page]:
    pager = Pager()
    pager.add_message(parse_message(path, data))
    return pager.pages


def read_mbox(path: Path, data: bytes) -> list[Page]:
    pager = Pager(skip_known_quotes=True)
    found = False
    for number, raw in enumerate(mbox_messages(path, data), start=1):
        found = True
        try:
            message = parse_message(path, raw, strict=False)
        except UnreadableFile as exc:
            pager.add_text(f"Message {number} of this mailbox could not be read: {exc.reason}",
                           f"Message {number} of this mailbox", None)
            continue
        pager.add_message(message)
    if not found:
        raise UnreadableFile(path, "empty mailbox")
    return pager.pages


def mbox_messages(path: Path, data: bytes) -> Iterator[bytes]:
    """The raw bytes of each message of an mbox, in file order, without the From_ line."""
    starts = [match.start() for match in _FROM_LINE.finditer(data)]
    head = data[:starts[0]] if starts else data
    if head.strip():
        if _malformed_from_line(head.lstrip()):  # it still opens the first message
            starts.insert(0, len(head) - len(head.lstrip()))
        elif starts:
            raise UnreadableFile(path, "not a mailbox: it does not start with a 'From ' line")
        else:
            yield _checked_as_single_message(path, data)
            return
    for first, end in zip(starts, starts[1:] + [len(data)]):
        line_end = data.find(b"\n", first, end)
        body = data[line_end + 1:end] if line_end >= 0 else b""
        if body.strip():
            yield _ESCAPED_FROM.sub(rb"\1", body)


def _malformed_from_line(head: bytes) -> bool:
    """A first line that starts like a From_ line ("From", "From sender" without a date), not a From: header."""
    first = head.split(b"\n", 1)[0].rstrip()
    return first.startswith(b"From") and not first.startswith(b"From:") and b":" not in first[:6]


def _checked_as_single_message(path: Path, data: bytes) -> bytes:
    """An .mbox without From_ lines that is one plain message (an .eml saved as .mbox) is read as one."""
    message = parse_message(path, data, strict=False)  # raises for a PDF, a ZIP...
    if not message.sender and not message.subject:
        raise UnreadableFile(path, "not a mailbox: it does not start with a 'From ' line")
    return data


def parse_message(path: Path, data: bytes, strict: bool = True) -> MailMessage:
    """The message's headers, body and attachments; UnreadableFile when the bytes are not a message."""
    _refuse_other_formats(path, data)
    try:
        parsed = BytesParser(policy=policy.default).parsebytes(data)
    except RecursionError:
        raise UnreadableFile(path, "message parts nested too deeply to read (hostile?)") from None
    if strict and not any(name.lower() in _ENVELOPE_HEADERS for name, _ in parsed.raw_items()):
        raise UnreadableFile(path, "not an e-mail message (no From, To, Subject or Date header)")
    return message_of(parsed)


def _refuse_other_formats(path: Path, data: bytes) -> None:
    head = data[:16].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnreadableFile(path, f"not an e-mail message: it is {what}")


# -- from the email package's message to a MailMessage ---------------------------------------------------

def message_of(parsed: Message) -> MailMessage:
    message = MailMessage(sender=header(parsed, "From"), to=header(parsed, "To"), cc=header(parsed, "Cc"),
                          subject=header(parsed, "Subject"), date_text=header(parsed, "Date"),
                          message_id=header(parsed, "Message-ID") or None)
    message.date = _date(message.date_text)
    body, leaves = _body_and_leaves(parsed)
    texts = [_body_text(body, body.get_content_subtype())] if body is not None else []
    for leaf in leaves:
        if leaf.part is body:
            continue
        if leaf.depth > MAX_PART_DEPTH:
            message.attachments.append(Attachment("(nested parts)", problem=f"parts nested more than "
                                                                             f"{MAX_PART_DEPTH} deep; not read"))
            break
        extra = _extra_body_text(leaf, has_body=body is not None)
        if extra is not None:
            texts.append(extra)
        elif not leaf.inline_image:
            message.attachments.append(_attachment(leaf, len(message.attachments) + 1))
    message.body = "\n\n".join(text.strip() for text in texts if text.strip())
    return message


def header(parsed: Message, name: str) -> str:
    """A header's decoded value on one line; "" when absent.

    Addresses, dates and ids are taken as written with their RFC 2047 words decoded (parsing address
    lists into objects is most of policy.default's time, and only their text is shown); a header that
    policy.default chokes on is decoded the same way instead of failing the message.
    """
    if name.lower() in _AS_WRITTEN:
        value = _raw_header(parsed, name)
    else:
        try:
            value = parsed.get(name)
        except Exception:  # the strict header parser raises on a few malformed values
            value = _raw_header(parsed, name)
    return " ".join(str(value).split()) if value is not None else ""


def _raw_header(parsed: Message, name: str) -> str | None:
    for key, value in parsed.raw_items():
        if key.lower() == name.lower():
            value = _eight_bit_decoded(str(value))
            try:
                return str(make_header(decode_header(value)))
            except Exception:  # undecodable encoded words: show them as written
                return value
    return None


def _eight_bit_decoded(value: str) -> str:
    """A header sent as raw 8-bit bytes (the parser keeps them as surrogates) read as UTF-8 or Windows-1252."""
    if value.isascii():
        return value
    try:
        return utf8_else_western(value.encode("ascii", "surrogateescape"))
    except UnicodeEncodeError:
        return value


def _date(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text) if text else None
    except (TypeError, ValueError, IndexError):
        return None


def _body_and_leaves(parsed: Message) -> tuple[Message | None, Iterable[_Leaf]]:
    """The part that is the message's text (plain text preferred), and every part that is not a container."""
    if not parsed.is_multipart():  # most mail: one part, its headers parsed once
        leaf = _Leaf(parsed, 0)
        is_text = leaf.content_type in ("text/plain", "text/html") and leaf.disposition != "attachment"
        return (parsed if is_text and not leaf.filename else None), [leaf]
    body = None
    if isinstance(parsed, EmailMessage):
        try:
            body = parsed.get_body(preferencelist=("plain", "html"))
        except Exception:  # a malformed structure: the parts are still walked
            pass
    return body, _leaf_parts(parsed, 0)


def _body_text(part: Message, subtype: str) -> str:
    text = decoded_text(part)
    return html_to_text(text, main_content=False) if subtype == "html" else text


@dataclass
class _Leaf:
    """A part that is not a container, with its headers parsed once (policy.default parses on each access)."""

    part: Message
    depth: int
    content_type: str = ""
    disposition: str | None = None
    filename: str = ""

    def __post_init__(self):
        self.content_type = self.part.get_content_type()
        self.disposition = self.part.get_content_disposition()
        self.filename = _filename(self.part)

    @property
    def inline_image(self) -> bool:
        if not self.content_type.startswith("image/") or self.disposition == "attachment":
            return False
        return self.disposition == "inline" or self.part.get("Content-ID") is not None


def _extra_body_text(leaf: _Leaf, has_body: bool) -> str | None:
    """The text of a text part that is not a file (a second text/plain part, a list's footer); None when
    the part is an attachment or the HTML twin of the body."""
    if leaf.filename or leaf.disposition == "attachment" or not leaf.content_type.startswith("text/"):
        return None
    if leaf.content_type == "text/plain":
        return decoded_text(leaf.part)
    if leaf.content_type == "text/html":
        return "" if has_body else _body_text(leaf.part, "html")
    return None


def _leaf_parts(part: Message, depth: int) -> Iterator[_Leaf]:
    """Every part that is not a container, in order; a forwarded message counts as one leaf."""
    if part.is_multipart() and part.get_content_maintype() == "multipart" and depth <= MAX_PART_DEPTH:
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _leaf_parts(sub, depth + 1)
    else:
        yield _Leaf(part, depth)


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    return name.replace("\\", "/").split("/")[-1].strip()


def _attachment(leaf: _Leaf, position: int) -> Attachment:
    part = leaf.part
    if leaf.content_type == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if isinstance(inner, Message):
            forwarded = inner
            name = leaf.filename or f"{header(inner, 'Subject') or 'message'}.eml"
            return Attachment(name, open_message=lambda: message_of(forwarded))
    name = leaf.filename or f"attachment {position}{mimetypes.guess_extension(leaf.content_type) or ''}"
    return Attachment(name, load=lambda: _payload_bytes(part))


def _payload_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def decoded_text(part: Message) -> str:
    """The part's text: its declared charset, except that UTF-8 declared as ASCII or Latin-1 (common) is
    read as UTF-8, and an unknown charset as UTF-8 or Windows-1252, with replacement."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = (part.get_content_charset() or "us-ascii").lower()
    if payload.isascii():
        return payload.decode("ascii")
    if charset in ASCII_OR_WESTERN:
        return utf8_else_western(payload)
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return utf8_else_western(payload)


def utf8_else_western(payload: bytes) -> str:
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


# -- pages -----------------------------------------------------------------------------------------------

class Pager:
    """Numbers the pages of one file: each message, then its attachments' pages, then the next message."""

    def __init__(self, skip_known_quotes: bool = False):
        self.pages: list[Page] = []
        self.skip_known_quotes = skip_known_quotes
        self._known_lines: set[int] = set()  # hashes of the lines of the messages read so far

    def add_text(self, text: str, label: str | None, locator: dict | None) -> None:
        self.pages.append(Page(len(self.pages) + 1, text, label, locator))

    def add_message(self, message: MailMessage, attached_to: MailMessage | None = None,
                    attachment_name: str | None = None) -> None:
        body = self._without_known_quotes(message.body) if self.skip_known_quotes else message.body
        position = len(self.pages)
        self.add_text("", None, None)  # its place: the message comes before its attachments' pages
        problems = [self._add_attachment(message, attachment) for attachment in message.attachments]
        notes = "\n".join(f"[attachment {attachment.name} could not be read: {problem}]"
                          for attachment, problem in zip(message.attachments, problems) if problem)
        text = "\n\n".join(part for part in (message.headers_text(), body, notes) if part)
        label, locator = message.label(), message.locator()
        if attached_to is not None:
            label += f", attached to '{attached_to.subject or '(no subject)'}'"
            locator = {**locator, "attachment": attachment_name}
            locator.setdefault("message_id", attached_to.message_id)
        self.pages[position] = Page(position + 1, text, label, {k: v for k, v in locator.items() if v})
        if self.skip_known_quotes:
            self._remember(message.body)

    def _add_attachment(self, message: MailMessage, attachment: Attachment) -> str | None:
        """Add the attachment's pages; the reason it could not be read, or None."""
        if attachment.problem:
            return attachment.problem
        if attachment.open_message is not None:
            return self._add_forwarded(message, attachment, attachment.open_message)
        try:
            pages = _attachment_pages(attachment)
        except UnreadableFile as exc:
            return exc.reason
        except MemoryError:
            return "needs more memory than the reader allows (a decompression bomb?)"
        except Exception as exc:  # a library choking on one attachment must not lose the message
            return f"{type(exc).__name__}: {exc}"
        if isinstance(pages, MailMessage):
            forwarded = pages
            return self._add_forwarded(message, attachment, lambda: forwarded)
        where = f"{attachment.name}, attached to '{message.subject or '(no subject)'}'"
        where += f", {short_date(message.date)}" if message.date else ""
        for page in pages:
            inner = page.locator or {"page": page.number}
            locator = {"message_id": message.message_id, "attachment": attachment.name, **inner}
            self.add_text(page.text, f"{where}, {page.label or f'page {page.number}'}",
                          {key: value for key, value in locator.items() if value})
        return None

    def _add_forwarded(self, message: MailMessage, attachment: Attachment,
                       open_message: Callable[[], MailMessage]) -> str | None:
        if _nesting.get() >= MAX_NESTING:
            return f"messages nested more than {MAX_NESTING} deep; not read"
        with _one_level_deeper():
            self.add_message(open_message(), attached_to=message, attachment_name=attachment.name)
        return None

    def _without_known_quotes(self, body: str) -> str:
        kept, block = [], []
        for line in body.splitlines() + [""]:
            if _QUOTED.match(line):
                block.append(line)
                continue
            if block:
                kept.extend(self._quote_or_mark(block))
                block = []
            kept.append(line)
        return "\n".join(kept[:-1])

    def _quote_or_mark(self, block: list[str]) -> list[str]:
        lines = [_line_key(line.lstrip(" \t>")) for line in block]
        lines = [key for key in lines if key is not None]
        if lines and all(key in self._known_lines for key in lines):
            return ["[quoted text from an earlier message of this mailbox left out]"]
        return block

    def _remember(self, body: str) -> None:
        for line in body.splitlines():
            key = _line_key(line.lstrip(" \t>"))
            if key is not None:
                self._known_lines.add(key)


def _line_key(line: str) -> int | None:
    words = " ".join(line.split())
    return hash(words) if words else None


@contextlib.contextmanager
def _one_level_deeper():
    token = _nesting.set(_nesting.get() + 1)
    try:
        yield
    finally:
        _nesting.reset(token)


def _attachment_pages(attachment: Attachment) -> list[Page] | MailMessage:
    """The pages of an attachment read by its kind's reader (an .eml comes back as a message)."""
    from assistant.readers import kind_of, parse_document  # the registry imports this module

    path = Path(attachment.name)
    kind = kind_of(path)
    if kind is None:
        raise UnreadableFile(path, f"unsupported file type '{path.suffix or 'no extension'}'")
    data = attachment.load() if attachment.load is not None else b""
    if not data:
        raise UnreadableFile(path, "empty file")
    if kind == "eml":
        return parse_message(path, data)
    if kind in ZIP_KINDS:
        _refuse_zip_bomb(path, data)
    if kind in ("mbox", "msg"):
        with _one_level_deeper():
            if _nesting.get() > MAX_NESTING:
                raise UnreadableFile(path, f"messages nested more than {MAX_NESTING} deep; not read")
            return parse_document(path, data).pages
    return parse_document(path, data).pages


def _refuse_zip_bomb(path: Path, data: bytes) -> None:
    """An Office or e-book file that unpacks to far more than it weighs is refused before it is opened:
    reading it would take the whole message's time and memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip after all: its reader gives the reason
    if unpacked > ZIP_MAX_UNPACKED or (unpacked > 50 * 1048576 and unpacked > ZIP_MAX_RATIO * len(data)):
        raise UnreadableFile(path, f"unpacks to {unpacked / 1048576:,.0f} MB from {len(data) / 1024:,.0f} KB "
                                   "(a decompression bomb?); not read")
