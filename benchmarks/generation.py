"""Generation speed: Deskmate's engine vs raw llama-cpp-python on the same prompt and settings.

Both load the same GGUF with the same context, threads and seed, decode greedily with the same
sampler settings, and generate the same tokens. Runs are interleaved (raw, app, raw, app, ...)
so machine drift hits both alike; figures are medians. Generation speed counts tokens after the
first one (prompt reading is excluded), the same way for both.
"""
from __future__ import annotations

import argparse
import time

from common import emit, median

from assistant.config import DEFAULT_SYSTEM_PROMPT
from assistant.llm.contract import collect
from assistant.llm.local import MIN_P, REPEAT_PENALTY, TOP_K, Engine, EngineOptions
from assistant.runtime.resources import bundled_model_path
from assistant.runtime.system import physical_cores

PROMPT = [{"role": "system", "content": DEFAULT_SYSTEM_PROMPT},
          {"role": "user", "content": "Write a detailed story about a lighthouse keeper and a storm."}]


def raw_run(llm, prompt: str, max_tokens: int) -> tuple[int, float]:
    llm.reset()
    first = last = None
    count = 0
    for chunk in llm.create_completion(prompt, max_tokens=max_tokens, temperature=0.0, top_k=TOP_K, top_p=0.95,
                                       min_p=MIN_P, repeat_penalty=REPEAT_PENALTY, stream=True):
        if chunk["choices"][0]["finish_reason"] is not None:
            continue  # the closing chunk carries no token
        now = time.perf_counter()
        first = first or now
        last = now
        count += 1
    return count, (count - 1) / (last - first)


def app_run(engine: Engine, max_tokens: int) -> tuple[int, float]:
    engine.forget_cache()
    _, stats = collect(engine.stream(PROMPT, max_tokens=max_tokens, temperature=0.0, top_p=0.95))
    return stats.completion_tokens, stats.generation_tok_s or 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--max-tokens", type=int, default=128)
    args = parser.parse_args()
    import llama_cpp

    threads = physical_cores()
    engine = Engine(bundled_model_path(), EngineOptions(n_ctx=2048, n_threads=threads))
    raw = llama_cpp.Llama(str(bundled_model_path()), n_ctx=2048, n_threads=threads, n_threads_batch=threads,
                          seed=engine.options.seed, flash_attn=engine.options.flash_attn, verbose=False)
    prompt = engine.template.render(PROMPT)
    app_speeds, raw_speeds, counts = [], [], set()
    for _ in range(args.repeats):
        count, speed = raw_run(raw, prompt, args.max_tokens)
        raw_speeds.append(speed)
        counts.add(("raw", count))
        count, speed = app_run(engine, args.max_tokens)
        app_speeds.append(speed)
        counts.add(("app", count))
    emit("generation", {
        "model": engine.name, "threads": threads, "max_tokens": args.max_tokens, "repeats": args.repeats,
        "tokens_generated": sorted(counts),
        "app_tok_s_median": round(median(app_speeds), 1), "raw_tok_s_median": round(median(raw_speeds), 1),
        "ratio_app_over_raw": round(median(app_speeds) / median(raw_speeds), 3),
        "app_tok_s_runs": [round(s, 1) for s in app_speeds], "raw_tok_s_runs": [round(s, 1) for s in raw_speeds],
        "llama_bench": "not run: llama.cpp's own llama-bench is not built by set-up (see DESIGN.md for how)",
    })


if __name__ == "__main__":
    main()
