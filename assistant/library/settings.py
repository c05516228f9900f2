"""The laptop's library setting: `library.json` in the Deskmate home, written by `deskmate library use`.

It holds the URL without any password, the name of the environment variable that holds the password,
the timeout and the HNSW search breadth (`ef_search`). The secret itself is never written: it comes from
that variable, else from the OS keyring when the `keyring` package is installed (service "deskmate-library",
the URL as user name), else libpq's own PGPASSWORD or ~/.pgpass.
"""
from __future__ import annotations

import importlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from assistant.config import write_atomically
from assistant.errors import InvalidInput

FILE = "library.json"
KEYRING_SERVICE = "deskmate-library"
DEFAULT_TIMEOUT_S = 3.0
# pgvector's hnsw.ef_search; measured by benchmarks/library_scale.py: 400 is enough up to about 100,000 chunks (1000
# at 20k: a seq scan); a million needs 1000 (`library use --ef-search 1000`) for recall@10 0.95.
DEFAULT_EF_SEARCH = 400


@dataclass(frozen=True)
class LibrarySettings:
    url: str  # never with a password
    key_env: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    ef_search: int = DEFAULT_EF_SEARCH

    def password(self) -> str | None:
        if self.key_env and os.environ.get(self.key_env):
            return os.environ[self.key_env]
        return keyring_password(self.url)


def without_password(url: str) -> tuple[str, bool]:
    """The URL with any password taken out (user:secret@host and ?password=...), and whether it had one."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise InvalidInput(f"'{url}' is not a PostgreSQL URL: give postgresql://user@host:5432/database")
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept_query = [(key, value) for key, value in query if key != "password"]
    netloc = parts.netloc
    had = len(kept_query) != len(query)
    if "@" in netloc:
        user_part, host_part = netloc.rsplit("@", 1)
        if ":" in user_part:
            netloc, had = f"{user_part.split(':', 1)[0]}@{host_part}", True
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(kept_query), parts.fragment)), had


def keyring_password(url: str) -> str | None:
    """The password the OS keyring holds for this URL, when the optional `keyring` package is installed."""
    try:
        keyring = importlib.import_module("keyring")
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, url)
    except Exception:  # no keyring backend on this system (a headless Linux): as if none were stored
        return None


def load(home: Path) -> LibrarySettings | None:
    path = home / FILE
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        return LibrarySettings(str(values["url"]), values.get("key_env"),
                               float(values.get("timeout_s", DEFAULT_TIMEOUT_S)),
                               int(values.get("ef_search", DEFAULT_EF_SEARCH)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(f"{path} cannot be read ({exc}): set the library again with 'deskmate library use'.") from exc


def save(home: Path, settings: LibrarySettings) -> None:
    clean, _had = without_password(settings.url)
    if settings.timeout_s <= 0:
        raise InvalidInput("The library timeout must be more than 0 seconds.")
    if not 1 <= settings.ef_search <= 1000:
        raise InvalidInput("The library's ef_search must be between 1 and 1000.")
    home.mkdir(parents=True, exist_ok=True)
    write_atomically(home / FILE, json.dumps({**asdict(settings), "url": clean}, indent=2) + "\n")


def forget(home: Path) -> bool:
    try:
        (home / FILE).unlink()
        return True
    except FileNotFoundError:
        return False
