"""Opening the data: the adapters' way to a database file and to the workspace over it.

``Store`` and ``StoreError`` are re-exported here: the window and the command line hold an open
store and catch its errors, but import nothing of the store themselves.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.domain.quarter import Quarter
from ism_desktop.platform import path_problem
from ism_desktop.store.backup import remove_database_files
from ism_desktop.store.database import STORE_FAILURES as STORE_FAILURES
from ism_desktop.store.database import StoreError as StoreError
from ism_desktop.store.database import describe_failure as describe_failure
from ism_desktop.store.database import holds_no_data
from ism_desktop.store.store import Store as Store

if TYPE_CHECKING:
    from ism_desktop.workspace.workspace import Clock, Workspace


def open_store(path: Path, *, must_exist: bool = False) -> Store:
    """Open (creating and migrating if needed) the database file the adapters work on.

    Raises:
        StoreError: it does not exist (when it must), or cannot be opened.
    """
    problem = path_problem(path)
    if problem is not None:
        raise StoreError(f"no se puede abrir la base de datos: {problem}.")
    if must_exist and not path.exists():
        raise StoreError(f"no existe la base de datos «{path}».")
    return Store.open(path)


def remove_new_database(path: Path) -> None:
    """Delete a database this command made itself (closed), with its journal files.

    For a command that created the file on its way and then changed nothing: it leaves no
    database where there was none. Only while it holds no data: another program may have made
    and filled it meanwhile. Whatever cannot be deleted is left (it holds nothing).
    """
    if not holds_no_data(path):
        return
    with contextlib.suppress(OSError):
        remove_database_files(path)


def command_line_workspace(
    store: Store, year: int | None, quarter: Quarter, clock: Clock | None = None
) -> Workspace:
    """The workspace of a command: the database's own identity, else the coordinator's view.

    ``year`` ``None`` is the year of the last imported report. ``report`` is ``None`` when the
    database holds no report of that year.
    """
    # Imported here: a command that only opens the store (an import) needs none of it.
    from ism_desktop.domain.profile import PcProfile
    from ism_desktop.workspace.workspace import Workspace, local_now

    clock = clock or local_now
    if year is None:
        period = store.reports.current_period()
        year = period[0] if period is not None else clock().year
    identity = store.identity.get()
    profile = (
        PcProfile(identity.role, identity.unit, year, quarter)
        if identity is not None
        else PcProfile.coordinator(year, quarter)
    )
    workspace = Workspace(store, profile, clock)
    workspace.reload(validate=False)
    return workspace
