"""Text from pictures of printed pages: the only module that imports the OCR engine (rapidocr).

rapidocr runs PaddleOCR's PP-OCRv6 detection and recognition networks on onnxruntime (which
Deskmate already ships for the embedder). Its wheel carries the ONNX models; they are named
here by path, so the engine never looks for them on the network. The engine loads once per
process (in the isolated reader's child: once per child, not once per page) and uses every
core this process may run on.

`recognise(image)` gives the page's text as lines in reading order (top to bottom, left to
right within a line), blocks separated by a blank line where the gap between lines is large.
"""
from __future__ import annotations

import functools
import logging
import math
import statistics
from pathlib import Path

from assistant.runtime.system import usable_cores

log = logging.getLogger(__name__)
MIN_SCORE = 0.5  # lines recognised with less confidence are noise (specks, rules, stamps)
MAX_SIDE_PIXELS = 2400  # a 200-dpi A4 page (1654 x 2339) is recognised at full size; larger ones are scaled
# Lines are found on the page scaled to this size (printed lines stay several pixels tall) and read
# from the full-size page: finding costs a third of reading at full size, with the same error rate.
DETECT_SIDE_PIXELS = 960
LINE_OVERLAP = 0.5  # two boxes overlapping this much of the smaller height are on one line
PARAGRAPH_GAP = 1.2  # a gap larger than this many line heights starts a new block


class OcrUnavailable(Exception):
    """The OCR engine or its models are not installed (a broken install): say so, never crash."""


def model_files() -> dict[str, Path]:
    """The engine's ONNX models as the wheel installs them (the bundle must carry them: see packaging/)."""
    import rapidocr

    folder = Path(rapidocr.__file__).parent / "models"
    return {"det": folder / "PP-OCRv6_det_small.onnx", "rec": folder / "PP-OCRv6_rec_small.onnx",
            "cls": folder / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}


@functools.cache
def engine():
    """The engine, models loaded (once per process)."""
    try:
        from rapidocr.main import RapidOCR  # by its module, so PyInstaller sees it (rapidocr imports it lazily)
    except ImportError as exc:
        raise OcrUnavailable(f"the OCR engine is not installed ({exc})") from None
    models = model_files()
    missing = [str(path) for path in models.values() if not path.is_file()]
    if missing:
        raise OcrUnavailable(f"the OCR models are missing ({', '.join(missing)})")
    _without_spinning()
    threads = usable_cores()
    ocr = RapidOCR(params={
        "Global.log_level": "error",
        "Global.max_side_len": MAX_SIDE_PIXELS,
        "Global.use_cls": False,  # a scan upside down is rare; the classifier would cost a tenth of the time
        "Det.model_path": str(models["det"]),
        "Det.limit_type": "max",
        "Det.limit_side_len": DETECT_SIDE_PIXELS,
        "Rec.model_path": str(models["rec"]),
        "Cls.model_path": str(models["cls"]),
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    })
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return ocr


def _without_spinning() -> None:
    """onnxruntime's threads spin between operators by default: a quarter more CPU for the same pages,
    taken from the embedder and the window running beside the reader. rapidocr has no setting for it,
    so its session options get the entry (the same options it builds, plus this one)."""
    from rapidocr.inference_engine.onnxruntime.main import OrtInferSession

    build = OrtInferSession._init_sess_opts
    if getattr(build, "deskmate_no_spinning", False):
        return

    def options(cfg):
        chosen = build(cfg)
        chosen.add_session_config_entry("session.intra_op.allow_spinning", "0")
        chosen.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return chosen

    options.deskmate_no_spinning = True  # type: ignore[attr-defined]
    OrtInferSession._init_sess_opts = staticmethod(options)  # type: ignore[method-assign]


def recognise(image) -> str:
    """The text of a page image (PIL), lines in reading order."""
    import numpy as np

    pixels = np.asarray(image.convert("RGB"))[:, :, ::-1]  # the engine takes OpenCV's BGR order
    result = engine()(pixels)
    if result.boxes is None or not result.txts:
        return ""
    lines = [(box, text) for box, text, score in zip(result.boxes, result.txts, result.scores, strict=False)
             if score >= MIN_SCORE and text.strip()]
    return _reading_order(lines)


def _reading_order(lines: list) -> str:
    """Join recognised boxes into lines of text, top to bottom, each line left to right.

    A scan is often a little rotated: over a page's width a 2° tilt moves a line by more than its
    own height, so boxes are first turned back by the page's tilt (the median slope of the boxes'
    top edges) and only then sorted.
    """
    tilt = _page_tilt([box for box, _text in lines])
    cos, sin = math.cos(-tilt), math.sin(-tilt)
    boxes = []
    for box, text in lines:
        turned = [(x * cos - y * sin, x * sin + y * cos) for x, y in ((float(p[0]), float(p[1])) for p in box)]
        boxes.append((min(y for _x, y in turned), max(y for _x, y in turned), min(x for x, _y in turned), text))
    boxes.sort(key=lambda item: item[0])
    rows: list[list[tuple[float, float, float, str]]] = []
    for item in boxes:
        if rows and _same_line(rows[-1], item):
            rows[-1].append(item)
        else:
            rows.append([item])
    out, previous_bottom = [], None
    for row in rows:
        top = min(b[0] for b in row)
        height = max(b[1] - b[0] for b in row)
        if previous_bottom is not None and top - previous_bottom > PARAGRAPH_GAP * height:
            out.append("")
        out.append(" ".join(b[3].strip() for b in sorted(row, key=lambda b: b[2])))
        previous_bottom = max(b[1] for b in row)
    return "\n".join(out)


def _page_tilt(boxes: list) -> float:
    """The median angle (radians) of the boxes' top edges, from the wide boxes (whole lines)."""
    angles = []
    for box in boxes:
        (x0, y0), (x1, y1) = (float(box[0][0]), float(box[0][1])), (float(box[1][0]), float(box[1][1]))
        if x1 - x0 > 3 * abs(float(box[3][1]) - y0):  # a line, not a lone letter or number
            angles.append(math.atan2(y1 - y0, x1 - x0))
    return statistics.median(angles) if angles else 0.0


def _same_line(row: list, box: tuple) -> bool:
    top = min(b[0] for b in row)
    bottom = max(b[1] for b in row)
    overlap = min(bottom, box[1]) - max(top, box[0])
    return overlap > LINE_OVERLAP * min(bottom - top, box[1] - box[0])
