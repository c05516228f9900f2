"""Near-duplicate documents (a page and its own source markup, two versions of a contract).

Text is compared as normalised words: lower-case runs of letters and digits, with the
reStructuredText and AsciiDoc markup that a rendered page does not show taken out, so
`:func:`~os.path.join`` and "join()" read the same. A document's word n-grams (shingles) are
hashed to 64 bits; a MinHash sketch of them finds candidate twins among the indexed documents,
and the exact shingle containment of the new document in a candidate decides (>= 0.5).

Then, chunk by chunk, a chunk whose every shingle (within a line: wrapped source lines are
one paragraph on the page) is in the twin says nothing the twin does not: it is neither
embedded nor stored. One changed, added or removed word makes a new shingle, so a chunk
with anything new in it is kept: a near-duplicate never loses unique content.
"""
from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
# A new document is a near-duplicate of a twin when this share of its shingles is in the twin.
# Measured on the Python 3.11 manual (python3.11-doc, 496 pages with a _sources/*.rst.txt): a source's
# shingles in its own page, percentiles 5/10/25/50: 0.64/0.74/0.82/0.88 (488 of 496 pairs >= 0.5);
# in the best other candidate page: 0 for 99% of sources, >= 0.5 for 3 (pages that include others).
DOCUMENT_CONTAINMENT = 0.5
SKETCH_BLOCK = 16384
MAX_CHARS = 8_000_000  # a longer text is not compared (its repeated chunks are still embedded once)
CANDIDATE_SHARED = 4  # sketch minima a candidate must share (about Jaccard 0.06) to be checked
MAX_CANDIDATES = 3

_TARGET = re.compile(r"\s*<[^<>`\n]*>(?=`)")  # `title <target>`_ shows only the title
_ROLE = re.compile(r":(?:[\w+-]+:)?([\w.+-]+):`(?:~[\w.]*\.)?")  # :func:`~os.path.join` -> `join`
_SHOWN_ROLES = {"rfc": "rfc ", "pep": "pep ", "issue": "bpo ", "gh": "gh "}  # the page shows "RFC 1808"
_DIRECTIVE = re.compile(r"(^\s*|\| )\.\. ([\w:.+-]+)::", re.MULTILINE)  # .. versionadded:: 3.2, in tables too
# A chunk may begin just after a directive's "..": then its name is the chunk's first word.
_CUT_DIRECTIVE = re.compile(r"\A(\s*)((?:\w+:)?(?:function|method|class|attribute|data|exception|module|member"
                            r"|macro|type|var|envvar|opcode|option|cmdoption|decorator|classmethod|staticmethod"
                            r"|describe|versionadded|versionchanged|deprecated|note|warning|seealso))::")
# Never shown on the page: link targets (.. _label:), index entries (.. index:: and its lines), a code
# block's language, and directive options that only steer the build.
_UNSHOWN = re.compile(r"^[ \t]*\.\. _.*$|^([ \t]*)\.\. index::.*(?:\n\1[ \t]+\S.*)*|#\s*doctest:.*$"
                      r"|^[ \t]*\.\. (?:code-block|sourcecode|highlight|code|audit-event|moduleauthor|sectionauthor"
                      r"|codeauthor)::.*$"
                      r"|^[ \t]+:(?:noindex|no-index|options|maxdepth|hidden|numbered|titlesonly"
                      r"|glob|linenos|emphasize-lines|lineno-start|dedent|force):.*$", re.MULTILINE)
# AsciiDoc (git's manual): linkgit:git-add[1] shows as git-add(1); anchors ([[name]]), block styles
# ([verse]), include:: lines and {attribute} references are not shown as written.
_ASCIIDOC = re.compile(r"\blinkgit:|^\[\[[^\]\n]*\]\][ \t]*$|^\[(?=[^\]\n]*[a-zA-Z])[\w ,=\"'-]*\][ \t]*$|^include::.*$"
                       r"|\{(?:asterisk|litdd|caret|tilde|plus|startsb|endsb|backtick|sp|nbsp|empty|apostrophe|quot|vbar"
                       r"|amp|lt|gt|backslash|two-colons|two-semicolons|cpp)\}",
                       re.MULTILINE)
_SEGMENT = re.compile(r"[\n|]")  # lines, and the cells of a text table
_WORD_OR_SEGMENT_END = re.compile(r"[^\W_]+|[\n|]")
# Cheap tests before the costly patterns (most text has none of this markup); each is implied by its pattern.
_RST_DIRECTIVE = re.compile(r"^[ \t]*\.\. |\| \.\. ", re.MULTILINE)
_ASCIIDOC_LINE = re.compile(r"^(?:\[|include::)", re.MULTILINE)
_SHOWN_DIRECTIVES = {"versionadded": "new in version", "versionchanged": "changed in version",
                     "deprecated": "deprecated since version", "seealso": "see also", "note": "note",
                     "warning": "warning", "important": "important", "tip": "tip"}
_WORD = re.compile(r"[^\W_]+")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_SEEDS = np.random.default_rng(20261201).integers(1, 2 ** 63, size=(2, SKETCH_SIZE), dtype=np.uint64) | np.uint64(1)


def _plain(text: str) -> str:
    """reStructuredText and AsciiDoc markup as the rendered page shows it (other text passes unchanged)."""
    if "`" in text:
        if ">`" in text:
            text = _TARGET.sub("", text)
        text = _ROLE.sub(lambda m: "`" + _SHOWN_ROLES.get(m.group(1), ""), text)
    if "linkgit:" in text or "{" in text or ("[" in text and _ASCIIDOC_LINE.search(text)):
        text = _ASCIIDOC.sub("", text)
    if "doctest:" in text or (".. " in text and _RST_DIRECTIVE.search(text)):
        text = _DIRECTIVE.sub(_shown_directive, _UNSHOWN.sub("", text))
    return _CUT_DIRECTIVE.sub(_shown_directive, text) if "::" in text[:80] else text


def _shown_directive(match: re.Match) -> str:
    return match.group(1) + _SHOWN_DIRECTIVES.get(match.group(2), "")


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(_plain(text).lower())


def _word_ids(words: list[str]) -> np.ndarray:
    """A stable 32-bit id per word (CRC-32: sketches are stored, so no per-process hash()).

    Each distinct word is hashed once: a document repeats most of its words many times.
    """
    ids = {word: zlib.crc32(word.encode("utf-8")) for word in set(words)}
    return np.fromiter(map(ids.__getitem__, words), dtype=np.uint64, count=len(words))


def _hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """64-bit hashes of every n-word run of the word ids (n <= len(ids))."""
    hashes = np.full(len(ids) - n + 1, n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(n):
            hashes = hashes * _MULTIPLIER + ids[j:len(ids) - n + 1 + j]
    return hashes


def shingles(text: str, n: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique hashes of the text's n-word runs: what a document is compared by."""
    words = normalised_words(text)
    return np.unique(_hashes(_word_ids(words), n)) if len(words) >= n else np.zeros(0, dtype=np.uint64)


def covering_shingles(text: str) -> np.ndarray:
    """Every run of 1..SHINGLE_WORDS words: the twin side of a chunk check."""
    ids = _word_ids(normalised_words(text))
    parts = [_hashes(ids, n) for n in range(1, SHINGLE_WORDS + 1) if len(ids) >= n]
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)


def line_shingles(text: str) -> np.ndarray:
    """A chunk's runs of SHINGLE_WORDS words within each line or table cell (a shorter one as one run).

    Within lines, because wrapped source lines are one paragraph on the rendered page, and a
    row of a text table holds a line of each of its cells.
    """
    lines = [words for words in map(_WORD.findall, _SEGMENT.split(_plain(text).lower())) if words]
    ids = _word_ids([word for words in lines for word in words])
    parts, start = [], 0
    for words in lines:
        parts.append(_hashes(ids[start:start + len(words)], min(SHINGLE_WORDS, len(words))))
        start += len(words)
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)


def sketch(hashes: np.ndarray) -> np.ndarray:
    """MinHash: for each of SKETCH_SIZE hash functions, the least hash of the shingles."""
    least = np.full(SKETCH_SIZE, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(hashes), SKETCH_BLOCK):  # in blocks: a big file needs no big matrix
        with np.errstate(over="ignore"):
            mixed = hashes[start:start + SKETCH_BLOCK, None] * _SEEDS[0][None, :] + _SEEDS[1][None, :]
        mixed ^= mixed >> np.uint64(29)
        least = np.minimum(least, mixed.min(axis=0))
    return least


def containment(part: np.ndarray, whole: np.ndarray) -> float:
    """Share of `part`'s shingles that are in `whole` (both sorted unique)."""
    if not len(part):
        return 1.0
    return float(np.isin(part, whole, assume_unique=True).mean())


def contained_chunks(chunk_texts: list[str], twin_covering: np.ndarray) -> list[bool]:
    """For each chunk: True when every one of its line shingles is in the twin (nothing new in it).

    The same as containment(line_shingles(text), twin_covering) == 1.0 for each text, computed for
    all chunks at once: a document has thousands of short lines, too many for one numpy call each.
    """
    words, line_of_word, chunk_of_word = _words_by_line(chunk_texts)
    if not words:
        return [True] * len(chunk_texts)
    ids = _word_ids(words)
    hashes, owners = _line_shingle_hashes(ids, np.asarray(line_of_word), np.asarray(chunk_of_word))
    missing = ~_in_sorted(hashes, twin_covering)
    return (np.bincount(owners[missing], minlength=len(chunk_texts)) == 0).tolist()


def _words_by_line(texts: list[str]) -> tuple[list[str], list[int], list[int]]:
    """Every word of the texts, with the number of its line (unique across texts) and of its text."""
    words: list[str] = []
    lines: list[int] = []
    owners: list[int] = []
    line = 0
    for owner, text in enumerate(texts):
        for token in _WORD_OR_SEGMENT_END.findall(_plain(text).lower()):
            if token == "\n" or token == "|":
                line += 1
            else:
                words.append(token)
                lines.append(line)
                owners.append(owner)
        line += 1
    return words, lines, owners


def _line_shingle_hashes(ids: np.ndarray, lines: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """line_shingles' hashes for words grouped in lines, and the owner of each hash."""
    starts = np.flatnonzero(np.r_[True, lines[1:] != lines[:-1]])
    lengths = np.diff(np.r_[starts, len(lines)])
    hashes, owned = [], []
    if len(ids) >= SHINGLE_WORDS:  # full-length runs that stay within one line
        within = np.flatnonzero(lines[:len(lines) - SHINGLE_WORDS + 1] == lines[SHINGLE_WORDS - 1:])
        hashes.append(_hashes(ids, SHINGLE_WORDS)[within])
        owned.append(owners[within])
    for n in range(1, SHINGLE_WORDS):  # a shorter line is one run of all its words
        short = starts[lengths == n]
        if len(short):
            hashes.append(_hashes(ids, n)[short])
            owned.append(owners[short])
    return np.concatenate(hashes), np.concatenate(owned)


def _in_sorted(values: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """For each value, whether it is in the sorted array (searchsorted: no sort of either side)."""
    if not len(sorted_unique):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_unique, values), len(sorted_unique) - 1)
    return sorted_unique[at] == values


class Sketches:
    """The sketches of the documents that can be twins, in one matrix (512 bytes a document)."""

    def __init__(self):
        self.keys: list = []
        self._matrix = np.zeros((0, SKETCH_SIZE), dtype=np.uint64)

    def add(self, key, signature: np.ndarray) -> None:
        if len(self.keys) == len(self._matrix):  # grow by doubling: appending stays cheap
            grown = np.zeros((max(64, 2 * len(self._matrix)), SKETCH_SIZE), dtype=np.uint64)
            grown[:len(self.keys)] = self._matrix
            self._matrix = grown
        self._matrix[len(self.keys)] = signature
        self.keys.append(key)

    def candidates(self, signature: np.ndarray) -> list:
        """Keys sharing at least CANDIDATE_SHARED minima, most shared first (one comparison per sketch)."""
        shared = (self._matrix[:len(self.keys)] == signature).sum(axis=1)
        found = np.flatnonzero(shared >= CANDIDATE_SHARED)
        best = found[np.argsort(-shared[found], kind="stable")]
        return list(dict.fromkeys(self.keys[i] for i in best))[:MAX_CANDIDATES]


def sketch_bytes(signature: np.ndarray) -> bytes:
    return np.ascontiguousarray(signature, dtype="<u8").tobytes()


def sketch_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)


class _KnownText:
    """A possible twin's text, with its shingles and covering runs once computed (a twin is often met again)."""

    def __init__(self, text: str, own_shingles: np.ndarray | None = None):
        self.text = text
        self._shingles: np.ndarray | None = own_shingles
        self._covering: np.ndarray | None = None

    @property
    def shingles(self) -> np.ndarray:
        if self._shingles is None:
            self._shingles = shingles(self.text)
        return self._shingles

    @property
    def covering(self) -> np.ndarray:
        if self._covering is None:
            self._covering = covering_shingles(self.text)
        return self._covering


@dataclass
class Match:
    twin: str | None  # the path of the document this one nearly duplicates
    twin_hash: str | None = None  # the twin's content hash when it was compared (it must not change)
    contained: list[bool] = field(default_factory=list)  # per chunk: nothing in it that the twin lacks
    sketch: bytes | None = None  # None for a text too short or too long to compare
    share: float = 0.0  # the document's shingles found in the twin


class TwinFinder:
    """The near-duplicate check of one run: indexed documents, and those read earlier in the run."""

    def __init__(self, candidates: list[dict], load_text, recent: int = 64):
        """candidates: rows with path, sketch and content_hash; load_text(path): (content_hash, text)."""
        self.sketches = Sketches()
        self._digests: dict[str, str] = {}  # path -> the content hash of the version its sketch and text are of
        for row in candidates:
            self.sketches.add(row["path"], sketch_from_bytes(row["sketch"]))
            self._digests[row["path"]] = row["content_hash"]
        self._load_text, self._keep = load_text, recent
        self._recent: OrderedDict[str, _KnownText] = OrderedDict()  # path -> text met in this run, newest last
        self._last_own: tuple[str, np.ndarray] | None = None  # the last matched document's shingles

    def match(self, path: str, text: str, chunk_texts: list[str]) -> Match:
        own = shingles(text) if len(text) <= MAX_CHARS else np.zeros(0, dtype=np.uint64)
        if not len(own):
            return Match(None, contained=[False] * len(chunk_texts))
        self._last_own = (path, own)
        signature = sketch(own)
        best: str | None = None
        best_twin, best_share = None, 0.0
        for key in self.sketches.candidates(signature):
            twin = self._known(key) if key != path else None
            if twin is None:
                continue
            share = containment(own, twin.shingles)
            if share >= DOCUMENT_CONTAINMENT and share > best_share:
                best, best_twin, best_share = key, twin, share
        contained = contained_chunks(chunk_texts, best_twin.covering) if best_twin is not None else []
        if best is None or not any(contained):  # nothing to leave to a twin: stored whole, and a twin for later files
            return Match(None, contained=[False] * len(chunk_texts), sketch=sketch_bytes(signature), share=best_share)
        return Match(best, twin_hash=self._digests[best], contained=contained, sketch=sketch_bytes(signature),
                     share=best_share)

    def remember(self, path: str, digest: str, signature: bytes, text: str) -> None:
        """A document to be stored whole in this run: later files may be its near-duplicates."""
        self.sketches.add(path, sketch_from_bytes(signature))
        self._digests[path] = digest
        own = self._last_own[1] if self._last_own is not None and self._last_own[0] == path else None
        self._keep_known(path, _KnownText(text, own))

    def _keep_known(self, path: str, known: _KnownText) -> None:
        self._recent[path] = known
        while len(self._recent) > self._keep:
            self._recent.popitem(last=False)

    def _known(self, path: str) -> _KnownText | None:
        """The twin's text, of the version its sketch is of (None if the stored one is another)."""
        if path in self._recent:
            self._recent.move_to_end(path)
            return self._recent[path]
        stored = self._load_text(path)
        if stored is None or stored[0] != self._digests.get(path):
            return None
        known = _KnownText(stored[1])
        self._keep_known(path, known)
        return known
