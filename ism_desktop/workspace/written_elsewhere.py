"""Whether another program saved in the database since a window last read it."""

from __future__ import annotations

from ism_desktop.store.store import Store


class ReadMark:
    """The database's state when a window last read it; another connection's commit moves it.

    SQLite's ``PRAGMA data_version`` on the window's own connection: its own writes never
    count (they changed what it holds already), and asking costs microseconds.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._version = store.data_version()

    def mark(self) -> None:
        """The data were read now (before reading: a commit meanwhile is read again later)."""
        self._version = self._store.data_version()

    def written_elsewhere(self) -> bool:
        """Whether another program saved since ``mark`` (asking does not forget it).

        A closed database is not asked: the window's watch ticks on a timer, and may tick once
        after its database was closed (it raised from Qt's event loop).
        """
        if self._store.closed:
            return False
        return self._store.data_version() != self._version
