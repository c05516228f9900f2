"""docs/ARCHITECTURE.md stays true: it names every module of the core and the window, and no module
that is gone."""
from __future__ import annotations

import re

from tests.helpers.processes import REPO

DOC = REPO / "docs" / "ARCHITECTURE.md"
GROUPS = ("cli", "server")  # named as groups: one line each for their modules


def modules() -> list[str]:
    """Every module as the map writes it: `documents/run.py`, `workspace.py`, `ui/main_window.py`."""
    found = []
    for path in (REPO / "assistant").rglob("*.py"):
        relative = path.relative_to(REPO / "assistant")
        if path.name != "__init__.py" and relative.parts[0] not in GROUPS:
            found.append(relative.as_posix())
    found += [f"ui/{path.name}" for path in (REPO / "ui").glob("*.py") if path.name != "__init__.py"]
    return found


def test_the_map_names_every_module():
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name in modules() if f"`{name}`" not in text]
    assert missing == [], f"name these in docs/ARCHITECTURE.md: {missing}"


def test_every_module_the_map_names_exists():
    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:[a-z_]+/)*[a-z_]+\.py)`", text))
    gone = [name for name in named
            if not (REPO / "assistant" / name).exists() and not (REPO / name).exists()]
    assert gone == [], f"docs/ARCHITECTURE.md names modules that do not exist: {gone}"


def test_the_readme_links_the_map_and_nothing_outside_the_clone():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/ARCHITECTURE.md" in readme and "../shared" not in readme
