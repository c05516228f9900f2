"""Set-up step: export the bundled all-MiniLM-L6-v2 to ONNX for assistant/documents/embedder.py.

Writes into resources/models/all-MiniLM-L6-v2/onnx/ (ignored by git; bundled with the app):
- model_int8.onnx     the model with mean pooling and normalisation in the graph, its layers fused
                      for onnxruntime (attention, layer norms, GELU), int8 weights (dynamic
                      quantization, one scale per output channel): the index and search use it;
- adapted-<key>.onnx  the same (int8) with the sentiment tool's LoRA adapter merged in (SST-2 dev:
                      accuracy 0.887 vs 0.889 for fp32, 68 MB smaller);
- model.onnx          the fp32 export, only with --fp32 (benchmarks/embedder_backends.py).
Each file is checked against torch on sample texts before it is kept. Idempotent: when the files
exist it returns at once (--force redoes them). Needs torch, sentence-transformers, onnx,
onnxruntime (set-up installs them).

    .venv/bin/python scripts/export_embedder_onnx.py [--model DIR] [--fp32] [--force]
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.documents.embedder import ONNX_FILES, Embedder, TorchRunner, adapted_onnx_file, onnx_folder  # noqa: E402
from assistant.runtime.resources import bundled_embedder_path  # noqa: E402
from assistant.tools.sentiment import adapter_key, adapter_path, load_adapter  # noqa: E402

SAMPLES = ["A short sentence.", "Deskmate indexes documents on this computer and never sends them anywhere. " * 12,
           "Vitamin D deficiency and statin use", "The film is a charming, funny and moving piece of work."]
LEAST_COSINE = {"onnx": 0.9999, "onnx-int8": 0.98}


def load_torch_model(model_path: Path) -> TorchRunner:
    # eager attention exports as plain MatMul/Softmax, which onnxruntime fuses into its Attention op
    return TorchRunner(model_path, threads=2, attention="eager")


def export(transformer, target: Path) -> None:
    """The transformer with mean pooling and L2 normalisation, inputs input_ids and attention_mask."""
    import torch

    class Encoder(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=torch.zeros_like(input_ids))[0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    example = (torch.ones((2, 8), dtype=torch.long), torch.ones((2, 8), dtype=torch.long))
    axes = {"batch": 0, "sequence": 1}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about shapes that are constant for this model
        torch.onnx.export(Encoder(transformer.eval()).eval(), example, str(target), dynamo=False, opset_version=17,
                          input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
                          dynamic_axes={"input_ids": {v: k for k, v in axes.items()},
                                        "attention_mask": {v: k for k, v in axes.items()},
                                        "sentence_embedding": {0: "batch"}})


def fuse(source: Path, target: Path, config: dict) -> None:
    from onnxruntime.transformers import optimizer

    fused = optimizer.optimize_model(str(source), model_type="bert", num_heads=config["num_attention_heads"],
                                     hidden_size=config["hidden_size"], opt_level=0)
    fused.save_model_to_file(str(target))


def quantize(source: Path, target: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})


def check(model_path: Path, file: Path, backend: str, reference: np.ndarray) -> float:
    """The least cosine between the file's vectors and torch's on the samples; raises if too low."""
    embedder = Embedder(model_path, threads=2, onnx_file=file)
    least = float((embedder.embed(SAMPLES) * reference).sum(axis=1).min())
    if least < LEAST_COSINE[backend]:
        raise SystemExit(f"{file.name}: vectors differ from torch's (least cosine {least:.5f})")
    return least


def build(runner: TorchRunner, work: Path, fused: Path, config: dict) -> None:
    raw = work / f"{fused.stem}-raw.onnx"
    export(runner.model[0].auto_model, raw)
    fuse(raw, fused, config)


def torch_vectors(runner: TorchRunner) -> np.ndarray:
    return runner.model.encode(SAMPLES, convert_to_numpy=True, normalize_embeddings=True)


def wanted_files(model_path: Path, fp32: bool) -> list[Path]:
    folder, adapter = onnx_folder(model_path), adapter_path()
    files = [folder / ONNX_FILES["onnx-int8"]]
    if adapter.is_file():
        files.append(adapted_onnx_file(model_path, adapter_key(adapter)))
    return files + ([folder / ONNX_FILES["onnx"]] if fp32 else [])


def export_all(model_path: Path, work: Path) -> dict:
    """Every file into `work`, each checked against torch; the least cosines."""
    config = json.loads((model_path / "config.json").read_text())
    model = load_torch_model(model_path)
    build(model, work, work / ONNX_FILES["onnx"], config)
    quantize(work / ONNX_FILES["onnx"], work / ONNX_FILES["onnx-int8"])
    reference = torch_vectors(model)
    report = {name: check(model_path, work / file, name, reference) for name, file in ONNX_FILES.items()}
    adapter = adapter_path()
    if adapter.is_file():
        adapted = adapted_onnx_file(model_path, adapter_key(adapter))
        model.add_weight_deltas(load_adapter(adapter)[0], model_path.name)
        build(model, work, work / f"fp32-{adapted.name}", config)
        quantize(work / f"fp32-{adapted.name}", work / adapted.name)
        report["adapted"] = check(model_path, work / adapted.name, "onnx-int8", torch_vectors(model))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=bundled_embedder_path())
    parser.add_argument("--fp32", action="store_true", help="also keep the fp32 model.onnx")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    targets = wanted_files(args.model, args.fp32)
    if not args.force and all(target.is_file() for target in targets):
        return
    logging.getLogger().setLevel(logging.ERROR)  # onnxruntime's quantizer advises pre-processing; not needed here
    started = time.perf_counter()
    onnx_folder(args.model).mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=onnx_folder(args.model)) as scratch:
        report = export_all(args.model, Path(scratch))
        for target in targets:
            (Path(scratch) / target.name).replace(target)
    print(f"[export] {', '.join(t.name for t in targets)} written to {onnx_folder(args.model)} in "
          f"{time.perf_counter() - started:.0f} s; least cosine to torch:",
          {name: round(value, 5) for name, value in report.items()})


if __name__ == "__main__":
    main()
