"""The French translation covers every string of the interface (a new untranslated string fails here)."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def test_every_interface_string_has_a_french_translation(tmp_path):
    ts = tmp_path / "deskmate_fr.ts"
    shutil.copy(REPO / "resources/translations/deskmate_fr.ts", ts)
    sources = sorted(str(p) for p in (REPO / "ui").glob("*.py"))
    done = subprocess.run([str(LUPDATE), *sources, "-ts", str(ts), "-no-obsolete"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    missing = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
               if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert missing == [], f"translate these in resources/translations/deskmate_fr.ts: {missing}"
