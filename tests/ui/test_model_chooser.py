"""The first-run model chooser: catalogue models rated for a given machine, downloaded from a local test
server only when the user clicks, then offered for use; the welcome recommends from the same list."""
import hashlib
import json

import pytest
from PySide6.QtCore import Qt

from assistant.models.downloads import load_catalogue
from assistant.models.fit import Machine, Verdict, recommend
from tests.helpers.file_server import serving
from tests.helpers.gguf_files import write_model
from ui.catalogue_dialog import BADGE_ROLE, META_ROLE, VERDICT_ROLE, CatalogueDialog
from ui.models_dialog import without_command_hint

GB = 1024**3
MACHINE = Machine(8 * GB, 6 * GB, 4, gpu_offload=False)


@pytest.fixture
def served_catalogue(tmp_path):
    """A catalogue file whose models are served from 127.0.0.1: (catalogue path, the tiny model, requests)."""
    folder = tmp_path / "served"
    folder.mkdir()
    model = write_model(folder / "tiny.gguf")
    with serving(folder) as (url, requested):
        catalogue = tmp_path / "catalogue.json"
        catalogue.write_text(json.dumps({"models": [
            {"id": "huge-70b", "name": "Huge 70B", "url": f"{url}/huge.gguf", "filename": "huge.gguf",
             "approx_size": "40 GB", "sha256": None, "license": "MIT", "description": "Far too big here."},
            {"id": "tiny-0.1b", "name": "Tiny 0.1B", "url": f"{url}/tiny.gguf", "filename": "tiny.gguf",
             "approx_size": "1 MB", "sha256": hashlib.sha256(model.read_bytes()).hexdigest(), "license": "MIT",
             "description": "A test model."}]}), encoding="utf-8")
        yield catalogue, model, requested


def test_the_chooser_rates_models_for_the_machine_and_downloads_only_on_click(qtbot, workspace, served_catalogue):
    catalogue, model, requested = served_catalogue
    dialog = CatalogueDialog(workspace, machine=MACHINE)
    qtbot.addWidget(dialog)
    dialog.entries = load_catalogue(catalogue)
    dialog.show()
    assert "8.0 GB memory (6.0 GB free) · 4 CPU cores · CPU only" in dialog.machine_label.text()
    first, last = dialog.list.item(0), dialog.list.item(1)
    assert first.text() == "Tiny 0.1B" and first.data(BADGE_ROLE) == "Recommended"
    assert "tokens/s here" in first.data(META_ROLE) and first.data(VERDICT_ROLE)[1] is Verdict.FITS
    assert last.text() == "Huge 70B" and last.data(VERDICT_ROLE) == ("Will not fit", Verdict.WILL_NOT_FIT)
    assert dialog.chosen().entry.id == "tiny-0.1b" and requested == []  # nothing fetched before the click
    with qtbot.waitSignal(dialog.downloaded, timeout=30_000) as done:
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    installed = workspace.home / "models" / "tiny.gguf"
    assert done.args == [str(installed)] and installed.read_bytes() == model.read_bytes()
    assert set(requested) == {"/tiny.gguf"} and not list(installed.parent.glob("*.part"))
    assert dialog.use_button.isVisible()
    with qtbot.waitSignal(dialog.use_requested) as used:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert used.args == [str(installed)]


def test_a_checksum_that_does_not_match_keeps_nothing(qtbot, workspace, served_catalogue):
    catalogue, _model, _requested = served_catalogue
    data = json.loads(catalogue.read_text(encoding="utf-8"))
    data["models"][1]["sha256"] = "0" * 64
    catalogue.write_text(json.dumps(data), encoding="utf-8")
    dialog = CatalogueDialog(workspace, machine=MACHINE)
    qtbot.addWidget(dialog)
    dialog.entries = load_catalogue(catalogue)
    dialog.start()
    assert not dialog.download_button.isEnabled()
    qtbot.waitUntil(dialog.download_button.isEnabled, timeout=30_000)
    assert "checksum" in dialog.status.text().lower()
    assert not (workspace.home / "models" / "tiny.gguf").exists() and not dialog.use_button.isVisible()


def test_the_welcome_recommends_models_that_fit_and_opens_the_chooser(qtbot, window, monkeypatch):
    welcome = window.chat.welcome
    assert welcome.isVisible() and welcome.recommendations.count() >= 1  # this machine, the real catalogue
    options = recommend(load_catalogue(), MACHINE)
    welcome.show_machine(MACHINE, options)
    shown = [welcome.recommendations.item(i) for i in range(welcome.recommendations.count())]
    assert 1 <= len(shown) <= 3 and all("tokens/s here" in item.data(META_ROLE) for item in shown)
    assert shown[0].data(BADGE_ROLE) == "Recommended" and "4 CPU cores" in welcome.machine_label.text()
    opened = []
    monkeypatch.setattr(CatalogueDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(welcome.choose_button, Qt.MouseButton.LeftButton)
    recommended = next(o for o in options if o.recommended)
    assert len(opened) == 1 and opened[0].chosen().entry.id == recommended.entry.id
    assert welcome.isVisible()  # choosing a model is not dismissing the welcome


def test_the_window_shows_no_command_line_hint_for_a_model_too_small():
    from assistant.tools.common import MODEL_MANAGER_HINT

    warning = f"SmolLM2 (135M parameters) cannot translate reliably. {MODEL_MANAGER_HINT}"
    shown = without_command_hint(warning)
    assert "deskmate" not in shown and shown == "SmolLM2 (135M parameters) cannot translate reliably."
