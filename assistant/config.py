"""Settings persisted as JSON in the data folder, and where that folder is."""
from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import StorageError

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
DEFAULT_SYSTEM_PROMPT = "You are Deskmate, a helpful assistant running privately on the user's computer."


@dataclass
class Settings:
    model_path: str = ""  # empty: the bundled default model
    n_ctx: int = 4096
    n_threads: int = 0  # 0: the number of physical cores
    n_gpu_layers: int = 0
    temperature: float = 0.0  # the bundled 135M model answers best greedily
    top_p: float = 0.95
    max_tokens: int = 512
    seed: int = 1234
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    theme: str = "system"
    language: str = "en"
    model_settings: dict = field(default_factory=dict)  # model path -> overrides (see model_settings.py)
    max_document_mb: int = 100  # larger files are skipped by the document index, with a reason
    read_timeout_s: float = 30.0  # CPU seconds a PDF page (or a whole text file, plus 3 s per MB) may take; then skipped
    read_memory_mb: int = 2048  # memory the document parser may use for one file
    ocr_enabled: bool = True  # read scanned PDF pages and images (PNG, JPEG, TIFF) by OCR: slow, but offline
    index_generated_files: bool = False  # also index minified scripts, search indexes, node_modules... (generated.py)
    watched_folders: list = field(default_factory=list)
    first_run_done: bool = False
    ui_state: dict = field(default_factory=dict)  # window geometry, splitter sizes, last conversation
    # The local API (deskmate serve, and the window's switch): off unless turned on.
    api_enabled: bool = False
    api_host: str = "127.0.0.1"
    api_port: int = 8765
    api_key_env: str = ""  # name of the environment variable holding the key clients must send
    api_allow_network: bool = False  # needed (with a key) to listen beyond this computer
    api_max_tokens: int = 1024
    # An office server (any OpenAI-compatible server) as the engine instead of the local model.
    engine_url: str = ""  # empty: the local model
    engine_api_key_env: str = ""  # name of the environment variable holding the server's key
    engine_model: str = ""  # empty: the server's first model
    engine_n_ctx: int = 0  # 0: what the server reports, else 4096
    engine_timeout_s: float = 120.0
    # Where generation runs when an office server is set: "office" (all of it), "local" or "auto"
    # (assistant/llm/routing.py); a model of its own per tool ({"translate": "qwen2.5-1.5b"});
    # folders whose passages are never sent to any server.
    routing: str = "office"
    tool_models: dict = field(default_factory=dict)
    private_folders: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # room for later features, kept across versions

    def copy(self, **changes) -> Settings:
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_dict(self) -> dict:
        return {"version": SETTINGS_VERSION, **dataclasses.asdict(self)}


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Deskmate", appauthor=False))


def location_file() -> Path:
    """Where a data folder chosen in Settings is remembered (outside the data folder itself)."""
    from platformdirs import user_config_dir

    folder = os.environ.get("DESKMATE_CONFIG_DIR") or user_config_dir("Deskmate", appauthor=False)
    return Path(folder) / "location.json"


def chosen_home() -> Path | None:
    try:
        return Path(json.loads(location_file().read_text(encoding="utf-8"))["home"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def choose_home(home: Path | None) -> None:
    """Remember `home` as the data folder for the next start (None: back to the default)."""
    path = location_file()
    if home is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps({"home": str(home)}))


def resolve_home(home: str | os.PathLike | None = None) -> Path:
    """--home wins, then DESKMATE_HOME, then the folder chosen in Settings, then the per-OS data folder."""
    chosen = home or os.environ.get("DESKMATE_HOME") or chosen_home() or default_home()
    return Path(chosen).expanduser().resolve()


def ensure_home(home: Path) -> Path:
    """Create the data folder and prove we can write to it."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            f"Cannot write to the data folder {home} ({exc.strerror or exc}). "
            "Choose another folder with --home or DESKMATE_HOME, or fix its permissions."
        ) from None
    return home


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file, flush it to disk, then rename over the target."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class SettingsFile:
    """Loads and saves Settings; a damaged file is kept aside and defaults are used."""

    def __init__(self, home: Path):
        self.path = home / SETTINGS_FILE
        self.warning: str | None = None

    def load(self) -> Settings:
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):  # from a save that was cut off
            leftover.unlink(missing_ok=True)
        if not self.path.exists():
            return Settings()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if int(data.get("version", 1)) > SETTINGS_VERSION:
                return self._set_aside("was written by a newer version of Deskmate")
            return Settings.from_dict(data)
        except (ValueError, TypeError, UnicodeDecodeError):
            return self._set_aside("could not be read")

    def save(self, settings: Settings) -> None:
        write_atomically(self.path, json.dumps(settings.to_dict(), indent=2))

    def _set_aside(self, reason: str) -> Settings:
        backup = self.path.with_name(f"{self.path.name}.{time.strftime('%Y%m%d-%H%M%S')}.bak")
        os.replace(self.path, backup)
        self.warning = f"Your settings file {reason}; it was kept as {backup.name} and defaults are used."
        return Settings()
