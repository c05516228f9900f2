"""Answers you can trust: correct AND cited to the right file and page; "not in your documents" when
the documents do not say; no figure or name that no cited passage holds (issue 16, items 1 and 2).

Documents written here with real libraries (handbook-like PDFs with fpdf2, a Word manual with
python-docx, Markdown minutes; text in benchmarks/data/answers/documents.json) are indexed into a
temporary home. Each question of benchmarks/data/answers/questions.json is asked through Deskmate's
`ask` with the workspace's model (the bundled one unless --model), as `deskmate ask` would.

- answerable: correct when every expected word is in the answer (case-insensitive), cited right when
  one of the sources Deskmate attributed (`cited`) is the expected file and page;
- unanswerable: the answer must carry found = False;
- unsupported facts: answers with a figure, date or name that none of their cited passages holds
  (attribution's own check, applied to the final answer text).

    nice -n 10 .venv/bin/python benchmarks/answers_cited.py [--style auto|quote|write] [--model PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from pathlib import Path

from common import REPO, emit

from assistant.chat.ask import ask
from assistant.chat.attribution import Evidence
from assistant.workspace import Workspace
from tests.helpers.documents import make_docx, make_pdf

DATA = REPO / "benchmarks" / "data" / "answers"


def write_documents(folder: Path) -> None:
    documents = json.loads((DATA / "documents.json").read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, pages in documents.items():
        if name.endswith(".pdf"):
            make_pdf(folder / name, pages)
        elif name.endswith(".docx"):
            make_docx(folder / name, pages)
        else:
            (folder / name).write_text("\f".join(pages), encoding="utf-8")


def correct(answer: str, words: list[str]) -> bool:
    text = " ".join(answer.lower().split())
    return all(word.lower() in text for word in words)


def cited_right(result, name: str, page: int) -> bool:
    by_number = {s["n"]: s for s in result.sources}
    return any(os.path.basename(by_number[n]["path"]) == name and by_number[n]["page"] == page
               for n in result.cited if n in by_number)


def unsupported_facts(result, embedder) -> list[str]:
    """Figures, dates and names in the answer's own sentences that none of its cited passages holds."""
    if not result.found:
        return []
    cited = [(s["n"], s["text"]) for s in result.sources if s["n"] in result.cited]
    evidence = Evidence(cited, None)
    body = re.sub(r"\[\d+\]", " ", result.answer)
    body = re.sub(r"^(From your documents:|The model's answer is not supported.*?They say:)", "", body)
    return sorted(evidence.missing_facts(body, [n for n, _ in cited]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--style", default="auto", choices=["auto", "quote", "write"])
    parser.add_argument("--model", help="a GGUF file (default: the workspace's model, the bundled one)")
    parser.add_argument("--max-tokens", type=int, default=80)
    arguments = parser.parse_args()
    questions = json.loads((DATA / "questions.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "documents"
        write_documents(folder)
        workspace = Workspace(Path(temporary) / "home")
        for _ in workspace.documents.add([folder]):
            pass
        engine = workspace.engine(arguments.model)
        embedder = workspace.documents.embedder
        rows, started = [], time.perf_counter()
        for item in questions["answerable"] + questions["unanswerable"]:
            answer = ask(workspace, item["q"], max_tokens=arguments.max_tokens, style=arguments.style)
            for _ in answer:
                pass
            result = answer.result
            row = {"question": item["q"], "answerable": "file" in item, "found": result.found,
                   "answer_score": result.answer_score, "answer": result.answer, "cited": result.cited,
                   "unsupported_facts": unsupported_facts(result, embedder)}
            if "file" in item:
                row.update(correct=correct(result.answer, item["words"]),
                           cited_right=cited_right(result, item["file"], item["page"]),
                           retrieved_right=any(os.path.basename(s["path"]) == item["file"] and s["page"] == item["page"]
                                               for s in result.sources))
            rows.append(row)
        seconds = time.perf_counter() - started
        workspace.close()
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    both = sum(r["correct"] and r["cited_right"] for r in answerable)
    emit("answers_cited", {
        "model": engine.name, "parameters": engine.parameter_count, "style": arguments.style,
        "answerable_questions": len(answerable), "unanswerable_questions": len(unanswerable),
        "correct_and_cited_share": round(both / len(answerable), 3),
        "correct_share": round(sum(r["correct"] for r in answerable) / len(answerable), 3),
        "cited_right_share": round(sum(r["cited_right"] for r in answerable) / len(answerable), 3),
        "retrieved_right_share": round(sum(r["retrieved_right"] for r in answerable) / len(answerable), 3),
        "found_on_answerable_share": round(sum(r["found"] for r in answerable) / len(answerable), 3),
        "not_found_on_unanswerable_share": round(sum(not r["found"] for r in unanswerable) / len(unanswerable), 3),
        "answers_with_unsupported_facts": sum(bool(r["unsupported_facts"]) for r in rows),
        "answer_score_answerable_min": min(r["answer_score"] for r in answerable),
        "answer_score_unanswerable_max": max(r["answer_score"] for r in unanswerable),
        "seconds_per_question": round(seconds / len(rows), 2),
        "rows": rows,
    })


if __name__ == "__main__":
    main()
