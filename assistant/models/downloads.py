"""Model downloads from the curated catalogue: only ever started by the user.

Resumable (HTTP Range), verified (SHA-256 from the catalogue, or the hash the server
publishes for the file), and atomic: the model appears under its real name only when
complete and verified; until then it is a `.part` file that the next attempt resumes.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from enum import StrEnum
from http.client import HTTPException
from pathlib import Path

from assistant.errors import DeskmateError
from assistant.models.gguf import read_gguf
from assistant.runtime.resources import resource_path

CHUNK_BYTES = 1 << 20
TIMEOUT_S = 30
RETRIES = 4


class DownloadError(DeskmateError):
    pass


@dataclass
class CatalogueEntry:
    id: str
    name: str
    url: str
    filename: str
    approx_size: str  # what the list shows; the transfer trusts the server's Content-Length
    sha256: str | None
    license: str
    description: str


class DownloadState(StrEnum):
    DOWNLOADING = "downloading"
    PAUSED = "paused"  # stopped on request; the .part file is kept for the next attempt
    VERIFYING = "verifying"  # the last state: then run() returns the model's path


@dataclass
class DownloadProgress:
    state: DownloadState
    done_bytes: int
    total_bytes: int | None
    bytes_per_s: float = 0.0
    path: Path | None = None

    @property
    def eta_s(self) -> float | None:
        if not self.total_bytes or not self.bytes_per_s:
            return None
        return max(self.total_bytes - self.done_bytes, 0) / self.bytes_per_s


def load_catalogue(path: Path | None = None) -> list[CatalogueEntry]:
    data = json.loads((path or resource_path("catalogue.json")).read_text(encoding="utf-8"))
    return [CatalogueEntry(**entry) for entry in data["models"]]


def _hash_existing(path: Path) -> hashlib._Hash:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK_BYTES), b""):
            digest.update(block)
    return digest


def _open(url: str, offset: int):
    if not url.startswith(("https://", "http://")):
        raise DownloadError(f"Only http(s) downloads are supported, not {url}.")
    request = urllib.request.Request(url, headers={"User-Agent": "Deskmate", "Accept-Encoding": "identity"})
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    return urllib.request.urlopen(request, timeout=TIMEOUT_S)  # noqa: S310 (scheme checked above)


def _published_sha256(response) -> str | None:
    """Hugging Face publishes a file's SHA-256 as its linked ETag."""
    value = (response.headers.get("X-Linked-ETag") or "").strip('"').lower()
    return value if len(value) == 64 and all(c in "0123456789abcdef" for c in value) else None


class Download:
    def __init__(self, url: str, destination: Path, sha256: str | None = None):
        self.url, self.destination = url, Path(destination)
        self.sha256 = sha256.lower() if sha256 else None
        self.part = self.destination.with_name(self.destination.name + ".part")
        self._digest = hashlib.sha256()

    def run(self, should_stop: Callable[[], bool] = lambda: False) -> Generator[DownloadProgress, None, Path | None]:
        """Yield progress; return the model's path once it is in place, None when paused (the .part file is kept)."""
        self.destination.parent.mkdir(parents=True, exist_ok=True)
        self._digest = _hash_existing(self.part) if self.part.exists() else hashlib.sha256()
        failures = 0
        while True:
            try:
                for progress in self._transfer(should_stop):
                    failures = 0
                    yield progress
                    if progress.state is DownloadState.PAUSED:
                        return None
                break
            except (urllib.error.URLError, HTTPException, OSError) as exc:
                failures += 1
                self._give_up_if_hopeless(exc, failures)
                time.sleep(min(2 ** failures * 0.25, 8))
        return (yield from self._finish())

    def _give_up_if_hopeless(self, exc: Exception, failures: int) -> None:
        if isinstance(exc, urllib.error.HTTPError) and exc.code < 500 and exc.code not in (408, 429):
            raise DownloadError(f"The server refused the download ({exc.code} {exc.reason}).") from None
        if failures > RETRIES:
            raise DownloadError(f"The download keeps failing ({exc}); what was received is kept "
                                "and the next attempt resumes from there.") from None

    def _transfer(self, should_stop) -> Iterator[DownloadProgress]:
        offset = self.part.stat().st_size if self.part.exists() else 0
        with _open(self.url, offset) as response:
            if offset and response.status != 206:  # the server ignored the range: start again
                offset, self._digest = 0, hashlib.sha256()
                self.part.unlink()
            self.sha256 = self.sha256 or _published_sha256(response)
            length = response.headers.get("Content-Length")
            total = offset + int(length) if length else None
            started, received = time.monotonic(), 0
            with open(self.part, "ab") as out:
                for block in iter(lambda: response.read(CHUNK_BYTES), b""):
                    out.write(block)
                    self._digest.update(block)
                    received += len(block)
                    rate = received / max(time.monotonic() - started, 1e-6)
                    state = DownloadState.PAUSED if should_stop() else DownloadState.DOWNLOADING
                    yield DownloadProgress(state, offset + received, total, rate, self.part)
                    if state is DownloadState.PAUSED:
                        return
            if total and offset + received < total:
                raise ConnectionError(f"connection closed after {offset + received:,} of {total:,} bytes")

    def _finish(self) -> Generator[DownloadProgress, None, Path]:
        size = self.part.stat().st_size
        yield DownloadProgress(DownloadState.VERIFYING, size, size, 0.0, self.part)
        if self.sha256 is None:
            raise DownloadError("The download cannot be verified: the catalogue has no SHA-256 for it and the "
                                "server published none. It was kept as a .part file and not installed.")
        if self._digest.hexdigest() != self.sha256:
            self.part.unlink()
            raise DownloadError("The downloaded file does not match its SHA-256 checksum (damaged or "
                                "tampered with); it was deleted. Try again later.")
        try:
            read_gguf(self.part)
        except DeskmateError as exc:
            self.part.unlink()
            raise DownloadError(f"The downloaded file is not a usable model ({exc}); it was deleted.") from None
        os.replace(self.part, self.destination)
        return self.destination
