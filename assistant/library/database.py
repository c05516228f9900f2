"""A connection to the library's PostgreSQL server: the only module that imports psycopg and pgvector.

Every connection has a connect timeout (libpq's, at least 2 s) and, for searches, a statement timeout, so
an unreachable or hung server costs at most the configured time. TLS and the other libpq settings come
from the URL (`?sslmode=verify-full&sslrootcert=...`) or the usual PG* environment variables. Errors
become Deskmate's: `LibraryUnavailable` when the server cannot be reached, `StorageError` when a statement
fails (IndexRun keeps what it committed before), `InvalidInput` for a refused permission.

psycopg is imported at the first connection, not with this module: every CLI command and the window import
the search, and psycopg's import costs 110-290 ms.
"""
from __future__ import annotations

import math
import os
import re
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from assistant.errors import DeskmateError, InvalidInput, StorageError

if TYPE_CHECKING:
    from psycopg import sql

MIN_CONNECT_TIMEOUT_S = 2  # libpq's own floor
CANCEL_TIMEOUT_S = 1.0
# After a cancel is sent, how long the statement may take to end before the socket is shut: a connection kept
# open across searches can outlive the network (a laptop that went offline), and then no cancel reaches the server.
HARD_STOP_S = 0.5


class LibraryUnavailable(DeskmateError):
    """The library's server could not be reached (down, offline, a wrong address, a timeout)."""


def where(url: str) -> str:
    """host:port/database of a URL, never its password: what messages show."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path or ''}"


def _first_line(exc: BaseException) -> str:
    """libpq's reason, without the 'connection to server at "host", port N failed:' that the message names."""
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else type(exc).__name__
    return re.sub(r'^(?:connection failed: )?connection to server at "[^"]*"(?: \([^)]*\))?, port \d+ failed: ', "", text)


class Database:
    """One autocommit connection; `transaction()` groups statements (one document is one transaction)."""

    def __init__(self, url: str, password: str | None = None, timeout_s: float = 5.0,
                 statement_timeout_s: float | None = None):
        import psycopg
        from psycopg.rows import dict_row

        self.url, self.timeout_s = url, timeout_s
        options = f"-c statement_timeout={int(statement_timeout_s * 1000)}" if statement_timeout_s else ""
        extra: dict[str, Any] = {"password": password} if password else {}
        try:
            self.connection = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, application_name="deskmate",
                connect_timeout=max(MIN_CONNECT_TIMEOUT_S, math.ceil(timeout_s)), options=options, **extra)
        except psycopg.OperationalError as exc:
            raise LibraryUnavailable(f"The library at {where(url)} cannot be reached ({_first_line(exc)}). "
                                     "Check the address, the network and the password.") from exc
        except psycopg.ProgrammingError as exc:  # a malformed URL
            raise InvalidInput(f"Not a PostgreSQL URL ({_first_line(exc)}): give postgresql://user@host/db") from exc
        self._vectors_registered = False
        self.cache: dict[str, Any] = {}  # what a caller reads once per connection (once_per_connection)
        self._settings: dict[str, str] = {}

    def once_per_connection(self, key: str, compute: Callable[[], Any]) -> Any:
        """compute()'s value, asked of the server at the first call on this connection and kept with it."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def set_setting(self, name: str, value: str) -> None:
        """A server setting for the rest of this session, sent only when it changes. Inside a transaction it
        is SET LOCAL instead (ended with the transaction, so not remembered)."""
        from psycopg.pq import TransactionStatus

        if self.connection.info.transaction_status != TransactionStatus.IDLE:
            self.query_one("SELECT set_config(%s, %s, true)", (name, value))
        elif self._settings.get(name) != value:
            self.query_one("SELECT set_config(%s, %s, false)", (name, value))
            self._settings[name] = value

    def use_vectors(self) -> None:
        """numpy arrays in and out of `vector` columns (once the extension exists)."""
        if not self._vectors_registered:
            from pgvector.psycopg import register_vector

            with self._errors():
                register_vector(self.connection)
            self._vectors_registered = True

    @contextmanager
    def cancelled_after(self, seconds: float) -> Iterator[None]:
        """Cancel whatever statement is running once `seconds` have passed (it then raises LibraryUnavailable):
        a whole search stays within its timeout, not only each statement. When the statement has not ended
        HARD_STOP_S after the cancel was sent (it cannot reach the server), the connection's socket is shut:
        the statement then fails at once and the connection is broken."""
        ended = threading.Event()

        def stop() -> None:
            canceller = threading.Thread(target=self._cancel, daemon=True)  # may wait on a server gone away
            canceller.start()
            if not ended.wait(HARD_STOP_S):
                self._shut_socket()

        timer = threading.Timer(max(seconds, 0.05), stop)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            ended.set()
            timer.cancel()

    def _cancel(self) -> None:
        import psycopg

        try:
            self.connection.cancel_safe(timeout=CANCEL_TIMEOUT_S)
        except psycopg.Error:
            pass  # the socket is shut after HARD_STOP_S

    def _shut_socket(self) -> None:
        import psycopg

        try:
            with socket.socket(fileno=os.dup(self.connection.fileno())) as duplicate:
                duplicate.shutdown(socket.SHUT_RDWR)
        except (OSError, ValueError, psycopg.Error):  # closed meanwhile, or a platform without dup'able sockets
            pass

    @property
    def usable(self) -> bool:
        """Open, not broken, and outside any transaction: fit for the next search."""
        from psycopg.pq import TransactionStatus

        connection = self.connection
        return (not connection.closed and not connection.broken
                and connection.info.transaction_status == TransactionStatus.IDLE)

    @property
    def broken(self) -> bool:
        """The connection was lost (the server restarted or closed it, the network dropped it)."""
        return bool(self.connection.broken or self.connection.closed)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        import psycopg

        try:
            yield
        except psycopg.errors.InsufficientPrivilege as exc:
            raise InvalidInput(f"The library refused this ({_first_line(exc)}): it needs the administrator's "
                               "role, or a grant.") from exc
        except psycopg.errors.QueryCanceled as exc:
            raise LibraryUnavailable(f"The library at {where(self.url)} did not answer in time "
                                     f"({_first_line(exc)}).") from exc
        except psycopg.OperationalError as exc:
            raise LibraryUnavailable(f"The library at {where(self.url)} stopped answering "
                                     f"({_first_line(exc)}).") from exc
        except psycopg.Error as exc:
            raise StorageError(f"The library's database failed: {_first_line(exc)}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._errors(), self.connection.transaction():
            yield

    def execute(self, statement: Any, params: Sequence | dict | None = None) -> None:
        with self._errors():
            self.connection.execute(statement, params)

    def execute_many(self, statement: str, rows: Sequence[Sequence]) -> None:
        with self._errors(), self.connection.cursor() as cursor:
            cursor.executemany(statement, rows)

    def copy_rows(self, statement: str, rows: Iterable[Sequence], types: Sequence[str] | None = None) -> None:
        """COPY ... FROM STDIN, row by row (binary when the statement says so; `types` names its columns' types)."""
        with self._errors(), self.connection.cursor() as cursor, cursor.copy(statement) as copy:
            if types:
                copy.set_types(list(types))
            for row in rows:
                copy.write_row(row)

    def query(self, statement: Any, params: Sequence | dict | None = None) -> list[dict]:
        with self._errors():
            return list(self.connection.execute(statement, params).fetchall())

    def query_one(self, statement: Any, params: Sequence | dict | None = None) -> dict | None:
        with self._errors():
            return self.connection.execute(statement, params).fetchone()

    @property
    def user(self) -> str:
        return str(self.connection.info.user)


def with_names(template: str, literals: dict[str, str] | None = None, **names: str) -> sql.Composed:
    """A statement with quoted identifiers ({role}) and literals filled in (DDL cannot take parameters)."""
    from psycopg import sql

    values: dict[str, sql.Composable] = {key: sql.Identifier(value) for key, value in names.items()}
    values.update({key: sql.Literal(value) for key, value in (literals or {}).items()})
    return sql.SQL(template).format(**values)  # type: ignore[arg-type]  # templates are Deskmate's own


def with_literals(template: str, **values: str) -> sql.Composed:
    """A statement with quoted literals filled in (DDL cannot take parameters)."""
    from psycopg import sql

    return sql.SQL(template).format(**{key: sql.Literal(value) for key, value in values.items()})
