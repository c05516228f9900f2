"""Run each tool once in the real window and save a screenshot of each tab (use under Xvfb).

    xvfb-run -a .venv/bin/python scripts/screenshot_tools.py OUT_DIR
"""
from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(out_dir: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from assistant.workspace import Workspace
    from tests.tool_documents import SAMPLE_MARKDOWN, make_pdf, report_pages
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application()
    out, work = Path(out_dir), Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(work / "home")
    workspace.settings.max_tokens = 120
    workspace.settings.n_ctx = 1024  # so a 12-page PDF already shows map-reduce and page references
    window = MainWindow(workspace)
    window.resize(1100, 800)
    window.show()
    window.load_model()
    window.pages.setCurrentWidget(window.tools)

    def run(panel, name):
        window.tools.setCurrentWidget(panel)
        loop = QEventLoop()
        panel.finished.connect(lambda _: QTimer.singleShot(200, loop.quit))
        panel.start()
        loop.exec()
        window.grab().save(str(out / f"tools-{name}.png"))

    window.tools.summarize.set_file(make_pdf(work / "minutes.pdf", report_pages(12)))
    run(window.tools.summarize, "summarize")
    window.tools.translate.input.setPlainText(SAMPLE_MARKDOWN)
    run(window.tools.translate, "translate")
    reviews = work / "reviews.csv"
    with open(reviews, "w", newline="", encoding="utf-8") as handle:
        rows = [["id", "review"]] + [[str(i), text] for i, text in enumerate(
            ["Great fun from start to end.", "Awful and boring.", "A masterpiece.", "It is a film.",
             "The plot is a mess and the acting is wooden.", "Warm, witty and wise."] * 50)]
        csv.writer(handle).writerows(rows)
    window.tools.sentiment.set_file(reviews)
    window.tools.sentiment.column.setCurrentText("review")
    run(window.tools.sentiment, "sentiment")
    window.close()
    app.quit()
    print("\n".join(str(p) for p in sorted(out.glob("tools-*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
