"""«trimestre cerrar --unidad 002» at the coordinator of two dependencies that each hold a 002.

Counted by the code alone, the errors the command warned of were both 002's (31), though only
the coordinator's own (8, of dependency 51) close with its quarter; and once the other 002's
quarter was closed (its package received), its own was said to have none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.e2e.test_closing_with_errors_cli import close_own_second_quarter
from tests.e2e.year_helpers import ok
from tests.two_dependencies import AWAITED, DELIVERED, state_report

pytestmark = pytest.mark.e2e
OWN = UnitCode("002")


def _coordinator(tmp_path: Path, other_closed: bool) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", state_report(tmp_path), "--db", database)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, DELIVERED, OWN))
        if other_closed:  # as receiving 84's 002 package does
            author = Author("Unidad 002", "prueba")
            event = ClosureEvent(2024, AWAITED, OWN, Quarter.SECOND, CLOSE, "", author, "")
            store.closures.set_state(event)
    return database


@pytest.mark.parametrize("other_closed", [False, True])
def test_closing_the_own_002_warns_of_its_own_errors_only(
    tmp_path: Path, other_closed: bool
) -> None:
    database = _coordinator(tmp_path, other_closed)

    result = close_own_second_quarter(database)

    # The 4 metas of 51's 002 lack their T2 figures and evaluations: 8 errors (84's has 23).
    assert "Aviso: la unidad 002 tiene 8 errores en el trimestre 2 de 2024" in result.stderr
    with Store.open(database) as store:
        assert store.closures.is_closed(2024, DELIVERED, OWN, Quarter.SECOND)
