"""Run the local API with uvicorn: in the foreground (`deskmate serve`) or on a thread (the window)."""
from __future__ import annotations

import socket
import threading
import time

from assistant.errors import ServerConfigError
from assistant.server.app import ApiState, create_app
from assistant.server.config import ServerConfig

START_TIMEOUT_S = 10.0
MAX_CONNECTIONS = 64  # beyond this uvicorn answers 503 at once


def bind_socket(config: ServerConfig) -> socket.socket:
    """Bind before starting, so 'port in use' is a clear message; port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((config.host, config.port))
    except OSError as exc:
        sock.close()
        raise ServerConfigError(f"Cannot listen on {config.host}:{config.port} ({exc.strerror or exc}). "
                                "Another program may use that port: choose another with --port.") from None
    sock.set_inheritable(True)
    config.port = sock.getsockname()[1]
    return sock


class ApiServer:
    """The local API for one workspace. check() and bind happen in the constructor."""

    def __init__(self, workspace, config: ServerConfig):
        import uvicorn

        config.check()
        self.config = config
        self.socket = bind_socket(config)
        app = create_app(ApiState(workspace, config))
        self._server = uvicorn.Server(uvicorn.Config(
            app, log_config=None, log_level="debug" if config.debug else "warning",
            access_log=config.debug, proxy_headers=False, server_header=False, lifespan="off",
            limit_concurrency=MAX_CONNECTIONS, timeout_graceful_shutdown=3, ws="none"))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.config.url

    def serve_forever(self) -> None:
        """Serve until Ctrl+C or SIGTERM (uvicorn handles both in the main thread)."""
        self._server.run(sockets=[self.socket])

    def start(self) -> None:
        """Serve on a background thread; returns once requests are accepted."""
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self.socket]},
                                        name="deskmate-api", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if not self._server.started:
            raise ServerConfigError("The local API could not start; see the log for details.")

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=START_TIMEOUT_S)
        self.socket.close()
