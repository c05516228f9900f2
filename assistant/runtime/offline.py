"""Keep every library we use offline and quiet.

Imported first by the `assistant` package, so these variables are set before
huggingface_hub, transformers, sentence_transformers or onnxruntime read them.
"""
import os

OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
    # onnxruntime >= 1.29 uploads usage events on Linux and macOS unless this is set before it starts
    # (its uploader thread looks up mobile.events.data.microsoft.com; tests/test_no_network.py saw it)
    "ORT_DISABLE_TELEMETRY": "1",
}


# llama.cpp's OpenMP threads wait for each other between steps. Spinning forever (libgomp's
# ACTIVE policy) is slow when the laptop is busy with other work; never spinning (PASSIVE) is slow
# when it is not. A short spin, then sleep, is best in both (measured here, tokens/s of the bundled
# model, 2 threads: idle machine ACTIVE 85, PASSIVE 28, PASSIVE+spin 10000 86; with 3 busy
# processes beside it ACTIVE 9, PASSIVE 20, PASSIVE+spin 10000 19). Users can override both.
THREADING_DEFAULTS = {"OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": "10000"}


def apply() -> None:
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ[name] = value
    for name, value in THREADING_DEFAULTS.items():
        os.environ.setdefault(name, value)
