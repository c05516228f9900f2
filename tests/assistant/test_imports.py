"""The core stays importable without Qt: the GUI is one client among others."""
import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import assistant
names = [m.name for m in pkgutil.walk_packages(assistant.__path__, 'assistant.')]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))
print(len(names), leaked)
assert not leaked, leaked
"""

HEAVY = """
import sys
import assistant.cli, assistant.workspace
heavy = sorted(m for m in ('torch', 'llama_cpp', 'sentence_transformers', 'transformers', 'onnxruntime', 'PySide6')
               if m in sys.modules)
assert not heavy, heavy
"""


def test_every_assistant_module_imports_without_qt():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    count = int(done.stdout.split()[0])
    assert count >= 10  # the walk really found the modules


def test_cli_and_workspace_do_not_import_heavy_libraries():
    done = subprocess.run([sys.executable, "-c", HEAVY], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_offline_variables_are_set_by_importing_assistant():
    code = "import os, assistant; print(os.environ['HF_HUB_OFFLINE'], os.environ['DO_NOT_TRACK'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin"})
    assert done.stdout.split() == ["1", "1"]
