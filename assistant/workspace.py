"""One user's Deskmate: data folder, settings, database and the loaded model.

The CLI and the GUI both start here; nothing in this module knows about Qt.
"""
from __future__ import annotations

import threading
from pathlib import Path

from assistant.config import Settings, SettingsFile, ensure_home, resolve_home
from assistant.history import History
from assistant.models import ModelRegistry, default_model_path
from assistant.store import Store


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
        self._documents = None

    @property
    def warnings(self) -> list[str]:
        return [w for w in [self.settings_file.warning] if w]

    def save_settings(self) -> None:
        self.settings_file.save(self.settings)

    def model_path(self) -> Path:
        return Path(self.settings.model_path) if self.settings.model_path else default_model_path()

    def engine(self, model_path: str | Path | None = None):
        """The loaded Engine, loading it on first use (or when another model is asked for)."""
        from assistant.engine import Engine, EngineOptions

        path = Path(model_path) if model_path else self.model_path()
        with self._engine_lock:
            if self._engine is None or self._engine.path != path:
                options = EngineOptions(n_ctx=self.settings.n_ctx, n_threads=self.settings.n_threads,
                                        n_gpu_layers=self.settings.n_gpu_layers, seed=self.settings.seed)
                self._engine = Engine(path, options)
            return self._engine

    @property
    def loaded_engine(self):
        return self._engine

    @property
    def documents(self):
        """The local document index (the embedder loads on first use)."""
        if self._documents is None:
            from assistant.index import DocumentIndex

            self._documents = DocumentIndex(self.store, max_file_bytes=self.settings.max_document_mb * 1024 * 1024)
        return self._documents

    def chat(self, model_path: str | Path | None = None):
        from assistant.chat import Chat

        return Chat(self.history, self.engine(model_path), self.settings, self.documents)

    def close(self) -> None:
        self.store.close()
