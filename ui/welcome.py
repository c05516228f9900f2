"""The first-run welcome: what stays local, and an offer to add a documents folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class WelcomePanel(QFrame):
    folder_chosen = Signal(str)
    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("<h2>Welcome to Deskmate</h2>"))
        body = QLabel(self.tr(
            "Deskmate is an assistant that runs entirely on this computer. The language model, your "
            "conversations and your documents never leave it: no account, no cloud, no telemetry.<br><br>"
            "Ask it anything below, or add a folder of documents so it can answer from them and cite "
            "the file and page."))
        body.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a documents folder…"))
        self.add_button.clicked.connect(self.choose_folder)
        self.add_button.setObjectName("primary")
        self.add_button.setAccessibleName(self.tr("Add a documents folder"))
        self.close_button = QPushButton(self.tr("Start chatting"))
        self.close_button.clicked.connect(self.dismiss)
        self.close_button.setAccessibleName(self.tr("Close the welcome and start chatting"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a documents folder"), str(Path.home()))
        if folder:
            self.folder_chosen.emit(folder)
            self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
