"""deskmate serve, and deskmate api on|off|status (the window's switch for the local API)"""
from __future__ import annotations

import argparse
import sys

from assistant.cli.common import open_workspace
from assistant.cli.output import print_json
from assistant.server.config import ServerConfig


def register(commands, common) -> None:
    serve = commands.add_parser(
        "serve", parents=[common], help="serve the model to other programs (OpenAI-compatible API)",
        description="Serve Deskmate's model through an OpenAI-compatible API on this computer "
                    "(127.0.0.1 only unless --allow-network and a key are given). Ctrl+C stops it.")
    add_listen_options(serve)
    serve.add_argument("--max-tokens", type=int, metavar="N", help="the longest answer a client may ask for")
    serve.set_defaults(handler=run_serve, serving=True)
    api = commands.add_parser("api", parents=[common], help="turn the local API on or off in the desktop app")
    actions = api.add_subparsers(title="actions", metavar="ACTION", required=True)
    on = actions.add_parser("on", parents=[common], help="serve the API while the desktop app runs")
    add_listen_options(on)
    on.set_defaults(handler=run_api_on, serving=True)
    actions.add_parser("off", parents=[common], help="stop serving it").set_defaults(handler=run_api_off)
    actions.add_parser("status", parents=[common], help="show the API settings").set_defaults(handler=run_api_status)


def add_listen_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", metavar="ADDRESS", help="address to listen on (default 127.0.0.1: this computer only)")
    parser.add_argument("--port", type=int, metavar="N", help="port (default 8765; 0 picks a free one)")
    parser.add_argument("--allow-network", action="store_true", default=None,
                        help="allow an address other computers can reach (a key is then required)")
    parser.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                        help="another name clients use to reach this computer (with --allow-network)")


def server_config(args: argparse.Namespace, settings) -> ServerConfig:
    return ServerConfig.from_settings(
        settings, api_key_env=args.api_key_env, host=args.host, port=args.port, debug=args.debug,
        allow_network=args.allow_network, allowed_hosts=tuple(args.allow_host) or None,
        max_tokens_cap=getattr(args, "max_tokens", None))


def run_serve(args: argparse.Namespace) -> int:
    from assistant.server.runner import ApiServer  # here, not at the top: it loads uvicorn and fastapi

    workspace = open_workspace(args)
    server = ApiServer(workspace, server_config(args, workspace.settings))  # refuses unsafe set-ups, binds
    engine = workspace.engine()  # load (or reach) the model before announcing the address
    ready = {"url": server.url, "model": engine.name,
             "engine": "local" if engine.is_local else f"office server {engine.where}",
             "key_required": bool(server.config.api_key)}
    if args.json:
        print_json(ready)
        sys.stdout.flush()
    print(f"Deskmate API on {server.url} (model: {engine.name}; engine: {ready['engine']}"
          f"{'; key required' if ready['key_required'] else ''}). Press Ctrl+C to stop.", file=sys.stderr, flush=True)
    server.serve_forever()
    return 0


def run_api_on(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    config = server_config(args, workspace.settings)
    config.check()  # refuse to remember an unsafe set-up
    settings = workspace.settings
    settings.api_enabled, settings.api_host, settings.api_port = True, config.host, config.port
    settings.api_allow_network = config.allow_network
    settings.api_key_env = args.api_key_env or settings.api_key_env
    workspace.save_settings()
    return run_api_status(args, workspace)


def run_api_off(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    workspace.settings.api_enabled = False
    workspace.save_settings()
    return run_api_status(args, workspace)


def run_api_status(args: argparse.Namespace, workspace=None) -> int:
    settings = (workspace or open_workspace(args)).settings
    url = ServerConfig(host=settings.api_host, port=settings.api_port).url
    status = {"enabled": settings.api_enabled, "url": url, "key_env": settings.api_key_env or None}
    if args.json:
        print_json(status)
    else:
        state = f"on at {url}" if settings.api_enabled else "off"
        key = f" (key from ${settings.api_key_env})" if settings.api_key_env else ""
        print(f"Local API in the desktop app: {state}{key}")
    return 0
