"""Model settings, hardware fit and model switching in the core (no GUI)."""
import json
import shutil

import pytest

from assistant.errors import InvalidInput, ModelError
from assistant.models.fit import Verdict, estimate_fit, kv_cache_bytes
from assistant.models.gguf import read_gguf
from assistant.models.settings import settings_for, store_for
from assistant.workspace import LOAD_MARKER, Workspace
from tests.helpers.processes import run_cli


def test_kv_cache_estimate_matches_llama_cpp(model_path):
    # llama.cpp reports a 90 MiB f16 KV cache for SmolLM2-135M at 4096 tokens of context.
    assert kv_cache_bytes(read_gguf(model_path), 4096) == 90 * 1024**2


def test_fit_verdicts(model_path):
    info = read_gguf(model_path)
    assert estimate_fit(info, 4096, ram_available=8 * 1024**3).verdict == Verdict.FITS
    assert estimate_fit(info, 4096, ram_available=400 * 1024**2).verdict == Verdict.MAY_BE_SLOW
    refused = estimate_fit(info, 4096, ram_available=100 * 1024**2)
    assert refused.verdict == Verdict.WILL_NOT_FIT and "100 MB is free" in refused.reason


def test_per_model_settings_default_to_global_and_are_kept_per_file(isolated_home, model_path):
    workspace = Workspace(isolated_home)
    info = read_gguf(model_path)
    chosen = settings_for(workspace.settings, info)
    assert chosen.n_ctx == 4096 and chosen.temperature == workspace.settings.temperature
    chosen.n_ctx, chosen.temperature = 2048, 0.6
    store_for(workspace.settings, info, chosen)
    workspace.save_settings()
    again = Workspace(isolated_home)
    assert settings_for(again.settings, info).n_ctx == 2048
    assert again.engine().n_ctx == 2048
    chosen.n_ctx = 100_000
    with pytest.raises(InvalidInput, match="between 256 and 8,192"):
        store_for(workspace.settings, info, chosen)


def test_switch_model_refuses_what_will_not_fit_unless_insisted(isolated_home, model_path, tmp_path, monkeypatch):
    other = tmp_path / "Other.gguf"
    shutil.copy(model_path, other)
    workspace = Workspace(isolated_home)
    monkeypatch.setattr("assistant.models.fit.available_ram", lambda: 64 * 1024**2)
    with pytest.raises(ModelError, match="will not fit"):
        workspace.switch_model(other)
    assert workspace.settings.model_path == ""
    assert workspace.switch_model(other, insist=True).path == other
    assert Workspace(isolated_home).model_path() == other


def test_a_model_that_crashed_while_loading_is_not_loaded_again(isolated_home, tmp_path):
    workspace = Workspace(isolated_home)
    workspace.settings.model_path = str(tmp_path / "crashy.gguf")
    workspace.save_settings()
    (isolated_home / LOAD_MARKER).write_text(json.dumps({"path": str(tmp_path / "crashy.gguf")}))
    again = Workspace(isolated_home)
    assert again.settings.model_path == ""
    assert any("crashy.gguf" in warning for warning in again.warnings)
    assert not (isolated_home / LOAD_MARKER).exists()


def test_cli_models_use_and_back_to_default(isolated_home, model_path, tmp_path):
    other = tmp_path / "Other.gguf"
    shutil.copy(model_path, other)
    done = run_cli("models", "use", str(other), "--json", home=isolated_home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["model_path"] == str(other)
    chat = json.loads(run_cli("chat", "Hi", "--max-tokens", "5", "--json", home=isolated_home).stdout)
    assert chat["model"] == "Other"
    run_cli("models", "use", "default", home=isolated_home)
    assert Workspace(isolated_home).settings.model_path == ""
