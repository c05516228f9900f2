"""Real files for the tools' tests and benchmarks: a small, dependency-free PDF writer and sample texts."""
from __future__ import annotations

import textwrap
from pathlib import Path

TOPICS = ["water supply", "school buses", "the library roof", "street lighting", "the harbour",
          "recycling", "the town budget", "the summer festival", "bicycle lanes", "the old mill"]


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(text: str) -> bytes:
    lines = [wrapped for paragraph in text.split("\n") for wrapped in (textwrap.wrap(paragraph, 90) or [""])]
    body = "".join(f"({_escape(line)}) '\n" for line in lines[:60])
    stream = f"BT /F1 10 Tf 50 800 Td 13 TL\n{body}ET".encode("latin-1", "replace")
    return b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF with one page of Helvetica text per string (about 60 lines of 90 characters fit a page)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        objects.append(_content(text))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))
    return Path(path)


def report_pages(n_pages: int, paragraphs_per_page: int = 4) -> list[str]:
    """Minutes of a town council, one meeting item a page, with numbers and names to keep."""
    pages = []
    for number in range(1, n_pages + 1):
        topic = TOPICS[number % len(TOPICS)]
        paragraphs = [f"Item {number}: the council discussed {topic}. Councillor Martin Keller reported that "
                      f"the cost for {topic} is {1000 + 37 * number} euros this year, and that residents asked "
                      f"for a decision before month {1 + number % 12}. The members voted {5 + number % 4} to 2 "
                      f"to continue the work on {topic}." for _ in range(paragraphs_per_page)]
        pages.append("\n\n".join(paragraphs))
    return pages


SAMPLE_MARKDOWN = """# Annual water report

The water supply of Greenfield is stable. Prices rose by 3% in 2023, as Anna Berg explained.

## Key points

- The water supply reached 12,000 homes.
- Two new pipes were installed in May.
1. Read the meter every month.
2. Report leaks to the town hall.

| Item | Cost | Owner |
|------|-----:|-------|
| Pipes | 1200 | Town |
| Meters | 300 | Anna Berg |

```python
def cost(items):
    # keep this code exactly as it is
    return sum(item.price for item in items)
```

> The council thanks everyone for saving water.

    indented code stays too
"""
