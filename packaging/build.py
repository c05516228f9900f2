"""Build the app bundle for this platform with PyInstaller and report its size.

Usage: python packaging/build.py   (from the repository root, inside the set-up .venv)
Output: dist/Deskmate/ (dist/Deskmate.app on macOS). Used by `make bundle` and by CI.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_icons(folder: Path) -> None:
    """PNG sizes from the SVG, plus .ico (Windows) and .icns (macOS, with iconutil)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs it to paint)
    icon = QIcon(str(ROOT / "resources" / "icons" / "deskmate.svg"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        icon.pixmap(size, size).save(str(folder / f"deskmate-{size}.png"))
    icon.pixmap(256, 256).save(str(folder / "deskmate.ico"))
    if sys.platform == "darwin":
        iconset = folder / "deskmate.iconset"
        iconset.mkdir(exist_ok=True)
        for size in ICON_SIZES[1:]:
            icon.pixmap(size, size).save(str(iconset / f"icon_{size}x{size}.png"))
        subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(folder / "deskmate.icns")], check=True)


def has_debug_info(path: Path) -> bool:
    with path.open("rb") as file:
        if file.read(4) != b"\x7fELF":
            return False
    sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
    return ".debug_info" in sections


def strip_debug_info(internal: Path) -> int:
    """Linux: drop the debug sections (DWARF) some wheels ship in their libraries (NumKong's 44 MB
    module is 4 MB without them), as distribution packages do; the symbols stay, so ctypes and
    crash reports are unchanged. Only inside _internal/: the executables carry the appended
    Python archive, which strip would cut off. Returns the bytes saved."""
    if not sys.platform.startswith("linux") or not (shutil.which("strip") and shutil.which("readelf")):
        return 0
    saved = 0
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file() or not has_debug_info(path):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", "--preserve-dates", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    render_icons(ROOT / "build" / "icons")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "deskmate.spec")], check=True, cwd=ROOT)
    bundle = ROOT / "dist" / ("Deskmate.app" if sys.platform == "darwin" else "Deskmate")
    saved = strip_debug_info(bundle / "_internal")
    if saved:
        print(f"debug sections stripped: {saved / 1024**2:,.0f} MB")
    print(f"bundle: {bundle} ({folder_size(bundle) / 1024**2:,.0f} MB uncompressed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
