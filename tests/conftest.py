"""Shared fixtures: a temporary data folder for every test, the real bundled model, and the real CLI."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.runtime.resources import bundled_embedder_path, bundled_model_path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder; nothing touches the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("DESKMATE_HOME", str(home))
    monkeypatch.setenv("DESKMATE_CONFIG_DIR", str(tmp_path / "config"))
    return home


@pytest.fixture(scope="session")
def model_path() -> Path:
    path = bundled_model_path()
    assert path.is_file(), f"bundled model missing at {path}: run 'make setup'"
    return path


@pytest.fixture(scope="session")
def embedder_path() -> Path:
    path = bundled_embedder_path()
    assert path.is_dir(), f"bundled embedder missing at {path}: run 'make setup'"
    return path


@pytest.fixture(scope="session")
def engine(model_path):
    """One real engine for the session (tests that need special options build their own)."""
    from assistant.llm.local import Engine, EngineOptions

    return Engine(model_path, EngineOptions(n_ctx=2048))


@pytest.fixture(scope="session")
def single_thread_engine(model_path):
    """For tests that run the model beside other threads (API clients, the window): one llama.cpp
    thread is steadier than two when the 2 cores are shared."""
    from assistant.llm.local import Engine, EngineOptions

    return Engine(model_path, EngineOptions(n_ctx=2048, n_threads=1))


@pytest.fixture
def workspace(isolated_home, engine):
    """A workspace in the temporary home that reuses the session's loaded engine."""
    from assistant.workspace import Workspace

    space = Workspace(isolated_home, engine=engine)
    yield space
    space.close()


@pytest.fixture(scope="session")
def llama_server(model_path):
    """llama-cpp-python's own OpenAI-compatible server on a free loopback port: an 'office server'."""
    from tests.helpers.servers import start_llama_server, stop

    process, url = start_llama_server(model_path)
    yield url
    stop(process)


@pytest.fixture
def office_workspace(isolated_home, llama_server):
    """A workspace whose settings point at the office server."""
    from assistant.workspace import Workspace

    space = Workspace(isolated_home)
    space.settings.engine_url, space.settings.engine_n_ctx = llama_server, 2048
    yield space
    space.close()


@pytest.fixture(scope="session")
def embedder(embedder_path):
    """The real bundled embedder, loaded once for the session."""
    from assistant.documents.embedder import Embedder

    return Embedder(embedder_path)


@pytest.fixture
def doc_index(isolated_home, embedder):
    """A document index in the test's data folder, using the session's embedder."""
    from assistant.documents.index import DocumentIndex
    from assistant.storage.store import Store

    isolated_home.mkdir(parents=True, exist_ok=True)
    store = Store.in_home(isolated_home)
    yield DocumentIndex(store, embedder, max_file_bytes=1024 * 1024)
    store.close()
