"""The first-run welcome: what stays local, what the bundled model can and cannot do, this computer's
memory, cores and GPU, and the catalogue models that fit it with their expected speed. Nothing is
downloaded from here: a click opens the model chooser (ui/catalogue_dialog.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.models.fit import Machine, Recommendation, Verdict
from ui.catalogue_dialog import (
    BADGE_ROLE,
    CARD_HEIGHT,
    DESCRIPTION_ROLE,
    ENTRY_ROLE,
    META_ROLE,
    VERDICT_ROLE,
    FitTexts,
    ModelCardDelegate,
)

SHOWN_RECOMMENDATIONS = 3


class WelcomePanel(QFrame):
    folder_chosen = Signal(str)
    dismissed = Signal()
    choose_model_requested = Signal(str)  # a catalogue entry id to preselect ("" for none)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.texts = FitTexts(self)
        self.options: list[Recommendation] = []
        title = QLabel(self.tr("Welcome to Deskmate"))
        title.setObjectName("welcomeTitle")
        body = QLabel(self.tr(
            "Deskmate is an assistant that runs entirely on this computer. The language model, your "
            "conversations and your documents never leave it: no account, no cloud, no telemetry. "
            "Ask it anything below, or add a folder of documents so it can answer from them and cite "
            "the file and page."))
        body.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a documents folder…"))
        self.add_button.clicked.connect(self.choose_folder)
        self.add_button.setAccessibleName(self.tr("Add a documents folder"))
        self.choose_button = QPushButton(self.tr("Choose a model…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.setAccessibleName(self.tr("Choose a model for this computer"))
        self.choose_button.clicked.connect(lambda: self.choose_model_requested.emit(self._recommended_id()))
        self.close_button = QPushButton(self.tr("Start chatting"))
        self.close_button.clicked.connect(self.dismiss)
        self.close_button.setAccessibleName(self.tr("Close the welcome and start chatting"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addWidget(self._bundled_column(body), 5)
        columns.addWidget(self._machine_column(), 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(columns)
        layout.addLayout(buttons)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def _bundled_column(self, body: QLabel) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(body)
        layout.addWidget(self._section(self.tr("The bundled model")))
        self.bundled = QLabel(self.tr(
            "<b>Can:</b> answer short questions quickly, quote your documents with their file and page, "
            "and work with no network at all.<br><b>Cannot:</b> translate reliably, write long or careful "
            "text, or reason through hard problems: it has only 135 million parameters. A larger model "
            "from the list does these far better."))
        self.bundled.setWordWrap(True)
        self.bundled.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.bundled)
        layout.addStretch(1)
        return column

    def _machine_column(self) -> QWidget:
        column = QWidget()
        layout = QGridLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(8)
        layout.addWidget(self._section(self.tr("This computer")), 0, 0)
        self.machine_label = QLabel(self.tr("Checking memory, cores and GPU…"))
        self.machine_label.setObjectName("muted")
        self.machine_label.setWordWrap(True)
        self.machine_label.setAccessibleName(self.tr("This computer"))
        layout.addWidget(self.machine_label, 1, 0)
        layout.addWidget(self._section(self.tr("Recommended models")), 2, 0)
        self.recommendations = QListWidget()
        self.recommendations.setObjectName("modelList")
        self.recommendations.setAccessibleName(self.tr("Recommended models"))
        self.recommendations.setItemDelegate(ModelCardDelegate(self.recommendations))
        self.recommendations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recommendations.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recommendations.setStyleSheet("QListWidget#modelList { border: none; background: transparent; }")
        self.recommendations.itemActivated.connect(self._card_chosen)
        self.recommendations.itemClicked.connect(self._card_chosen)
        layout.addWidget(self.recommendations, 3, 0)
        self.none_fit = QLabel(self.tr("None of the catalogue's models fits in the memory free now; the bundled "
                                       "model still works. Close other programs and look again in Models."))
        self.none_fit.setWordWrap(True)
        self.none_fit.hide()
        layout.addWidget(self.none_fit, 4, 0)
        return column

    def show_machine(self, machine: Machine, options: list[Recommendation]) -> None:
        """Show this computer and the catalogue models that fit it, best first."""
        self.machine_label.setText(self.texts.machine(machine))
        self.options = [o for o in options if o.fit.verdict is not Verdict.WILL_NOT_FIT][:SHOWN_RECOMMENDATIONS]
        self.recommendations.clear()
        for option in self.options:
            item = QListWidgetItem(option.entry.name)
            item.setData(ENTRY_ROLE, option.entry.id)
            item.setData(DESCRIPTION_ROLE, option.entry.description)
            item.setData(META_ROLE, self.texts.meta(option, short=True))
            item.setData(VERDICT_ROLE, (self.texts.verdict(option.fit.verdict), option.fit.verdict))
            item.setData(BADGE_ROLE, self.tr("Recommended") if option.recommended else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, " · ".join(
                [option.entry.name, self.texts.verdict(option.fit.verdict), self.texts.meta(option)]))
            self.recommendations.addItem(item)
        self.recommendations.setFixedHeight(max(1, len(self.options)) * CARD_HEIGHT + 6)
        self.recommendations.setVisible(bool(self.options))
        self.none_fit.setVisible(not self.options)

    def _recommended_id(self) -> str:
        chosen = [o for o in self.options if o.recommended] or self.options
        return chosen[0].entry.id if chosen else ""

    def _card_chosen(self, item: QListWidgetItem) -> None:
        self.choose_model_requested.emit(str(item.data(ENTRY_ROLE)))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a documents folder"), str(Path.home()))
        if folder:
            self.folder_chosen.emit(folder)
            self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
