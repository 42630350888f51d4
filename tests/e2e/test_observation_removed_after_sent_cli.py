"""An observation removed after its package went is still to send: the unit keeps it till then.

A package of observations carries every observation of the quarter and replaces what the unit
held. Removed with «observe --quitar» after the package was written, the list of «Enviar
observaciones» said «sin observaciones» (or «ya enviada»): nothing told the coordinator that
the unit still reads the one taken back until another package goes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import UnitObservations
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.observation_words import with_observations
from ism_desktop.store.store import Store
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.year_helpers import observations_package, ok

pytestmark = pytest.mark.e2e
UNIT = UnitCode("004")


def _observe(database: Path, text: str) -> int:
    said = ok("observe", "--db", database, "--trimestre", "1", "--meta", ESTUDIOS, "--texto", text)
    found = re.search(r"Observación (\d+) guardada", said)
    assert found, said
    return int(found.group(1))


def _counts(database: Path) -> UnitObservations | None:
    with Store.open(database) as store:
        return store.observations.by_unit(2024, Quarter.FIRST).get(UNIT)


@pytest.mark.parametrize("kept", [0, 1])
def test_an_observation_removed_after_its_package_waits_for_the_next(
    tmp_path: Path, seed_path: Path, kept: int
) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    numbers = [_observe(database, f"Revise la cifra {n}.") for n in range(kept + 1)]
    observations_package(database, "004", 1, tmp_path / "o1")
    assert _counts(database) == UnitObservations(kept + 1, 0)

    ok("observe", "--db", database, "--trimestre", "1", "--quitar", str(numbers[-1]))

    # The unit still holds it: one to send, though none of those left is new.
    counts = _counts(database)
    assert counts == UnitObservations(kept, 0, 1)
    assert (
        with_observations("004 ESTUDIOS", counts)
        == "004 ESTUDIOS — "
        + ("1 observación, ya enviada" if kept else "sin observaciones")
        + "; 1 quitada después de enviarla, que la unidad aún ve"
    )
    observations_package(database, "004", 1, tmp_path / "o2")
    assert _counts(database) == (UnitObservations(kept, 0) if kept else None)
