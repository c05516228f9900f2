"""A laptop's side: `library use` keeps the URL and never the secret; library search through the settings;
local and library hits fused; an unreachable or hung library gives local results and a one-line notice
within the configured timeout."""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.documents.search import Hit
from assistant.errors import InvalidInput
from assistant.library import schema
from assistant.library import settings as library_settings
from assistant.library.connections import KEPT
from assistant.library.database import Database
from assistant.library.search import LibraryHit, forget_connections, fuse_hits, search_library, source_of
from assistant.library.settings import LibrarySettings, without_password
from tests.assistant.library.conftest import index_folders, role_name
from tests.helpers.postgres import Relay, free_port, running_server, silent_server
from tests.helpers.processes import run_cli

TIMEOUT_S = 2.0
SLACK_S = 1.5  # process and thread scheduling on a loaded 2-core machine


def local_hit(n: int, text: str) -> Hit:
    return Hit(chunk_id=n, document_id=n, path=f"/home/me/doc{n}.txt", page=1, text=text, score=0.5,
               char_start=0, char_end=len(text))


def library_hit(n: int, text: str) -> LibraryHit:
    return LibraryHit(chunk_id=-n, document_id=-n, path=f"/srv/share/doc{n}.txt", page=1, text=text, score=0.4,
                      char_start=0, char_end=len(text), collection="policies")


def test_the_password_is_never_stored(isolated_home):
    url, had = without_password("postgresql://anna:s3cret@db.office:5432/library?sslmode=verify-full&password=x")
    assert had and url == "postgresql://anna@db.office:5432/library?sslmode=verify-full"
    library_settings.save(isolated_home, LibrarySettings("postgresql://anna:s3cret@db.office/library", "LIB_PW"))
    text = (isolated_home / library_settings.FILE).read_text()
    assert "s3cret" not in text and json.loads(text)["url"] == "postgresql://anna@db.office/library"
    assert library_settings.load(isolated_home) == LibrarySettings("postgresql://anna@db.office/library", "LIB_PW")
    with pytest.raises(InvalidInput, match="not a PostgreSQL URL"):
        without_password("mysql://anna@db/library")


def test_the_password_comes_from_the_named_environment_variable(monkeypatch):
    monkeypatch.setenv("LIB_PW", "from-the-environment")
    assert LibrarySettings("postgresql://anna@db/library", "LIB_PW").password() == "from-the-environment"
    monkeypatch.delenv("LIB_PW")
    assert LibrarySettings("postgresql://anna@db/library", "LIB_PW").password() is None  # no keyring installed


def test_fusion_interleaves_local_and_library_hits_and_merges_the_same_passage():
    local = [local_hit(1, "alpha"), local_hit(2, "beta"), local_hit(3, "shared text")]
    library = [library_hit(7, "gamma"), library_hit(8, "shared text"), library_hit(9, "delta")]
    fused = fuse_hits(local, library, k=5)
    assert [hit.text for hit in fused] == ["alpha", "gamma", "beta", "delta", "shared text"]
    assert [source_of(hit) for hit in fused] == ["local", "library", "local", "library", "local"]
    assert fused[-1].also_in == ["policies: /srv/share/doc8.txt"]
    assert fuse_hits(local, [], k=2) == local[:2]


def timed_search(url: str, embedder):
    started = time.monotonic()
    results = search_library(LibrarySettings(url, None, TIMEOUT_S), "annual leave", embedder)
    return results, time.monotonic() - started


def test_a_closed_port_gives_a_notice_at_once(embedder):
    results, seconds = timed_search(f"postgresql://anna@127.0.0.1:{free_port()}/library", embedder)
    assert results.hits == [] and "not searched" in results.notice and "\n" not in results.notice
    assert seconds < TIMEOUT_S + SLACK_S


def test_a_server_that_never_answers_costs_at_most_the_timeout(embedder):
    embedder.embed(["warm up"])
    with silent_server() as port:
        results, seconds = timed_search(f"postgresql://anna@127.0.0.1:{port}/library", embedder)
    assert results.hits == [] and "not searched" in results.notice
    assert TIMEOUT_S - 0.5 <= seconds < TIMEOUT_S + SLACK_S, seconds


def test_a_laptop_searches_the_collections_granted_to_it(library, shared_folders, postgres, library_url, embedder,
                                                         monkeypatch):
    for folder in shared_folders.values():
        index_folders(library, [folder])
    reader = role_name("laptop")
    library.grant(reader, ["contracts"], password="laptop-secret")
    monkeypatch.setenv("LAPTOP_LIBRARY_PW", "laptop-secret")
    settings = LibrarySettings(postgres.url(reader, library_url.rsplit("/", 1)[1]), "LAPTOP_LIBRARY_PW", TIMEOUT_S)
    results = search_library(settings, "when must the turbines be delivered", embedder, k=3)
    assert results.notice is None
    assert results.hits[0].path.endswith("turbines.txt") and results.hits[0].collection == "contracts"
    assert all(hit.collection == "contracts" for hit in results.hits)
    monkeypatch.setenv("LAPTOP_LIBRARY_PW", "wrong")
    refused = search_library(settings, "turbines", embedder)
    assert refused.hits == [] and "not searched" in refused.notice and "laptop-secret" not in refused.notice


def test_library_use_and_search_through_the_cli(library, shared_folders, postgres, library_url, isolated_home,
                                                monkeypatch):
    index_folders(library, [shared_folders["policies"]])
    reader = role_name("cli")
    library.grant(reader, ["policies"], password="cli-secret")
    url = postgres.url(reader, library_url.rsplit("/", 1)[1])
    with_secret = url.replace(f"{reader}@", f"{reader}:cli-secret@")
    too_wide = run_cli("library", "use", url, "--ef-search", "5000", home=isolated_home)
    assert too_wide.returncode != 0 and "between 1 and 1000" in too_wide.stderr, too_wide.stderr
    used = run_cli("library", "use", with_secret, "--key-env", "CLI_LIBRARY_PW", "--timeout", "2", "--ef-search",
                   "1000", home=isolated_home)
    assert used.returncode == 0 and "not saved" in used.stderr, used.stderr
    assert "cli-secret" not in (isolated_home / library_settings.FILE).read_text()
    assert library_settings.load(isolated_home).ef_search == 1000  # a million-chunk library's setting
    found = run_cli("library", "search", "how many days of annual leave carry over", "--json", home=isolated_home,
                    env={"CLI_LIBRARY_PW": "cli-secret"})
    assert found.returncode == 0, found.stderr
    answer = json.loads(found.stdout)
    assert answer["notice"] is None and "five days" in answer["hits"][0]["text"]
    assert answer["hits"][0]["source"] == "library" and answer["hits"][0]["collection"] == "policies"
    unreachable = run_cli("library", "use", f"postgresql://{reader}@127.0.0.1:{free_port()}/x", "--key-env",
                          "CLI_LIBRARY_PW", home=isolated_home)
    assert unreachable.returncode == 0
    offline = run_cli("library", "search", "annual leave", home=isolated_home, env={"CLI_LIBRARY_PW": "cli-secret"})
    assert offline.returncode == 0 and offline.stderr.count("not searched") == 1, offline.stderr


def test_a_slow_statement_is_cancelled_at_the_deadline(postgres, library_url):
    from assistant.library.database import LibraryUnavailable

    with Database(library_url, postgres.password, timeout_s=5) as database:
        started = time.monotonic()
        with pytest.raises(LibraryUnavailable, match="did not answer in time"), database.cancelled_after(0.5):
            database.query("SELECT pg_sleep(10)")
        assert time.monotonic() - started < 0.5 + SLACK_S
        assert database.query_one("SELECT 1 AS still") == {"still": 1}  # the connection is usable after


def test_tls_settings_in_the_url_are_honoured(postgres, library_url, embedder, monkeypatch):
    monkeypatch.setenv("TLS_PW", postgres.password)
    plain = search_library(LibrarySettings(library_url, "TLS_PW", TIMEOUT_S), "leave", embedder)
    assert plain.notice is None or "no Deskmate library" in plain.notice  # reached (this database is empty)
    required = search_library(LibrarySettings(library_url + "?sslmode=require", "TLS_PW", TIMEOUT_S), "leave",
                              embedder)
    assert "SSL" in required.notice  # the test server has no TLS: libpq refuses to go on without it


def reader_backends(postgres, reader: str) -> list[int]:
    with Database(postgres.url(), postgres.password) as admin:
        return [row["pid"] for row in admin.query("SELECT pid FROM pg_stat_activity WHERE usename = %s", (reader,))]


def granted_reader(library, shared_folders, postgres, library_url, monkeypatch) -> LibrarySettings:
    index_folders(library, [shared_folders["contracts"]])
    reader = role_name("kept")
    library.grant(reader, ["contracts"], password="kept-secret")
    monkeypatch.setenv("KEPT_LIBRARY_PW", "kept-secret")
    return LibrarySettings(postgres.url(reader, library_url.rsplit("/", 1)[1]), "KEPT_LIBRARY_PW", TIMEOUT_S)


def test_searches_keep_one_connection(library, shared_folders, postgres, library_url, embedder, monkeypatch):
    settings = granted_reader(library, shared_folders, postgres, library_url, monkeypatch)
    reader = settings.url.split("//")[1].split("@")[0]
    first = search_library(settings, "when must the turbines be delivered", embedder, k=3)
    backends = reader_backends(postgres, reader)
    second = search_library(settings, "how can the cleaning contract end", embedder, k=3)
    assert first.notice is None and second.notice is None
    assert first.hits[0].path.endswith("turbines.txt") and second.hits[0].path.endswith("cleaning.md")
    assert len(backends) == 1 and reader_backends(postgres, reader) == backends  # the same backend answered
    forget_connections()
    deadline = time.monotonic() + 5
    while reader_backends(postgres, reader) and time.monotonic() < deadline:  # its backend ends after the close
        time.sleep(0.05)
    assert reader_backends(postgres, reader) == []


def test_concurrent_searches_never_share_a_connection(library, shared_folders, postgres, library_url, embedder,
                                                      monkeypatch):
    settings = granted_reader(library, shared_folders, postgres, library_url, monkeypatch)
    embedder.embed(["warm up"])
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _n: search_library(settings, "turbine delivery penalty", embedder, k=3),
                                range(8)))
    assert all(answer.notice is None and answer.hits[0].path.endswith("turbines.txt") for answer in answers)
    assert KEPT.count() == 1  # one kept after; the others closed


@pytest.fixture
def server_folder() -> Iterator[Path]:
    """A folder the server's unprivileged user can reach (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="deskmate-pg-restart-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_after_a_server_restart_the_next_search_connects_again(server_folder, embedder, monkeypatch):
    monkeypatch.setenv("RESTART_PW", "restart-secret")
    port = free_port()
    with running_server("restart-secret", server_folder, port=port) as server:
        with Database(server.url(), server.password) as admin:
            admin.execute("CREATE DATABASE library")
        with Database(server.url(database="library"), server.password) as database:
            schema.create(database, embedder.dimensions, embedder.name)
        settings = LibrarySettings(server.url(database="library"), "RESTART_PW", TIMEOUT_S)
        assert search_library(settings, "annual leave", embedder).notice is None
        assert KEPT.count() == 1
    with running_server("restart-secret", server_folder, port=port):
        started = time.monotonic()
        again = search_library(settings, "annual leave", embedder)
        assert again.notice is None, again.notice
        assert time.monotonic() - started < TIMEOUT_S
        assert KEPT.count() == 1
    down = search_library(settings, "annual leave", embedder)  # stopped: its kept connection is gone too
    assert down.hits == [] and "not searched" in down.notice


def test_a_network_gone_under_a_kept_connection_costs_at_most_the_timeout(library, shared_folders, postgres,
                                                                          library_url, embedder, monkeypatch):
    settings = granted_reader(library, shared_folders, postgres, library_url, monkeypatch)
    with Relay(postgres.port) as relay:
        relayed = replace(settings, url=settings.url.replace(f":{postgres.port}/", f":{relay.port}/"))
        assert search_library(relayed, "turbines", embedder).notice is None and KEPT.count() == 1
        relay.freeze()
        started = time.monotonic()
        lost = search_library(relayed, "turbines", embedder)
        seconds = time.monotonic() - started
        assert lost.hits == [] and "not searched" in lost.notice
        assert TIMEOUT_S - 0.5 <= seconds < TIMEOUT_S + SLACK_S, seconds
        assert KEPT.count() == 0  # the lost connection is not kept
        relay.resume()
        back = search_library(relayed, "when must the turbines be delivered", embedder)
        assert back.notice is None and back.hits[0].path.endswith("turbines.txt")
