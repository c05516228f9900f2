"""Personas and sampling presets: shipped ones, the user's own saved as JSON, validation, and what a turn gets."""
import json

import pytest

from assistant.chat.presets import (
    CUSTOM_SAMPLING,
    SHIPPED_PERSONAS,
    Choice,
    PresetStore,
    apply_choice,
    choice_from,
    sampling_preset,
)
from assistant.config import Settings
from assistant.errors import InvalidInput


def test_shipped_personas_and_sampling_presets_have_raw_values():
    assert {p.id for p in SHIPPED_PERSONAS} >= {"default", "concise", "teacher", "editor", "programmer"}
    assert sampling_preset("precise").raw() == {"temperature": 0.0, "top_p": 1.0}
    assert sampling_preset("creative").temperature > sampling_preset("balanced").temperature > 0
    with pytest.raises(InvalidInput, match="precise"):
        sampling_preset("wild")


def test_a_user_persona_is_saved_as_json_and_read_back(tmp_path):
    store = PresetStore(tmp_path)
    saved = store.save_persona("Code reviewer!", "Review the code for bugs first.", "Finds bugs")
    assert saved.id == "code-reviewer" and not saved.shipped
    data = json.loads((tmp_path / "presets.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["personas"][0]["system_prompt"] == "Review the code for bugs first."
    again = PresetStore(tmp_path)
    assert again.persona("code-reviewer").name == "Code reviewer!"
    assert [p.id for p in again.personas()][-1] == "code-reviewer"
    second = again.save_persona("Code reviewer", "Another one.")
    assert second.id == "code-reviewer-2"  # a name already taken gets its own id, nothing is replaced


def test_invalid_personas_are_refused_with_the_reason(tmp_path):
    store = PresetStore(tmp_path)
    with pytest.raises(InvalidInput, match="system prompt"):
        store.save_persona("Empty", "   ")
    with pytest.raises(InvalidInput, match="name"):
        store.save_persona("x" * 61, "A prompt.")
    with pytest.raises(InvalidInput, match="ships with Deskmate"):
        store.delete_persona("teacher")
    assert not (tmp_path / "presets.json").exists()


def test_an_entry_that_does_not_validate_is_skipped_but_kept_in_the_file(tmp_path):
    (tmp_path / "presets.json").write_text(json.dumps({"version": 1, "personas": [
        {"id": "Bad Id", "name": "Broken", "system_prompt": "x"},
        {"id": "good", "name": "Good", "system_prompt": "Be good."}]}), encoding="utf-8")
    store = PresetStore(tmp_path)
    assert [p.id for p in store.user_personas()] == ["good"] and "not valid" in store.warnings[0]
    store.save_persona("Another", "Be another.")
    ids = [e["id"] for e in json.loads((tmp_path / "presets.json").read_text(encoding="utf-8"))["personas"]]
    assert ids == ["Bad Id", "good", "another"]  # the broken entry the user wrote is not lost


def test_a_file_that_is_not_json_is_kept_aside(tmp_path):
    (tmp_path / "presets.json").write_text("{not json", encoding="utf-8")
    store = PresetStore(tmp_path)
    assert store.user_personas() == [] and "could not be read" in store.warnings[0]
    kept = list(tmp_path.glob("presets.json.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{not json"


def test_the_choice_sets_the_system_prompt_and_the_sampling_values(tmp_path):
    store = PresetStore(tmp_path)
    settings = Settings(temperature=0.0, top_p=0.95, system_prompt="Base prompt.")
    assert apply_choice(settings, Choice(), store) == settings  # defaults change nothing
    turned = apply_choice(settings, Choice("teacher", "creative"), store)
    assert turned.system_prompt.startswith("You are Deskmate, a patient teacher")
    assert (turned.temperature, turned.top_p) == (0.9, 0.95) and settings.temperature == 0.0
    custom = apply_choice(settings, Choice("default", CUSTOM_SAMPLING, 1.3, 0.5), store)
    assert (custom.temperature, custom.top_p, custom.system_prompt) == (1.3, 0.5, "Base prompt.")
    with pytest.raises(InvalidInput, match="Temperature"):
        apply_choice(settings, Choice("default", CUSTOM_SAMPLING, 3.0, 0.5), store)
    assert apply_choice(settings, Choice("deleted-persona"), store).system_prompt == "Base prompt."


def test_a_conversations_saved_choice_round_trips():
    for choice in (Choice("editor", "precise"), Choice("default", CUSTOM_SAMPLING, 0.7, 0.8), Choice()):
        assert choice_from(choice.persona, {"sampling": choice.sampling_option()}) == choice
    assert choice_from(None, {"sampling": "no-such"}) == Choice()
    assert choice_from("teacher", {"sampling": {"temperature": 9, "top_p": 0.5}}) == Choice("teacher")
