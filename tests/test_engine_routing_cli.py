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
