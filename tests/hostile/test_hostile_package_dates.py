"""A reopening's and a target change's «fecha» in a unit's package, as our exports write them.

Both were any text up to 64 characters: «NaN» or a year 9999 was shown as when the unit reopened
its quarter, and stored as when it asked for a target change. A package carrying one is refused
naming the package and the field, the coordinator's database byte for byte as it was; one dated
as our exports date it, or not dated (as earlier versions may), is still received.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_cli
from tests.exchange.package_builders import edit_data
from tests.hostile.generators import hostile_moments
from tests.hostile.test_hostile_package_moments import _copy, _refused
from tests.hostile.test_hostile_package_moments import unit_report as unit_report  # the fixture

pytestmark = pytest.mark.e2e

# An empty date is what a package of an earlier version may carry: no hostile case.
CASES = {case: moment for case, moment in hostile_moments() if moment}


def _reopened(data: dict[str, Any], moment: str) -> None:
    reopening = {"trimestre": 1, "motivo": "Corregir", "quien": "004", "fecha": moment}
    data["reaperturas"] = [reopening | {"cambios": []}]


def _asked(data: dict[str, Any], moment: str) -> None:
    change = {"campo": "modificado.met.2", "motivo": "Oficio", "documento": "", "fecha": moment}
    data["metas"][0]["cambios_meta_modificada"] = [change]


EDITS: dict[str, tuple[Callable[[dict[str, Any], str], None], str]] = {
    "reapertura": (_reopened, "la fecha de una reapertura "),
    "cambio": (_asked, "la fecha de un cambio de meta modificada de la meta «"),
}


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("case", CASES)
def test_a_date_no_export_of_ours_wrote_is_refused(
    unit_report: tuple[Path, Path], tmp_path: Path, case: str, edit: str
) -> None:
    coordinator, package = unit_report
    change, named = EDITS[edit]
    hostile = edit_data(package, tmp_path / "p.ismpaq", lambda data: change(data, CASES[case]))

    _refused(_copy(coordinator, tmp_path), hostile, named, "p.ismpaq")


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("moment", ["2024-04-10T09:30:00-07:00", "2024-04-10T09:30:00", ""])
def test_a_date_as_our_versions_wrote_it_is_received(
    unit_report: tuple[Path, Path], tmp_path: Path, moment: str, edit: str
) -> None:
    coordinator, package = unit_report
    change, _named = EDITS[edit]
    received = edit_data(package, tmp_path / "p.ismpaq", lambda data: change(data, moment))

    result = run_cli("import-package", "--db", _copy(coordinator, tmp_path), received)

    assert result.returncode == 0, result.stderr
