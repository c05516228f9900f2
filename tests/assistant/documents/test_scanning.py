"""Folder walks on real trees: generated and vendored files are skipped and counted, by reason."""
from __future__ import annotations

import collections
import os
import threading

from assistant.documents.generated import minified
from assistant.documents.scanning import scan
from assistant.runtime.generators import run_to_end
from tests.helpers.generated_tree import DANGLING, EXPECTED_SKIPPED, HAND_WRITTEN_JS, MINIFIED_JS, TAKEN, make_tree


def walk(root, **options):
    skipped, taken = collections.Counter(), {}
    for found in scan(root, **options):
        if found.skipped:
            skipped[found.skipped] += 1
        else:
            taken[str(found.path.relative_to(root))] = found.problem
    return dict(skipped), taken


def test_generated_and_vendored_are_skipped_by_reason(tmp_path):
    root = make_tree(tmp_path / "tree")
    skipped, taken = walk(root)
    assert skipped == EXPECTED_SKIPPED
    assert set(taken) == TAKEN
    assert taken["notes/build/report.md"] is None  # a folder named build with no project beside it is read
    assert taken["broken.md"] == ("broken symbolic link (points to /nonexistent/deskmate-test/target.md, "
                                  "which does not exist)")


def test_include_generated_takes_everything_and_reports_the_dangling_link(tmp_path):
    root = make_tree(tmp_path / "tree")
    skipped, taken = walk(root, include_generated=True)
    assert skipped == {}
    assert {"project/bundle.js", "project/node_modules/left-pad/index.js", "pyproj/env/pyvenv.cfg",
            "site/searchindex.js", "project/package-lock.json", "site/_static/js/theme.js"} <= set(taken)
    assert taken["site/_static/jquery.js"] == f"broken symbolic link (points to {DANGLING}, which does not exist)"


def test_a_folder_added_explicitly_is_taken_whatever_its_name(tmp_path):
    root = make_tree(tmp_path / "tree")
    skipped, taken = walk(root / "project" / "node_modules")
    assert skipped == {} and set(taken) == {"left-pad/index.js"}
    skipped, taken = walk(root / "pyproj" / "build")
    assert skipped == {} and set(taken) == {"lib/mod.py"}


def test_minified_is_judged_by_line_lengths():
    assert minified(MINIFIED_JS.encode()) and not minified(HAND_WRITTEN_JS.encode())
    assert not minified(b"x = 1;\n" * 9000)  # long file, short lines
    assert minified((b"/* licence */\n" * 3) + b"a" * 6000)  # a banner, then one very long line


def test_a_named_pipe_called_script_js_does_not_block_the_walk(tmp_path):
    (tmp_path / "app.js").write_text(HAND_WRITTEN_JS)
    os.mkfifo(tmp_path / "pipe.js")
    result = {}
    walker = threading.Thread(target=lambda: result.update(walk=walk(tmp_path)), daemon=True)
    walker.start()
    walker.join(timeout=30)
    assert not walker.is_alive(), "the walk blocked on a FIFO"
    assert set(result["walk"][1]) == {"app.js", "pipe.js"}  # the reader reports the FIFO as such


def stored(index, root):
    return {os.path.relpath(d.path, root): d for d in index.documents()}


def test_index_counts_skips_stores_no_failure_for_them_and_reports_the_broken_link(doc_index, tmp_path):
    root = make_tree(tmp_path / "tree")
    summary = run_to_end(iter(doc_index.add([root])))
    assert summary.skipped == EXPECTED_SKIPPED
    assert summary.skipped_examples["lock file"] == [str(root / "project" / "package-lock.json")]
    documents = stored(doc_index, root)
    assert set(documents) == TAKEN
    assert [d for d in documents if documents[d].status == "failed"] == ["broken.md"]
    assert "broken symbolic link (points to /nonexistent/deskmate-test/target.md" in documents["broken.md"].reason


def test_files_indexed_with_generated_ones_are_removed_when_the_rules_skip_them(doc_index, tmp_path):
    root = make_tree(tmp_path / "tree")
    doc_index.include_generated = True
    list(doc_index.add([root]))
    documents = stored(doc_index, root)
    assert documents["project/bundle.js"].status == "indexed"
    assert documents["site/_static/jquery.js"].reason.startswith("broken symbolic link (points to ")
    extra = set(documents) - TAKEN
    doc_index.include_generated = False
    summary = run_to_end(iter(doc_index.refresh()))
    assert summary.removed == len(extra) == 14
    assert set(stored(doc_index, root)) == TAKEN and doc_index.verify() == []
