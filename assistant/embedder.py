"""Sentence embeddings: the only module that imports sentence_transformers (and torch).

The bundled all-MiniLM-L6-v2 is loaded from resources/models, never from a hub.
Vectors are float32 and L2-normalised, so a dot product is the cosine similarity.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.errors import ModelError
from assistant.resources import bundled_embedder_path

os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


class Embedder:
    def __init__(self, path: str | os.PathLike | None = None, threads: int = 0):
        self.path = Path(path) if path else bundled_embedder_path()
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    def _load(self):
        if not (self.path / "config.json").is_file():
            raise ModelError(f"The embedding model is missing ({self.path}). Run 'make setup' or reinstall Deskmate.")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        from assistant.engine import physical_cores

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()  # "sequence longer than the model" is expected: we chunk
        torch.set_num_threads(self.threads or physical_cores())
        return SentenceTransformer(str(self.path), device="cpu", local_files_only=True)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def dimensions(self) -> int:
        return self.model.get_sentence_embedding_dimension()

    @property
    def max_tokens(self) -> int:
        """The longest input (in word pieces, without [CLS]/[SEP]) the model reads; longer text is cut."""
        return self.model.max_seq_length - 2

    @property
    def tokenizer(self):
        return self.model.tokenizer

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        encoded = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = self.model.encode(list(texts), batch_size=batch_size, convert_to_numpy=True,
                                    normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_token_ids(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        """Embed texts that are already word-piece ids (without [CLS]/[SEP]) as one batch.

        The chunker has tokenized every chunk already; this skips a second tokenization.
        Same vectors as embed() on the chunk texts.
        """
        import torch

        if not sequences:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        tokenizer, limit = self.tokenizer, self.max_tokens
        rows = [[tokenizer.cls_token_id, *list(ids)[:limit], tokenizer.sep_token_id] for ids in sequences]
        width = max(len(row) for row in rows)
        input_ids = torch.full((len(rows), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, row in enumerate(rows):
            input_ids[i, :len(row)] = torch.tensor(row, dtype=torch.long)
            mask[i, :len(row)] = 1
        features = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": torch.zeros_like(input_ids)}
        with torch.inference_mode():
            vectors = self.model(features)["sentence_embedding"]
            vectors = torch.nn.functional.normalize(vectors, p=2, dim=1)
        return vectors.numpy().astype(np.float32, copy=False)

    # -- adapters (added for the sentiment tool) -------------------------------------------------

    def add_weight_deltas(self, deltas: dict[str, np.ndarray]) -> None:
        """Add each array to the transformer weight of that name, in place (e.g. a merged LoRA adapter).

        Use a separate Embedder for this: the vectors it gives afterwards belong to the adapted model.
        """
        import torch

        parameters = dict(self.model[0].auto_model.named_parameters())
        missing = sorted(set(deltas) - set(parameters))
        if missing:
            raise ModelError(f"The adapter does not fit {self.name} (unknown weights: {', '.join(missing[:3])}).")
        with torch.no_grad():
            for name, delta in deltas.items():
                if tuple(parameters[name].shape) != delta.shape:
                    raise ModelError(f"The adapter does not fit {self.name} (shape of {name}).")
                parameters[name].add_(torch.from_numpy(np.asarray(delta, dtype=np.float32)))
