"""Presets for a conversation: a persona (its system prompt) and a sampling style.

A few personas ship with Deskmate; the user's own are saved in `<home>/presets.json` and validated
when read (an entry that does not validate is kept in the file as it was, never dropped). Sampling
presets map a word (precise, balanced, creative) to the raw values the model is sampled with.
A conversation keeps its persona in `Conversation.preset` and its sampling in its options
(`{"sampling": "creative"}`, or the raw values themselves for a custom choice).
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.config import Settings, write_atomically
from assistant.errors import InvalidInput

PRESETS_FILE = "presets.json"
PRESETS_VERSION = 1
DEFAULT_PERSONA = "default"  # the system prompt from the settings, unchanged
MODEL_SAMPLING = "model"  # the model's own temperature and top-p from its settings, unchanged
CUSTOM_SAMPLING = "custom"
SAMPLING_OPTION = "sampling"  # the conversation option that holds the sampling choice
MAX_NAME = 60
MAX_PROMPT = 8000
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    description: str
    system_prompt: str  # empty only for the default persona (the settings' own prompt)
    shipped: bool = False


@dataclass(frozen=True)
class Sampling:
    id: str
    name: str
    description: str
    temperature: float
    top_p: float

    def raw(self) -> dict:
        return {"temperature": self.temperature, "top_p": self.top_p}


SHIPPED_PERSONAS = (
    Persona(DEFAULT_PERSONA, "Deskmate", "The assistant as set up in Settings.", "", shipped=True),
    Persona("concise", "Concise", "Short, direct answers.",
            "You are Deskmate, a private assistant. Answer in as few words as the question allows: "
            "no introduction, no repetition, no closing remarks.", shipped=True),
    Persona("teacher", "Teacher", "Explains step by step, with an example.",
            "You are Deskmate, a patient teacher. Explain step by step in plain words, give one short "
            "example, and end with a one-sentence summary.", shipped=True),
    Persona("editor", "Editor", "Improves the text you give it.",
            "You are Deskmate, a careful editor. Rewrite the user's text to be clear and correct, keep "
            "its meaning and language, and list the main changes briefly after it.", shipped=True),
    Persona("programmer", "Programmer", "Code first, in fenced blocks.",
            "You are Deskmate, an experienced programmer. Answer with working code in fenced code blocks "
            "with the language named, then explain it briefly.", shipped=True),
)

SAMPLING_PRESETS = (
    Sampling(MODEL_SAMPLING, "Model default", "The temperature and top-p saved for this model.", -1.0, -1.0),
    Sampling("precise", "Precise", "Always the most likely words: repeatable, factual.", 0.0, 1.0),
    Sampling("balanced", "Balanced", "A little variety, still focused.", 0.5, 0.9),
    Sampling("creative", "Creative", "More varied wording and ideas.", 0.9, 0.95),
)


@dataclass(frozen=True)
class Choice:
    """What a conversation is answered with: a persona id, and a sampling preset id or raw values."""
    persona: str = DEFAULT_PERSONA
    sampling: str = MODEL_SAMPLING
    temperature: float | None = None  # only for CUSTOM_SAMPLING
    top_p: float | None = None

    def sampling_option(self) -> str | dict:
        """How the sampling is saved in the conversation's options."""
        if self.sampling == CUSTOM_SAMPLING:
            return {"temperature": self.temperature, "top_p": self.top_p}
        return self.sampling


def sampling_preset(sampling_id: str) -> Sampling:
    for preset in SAMPLING_PRESETS:
        if preset.id == sampling_id:
            return preset
    raise InvalidInput(f"There is no sampling preset '{sampling_id}'. Choose one of: "
                       + ", ".join(p.id for p in SAMPLING_PRESETS) + ".")


def check_sampling(temperature: float, top_p: float) -> None:
    if not 0.0 <= temperature <= 2.0:
        raise InvalidInput(f"Temperature {temperature} is out of range: use a value from 0 to 2.")
    if not 0.0 < top_p <= 1.0:
        raise InvalidInput(f"Top-p {top_p} is out of range: use a value above 0 and at most 1.")


def choice_from(preset: str | None, options: dict) -> Choice:
    """The Choice saved with a conversation (its `preset` and `options`); unknown values fall back to defaults."""
    persona = preset or DEFAULT_PERSONA
    saved = options.get(SAMPLING_OPTION)
    if isinstance(saved, dict):
        try:
            temperature, top_p = float(saved["temperature"]), float(saved["top_p"])
            check_sampling(temperature, top_p)
        except (KeyError, TypeError, ValueError, InvalidInput):
            return Choice(persona)
        return Choice(persona, CUSTOM_SAMPLING, temperature, top_p)
    if isinstance(saved, str) and saved in {p.id for p in SAMPLING_PRESETS}:
        return Choice(persona, saved)
    return Choice(persona)


def validated_persona(data: dict) -> Persona:
    """A user's persona from its JSON form, or InvalidInput saying what is wrong with it."""
    if not isinstance(data, dict):
        raise InvalidInput("A persona must be a JSON object with id, name and system_prompt.")
    persona_id, name = str(data.get("id", "")).strip(), " ".join(str(data.get("name", "")).split())
    prompt, description = str(data.get("system_prompt", "")).strip(), str(data.get("description", "")).strip()
    if not ID_PATTERN.match(persona_id):
        raise InvalidInput(f"Persona id '{persona_id}' is not valid: use up to 40 lower-case letters, digits and "
                           "hyphens, starting with a letter or digit.")
    if persona_id in {p.id for p in SHIPPED_PERSONAS}:
        raise InvalidInput(f"'{persona_id}' is the id of a persona Deskmate ships; choose another id.")
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"Persona '{persona_id}' needs a name of 1 to {MAX_NAME} characters.")
    if not prompt or len(prompt) > MAX_PROMPT:
        raise InvalidInput(f"Persona '{persona_id}' needs a system prompt of 1 to {MAX_PROMPT:,} characters.")
    return Persona(persona_id, name, description[:200], prompt)


def slug(name: str) -> str:
    """An id made from a name: "My reviewer!" -> "my-reviewer"."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "-".join(words)[:40].strip("-") or "persona"


class PresetStore:
    """The shipped personas and the user's own, saved in `<home>/presets.json`."""

    def __init__(self, home: Path):
        self.path = Path(home) / PRESETS_FILE
        self.warnings: list[str] = []  # what could not be read, for the window to show

    def _read(self) -> list:
        """The file's entries as saved (valid or not); a file that is not JSON is kept aside."""
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["personas"] if isinstance(data, dict) else None
            if not isinstance(entries, list):
                raise ValueError("no list of personas")
            return entries
        except (OSError, ValueError, KeyError) as exc:
            aside = self.path.with_name(f"{PRESETS_FILE}.unreadable-{int(time.time())}")
            self.path.replace(aside)
            self.warnings.append(f"Your presets file could not be read ({exc}); it was kept as {aside.name} "
                                 "and Deskmate started a new one.")
            return []

    def user_personas(self) -> list[Persona]:
        personas = []
        for entry in self._read():
            try:
                personas.append(validated_persona(entry))
            except InvalidInput as exc:
                self.warnings.append(f"A saved persona was skipped: {exc}")
        return personas

    def personas(self) -> list[Persona]:
        return [*SHIPPED_PERSONAS, *self.user_personas()]

    def persona(self, persona_id: str) -> Persona:
        """The persona with this id; the default one when it is gone (deleted since the chat was saved)."""
        for persona in self.personas():
            if persona.id == persona_id:
                return persona
        return SHIPPED_PERSONAS[0]

    def save_persona(self, name: str, system_prompt: str, description: str = "",
                     persona_id: str | None = None) -> Persona:
        """Add a persona, or replace the user's persona with the same id. Returns it as saved."""
        entries = self._read()
        taken = {str(e.get("id")) for e in entries if isinstance(e, dict)} | {p.id for p in SHIPPED_PERSONAS}
        new_id = persona_id or self._free_id(slug(name), taken)
        persona = validated_persona({"id": new_id, "name": name, "system_prompt": system_prompt,
                                     "description": description})
        record = {k: v for k, v in asdict(persona).items() if k != "shipped"}
        kept = [e for e in entries if not (isinstance(e, dict) and e.get("id") == persona.id)]
        self._write([*kept, record])
        return persona

    def delete_persona(self, persona_id: str) -> None:
        if persona_id in {p.id for p in SHIPPED_PERSONAS}:
            raise InvalidInput(f"'{persona_id}' ships with Deskmate and cannot be deleted.")
        entries = self._read()
        kept = [e for e in entries if not (isinstance(e, dict) and e.get("id") == persona_id)]
        if len(kept) == len(entries):
            raise InvalidInput(f"There is no persona '{persona_id}' of yours to delete.")
        self._write(kept)

    def _write(self, entries: list) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": PRESETS_VERSION, "personas": entries}, ensure_ascii=False, indent=2)
        write_atomically(self.path, text + "\n")

    @staticmethod
    def _free_id(base: str, taken: set[str]) -> str:
        candidate, number = base, 2
        while candidate in taken:
            candidate = f"{base[:36]}-{number}"
            number += 1
        return candidate


def apply_choice(settings: Settings, choice: Choice, store: PresetStore) -> Settings:
    """The settings a turn runs with: the persona's system prompt and the sampling's raw values."""
    changes: dict = {}
    persona = store.persona(choice.persona)
    if persona.system_prompt:
        changes["system_prompt"] = persona.system_prompt
    if choice.sampling == CUSTOM_SAMPLING and choice.temperature is not None and choice.top_p is not None:
        check_sampling(choice.temperature, choice.top_p)
        changes.update(temperature=choice.temperature, top_p=choice.top_p)
    elif choice.sampling != MODEL_SAMPLING:
        changes.update(sampling_preset(choice.sampling).raw())
    return settings.copy(**changes) if changes else settings
