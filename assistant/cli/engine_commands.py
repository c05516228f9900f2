"""deskmate engine show|use URL|local|routing|tool-model|private: where answers are generated"""
from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.common import open_workspace
from assistant.cli.output import print_json, table
from assistant.errors import InvalidInput
from assistant.llm.remote import RemoteEngine
from assistant.llm.routing import Routing, parse_routing, parse_task


def register(commands, common) -> None:
    engine = commands.add_parser("engine", parents=[common], help="run on the local model or an office server",
                                 description="Choose where answers are generated. With an office server, "
                                             "prompts (and passages retrieved from your documents) are sent "
                                             "to it; your documents, index and history stay here.")
    actions = engine.add_subparsers(title="actions", metavar="ACTION", required=True)
    actions.add_parser("show", parents=[common], help="the engine in use (and the server's models)") \
        .set_defaults(handler=run_show)
    use = actions.add_parser("use", parents=[common], help="use an OpenAI-compatible server from now on")
    use.add_argument("url", help="the server's address, e.g. http://gpu-box:8000/v1")
    use.add_argument("--model", metavar="ID", help="one of the server's models (default: its first)")
    use.add_argument("--context", type=int, metavar="TOKENS",
                     help="how many tokens the server's model reads, if the server does not say")
    use.set_defaults(handler=run_use)
    actions.add_parser("local", parents=[common], help="go back to the model on this computer") \
        .set_defaults(handler=run_local)
    routing = actions.add_parser("routing", parents=[common], help="where work runs once an office server is set",
                                 description="office: everything on the office server; local: everything here; "
                                             "auto: quick chat here, long summaries, translation and long "
                                             "questions on the office server when it answers.")
    routing.add_argument("mode", nargs="?", choices=[r.value for r in Routing], help="the new setting (omit to show it)")
    routing.set_defaults(handler=run_routing)
    tool_model = actions.add_parser("tool-model", parents=[common], help="give one tool its own local model")
    tool_model.add_argument("tool", help="chat, ask, summarize or translate")
    tool_model.add_argument("model", nargs="?", help="a name from 'deskmate models list' or a .gguf path; "
                                                     "omit to use the default model again")
    tool_model.set_defaults(handler=run_tool_model)
    private = actions.add_parser("private", parents=[common],
                                 help="keep a folder's passages on this computer, whatever the routing")
    private.add_argument("folder", nargs="?", help="the folder (omit to list them)")
    private.add_argument("--remove", action="store_true", help="let the folder's passages follow the routing again")
    private.set_defaults(handler=run_private)


def run_show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    options = workspace.remote_options()
    if options is None:
        local = {"engine": "local", "model": str(workspace.model_path())}
        print_json(local) if args.json else print(f"Engine: the local model {workspace.model_path().name}")
        return 0
    engine = RemoteEngine(options)  # connects, lists the server's models
    info: dict[str, object] = {"engine": "remote", "url": engine.url, "model": engine.name, "n_ctx": engine.n_ctx,
            "models": [m["id"] for m in engine.models]}
    if args.json:
        print_json(info)
    else:
        print(f"Engine: office server {engine.url} (model {engine.name}, context {engine.n_ctx:,} tokens)")
        print(table([[m["id"], m.get("owned_by", "")] for m in engine.models], ["model", "owned by"]))
    return 0


def run_use(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    settings = workspace.settings
    settings.engine_url, settings.engine_model = args.url, args.model or ""
    settings.engine_api_key_env = args.engine_key_env or args.api_key_env or settings.engine_api_key_env
    settings.engine_n_ctx = args.context or 0
    options = workspace.remote_options()
    if options is None:
        raise InvalidInput("Give the server's address, e.g. deskmate engine use http://gpu-box:8000/v1.")
    RemoteEngine(options)  # proves the server answers (and has the model) before it is remembered
    workspace.save_settings()
    return run_show(args)


def run_local(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    workspace.settings.engine_url = ""
    workspace.save_settings()
    return run_show(args)


def _routing_summary(workspace) -> dict:
    settings = workspace.settings
    return {"routing": workspace.routing().value, "office_server": settings.engine_url or None,
            "tool_models": dict(settings.tool_models), "private_folders": list(settings.private_folders)}


def _show_routing(workspace, args: argparse.Namespace) -> int:
    summary = _routing_summary(workspace)
    if args.json:
        print_json(summary)
        return 0
    print(f"Routing: {summary['routing']}" + ("" if summary["office_server"] else " (no office server is set: "
                                             "everything runs on this computer)"))
    for tool, model in summary["tool_models"].items():
        print(f"  {tool}: {model}")
    for folder in summary["private_folders"]:
        print(f"  never leaves this computer: {folder}")
    return 0


def run_routing(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if args.mode:
        workspace.settings.routing = parse_routing(args.mode).value
        workspace.save_settings()
    return _show_routing(workspace, args)


def run_tool_model(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    task = parse_task(args.tool)
    models = dict(workspace.settings.tool_models)
    if args.model:
        path = workspace.find_model(args.model)
        workspace.check_fit(path)  # refused now, not when the tool first runs
        models[task.value] = str(path) if Path(args.model).expanduser().is_file() else args.model  # names survive moves
    else:
        models.pop(task.value, None)
    workspace.settings.tool_models = models
    workspace.save_settings()
    return _show_routing(workspace, args)


def run_private(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if args.folder:
        folder = str(Path(args.folder).expanduser().resolve())
        if not args.remove and not Path(folder).is_dir():
            raise InvalidInput(f"{folder} is not a folder.")
        kept = [f for f in workspace.settings.private_folders if f != folder]
        workspace.settings.private_folders = kept if args.remove else [*kept, folder]
        workspace.save_settings()
    return _show_routing(workspace, args)
