"""The review of a package tells its reopenings in words and local time, not stored formats."""

from __future__ import annotations

import pytest

from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.year_travel import reopen_notes


@pytest.mark.usefixtures("hermosillo")
def test_a_reopening_is_dated_day_first_in_local_time() -> None:
    data = {
        "reaperturas": [
            {
                "trimestre": 1,
                "motivo": "Corrección de la evaluación",
                "fecha": "2026-12-03T17:02:02+00:00",
                "cambios": [],
            }
        ]
    }

    (note,) = reopen_notes(DataReader("paquete.ismpaq"), data)

    # It read «el 2026-12-03T17:02:02+00:00»: the stored moment, in UTC.
    assert note == (
        "la unidad reabrió el trimestre 1 el 03/12/2026 a las 10:02 "
        "(motivo: Corrección de la evaluación); después cambió 0 cifras o textos:"
    )
