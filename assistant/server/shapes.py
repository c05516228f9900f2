"""The JSON shapes of OpenAI's API that clients expect, built from plain values."""
from __future__ import annotations

import base64
import json
import time
import uuid

import numpy as np

from assistant.llm.contract import GenerationStats

FINISH_REASONS = {"end": "stop", "stopped": "stop", "length": "length"}


def error(message: str, kind: str = "invalid_request_error", code: str | None = None) -> dict:
    return {"error": {"message": " ".join(message.split()), "type": kind, "param": None, "code": code}}


def completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def usage(stats: GenerationStats | None) -> dict:
    prompt = stats.prompt_tokens if stats else 0
    completion = stats.completion_tokens if stats else 0
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def finish_reason(stats: GenerationStats | None, stopped_by_sequence: bool) -> str:
    if stopped_by_sequence or stats is None:
        return "stop"
    return FINISH_REASONS.get(stats.stop_reason, "stop")


def chat_completion(cid: str, model: str, text: str, finish: str, stats: GenerationStats | None) -> dict:
    return {
        "id": cid, "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "logprobs": None, "finish_reason": finish}],
        "usage": usage(stats),
    }


def chunk(cid: str, model: str, delta: dict, finish: str | None = None) -> dict:
    return {
        "id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def usage_chunk(cid: str, model: str, stats: GenerationStats | None) -> dict:
    return {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [], "usage": usage(stats)}


def sse(payload: dict | str) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n".encode()


def model_list(ids: list[str], created: int) -> dict:
    return {"object": "list",
            "data": [{"id": i, "object": "model", "created": created, "owned_by": "deskmate"} for i in ids]}


def embedding_list(vectors: np.ndarray, model: str, encoding: str, tokens: int) -> dict:
    def encode(vector: np.ndarray):
        if encoding == "base64":  # what the official client asks for: little-endian float32
            return base64.b64encode(vector.astype("<f4").tobytes()).decode("ascii")
        return vector.tolist()

    return {"object": "list", "model": model,
            "data": [{"object": "embedding", "index": i, "embedding": encode(v)} for i, v in enumerate(vectors)],
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
