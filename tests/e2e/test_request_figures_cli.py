"""``solicitudes aprobar`` refuses a figure the review would call an error, as the window does.

A package of an older version could still ask for T2 = -2, or 0.5 studies: approved, the
figure was applied and stopped every export of the unit from then on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("requested", "said"),
    [("-2", "no pueden ser negativas"), ("899.5", "ESTUDIO cuenta piezas enteras")],
    ids=["negativo", "fraccion"],
)
def test_approving_a_figure_the_review_calls_an_error_changes_nothing(
    seed_path: Path, tmp_path: Path, requested: str, said: str
) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    request = TargetChangeRequest(
        2024, "30", UnitCode("004"), ESTUDIOS, "modificado.t2.num", "Modificado T2 (NUM)",
        "900", requested, "Recorte", "", "2024-04-02", 1,
    )  # fmt: skip
    with Store.open(database) as store:
        store.target_requests.replace_for_unit(2024, "30", UnitCode("004"), [request])
        [pending] = store.target_requests.pending(2024)
    before = database.read_bytes()

    result = run_cli(
        "solicitudes", "--db", database, "aprobar", str(pending.request_id), "--documento", "OF-2"
    )

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert f"el modificado T2 (NUM) es {requested}" in result.stderr
    assert said in result.stderr
    assert "la solicitud sigue pendiente" in result.stderr
    assert database.read_bytes() == before
