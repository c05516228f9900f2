"""Packaging pieces that can be checked here: resource paths, the installer script, the CI workflow."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.runtime import resources

REPO = Path(__file__).resolve().parent.parent


def test_resources_are_found_from_a_checkout():
    assert resources.resource_root() == REPO / "resources"
    assert resources.bundled_model_path().is_file()


def test_resources_are_found_inside_a_frozen_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_root() == tmp_path / "resources"
    assert resources.bundled_model_path() == tmp_path / "resources" / "models" / resources.DEFAULT_MODEL_FILE


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs makensis (Debian package nsis)")
def test_windows_installer_script_compiles(tmp_path):
    out = tmp_path / "Deskmate-Setup.exe"
    done = subprocess.run(["bash", str(REPO / "packaging/windows/build_installer.sh"), "", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable


def test_release_workflow_is_valid_and_uses_only_what_the_repo_has():
    workflow = yaml.safe_load((REPO / ".github/workflows/release.yml").read_text())
    jobs = workflow["jobs"]["build"]
    assert set(jobs["strategy"]["matrix"]["os"]) >= {"ubuntu-22.04", "windows-2022", "macos-14"}
    scripts = []
    for step in jobs["steps"]:
        for word in step.get("run", "").split():
            if word.startswith(("scripts/", "packaging/")):
                scripts.append(word.strip("\"';"))
    assert scripts and all((REPO / s).exists() for s in scripts), scripts
    makefile = (REPO / "Makefile").read_text()
    assert "\ntest:" in makefile and "\nbundle:" in makefile and "\nbundle-test:" in makefile


def test_desktop_entry_is_complete():
    entry = dict(line.split("=", 1) for line in (REPO / "packaging/linux/deskmate.desktop").read_text().splitlines()
                 if "=" in line)
    assert entry["Exec"] == "deskmate" and entry["Icon"] == "deskmate" and entry["Type"] == "Application"


def test_every_name_a_packaging_hook_gives_pyinstaller_can_be_imported():
    """A hook naming a module that a new library version renamed would leave it out of the bundle silently.
    The hooks run PyInstaller's helpers, which `make bundle` installs (the packaging extra), not `make test`."""
    import importlib.util
    import runpy

    pytest.importorskip("PyInstaller", reason="PyInstaller is installed by `make bundle` (the packaging extra)")

    hooks = sorted((REPO / "packaging/hooks").glob("hook-*.py"))
    assert {h.stem for h in hooks} >= {"hook-usearch", "hook-psycopg", "hook-pgvector"}
    for hook in hooks:
        names = runpy.run_path(str(hook)).get("hiddenimports", [])
        missing = [name for name in names if importlib.util.find_spec(name) is None]
        assert not missing, f"{hook.name} names modules that do not exist: {missing}"


def test_bundle_check_passes_from_a_checkout(tmp_path):
    """What `deskmate --bundle-check` proves inside the frozen app (packaging/linux/smoke_test.sh) holds
    in a checkout: the approximate index answers a real index's question, psycopg's libpq refuses a
    closed port with its own error, pgvector formats a vector, Pygments highlights. A crash counts."""
    import json

    from tests.helpers.processes import run_cli, run_in_own_group

    docs, home = tmp_path / "docs", tmp_path / "check-home"
    docs.mkdir()
    (docs / "office.txt").write_text("The office printer code is 4417.\n\nLunch is served at noon in the blue room.\n")
    added = run_cli("index", "add", str(docs), home=home)
    assert added.returncode == 0, added.stderr
    checked = run_in_own_group([sys.executable, str(REPO / "packaging/launcher.py"), "--bundle-check", str(home)],
                               timeout=300)
    assert checked.returncode == 0, f"exit {checked.returncode}\n{checked.stdout}\n{checked.stderr[-3000:]}"
    report = json.loads(checked.stdout)
    assert report["usearch"]["best_hit"] == "office.txt" and report["usearch"]["vectors_in_graph"] == 1
    assert report["psycopg+pgvector"]["ok"] and report["pygments"]["colours"] >= 3
