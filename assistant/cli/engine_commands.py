"""deskmate engine show|use URL|local: the local model, or an office server, as the engine"""
from __future__ import annotations

import argparse

from assistant.cli.common import open_workspace
from assistant.cli.output import print_json, table
from assistant.errors import InvalidInput
from assistant.llm.remote import RemoteEngine


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
