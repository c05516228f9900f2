"""Which models Deskmate knows: the bundled ones and GGUF files the user added."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.config import write_atomically
from assistant.errors import InvalidModelFile, ModelError
from assistant.models.gguf import read_gguf
from assistant.runtime.resources import bundled_embedder_path, bundled_model_path

REGISTRY_FILE = "models.json"


def describe_gguf(path: Path, bundled: bool = False) -> dict:
    return {"kind": "chat", "bundled": bundled, **read_gguf(path).summary()}


def describe_embedder(path: Path) -> dict:
    config = json.loads((path / "config.json").read_text())
    st_config = json.loads((path / "sentence_bert_config.json").read_text())
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return {
        "kind": "embedder", "bundled": True, "name": path.name, "path": str(path),
        "size_bytes": size, "architecture": config.get("model_type", "unknown"),
        "dimensions": config.get("hidden_size"), "context_length": st_config.get("max_seq_length"),
        "quantization": "F32", "license": "apache-2.0",
    }


def default_model_path() -> Path:
    path = bundled_model_path()
    if not path.is_file():
        raise ModelError(f"The bundled model is missing ({path}). Run 'make setup' (or reinstall Deskmate).")
    return path


@dataclass
class ModelRegistry:
    """User-added models are remembered by path in models.json in the data folder."""

    home: Path

    @property
    def file(self) -> Path:
        return self.home / REGISTRY_FILE

    def added_paths(self) -> list[Path]:
        try:
            return [Path(p) for p in json.loads(self.file.read_text()).get("models", [])]
        except (OSError, ValueError, AttributeError):
            return []

    def add(self, path: str | Path) -> dict:
        path = Path(path).expanduser().resolve()
        summary = describe_gguf(path)  # refuses files that are not valid GGUF
        paths = [p for p in self.added_paths() if p != path] + [path]
        write_atomically(self.file, json.dumps({"models": [str(p) for p in paths]}, indent=2))
        return summary

    def remove(self, path: str | Path) -> None:
        path = Path(path).expanduser().resolve()
        paths = [p for p in self.added_paths() if p != path]
        write_atomically(self.file, json.dumps({"models": [str(p) for p in paths]}, indent=2))

    def list(self) -> list[dict]:
        entries = []
        if bundled_model_path().is_file():
            entries.append(describe_gguf(bundled_model_path(), bundled=True))
        for path in self.added_paths():
            try:
                entries.append(describe_gguf(path))
            except InvalidModelFile as exc:
                entries.append({"kind": "chat", "bundled": False, "path": str(path), "error": str(exc)})
        if bundled_embedder_path().is_dir():
            entries.append(describe_embedder(bundled_embedder_path()))
        return entries
