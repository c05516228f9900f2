"""Start the desktop app: QApplication, the main window, and the optional self-test."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant.errors import DeskmateError

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Deskmate")
    app.setOrganizationName("Deskmate")
    app.setStyle("Fusion")
    return app


def open_workspace(home):
    from assistant.workspace import Workspace

    return Workspace(home)


def run(args) -> int:
    app = create_application()
    try:
        workspace = open_workspace(args.home)
    except DeskmateError as exc:
        if args.self_test:
            raise
        QMessageBox.critical(None, "Deskmate", str(exc))
        return 2
    workspace.history.recover_interrupted()
    from ui.main_window import MainWindow

    window = MainWindow(workspace)
    window.show()
    for warning in workspace.warnings:
        window.show_error(warning)
    window.load_model()
    window.documents.refresh_folders()  # watched folders may have changed while Deskmate was closed
    if args.self_test:
        from ui.self_test import SelfTest

        test = SelfTest(window, args.screenshot, args.screenshot_dir)
        QTimer.singleShot(0, test.start)
        app.exec()
        return test.exit_code
    return app.exec()
