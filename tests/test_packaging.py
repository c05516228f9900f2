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
