"""Where bundled resources live, in a source checkout and in a frozen bundle."""
import sys
from pathlib import Path

DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_EMBEDDER_DIR = "all-MiniLM-L6-v2"


def resource_root() -> Path:
    """The `resources/` folder: next to the package in a checkout, inside the bundle when frozen."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_dir:
        return Path(bundle_dir) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"  # assistant/runtime/resources.py -> the checkout


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def bundled_model_path() -> Path:
    return resource_path("models", DEFAULT_MODEL_FILE)


def bundled_embedder_path() -> Path:
    return resource_path("models", DEFAULT_EMBEDDER_DIR)
