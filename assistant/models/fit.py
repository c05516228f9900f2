"""Will a model fit? An estimate of its memory need against this computer's free memory.

need = weights (the file, memory-mapped) + KV cache for the chosen context + working buffers.
Layers offloaded to a GPU move their share of weights and cache into video memory.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from assistant.models.gguf import GGUFInfo
from assistant.runtime.system import available_ram  # tests replace assistant.models.fit.available_ram

KV_BYTES_PER_VALUE = 2  # llama.cpp keeps the KV cache in f16 by default
BASE_OVERHEAD = 160 * 1024**2
COMFORTABLE_SHARE = 0.75  # above this share of free memory, the system starts to struggle
SLOW_ON_CPU_PARAMETERS = 8e9


class Verdict(StrEnum):
    FITS = "fits"
    MAY_BE_SLOW = "may be slow"
    WILL_NOT_FIT = "will not fit"




@dataclass
class FitEstimate:
    weights_bytes: int
    kv_cache_bytes: int
    overhead_bytes: int
    ram_needed_bytes: int
    vram_needed_bytes: int
    ram_available_bytes: int
    vram_available_bytes: int | None
    verdict: Verdict
    reason: str

    def to_dict(self) -> dict:
        return asdict(self)


def kv_cache_bytes(info: GGUFInfo, n_ctx: int) -> int:
    layers = int(info.arch_value("block_count", 0) or 0)
    heads = int(info.arch_value("attention.head_count", 1) or 1)
    kv_heads = int(info.arch_value("attention.head_count_kv", heads) or heads)
    width = int(info.arch_value("embedding_length", 0) or 0)
    key_length = int(info.arch_value("attention.key_length", width // heads if heads else 0) or 0)
    value_length = int(info.arch_value("attention.value_length", key_length) or key_length)
    return layers * n_ctx * kv_heads * (key_length + value_length) * KV_BYTES_PER_VALUE


def _gib(n_bytes: int) -> str:
    return f"{n_bytes / 1024**3:.1f} GB" if n_bytes >= 1024**3 else f"{n_bytes / 1024**2:.0f} MB"


def estimate_fit(info: GGUFInfo, n_ctx: int, n_gpu_layers: int = 0, ram_available: int | None = None,
                 vram_available: int | None = None) -> FitEstimate:
    layers = int(info.arch_value("block_count", 0) or 0) or 1
    on_gpu = min(max(n_gpu_layers, 0), layers) / layers if vram_available else 0.0
    weights, cache = info.file_size, kv_cache_bytes(info, n_ctx)
    overhead = BASE_OVERHEAD + weights // 20
    ram_needed = int((weights + cache) * (1 - on_gpu)) + overhead
    vram_needed = int((weights + cache) * on_gpu)
    ram_available = available_ram() if ram_available is None else ram_available
    verdict, reason = _verdict(info, ram_needed, ram_available, vram_needed, vram_available, on_gpu)
    return FitEstimate(weights, cache, overhead, ram_needed, vram_needed, ram_available, vram_available,
                       verdict, reason)


def _verdict(info: GGUFInfo, ram_needed: int, ram_available: int, vram_needed: int, vram_available: int | None,
             on_gpu: float) -> tuple[Verdict, str]:
    if ram_needed > ram_available:
        return Verdict.WILL_NOT_FIT, (f"needs about {_gib(ram_needed)} of memory but only {_gib(ram_available)} is free; "
                              "choose a smaller model, a smaller quantization or a shorter context")
    if vram_available is not None and vram_needed > vram_available:
        return Verdict.WILL_NOT_FIT, (f"the GPU layers need about {_gib(vram_needed)} of video memory but only "
                              f"{_gib(vram_available)} is free; offload fewer layers")
    if ram_needed > ram_available * COMFORTABLE_SHARE:
        return Verdict.MAY_BE_SLOW, (f"needs about {_gib(ram_needed)} of the {_gib(ram_available)} free; "
                             "close other programs or the computer may slow down")
    if on_gpu == 0 and info.parameter_count > SLOW_ON_CPU_PARAMETERS:
        return Verdict.MAY_BE_SLOW, (f"{info.parameter_count / 1e9:.0f}B parameters on the CPU alone will answer slowly")
    return Verdict.FITS, f"needs about {_gib(ram_needed)}; {_gib(ram_available)} is free"
