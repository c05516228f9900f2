"""Markdown cut into blocks a translator can handle one at a time without breaking the structure.

Each line of the input belongs to exactly one block; joining the blocks' lines gives the input back.
Code (fenced or indented) and table rules are kept byte-identical; headings, list items, quotes and
table cells keep their markers and only their words are handed to the model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
HEADING = re.compile(r"^(\s{0,3}#{1,6}\s+)(.*?)(\s*#*\s*)$")
LIST_ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)(.*)$")
QUOTE = re.compile(r"^(\s*>+\s?)(.*)$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
NOTHING_TO_TRANSLATE = re.compile(r"^[\s\d.,:;%€$£¥+\-*/=()\[\]|#<>_~`'\"]*$")


@dataclass
class Block:
    kind: str  # "blank", "code", "heading", "item", "quote", "table_row", "table_rule", "paragraph"
    lines: list[str] = field(default_factory=list)
    prefix: str = ""  # marker kept as is ("## ", "- ", "> ")
    text: str = ""  # the words to translate (paragraph: lines joined)
    suffix: str = ""

    @property
    def source(self) -> str:
        return "\n".join(self.lines)


def parse(markdown: str) -> list[Block]:
    lines = markdown.split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            end = _fence_end(lines, i, fence.group(1))
            blocks.append(Block("code", lines[i:end + 1]))
            i = end + 1
            continue
        if line.startswith(("    ", "\t")) and line.strip() and (not blocks or blocks[-1].kind in ("blank", "code")):
            end = i
            while end + 1 < len(lines) and (lines[end + 1].startswith(("    ", "\t")) or not lines[end + 1].strip()):
                end += 1
            while end > i and not lines[end].strip():
                end -= 1
            blocks.append(Block("code", lines[i:end + 1]))
            i = end + 1
            continue
        block = _line_block(line)
        if block.kind == "paragraph" and blocks and blocks[-1].kind == "paragraph":
            blocks[-1].lines.append(line)
            blocks[-1].text += "\n" + line.strip()
        else:
            blocks.append(block)
        i += 1
    return blocks


def _fence_end(lines: list[str], start: int, marker: str) -> int:
    for j in range(start + 1, len(lines)):
        if lines[j].strip().startswith(marker[0] * len(marker)) and not lines[j].strip().strip(marker[0]):
            return j
    return len(lines) - 1  # an unclosed fence runs to the end, as Markdown renders it


def _line_block(line: str) -> Block:
    if not line.strip():
        return Block("blank", [line])
    if TABLE_RULE.match(line) and "|" in line:
        return Block("table_rule", [line])
    if line.lstrip().startswith("|"):
        return Block("table_row", [line])
    for kind, pattern in (("heading", HEADING), ("item", LIST_ITEM), ("quote", QUOTE)):
        match = pattern.match(line)
        if match:
            suffix = match.group(3) if kind == "heading" else ""
            return Block(kind, [line], match.group(1), match.group(2), suffix)
    return Block("paragraph", [line], text=line.strip())


def needs_translation(text: str) -> bool:
    return bool(text.strip()) and not NOTHING_TO_TRANSLATE.match(text)


def table_cells(line: str) -> list[str]:
    """The cells of a table row, with the surrounding spaces kept so the row can be rebuilt exactly."""
    inner = line.strip()
    return inner[1:-1].split("|") if inner.endswith("|") and len(inner) > 1 else inner[1:].split("|")


def rebuild_row(line: str, cells: list[str]) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    closing = "|" if line.strip().endswith("|") and len(line.strip()) > 1 else ""
    return f"{indent}|{'|'.join(cells)}{closing}"


def structure_counts(markdown: str) -> dict:
    """What must survive a translation: headings, list items, table rows and code blocks."""
    blocks = parse(markdown)
    count = lambda kind: sum(1 for b in blocks if b.kind == kind)  # noqa: E731
    return {"headings": count("heading"), "list_items": count("item"),
            "table_rows": count("table_row") + count("table_rule"), "code_blocks": count("code")}


def code_blocks(markdown: str) -> list[str]:
    return [block.source for block in parse(markdown) if block.kind == "code"]
