"""Sentiment: positive / negative / neutral with a calibrated confidence, for one text or many.

The label is never parsed from free text. A scorer gives P(positive) for each text:
- AdapterScorer (the default): the bundled all-MiniLM-L6-v2 with a LoRA adapter and a linear head,
  trained by scripts/train_sentiment_head.py on SST-2 train, temperature-scaled on a held-out split.
- ModelScorer: a chat model's log-probabilities of the label words, calibrated against its answer
  for a content-free input (the model's prior). Only worth it with a larger GGUF.
benchmarks/sentiment_sst2.py measures both (accuracy, calibration error, speed).

The shipped head (resources/sentiment/head.npz, scripts/train_sentiment_domain_head.py) was retrained
on SST-2 plus sentences from fourteen other domains, and comes with a neutral detector: a second linear
model over the same vector that tells statements of fact from opinions. With it, scores = {positive: p,
negative: 1 - p, neutral: q}, and a text is neutral when q >= 0.5, else positive or negative by p.
Without a detector (a chat model's scores, the SST-2-only head), neutral means "the scorer cannot tell
positive from negative": neutral score 1 - |2p - 1|, the label is the highest score, so a text is
neutral when p lies between 1/3 and 2/3. For positive and negative the confidence is the calibrated
probability that the polarity is right. benchmarks/sentiment_domains.py measures it outside film reviews.
"""
from __future__ import annotations

import hashlib
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.documents.embedder import Embedder
from assistant.errors import ModelError
from assistant.llm.contract import LanguageModel
from assistant.runtime.resources import resource_path
from assistant.tools.common import check_text

LABELS = ("positive", "negative", "neutral")


@dataclass
class Sentiment:
    label: str
    confidence: float
    scores: dict
    method: str = ""  # which scorer gave it (see benchmarks/sentiment_sst2.py)

    def to_dict(self) -> dict:
        return asdict(self)


def sentiment_from_probability(p_positive: float, p_neutral: float | None = None) -> Sentiment:
    """The label from P(positive) and, where the scorer has a neutral detector, P(neutral)."""
    p = min(max(float(p_positive), 0.0), 1.0)
    if p_neutral is None:
        scores = {"positive": round(p, 4), "negative": round(1.0 - p, 4), "neutral": round(1.0 - abs(2 * p - 1), 4)}
        label = max(LABELS, key=lambda name: scores[name])
        return Sentiment(label, scores[label], scores)
    q = min(max(float(p_neutral), 0.0), 1.0)
    scores = {"positive": round(p, 4), "negative": round(1.0 - p, 4), "neutral": round(q, 4)}
    label = "neutral" if q >= 0.5 else ("positive" if p >= 0.5 else "negative")
    return Sentiment(label, scores[label], scores)


class Scorer(Protocol):
    name: str

    def positive_probability(self, texts: Sequence[str]) -> np.ndarray: ...


def adapter_path() -> Path:
    return resource_path("sentiment", "adapter.npz")


def adapter_key(path: Path) -> str:
    """Names the adapter file's content (set-up exports an ONNX model for it under this key)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def head_path(path: Path) -> Path:
    """The head retrained on more than film reviews (scripts/train_sentiment_domain_head.py), beside the adapter."""
    return path.with_name("head.npz")


def load_neutral_detector(path: Path) -> tuple[np.ndarray, float] | None:
    """The neutral detector's weight and bias, when head.npz (beside the adapter) has one."""
    if not head_path(path).is_file():
        return None
    data = np.load(head_path(path))
    if "neutral_weight" not in data:
        return None
    return data["neutral_weight"], float(data["neutral_bias"][0])


def load_head(path: Path) -> tuple[np.ndarray, np.ndarray, float]:
    data = np.load(path)
    return data["head_weight"], data["head_bias"], float(data["temperature"][0])


def load_adapter(path: Path, domain_head: bool = True) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray, float]:
    """LoRA deltas merged into full weight deltas, the head, and the temperature. With `domain_head`,
    the head and temperature come from head.npz when it is there (the adapter file, whose hash keys the
    ONNX export, stays as it is)."""
    if not path.is_file():
        raise ModelError(f"The sentiment model is missing ({path}). Reinstall Deskmate, or run "
                         "scripts/train_sentiment_head.py.")
    data = np.load(path)
    scale = float(data["lora_scale"][0]) if "lora_scale" in data else 2.0
    deltas = {}
    for key in data.files:
        if key.startswith("lora_a::"):
            name = key.split("::", 1)[1]
            a = data[key].astype(np.float32)
            b = data[f"lora_b::{name}"].astype(np.float32)
            deltas[name] = (b @ a) * scale
    if domain_head and head_path(path).is_file():
        return (deltas, *load_head(head_path(path)))
    return deltas, data["head_weight"], data["head_bias"], float(data["temperature"][0])


class AdapterScorer:
    """all-MiniLM-L6-v2 + the bundled adapter + a linear head (numpy)."""

    name = "minilm-adapter"

    def __init__(self, path: Path | None = None, embedder_path: Path | None = None, batch_size: int = 64,
                 domain_head: bool = True):
        self.path = path or adapter_path()
        self.domain_head = domain_head
        self._neutral: tuple[np.ndarray, float] | None = None
        self.embedder_path = embedder_path
        self.batch_size = batch_size
        self._embedder: Embedder | None = None
        self._lock = threading.Lock()

    def _load(self) -> Embedder:
        deltas, self._weight, self._bias, self._temperature = load_adapter(self.path, self.domain_head)
        self._neutral = load_neutral_detector(self.path) if self.domain_head else None
        embedder = Embedder(self.embedder_path)
        embedder.add_weight_deltas(deltas, adapter_key(self.path))
        return embedder

    @property
    def embedder(self):
        with self._lock:
            if self._embedder is None:
                self._embedder = self._load()
            return self._embedder

    def positive_probability(self, texts: Sequence[str]) -> np.ndarray:
        return self.probabilities(texts)[0]

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray | None]:
        """P(positive), and P(neutral) from the neutral detector (None without one), from one embedding pass."""
        vectors = self.embedder.embed(list(texts), batch_size=self.batch_size)
        logits = (vectors @ self._weight.T + self._bias) / self._temperature
        positive = 1.0 / (1.0 + np.exp(-(logits[:, 1] - logits[:, 0])))
        if self._neutral is None:
            return positive, None
        weight, bias = self._neutral
        return positive, 1.0 / (1.0 + np.exp(-(vectors @ weight + bias)))


PROMPT = ("Is the sentiment of this movie review positive or negative? Answer with one word.\n\n"
          "Review: {text}")
CONTENT_FREE = "N/A"


class ModelScorer:
    """A chat model's log-probabilities of ' positive' / ' negative', corrected for its prior."""

    name = "model-label-scores"

    def __init__(self, engine: LanguageModel, max_chars: int = 2000, temperature: float = 1.0):
        self.engine, self.max_chars, self.temperature = engine, max_chars, temperature
        self._prior: float | None = None

    def _log_odds(self, text: str) -> float:
        messages = [{"role": "user", "content": PROMPT.format(text=text[: self.max_chars])}]
        scores = self.engine.continuation_logprobs(messages, ["positive", "negative"])
        return scores["positive"] - scores["negative"]

    def positive_probability(self, texts: Sequence[str]) -> np.ndarray:
        if self._prior is None:
            self._prior = self._log_odds(CONTENT_FREE)  # contextual calibration: remove the model's bias
        odds = [(self._log_odds(text) - self._prior) / self.temperature for text in texts]
        return np.array([1.0 / (1.0 + math.exp(-min(max(o, -50.0), 50.0))) for o in odds])


_default_scorer: AdapterScorer | None = None


def default_scorer() -> AdapterScorer:
    """The bundled scorer, loaded once per process."""
    global _default_scorer
    if _default_scorer is None:
        _default_scorer = AdapterScorer()
    return _default_scorer


def analyse(text: str, scorer: Scorer | None = None) -> Sentiment:
    check_text(text)
    return analyse_many([text], scorer)[0]


def analyse_many(texts: Iterable[str], scorer: Scorer | None = None) -> list[Sentiment]:
    texts = list(texts)
    if not texts:
        return []
    scorer = scorer or default_scorer()
    if isinstance(scorer, AdapterScorer):
        positive, neutral = scorer.probabilities(texts)
    else:
        positive, neutral = scorer.positive_probability(texts), None
    results = [sentiment_from_probability(p, None if neutral is None else neutral[i]) for i, p in enumerate(positive)]
    for result in results:
        result.method = scorer.name
    return results
