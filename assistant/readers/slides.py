"""PowerPoint (.pptx): the only module that imports python-pptx. One Page per slide, in slide order.

A slide's text is its title, then the other shapes top to bottom and left to right (text boxes,
tables row by row, the shapes inside groups, chart titles), then its speaker notes after "Notes:".
The label is "Slide 3 · Q3 results" (the title when it is short). Hidden slides are read (their
text is the user's, and they are often the appendix people search for) and labelled "(hidden)".
"""
from __future__ import annotations

import io
from pathlib import Path

from assistant.readers.opendocument import slide_label
from assistant.readers.packages import library_failure, open_package
from assistant.readers.pages import Page, UnreadableFile

PPTX = "a PowerPoint presentation (.pptx)"
MAX_GROUP_DEPTH = 32  # groups inside groups: deeper is not a real deck


def read_pptx(path: Path, data: bytes) -> list[Page]:
    package = open_package(path, data, PPTX, old_suffix=".ppt")
    if "ppt/presentation.xml" not in package.namelist():
        raise UnreadableFile(path, f"not {PPTX} (a zip package without slides; a different Office file?)")
    import pptx

    try:
        presentation = pptx.Presentation(io.BytesIO(data))
        return [_slide_page(number, slide) for number, slide in enumerate(presentation.slides, start=1)]
    except (MemoryError, UnreadableFile):
        raise
    except Exception as exc:  # python-pptx raises whatever lxml or its part loader raise on a damaged part
        raise library_failure(path, exc, PPTX) from None


def _slide_page(number: int, slide) -> Page:
    title_shape = slide.shapes.title
    title = _text_of(title_shape) if title_shape is not None else ""
    lines = [title] if title else []
    others = [shape for shape in slide.shapes if title_shape is None or shape.shape_id != title_shape.shape_id]
    for shape in sorted(others, key=_position):
        lines += _shape_lines(shape, 0)
    notes = _notes(slide)
    if notes:
        lines.append("Notes: " + notes)
    hidden = slide._element.get("show") in ("0", "false")
    return Page(number, "\n".join(line for line in lines if line), label=slide_label(number, title, hidden),
                locator={"slide": number})


def _position(shape) -> tuple[int, int]:
    return (shape.top or 0, shape.left or 0)


def _shape_lines(shape, depth: int) -> list[str]:
    """A shape's text as lines: a text frame's paragraphs, a table's rows, a group's shapes."""
    if depth > MAX_GROUP_DEPTH:
        return []
    if getattr(shape, "shape_type", None) is not None and shape.shape_type == _group_type():
        return [line for child in sorted(shape.shapes, key=_position) for line in _shape_lines(child, depth + 1)]
    if getattr(shape, "has_table", False) and shape.has_table:
        return [" | ".join(" ".join(cell.text.split()) for cell in row.cells) for row in shape.table.rows]
    if getattr(shape, "has_chart", False) and shape.has_chart:
        chart = shape.chart
        return [_text_of(chart.chart_title)] if chart.has_title and chart.chart_title.has_text_frame else []
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        return [text for paragraph in shape.text_frame.paragraphs if (text := paragraph.text.strip())]
    return []


def _group_type():
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    return MSO_SHAPE_TYPE.GROUP


def _text_of(shape) -> str:
    frame = getattr(shape, "text_frame", None)
    return " ".join(frame.text.split()) if frame is not None else ""


def _notes(slide) -> str:
    if not slide.has_notes_slide:  # asking for notes_slide would create an empty one
        return ""
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return ""
    return "\n".join(text for paragraph in frame.paragraphs if (text := paragraph.text.strip()))
