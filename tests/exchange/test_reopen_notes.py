"""The review of a package tells its reopenings in words and local time, not stored formats."""

from __future__ import annotations

import pytest

from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.manifest import PackageRefusedError
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
    # With nothing changed after it, no colon left hanging over an empty list.
    assert note == (
        "la unidad reabrió el trimestre 1 el 03/12/2026 a las 10:02 "
        "(motivo: Corrección de la evaluación); después no cambió cifras ni textos."
    )


@pytest.mark.usefixtures("hermosillo")
def test_each_change_after_a_reopening_names_its_meta() -> None:
    change = {"id_meta": "a1", "etiqueta": "Realizado T1 (NUM)", "antes": "0.00", "despues": "5"}
    data = {
        "reaperturas": [
            {
                "trimestre": 1,
                "motivo": "Corrección",
                "fecha": "2026-12-03T17:02:02+00:00",
                "cambios": [change, {**change, "id_meta": "zz"}],
            }
        ]
    }
    names = {"a1": "SERVICIOS OTORGADOS A MUJERES EN SITUACIÓN DE VIOLENCIA Y SUS HIJAS E HIJOS"}

    _, first, unknown = reopen_notes(DataReader("paquete.ismpaq"), data, names)

    # «Realizado T1 (NUM): «0.00» → «5»» alone did not say which of the unit's metas changed.
    assert first == (
        "  SERVICIOS OTORGADOS A MUJERES EN SITUACIÓN DE VIOLENCIA Y… · "
        "Realizado T1 (NUM): «0.00» → «5»"
    )
    assert unknown == "  Meta zz · Realizado T1 (NUM): «0.00» → «5»"


@pytest.mark.usefixtures("hermosillo")
def test_a_text_the_unit_later_corrected_does_not_refuse_its_package() -> None:
    # A paste too long, or Word's line break (U+000B), stored once and then undone: only its
    # trace in the history travels. Refusing the package for it left the unit unable to send.
    long_paste = "SE ATENDIERON " + "MUJERES " * 3200
    change = {"id_meta": "a1", "etiqueta": "Evaluación T1", "antes": long_paste, "despues": ""}
    word = {**change, "antes": "PRIMERA LÍNEA\x0bSEGUNDA\x00", "despues": "BIEN"}
    data = {
        "reaperturas": [
            {
                "trimestre": 1,
                "motivo": "Corrección\x0bpedida",
                "fecha": "2026-12-03T17:02:02+00:00",
                "cambios": [change, word],
            }
        ]
    }

    _, pasted, typed = reopen_notes(DataReader("paquete.ismpaq"), data, {"a1": "APOYOS"})

    assert len(long_paste) > 20_000
    assert pasted == f"  APOYOS · Evaluación T1: «{long_paste[:60]}» → «»"
    assert typed == "  APOYOS · Evaluación T1: «PRIMERA LÍNEA SEGUNDA» → «BIEN»"


@pytest.mark.parametrize("bad", [None, 5, ["x"], {"a": 1}])
def test_a_change_that_is_not_text_still_refuses(bad: object) -> None:
    change = {"id_meta": "a1", "etiqueta": "Evaluación T1", "antes": bad, "despues": ""}
    data = {"reaperturas": [{"trimestre": 1, "motivo": "x", "fecha": "", "cambios": [change]}]}

    with pytest.raises(PackageRefusedError, match="el texto de antes de un cambio"):
        reopen_notes(DataReader("paquete.ismpaq"), data)
