"""What a folder walk leaves out by default: files and folders that are generated or vendored.

One table of rules, each with the reason a person is shown ("minified script", "lock file").
They apply only to what is found inside an added folder: a folder or file the person added
is always taken, even one named build. Hidden files and folders (.git, .venv, .tox, .cache...)
are left out before these rules, silently, as always.

Folder rules, judged by the folder's name, its contents' names and the names beside it:
- build, dist, _build, target, site, _site count as build output only beside the project file
  that makes them (setup.py, package.json, Makefile, Cargo.toml, mkdocs.yml...): a folder of
  documents called "build" somewhere else is read.
- vendor counts only beside composer.json, go.mod or Gemfile.
- _static beside searchindex.js or objects.inv is a Sphinx build's theme folder (scripts, styles,
  vendored jQuery, generated JSON); the build's _sources/ are kept (the duplicate check sees them).
Source maps (.map) and most lock files (.lock) are of no type Deskmate reads, so they were
never indexed; the lock files that are JSON or YAML (package-lock.json, pnpm-lock.yaml) are.
File rules look at the name first; a .js or .css file is then judged on its first 64 KB:
a line over 5,000 characters or an average line over 300 is minified (measured on real files:
hand-written scripts average under 70 characters a line, with no line over 2,100; minified ones
average over 7,000). Each rule's reason is what the index summary counts.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEAD_BYTES = 64 * 1024
LONGEST_LINE, AVERAGE_LINE = 5000, 300

PROJECT_FILES = {"setup.py", "setup.cfg", "pyproject.toml", "package.json", "makefile", "gnumakefile",
                 "cmakelists.txt", "meson.build", "configure.ac", "build.gradle", "build.gradle.kts",
                 "pom.xml", "build.xml", "tsconfig.json", "webpack.config.js", "vite.config.js"}
BUILT_BESIDE = {  # folder name -> the files beside it that make it a build output
    "build": PROJECT_FILES, "dist": PROJECT_FILES,
    "_build": {"conf.py", "makefile", "make.bat", "mix.exs", "dune-project"},
    "target": {"cargo.toml", "pom.xml", "build.sbt"},
    "site": {"mkdocs.yml", "mkdocs.yaml"},
    "_site": {"_config.yml", "_config.toml"},
}
VENDOR_BESIDE = {"composer.json", "go.mod", "gemfile"}
LOCK_FILES = {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
              "poetry.lock", "pipfile.lock", "pdm.lock", "uv.lock", "cargo.lock", "composer.lock", "gemfile.lock",
              "go.sum", "flake.lock", "deno.lock", "mix.lock", "pubspec.lock", "podfile.lock", "packages.lock.json",
              "conda-lock.yml", "gradle.lockfile"}
SPHINX_BUILD = {"searchindex.js", "objects.inv"}  # beside a Sphinx build's _static folder
SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".css")
_LIBRARY = re.compile(r"(jquery|underscore|lodash|modernizr|popper|backbone|html5shiv)([-.][\w.-]*)?\.js")
_SEARCH_INDEX_NAME = re.compile(r"(.*[-_.])?search[-_]?index([-_.][\w.-]*)?\.(js|json)")
_SEARCH_INDEX_HEAD = re.compile(rb"\s*(Search\.setIndex\(|var searchData\s*=|var searchIndex\s*=|"
                                rb"window\.searchIndex\s*=|var (member|type|package|module)SearchIndex\s*=)")


@dataclass(frozen=True)
class Entry:
    """A file or folder found in a walk, with the names around it (all names lower-cased)."""
    path: Path
    name: str
    beside: frozenset  # names in the same folder

    def inside(self, name: str) -> bool:
        return os.path.lexists(self.path / name)


def _built(entry: Entry) -> bool:
    return bool(BUILT_BESIDE.get(entry.name, set()) & entry.beside)


def _virtual_environment(entry: Entry) -> bool:
    return entry.inside("pyvenv.cfg") or entry.inside("conda-meta")


FOLDER_RULES: list[tuple[str, Callable[[Entry], bool]]] = [
    ("dependency folder (node_modules)", lambda e: e.name == "node_modules"),
    ("dependency folder (bower_components)", lambda e: e.name == "bower_components"),
    ("virtual environment", _virtual_environment),
    ("installed packages (site-packages)", lambda e: e.name in ("site-packages", "dist-packages")),
    ("vendored dependencies (vendor)", lambda e: e.name == "vendor" and bool(VENDOR_BESIDE & e.beside)),
    ("cache folder (__pycache__)", lambda e: e.name == "__pycache__"),
    ("build output", lambda e: _built(e) or e.name.endswith(".egg-info") or e.name == "htmlcov"),
    # Theme scripts and styles, vendored jQuery, generated JSON: nothing a person wrote as a document.
    ("documentation theme files (Sphinx _static)", lambda e: e.name == "_static" and bool(SPHINX_BUILD & e.beside)),
]

FILE_RULES: list[tuple[str, Callable[[Entry], bool]]] = [
    ("lock file", lambda e: e.name in LOCK_FILES),
    ("minified script", lambda e: e.name.endswith((".min.js", "-min.js", ".min.css", "-min.css", ".min.mjs"))),
    ("search index", lambda e: bool(_SEARCH_INDEX_NAME.fullmatch(e.name))),
    ("vendored library", lambda e: bool(_LIBRARY.fullmatch(e.name))),
]


def folder_reason(entry: Entry) -> str | None:
    """Why this folder (found inside an added one) is left out, or None to walk it."""
    return next((reason for reason, rule in FOLDER_RULES if rule(entry)), None)


def file_reason(entry: Entry) -> str | None:
    """Why this file is left out, or None to index it. Only a script's first 64 KB are read."""
    reason = next((reason for reason, rule in FILE_RULES if rule(entry)), None)
    if reason is None and entry.name.endswith(SCRIPT_SUFFIXES):
        reason = _judged_by_content(entry.path)
    return reason


def _judged_by_content(path: Path) -> str | None:
    head = _head(path)
    if not head:
        return None  # unreadable or empty: reading it later reports why
    if _SEARCH_INDEX_HEAD.match(head):
        return "search index"
    if minified(head):
        return "minified script"
    return None


def minified(head: bytes) -> bool:
    lines = head.split(b"\n")
    if len(head) == HEAD_BYTES and len(lines) > 1:
        lines.pop()  # cut off by the head
    lengths = [len(line) for line in lines]
    return max(lengths) > LONGEST_LINE or sum(lengths) / len(lengths) > AVERAGE_LINE


def _head(path: Path) -> bytes:
    """The file's first bytes; nothing for anything but a readable regular file (never blocks on a FIFO)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""  # a FIFO or a device is not even opened; the reader reports what it is
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, HEAD_BYTES)
    except OSError:
        return b""
    finally:
        os.close(fd)
