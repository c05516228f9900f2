"""The library's fixtures: one private PostgreSQL + pgvector server for the session, a fresh database per test,
and a folder of real-ish office documents in two collections."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.library import schema
from assistant.library.database import Database
from assistant.library.index import LibraryIndex
from assistant.library.search import forget_connections
from assistant.runtime.generators import run_to_end
from tests.helpers.documents import make_docx, make_pdf
from tests.helpers.postgres import running_server

PASSWORD_ENV = "DESKMATE_TEST_LIBRARY_PASSWORD"
_numbers = itertools.count()

POLICIES = {
    "leave.md": "# Annual leave\n\nStaff may carry over up to five days of annual leave into the next year. "
                "Requests for carry-over go to the office manager before the end of November.\n\n"
                "## Sick leave\n\nA doctor's note is needed after three consecutive days of absence.",
    "expenses.txt": "Travel expenses are reimbursed within thirty days of a claim. Receipts must be attached. "
                    "Economy class is the rule for flights shorter than six hours; rail is preferred within Europe.",
    "remote-work.md": "# Remote work\n\nEmployees may work from home two days a week. The company provides a laptop "
                      "and a headset; a second screen can be ordered through the facilities desk.",
}
CONTRACTS = {
    "turbines.txt": "The supplier shall deliver the four wind turbines within ninety days of the order. Late delivery "
                    "costs a penalty of one half percent of the price per week, at most ten percent.",
    "cleaning.md": "# Cleaning services\n\nThe contractor cleans the offices every weekday evening after seven. "
                   "Windows are cleaned once a quarter. Either party may end the contract with sixty days' notice.",
}


def write_collection(folder: Path, texts: dict[str, str], pdf_pages: list[str], docx_pages: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    make_pdf(folder / f"{folder.name}-handbook.pdf", pdf_pages)
    make_docx(folder / f"{folder.name}-notes.docx", docx_pages)
    return folder


@pytest.fixture
def shared_folders(tmp_path) -> dict[str, Path]:
    """Two collections, as an office keeps them: policies and contracts (Markdown, text, PDF, Word)."""
    root = tmp_path / "share"
    return {
        "policies": write_collection(root / "policies", POLICIES,
                                     ["The fire assembly point is the car park behind building B.",
                                      "Visitors sign in at reception and wear a badge at all times."],
                                     ["Parental leave is sixteen weeks, paid at full salary."]),
        "contracts": write_collection(root / "contracts", CONTRACTS,
                                      ["The lease of the Rotterdam warehouse runs until March 2031.",
                                       "Rent is indexed yearly to the consumer price index."],
                                      ["The software licence covers two hundred named users."]),
    }


@pytest.fixture(autouse=True)
def no_kept_connections() -> Iterator[None]:
    """Each test starts and ends without a kept library connection (search_library keeps one per URL)."""
    forget_connections()
    yield
    forget_connections()


@pytest.fixture(scope="session")
def postgres():
    with running_server() as server:
        yield server


@contextmanager
def new_database(postgres) -> Iterator[str]:
    """An empty database on the session's server (its URL, without the password), dropped afterwards."""
    name = f"library_{next(_numbers)}"
    with Database(postgres.url(), postgres.password) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield postgres.url(database=name)
    finally:
        with Database(postgres.url(), postgres.password) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def library_url(postgres, monkeypatch) -> Iterator[str]:
    """A fresh database for the test; the administrator's password in PASSWORD_ENV (for the CLI)."""
    monkeypatch.setenv(PASSWORD_ENV, postgres.password)
    with new_database(postgres) as url:
        yield url


@pytest.fixture
def admin_db(library_url, postgres, embedder):
    with Database(library_url, postgres.password) as database:
        schema.create(database, embedder.dimensions, embedder.name)
        yield database


@pytest.fixture
def library(admin_db, embedder) -> LibraryIndex:
    return LibraryIndex(admin_db, embedder, max_file_bytes=1024 * 1024)


def index_folders(library: LibraryIndex, folders: list[Path], collection: str | None = None):
    """Run `library add` in this process; returns the run's summary."""
    return run_to_end(iter(library.add(folders, collection=collection)))


def role_name(prefix: str) -> str:
    return f"{prefix}_{next(_numbers)}"
