"""Per-model settings: context length, threads, GPU layers, sampling and system prompt.

The global Settings hold the defaults for every model; a model the user tuned keeps its
own values in Settings.model_settings (keyed by file path). The context length is never
more than the model was trained for.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.errors import InvalidInput
from assistant.models.gguf import GGUFInfo

FIELDS = ("n_ctx", "n_threads", "n_gpu_layers", "temperature", "top_p", "system_prompt")


@dataclass
class ModelSettings:
    n_ctx: int
    n_threads: int  # 0: physical cores
    n_gpu_layers: int  # -1: all layers
    temperature: float
    top_p: float
    system_prompt: str

    def validate(self, trained_context: int | None) -> None:
        limit = trained_context or 1 << 20
        if not 256 <= self.n_ctx <= limit:
            raise InvalidInput(f"Context length must be between 256 and {limit:,} tokens for this model.")
        if not 0.0 <= self.temperature <= 2.0 or not 0.0 < self.top_p <= 1.0:
            raise InvalidInput("Temperature must be between 0 and 2, and top-p above 0 and at most 1.")
        if self.n_threads < 0 or self.n_gpu_layers < -1:
            raise InvalidInput("Threads must be 0 (automatic) or more; GPU layers -1 (all), 0 or more.")


def _key(info: GGUFInfo) -> str:
    return str(Path(info.path).resolve())


def settings_for(settings: Settings, info: GGUFInfo) -> ModelSettings:
    chosen = ModelSettings(**{name: getattr(settings, name) for name in FIELDS})
    chosen = dataclasses.replace(chosen, **{k: v for k, v in settings.model_settings.get(_key(info), {}).items()
                                            if k in FIELDS})
    chosen.n_ctx = min(chosen.n_ctx, info.context_length or chosen.n_ctx)
    return chosen


def store_for(settings: Settings, info: GGUFInfo, chosen: ModelSettings) -> None:
    chosen.validate(info.context_length)
    settings.model_settings[_key(info)] = dataclasses.asdict(chosen)


def effective_settings(settings: Settings, info: GGUFInfo) -> Settings:
    """The global settings with this model's own values applied."""
    return settings.copy(**dataclasses.asdict(settings_for(settings, info)))
