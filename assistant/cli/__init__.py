"""`deskmate <command>`: a thin front-end over the core. With no command it starts the GUI."""
from __future__ import annotations

import argparse
import logging
import sys

from assistant import __version__
from assistant.cli import (
    chat_commands,
    classify_commands,
    engine_commands,
    extract_commands,
    history_commands,
    index_commands,
    library_commands,
    model_commands,
    serve_commands,
    tool_commands,
)
from assistant.cli.output import fail
from assistant.errors import DeskmateError

COMMON_DEFAULTS = {"home": None, "json": False, "debug": False, "engine": None, "api_key_env": None,
                   "engine_key_env": None}
COMMAND_MODULES = [chat_commands, history_commands, index_commands, model_commands, serve_commands,
                   engine_commands, tool_commands, classify_commands, extract_commands,
                   library_commands]


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: DESKMATE_HOME or the per-user data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print machine-readable JSON")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks for errors")
    common.add_argument("--engine", metavar="URL", default=argparse.SUPPRESS,
                        help="generate on an office server (any OpenAI-compatible API) for this command")
    common.add_argument("--api-key-env", metavar="NAME", default=argparse.SUPPRESS,
                        help="environment variable holding a key: the office server's with --engine; "
                             "for 'serve' and 'api on', the key clients must send")
    common.add_argument("--engine-key-env", metavar="NAME", default=argparse.SUPPRESS,
                        help="environment variable holding the office server's key (when serving)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="deskmate", parents=[common],
        description="Deskmate, a private assistant that runs on this computer. "
                    "Without a command, the desktop app starts.",
    )
    parser.set_defaults(handler=None, serving=False)
    parser.add_argument("--version", action="version", version=f"deskmate {__version__}")
    gui = parser.add_argument_group("desktop app")
    gui.add_argument("--self-test", action="store_true",
                     help="start the window, send one message, wait for the answer, exit 0 on success")
    gui.add_argument("--screenshot", metavar="PATH", help="with --self-test: save a screenshot of the window")
    gui.add_argument("--screenshot-dir", metavar="DIR", help="with --self-test: save screenshots of each view")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """Common options work before or after the command. Their defaults are filled in here: set on
    the parser, they would be shared with every subparser and reset what came before the command."""
    args = build_parser().parse_args(argv)
    for name, value in COMMON_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    return args


GUI_ENTRY_POINTS = "deskmate.gui"  # pyproject.toml registers ui.app:run here; the core never imports ui


def find_gui():
    """The desktop app's start function, found through its entry point (the core does not import ui)."""
    from importlib.metadata import entry_points

    for entry in entry_points(group=GUI_ENTRY_POINTS, name="window"):
        try:
            return entry.load()
        except ImportError as exc:
            raise DeskmateError(f"The desktop app cannot start: {exc}. Reinstall Deskmate with its GUI.") from None
    raise DeskmateError("The desktop app is not installed with this copy of Deskmate. Reinstall Deskmate, "
                        "or use its commands (deskmate --help).")


def main(argv: list[str] | None = None, start_gui=None) -> int:
    """`deskmate [command]`; with no command, the window (start_gui, or the one registered for ui)."""
    args = parse_arguments(argv)
    console = logging.StreamHandler()  # the terminal shows warnings (everything with --debug);
    console.setLevel(logging.DEBUG if args.debug else logging.WARNING)  # the log file may keep more
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, handlers=[console])
    try:
        return (args.handler or start_gui or find_gui())(args) or 0
    except DeskmateError as exc:
        if args.debug:
            raise
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
