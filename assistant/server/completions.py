"""POST /v1/chat/completions: one answer, streamed as server-sent events or returned whole."""
from __future__ import annotations

from collections.abc import AsyncIterator

from starlette.responses import JSONResponse, StreamingResponse

from assistant.errors import DeskmateError, InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.server import shapes
from assistant.server.lane import Generation
from assistant.server.schemas import ChatRequest


class StopScanner:
    """Cuts the answer at the first stop sequence, holding back text that may begin one."""

    def __init__(self, stops: list[str]):
        self.stops = stops
        self.keep = max((len(s) for s in stops), default=1) - 1
        self.held = ""
        self.hit = False

    def feed(self, piece: str) -> str:
        if self.hit:
            return ""
        text = self.held + piece
        found = [i for i in (text.find(s) for s in self.stops) if i >= 0]
        if found:
            self.hit, self.held = True, ""
            return text[: min(found)]
        cut = max(len(text) - self.keep, 0)
        self.held = text[cut:]
        return text[:cut]

    def flush(self) -> str:
        text, self.held = ("" if self.hit else self.held), ""
        return text


def answer_limits(body: ChatRequest, settings, cap: int) -> tuple[int, float, float]:
    asked = body.max_completion_tokens or body.max_tokens
    if asked is not None and asked > cap:
        raise InvalidInput(f"max_tokens {asked} is more than this server allows ({cap}).")
    max_tokens = asked or min(settings.max_tokens, cap)
    temperature = settings.temperature if body.temperature is None else body.temperature
    top_p = settings.top_p if body.top_p is None else body.top_p
    return max_tokens, temperature, top_p


def engine_messages(body: ChatRequest) -> list[dict]:
    if body.tools:
        raise InvalidInput("This server does not support tools or function calling.")
    try:
        return [message.plain() for message in body.messages]
    except ValueError as exc:
        raise InvalidInput(f"Cannot use these messages: {exc}.") from None


async def visible_text(generation: Generation, scanner: StopScanner) -> AsyncIterator[str]:
    """The answer's pieces, cut at a stop sequence (the model is then told to stop)."""
    while (piece := await generation.next()) is not None:
        text = scanner.feed(piece)
        if scanner.hit:
            generation.cancel()
        if text:
            yield text
    tail = scanner.flush()
    if tail:
        yield tail


async def chat_completion(body: ChatRequest, engine: LanguageModel, state):
    max_tokens, temperature, top_p = answer_limits(body, state.workspace.settings, state.config.max_tokens_cap)
    messages = engine_messages(body)
    wait_s = state.config.queue_wait_s
    generation = Generation(
        lambda should_stop: engine.stream(messages, max_tokens, temperature, top_p, should_stop, wait_s=wait_s),
        state.admission)
    scanner = StopScanner(body.stop_sequences)
    pieces = visible_text(generation, scanner)
    try:
        first = await anext(pieces, None)  # busy, too long, unreachable... fail here, before any header
    except BaseException:
        generation.cancel()
        raise
    if body.stream:
        events = stream_events(generation, scanner, pieces, first, engine.name, body.include_usage)
        return StreamingResponse(events, media_type="text/event-stream", headers={"Cache-Control": "no-store"})
    text = (first or "") + "".join([piece async for piece in pieces])
    finish = shapes.finish_reason(generation.result, scanner.hit)
    return JSONResponse(shapes.chat_completion(shapes.completion_id(), engine.name, text, finish, generation.result))


async def stream_events(generation: Generation, scanner: StopScanner, pieces: AsyncIterator[str],
                        first: str | None, model: str, include_usage: bool) -> AsyncIterator[bytes]:
    cid = shapes.completion_id()
    try:
        yield shapes.sse(shapes.chunk(cid, model, {"role": "assistant", "content": ""}))
        if first is not None:
            yield shapes.sse(shapes.chunk(cid, model, {"content": first}))
            async for text in pieces:
                yield shapes.sse(shapes.chunk(cid, model, {"content": text}))
        yield shapes.sse(shapes.chunk(cid, model, {}, shapes.finish_reason(generation.result, scanner.hit)))
        if include_usage:
            yield shapes.sse(shapes.usage_chunk(cid, model, generation.result))
        yield shapes.sse("[DONE]")
    except DeskmateError as exc:  # headers are sent: the error travels as an event, as OpenAI does
        yield shapes.sse(shapes.error(str(exc), "server_error"))
    finally:
        generation.cancel()  # the client went away (or we are done): free the model
