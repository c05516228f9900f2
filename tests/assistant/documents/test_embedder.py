"""The embedder's backends on the real bundled model: the ONNX export set-up writes agrees with torch,
torch takes over when the export is missing, a damaged export is reported, and with the export
in place indexing, search and sentiment never import torch."""
import os
import subprocess
import sys

import numpy as np
import pytest

from assistant.documents.embedder import BACKEND_VARIABLE, Embedder, onnx_folder
from assistant.errors import ModelError

TEXTS = ["Vitamin D deficiency is common in people who take statins.",
         "The quarterly report shows revenue grew by 12% while costs stayed flat.",
         "Deskmate indexes the documents on this computer and never sends them anywhere. " * 14,
         "short"]


@pytest.fixture(autouse=True)
def no_pinned_backend(monkeypatch):
    monkeypatch.delenv(BACKEND_VARIABLE, raising=False)


@pytest.fixture
def model_copy(tmp_path, embedder_path):
    """The bundled model folder without its onnx/ folder (files linked, not copied)."""
    copy = tmp_path / embedder_path.name
    for source in embedder_path.rglob("*"):
        if source.is_file() and onnx_folder(embedder_path) not in source.parents:
            target = copy / source.relative_to(embedder_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(source)
    return copy


def test_the_default_is_the_int8_export_and_its_vectors_agree_with_torch(embedder, embedder_path):
    assert embedder.backend == "onnx-int8"
    torch_vectors = Embedder(embedder_path, backend="torch").embed(TEXTS)
    vectors = embedder.embed(TEXTS)
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    assert (vectors * torch_vectors).sum(axis=1).min() >= 0.98


def test_a_text_gets_nearly_the_same_vector_alone_or_in_any_batch(embedder):
    # int8 activations are scaled per batch, so vectors move a little with their batch (torch's do not)
    alone = embedder.embed([TEXTS[0]])[0]
    in_batch = embedder.embed(TEXTS)[0]
    assert float(alone @ in_batch) >= 0.98
    assert np.array_equal(embedder.embed([TEXTS[0]])[0], alone)  # and the same batch gives the same vector


def test_torch_takes_over_when_the_onnx_export_is_missing(model_copy, embedder):
    fallback = Embedder(model_copy)
    assert fallback.backend == "torch"
    assert (fallback.embed(TEXTS[:2]) * embedder.embed(TEXTS[:2])).sum(axis=1).min() >= 0.98


def test_without_the_export_or_torch_the_message_says_to_reinstall(model_copy, monkeypatch):
    # the installers ship onnxruntime only: a deleted export must not end in an ImportError
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ModelError, match="ONNX files are missing.*Reinstall Deskmate"):
        Embedder(model_copy).embed(TEXTS[:1])


def test_a_damaged_onnx_file_is_reported_with_what_to_do(model_copy, embedder_path):
    onnx_folder(model_copy).mkdir()
    good = (onnx_folder(embedder_path) / "model_int8.onnx").read_bytes()
    (onnx_folder(model_copy) / "model_int8.onnx").write_bytes(good[:len(good) // 3])
    damaged = Embedder(model_copy)
    assert damaged.backend == "onnx-int8"
    with pytest.raises(ModelError, match="damaged.*make setup"):
        damaged.embed(["hello"])


def test_an_unknown_pinned_backend_is_refused(monkeypatch, embedder_path):
    monkeypatch.setenv(BACKEND_VARIABLE, "tensorflow")
    with pytest.raises(ModelError, match="onnx-int8"):
        Embedder(embedder_path)


RUN_WITHOUT_TORCH = """
import sys
from pathlib import Path
from assistant.workspace import Workspace
from assistant.tools.sentiment import analyse, default_scorer

folder = Path(sys.argv[1])
folder.mkdir()
(folder / "notes.txt").write_text("The boiler is serviced every October by Hartley Heating. " * 20)
space = Workspace(Path(sys.argv[2]))
for _ in space.documents.add([folder]):
    pass
hits = space.documents.search("who services the boiler")
result = analyse("An absolute delight, warm, funny and beautifully acted.")
heavy = sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules)
print(len(hits), result.label, default_scorer().embedder.backend, heavy)
"""


def test_indexing_search_and_sentiment_run_without_torch(tmp_path):
    done = subprocess.run([sys.executable, "-c", RUN_WITHOUT_TORCH, str(tmp_path / "docs"), str(tmp_path / "home")],
                          capture_output=True, text=True, timeout=300,
                          env={k: v for k, v in os.environ.items() if k != BACKEND_VARIABLE})
    assert done.returncode == 0, done.stderr
    hits, label, backend, heavy = done.stdout.split(maxsplit=3)
    assert int(hits) >= 1 and label == "positive" and backend == "onnx"
    assert heavy.strip() == "[]"
