"""Why turn 8 of a conversation answers later than turn 1, measured in raw llama-cpp-python.

Each turn of `ttft_conversation.py` makes the model read about 250 new tokens (the new question
and the end of the previous answer); the rest comes from the KV cache. This script times reading
the same 250 tokens into an empty context and after 1,830 cached tokens (where turn 8 stands), in
raw llama-cpp-python, with and without flash attention, interleaved. The ratio is the floor any
app on this engine pays for turn 8 over turn 1: every new token attends to every cached one.
Deskmate runs without flash attention (see EngineOptions.flash_attn), so "plain" is its floor.

    .venv/bin/python benchmarks/attention_cost.py [--repeats 3]
"""
from __future__ import annotations

import argparse
import time

from common import emit, median

from assistant.runtime.resources import bundled_model_path
from assistant.runtime.system import physical_cores

NEW_TOKENS, CACHED_TOKENS = 250, 1830


def seconds_to_read(llm, cached: list[int], new: list[int]) -> float:
    llm.reset()
    if cached:
        llm.eval(cached)
    started = time.perf_counter()
    llm.eval(new)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    import llama_cpp

    threads = physical_cores()
    models = {name: llama_cpp.Llama(str(bundled_model_path()), n_ctx=4096, n_threads=threads,
                                    n_threads_batch=threads, flash_attn=flash, verbose=False)
              for name, flash in (("flash_attn", True), ("plain", False))}
    text = " ".join(f"Sentence {i} is about vitamins, proteins and the immune system." for i in range(250))
    tokens = models["plain"].tokenize(text.encode())
    cached, new = tokens[:CACHED_TOKENS], tokens[CACHED_TOKENS:CACHED_TOKENS + NEW_TOKENS]
    runs = {name: {"empty": [], "deep": []} for name in models}
    for _ in range(args.repeats):
        for name, llm in models.items():
            runs[name]["empty"].append(seconds_to_read(llm, [], new))
            runs[name]["deep"].append(seconds_to_read(llm, cached, new))
    emit("attention_cost", {"new_tokens": NEW_TOKENS, "cached_tokens": CACHED_TOKENS, "repeats": args.repeats, **{
        name: {"empty_context_s": round(median(r["empty"]), 3), "after_cache_s": round(median(r["deep"]), 3),
               "ratio_deep_over_empty": round(median(r["deep"]) / median(r["empty"]), 2)}
        for name, r in runs.items()}})


if __name__ == "__main__":
    main()
