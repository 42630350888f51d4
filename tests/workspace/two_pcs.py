"""A unit's PC and the coordinator's, each over its own database file holding the seed."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import COORDINATOR, unit


def seed_workspace(path: Path, seed_path: Path, *, at_unit: bool) -> Workspace:
    """A workspace over a new database file holding the seed: unit 004's, or the coordinator's.

    On this PC's clock: the audit and the closings' log keep real moments, and a reopening
    must come before the changes that follow it.
    """
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    profile = unit("004") if at_unit else COORDINATOR
    workspace = Workspace(Store.open(path), profile, datetime.now, os_user_name="ana")
    workspace.reload()
    return workspace


def next_second() -> None:
    """Wait for the next second: closings, reopenings and writes are kept to the second.

    A person's next step is never in the same second as the last.
    """
    time.sleep(1.01 - time.time() % 1)
