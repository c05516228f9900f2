"""Language names and codes, and a small offline language detector.

The detector looks at the writing system first (Han, kana, Hangul, Cyrillic, Arabic, Greek, ...) and,
for Latin-script text, counts the most frequent function words of each language. No network, no model.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from assistant.errors import InvalidInput

LANGUAGES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "uk": "Ukrainian",
    "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian", "hu": "Hungarian", "ro": "Romanian",
    "bg": "Bulgarian", "el": "Greek", "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "bn": "Bengali", "ur": "Urdu", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian",
    "ms": "Malay", "tl": "Tagalog", "sw": "Swahili", "ca": "Catalan", "eu": "Basque", "gl": "Galician",
    "hr": "Croatian", "sr": "Serbian", "sl": "Slovenian", "ga": "Irish", "cy": "Welsh", "is": "Icelandic",
    "af": "Afrikaans", "ta": "Tamil", "te": "Telugu", "mr": "Marathi", "ka": "Georgian", "hy": "Armenian",
    "eo": "Esperanto", "la": "Latin",
}
# Offered first in pickers; any other entry of LANGUAGES can be typed.
COMMON = ("en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja")

STOP_WORDS = {
    "en": "the of and to in is that it for was on are with as be this by at not have from or but you they",
    "fr": "le la les de des du et est un une que qui pour dans pas sur au aux il elle ce sont avec nous vous",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es ich wir sie",
    "es": "el la los las de del y que en un una es por con para no se su al lo como pero más este",
    "it": "il la le di che e è un una per non con del della sono gli si nel anche come questo alla",
    "pt": "o a os as de do da e que em um uma é para com não no na se por mais dos das ao como",
    "nl": "de het een en van is dat niet op te zijn met voor in die er ook maar aan wordt bij ik",
    "sv": "och att det som en på är av för med till den har inte om ett var jag de men",
    "pl": "i w nie na się z że do jest to jak o ale po tak za od co przez",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan ne ama değil mi",
    "id": "dan yang di ini itu dengan untuk tidak dari dalam akan pada adalah ke juga",
}
STOP_SETS = {code: set(words.split()) for code, words in STOP_WORDS.items()}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SCRIPTS = (("HANGUL", "ko"), ("CYRILLIC", "ru"), ("ARABIC", "ar"), ("GREEK", "el"), ("HEBREW", "he"),
           ("DEVANAGARI", "hi"), ("THAI", "th"), ("BENGALI", "bn"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy"))


@dataclass
class Detection:
    code: str  # "und" when unsure
    confidence: float

    @property
    def name(self) -> str:
        return LANGUAGES.get(self.code, "unknown")


def resolve_language(value: str) -> str:
    """A code ("fr") or a name ("French", "français" is not known) -> the code; a clear error otherwise."""
    key = (value or "").strip().lower()
    if key in LANGUAGES:
        return key
    for code, name in LANGUAGES.items():
        if name.lower() == key:
            return code
    raise InvalidInput(f"Unknown language '{value}'. Use a code such as fr or de, or a name such as French; "
                       f"known languages: {', '.join(sorted(LANGUAGES))}.")


def script_counts(text: str) -> Counter:
    counts: Counter = Counter()
    for char in text[:20000]:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if "HIRAGANA" in name or "KATAKANA" in name:
            counts["kana"] += 1
        elif "CJK" in name:
            counts["han"] += 1
        else:
            counts[next((code for script, code in SCRIPTS if script in name), "latin")] += 1
    return counts


def detect_language(text: str) -> Detection:
    counts = script_counts(text)
    total = sum(counts.values())
    if total < 3:
        return Detection("und", 0.0)
    if counts["kana"] / total > 0.05:
        return Detection("ja", 0.95)
    script, amount = counts.most_common(1)[0]
    if script == "han":
        return Detection("zh", round(amount / total, 2))
    if script != "latin":
        return Detection(script, round(amount / total, 2))
    return _latin_language(text)


def _latin_language(text: str) -> Detection:
    words = [w.lower() for w in WORD.findall(text[:20000])]
    hits = Counter({code: sum(1 for w in words if w in stops) for code, stops in STOP_SETS.items()})
    ranked = hits.most_common(2)
    best, score = ranked[0]
    if score == 0:
        return Detection("und", 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    confidence = (score - runner_up) / score * min(1.0, score / 5)
    return Detection(best, round(min(max(confidence, 0.05), 0.99), 2))
