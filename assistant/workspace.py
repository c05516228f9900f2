"""One user's Deskmate: data folder, settings, database and the loaded model.

The CLI and the GUI both start here; nothing in this module knows about Qt.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.chat.conversation import Chat
from assistant.chat.history import History
from assistant.config import Settings, SettingsFile, ensure_home, resolve_home, write_atomically
from assistant.documents.index import DocumentIndex
from assistant.errors import DeskmateError, ModelError, RemoteEngineError
from assistant.llm.contract import LanguageModel
from assistant.llm.kv_files import ConversationCaches
from assistant.llm.local import Engine, EngineOptions
from assistant.llm.remote import RemoteEngine, RemoteOptions, estimate_tokens, key_from_env
from assistant.llm.routing import (
    LONG_WORK_TOKENS,
    OFFICE,
    Route,
    Routing,
    Task,
    choose_route,
    fallback_route,
    parse_routing,
    under_private_folder,
)
from assistant.models.fit import FitEstimate, Verdict, estimate_fit
from assistant.models.gguf import GGUFInfo, read_gguf
from assistant.models.registry import ModelRegistry, default_model_path
from assistant.models.settings import effective_settings
from assistant.readers.isolated import ReadLimits
from assistant.storage import recovery as db_recovery
from assistant.storage.store import DATABASE_FILE, Store

LOAD_MARKER = "loading-model.json"


@dataclass(frozen=True)
class Routed:
    """The engine chosen for one piece of work, and where and why it runs there."""
    engine: LanguageModel
    route: Route

    @property
    def ran_on(self) -> str:
        """For a person: "this computer" or "the office server at host:port"."""
        return f"the office server at {self.engine.where}" if self.route.is_office else "this computer"


@dataclass(frozen=True)
class OfficeServer:
    """An office server chosen for one run (the --engine option); it wins over the settings."""
    url: str
    key_env: str | None = None  # the environment variable holding its key


class Workspace:
    def __init__(self, home: str | Path | None = None, *, engine: Engine | None = None,
                 remote: OfficeServer | None = None):
        """`engine`: a local model already loaded (used while the settings ask for that file);
        `remote`: an office server to use instead of what the settings say. A model for one run
        (the --model option) is chosen with use_model_for_run."""
        self.home = ensure_home(resolve_home(home))
        self.settings_file = SettingsFile(self.home)
        self.settings: Settings = self.settings_file.load()
        self._warnings: list[str] = []
        self.store = self._open_store()
        self.history = History(self.store)
        self.caches = ConversationCaches(self.home)
        self.history.on_delete.append(self.caches.forget)
        self.models = ModelRegistry(self.home)
        self._remote_choice = remote
        self._run_model: Path | None = None  # the model chosen for this run only; never saved
        self._engine: LanguageModel | None = engine
        self._engine_source: Path | RemoteOptions | None = engine.path if engine is not None else None
        self._model_info: GGUFInfo | None = engine.info if engine is not None else None  # None: a server
        self._engine_lock = threading.Lock()
        self._office: RemoteEngine | None = None  # the office server, connected on first use by routing
        self._skip_model_that_crashed()
        self._documents: DocumentIndex | None = None

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

    def remote_options(self) -> RemoteOptions | None:
        """The office server to use, if any: the one given for this run wins over the settings."""
        choice = self._remote_choice
        url = choice.url if choice is not None else self.settings.engine_url
        if not url:
            return None
        key_env = (choice.key_env if choice is not None else None) or self.settings.engine_api_key_env
        return RemoteOptions(url=url, api_key=key_from_env(key_env), model=self.settings.engine_model,
                             n_ctx=self.settings.engine_n_ctx, timeout_s=self.settings.engine_timeout_s)

    def find_model(self, choice: str) -> Path:
        """A model by the name 'deskmate models list' shows ('default': the bundled one), or by its file."""
        if choice.strip().lower() in ("default", "bundled"):
            return default_model_path()
        named = [Path(entry["path"]) for entry in self.models.list()
                 if entry["kind"] == "chat" and "error" not in entry
                 and choice.lower() in (entry["name"].lower(), Path(entry["path"]).name.lower())]
        if len(set(named)) > 1:
            raise ModelError(f"Several models are called {choice}: give the path of its .gguf file instead.")
        if named:
            return named[0]
        path = Path(choice).expanduser()
        if not path.is_file():
            raise ModelError(f"'{choice}' is not the name of a model and the file {path.absolute()} does not exist. "
                             "Give a name from 'deskmate models list' or the path of a .gguf file.")
        return path.resolve()

    def use_model_for_run(self, choice: str, insist: bool = False) -> Path:
        """Use this model (a name or a .gguf path) for everything this workspace generates, without
        changing the saved default; one that will not fit is refused unless `insist`."""
        path = self.find_model(choice)
        info = read_gguf(path)  # refuses a file that is not a model before anything is saved
        if not insist:
            self.check_fit(path, info)
        self._run_model = path
        return path

    def routing(self) -> Routing:
        """--engine for one run means the office server; else the setting (a bad value: this computer)."""
        if self._remote_choice is not None:
            return Routing.OFFICE
        try:
            return parse_routing(self.settings.routing)
        except DeskmateError:
            return Routing.LOCAL

    def is_private(self, paths) -> bool:
        """True when any of `paths` is in a folder whose passages never leave this computer."""
        return under_private_folder(paths, self.settings.private_folders)

    def engine_for(self, task: Task, work_tokens: int = 0, private: bool = False) -> Routed:
        """The engine for one piece of work, by the routing setting: in auto, long work goes to the
        office server when it answers (else it runs here, and the route says why); private work
        and a model chosen for this run always stay here."""
        remote = None if self._run_model else self.remote_options()
        route = choose_route(self.routing(), task, work_tokens, remote is not None, private)
        if route.where == OFFICE and remote is not None:
            try:
                return Routed(self._office_engine(remote), route)
            except RemoteEngineError as exc:
                if self.routing() == Routing.OFFICE:
                    raise
                route = fallback_route(str(exc))
        return Routed(self._local_engine(self._run_model or self.tool_model(task)), route)

    def engine_for_work(self, task: Task, text: str = "", paths=(), long: bool = False) -> Routed:
        """engine_for with the work's size estimated from its text (a whole folder counts as long work)
        and its privacy from its paths (a file or folder inside, or holding, a never-leaves folder)."""
        tokens = max(estimate_tokens(text) if text else 0, LONG_WORK_TOKENS if long else 0)
        return self.engine_for(task, tokens, private=self.touches_private(paths))

    def touches_private(self, paths) -> bool:
        """True when a path is in a never-leaves folder, or is a folder that holds one."""
        paths = [Path(p).expanduser().resolve() for p in paths if p]
        folders = [Path(f).expanduser().resolve() for f in self.settings.private_folders if f]
        return self.is_private(paths) or any(folder.is_relative_to(path) for path in paths for folder in folders)

    def tool_model(self, task: Task) -> Path:
        """The local model set for this tool (Settings.tool_models), else the default one."""
        choice = (self.settings.tool_models or {}).get(task.value)
        if not choice:
            return self.model_path()
        path = self.find_model(choice)
        if path != self.model_path():
            self.check_fit(path)
        return path

    def _office_engine(self, remote: RemoteOptions) -> RemoteEngine:
        with self._engine_lock:
            if self._office is None or self._office.options != remote:
                self._office = RemoteEngine(remote)
            return self._office

    def _local_engine(self, path: Path) -> LanguageModel:
        """The local model at `path`; one local model is held at a time, so another replaces it."""
        with self._engine_lock:
            if self._engine is None or self._engine_source != path:
                engine = self._load_engine(path)
                self._engine, self._engine_source, self._model_info = engine, path, engine.info
            return self._engine

    def engine(self, model_path: str | Path | None = None) -> LanguageModel:
        """The engine every capability uses: the office server when one is configured (and no model
        file is asked for), else the local model, loaded on first use or when another is asked for."""
        return self._engine_and_info(model_path)[0]

    def _engine_and_info(self, model_path: str | Path | None) -> tuple[LanguageModel, GGUFInfo | None]:
        """The engine, with its GGUF header when it is a local model (None for an office server)."""
        model_path = model_path or self._run_model
        remote = None if model_path or self.routing() != Routing.OFFICE else self.remote_options()
        path = Path(model_path) if model_path else self.model_path()
        with self._engine_lock:
            if self._engine is None or self._engine_source != (remote if remote is not None else path):
                if remote is not None:
                    self._engine, self._engine_source, self._model_info = RemoteEngine(remote), remote, None
                else:
                    engine = self._load_engine(path)
                    self._engine, self._engine_source, self._model_info = engine, path, engine.info
            return self._engine, self._model_info

    def switch_model(self, model_path: str | Path | None, insist: bool = False):
        """Load another model (None: the bundled one) and make it the default.

        A model that will not fit in memory is refused unless `insist`. If it cannot be
        loaded, the previous model stays loaded and the settings are unchanged.
        """
        path = Path(model_path).expanduser().resolve() if model_path else default_model_path()
        info = read_gguf(path)  # once: the fit check and the load share it
        if not insist:
            self.check_fit(path, info)
        with self._engine_lock:
            previous, self._engine = self._engine, None
            try:
                engine = self._load_engine(path, info)
            except DeskmateError:
                self._engine = previous
                raise
            self._engine, self._engine_source, self._model_info = engine, path, info
        self.settings.model_path = "" if path == default_model_path() else str(path)
        self.save_settings()
        return engine

    def check_fit(self, path: Path, info: GGUFInfo | None = None) -> FitEstimate:
        info = info if info is not None else read_gguf(path)
        chosen = effective_settings(self.settings, info)
        fit = estimate_fit(info, chosen.n_ctx, chosen.n_gpu_layers)
        if fit.verdict == Verdict.WILL_NOT_FIT:
            raise ModelError(f"{path.name} will not fit: it {fit.reason}. Load it anyway only if you are sure "
                             "(--force on the command line, or confirm in the model manager).")
        return fit

    def _load_engine(self, path: Path, info: GGUFInfo | None = None) -> Engine:
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
    def loaded_engine(self) -> LanguageModel | None:
        return self._engine

    def use_ocr(self, enabled: bool) -> None:
        """Read scans and images by OCR (or not) from the next indexing run on."""
        if self._documents is not None and self._documents.read_limits is not None:
            self._documents.read_limits = replace(self._documents.read_limits, ocr=enabled)

    @property
    def documents(self) -> DocumentIndex:
        """The local document index (the embedder loads on first use)."""
        if self._documents is None:
            limits = ReadLimits(seconds=self.settings.read_timeout_s, memory_mb=self.settings.read_memory_mb,
                                ocr=self.settings.ocr_enabled)
            self._documents = DocumentIndex(self.store, max_file_bytes=self.settings.max_document_mb * 1024 * 1024,
                                            read_limits=limits)
            self._documents.include_generated = self.settings.index_generated_files  # read by index_plan
        return self._documents

    def chat(self, model_path: str | Path | None = None) -> Chat:
        engine, info = self._engine_and_info(model_path)
        settings = self.settings if info is None else effective_settings(self.settings, info)  # per-model values
        return Chat(self.history, engine, settings, self.caches, documents=self.documents,
                    engine_for_private=self._engine_for_private, library_home=self.home)

    def _engine_for_private(self, paths: list[str]) -> LanguageModel | None:
        """The local model, when passages from `paths` must not leave this computer (else None)."""
        return self.engine_for(Task.CHAT, private=True).engine if self.is_private(paths) else None

    def close(self) -> None:
        self.store.close()
