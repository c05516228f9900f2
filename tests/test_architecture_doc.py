"""docs/ARCHITECTURE.md stays true: it names every module of the core and the window."""
from __future__ import annotations

from tests.helpers.processes import REPO


def test_the_map_names_every_module():
    text = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    modules = [path for package in ("assistant", "ui") for path in (REPO / package).rglob("*.py")
               if path.name != "__init__.py" and path.parent.name not in ("cli", "server")]  # those two: as groups
    missing = [str(path.relative_to(REPO)) for path in modules if path.name not in text]
    assert missing == [], f"name these in docs/ARCHITECTURE.md: {missing}"


def test_the_readme_links_the_map_and_nothing_outside_the_clone():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/ARCHITECTURE.md" in readme and "../shared" not in readme
