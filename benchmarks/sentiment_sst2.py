"""Sentiment on SST-2 dev: accuracy (positive vs negative), expected calibration error and sentences/s
for each method tried. Prints JSON.

    .venv/bin/python benchmarks/sentiment_sst2.py [--methods adapter,logreg,smollm2] [--llm-limit 300]

Methods:
- adapter: the shipped default (all-MiniLM-L6-v2 + LoRA adapter + head, temperature-scaled), via the tool.
- logreg: the frozen embedder + logistic regression on SST-2 train phrases (the reference point),
  temperature-scaled on the same held-out calibration split the adapter uses.
- smollm2: the bundled chat model's log-probabilities of "positive"/"negative", corrected for its prior.
Nothing is tuned on dev. Sentences/s is the batch throughput on dev (batch 64; the model loaded first).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

DATA = REPO.parent / "shared/bench-data/sst2"


def expected_calibration_error(p_positive: np.ndarray, labels: np.ndarray, bins: int = 15) -> float:
    confidence = np.maximum(p_positive, 1 - p_positive)
    correct = ((p_positive >= 0.5).astype(int) == labels).astype(float)
    edges = np.linspace(0.5, 1.0, bins + 1)
    ece = 0.0
    for low, high in zip(edges[:-1], edges[1:]):
        inside = (confidence > low) & (confidence <= high) if low > 0.5 else (confidence >= low) & (confidence <= high)
        if inside.any():
            ece += inside.mean() * abs(confidence[inside].mean() - correct[inside].mean())
    return float(ece)


def measure(name: str, scorer, texts: list[str], labels: np.ndarray) -> dict:
    from assistant.tools.sentiment import analyse_many

    scorer.positive_probability(texts[:8])  # load the model outside the timing
    started = time.perf_counter()
    p = np.asarray(scorer.positive_probability(texts), dtype=float)
    seconds = time.perf_counter() - started
    predicted = (p >= 0.5).astype(int)
    # The label the tool shows (its neutral detector included, where the scorer has one)
    neutral = np.array([result.label == "neutral" for result in analyse_many(texts, scorer)])
    return {"method": name, "n": len(texts), "accuracy": round(float((predicted == labels).mean()), 4),
            "ece": round(expected_calibration_error(p, labels), 4),
            "sentences_per_s": round(len(texts) / seconds, 1),
            "neutral_share": round(float(neutral.mean()), 4),
            "accuracy_when_not_neutral": round(float((predicted == labels)[~neutral].mean()), 4)}


class LogRegScorer:
    """Frozen all-MiniLM-L6-v2 embeddings + logistic regression, temperature-scaled on held-out phrases."""

    name = "logreg"

    def __init__(self, train_limit: int):
        from sklearn.linear_model import LogisticRegression
        from train_sentiment_head import read_tsv, split_calibration

        from assistant.documents.embedder import Embedder

        texts, labels = read_tsv(DATA / "train.tsv")
        (train_x, train_y), (cal_x, cal_y) = split_calibration(texts, labels)
        self.embedder = Embedder()
        self.model = LogisticRegression(C=4.0, max_iter=2000).fit(self.embedder.embed(train_x[:train_limit]),
                                                                 train_y[:train_limit])
        logits = self.model.decision_function(self.embedder.embed(cal_x))
        grid = np.exp(np.linspace(np.log(0.25), np.log(8), 400))
        nll = [np.mean(np.logaddexp(0, -(2 * np.array(cal_y) - 1) * logits / t)) for t in grid]
        self.temperature = float(grid[int(np.argmin(nll))])

    def positive_probability(self, texts):
        logits = self.model.decision_function(self.embedder.embed(list(texts), batch_size=64))
        return 1 / (1 + np.exp(-logits / self.temperature))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--methods", default="adapter,logreg,smollm2")
    parser.add_argument("--llm-limit", type=int, default=300, help="dev sentences for the (slow) chat-model method")
    parser.add_argument("--train-limit", type=int, default=12000, help="train phrases for the logreg baseline")
    args = parser.parse_args(argv)

    from train_sentiment_head import read_tsv

    texts, labels = read_tsv(DATA / "dev.tsv")
    labels = np.array(labels)
    results = []
    for method in args.methods.split(","):
        if method == "adapter":
            from assistant.tools.sentiment import AdapterScorer

            results.append(measure("adapter (default)", AdapterScorer(), texts, labels))
        elif method == "logreg":
            results.append(measure("logreg (frozen embedder)", LogRegScorer(args.train_limit), texts, labels))
        elif method == "smollm2":
            from assistant.llm.local import Engine, EngineOptions
            from assistant.runtime.resources import bundled_model_path
            from assistant.tools.sentiment import ModelScorer

            scorer = ModelScorer(Engine(bundled_model_path(), EngineOptions(n_ctx=2048)))
            n = args.llm_limit or len(texts)
            results.append(measure("smollm2-135m label scores", scorer, texts[:n], labels[:n]))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    baseline = next((r for r in results if r["method"].startswith("logreg")), None)
    for result in results:
        if baseline:
            result["speed_vs_logreg"] = round(result["sentences_per_s"] / baseline["sentences_per_s"], 2)
    print(json.dumps({"benchmark": "sentiment_sst2", "dev_sentences": len(texts), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
