"""The connection every repository works through: plain ``sqlite3``, transactions that lock.

What the store needs of a connection and nothing more: statements, rows as dictionaries, and
transactions that nest. It behaves as sqlite-utils' ``Database`` did for these (a statement
outside a transaction is committed at once, a nested transaction is a savepoint), without
importing sqlite-utils and what it brings (about a tenth of a second at every start).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from ism_desktop.store.errors import NOTHING_CHANGED, StoreError, describe_failure

Parameters = Sequence[Any] | dict[str, Any]

_FIRST_KEYWORD = re.compile(r"[\s;\ufeff]*(\w*)")
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class Database:
    """An open SQLite database (a file, or in memory with ``memory=True``)."""

    def __init__(self, path: Path | str | None = None, *, memory: bool = False) -> None:
        if (path is None) != memory:
            raise ValueError("either a path or memory=True")
        self.memory = memory
        self.conn = sqlite3.connect(":memory:" if path is None else str(path))
        # How many savepoints are open: each level has its own name, the same every time, so
        # that its statements stay in the connection's cache (a new name per savepoint made
        # every statement be compiled again, hundreds a batch of packages, and pushed the
        # real queries out of that cache).
        self._depth = 0
        self.execute("PRAGMA recursive_triggers=on;")

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        """Run one statement; outside a transaction a write is committed at once."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            # A failed write may have opened an implicit transaction nothing would ever end.
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Parameters | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a ``SELECT`` as dictionaries (a repeated column name gets ``_2``…)."""
        cursor = (
            self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        )
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows; use execute()")
        keys = _unique_keys(column[0] for column in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def atomic(self) -> _Atomic:
        """A transaction (``BEGIN IMMEDIATE``); a nested one is a savepoint.

        A deferred ``BEGIN`` reads first and, if another program wrote meanwhile, fails at its
        first write without waiting (``SQLITE_BUSY_SNAPSHOT``); an immediate one waits up to
        the busy timeout for the lock, then fails before anything was read or written.

        Raises:
            StoreError: read-only file, full disk or a lock held too long (in Spanish).
        """
        return _Atomic(self)

    def rollback(self) -> None:
        """Undo the open transaction, if there is one."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def enable_wal(self) -> None:
        """Switch the file to write-ahead logging (outside any transaction)."""
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode=wal")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


class _Atomic:
    """What ``Database.atomic`` opens: the transaction, or a savepoint inside the open one.

    A class rather than a generator: every write of the store opens one, a batch of packages
    about 850, and a generator's context (two generators when nested) costs several times more
    than these few lines. Each exit does what the generator's code after its ``yield`` did.
    """

    __slots__ = ("_db", "_entered", "_savepoint")

    def __init__(self, db: Database) -> None:
        self._db = db
        # Entered once only, as a generator's context was: entered again, its exit would close
        # a level twice and the depth naming the savepoints would go wrong.
        self._entered = False
        # The savepoint's name; None for the outermost transaction.
        self._savepoint: str | None = None

    def __enter__(self) -> Database:
        if self._entered:
            raise RuntimeError("Database.atomic(): each transaction is entered once")
        self._entered = True
        db = self._db
        if db.conn.in_transaction:
            # Each level has its own name, the same every time (see ``Database._depth``).
            db._depth += 1
            name = f"ism_avance_{db._depth}"
            try:
                db.conn.execute(f"SAVEPOINT {name}")
            except BaseException:
                db._depth -= 1
                raise
            self._savepoint = name
            return db
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{_capital(describe_failure(exc))}. {NOTHING_CHANGED}") from exc
        return db

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        db, name = self._db, self._savepoint
        if name is not None:
            try:
                if kind is None:
                    db.conn.execute(f"RELEASE SAVEPOINT {name}")
                # An error that ended the whole transaction took the savepoint with it.
                elif db.conn.in_transaction:
                    db.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    db.conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                db._depth -= 1
            return
        if kind is None:
            try:
                db.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                db.rollback()
                raise StoreError(f"{_capital(describe_failure(exc))}. {NOTHING_CHANGED}") from exc
            except BaseException:
                db.rollback()
                raise
            return
        db.rollback()
        if isinstance(error, sqlite3.OperationalError):
            raise StoreError(f"{_capital(describe_failure(error))}. {NOTHING_CHANGED}") from error


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first_keyword(sql: str) -> str:
    match = _FIRST_KEYWORD.match(sql)
    return match.group(1).upper() if match else ""


def _unique_keys(names: Iterable[str]) -> list[str]:
    keys = list(names)
    if len(set(keys)) == len(keys):
        return keys
    taken, seen, unique = set(keys), set[str](), []
    for key in keys:
        if key in seen:
            new, suffix = key, 2
            while new in seen or new in taken:
                new, suffix = f"{key}_{suffix}", suffix + 1
            key = new
        seen.add(key)
        unique.append(key)
    return unique
