"""The window's switch for the local API: serves the window's own model (one lane) while it runs."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ui.workers import run_in_background


class ApiSwitch(QObject):
    """Starts and stops the API from the settings; `changed` carries the status-bar text."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.server = None
        self._starter = None
        self.action = QAction(self.tr("Serve the local &API"), self, checkable=True)
        self.action.setToolTip(self.tr("Let programs on this computer use the model through an "
                                       "OpenAI-compatible API"))
        self.action.setChecked(workspace.settings.api_enabled)
        self.action.toggled.connect(self._toggled)

    @property
    def url(self) -> str | None:
        return self.server.url if self.server is not None else None

    def apply(self) -> None:
        """Serve if the settings say so (called once the window is up)."""
        if self.workspace.settings.api_enabled and self.server is None and self._starter is None:
            self._starter = run_in_background(self._start, self)
            self._starter.item.connect(self._started)
            self._starter.failed.connect(self._failed)
            self._starter.start()

    def stop(self) -> None:
        if self._starter is not None:
            self._starter.wait()
        if self.server is not None:
            self.server.stop()
            self.server = None
            self.changed.emit()

    def _start(self):
        from assistant.server.config import ServerConfig
        from assistant.server.runner import ApiServer

        server = ApiServer(self.workspace, ServerConfig.from_settings(self.workspace.settings))
        server.start()
        return server

    def _started(self, server) -> None:
        self._starter = None
        if not self.workspace.settings.api_enabled:  # switched off while it was starting
            server.stop()
            return
        self.server = server
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self._starter = None
        self.action.blockSignals(True)  # the setting stays as the user chose; only this run failed
        self.action.setChecked(False)
        self.action.blockSignals(False)
        self.failed.emit(message)

    def _toggled(self, on: bool) -> None:
        self.workspace.settings.api_enabled = on
        self.workspace.save_settings()
        if on:
            self.apply()
        else:
            self.stop()
