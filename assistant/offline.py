"""Keep every library we use offline and quiet.

Imported first by the `assistant` package, so these variables are set before
huggingface_hub, transformers or sentence_transformers read them.
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
}


# llama.cpp's OpenMP threads spin while they wait for each other. On a laptop that is also
# doing other work, spinning threads that lose their core make generation several times slower
# (measured here: 10 tok/s spinning vs 30 tok/s passive with the CPU shared). Users can override.
THREADING_DEFAULTS = {"OMP_WAIT_POLICY": "PASSIVE"}


def apply() -> None:
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ[name] = value
    for name, value in THREADING_DEFAULTS.items():
        os.environ.setdefault(name, value)
