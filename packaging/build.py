"""Build the app bundle for this platform with PyInstaller and report its size.

Usage: python packaging/build.py   (from the repository root, inside the set-up .venv)
Output: dist/Deskmate/ (dist/Deskmate.app on macOS). Used by `make bundle` and by CI.
"""
from __future__ import annotations

import os
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


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    render_icons(ROOT / "build" / "icons")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "deskmate.spec")], check=True, cwd=ROOT)
    bundle = ROOT / "dist" / ("Deskmate.app" if sys.platform == "darwin" else "Deskmate")
    print(f"bundle: {bundle} ({folder_size(bundle) / 1024**2:,.0f} MB uncompressed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
