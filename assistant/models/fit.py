"""Will a model fit? An estimate of its memory need against this computer's free memory, and of
how fast it will answer here.

need = weights (the file, memory-mapped) + KV cache for the chosen context + working buffers.
Layers offloaded to a GPU move their share of weights and cache into video memory.
Speed: on the CPU, writing each token reads every weight once, so tokens/s is about the memory
bandwidth the cores reach divided by the weights' size (calibrated on the bundled model).
For a catalogue model not yet downloaded, its size and parameter count stand in for the header.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum

from assistant.models.downloads import CatalogueEntry
from assistant.models.gguf import GGUFInfo
from assistant.runtime.system import (
    available_ram,  # tests replace assistant.models.fit.available_ram
    physical_cores,
    total_ram,
)

KV_BYTES_PER_VALUE = 2  # llama.cpp keeps the KV cache in f16 by default
BASE_OVERHEAD = 160 * 1024**2
COMFORTABLE_SHARE = 0.75  # above this share of free memory, the system starts to struggle
SLOW_ON_CPU_PARAMETERS = 8e9
# Bytes of weights the CPU path reads per second per physical core: SmolLM2-135M Q4_1 (98 MB)
# streams about 90 tokens/s on 2 cores of the development machine (README), i.e. ~4.4 GB/s a core.
CPU_BYTES_PER_S_PER_CORE = 4.4e9
MEMORY_BANDWIDTH_CAP = 40e9  # dual-channel desktop memory: more cores stop helping beyond this
COMFORTABLE_TOKENS_PER_S = 8.0  # about reading speed: slower answers feel sluggish
KV_BYTES_PER_PARAMETER_AT_4K = 0.5  # catalogue models without a header: a generous KV cache guess


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
    verdict, reason = _verdict(info.parameter_count, ram_needed, ram_available, vram_needed, vram_available, on_gpu)
    return FitEstimate(weights, cache, overhead, ram_needed, vram_needed, ram_available, vram_available,
                       verdict, reason)


def _verdict(parameter_count: int, ram_needed: int, ram_available: int, vram_needed: int, vram_available: int | None,
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
    if on_gpu == 0 and parameter_count > SLOW_ON_CPU_PARAMETERS:
        return Verdict.MAY_BE_SLOW, (f"{parameter_count / 1e9:.0f}B parameters on the CPU alone will answer slowly")
    return Verdict.FITS, f"needs about {_gib(ram_needed)}; {_gib(ram_available)} is free"


def expected_tokens_per_s(weights_bytes: int, cores: int) -> float:
    """About how many tokens a second a model of `weights_bytes` writes on `cores` CPU cores."""
    bandwidth = min(max(cores, 1) * CPU_BYTES_PER_S_PER_CORE, MEMORY_BANDWIDTH_CAP)
    return bandwidth / max(weights_bytes, 1)


@dataclass(frozen=True)
class Machine:
    """What the first run checks: memory, cores and whether llama.cpp can use a GPU here."""
    ram_total_bytes: int
    ram_available_bytes: int
    cores: int
    gpu_offload: bool  # this llama.cpp build can offload layers to a GPU

    def describe(self) -> str:
        gpu = "GPU offload available" if self.gpu_offload else "no GPU offload (CPU only)"
        return (f"{_gib(self.ram_total_bytes)} memory ({_gib(self.ram_available_bytes)} free), "
                f"{self.cores} CPU cores, {gpu}")


def this_machine(gpu_offload: bool) -> Machine:
    """This computer now. `gpu_offload`: what the llama.cpp build reports (llm/local.py asks it)."""
    return Machine(total_ram(), available_ram(), physical_cores(), gpu_offload)


def catalogue_size_bytes(entry: CatalogueEntry) -> int:
    """The download's size from its "0.8 GB" / "650 MB" text (the catalogue has no exact byte count)."""
    match = re.match(r"\s*([\d.]+)\s*([GM])B", entry.approx_size, re.IGNORECASE)
    if not match:
        return 0
    scale = 1024**3 if match.group(2).upper() == "G" else 1024**2
    return int(float(match.group(1)) * scale)


def catalogue_parameters(entry: CatalogueEntry) -> int:
    """The parameter count named in the entry ("Llama 3.2 1B", "SmolLM2 135M"); 0 when it names none."""
    match = re.search(r"(\d+(?:\.\d+)?)\s*([BM])\b", f"{entry.name} {entry.id}", re.IGNORECASE)
    if not match:
        return 0
    return int(float(match.group(1)) * (1e9 if match.group(2).upper() == "B" else 1e6))


@dataclass(frozen=True)
class Recommendation:
    entry: CatalogueEntry
    fit: FitEstimate
    tokens_per_s: float
    recommended: bool = False  # the one the first run suggests for this machine


def estimate_catalogue_fit(entry: CatalogueEntry, machine: Machine, n_ctx: int = 4096) -> FitEstimate:
    """`estimate_fit` for a model not downloaded yet, from its size and parameter count."""
    weights, parameters = catalogue_size_bytes(entry), catalogue_parameters(entry)
    cache = int(parameters * KV_BYTES_PER_PARAMETER_AT_4K * n_ctx / 4096)
    overhead = BASE_OVERHEAD + weights // 20
    ram_needed = weights + cache + overhead
    verdict, reason = _verdict(parameters, ram_needed, machine.ram_available_bytes, 0, None, 0.0)
    return FitEstimate(weights, cache, overhead, ram_needed, 0, machine.ram_available_bytes, None, verdict, reason)


def recommend(entries: Sequence[CatalogueEntry], machine: Machine, n_ctx: int = 4096) -> list[Recommendation]:
    """Every catalogue model with its fit and expected speed here, best choices first; the largest
    model that fits and still answers at reading speed is marked recommended."""
    rated = [(entry, estimate_catalogue_fit(entry, machine, n_ctx)) for entry in entries]
    options = [Recommendation(entry, fit, expected_tokens_per_s(fit.weights_bytes, machine.cores))
               for entry, fit in rated]
    comfortable = [r for r in options if r.fit.verdict is Verdict.FITS and r.tokens_per_s >= COMFORTABLE_TOKENS_PER_S]
    best = max(comfortable, key=lambda r: catalogue_parameters(r.entry), default=None)
    order = {Verdict.FITS: 0, Verdict.MAY_BE_SLOW: 1, Verdict.WILL_NOT_FIT: 2}
    marked = [Recommendation(r.entry, r.fit, r.tokens_per_s, r is best) for r in options]
    return sorted(marked, key=lambda r: (not r.recommended, order[r.fit.verdict], catalogue_parameters(r.entry)))
