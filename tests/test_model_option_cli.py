"""`--model NAME|PATH` on the commands that generate: that model for one command, the default untouched,
and the models command's clear messages for a model that does not exist or does not fit."""
from __future__ import annotations

import json
import shutil

import pytest

from assistant.cli import main
from tests.helpers.processes import run_cli
from tests.test_cli import assert_nothing_saved, ok, one_line_error

BUNDLED = "SmolLM2-135M-Instruct"


@pytest.fixture
def second_model(tmp_path, model_path):
    """A real, loadable second model: the bundled file under another name."""
    copy = tmp_path / "models" / "Other-135M.Q4_1.gguf"
    copy.parent.mkdir()
    shutil.copy(model_path, copy)
    return copy


def saved_default(home) -> str:
    return json.loads(ok(run_cli("chat", "Hi", "--max-tokens", "4", "--json", home=home)).stdout)["model"]


def test_chat_uses_a_registered_model_by_name_for_one_command(isolated_home, second_model):
    ok(run_cli("models", "add", str(second_model), home=isolated_home))
    answer = json.loads(ok(run_cli("chat", "Name a colour.", "--model", "Other-135M", "--max-tokens", "8", "--json",
                                   home=isolated_home)).stdout)
    assert answer["model"] == "Other-135M" and answer["reply"].strip()
    assert saved_default(isolated_home) == BUNDLED  # the default did not change
    by_file = json.loads(ok(run_cli("chat", "-c", str(answer["conversation_id"]), "Another?", "--model",
                                    "default", "--max-tokens", "4", "--json", home=isolated_home)).stdout)
    assert by_file["model"] == BUNDLED


def test_summarize_and_translate_take_a_gguf_path(isolated_home, second_model):
    text = "The committee met on Tuesday. It approved the budget for the new library and planned the opening."
    summary = json.loads(ok(run_cli("summarize", "-", "--model", str(second_model), "--length", "short",
                                    "--style", "write", "--max-tokens", "24", "--json", home=isolated_home, stdin=text)).stdout)
    assert summary["model"] == "Other-135M" and summary["summary"].strip()
    translated = json.loads(ok(run_cli("translate", "-", "--to", "fr", "--model", str(second_model), "--json",
                                       home=isolated_home, stdin="Good morning.")).stdout)
    assert translated["model"] == "Other-135M"
    assert saved_default(isolated_home) == BUNDLED


def test_a_model_that_does_not_exist_gets_the_models_message(isolated_home, tmp_path):
    one_line_error(run_cli("chat", "hi", "--model", "Qwen-7B", home=isolated_home),
                   "'Qwen-7B' is not the name of a model", "does not exist", "deskmate models list")
    one_line_error(run_cli("summarize", "-", "--model", str(tmp_path / "gone.gguf"), home=isolated_home,
                           stdin="Some text."), "does not exist")
    one_line_error(run_cli("chat", "hi", "--model", "default", "--engine", "http://127.0.0.1:9", home=isolated_home),
                   "either --engine", "--model")
    server = run_cli("engine", "use", "http://127.0.0.1:9/v1", "--model", "Qwen-7B", home=isolated_home)
    assert server.returncode == 2 and "not the name of a model" not in server.stderr  # the server's model id
    assert_nothing_saved(isolated_home)


def test_a_model_that_will_not_fit_is_refused_unless_forced(isolated_home, second_model, monkeypatch, capsys):
    monkeypatch.setattr("assistant.models.fit.available_ram", lambda: 50 * 1024**2)
    assert main(["chat", "hi", "--model", str(second_model), "--home", str(isolated_home)]) == 2
    error = capsys.readouterr().err
    assert "will not fit" in error and "50 MB is free" in error and "--force" in error
    assert main(["chat", "hi", "--model", str(second_model), "--force", "--max-tokens", "4", "--json",
                 "--home", str(isolated_home)]) == 0
    assert json.loads(capsys.readouterr().out)["model"] == "Other-135M"
