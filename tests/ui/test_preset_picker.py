"""The preset picker: personas and sampling presets, the raw values behind "Advanced", a new persona,
and the chosen preset applied to a real chat turn and saved with the conversation."""
from PySide6.QtCore import Qt

from assistant.chat.presets import CUSTOM_SAMPLING, Choice, PresetStore, choice_from
from ui.preset_picker import PresetPicker


def test_advanced_shows_the_raw_values_and_editing_them_makes_a_custom_choice(qtbot, tmp_path):
    picker = PresetPicker(PresetStore(tmp_path), lambda: (0.0, 0.95))
    qtbot.addWidget(picker)
    picker.show()
    assert not picker.advanced.isVisible()
    qtbot.mouseClick(picker.advanced_button, Qt.MouseButton.LeftButton)
    assert picker.advanced.isVisible() and picker.raw_values.text() == "temperature=0  top_p=0.95"
    with qtbot.waitSignal(picker.changed) as changed:
        picker.sampling.setCurrentIndex(picker.sampling.findData("creative"))
    assert changed.args == [Choice("default", "creative")]
    assert picker.raw_values.text() == "temperature=0.9  top_p=0.95" and picker.temperature.value() == 0.9
    with qtbot.waitSignal(picker.changed) as changed:
        picker.top_p.setValue(0.5)
    assert changed.args[0] == Choice("default", CUSTOM_SAMPLING, 0.9, 0.5)
    assert picker.sampling.currentData() == CUSTOM_SAMPLING


def test_a_new_persona_is_saved_and_chosen(qtbot, tmp_path):
    picker = PresetPicker(PresetStore(tmp_path))
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.changed) as changed:
        assert picker.add_persona("Pirate", "Answer like a pirate.")
    assert changed.args[0].persona == "pirate" and picker.persona.currentText() == "Pirate"
    assert PresetStore(tmp_path).persona("pirate").system_prompt == "Answer like a pirate."
    with qtbot.waitSignal(picker.failed) as failed:
        assert not picker.add_persona("Empty", "")
    assert "system prompt" in failed.args[0]


def test_the_chosen_preset_reaches_the_model_and_is_saved_with_the_chat(qtbot, window, monkeypatch):
    engine = window.workspace.loaded_engine
    calls = []
    original = engine.stream

    def recording(messages, max_tokens=512, temperature=0.2, top_p=0.95, **rest):
        calls.append((messages[0]["content"], temperature, top_p))
        return original(messages, max_tokens, temperature, top_p, **rest)

    monkeypatch.setattr(engine, "stream", recording)
    picker = window.preset_picker
    picker.persona.setCurrentIndex(picker.persona.findData("concise"))
    picker.sampling.setCurrentIndex(picker.sampling.findData("balanced"))
    window.chat.input.setPlainText("Name a colour.")
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        window.chat.send_button.click()
    result = finished.args[0]
    system, temperature, top_p = calls[-1]
    assert system.startswith("You are Deskmate, a private assistant. Answer in as few words")
    assert (temperature, top_p) == (0.5, 0.9)
    saved = window.workspace.history.get(result.conversation_id)
    assert choice_from(saved.preset, saved.options) == Choice("concise", "balanced")
    window.new_chat()
    picker.set_choice(Choice())
    window.open_conversation(result.conversation_id)
    assert picker.choice() == Choice("concise", "balanced")
    picker.sampling.setCurrentIndex(picker.sampling.findData("precise"))  # a change is saved at once
    saved = window.workspace.history.get(result.conversation_id)
    assert choice_from(saved.preset, saved.options) == Choice("concise", "precise")
