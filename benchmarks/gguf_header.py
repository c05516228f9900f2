"""The GGUF header read of a model load: today's reader against the one it replaced, same run.

"Before" is the per-field reader of commit 6364d19 (one lseek per field), loaded from git history
into a temporary module. Models: the bundled SmolLM2-135M (49,152-token vocabulary) and, since no
Qwen2.5-0.5B GGUF can be had without a download from a model hub, a synthetic file with the same
header shape (151,936 tokens, 151,387 merges, 151,936 token types; a few tiny tensors) written with
the `gguf` package. Also counted under strace: the system calls one read makes.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, median

PREVIOUS_READER = "6364d19:assistant/gguf.py"  # the reader before issue 13, at its old path
QWEN_VOCABULARY, QWEN_MERGES = 151_936, 151_387
PROBE = """
import importlib.util, os, sys
spec = importlib.util.spec_from_file_location("reader", sys.argv[1])
reader = importlib.util.module_from_spec(spec); sys.modules["reader"] = reader; spec.loader.exec_module(reader)
def marker(name):
    try:
        os.stat("/deskmate-marker-" + name)
    except OSError:
        pass
marker("start"); reader.read_gguf(sys.argv[2]); marker("end")
"""


def previous_reader(folder: Path) -> Path | None:
    """The replaced reader's source, from git history (None outside a git checkout)."""
    done = subprocess.run(["git", "show", PREVIOUS_READER], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        return None
    path = folder / "gguf_before.py"
    path.write_text(done.stdout, encoding="utf-8")
    return path


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def synthetic_qwen_sized(path: Path) -> Path:
    """A GGUF whose header has Qwen2.5-0.5B's vocabulary shape (byte-level BPE token texts)."""
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), "qwen2")
    writer.add_name("synthetic-151k-vocabulary")
    writer.add_context_length(32768)
    writer.add_file_type(3)
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list([f"Ġtok{i}" for i in range(QWEN_VOCABULARY)])
    writer.add_token_types([1] * QWEN_VOCABULARY)
    writer.add_token_merges([f"Ġt ok{i}" for i in range(QWEN_MERGES)])
    writer.add_chat_template("{% for m in messages %}<|im_start|>{{ m.content }}<|im_end|>{% endfor %}")
    for i in range(4):
        writer.add_tensor(f"blk.{i}.weight", np.zeros((64, 64), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def read_seconds(module, model: Path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        module.read_gguf(model)
        times.append(time.perf_counter() - started)
    return median(times)


def syscalls_of_one_read(reader_source: Path, model: Path) -> dict | None:
    """System calls between two markers around one read_gguf, by name (None without strace)."""
    if shutil.which("strace") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "read.strace"
        subprocess.run(["strace", "-f", "-o", str(log), sys.executable, "-c", PROBE, str(reader_source), str(model)],
                       check=True, capture_output=True, timeout=600)
        lines = log.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "deskmate-marker-start" in line)
    end = next(i for i, line in enumerate(lines) if "deskmate-marker-end" in line)
    calls = [line.split(None, 1)[1].split("(", 1)[0] for line in lines[start + 1:end]]
    return {"total": len(calls), "lseek": calls.count("lseek"), "read": calls.count("read")}


def measure_model(model: Path, readers: dict[str, tuple[object, Path]], repeats: int) -> dict:
    figures = {}
    for label, (module, source) in readers.items():
        figures[f"{label}_s"] = round(read_seconds(module, model, repeats), 4)
        figures[f"{label}_syscalls"] = syscalls_of_one_read(source, model)
    if "before" in readers:
        figures["speedup"] = round(figures["before_s"] / figures["after_s"], 1)
    return figures


def gguf_header_figures(bundled: Path, repeats: int = 5) -> dict:
    """read_gguf before/after on the bundled model and on a 151k-token vocabulary."""
    current = REPO / "assistant" / "models" / "gguf.py"
    with tempfile.TemporaryDirectory() as folder:
        readers = {"after": (load_module(current, "gguf_after"), current)}
        before = previous_reader(Path(folder))
        if before is not None:
            readers["before"] = (load_module(before, "gguf_before"), before)
        qwen = synthetic_qwen_sized(Path(folder) / "synthetic-151k-vocabulary.gguf")
        return {
            "previous_reader": PREVIOUS_READER if before is not None else "not available (no git history)",
            "bundled_135m": measure_model(bundled, readers, repeats),
            "synthetic_151k_vocabulary": {"size_bytes": qwen.stat().st_size,
                                          **measure_model(qwen, readers, repeats)},
        }


if __name__ == "__main__":
    import json

    from assistant.runtime.resources import bundled_model_path

    print(json.dumps(gguf_header_figures(bundled_model_path()), indent=2))
