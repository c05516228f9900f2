"""The model manager: see, import, download, tune and switch models."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from assistant.errors import DeskmateError
from assistant.models.fit import Verdict, estimate_fit
from assistant.models.gguf import read_gguf
from assistant.models.settings import ModelSettings, settings_for, store_for
from assistant.tools.common import MODEL_MANAGER_HINT
from ui.catalogue_dialog import CatalogueDialog

PATH_ROLE = Qt.ItemDataRole.UserRole


def without_command_hint(message: str) -> str:
    """A core message as the window shows it: the command-line hint for loading another model left out
    (the window offers a button that opens the model chooser instead)."""
    return message.replace(MODEL_MANAGER_HINT, "").strip()


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 1024**3:.2f} GB" if n_bytes >= 1024**3 else f"{n_bytes / 1024**2:.0f} MB"


class ModelSettingsForm(QGroupBox):
    """Context, threads, GPU layers, temperature, top-p and system prompt for one model."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Settings for this model"))
        self.n_ctx = QSpinBox(minimum=256, maximum=1 << 20, singleStep=512)
        self.n_threads = QSpinBox(minimum=0, maximum=256)
        self.n_threads.setSpecialValueText(self.tr("Automatic"))
        self.n_gpu_layers = QSpinBox(minimum=-1, maximum=1000)
        self.n_gpu_layers.setSpecialValueText(self.tr("All (GPU builds)"))
        self.temperature = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.1, decimals=2)
        self.top_p = QDoubleSpinBox(minimum=0.01, maximum=1.0, singleStep=0.05, decimals=2)
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setFixedHeight(70)
        self.system_prompt.setTabChangesFocus(True)
        form = QFormLayout(self)
        for label, widget in [
            (self.tr("Context length (tokens)"), self.n_ctx),
            (self.tr("CPU threads"), self.n_threads),
            (self.tr("GPU layers"), self.n_gpu_layers),
            (self.tr("Temperature"), self.temperature),
            (self.tr("Top-p"), self.top_p),
            (self.tr("System prompt"), self.system_prompt),
        ]:
            widget.setAccessibleName(label)
            if widget is not self.system_prompt:
                widget.setMaximumWidth(220)
            form.addRow(label, widget)

    def show_settings(self, chosen: ModelSettings, trained_context: int | None) -> None:
        self.n_ctx.setMaximum(trained_context or 1 << 20)
        self.n_ctx.setValue(chosen.n_ctx)
        self.n_threads.setValue(chosen.n_threads)
        self.n_gpu_layers.setValue(chosen.n_gpu_layers)
        self.temperature.setValue(chosen.temperature)
        self.top_p.setValue(chosen.top_p)
        self.system_prompt.setPlainText(chosen.system_prompt)

    def chosen(self) -> ModelSettings:
        return ModelSettings(self.n_ctx.value(), self.n_threads.value(), self.n_gpu_layers.value(),
                             self.temperature.value(), self.top_p.value(), self.system_prompt.toPlainText())


class ModelsDialog(QDialog):
    """Lists models with what their headers say and whether they fit this computer."""

    use_requested = Signal(str, bool)  # model path, and whether the user insists despite a poor fit

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Models"))
        self.resize(980, 620)
        columns = [self.tr("Name"), self.tr("Architecture"), self.tr("Parameters"), self.tr("Quantization"),
                   self.tr("Context"), self.tr("Size"), self.tr("License"), self.tr("Fit")]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(self.tr("Models"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.fit_label = QLabel()
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName(self.tr("Hardware fit"))
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.form = ModelSettingsForm()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.fit_label)
        layout.addWidget(self.form)
        layout.addLayout(self.button_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _build_buttons(self) -> None:
        self.import_button = self._button(self.tr("Import GGUF…"), self.choose_file)
        self.download_button = self._button(self.tr("Download…"), self.open_catalogue)
        self.save_button = self._button(self.tr("Save settings"), self.save_settings)
        self.use_button = self._button(self.tr("Use this model"), self.use_selected)
        self.use_button.setObjectName("primary")
        self.remove_button = self._button(self.tr("Remove from list"), self.remove_selected)
        self.button_row = QHBoxLayout()
        for button in (self.import_button, self.download_button, self.remove_button):
            button.setAccessibleName(button.text().rstrip("…"))
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        for button in (self.save_button, self.use_button):
            button.setAccessibleName(button.text())
            self.button_row.addWidget(button)

    def refresh(self, select: str | None = None) -> None:
        entries = [e for e in self.workspace.models.list() if e["kind"] == "chat"]
        current = select or str(self.workspace.model_path())
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, entry["path"])
                self.table.setItem(row, column, item)
            if Path(entry["path"]) == Path(current):
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()

    def _cells(self, entry: dict) -> list[str]:
        name = Path(entry["path"]).name
        if "error" in entry:
            return [name, "-", "-", "-", "-", "-", "-", self.tr("damaged: %s") % entry["error"]]
        label = entry["name"] + (self.tr(" (bundled)") if entry["bundled"] else "")
        if str(self.workspace.model_path()) == entry["path"]:
            label += self.tr(" — in use")
        fit = estimate_fit(read_gguf(entry["path"]), min(4096, entry["context_length"] or 4096))
        return [label, entry["architecture"], f"{entry['parameters'] / 1e6:,.0f}M", entry["quantization"],
                f"{entry['context_length'] or '?'}", _size(entry["size_bytes"]), entry["license"] or "-",
                self.verdict_text(fit.verdict)]

    def verdict_text(self, verdict: Verdict) -> str:
        return {Verdict.FITS: self.tr("fits"), Verdict.MAY_BE_SLOW: self.tr("may be slow"),
                Verdict.WILL_NOT_FIT: self.tr("will not fit")}[verdict]

    def selected_path(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(PATH_ROLE) if items else None

    def _selection_changed(self) -> None:
        path = self.selected_path()
        self.form.setEnabled(path is not None)
        if path is None:
            return
        try:
            info = read_gguf(path)
        except DeskmateError as exc:
            self.fit_label.setText(str(exc))
            return
        chosen = settings_for(self.workspace.settings, info)
        self.form.show_settings(chosen, info.context_length)
        self._show_fit(info, chosen)
        self.remove_button.setEnabled(Path(path) in self.workspace.models.added_paths())

    def _show_fit(self, info, chosen: ModelSettings):
        fit = estimate_fit(info, chosen.n_ctx, chosen.n_gpu_layers)
        self.fit_label.setText(self.tr("<b>%s</b> — %s") % (self.verdict_text(fit.verdict).capitalize(), fit.reason))
        return fit

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Validate and remember a GGUF file; a bad file is refused with the reason."""
        try:
            summary = self.workspace.models.add(path)
        except DeskmateError as exc:
            self.show_error(self.tr("Not imported: %s") % exc)
            return False
        self.show_error("")
        self.refresh(select=summary["path"])
        return True

    def save_settings(self) -> bool:
        path = self.selected_path()
        if path is None:
            return False
        try:
            store_for(self.workspace.settings, read_gguf(path), self.form.chosen())
        except DeskmateError as exc:
            self.show_error(str(exc))
            return False
        self.workspace.save_settings()
        self.show_error("")
        return True

    def use_selected(self) -> None:
        path = self.selected_path()
        if path is None or not self.save_settings():
            return
        fit = self._show_fit(read_gguf(path), self.form.chosen())
        insist = False
        if fit.verdict is Verdict.WILL_NOT_FIT:
            answer = QMessageBox.warning(self, self.tr("Model will not fit"),
                                         self.tr("This model %s.\n\nLoad it anyway?") % fit.reason,
                                         QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                         QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            insist = True
        self.use_requested.emit(path, insist)
        self.accept()

    def remove_selected(self) -> None:
        path = self.selected_path()
        if path and Path(path) != Path(self.workspace.model_path()):
            self.workspace.models.remove(path)
            self.refresh()
        elif path:
            self.show_error(self.tr("This model is in use; choose another one first."))

    def open_catalogue(self) -> None:
        dialog = CatalogueDialog(self.workspace, self)
        dialog.downloaded.connect(self.import_file)
        dialog.exec()
