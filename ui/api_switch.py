"""The window's switch for the local API: serves the window's own model (one lane) while it runs."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from assistant.errors import DeskmateError
from assistant.server.config import ServerConfig
from assistant.workspace import Workspace
from ui.workers import JobSlot, returning

if TYPE_CHECKING:
    from assistant.server.runner import ApiServer


class ApiSwitch(QObject):
    """Starts and stops the API from the settings; `changed` carries the status-bar text."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.server: ApiServer | None = None
        self.starting = JobSlot(self, on_failed=self._failed, on_finished=self._started)
        self.action = QAction(self.tr("Serve the local &API"), self)
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Let programs on this computer use the model through an "
                                       "OpenAI-compatible API"))
        self.action.setChecked(workspace.settings.api_enabled)
        self.action.toggled.connect(self._toggled)

    @property
    def url(self) -> str | None:
        return self.server.url if self.server is not None else None

    def apply(self) -> None:
        """Serve if the settings say so (called once the window is up)."""
        if self.workspace.settings.api_enabled and self.server is None and not self.starting.busy:
            try:
                config = ServerConfig.from_settings(self.workspace.settings)
            except DeskmateError as exc:  # e.g. a port out of range in the settings file
                self._failed(str(exc))
                return
            self.starting.start(lambda _should_stop: returning(lambda: self._start(config)))

    def stop(self) -> None:
        self.starting.wait()
        if self.server is not None:
            self.server.stop()
            self.server = None
            self.changed.emit()

    def _start(self, config: ServerConfig) -> ApiServer:
        from assistant.server.runner import ApiServer  # FastAPI and uvicorn: only once the API is wanted

        server = ApiServer(self.workspace, config)
        server.start()
        return server

    def _started(self, server: ApiServer | None) -> None:
        if server is None:  # it failed: _failed said why
            return
        if not self.workspace.settings.api_enabled:  # switched off while it was starting
            server.stop()
            return
        self.server = server
        self.changed.emit()

    def _failed(self, message: str) -> None:
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
