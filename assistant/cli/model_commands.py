"""deskmate models list|info|add|remove|use"""
from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.common import open_workspace
from assistant.cli.output import human_size, print_json, table
from assistant.llm.local import backend_description
from assistant.models.registry import describe_gguf


def register(commands, common) -> None:
    models = commands.add_parser("models", parents=[common], help="the models Deskmate can use")
    actions = models.add_subparsers(title="actions", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="bundled and added models").set_defaults(handler=run_list)
    info = actions.add_parser("info", parents=[common], help="read a GGUF file's header (nothing is loaded)")
    info.add_argument("path")
    info.set_defaults(handler=run_info)
    add = actions.add_parser("add", parents=[common], help="remember a GGUF file so it can be chosen later")
    add.add_argument("path")
    add.set_defaults(handler=run_add)
    remove = actions.add_parser("remove", parents=[common], help="forget an added model (the file stays)")
    remove.add_argument("path")
    remove.set_defaults(handler=run_remove)
    use = actions.add_parser("use", parents=[common], help="make a model the default ('default': the bundled one)")
    use.add_argument("path")
    use.add_argument("--force", action="store_true", help="load it even if it will not fit in memory")
    use.set_defaults(handler=run_use)


def _workspace(args):
    return open_workspace(args)


def _describe(entry: dict) -> list:
    if "error" in entry:
        return [entry["kind"], Path(entry["path"]).name, "-", "-", "-", "-", entry["error"]]
    params = f"{entry['parameters'] / 1e6:.0f}M" if entry.get("parameters") else "-"
    return [entry["kind"] + (" (bundled)" if entry["bundled"] else ""), entry["name"], entry["architecture"],
            params, entry.get("quantization") or "-", entry.get("context_length") or "-",
            human_size(entry["size_bytes"])]


def run_list(args: argparse.Namespace) -> int:
    entries = _workspace(args).models.list()
    backend = backend_description()
    for entry in entries:
        if entry["kind"] == "chat":
            entry["backend"] = backend
    if args.json:
        print_json(entries)
    else:
        print(table([_describe(e) for e in entries],
                    ["KIND", "NAME", "ARCH", "PARAMS", "QUANT", "CONTEXT", "SIZE"]))
        print(f"\nllama.cpp backend: {backend}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    summary = describe_gguf(Path(args.path).expanduser())
    if args.json:
        print_json(summary)
    else:
        for key, value in summary.items():
            print(f"{key:>18}: {value}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    summary = _workspace(args).models.add(args.path)
    print_json(summary) if args.json else print(f"Added {summary['name']} ({summary['path']}).")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    _workspace(args).models.remove(args.path)
    print_json({"removed": args.path}) if args.json else print(f"Forgot {args.path}; the file was not touched.")
    return 0


def run_use(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    path = None if args.path == "default" else workspace.models.add(args.path)["path"]
    workspace.switch_model(path, insist=args.force)
    chosen = str(workspace.model_path())
    print_json({"model_path": chosen}) if args.json else print(f"Default model: {chosen}")
    return 0
