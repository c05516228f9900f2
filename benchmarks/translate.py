"""Translate a Markdown document (headings, lists, a table, code) with the bundled model. Prints JSON.

    .venv/bin/python benchmarks/translate.py [--to fr] [--repeat 3]

Reports segments/s and structure preservation: the counts of headings, list items, table rows and
code blocks before and after, and whether every code block is byte-identical. Baseline in the same
run: the raw model streaming the whole document in one call (tokens/s), to show what segmenting costs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--to", default="fr")
    parser.add_argument("--repeat", type=int, default=3, help="copies of the sample document, one after another")
    args = parser.parse_args(argv)

    from assistant.llm.contract import collect
    from assistant.llm.local import Engine, EngineOptions
    from assistant.runtime.generators import collect_steps
    from assistant.runtime.resources import bundled_model_path
    from assistant.tools.common import text_document
    from assistant.tools.markdown_blocks import code_blocks, structure_counts
    from assistant.tools.translate import translate
    from tests.helpers.tool_documents import SAMPLE_MARKDOWN

    source = "\n".join([SAMPLE_MARKDOWN] * args.repeat)
    engine = Engine(bundled_model_path(), EngineOptions(n_ctx=4096))
    started = time.perf_counter()
    raw, raw_stats = collect(engine.stream([{"role": "user", "content": f"Translate into French:\n\n{source}"}],
                                           max_tokens=256, temperature=0.0))
    _, result = collect_steps(translate(engine, text_document(source), args.to))
    before, after = structure_counts(source), structure_counts(result.text)
    report = {
        "benchmark": "translate", "model": engine.name, "target": args.to,
        "detected_source": result.source_language, "segments": result.segments, "model_calls": result.model_calls,
        "seconds": result.seconds, "segments_per_s": round(result.segments / max(result.seconds, 1e-9), 2),
        "structure_before": before, "structure_after": after, "structure_kept": before == after,
        "code_blocks_identical": code_blocks(source) == code_blocks(result.text),
        "baseline_raw_one_call_tok_s": round(raw_stats.generation_tok_s or 0, 1),
        "baseline_raw_one_call_s": round(time.perf_counter() - started - result.seconds, 1),
        "baseline_raw_structure_kept": structure_counts(raw) == before, "warning": result.warning,
        "sample_output": result.text[:300],
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
