"""HTTP to an OpenAI-compatible server: the only module that imports httpx.

Requests are retried with backoff while nothing has been received yet (connection refused,
429, 502-504); never once an answer has started, so a reply is never duplicated. A streamed
answer is read on a thread of its own, so the caller can stop at once even while the server
is silent (queued behind other users, or reading a long prompt).
"""
from __future__ import annotations

import dataclasses
import json
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.errors import ContextOverflow, InvalidInput, RemoteEngineError

if TYPE_CHECKING:
    import httpx  # imported where it is used: most commands never talk to a server

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
RETRY_STATUSES = {429, 502, 503, 504}
BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0
POLL_S = 0.1  # how often a waiting stream checks whether the caller wants to stop


@dataclass
class Connection:
    base_url: str  # ends with /v1
    api_key: str | None = None
    timeout_s: float = 120.0  # longest silence while waiting for (the next piece of) an answer
    retries: int = 2

    @property
    def root(self) -> str:
        return self.base_url[: -len("/v1")]

    @property
    def where(self) -> str:
        import httpx

        return httpx.URL(self.base_url).netloc.decode()

    def client(self) -> httpx.Client:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        # trust_env=False: prompts go straight to the office server, never through a proxy
        # that happens to be configured in the environment.
        return httpx.Client(headers=headers, trust_env=False,
                            timeout=httpx.Timeout(self.timeout_s, connect=CONNECT_TIMEOUT_S))


def normalise_url(url: str) -> str:
    """'http://host:8000', '.../v1' or '.../v1/' -> 'http://host:8000/v1'."""
    import httpx

    url = url.strip().rstrip("/")
    parsed = httpx.URL(url) if "://" in url else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidInput(f"'{url}' is not a server address; give one like http://office-server:8000/v1.")
    return url if url.endswith("/v1") else url + "/v1"


def server_message(response: httpx.Response) -> str:
    try:
        error = response.json().get("error", response.json())
        message = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        message = response.text
    return " ".join(str(message or response.reason_phrase).split())[:300]


def raise_for_answer(connection: Connection, response: httpx.Response, what: str) -> None:
    """Turn an HTTP error into a message a person can act on."""
    if response.status_code < 400:
        return
    message = server_message(response)
    where = connection.where
    if response.status_code in (401, 403):
        raise RemoteEngineError(f"The office server at {where} refused the key (HTTP {response.status_code}). "
                                "Check the key in the environment variable named with --api-key-env.")
    if response.status_code == 400 and "context" in message.lower():
        raise ContextOverflow(f"The office server at {where} says the conversation is too long for its model "
                              f"({message}). Start a new conversation or shorten the message.")
    if response.status_code == 404:
        raise RemoteEngineError(f"The office server at {where} has no {what} ({message}). "
                                "Check the address (it usually ends in /v1) and the model name.")
    raise RemoteEngineError(f"The office server at {where} could not answer (HTTP {response.status_code}: {message}).")


def unreachable(connection: Connection, exc: Exception) -> RemoteEngineError:
    import httpx

    if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
        return RemoteEngineError(f"The office server at {connection.where} did not answer within "
                                 f"{connection.timeout_s:g} s. It may be overloaded; try again, or stop and "
                                 "use the local model.")
    reason = str(exc) or type(exc).__name__
    return RemoteEngineError(f"Cannot reach the office server at {connection.where} ({reason}). Check that it is "
                             "running and that this computer can reach it, or switch back to the local model.")


def backoff_s(attempt: int, response: httpx.Response | None) -> float:
    retry_after = response.headers.get("retry-after", "") if response is not None else ""
    if retry_after.replace(".", "", 1).isdigit():
        return min(float(retry_after), MAX_BACKOFF_S)
    return min(BACKOFF_S * 2 ** attempt, MAX_BACKOFF_S)


def send_with_retries(connection: Connection, client: httpx.Client, request: httpx.Request,
                      cancelled: Callable[[], bool] = lambda: False, stream: bool = False) -> httpx.Response:
    """Send, retrying while nothing was received; the response is checked for errors."""
    import httpx

    for attempt in range(connection.retries + 1):
        last = attempt == connection.retries
        try:
            response = client.send(request, stream=stream)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
            if last or cancelled():
                raise unreachable(connection, exc) from None
            response = None
        except httpx.HTTPError as exc:
            raise unreachable(connection, exc) from None
        if response is not None and (response.status_code not in RETRY_STATUSES or last):
            if response.status_code >= 400:
                response.read()
                response.close()
            raise_for_answer(connection, response, "such endpoint")
            return response
        wait_until = time.monotonic() + backoff_s(attempt, response)
        if response is not None:
            response.close()
        while time.monotonic() < wait_until and not cancelled():
            time.sleep(POLL_S)
        if cancelled():
            break
    raise RemoteEngineError(f"Stopped before the office server at {connection.where} answered.")


def get_json(connection: Connection, url: str, body: dict | None = None, retry: bool = True) -> dict:
    """GET `url` (or POST `body` to it) and return the JSON answer."""
    connection = connection if retry else dataclasses.replace(connection, retries=0)
    with connection.client() as client:
        request = client.build_request("POST" if body is not None else "GET", url, json=body)
        response = send_with_retries(connection, client, request)
        try:
            return response.json()
        except ValueError:
            raise RemoteEngineError(f"The office server at {connection.where} sent something that is not JSON "
                                    f"for {url}; is this an OpenAI-compatible server?") from None


class EventStream:
    """Server-sent events of one streamed answer, read on a thread; iterate for JSON events."""

    def __init__(self, connection: Connection, body: dict, should_stop: Callable[[], bool]):
        self.connection, self.body, self.should_stop = connection, body, should_stop
        self.stopped = False
        self._events: queue.Queue[dict | Exception | None] = queue.Queue()  # None: the answer is complete
        self._cancel = threading.Event()
        self._socket: socket.socket | None = None
        self._thread = threading.Thread(target=self._read, name="deskmate-remote-stream", daemon=True)

    def __iter__(self) -> Iterator[dict]:
        self._thread.start()
        try:
            while True:
                item = self._next()
                if item is None:
                    return
                if isinstance(item, Exception):
                    raise item
                yield item
        finally:
            self.cancel()

    def _next(self) -> dict | Exception | None:
        """The next event, or what went wrong; None at the end (or when the caller stops)."""
        while True:
            if self.should_stop():
                self.stopped = True
                return None
            try:
                return self._events.get(timeout=POLL_S)
            except queue.Empty:
                continue

    def cancel(self) -> None:
        """Stop reading; shutting the socket down wakes a blocked read and tells the server to stop."""
        self._cancel.set()
        sock = self._socket
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _read(self) -> None:
        import httpx

        try:
            with self.connection.client() as client:
                self._read_answer(client)
            self._events.put(None)
        except (RemoteEngineError, ContextOverflow) as exc:
            self._events.put(exc)
        except httpx.HTTPError as exc:
            self._events.put(self._broken(exc))
        except Exception as exc:  # a bug: the reader must never die silently, the caller would wait forever
            log.exception("Reading the office server's answer failed")
            self._events.put(RemoteEngineError(f"Reading the office server's answer failed: {exc}."))

    def _read_answer(self, client: httpx.Client) -> None:
        request = client.build_request("POST", self.connection.base_url + "/chat/completions", json=self.body)
        response = send_with_retries(self.connection, client, request, self._cancel.is_set, stream=True)
        try:
            network = response.extensions.get("network_stream")
            self._socket = network.get_extra_info("socket") if network is not None else None
            if not self._cancel.is_set():
                self._read_lines(response)
        finally:
            response.close()

    def _read_lines(self, response: httpx.Response) -> None:
        for line in response.iter_lines():
            if self._cancel.is_set():
                return
            if not line.startswith("data:"):
                continue
            data = line[len("data:"):].strip()
            if data == "[DONE]":
                return
            try:
                self._events.put(json.loads(data))
            except ValueError:
                raise RemoteEngineError(f"The office server at {self.connection.where} sent a malformed "
                                        "piece of the answer.") from None

    def _broken(self, exc: httpx.HTTPError) -> RemoteEngineError:
        import httpx

        if isinstance(exc, httpx.TimeoutException):
            return unreachable(self.connection, exc)
        return RemoteEngineError(f"The office server at {self.connection.where} stopped answering in the middle "
                                 f"of the reply ({exc or type(exc).__name__}). What arrived so far is kept; "
                                 "try again when the server is back.")
