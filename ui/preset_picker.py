"""The preset picker: a persona and a sampling style for the conversation, with the raw values
behind an "Advanced" disclosure (editing them makes a custom choice)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.presets import (
    CUSTOM_SAMPLING,
    DEFAULT_PERSONA,
    MODEL_SAMPLING,
    SAMPLING_PRESETS,
    Choice,
    PresetStore,
    sampling_preset,
)
from assistant.errors import DeskmateError


class PresetPicker(QFrame):
    changed = Signal(object)  # the new Choice
    failed = Signal(str)  # a message for the user (a persona that could not be saved)

    def __init__(self, store: PresetStore, model_sampling: Callable[[], tuple[float, float]] | None = None,
                 parent: QWidget | None = None):
        """`model_sampling`: the loaded model's own (temperature, top_p), shown for "Model default"."""
        super().__init__(parent)
        self.setObjectName("presetPicker")
        self.store = store
        self.model_sampling = model_sampling or (lambda: (0.0, 0.95))
        self._quiet = False  # True while the picker sets its own controls
        self._build()
        self.reload()

    def _build(self) -> None:
        self.persona = QComboBox()
        self.persona.setAccessibleName(self.tr("Persona"))
        self.persona.setToolTip(self.tr("Who answers: the persona's system prompt is used for this conversation"))
        self.sampling = QComboBox()
        self.sampling.setAccessibleName(self.tr("Sampling"))
        self.sampling.setToolTip(self.tr("How freely the model picks its words"))
        for combo in (self.persona, self.sampling):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(130)
        names = self._sampling_names()
        for preset in SAMPLING_PRESETS:
            self.sampling.addItem(names.get(preset.id, preset.name), preset.id)
        self.sampling.addItem(self.tr("Custom"), CUSTOM_SAMPLING)
        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("flat")
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setAccessibleName(self.tr("Show advanced sampling values"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self._disclose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.persona)
        row.addWidget(self.sampling)
        row.addWidget(self.advanced_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self._advanced_panel())
        self.persona.currentIndexChanged.connect(self._persona_chosen)
        self.sampling.currentIndexChanged.connect(self._sampling_chosen)

    def _advanced_panel(self) -> QFrame:
        self.advanced = QFrame()
        self.advanced.setObjectName("presetAdvanced")
        self.temperature = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.05, decimals=2)
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.top_p = QDoubleSpinBox(minimum=0.01, maximum=1.0, singleStep=0.05, decimals=2)
        self.top_p.setAccessibleName(self.tr("Top-p"))
        for box in (self.temperature, self.top_p):
            box.valueChanged.connect(self._raw_edited)
            box.setMaximumWidth(120)
        self.raw_values = QLabel()
        self.raw_values.setObjectName("rawValue")
        self.raw_values.setAccessibleName(self.tr("Raw sampling values"))
        self.prompt_preview = QLabel()
        self.prompt_preview.setObjectName("muted")
        self.prompt_preview.setWordWrap(True)
        self.prompt_preview.setAccessibleName(self.tr("System prompt of the persona"))
        self.new_persona_button = QPushButton(self.tr("New persona…"))
        self.new_persona_button.setAccessibleName(self.tr("New persona"))
        self.new_persona_button.clicked.connect(self.ask_new_persona)
        form = QFormLayout(self.advanced)
        form.setContentsMargins(12, 10, 12, 10)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Top-p"), self.top_p)
        form.addRow(self.tr("Sent as"), self.raw_values)
        form.addRow(self.tr("System prompt"), self.prompt_preview)
        persona_row = QHBoxLayout()
        persona_row.addWidget(self.new_persona_button)
        persona_row.addStretch(1)
        form.addRow("", persona_row)
        self.advanced.setMaximumWidth(640)
        self.advanced.hide()
        return self.advanced

    # -- what is shown ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Fill the persona list again (after a persona was saved), keeping or moving the choice."""
        keep = select or self.persona.currentData() or DEFAULT_PERSONA
        self._quiet = True
        self.persona.clear()
        shipped = self._persona_texts()
        for persona in self.store.personas():
            name, description = shipped.get(persona.id, (persona.name, persona.description))
            self.persona.addItem(name, persona.id)
            self.persona.setItemData(self.persona.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.persona.setCurrentIndex(max(0, self.persona.findData(keep)))
        self._quiet = False
        self._show_values()

    def _persona_texts(self) -> dict[str, tuple[str, str]]:
        """The shipped personas' names and descriptions in the interface language (assistant/chat/presets.py
        holds them in English)."""
        return {"default": ("Deskmate", self.tr("The assistant as set up in Settings.")),
                "concise": (self.tr("Concise"), self.tr("Short, direct answers.")),
                "teacher": (self.tr("Teacher"), self.tr("Explains step by step, with an example.")),
                "editor": (self.tr("Editor"), self.tr("Improves the text you give it.")),
                "programmer": (self.tr("Programmer"), self.tr("Code first, in fenced blocks."))}

    def _sampling_names(self) -> dict[str, str]:
        return {"model": self.tr("Model default"), "precise": self.tr("Precise"), "balanced": self.tr("Balanced"),
                "creative": self.tr("Creative")}

    def choice(self) -> Choice:
        sampling = self.sampling.currentData()
        if sampling == CUSTOM_SAMPLING:
            return Choice(self.persona.currentData(), CUSTOM_SAMPLING, self.temperature.value(), self.top_p.value())
        return Choice(self.persona.currentData() or DEFAULT_PERSONA, sampling)

    def set_choice(self, choice: Choice) -> None:
        """Show a conversation's saved choice (no `changed` signal: nothing was chosen by the user)."""
        self._quiet = True
        self.persona.setCurrentIndex(max(0, self.persona.findData(choice.persona)))
        self.sampling.setCurrentIndex(max(0, self.sampling.findData(choice.sampling)))
        if choice.sampling == CUSTOM_SAMPLING and choice.temperature is not None and choice.top_p is not None:
            self.temperature.setValue(choice.temperature)
            self.top_p.setValue(choice.top_p)
        self._quiet = False
        self._show_values()

    def _values(self) -> tuple[float, float]:
        sampling = self.sampling.currentData()
        if sampling == CUSTOM_SAMPLING:
            return self.temperature.value(), self.top_p.value()
        if sampling == MODEL_SAMPLING:
            return self.model_sampling()
        preset = sampling_preset(sampling)
        return preset.temperature, preset.top_p

    def _show_values(self) -> None:
        temperature, top_p = self._values()
        was_quiet, self._quiet = self._quiet, True
        self.temperature.setValue(temperature)
        self.top_p.setValue(top_p)
        self._quiet = was_quiet
        self.raw_values.setText(f"temperature={temperature:g}  top_p={top_p:g}")
        persona = self.store.persona(self.persona.currentData() or DEFAULT_PERSONA)
        self.prompt_preview.setText(persona.system_prompt or self.tr("The system prompt from Settings."))
        self.sampling.setToolTip(self.tr("How freely the model picks its words (temperature %s, top-p %s)")
                                 % (f"{temperature:g}", f"{top_p:g}"))

    # -- what the user does ----------------------------------------------------------------------

    def _disclose(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.advanced_button.setAccessibleName(self.tr("Hide advanced sampling values") if shown
                                               else self.tr("Show advanced sampling values"))

    def _persona_chosen(self, _index: int) -> None:
        if not self._quiet:
            self._show_values()
            self.changed.emit(self.choice())

    def _sampling_chosen(self, _index: int) -> None:
        if not self._quiet:
            self._show_values()
            self.changed.emit(self.choice())

    def _raw_edited(self, _value: float) -> None:
        if self._quiet:
            return
        self._quiet = True
        self.sampling.setCurrentIndex(self.sampling.findData(CUSTOM_SAMPLING))
        self._quiet = False
        self._show_values()
        self.changed.emit(self.choice())

    def ask_new_persona(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New persona"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        prompt, ok = QInputDialog.getMultiLineText(self, self.tr("New persona"),
                                                   self.tr("System prompt (how this persona answers):"))
        if ok:
            self.add_persona(name, prompt)

    def add_persona(self, name: str, system_prompt: str) -> bool:
        """Save a persona of the user's and choose it; a persona that does not validate says why."""
        try:
            persona = self.store.save_persona(name, system_prompt)
        except (DeskmateError, OSError) as exc:
            self.failed.emit(self.tr("The persona was not saved: %s") % exc)
            return False
        self.reload(select=persona.id)
        self.changed.emit(self.choice())
        return True
