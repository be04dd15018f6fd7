"""One database connection for one run: bound parameters, cancel, clear errors.

QGIS's own connection API (``QgsAbstractDatabaseProviderConnection.executeSql``)
takes SQL text only: no bound parameters, and each call may come from another
pooled connection (a temporary table made in one call may be gone in the
next). So the SQL runs through psycopg2 (which QGIS's Python ships with:
Debian's python3-qgis depends on it, the Windows installers bundle it), on a
connection opened with the layer's own data source: the same host, database,
user and password, or the QGIS authentication configuration the layer uses,
expanded by QGIS's authentication manager (see ``layers.py``). Values travel
as bound parameters; identifiers are quoted by ``psycopg2.sql.Identifier``.

Every run is one read-only transaction (the counts are consistent even if
others write meanwhile), rolled back at the end; only writing RECORDS into the
database commits. A cancelled run cancels the statement on the server.
"""
from __future__ import annotations

import threading
from typing import Callable, List, Optional, Sequence

APPLICATION_NAME = "SOC Harm"
# Settings for this session only. JIT compilation costs most queries here more
# than it saves (a second per query on a small machine); the parallel costs are
# lowered so that a loop over a few thousand areas is shared among workers.
SESSION_SETTINGS = (
    ("jit", "off"),
    ("parallel_setup_cost", "100"),
    ("parallel_tuple_cost", "0.01"),
    ("min_parallel_table_scan_size", "0"),
)


class PgError(Exception):
    """A database problem, with a message for the user (the server's own words included)."""


class PgConnectionError(PgError):
    """The connection could not be made, or was lost during the run."""


class PgPermissionError(PgError):
    """The user may not do this (read a table, create a table or a temporary table)."""


class PgCancelled(PgError):
    """The run was cancelled; the statement was cancelled on the server."""


def psycopg2_available() -> Optional[str]:
    """None when psycopg2 can be imported, else why not."""
    try:
        import psycopg2  # noqa: F401
    except ImportError as error:  # pragma: no cover - QGIS's Python has it everywhere it is packaged
        return str(error)
    return None


class PgSession:
    """A psycopg2 connection in a read-only transaction, closed by :meth:`close`
    (or as a context manager)."""

    def __init__(self, conninfo: str, connect_timeout: int = 15, read_only: bool = True):
        import psycopg2

        try:
            self.conn = psycopg2.connect(conninfo, connect_timeout=connect_timeout, application_name=APPLICATION_NAME)
        except psycopg2.OperationalError as error:
            raise PgConnectionError(_first_line(error)) from None
        self.conn.set_session(readonly=read_only, autocommit=False)
        self.read_only = read_only
        for name, value in SESSION_SETTINGS:
            self.execute("SELECT set_config(%s, %s, false)", (name, value))

    def __enter__(self) -> "PgSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.conn.closed:
            return
        try:
            self.conn.rollback()  # nothing of this run stays: the weights table goes with the transaction
        except Exception:  # the connection may be gone already; closing is all that is left
            self.conn.close()
            return
        self.conn.close()

    # ------------------------------------------------------------------ running SQL

    def execute(self, statement, params=None, feedback=None) -> None:
        self._run(statement, params, feedback, fetch=None)

    def rows(self, statement, params=None, feedback=None) -> List[tuple]:
        return self._run(statement, params, feedback, fetch="all")

    def one(self, statement, params=None, feedback=None):
        return self._run(statement, params, feedback, fetch="one")

    def stream(self, statement, params=None, feedback=None, batch: int = 10000,
               consume: Optional[Callable[[Sequence[tuple]], None]] = None) -> int:
        """Run a query through a server-side cursor and hand its rows to
        ``consume`` ``batch`` at a time: memory holds one batch, however many
        rows there are. Returns the number of rows."""
        import psycopg2

        total = 0
        with _Canceller(self.conn, feedback):
            try:
                with self.conn.cursor(name="soc_harm_stream") as cursor:
                    cursor.itersize = batch
                    cursor.execute(statement, params)
                    while True:
                        chunk = cursor.fetchmany(batch)
                        if not chunk:
                            break
                        total += len(chunk)
                        if consume is not None:
                            consume(chunk)
                        if feedback is not None and feedback.isCanceled():
                            raise PgCancelled("cancelled")
            except psycopg2.Error as error:
                raise _translate(error, feedback) from None
        return total

    def savepoint(self, name: str = "soc_harm_try"):
        return _Savepoint(self, name)

    def commit(self) -> None:
        import psycopg2

        try:
            self.conn.commit()
        except psycopg2.Error as error:
            raise _translate(error, None) from None

    def _run(self, statement, params, feedback, fetch):
        import psycopg2

        with _Canceller(self.conn, feedback):
            try:
                with self.conn.cursor() as cursor:
                    cursor.execute(statement, params)
                    if fetch == "all":
                        return cursor.fetchall()
                    if fetch == "one":
                        return cursor.fetchone()
                    return None
            except psycopg2.Error as error:
                raise _translate(error, feedback) from None

    def as_text(self, statement, params=None) -> str:
        """The statement with its parameters bound, as the server receives it (for logs and tests)."""
        with self.conn.cursor() as cursor:
            return cursor.mogrify(statement, params).decode("utf-8", "replace")


class _Savepoint:
    """``with session.savepoint():`` a statement that may fail (a missing right)
    without ending the transaction: on an error the savepoint is rolled back."""

    def __init__(self, session: PgSession, name: str):
        self.session = session
        self.name = name

    def __enter__(self):
        from psycopg2 import sql

        self.session.execute(sql.SQL("SAVEPOINT {0}").format(sql.Identifier(self.name)))
        return self

    def __exit__(self, kind, error, traceback):
        from psycopg2 import sql

        if kind is None:
            self.session.execute(sql.SQL("RELEASE SAVEPOINT {0}").format(sql.Identifier(self.name)))
        elif not isinstance(error, PgConnectionError):
            self.session.execute(sql.SQL("ROLLBACK TO SAVEPOINT {0}").format(sql.Identifier(self.name)))
        return False


class _Canceller:
    """While a statement runs: a thread that cancels it on the server as soon as
    the user cancels the run (psycopg2 blocks the calling thread meanwhile)."""

    def __init__(self, conn, feedback, interval: float = 0.2):
        self.conn = conn
        self.feedback = feedback
        self.interval = interval
        self.done = threading.Event()
        self.cancelled = False
        self.thread = None

    def __enter__(self):
        if self.feedback is not None:
            self.thread = threading.Thread(target=self._watch, name="SOC Harm query cancel", daemon=True)
            self.thread.start()
        return self

    def _watch(self):
        while not self.done.wait(self.interval):
            if self.feedback.isCanceled():
                self.cancelled = True
                try:
                    self.conn.cancel()
                except Exception:  # a connection already gone has nothing left to cancel
                    return
                return

    def __exit__(self, *exc):
        self.done.set()
        if self.thread is not None:
            self.thread.join()
        return False


def _first_line(error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else error.__class__.__name__


def _translate(error, feedback) -> PgError:
    """psycopg2's error as one of ours, with the server's message."""
    import psycopg2
    from psycopg2 import errors

    message = _first_line(error)
    if isinstance(error, errors.QueryCanceled) and feedback is not None and feedback.isCanceled():
        return PgCancelled(message)
    if isinstance(error, errors.InsufficientPrivilege):
        return PgPermissionError(message)
    if isinstance(error, (psycopg2.OperationalError, psycopg2.InterfaceError)) or getattr(error, "pgcode", None) in (
            "57P01", "57P02", "57P03", "08000", "08003", "08006"):
        return PgConnectionError(message)
    return PgError(message)
