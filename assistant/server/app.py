"""The local API: OpenAI's endpoints over the workspace's model and embedder, plus /v1/deskmate/ask.

Requests are stateless: nothing an API client sends is written to the user's history.
"""
from __future__ import annotations

import logging
import threading
import time

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from assistant.chat.ask import ask as ask_documents
from assistant.errors import ContextOverflow, DeskmateError, EngineBusy, InvalidInput, ModelError, RemoteEngineError
from assistant.llm.contract import LanguageModel
from assistant.runtime.resources import bundled_embedder_path
from assistant.server import shapes
from assistant.server.completions import chat_completion
from assistant.server.config import ServerConfig
from assistant.server.guard import Guard
from assistant.server.lane import Admission, TooManyRequests
from assistant.server.schemas import AskRequest, ChatRequest, EmbeddingRequest

log = logging.getLogger(__name__)

STATUS = [  # most specific first
    (TooManyRequests, 429, "rate_limit_exceeded", {"Retry-After": "2"}),
    (EngineBusy, 503, "model_busy", {"Retry-After": "5"}),
    (ContextOverflow, 400, "context_length_exceeded", {}),
    (InvalidInput, 400, "invalid_request", {}),
    (RemoteEngineError, 502, "engine_unreachable", {}),
    (ModelError, 503, "model_unavailable", {}),
    (DeskmateError, 500, "server_error", {}),
]


class ApiState:
    """What the endpoints share: the workspace (its engine is the window's), limits, the lanes."""

    def __init__(self, workspace, config: ServerConfig):
        self.workspace, self.config = workspace, config
        self.admission = Admission(config.max_waiting)
        self.started = int(time.time())
        self._embedder = None
        self._embed_lock = threading.Lock()

    def engine(self) -> LanguageModel:
        return self.workspace.engine()

    def embedder(self):
        """The document index's embedder (one copy in memory), loaded on first use."""
        if self._embedder is None:
            self._embedder = self.workspace.documents.embedder
        return self._embedder

    def embedder_name(self) -> str:
        """Listing the models does not load the embedder: until then, the bundled one's name."""
        return self._embedder.name if self._embedder is not None else bundled_embedder_path().name

    def embed(self, texts: list[str]):
        with self.admission.admitted():
            if not self._embed_lock.acquire(timeout=self.config.queue_wait_s):
                raise EngineBusy("The embedding model is busy. Try again shortly.")
            try:
                embedder = self.embedder()
                return embedder.embed(texts), sum(embedder.count_tokens(texts)), embedder.name
            finally:
                self._embed_lock.release()

    def ask(self, question: str) -> dict:
        """Retrieval here, generation on the workspace's engine (local, or the office server)."""
        with self.admission.admitted():
            answer = ask_documents(self.workspace, question)
            for _ in answer:  # the answer streams; the endpoint returns it whole
                pass
        result = answer.result
        return {"answer": result.answer, "sources": result.sources, "cited": result.cited, "found": result.found,
                "sentences": result.sentences}


def error_response(exc: DeskmateError) -> JSONResponse:
    for kind, status, code, headers in STATUS:
        if isinstance(exc, kind):
            error_type = "server_error" if status >= 500 else "invalid_request_error"
            return JSONResponse(shapes.error(str(exc), error_type, code), status_code=status, headers=headers)
    raise AssertionError(exc)


def create_app(state: ApiState) -> Guard:
    app = FastAPI(title="Deskmate local API", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.api = state
    install_error_handlers(app)

    @app.get("/v1/models")
    async def list_models():
        engine = await anyio.to_thread.run_sync(state.engine)
        return shapes.model_list([engine.name, state.embedder_name()], state.started)

    @app.post("/v1/chat/completions")
    async def chat_completions(body: ChatRequest):
        engine = await anyio.to_thread.run_sync(state.engine)
        return await chat_completion(body, engine, state)

    @app.post("/v1/embeddings")
    async def embeddings(body: EmbeddingRequest):
        texts = body.texts
        if len(texts) > state.config.max_embedding_inputs:
            raise InvalidInput(f"At most {state.config.max_embedding_inputs} texts per request.")
        vectors, tokens, name = await anyio.to_thread.run_sync(state.embed, texts)
        return shapes.embedding_list(vectors, name, body.encoding_format, tokens)

    @app.post("/v1/deskmate/ask")
    async def ask(body: AskRequest):
        return await anyio.to_thread.run_sync(state.ask, body.question)

    return Guard(app, state.config)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DeskmateError)
    async def deskmate_error(request: Request, exc: DeskmateError):
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        message = f"Invalid request: {where + ': ' if where else ''}{first.get('msg', 'malformed body')}."
        return JSONResponse(shapes.error(message, code="invalid_request"), status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return JSONResponse(shapes.error(str(exc.detail), code=f"http_{exc.status_code}"),
                            status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception):
        log.exception("The API failed on %s", request.url.path)
        return JSONResponse(shapes.error("Internal error; details are in Deskmate's log.", "server_error"),
                            status_code=500)
