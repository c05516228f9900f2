"""The one QApplication of the window process, typed: QApplication.instance() may be None or a bare
QCoreApplication as far as the type checker knows."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def current_application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs its QApplication: create_application() first"
    return app


def create_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (made on first use), named Deskmate."""
    if QApplication.instance() is None:
        QApplication(argv or [sys.argv[0]])
    app = current_application()
    app.setApplicationName("Deskmate")
    app.setOrganizationName("Deskmate")
    app.setApplicationDisplayName("Deskmate")
    return app
