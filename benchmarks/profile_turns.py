"""Where the time of a growing conversation goes: eight chat turns as ttft_conversation.py runs them,
for a sampling profiler (e.g. `py-spy record --native -f raw -o turns.txt -- python profile_turns.py`)."""
from __future__ import annotations

import tempfile

from ttft_conversation import question

from assistant.workspace import Workspace


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        workspace = Workspace(home)
        chat, conversation = workspace.chat(), None
        for turn in range(8):
            reply = chat.send(question(turn), conversation, max_tokens=64)
            list(reply)
            conversation = reply.result.conversation_id
            print(f"turn {turn + 1}: {reply.result.prompt_tokens} prompt tokens, TTFT {reply.result.ttft_s:.3f} s")
        workspace.close()


if __name__ == "__main__":
    main()
