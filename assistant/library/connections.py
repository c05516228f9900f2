"""The laptop's library connection, kept open between searches.

A new connection costs a TCP handshake, the scram-sha-256 login and a backend start (55-70 ms on loopback,
more over a network) on every search; kept, a search is only its statements. One idle connection is kept
per URL, for the password and timeout it was opened with (another password or timeout opens a new one).
A search takes the connection out while it runs and gives it back after, so two threads never use one
connection at once (a second concurrent search opens its own, closed after unless the slot is empty).
A connection that is broken or left inside a transaction is not kept; every kept one is closed at exit.
"""
from __future__ import annotations

import atexit
import hashlib
import threading

from assistant.library.database import Database


def fingerprint(password: str | None, timeout_s: float) -> str:
    """What a kept connection must match besides its URL (a digest: the password itself is not kept)."""
    return hashlib.sha256(f"{timeout_s!r}\0{password or ''}".encode()).hexdigest()


class KeptConnections:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: dict[str, tuple[str, Database]] = {}

    def take(self, url: str, key: str) -> Database | None:
        """The idle connection kept for this URL and key, now this caller's alone; None when there is none."""
        with self._lock:
            kept = self._idle.pop(url, None)
        if kept is None:
            return None
        kept_key, database = kept
        if kept_key == key and database.usable:
            return database
        database.close()
        return None

    def give_back(self, url: str, key: str, database: Database) -> None:
        """Keep this connection for the next search, unless it is unfit or another is already kept."""
        if database.usable:
            with self._lock:
                if url not in self._idle:
                    self._idle[url] = (key, database)
                    return
        database.close()

    def close_all(self) -> None:
        with self._lock:
            kept, self._idle = list(self._idle.values()), {}
        for _key, database in kept:
            try:
                database.close()
            except Exception:  # at exit: a connection already gone needs no closing
                pass

    def count(self) -> int:
        with self._lock:
            return len(self._idle)


KEPT = KeptConnections()
atexit.register(KEPT.close_all)
