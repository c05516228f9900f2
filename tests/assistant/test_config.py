import json
import os

import pytest

from assistant.config import Settings, SettingsFile, ensure_home, resolve_home
from assistant.errors import StorageError


def test_home_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKMATE_HOME", str(tmp_path / "env"))
    assert resolve_home(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert resolve_home(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv("DESKMATE_HOME")
    assert "Deskmate" in str(resolve_home(None))


def test_settings_round_trip(tmp_path):
    file = SettingsFile(tmp_path)
    settings = file.load()
    assert settings == Settings()
    settings.temperature, settings.n_ctx = 0.5, 1024
    file.save(settings)
    again = SettingsFile(tmp_path).load()
    assert again.temperature == 0.5 and again.n_ctx == 1024
    assert json.loads((tmp_path / "settings.json").read_text())["version"] == 1


def test_unknown_keys_are_ignored(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "theme": "dark", "future_key": 3}))
    assert SettingsFile(tmp_path).load().theme == "dark"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", json.dumps({"version": 99})])
def test_damaged_or_newer_settings_are_kept_aside(tmp_path, content):
    (tmp_path / "settings.json").write_text(content)
    file = SettingsFile(tmp_path)
    assert file.load() == Settings()
    backups = list(tmp_path.glob("settings.json.*.bak"))
    assert len(backups) == 1 and backups[0].read_text() == content
    assert "defaults are used" in file.warning


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere; see the CLI test using a file as home")
def test_unwritable_home_is_a_clear_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(StorageError, match="Cannot write to the data folder"):
        ensure_home(locked / "deskmate")


def test_home_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="Cannot write to the data folder"):
        ensure_home(blocker)
