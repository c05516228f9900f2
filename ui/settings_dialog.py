"""Settings: data folder, default model, theme, language, documents, and what stays private."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.config import choose_home
from ui.i18n import LANGUAGES, SYSTEM, resolve_language
from ui.theme import Theme


class SettingsDialog(QDialog):
    appearance_changed = Signal()

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Settings"))
        self.resize(620, 460)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._appearance_page(), self.tr("Appearance"))
        self.tabs.addTab(self._documents_page(), self.tr("Documents"))
        self.tabs.addTab(self._privacy_page(), self.tr("Privacy"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _general_page(self) -> QWidget:
        page = QWidget()
        self.home_label = QLabel(str(self.workspace.home))
        self.home_label.setWordWrap(True)
        self.home_note = QLabel()
        self.home_note.setWordWrap(True)
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self._choose_home)
        change.setAccessibleName(self.tr("Change data folder"))
        open_folder = QPushButton(self.tr("Open"))
        open_folder.clicked.connect(self._open_home)
        open_folder.setAccessibleName(self.tr("Open data folder"))
        row = QHBoxLayout()
        row.addWidget(self.home_label, 1)
        row.addWidget(change)
        row.addWidget(open_folder)
        self.model_choice = QComboBox()
        self.model_choice.setAccessibleName(self.tr("Default model"))
        current = str(self.workspace.model_path())
        for entry in self.workspace.models.list():
            if entry["kind"] == "chat" and "error" not in entry:
                self.model_choice.addItem(entry["name"], entry["path"])
                if entry["path"] == current:
                    self.model_choice.setCurrentIndex(self.model_choice.count() - 1)
        form = QFormLayout(page)
        form.addRow(self.tr("Data folder"), row)
        form.addRow("", self.home_note)
        form.addRow(self.tr("Default model"), self.model_choice)
        return page

    def _appearance_page(self) -> QWidget:
        page = QWidget()
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(self.tr("Theme"))
        for theme, label in ((Theme.SYSTEM, self.tr("Follow the system")), (Theme.LIGHT, self.tr("Light")),
                             (Theme.DARK, self.tr("Dark"))):
            self.theme_choice.addItem(label, theme.value)
        self.theme_choice.setCurrentIndex(max(0, self.theme_choice.findData(self.workspace.settings.theme)))
        self.language_choice = QComboBox()
        self.language_choice.setAccessibleName(self.tr("Language"))
        self.language_choice.addItem(self.tr("System language (%s)") % LANGUAGES[resolve_language(SYSTEM)], SYSTEM)
        for code, name in LANGUAGES.items():
            self.language_choice.addItem(name, code)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(self.workspace.settings.language)))
        self.language_choice.setToolTip(self.tr("The window changes language as soon as you press OK"))
        form = QFormLayout(page)
        form.addRow(self.tr("Theme"), self.theme_choice)
        form.addRow(self.tr("Language"), self.language_choice)
        return page

    def _documents_page(self) -> QWidget:
        page = QWidget()
        self.size_cap = QSpinBox(minimum=1, maximum=10_000, suffix=self.tr(" MB"))
        self.size_cap.setValue(self.workspace.settings.max_document_mb)
        self.size_cap.setAccessibleName(self.tr("Largest file to index"))
        self.include_generated = QCheckBox(self.tr("Also index generated and vendored files"))
        self.include_generated.setToolTip(self.tr("Minified scripts, search indexes, lock files, node_modules, "
                                                  "build output and virtual environments are skipped unless "
                                                  "this is on"))
        self.include_generated.setAccessibleName(self.tr("Also index generated and vendored files"))
        self.include_generated.setChecked(self.workspace.settings.index_generated_files)
        self.read_scans = QCheckBox(self.tr("Read scanned pages and images (OCR; slower)"))
        self.read_scans.setToolTip(self.tr("Text is recognised on this computer, offline, a few seconds a page; "
                                           "scans are read after the other files"))
        self.read_scans.setAccessibleName(self.tr("Read scanned pages and images by OCR"))
        self.read_scans.setChecked(self.workspace.settings.ocr_enabled)
        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Watched folders"))
        self.folders.addItems(self.workspace.settings.watched_folders)
        add = QPushButton(self.tr("Add folder…"))
        add.clicked.connect(self._add_folder)
        add.setAccessibleName(self.tr("Add watched folder"))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.folders.takeItem(self.folders.currentRow()))
        remove.setAccessibleName(self.tr("Remove watched folder"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.tr("Skip files larger than"), self.size_cap)
        form.addRow("", self.include_generated)
        form.addRow("", self.read_scans)
        form.addRow(self.tr("Watched folders"), self.folders)
        form.addRow("", buttons)
        return page

    def _privacy_page(self) -> QWidget:
        label = QLabel(self.tr(
            "<h3>Nothing leaves this computer</h3>"
            "<p>Deskmate runs its language model and its document search on this computer. Your conversations, "
            "documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, "
            "checks for no updates and downloads nothing by itself.</p>"
            "<p>The only network use is a model download that you start yourself from the model manager.</p>"
            "<p>To delete everything Deskmate stored, quit it and delete the data folder shown on the General "
            "page.</p>"))
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Privacy statement"))
        page = QWidget()
        QVBoxLayout(page).addWidget(label)
        return page

    def _choose_home(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), str(self.workspace.home))
        if folder:
            self.chosen_home = Path(folder)
            self.home_note.setText(self.tr("Deskmate will use %s after a restart. Your current data stays in "
                                           "%s; move it yourself if you want to keep it.")
                                   % (folder, self.workspace.home))

    def _open_home(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.home)))

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Watch a documents folder"), str(Path.home()))
        if folder and not self.folders.findItems(folder, self._exact()):
            self.folders.addItem(folder)

    @staticmethod
    def _exact():
        return Qt.MatchFlag.MatchExactly

    def accept(self) -> None:
        settings = self.workspace.settings
        before = (settings.theme, settings.language)
        settings.theme = self.theme_choice.currentData()
        settings.language = self.language_choice.currentData()
        settings.max_document_mb = self.size_cap.value()
        settings.index_generated_files = self.include_generated.isChecked()
        self.workspace.documents.include_generated = settings.index_generated_files  # from the next scan on
        settings.ocr_enabled = self.read_scans.isChecked()
        self.workspace.use_ocr(settings.ocr_enabled)  # from the next run on
        settings.watched_folders = [self.folders.item(i).text() for i in range(self.folders.count())]
        chosen_model = self.model_choice.currentData()
        if chosen_model and Path(chosen_model) != Path(self.workspace.model_path()):
            self.requested_model = chosen_model
        if getattr(self, "chosen_home", None):
            choose_home(self.chosen_home)
        self.workspace.save_settings()
        if (settings.theme, settings.language) != before:
            self.appearance_changed.emit()
        super().accept()
