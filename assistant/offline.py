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


def apply() -> None:
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ[name] = value
