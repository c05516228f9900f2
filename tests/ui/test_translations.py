"""Every language covers every string of the interface, keeps what the code fills in, and gets plurals right.

A new untranslated string fails here: each .ts file is refreshed from today's ui/ (into a copy) first.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import LANGUAGES

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
LUPDATE, LRELEASE = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
WITH_PLURALS = ["en", *TRANSLATED]  # English's file holds only its plural forms
# What a translation must keep exactly as the source has it: what the code fills in (%s, %d, %.2f, %1, %n,
# {name}) and markup (tags, entities). Typography (quotes, apostrophes, spaces before ":" in French) may change.
PLACEHOLDER = re.compile(r"%(?:\.\d+)?[sdfn]|%\d|\{\w*\}|</?\w+[^>]*>|&\w+;|\n")
# Which plural form Qt picks for 0, 1 and 2 in each language (CLDR: French and Brazilian Portuguese say
# "0 fichier" / "0 arquivo", the others "0 Dateien", "0 archivos"...).
PLURAL_FORM_FOR = {"en": (1, 0, 1), "fr": (0, 0, 1), "pt_BR": (0, 0, 1), "de": (1, 0, 1), "es": (1, 0, 1), "it": (1, 0, 1),
                   "nl": (1, 0, 1)}


def refreshed(code: str, tmp_path: Path) -> ET.Element:
    """The language's .ts file as lupdate makes it from today's code (in a copy; the real file is untouched)."""
    ts = tmp_path / f"deskmate_{code}.ts"
    shutil.copy(REPO / f"resources/translations/deskmate_{code}.ts", ts)
    sources = sorted(str(p) for p in (REPO / "ui").glob("*.py"))
    only_plurals = ["-pluralonly"] if code == "en" else []
    done = subprocess.run([str(LUPDATE), "-silent", *sources, "-ts", str(ts), "-no-obsolete", *only_plurals],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return ET.parse(ts).getroot()


def translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if message.get("numerus") == "yes" else [translation.text or ""]


def single_accelerator(text: str) -> bool:
    return len(re.findall(r"(?<!&)&(?![&\s])", text.replace("&&", ""))) == 1


@pytest.mark.parametrize("code", WITH_PLURALS)
def test_every_interface_string_is_translated(code, tmp_path):
    root = refreshed(code, tmp_path)
    missing = [message.findtext("source") for message in root.iter("message")
               if message.find("translation").get("type") == "unfinished"
               or not all(form.strip() for form in translations(message))]
    assert missing == [], f"translate these in resources/translations/deskmate_{code}.ts: {missing}"


@pytest.mark.parametrize("code", WITH_PLURALS)
def test_translations_keep_placeholders_markup_and_accelerators(code):
    root = ET.parse(REPO / f"resources/translations/deskmate_{code}.ts").getroot()
    assert root.get("language") == code  # lrelease takes the plural rules from it
    wrong = []
    for message in root.iter("message"):
        source = message.findtext("source")
        for text in translations(message):
            if not text:
                continue  # unfinished: the test above reports it
            expected = Counter(PLACEHOLDER.findall(source))
            if message.get("numerus") == "yes":
                expected.pop("%n", None)  # a singular may say "one file" instead of "%n file"
            got = Counter(p for p in PLACEHOLDER.findall(text) if message.get("numerus") != "yes" or p != "%n")
            if got != expected:
                wrong.append(f"{source!r} -> {text!r}: fills in {sorted(got.elements())}, "
                             f"the code gives {sorted(expected.elements())}")
            if single_accelerator(source) != single_accelerator(text):
                wrong.append(f"{source!r} -> {text!r}: one & (keyboard accelerator) in each, or none in both")
    assert wrong == []


@pytest.mark.parametrize("code", WITH_PLURALS)
def test_plural_forms_follow_the_language(code, tmp_path, qapp):
    """Each plural message has the forms its language needs, and Qt picks the right one for 0, 1 and 2.

    A probe message is added to a copy of the real .ts so its language header is what decides the rule."""
    ts_path = REPO / f"resources/translations/deskmate_{code}.ts"
    tree = ET.parse(ts_path)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms = translations(message)
            assert len(forms) == 2 and all("%n" in form or not form for form in forms[1:]), \
                (message.findtext("source"), forms)
    context = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(context, "name").text = "PluralProbe"
    probe = ET.SubElement(context, "message", numerus="yes")
    ET.SubElement(probe, "source").text = "%n file(s)"
    translation = ET.SubElement(probe, "translation")
    for form in ("ONE %n", "MANY %n"):
        ET.SubElement(translation, "numerusform").text = form
    copy = tmp_path / ts_path.name
    tree.write(copy, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / f"deskmate_{code}.qm"
    done = subprocess.run([str(LRELEASE), "-silent", str(copy), "-qm", str(qm)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        picked = [QCoreApplication.translate("PluralProbe", "%n file(s)", None, n) for n in (0, 1, 2)]
    finally:
        qapp.removeTranslator(translator)
    names = ("ONE", "MANY")
    assert picked == [f"{names[form]} {n}" for n, form in zip((0, 1, 2), PLURAL_FORM_FOR[code], strict=True)]


def test_every_language_has_a_translation_file_and_the_script_builds_it():
    script = (REPO / "scripts/translations.sh").read_text(encoding="utf-8")
    listed = re.search(r'^LANGUAGES="([^"]+)"', script, re.MULTILINE)
    assert listed and listed.group(1).split() == TRANSLATED  # the script and ui/i18n.py name the same ones
    for code in WITH_PLURALS:
        assert (REPO / f"resources/translations/deskmate_{code}.ts").is_file()
