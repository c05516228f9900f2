"""8 API clients at once while a chat answers, on one workspace and one model: latency and outcomes.

The chat runs as the window runs it (a Turn on a worker thread, saving to history as it goes);
the API is served in the same process from the same workspace, as the window's switch does.
Baseline in the same run: the same request from a single client, alone. Prints JSON.

    .venv/bin/python benchmarks/api_concurrency.py [--clients 8] [--rounds 3] [--threads 1]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.llm.local import Engine, EngineOptions  # noqa: E402
from assistant.runtime.resources import bundled_model_path  # noqa: E402
from assistant.server.config import ServerConfig  # noqa: E402
from assistant.server.runner import ApiServer  # noqa: E402
from assistant.workspace import Workspace  # noqa: E402
from tests.helpers.servers import ask_once, fire_clients  # noqa: E402

KEY = "bench"
STORY = "Write a long story about a dragon who learns to bake bread."


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))], 3)


def summary(latencies: list[float]) -> dict:
    return {"n": len(latencies), "p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95),
            "max": round(max(latencies), 3) if latencies else None}


def chat_round(workspace: Workspace, url: str, clients: int, answer_tokens: int, chat_tokens: int):
    turn = workspace.chat().send(STORY, max_tokens=chat_tokens)
    started = threading.Event()

    def run_chat():
        for _ in turn:
            started.set()
        started.set()

    chat = threading.Thread(target=run_chat)
    chat.start()
    started.wait(300)
    outcomes = fire_clients(url, KEY, clients, answer_tokens)
    chat.join()
    return turn.result, outcomes


def history_intact(workspace: Workspace, results) -> bool:
    for result in results:
        saved = workspace.history.messages(result.conversation_id)
        if [m.role for m in saved] != ["user", "assistant"] or saved[1].content != result.reply:
            return False
    return len(workspace.history.list()) == len(results) and not workspace.store.integrity_problems()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--answer-tokens", type=int, default=16)
    parser.add_argument("--chat-tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads (0: physical cores)")
    args = parser.parse_args()
    engine = Engine(bundled_model_path(), EngineOptions(n_ctx=2048, n_threads=args.threads))
    workspace = Workspace(tempfile.mkdtemp(prefix="deskmate-bench-"), engine=engine)
    server = ApiServer(workspace, ServerConfig(port=0, api_key=KEY))
    server.start()
    alone = [ask_once(server.url, KEY, "Name a fruit that is red.", args.answer_tokens)["latency_s"]
             for _ in range(5)]
    results, outcomes = [], []
    for _ in range(args.rounds):
        result, round_outcomes = chat_round(workspace, server.url, args.clients, args.answer_tokens, args.chat_tokens)
        results.append(result)
        outcomes.extend(round_outcomes)
    server.stop()
    answered = [o["latency_s"] for o in outcomes if o["status"] == 200 and o["text"].strip()]
    report = {
        "clients_at_once": args.clients, "rounds": args.rounds, "requests": len(outcomes),
        "answer_tokens": args.answer_tokens, "chat_tokens": args.chat_tokens, "llama_threads": args.threads,
        "answered": len(answered),
        "busy_429": sum(o["status"] == 429 for o in outcomes), "busy_503": sum(o["status"] == 503 for o in outcomes),
        "other_failures": [o for o in outcomes if o["status"] not in (200, 429, 503)],
        "latency_s": summary(answered),
        "single_client_alone_latency_s": summary(alone),
        "p50_ratio_to_alone": round(percentile(answered, 0.5) / percentile(alone, 0.5), 2) if answered else None,
        "chat_statuses": [r.status for r in results],
        "history_intact": history_intact(workspace, results),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
