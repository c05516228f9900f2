"""Download a model from the curated catalogue: only when the user clicks, with progress and pause."""
from __future__ import annotations

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
)

from assistant.models.downloads import Download, load_catalogue
from ui.workers import GeneratorWorker


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s left" if minutes else f"{secs} s left"


class CatalogueDialog(QDialog):
    downloaded = Signal(str)  # path of the verified model file

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.entries = load_catalogue()
        self._worker: GeneratorWorker | None = None
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
        self.download_button = QPushButton(self.tr("Download"), clicked=self.start)
        self.pause_button = QPushButton(self.tr("Pause"), clicked=self.pause, enabled=False)
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
        layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject))

    def start(self) -> None:
        entry = self.entries[self.list.currentRow()]
        download = Download(entry.url, self.workspace.home / "models" / entry.filename, entry.sha256)
        self._worker = GeneratorWorker(lambda: download.run(should_stop=lambda: self._worker.stopped), parent=self)
        self._worker.item.connect(self._progress)
        self._worker.failed.connect(lambda message: self.status.setText(message))
        self._worker.done.connect(self._finished)
        self.download_button.setEnabled(False)
        self.pause_button.setEnabled(True)
        self.status.setText(self.tr("Connecting…"))
        self._worker.start()

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def _progress(self, progress) -> None:
        if progress.total_bytes:
            self.progress.setMaximum(1000)
            self.progress.setValue(int(1000 * progress.done_bytes / progress.total_bytes))
        speed = f"{progress.bytes_per_s / 1024**2:.1f} MB/s" if progress.bytes_per_s else ""
        texts = {"downloading": f"{progress.done_bytes / 1024**2:.0f} MB · {speed} · {_eta(progress.eta_s)}",
                 "paused": self.tr("Paused; click Download to resume."),
                 "verifying": self.tr("Checking the checksum…"), "done": self.tr("Done: %s") % progress.path}
        self.status.setText(texts[progress.state])
        if progress.state == "done":
            self.downloaded.emit(str(progress.path))

    def _finished(self) -> None:
        self._worker = None
        self.download_button.setEnabled(True)
        self.download_button.setText(self.tr("Download"))
        self.pause_button.setEnabled(False)

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker.wait()
        super().reject()
