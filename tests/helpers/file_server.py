"""Serve a folder over HTTP on 127.0.0.1 for a test (downloads, the model catalogue), and stop it."""
from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class QuietFiles(SimpleHTTPRequestHandler):
    """Serves files without logging; remembers each path asked for (a test checks nothing was fetched)."""
    requested: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server API)
        self.requested.append(self.path)
        super().do_GET()

    def log_message(self, *args):
        pass


@contextmanager
def serving(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(the base URL of `folder`, the list of paths requested so far)."""
    requested: list[str] = []
    handler = type("Handler", (QuietFiles,), {"requested": requested})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requested
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
