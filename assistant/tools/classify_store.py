"""Where taught classifiers live: one JSON file each in <home>/classifiers, written atomically.

A classifier file is also its export: one file a colleague imports. It holds numbers and labels only
(no pickled code, so importing a file from someone else runs nothing), and floats are written with
Python's round-trip repr, so an imported classifier gives exactly the labels the original gives.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from assistant.config import write_atomically
from assistant.errors import InvalidInput
from assistant.tools.classify import Classifier, TrainingReport, check_name

FOLDER = "classifiers"
SUFFIX = ".classifier.json"
FORMAT = "deskmate-classifier"
FORMAT_VERSION = 1


@dataclass
class ClassifierInfo:
    name: str
    labels: list[str]
    examples: int
    accuracy: float
    created: float
    path: str

    def to_dict(self) -> dict:
        return asdict(self)


def to_json(classifier: Classifier) -> str:
    return json.dumps({
        "format": FORMAT, "version": FORMAT_VERSION, "name": classifier.name, "labels": classifier.labels,
        "embedder": classifier.embedder, "created": classifier.created, "temperature": classifier.temperature,
        "mean": classifier.mean.tolist(), "scale": classifier.scale.tolist(),
        "weight": classifier.weight.tolist(), "bias": classifier.bias.tolist(),
        "report": classifier.report.to_dict(),
    })


def from_json(text: str, source: str) -> Classifier:
    """A classifier from its file's text; anything that is not one is refused with the reason."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a Deskmate classifier")
        if int(data.get("version", 0)) > FORMAT_VERSION:
            raise ValueError("made by a newer Deskmate; update Deskmate to use it")
        labels = [str(label) for label in data["labels"]]
        mean, scale = np.array(data["mean"], dtype=np.float64), np.array(data["scale"], dtype=np.float64)
        weight, bias = np.array(data["weight"], dtype=np.float64), np.array(data["bias"], dtype=np.float64)
        if weight.shape != (len(labels), mean.shape[0]) or bias.shape != (len(labels),) or scale.shape != mean.shape:
            raise ValueError("its numbers do not fit together")
        return Classifier(check_name(str(data["name"])), labels, mean, scale, weight, bias, float(data["temperature"]),
                          str(data["embedder"]), TrainingReport(**data["report"]), float(data["created"]))
    except (ValueError, KeyError, TypeError) as error:
        raise InvalidInput(f"{source} cannot be read as a classifier ({error}).") from None


class ClassifierStore:
    def __init__(self, home: str | Path):
        self.folder = Path(home) / FOLDER

    def path(self, name: str) -> Path:
        return self.folder / f"{check_name(name)}{SUFFIX}"

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def save(self, classifier: Classifier, replace: bool = False) -> Path:
        path = self.path(classifier.name)
        if path.exists() and not replace:
            raise InvalidInput(f"A classifier named '{classifier.name}' exists already. Choose another name, "
                               "or replace it (--replace).")
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, to_json(classifier))
        return path

    def load(self, name: str) -> Classifier:
        path = self.path(name)
        if not path.is_file():
            known = ", ".join(info.name for info in self.list()) or "none yet"
            raise InvalidInput(f"There is no classifier named '{name}' (classifiers: {known}). "
                               "Train one with 'deskmate classify train'.")
        return from_json(path.read_text(encoding="utf-8"), path.name)

    def list(self) -> list[ClassifierInfo]:
        infos = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")) if self.folder.is_dir() else []:
            try:
                classifier = from_json(path.read_text(encoding="utf-8"), path.name)
            except (InvalidInput, OSError, UnicodeDecodeError):
                continue  # a damaged file is not listed; it stays where it is for the user to look at
            infos.append(info(classifier, path))
        return infos

    def delete(self, name: str) -> None:
        path = self.path(name)
        if not path.is_file():
            raise InvalidInput(f"There is no classifier named '{name}'.")
        path.unlink()

    def export(self, name: str, target: str | Path) -> Path:
        classifier, target = self.load(name), Path(target)
        if target.is_dir():
            target = target / f"{classifier.name}{SUFFIX}"
        if not target.parent.is_dir():
            raise InvalidInput(f"The folder {target.parent} does not exist; create it or choose another file.")
        write_atomically(target, to_json(classifier))
        return target

    def import_file(self, source: str | Path, name: str | None = None, replace: bool = False) -> Classifier:
        source = Path(source)
        if not source.is_file():
            raise InvalidInput(f"{source} does not exist or is not a file.")
        try:
            text = source.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(f"{source.name} is not a classifier exported by Deskmate.") from None
        classifier = from_json(text, source.name)
        if name:
            classifier.name = check_name(name)
        self.save(classifier, replace)
        return classifier


def info(classifier: Classifier, path: Path) -> ClassifierInfo:
    return ClassifierInfo(classifier.name, classifier.labels, classifier.report.examples, classifier.report.accuracy,
                          classifier.created, str(path))


def created_text(classifier: Classifier) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(classifier.created))
