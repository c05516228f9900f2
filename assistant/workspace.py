"""One user's Deskmate: data folder, settings, database and the loaded model.

The CLI and the GUI both start here; nothing in this module knows about Qt.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from assistant.config import Settings, SettingsFile, ensure_home, resolve_home
from assistant.history import History
from assistant.models import ModelRegistry, default_model_path
from assistant.store import Store

ENGINE_URL_ENV = "DESKMATE_ENGINE_URL"  # set by the --engine option: an office server for one run
ENGINE_KEY_ENV = "DESKMATE_ENGINE_KEY_ENV"  # the name of the variable holding that server's key


class Workspace:
    def __init__(self, home: str | Path | None = None):
        self.home = ensure_home(resolve_home(home))
        self.settings_file = SettingsFile(self.home)
        self.settings: Settings = self.settings_file.load()
        self.store = Store.in_home(self.home)
        self.history = History(self.store)
        self.models = ModelRegistry(self.home)
        self._engine = None
        self._engine_lock = threading.Lock()

    @property
    def warnings(self) -> list[str]:
        return [w for w in [self.settings_file.warning] if w]

    def save_settings(self) -> None:
        self.settings_file.save(self.settings)

    def model_path(self) -> Path:
        return Path(self.settings.model_path) if self.settings.model_path else default_model_path()

    def remote_options(self):
        """The office server to use, if any: --engine (through DESKMATE_ENGINE_URL) wins over settings."""
        from assistant.remote_engine import RemoteOptions, key_from_env

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
        from assistant.engine import Engine, EngineOptions

        path = Path(model_path) if model_path else self.model_path()
        with self._engine_lock:
            if self._engine is None or self._engine.path != path:
                options = EngineOptions(n_ctx=self.settings.n_ctx, n_threads=self.settings.n_threads,
                                        n_gpu_layers=self.settings.n_gpu_layers, seed=self.settings.seed)
                self._engine = Engine(path, options)
            return self._engine

    def _remote_engine(self, options):
        from assistant.remote_engine import RemoteEngine

        with self._engine_lock:
            if getattr(self._engine, "options", None) != options:
                self._engine = RemoteEngine(options)
            return self._engine

    @property
    def loaded_engine(self):
        return self._engine

    def chat(self, model_path: str | Path | None = None):
        from assistant.chat import Chat

        return Chat(self.history, self.engine(model_path), self.settings)

    def close(self) -> None:
        self.store.close()
