"""Sentence embeddings: the only module that runs the embedding model (onnxruntime, torch,
sentence_transformers are imported here and nowhere else in the app).

The bundled all-MiniLM-L6-v2 is loaded from resources/models, never from a hub. Backends:
- "onnx-int8" (the default): the model that set-up exports (scripts/export_embedder_onnx.py) with
  pooling and normalisation in the graph, layers fused and per-channel int8 weights, run by
  onnxruntime. About 1.65x the speed of torch on this 2-core machine at the same retrieval quality
  (NFCorpus hybrid nDCG@10 0.372 vs 0.374; README, Benchmarks). torch is never imported.
  Activations are quantized with one scale per batch, so a text's vector moves a little with the
  batch it is embedded in (cosine about 0.99); the same batch always gives the same vectors.
- "onnx": the fp32 export (only written with `export_embedder_onnx.py --fp32`; benchmarks).
- "torch": sentence-transformers, the fallback when no ONNX file or no onnxruntime is there.
DESKMATE_EMBEDDER_BACKEND pins one. Vectors of the backends agree to a cosine of at least 0.98,
so an index embedded by one is searched as well with another (a torch-embedded NFCorpus index
searched with int8 queries: 0.373), and the index does not record the backend or re-embed.
Tokenizing never loads the model (the `tokenizers` library reads tokenizer.json). Vectors are
float32 and L2-normalised, so a dot product is the cosine similarity.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.errors import ModelError
from assistant.runtime.resources import bundled_embedder_path
from assistant.runtime.system import physical_cores

os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

BACKENDS = ("onnx-int8", "onnx", "torch")
ONNX_FILES = {"onnx-int8": "model_int8.onnx", "onnx": "model.onnx"}
BACKEND_VARIABLE = "DESKMATE_EMBEDDER_BACKEND"  # pins a backend (benchmarks, troubleshooting)


def onnx_folder(model_path: Path) -> Path:
    return Path(model_path) / "onnx"


def adapted_onnx_file(model_path: Path, adapter_key: str) -> Path:
    """Where set-up writes the model with an adapter merged in (int8, for the sentiment tool)."""
    return onnx_folder(model_path) / f"adapted-{adapter_key[:16]}.onnx"


class WordPieces:
    """The model's tokenizer through the `tokenizers` library, called like a Hugging Face tokenizer."""

    def __init__(self, model_path: Path):
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self.cls_token_id, self.sep_token_id, self.pad_token_id = (self._special(model_path, name)
                                                                   for name in ("[CLS]", "[SEP]", "[PAD]"))

    def _special(self, model_path: Path, name: str) -> int:
        token_id = self._tokenizer.token_to_id(name)
        if token_id is None:
            raise ModelError(f"The embedding model's tokenizer in {model_path} has no {name} token; "
                             "reinstall Deskmate (or run 'make setup' in a source checkout).")
        return token_id

    def __call__(self, texts: Sequence[str], add_special_tokens: bool = True,
                 return_offsets_mapping: bool = False) -> dict:
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=add_special_tokens)
        result: dict[str, list] = {"input_ids": [encoding.ids for encoding in encodings]}
        if return_offsets_mapping:
            result["offset_mapping"] = [encoding.offsets for encoding in encodings]
        return result

    def decode(self, ids: Sequence[int]) -> str:
        return self._tokenizer.decode(list(ids))


class OnnxRunner:
    def __init__(self, file: Path, threads: int):
        import onnxruntime

        if not file.is_file():
            raise ModelError(f"The embedding model file is missing ({file}). Run 'make setup' or reinstall Deskmate.")
        onnxruntime.disable_telemetry_events()  # Windows (ETW); elsewhere ORT_DISABLE_TELEMETRY (assistant/runtime/offline.py)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Idle workers sleep instead of spinning: while indexing, the reader (parsing, chunking) needs the same
        # cores, and spinning took 15% more CPU for the same batches (measured with a busy competitor).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self.session = onnxruntime.InferenceSession(str(file), options, providers=["CPUExecutionProvider"])
        except Exception as error:  # onnxruntime raises its own classes for unreadable or invalid files
            raise ModelError(f"The embedding model file {file} is damaged ({str(error)[:160]}). "
                             "Delete it and run 'make setup', or reinstall Deskmate.") from error

    def run(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]


class TorchRunner:
    def __init__(self, model_path: Path, threads: int, attention: str | None = None):
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging
        except ImportError:  # the installers ship onnxruntime only
            raise ModelError(f"The embedding model's ONNX files are missing from {onnx_folder(model_path)}. "
                             "Reinstall Deskmate (or run 'make setup' in a source checkout).") from None

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()  # "sequence longer than the model" is expected: we chunk
        torch.set_num_threads(threads)
        self.model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True,
                                         model_kwargs={"attn_implementation": attention} if attention else None)

    def run(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import torch

        ids = torch.from_numpy(input_ids)
        features = {"input_ids": ids, "attention_mask": torch.from_numpy(mask), "token_type_ids": torch.zeros_like(ids)}
        with torch.inference_mode():
            vectors = self.model(features)["sentence_embedding"]
            return torch.nn.functional.normalize(vectors, p=2, dim=1).numpy()

    def add_weight_deltas(self, deltas: dict[str, np.ndarray], name: str) -> None:
        import torch

        transformer = self.model[0].auto_model
        if not isinstance(transformer, torch.nn.Module):
            raise ModelError(f"{name} cannot take an adapter: it has no transformer module.")
        parameters = dict(transformer.named_parameters())
        missing = sorted(set(deltas) - set(parameters))
        if missing:
            raise ModelError(f"The adapter does not fit {name} (unknown weights: {', '.join(missing[:3])}).")
        with torch.no_grad():
            for key, delta in deltas.items():
                if tuple(parameters[key].shape) != delta.shape:
                    raise ModelError(f"The adapter does not fit {name} (shape of {key}).")
                parameters[key].add_(torch.from_numpy(np.asarray(delta, dtype=np.float32)))


def choose_backend(model_path: Path, wanted: str | None = None) -> str:
    """The fastest backend whose files are there, unless one is asked for (argument or environment)."""
    wanted = wanted or os.environ.get(BACKEND_VARIABLE) or None
    if wanted is not None and wanted not in BACKENDS:
        raise ModelError(f"Unknown embedder backend '{wanted}'; use one of {', '.join(BACKENDS)}.")
    if wanted is not None:
        return wanted
    if importlib.util.find_spec("onnxruntime") is None:  # found without importing it (start-up time)
        return "torch"
    return next((name for name, file in ONNX_FILES.items() if (onnx_folder(model_path) / file).is_file()), "torch")


def backend_file(model_path: Path, backend: str) -> Path | None:
    """The ONNX file an onnx backend runs (None for torch)."""
    return onnx_folder(model_path) / ONNX_FILES[backend] if backend in ONNX_FILES else None


class Embedder:
    def __init__(self, path: str | os.PathLike | None = None, threads: int = 0, backend: str | None = None,
                 onnx_file: Path | None = None):
        """`onnx_file` runs that file with onnxruntime instead of the one the backend names."""
        self.path = Path(path) if path else bundled_embedder_path()
        self.threads = threads
        self.backend = "onnx" if onnx_file else choose_backend(self.path, backend)
        self._onnx_file = onnx_file or backend_file(self.path, self.backend)
        self._runner: OnnxRunner | TorchRunner | None = None
        self._tokenizer: WordPieces | None = None
        self._lock = threading.Lock()

    def _check(self) -> None:
        if not (self.path / "config.json").is_file():
            raise ModelError(f"The embedding model is missing ({self.path}). Run 'make setup' or reinstall Deskmate.")

    @property
    def runner(self) -> OnnxRunner | TorchRunner:
        with self._lock:
            if self._runner is None:
                self._check()
                self._runner = self._load()
            return self._runner

    def _load(self) -> OnnxRunner | TorchRunner:
        threads = self.threads or physical_cores()
        if self._onnx_file is not None:
            return OnnxRunner(self._onnx_file, threads)
        return TorchRunner(self.path, threads)

    @property
    def model(self):
        """The sentence-transformers model (torch backend only; benchmarks use it as the raw baseline)."""
        if not isinstance(self.runner, TorchRunner):
            raise ModelError(f"The {self.backend} embedder has no sentence-transformers model.")
        return self.runner.model

    @property
    def name(self) -> str:
        return self.path.name

    def _config(self, *parts: str) -> dict:
        self._check()
        return json.loads(self.path.joinpath(*parts).read_text(encoding="utf-8"))

    @functools.cached_property  # read once: embed() asks for it on every call
    def dimensions(self) -> int:
        return int(self._config("1_Pooling", "config.json")["word_embedding_dimension"])

    @functools.cached_property
    def max_tokens(self) -> int:
        """The longest input (in word pieces, without [CLS]/[SEP]) the model reads; longer text is cut."""
        return int(self._config("sentence_bert_config.json")["max_seq_length"]) - 2

    @property
    def tokenizer(self) -> WordPieces:
        with self._lock:
            if self._tokenizer is None:
                self._check()
                self._tokenizer = WordPieces(self.path)
            return self._tokenizer

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]]

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Vectors of the texts (cut at max_tokens), embedded in batches of similar length."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        sequences = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        order = np.argsort([len(ids) for ids in sequences], kind="stable")
        vectors = np.zeros((len(sequences), self.dimensions), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            vectors[rows] = self.embed_token_ids([sequences[row] for row in rows])
        return vectors

    def embed_token_ids(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        """Embed texts that are already word-piece ids (without [CLS]/[SEP]) as one batch.

        The chunker has tokenized every chunk already; this skips a second tokenization.
        Same vectors as embed() on the chunk texts.
        """
        if not sequences:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        tokenizer, limit = self.tokenizer, self.max_tokens
        rows = [[tokenizer.cls_token_id, *list(ids)[:limit], tokenizer.sep_token_id] for ids in sequences]
        input_ids = np.full((len(rows), max(len(row) for row in rows)), tokenizer.pad_token_id, dtype=np.int64)
        mask = np.zeros_like(input_ids)
        for i, row in enumerate(rows):
            input_ids[i, :len(row)] = row
            mask[i, :len(row)] = 1
        return np.asarray(self.runner.run(input_ids, mask), dtype=np.float32)

    # -- adapters (added for the sentiment tool) -------------------------------------------------

    def add_weight_deltas(self, deltas: dict[str, np.ndarray], adapter_key: str | None = None) -> None:
        """Add each array to the transformer weight of that name (e.g. a merged LoRA adapter).

        With an ONNX backend and a file that set-up exported for this adapter (`adapter_key`),
        that file is used; otherwise the torch model is loaded and changed in place.
        Use a separate Embedder for this: the vectors it gives afterwards belong to the adapted model.
        """
        with self._lock:
            adapted = adapted_onnx_file(self.path, adapter_key) if adapter_key else None
            if self.backend != "torch" and adapted is not None and adapted.is_file():
                self.backend, self._onnx_file, self._runner = "onnx", adapted, None
                return
            self.backend, self._onnx_file = "torch", None
            if not isinstance(self._runner, TorchRunner):
                self._check()
                self._runner = TorchRunner(self.path, self.threads or physical_cores())
            self._runner.add_weight_deltas(deltas, self.name)
