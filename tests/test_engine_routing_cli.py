"""`deskmate engine routing|tool-model|private`: the routing settings from the command line."""
from __future__ import annotations

import json

from tests.helpers.processes import run_cli


def test_routing_tool_models_and_private_folders_are_saved_and_shown(tmp_path):
    home, clients = tmp_path / "home", tmp_path / "clients"
    clients.mkdir()
    assert run_cli("engine", "routing", "auto", home=home).returncode == 0
    assert run_cli("engine", "tool-model", "translate", "default", home=home).returncode == 0
    assert run_cli("engine", "private", str(clients), home=home).returncode == 0
    shown = json.loads(run_cli("engine", "routing", "--json", home=home).stdout)
    assert shown == {"routing": "auto", "office_server": None, "tool_models": {"translate": "default"},
                     "private_folders": [str(clients.resolve())]}
    saved = json.loads((home / "settings.json").read_text())
    assert saved["routing"] == "auto" and saved["private_folders"] == [str(clients.resolve())]
    run_cli("engine", "private", str(clients), "--remove", home=home)
    run_cli("engine", "tool-model", "translate", home=home)
    shown = json.loads(run_cli("engine", "routing", "--json", home=home).stdout)
    assert shown["private_folders"] == [] and shown["tool_models"] == {}


def test_bad_routing_input_is_refused_with_the_choices(tmp_path):
    home = tmp_path / "home"
    bad_mode = run_cli("engine", "routing", "cloud", home=home)
    assert bad_mode.returncode != 0 and "local" in bad_mode.stderr and "auto" in bad_mode.stderr
    bad_tool = run_cli("engine", "tool-model", "poem", "default", home=home)
    assert bad_tool.returncode != 0 and "Unknown tool 'poem'" in bad_tool.stderr
    missing = run_cli("engine", "private", str(tmp_path / "nowhere"), home=home)
    assert missing.returncode != 0 and "is not a folder" in missing.stderr
    not_a_model = run_cli("engine", "tool-model", "summarize", str(tmp_path / "none.gguf"), home=home)
    assert not_a_model.returncode != 0 and "does not exist" in not_a_model.stderr


def test_auto_routing_through_the_cli_translates_on_the_office_server_and_summarizes_a_note_here(
        tmp_path, llama_server):
    from tests.helpers.recording_proxy import RecordingProxy

    home = tmp_path / "home"
    with RecordingProxy(llama_server[: -len("/v1")]) as proxy:
        assert run_cli("engine", "use", proxy.url, "--context", "2048", home=home).returncode == 0
        assert run_cli("engine", "routing", "auto", home=home).returncode == 0
        before = len(proxy.bodies())
        note = run_cli("summarize", "-", "--style", "write", "--max-tokens", "16", "--json", home=home,
                       stdin="The team met on Monday and agreed to move the release to Friday.")
        assert note.returncode == 0, note.stderr
        assert len(proxy.bodies()) == before  # a short summary stays on this computer
        translated = run_cli("translate", "-", "--to", "fr", home=home, stdin="Good morning, everyone.")
        assert translated.returncode == 0, translated.stderr
        assert "Running on the office server at 127.0.0.1:" in translated.stderr
        assert any("Good morning, everyone." in body for body in proxy.bodies()[before:])
