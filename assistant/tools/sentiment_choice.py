"""Which sentiment scorer to use: the bundled classifier, or the user's own GGUF if it scores better.

The bundled 135M chat model scores SST-2 at chance, so it is never asked. For a larger GGUF the choice
is made by the numbers, once per model file: both scorers label resources/sentiment/validation.tsv
(200 SST-2 phrases the classifier never trained on) and the more accurate one wins. The measurement is
kept in the data folder (sentiment-choice.json) so it is not repeated.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.config import write_atomically
from assistant.models.gguf import read_gguf
from assistant.runtime.resources import bundled_model_path, resource_path
from assistant.tools.sentiment import ModelScorer, Scorer, default_scorer

CHOICE_FILE = "sentiment-choice.json"
MIN_PARAMETERS = 400_000_000  # below this a chat model was measured at chance (SmolLM2-135M: 0.50)


def validation_set(path: Path | None = None) -> tuple[list[str], np.ndarray]:
    lines = (path or resource_path("sentiment", "validation.tsv")).read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.rsplit("\t", 1) for line in lines if line.strip()]
    return [text for text, _ in rows], np.array([int(label) for _, label in rows])


def accuracy(scorer: Scorer, texts: list[str], labels: np.ndarray) -> float:
    return float(((np.asarray(scorer.positive_probability(texts)) >= 0.5).astype(int) == labels).mean())


def compare(engine, adapter: Scorer, texts: list[str], labels: np.ndarray) -> dict:
    """Both scorers' accuracy on the same phrases, and the temperature that calibrates the model's scores."""
    probabilities = np.clip(np.asarray(ModelScorer(engine).positive_probability(texts), dtype=float), 1e-9, 1 - 1e-9)
    log_odds = np.log(probabilities / (1 - probabilities))
    signs = 2 * labels - 1
    grid = np.exp(np.linspace(np.log(0.25), np.log(16), 200))
    temperature = float(grid[int(np.argmin([np.mean(np.logaddexp(0, -signs * log_odds / t)) for t in grid]))])
    return {"model_accuracy": round(float(((log_odds >= 0).astype(int) == labels).mean()), 4),
            "adapter_accuracy": round(accuracy(adapter, texts, labels), 4), "model_temperature": temperature,
            "n": len(texts)}


def model_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{int(stat.st_mtime)}"


def choose_scorer(workspace) -> Scorer:
    """The scorer for this workspace's chosen model (measuring a new large GGUF once)."""
    path = Path(workspace.model_path())
    if path == bundled_model_path() or not path.is_file():
        return default_scorer()
    if (read_gguf(path).parameter_count or 0) < MIN_PARAMETERS:
        return default_scorer()
    cache_path = Path(workspace.home) / CHOICE_FILE
    cache = json.loads(cache_path.read_text(encoding="utf-8")) if cache_path.is_file() else {}
    key = model_key(path)
    if key not in cache:
        engine = workspace.engine()
        cache[key] = compare(engine, default_scorer(), *validation_set())
        write_atomically(cache_path, json.dumps(cache, indent=2))
    measured = cache[key]
    if measured["model_accuracy"] > measured["adapter_accuracy"]:
        return ModelScorer(workspace.engine(), temperature=measured["model_temperature"])
    return default_scorer()

