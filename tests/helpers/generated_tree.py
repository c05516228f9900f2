"""A folder as people have them: notes beside projects with dependencies, builds, a virtual
environment and a Sphinx build, each kind of generated or vendored file made for real on disk."""
from __future__ import annotations

import json
import os
from pathlib import Path

PROSE = ("Otters hold hands while they sleep so that they do not drift apart. "
         "They live in rivers and along the coast, and they eat fish and crabs.\n\n")
HAND_WRITTEN_JS = "\n".join(f"function step{i}(value) {{\n  return value + {i};\n}}" for i in range(40)) + "\n"
MINIFIED_JS = "!function(e){" + ";".join(f"var a{i}=e.b{i}||{i}" for i in range(900)) + "}(window);\n"
DANGLING = "/usr/share/javascript/jquery/not-installed/jquery.js"

# What the default rules leave out of the tree below, by reason (a skipped folder counts once).
EXPECTED_SKIPPED = {
    "lock file": 1,
    "build output": 2,
    "dependency folder (node_modules)": 1,
    "minified script": 2,
    "virtual environment": 1,
    "vendored dependencies (vendor)": 1,
    "search index": 1,
    "documentation theme files (Sphinx _static)": 1,
    "cache folder (__pycache__)": 1,
}
TAKEN = {"notes/guide.md", "notes/build/report.md", "project/src/app.js", "project/README.md", "project/package.json",
         "pyproj/mod.py", "pyproj/pyproject.toml",
         "site/index.html", "site/_sources/index.rst.txt", "broken.md", "php/composer.json"}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_tree(root: Path) -> Path:
    write(root / "notes/guide.md", "# Otters\n\n" + PROSE * 3)
    write(root / "notes/build/report.md", "# How we build the shed\n\n" + PROSE)  # no project file beside it
    _project(root / "project")
    _python_project(root / "pyproj")
    _sphinx_build(root / "site")
    write(root / "php/composer.json", json.dumps({"name": "acme/shop", "require": {"php": ">=8"}}))
    write(root / "php/vendor/autoload.php", "<?php require __DIR__ . '/composer/autoload_real.php';\n")
    os.symlink("/nonexistent/deskmate-test/target.md", root / "broken.md")
    return root


def _project(folder: Path) -> None:
    write(folder / "package.json", json.dumps({"name": "shop", "version": "1.0.0"}))
    write(folder / "package-lock.json", json.dumps({"name": "shop", "lockfileVersion": 3, "packages": {}}))
    write(folder / "README.md", "# Shop\n\n" + PROSE)
    write(folder / "src/app.js", HAND_WRITTEN_JS)
    write(folder / "dist/app.js", HAND_WRITTEN_JS)
    write(folder / "node_modules/left-pad/index.js", HAND_WRITTEN_JS)
    write(folder / "vendor.min.js", HAND_WRITTEN_JS)  # minified by name
    write(folder / "bundle.js", MINIFIED_JS)  # minified by content
    write(folder / "app.js.map", json.dumps({"version": 3, "mappings": "AAAA"}))  # not a type we read


def _python_project(folder: Path) -> None:
    write(folder / "pyproject.toml", "[project]\nname = 'otters'\n")
    write(folder / "mod.py", "def swim():\n    return 'otters swim'\n")
    write(folder / "build/lib/mod.py", "def swim():\n    return 'otters swim'\n")
    write(folder / "env/pyvenv.cfg", "home = /usr/bin\n")
    write(folder / "env/lib/python3.11/site-packages/six.py", "PY3 = True\n")
    write(folder / "__pycache__/mod.cpython-311.py", "cached = True\n")


def _sphinx_build(folder: Path) -> None:
    write(folder / "index.html", f"<html><body><h1>Otters</h1><p>{PROSE}</p></body></html>")
    write(folder / "searchindex.js", 'Search.setIndex({"docnames": ["index"], "terms": {"otter": 0}})')
    (folder / "objects.inv").write_bytes(b"# Sphinx inventory version 2\n")
    write(folder / "_sources/index.rst.txt", "Otters\n======\n\n" + PROSE)
    write(folder / "_static/doctools.js", HAND_WRITTEN_JS)
    write(folder / "_static/js/theme.js", HAND_WRITTEN_JS)
    os.symlink(DANGLING, folder / "_static/jquery.js")  # as Debian packages link it, target not installed
