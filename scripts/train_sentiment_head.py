"""Train the bundled sentiment classifier: a LoRA adapter for all-MiniLM-L6-v2 plus a linear head.

    .venv/bin/python scripts/train_sentiment_head.py [--train ../shared/bench-data/sst2/train.tsv]
                                                     [--out resources/sentiment] [--epochs 1]

What it does, reproducibly (fixed seeds, one thread layout):
1. Reads SST-2 train.tsv (sentence<TAB>label). Holds out a calibration split of CALIBRATION_SIZE
   phrases of at least 8 words (closer to whole review sentences than the short fragments that make
   up most of the file); the classifier never trains on them. SST-2 dev is never read here.
2. Adds rank-RANK LoRA matrices to every linear layer of the six transformer blocks and trains them,
   together with a linear head over the normalised sentence embedding, with AdamW.
3. Fits one temperature on the calibration split (minimum negative log-likelihood), so that the
   confidence shown to users means what it says.
4. Writes adapter.npz (LoRA matrices in float16, head, temperature), adapter.json (how it was made) and
   validation.tsv (the last VALIDATION_SIZE calibration phrases: the app scores a user's own GGUF on them
   to decide whether it beats this classifier).

Run time on this 2-core machine: printed at the end and recorded in adapter.json ("train_seconds").
The committed run (`--threads 1`, the machine shared with other jobs) took 1,690 s (28 min); with two
threads on a quiet machine a batch takes about 0.2 s, so the epoch takes about 6 minutes. Results with a
different thread count can differ in the last digits (floating-point summation order).
`--limit 320` is a one-minute smoke run.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.runtime.resources import bundled_embedder_path  # noqa: E402

RANK = 16
ALPHA = 32
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")
CALIBRATION_SIZE = 2000
VALIDATION_SIZE = 200
MAX_LENGTH = 64
SEED = 13


def read_tsv(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        sentence, _, label = line.rpartition("\t")
        if sentence.strip():
            texts.append(sentence.strip())
            labels.append(int(label))
    return texts, labels


def split_calibration(texts, labels, size=CALIBRATION_SIZE, seed=SEED):
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    long_enough = [i for i in order if len(texts[i].split()) >= 8][:size]
    held = set(long_enough)
    train = [i for i in order if i not in held]
    pick = lambda idx: ([texts[i] for i in idx], [labels[i] for i in idx])  # noqa: E731
    return pick(train), pick(long_enough)


def build_model(torch):
    """all-MiniLM-L6-v2 with LoRA on its linear layers, mean pooling + L2 norm, and a linear head."""
    from transformers import AutoModel, AutoTokenizer

    path = str(bundled_embedder_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    encoder = AutoModel.from_pretrained(path)
    for parameter in encoder.parameters():
        parameter.requires_grad_(False)
    loras = {}
    for index, layer in enumerate(encoder.encoder.layer):
        for target in TARGETS:
            linear = layer.get_submodule(target)
            loras[f"encoder.layer.{index}.{target}.weight"] = add_lora(torch, linear)
    head = torch.nn.Linear(encoder.config.hidden_size, 2)
    scale = torch.nn.Parameter(torch.tensor(20.0))
    return tokenizer, encoder, loras, head, scale


def add_lora(torch, linear):
    """Wrap linear.forward: y = W x + (ALPHA / RANK) * B A x, with B starting at zero."""
    a = torch.nn.Parameter(torch.randn(RANK, linear.in_features) / math.sqrt(linear.in_features))
    b = torch.nn.Parameter(torch.zeros(linear.out_features, RANK))
    base_forward = linear.forward

    def forward(x):
        return base_forward(x) + (x @ a.t() @ b.t()) * (ALPHA / RANK)

    linear.forward = forward
    return a, b


def embed(torch, tokenizer, encoder, texts):
    batch = tokenizer(texts, padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
    hidden = encoder(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=-1)


def length_bucketed_batches(texts, batch_size, rng) -> list[list[int]]:
    """Random batches of similar length, so little compute goes to padding."""
    order = list(range(len(texts)))
    rng.shuffle(order)
    batches = []
    for start in range(0, len(order), batch_size * 50):
        chunk = sorted(order[start:start + batch_size * 50], key=lambda i: len(texts[i]))
        batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def train(torch, model, texts, labels, epochs, batch_size, lr):
    tokenizer, encoder, loras, head, scale = model
    parameters = [p for pair in loras.values() for p in pair] + list(head.parameters()) + [scale]
    optimizer = torch.optim.AdamW(parameters, lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(texts) / batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (0.06 * steps)) * max(0.0, (steps - step) / steps))
    rng, step, started = random.Random(SEED), 0, time.perf_counter()
    encoder.train()
    for epoch in range(epochs):
        for idx in length_bucketed_batches(texts, batch_size, rng):
            logits = head(embed(torch, tokenizer, encoder, [texts[i] for i in idx]) * scale)
            loss = torch.nn.functional.cross_entropy(logits, torch.tensor([labels[i] for i in idx]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                elapsed = time.perf_counter() - started
                print(f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.3f} "
                      f"{elapsed:.0f}s (eta {elapsed / step * (steps - step):.0f}s)", flush=True)
    encoder.eval()


def predict_logits(torch, model, texts, batch_size=128):
    tokenizer, encoder, _, head, scale = model
    with torch.no_grad():
        return torch.cat([head(embed(torch, tokenizer, encoder, texts[i:i + batch_size]) * scale)
                          for i in range(0, len(texts), batch_size)])


def fit_temperature(torch, logits, labels) -> float:
    """The single temperature that minimises the negative log-likelihood on held-out data."""
    target = torch.tensor(labels)
    candidates = np.exp(np.linspace(math.log(0.25), math.log(8.0), 400))
    losses = [torch.nn.functional.cross_entropy(logits / t, target).item() for t in candidates]
    return float(candidates[int(np.argmin(losses))])


def save(model, temperature, out: Path, record: dict) -> None:
    _, _, loras, head, scale = model
    arrays = {}
    for name, (a, b) in loras.items():
        arrays[f"lora_a::{name}"] = a.detach().numpy().astype(np.float16)
        arrays[f"lora_b::{name}"] = b.detach().numpy().astype(np.float16)
    # The head reads the normalised embedding: fold the learnt scale into its weights.
    arrays["head_weight"] = (head.weight.detach() * scale.detach()).numpy().astype(np.float32)
    arrays["head_bias"] = head.bias.detach().numpy().astype(np.float32)
    arrays["temperature"] = np.array([temperature], dtype=np.float32)
    arrays["lora_scale"] = np.array([ALPHA / RANK], dtype=np.float32)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "adapter.npz", **arrays)
    (out / "adapter.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def save_validation(texts, labels, out: Path) -> None:
    rows = list(zip(texts, labels))[-VALIDATION_SIZE:]
    lines = ["sentence\tlabel"] + [f"{text}\t{label}" for text, label in rows]
    (out / "validation.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=REPO.parent / "shared/bench-data/sst2/train.tsv")
    parser.add_argument("--out", type=Path, default=REPO / "resources/sentiment")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N phrases only (smoke runs)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)

    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    texts, labels = read_tsv(args.train)
    (train_texts, train_labels), (cal_texts, cal_labels) = split_calibration(texts, labels)
    if args.limit:
        train_texts, train_labels = train_texts[:args.limit], train_labels[:args.limit]
    model = build_model(torch)
    train(torch, model, train_texts, train_labels, args.epochs, args.batch_size, args.lr)
    logits = predict_logits(torch, model, cal_texts)
    temperature = fit_temperature(torch, logits, cal_labels)
    accuracy = float((logits.argmax(1).numpy() == np.array(cal_labels)).mean())
    record = {"base": "all-MiniLM-L6-v2", "rank": RANK, "alpha": ALPHA, "targets": list(TARGETS),
              "max_length": MAX_LENGTH, "seed": SEED, "epochs": args.epochs, "batch_size": args.batch_size,
              "lr": args.lr, "train_phrases": len(train_texts), "calibration_phrases": len(cal_texts),
              "calibration_accuracy": round(accuracy, 4), "temperature": round(temperature, 4),
              "threads": args.threads, "train_seconds": round(time.perf_counter() - started, 1)}
    save(model, temperature, args.out, record)
    save_validation(cal_texts, cal_labels, args.out)
    print(json.dumps(record, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
