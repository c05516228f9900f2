"""One user's Deskmate: data folder, settings, database and the loaded model.

The CLI and the GUI both start here; nothing in this module knows about Qt.
"""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from assistant.chat.history import History
from assistant.config import Settings, SettingsFile, ensure_home, resolve_home, write_atomically
from assistant.errors import DeskmateError, ModelError
from assistant.llm.kv_files import ConversationCaches
from assistant.models.registry import ModelRegistry, default_model_path
from assistant.models.settings import effective_settings
from assistant.storage import recovery as db_recovery
from assistant.storage.store import DATABASE_FILE, Store

LOAD_MARKER = "loading-model.json"

ENGINE_URL_ENV = "DESKMATE_ENGINE_URL"  # set by the --engine option: an office server for one run
ENGINE_KEY_ENV = "DESKMATE_ENGINE_KEY_ENV"  # the name of the variable holding that server's key


class Workspace:
    def __init__(self, home: str | Path | None = None):
        self.home = ensure_home(resolve_home(home))
        self.settings_file = SettingsFile(self.home)
        self.settings: Settings = self.settings_file.load()
        self._warnings: list[str] = []
        self.store = self._open_store()
        self.history = History(self.store)
        self.caches = ConversationCaches(self.home)
        self.history.on_delete.append(self.caches.forget)
        self.models = ModelRegistry(self.home)
        self._engine = None
        self._engine_lock = threading.Lock()
        self._skip_model_that_crashed()
        self._documents = None

    def _open_store(self) -> Store:
        path = self.home / DATABASE_FILE
        recovered = db_recovery.recover_if_damaged(self.home, path)
        if recovered:
            self._warnings.append(recovered)
        store = Store(path)
        if db_recovery.backup_due(self.home) and store.query_one("SELECT 1 AS x FROM messages LIMIT 1"):
            db_recovery.make_backup(store, self.home)
        return store

    @property
    def warnings(self) -> list[str]:
        return [w for w in [self.settings_file.warning, *self._warnings] if w]

    def save_settings(self) -> None:
        self.settings_file.save(self.settings)

    def model_path(self) -> Path:
        return Path(self.settings.model_path) if self.settings.model_path else default_model_path()

    def remote_options(self):
        """The office server to use, if any: --engine (through DESKMATE_ENGINE_URL) wins over settings."""
        from assistant.llm.remote import RemoteOptions, key_from_env

        url = os.environ.get(ENGINE_URL_ENV) or self.settings.engine_url
        if not url:
            return None
        key_env = os.environ.get(ENGINE_KEY_ENV) or self.settings.engine_api_key_env
        return RemoteOptions(url=url, api_key=key_from_env(key_env), model=self.settings.engine_model,
                             n_ctx=self.settings.engine_n_ctx, timeout_s=self.settings.engine_timeout_s)

    def engine(self, model_path: str | Path | None = None):
        """The engine every capability uses: the office server when one is configured (and no model
        file is asked for), else the local model, loaded on first use or when another is asked for."""
        remote = None if model_path else self.remote_options()
        if remote is not None:
            return self._remote_engine(remote)
        path = Path(model_path) if model_path else self.model_path()
        with self._engine_lock:
            if self._engine is None or self._engine.path != path:
                self._engine = self._load_engine(path)
            return self._engine

    def _remote_engine(self, options):
        from assistant.llm.remote import RemoteEngine

        with self._engine_lock:
            if getattr(self._engine, "options", None) != options:
                self._engine = RemoteEngine(options)
            return self._engine

    def switch_model(self, model_path: str | Path | None, insist: bool = False):
        """Load another model (None: the bundled one) and make it the default.

        A model that will not fit in memory is refused unless `insist`. If it cannot be
        loaded, the previous model stays loaded and the settings are unchanged.
        """
        from assistant.models.gguf import read_gguf

        path = Path(model_path).expanduser().resolve() if model_path else default_model_path()
        info = read_gguf(path)  # once: the fit check and the load share it
        if not insist:
            self.check_fit(path, info)
        with self._engine_lock:
            previous, self._engine = self._engine, None
            try:
                self._engine = self._load_engine(path, info)
            except DeskmateError:
                self._engine = previous
                raise
        self.settings.model_path = "" if path == default_model_path() else str(path)
        self.save_settings()
        return self._engine

    def check_fit(self, path: Path, info=None):
        from assistant.models.fit import WILL_NOT_FIT, estimate_fit
        from assistant.models.gguf import read_gguf

        info = info if info is not None else read_gguf(path)
        chosen = effective_settings(self.settings, info)
        fit = estimate_fit(info, chosen.n_ctx, chosen.n_gpu_layers)
        if fit.verdict == WILL_NOT_FIT:
            raise ModelError(f"{path.name} will not fit: it {fit.reason}. Load it anyway only if you are sure "
                             "(--force on the command line, or confirm in the model manager).")
        return fit

    def _load_engine(self, path: Path, info=None):
        from assistant.llm.local import Engine, EngineOptions
        from assistant.models.gguf import read_gguf

        info = info if info is not None else read_gguf(path)
        chosen = effective_settings(self.settings, info)
        options = EngineOptions(n_ctx=chosen.n_ctx, n_threads=chosen.n_threads,
                                n_gpu_layers=chosen.n_gpu_layers, seed=chosen.seed)
        write_atomically(self._load_marker, json.dumps({"path": str(path)}))
        try:
            return Engine(path, options, info)  # a crash inside llama.cpp leaves the marker behind
        finally:  # a refusal (an exception) is not a crash: the model may be chosen again next start
            self._load_marker.unlink(missing_ok=True)

    @property
    def _load_marker(self) -> Path:
        return self.home / LOAD_MARKER

    def _skip_model_that_crashed(self) -> None:
        """If the last start died while loading a model, do not load that model again by itself."""
        if not self._load_marker.exists():
            return
        try:
            crashed = json.loads(self._load_marker.read_text()).get("path", "")
        except (OSError, ValueError):
            crashed = ""
        self._load_marker.unlink(missing_ok=True)
        if crashed and self.settings.model_path and Path(self.settings.model_path) == Path(crashed):
            self.settings.model_path = ""
            self.save_settings()
            self._warnings.append(f"Deskmate closed while loading {Path(crashed).name} last time, so the "
                                  "bundled model is used instead. Choose it again in the model manager to retry.")

    @property
    def loaded_engine(self):
        return self._engine

    @property
    def documents(self):
        """The local document index (the embedder loads on first use)."""
        if self._documents is None:
            from assistant.documents.index import DocumentIndex
            from assistant.readers.isolated import ReadLimits

            limits = ReadLimits(seconds=self.settings.read_timeout_s, memory_mb=self.settings.read_memory_mb)
            self._documents = DocumentIndex(self.store, max_file_bytes=self.settings.max_document_mb * 1024 * 1024,
                                            read_limits=limits)
            self._documents.include_generated = self.settings.index_generated_files  # read by index_plan
        return self._documents

    def chat(self, model_path: str | Path | None = None):
        from assistant.chat.conversation import Chat

        engine = self.engine(model_path)
        if engine.info is None:  # an office server: no GGUF here, so no per-model settings or saved caches
            return Chat(self.history, engine, self.settings, documents=self.documents)
        return Chat(self.history, engine, effective_settings(self.settings, engine.info), self.caches,
                    documents=self.documents)

    def close(self) -> None:
        self.store.close()
