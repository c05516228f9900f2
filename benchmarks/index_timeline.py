"""Where an indexing run's time goes: `index add` of one folder in this process, with the embedder's
calls timed.

Prints the run's wall time, how long the embedder was busy and idle, the padded and real word pieces it
embedded, its time per padded word piece (the figure that shows other threads taking its cores) and
the CPU seconds of the process and of the child reader. A diagnostic, not a target:
`real_corpus.py` is the benchmark. Usage: python benchmarks/index_timeline.py FOLDER [OUT.json]
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from assistant.runtime.generators import run_to_end
    from assistant.workspace import Workspace

    folder = Path(sys.argv[1])
    index = Workspace(Path(tempfile.mkdtemp(prefix="deskmate-timeline-"))).documents
    embedder, calls = index.embedder, []
    embed = embedder.embed_token_ids
    started = time.monotonic()

    def timed(sequences):
        begun = time.monotonic()
        vectors = embed(sequences)
        calls.append((begun - started, time.monotonic() - begun, len(sequences), max(map(len, sequences)) + 2,
                      sum(map(len, sequences)) + 2 * len(sequences)))
        return vectors

    embedder.embed_token_ids = timed
    summary = run_to_end(iter(index.add([folder])))
    wall = time.monotonic() - started
    children = os.times().children_user + os.times().children_system  # the child reader, once it has ended
    busy, padded = sum(c[1] for c in calls), sum(c[2] * c[3] for c in calls)
    result = {"folder": str(folder), "wall_s": round(wall, 1), "embedder_busy_s": round(busy, 1),
              "embedder_idle_s": round(wall - busy, 1), "batches": len(calls), "padded_word_pieces": padded,
              "real_word_pieces": sum(c[4] for c in calls), "us_per_padded_word_piece": round(busy / padded * 1e6, 2),
              "process_cpu_s": round(os.times().user + os.times().system, 1), "children_cpu_s": round(children, 1),
              "chunks_embedded": summary.chunks_embedded}
    print(json.dumps(result, indent=1))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(json.dumps({**result, "calls": calls}))


if __name__ == "__main__":  # the child reader is spawned: it imports this module without running it
    main()
