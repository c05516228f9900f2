"""The gate in front of every request: right Host, no foreign web page, the key, a size cap.

A web page the user visits can send requests to 127.0.0.1, and with DNS rebinding can make its
own domain point there. So: the Host header must be one of this server's names; a request that
carries a browser's Origin header from anywhere else is refused; no CORS headers are ever sent,
so no page can read an answer. Bodies are read here, up to the cap, before the app sees them.
"""
from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from starlette.responses import JSONResponse

from assistant.server import shapes
from assistant.server.config import ServerConfig


class Guard:
    def __init__(self, app, config: ServerConfig):
        self.app, self.config = app, config

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(headers)
        if refusal is None:
            body, refusal = await self._read_body(receive, headers)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, replay(body, receive), send)

    def _refusal(self, headers: dict) -> JSONResponse | None:
        if not self.config.accepts_host(headers.get("host", "")):
            return refuse(400, f"This API answers only requests addressed to {self.config.url}.", "invalid_host")
        origin = headers.get("origin")
        if origin is not None and (origin == "null" or not self.config.accepts_host(origin_host(origin))):
            return refuse(403, "Requests from web pages are not accepted.", "forbidden_origin")
        if self.config.api_key and not key_matches(headers.get("authorization", ""), self.config.api_key):
            response = refuse(401, "Incorrect or missing API key. Send it as 'Authorization: Bearer <key>'.",
                              "invalid_api_key", kind="authentication_error")
            response.headers["WWW-Authenticate"] = "Bearer"
            return response
        return None

    async def _read_body(self, receive, headers: dict) -> tuple[bytes, JSONResponse | None]:
        cap = self.config.max_body_bytes
        too_big = refuse(413, f"The request is larger than this server accepts ({cap:,} bytes).",
                         "request_too_large")
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            return b"", too_big
        parts, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"", refuse(400, "The client went away.", "disconnected")
            parts.append(message.get("body", b""))
            size += len(parts[-1])
            if size > cap:
                return b"", too_big
            if not message.get("more_body"):
                return b"".join(parts), None


def refuse(status: int, message: str, code: str, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse(shapes.error(message, kind, code), status_code=status)


def key_matches(authorization: str, key: str) -> bool:
    scheme, _, given = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), key.encode())


def origin_host(origin: str) -> str:
    parts = urlsplit(origin)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = parts.hostname or ""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def replay(body: bytes, receive):
    """The body already read, then the real channel (so a disconnect is still noticed)."""
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
