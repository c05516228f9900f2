"""Time to first token across a growing conversation, with and without the KV cache.

Eight turns whose history grows past 1,500 tokens. For each turn: TTFT as Deskmate runs it
(the cache from the previous turn is reused) and, right after it in the same run, TTFT of the
same prompt read from scratch (the cost a follow-up would pay without prefix reuse).
"""
from __future__ import annotations

import argparse
import tempfile

from common import emit, median

from assistant.llm.contract import collect
from assistant.workspace import Workspace

TOPICS = ["the history of lighthouses", "how bees make honey", "the water cycle", "why the sky is blue",
          "how bread rises", "the phases of the moon", "how trains brake", "why leaves change colour"]


def question(turn: int) -> str:
    detail = " ".join(f"Please also cover point {i} about {TOPICS[turn]} in plain words." for i in range(12))
    return f"Tell me about {TOPICS[turn]}. {detail}"


def one_conversation(workspace: Workspace, turns: int, max_tokens: int) -> tuple[list, list, list]:
    chat = workspace.chat()
    engine = workspace.engine()
    conversation, warm, cold, sizes = None, [], [], []
    for turn in range(turns):
        reply = chat.send(question(turn), conversation, max_tokens=max_tokens)
        list(reply)
        conversation = reply.result.conversation_id
        warm.append(reply.result.ttft_s)
        sizes.append(reply.result.prompt_tokens)
        prompt = chat.build_prompt(workspace.history.get(conversation), "And one more sentence?", max_tokens)
        engine.forget_cache()
        _, stats = collect(engine.stream(prompt.messages, max_tokens=1))
        cold.append(stats.ttft_s)  # the cache now holds the whole history again
    return warm, cold, sizes, conversation


def after_restart(home: str, conversation: int, max_tokens: int, keep_saved_cache: bool) -> float:
    """A follow-up in a freshly opened workspace (a new engine, as after restarting the app)."""
    workspace = Workspace(home)
    if not keep_saved_cache:
        workspace.caches.forget(conversation)
    turn = workspace.chat().send("One last question: what should I remember?", conversation, max_tokens=max_tokens)
    list(turn)
    workspace.close()
    return turn.result.ttft_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument("--max-tokens", type=int, default=64)
    args = parser.parse_args()
    runs, restart_saved, restart_cold = [], [], []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as home:
            workspace = Workspace(home)
            runs.append(one_conversation(workspace, args.turns, args.max_tokens))
            workspace.close()
            conversation = runs[-1][3]
            restart_saved.append(after_restart(home, conversation, 8, keep_saved_cache=True))
            restart_cold.append(after_restart(home, conversation, 8, keep_saved_cache=False))
    warm = [median([run[0][t] for run in runs]) for t in range(args.turns)]
    cold = [median([run[1][t] for run in runs]) for t in range(args.turns)]
    emit("ttft_conversation", {
        "turns": args.turns, "repeats": args.repeats,
        "prompt_tokens_per_turn": runs[0][2],
        "ttft_s_per_turn": [round(v, 4) for v in warm],
        "ttft_s_per_turn_without_cache": [round(v, 4) for v in cold],
        "ratio_turn_last_over_first": round(warm[-1] / warm[0], 3),
        "ratio_without_cache_last_over_first": round(cold[-1] / cold[0], 3),
        "ttft_s_after_restart_with_saved_cache": round(median(restart_saved), 4),
        "ttft_s_after_restart_without_saved_cache": round(median(restart_cold), 4),
    })


if __name__ == "__main__":
    main()
