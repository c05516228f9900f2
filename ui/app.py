"""Start the desktop app: QApplication, theme and language, one window per data folder, self-test."""
from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant.cli.common import office_server
from assistant.config import resolve_home
from assistant.errors import DeskmateError
from assistant.runtime.logs import log_to_file
from assistant.workspace import Workspace
from ui.application import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.self_test import SelfTest
from ui.single_instance import SingleInstance
from ui.theme import apply_theme

log = logging.getLogger(__name__)


def open_workspace(args) -> Workspace:
    """The window's workspace: --home and --engine as the commands apply them (warnings are shown in the window)."""
    return Workspace(args.home, remote=office_server(args))


class Desktop:
    """Owns the main window; rebuilds it when the language changes (Qt widgets keep their texts)."""

    def __init__(self, app: QApplication, workspace):
        self.app, self.workspace = app, workspace
        self.window: MainWindow | None = None

    def apply_appearance(self) -> None:
        apply_theme(self.workspace.settings.theme, self.app)
        install_language(self.workspace.settings.language, self.app)

    def show(self) -> MainWindow:
        window = self.window = MainWindow(self.workspace)
        window.appearance_changed.connect(self.appearance_changed)
        window.show()
        return window

    def appearance_changed(self) -> None:
        old = self.window
        assert old is not None, "the Settings dialog that changed the appearance belongs to a window"
        old.save_state()
        self.apply_appearance()
        self.show().load_model()
        old.hide()
        old.deleteLater()

    def bring_forward(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def report_unexpected(self, kind, value, trace) -> None:
        log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, trace)))
        if self.window is not None:
            self.window.show_error(QCoreApplication.translate(
                "Desktop", "Something went wrong: %s. Details are in the log file.") % value)


def run(args) -> int:
    app = create_application()
    instance = SingleInstance(resolve_home(args.home))
    if not args.self_test and not instance.acquire():
        instance.wake_running_instance()
        print("Deskmate is already running; its window was brought forward.", file=sys.stderr)
        return 0
    try:
        workspace = open_workspace(args)
    except DeskmateError as exc:
        if args.self_test:
            raise
        QMessageBox.critical(None, "Deskmate", str(exc))
        return 2
    log_to_file(workspace.home)
    workspace.history.recover_interrupted()
    desktop = Desktop(app, workspace)
    desktop.apply_appearance()
    window = desktop.show()
    instance.activated.connect(desktop.bring_forward)
    sys.excepthook = desktop.report_unexpected
    for warning in workspace.warnings:
        window.show_error(warning)
    window.load_model()
    window.api_switch.apply()
    window.documents.refresh_folders()  # watched folders may have changed while Deskmate was closed
    if args.self_test:
        test = SelfTest(desktop, args.screenshot, args.screenshot_dir)
        QTimer.singleShot(0, test.start)
        app.exec()
        return test.exit_code
    code = app.exec()
    instance.release()
    return code
