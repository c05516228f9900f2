"""Download a model from the curated catalogue: only when the user clicks, with progress and pause."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.models.downloads import Download, DownloadProgress, DownloadState, load_catalogue
from assistant.workspace import Workspace
from ui.workers import JobSlot


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s left" if minutes else f"{secs} s left"


class CatalogueDialog(QDialog):
    downloaded = Signal(str)  # path of the verified model file

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.entries = load_catalogue()
        self.jobs = JobSlot(self, on_item=self._progress, on_failed=self._failed, on_finished=self._finished)
        self.setWindowTitle(self.tr("Download a model"))
        self.resize(640, 440)
        intro = QLabel(self.tr("Downloads start only when you click Download. Files are checked against their "
                               "SHA-256 checksum before they are used. This is the only part of Deskmate that "
                               "uses the network."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Available models"))
        for entry in self.entries:
            item = QListWidgetItem(f"{entry.name} — {entry.approx_size}, {entry.license}\n{entry.description}")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.pause)
        self.pause_button.setEnabled(False)
        for button in (self.download_button, self.pause_button):
            button.setAccessibleName(button.text())
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def start(self) -> None:
        if self.jobs.busy:
            return
        entry = self.entries[self.list.currentRow()]
        download = Download(entry.url, self.workspace.home / "models" / entry.filename, entry.sha256)
        self.download_button.setEnabled(False)
        self.pause_button.setEnabled(True)
        self.status.setText(self.tr("Connecting…"))
        self.jobs.start(lambda should_stop: download.run(should_stop=should_stop))

    def pause(self) -> None:
        self.jobs.stop()

    def _progress(self, progress: DownloadProgress) -> None:
        if progress.total_bytes:
            self.progress.setMaximum(1000)
            self.progress.setValue(int(1000 * progress.done_bytes / progress.total_bytes))
        speed = f"{progress.bytes_per_s / 1024**2:.1f} MB/s" if progress.bytes_per_s else ""
        texts = {DownloadState.DOWNLOADING: f"{progress.done_bytes / 1024**2:.0f} MB · {speed} · {_eta(progress.eta_s)}",
                 DownloadState.PAUSED: self.tr("Paused; click Download to resume."),
                 DownloadState.VERIFYING: self.tr("Checking the checksum…")}
        self.status.setText(texts[progress.state])

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _finished(self, path: Path | None) -> None:
        self.download_button.setEnabled(True)
        self.download_button.setText(self.tr("Download"))
        self.pause_button.setEnabled(False)
        if path is not None:
            self.status.setText(self.tr("Done: %s") % path)
            self.downloaded.emit(str(path))

    def reject(self) -> None:
        self.jobs.stop_and_wait()
        super().reject()
