"""`deskmate index add|refresh` on a real tree: what was skipped as generated, in JSON and in words."""
from __future__ import annotations

import json

from tests.helpers.generated_tree import EXPECTED_SKIPPED, make_tree
from tests.helpers.processes import run_cli


def index(*args, home):
    result = run_cli("index", *args, home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_add_reports_skipped_by_reason_and_the_flag_includes_them(tmp_path):
    root, home = make_tree(tmp_path / "tree"), tmp_path / "home"
    summary, said = index("add", str(root), "--json", home=home)
    assert summary["skipped"] == EXPECTED_SKIPPED
    assert summary["skipped_examples"]["search index"] == [str(root / "site" / "searchindex.js")]
    total = sum(EXPECTED_SKIPPED.values())
    assert f"Skipped {total} generated or vendored file(s) and folder(s): 2 " in said
    assert "2 minified script" in said and "1 documentation theme files (Sphinx _static)" in said
    assert "(--include-generated to index them)" in said
    summary, said = index("refresh", "--include-generated", home=home)
    assert summary["skipped"] == {} and summary["added"] >= 10 and "Skipped" not in said
    failed = {item["path"]: item["reason"] for item in summary["failed"]}
    assert failed[str(root / "site" / "_static" / "jquery.js")].startswith("broken symbolic link (points to ")


def test_the_setting_keeps_generated_files_at_every_refresh(tmp_path):
    root, home = make_tree(tmp_path / "tree"), tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps({"version": 1, "index_generated_files": True}))
    summary, _ = index("add", str(root), "--json", home=home)
    assert summary["skipped"] == {}
    summary, _ = index("refresh", "--json", home=home)
    assert summary["skipped"] == {} and summary["removed"] == 0
    listed = run_cli("index", "list", "--json", home=home)
    assert any(d["path"].endswith("bundle.js") and d["status"] == "indexed" for d in json.loads(listed.stdout))
