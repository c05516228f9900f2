"""`deskmate --self-test --screenshot` in a real X window (Xvfb)."""
import json
import shutil

import pytest
from PySide6.QtGui import QImage

from tests.helpers.processes import run_cli


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (installed by make setup)")
def test_self_test_in_a_real_window(isolated_home, tmp_path):
    shot = tmp_path / "shot.png"
    done = run_cli("--self-test", "--screenshot", str(shot), home=isolated_home, prefix=["xvfb-run", "-a"],
                   env={"QT_QPA_PLATFORM": "xcb"})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] and report["reply"].strip()
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # a drawn window, not a blank frame
