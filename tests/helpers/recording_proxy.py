"""A loopback HTTP proxy in front of a real server that records every request it is sent.

Routing tests put it between Deskmate and the office server, so they can say exactly what reached
the server (and prove that private passages never did).
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host", "content-encoding"}


class RecordingProxy:
    def __init__(self, target_root: str):
        """`target_root`: the server's address without /v1 (http://127.0.0.1:PORT)."""
        self.target_root = target_root.rstrip("/")
        self.requests: list[dict] = []  # {"method", "path", "body"} in the order they came
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def bodies(self, path_part: str = "/chat/completions") -> list[str]:
        with self._lock:
            return [r["body"] for r in self.requests if path_part in r["path"]]

    def _record(self, method: str, path: str, body: str) -> None:
        with self._lock:
            self.requests.append({"method": method, "path": path, "body": body})

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                proxy._record(self.command, self.path, body.decode("utf-8", "replace"))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                answer = httpx.request(self.command, proxy.target_root + self.path, content=body, headers=headers,
                                       timeout=300, trust_env=False)
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in HOP_HEADERS:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = _forward

        return Handler
