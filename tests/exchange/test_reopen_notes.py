"""The review of a package tells its reopenings in words and local time, not stored formats."""

from __future__ import annotations

import itertools

import pytest

from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.reopen_travel import reopen_notes


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
        "  SERVICIOS OTORGADOS A MUJERES EN SITUACIÓN DE VIOLENCIA Y… · Realizado T1 (NUM): 0 → 5"
    )
    assert unknown == "  Meta zz · Realizado T1 (NUM): 0 → 5"


@pytest.mark.usefixtures("hermosillo")
def test_a_text_the_unit_later_corrected_does_not_refuse_its_package() -> None:
    # A paste too long, or Word's line break (U+000B), stored once and then undone: only its
    # trace in the history travels. Refusing the package for it left the unit unable to send.
    long_paste = "SE ATENDIERON " + "MUJERES " * 3200
    change = {"id_meta": "a1", "etiqueta": "Evaluación T1", "antes": long_paste, "despues": ""}
    # Another field: two changes of one field read as one, from the first to the last.
    word = {
        **change,
        "etiqueta": "Evaluación T2",
        "antes": "PRIMERA LÍNEA\x0bSEGUNDA\x00",
        "despues": "BIEN",
    }
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
    # Cut between words, with «…»; nothing after it reads «(vacío)», as in the table.
    kept = " ".join(["MUJERES"] * 5)
    assert pasted == f"  APOYOS · Evaluación T1: «SE ATENDIERON {kept}…» → (vacío)"
    assert typed == "  APOYOS · Evaluación T2: «PRIMERA LÍNEA SEGUNDA» → «BIEN»"


@pytest.mark.parametrize("bad", [None, 5, ["x"], {"a": 1}])
def test_a_change_that_is_not_text_still_refuses(bad: object) -> None:
    change = {"id_meta": "a1", "etiqueta": "Evaluación T1", "antes": bad, "despues": ""}
    data = {"reaperturas": [{"trimestre": 1, "motivo": "x", "fecha": "", "cambios": [change]}]}

    with pytest.raises(PackageRefusedError, match="el texto de antes de un cambio"):
        reopen_notes(DataReader("paquete.ismpaq"), data)


@pytest.mark.usefixtures("hermosillo")
def test_a_changed_evaluation_shows_where_it_changed_and_figures_read_as_in_the_table() -> None:
    before = (
        "PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024, NO FUERON PROGRAMADAS ACCIONES DE "
        "CAPACITACIÓN EN LA UNIDAD."
    )
    evaluation = {
        "id_meta": "a1",
        "etiqueta": "Evaluación cualitativa T1",
        "antes": before,
        "despues": before[:-1] + " DE ATENCIÓN.",
    }
    figure = {
        "id_meta": "a1",
        "etiqueta": "Realizado T1 (NUM)",
        "antes": "391.00",
        "despues": "396",
    }
    data = {
        "reaperturas": [
            {
                "trimestre": 1,
                "motivo": "Corrección",
                "fecha": "2026-12-03T17:02:02+00:00",
                "cambios": [evaluation, figure],
            }
        ]
    }

    _, text, number = reopen_notes(DataReader("paquete.ismpaq"), data, {"a1": "APOYOS"})

    # Both sides read «PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024, NO FUERON PROGR»: the
    # first 60 characters, the same before and after, while the change was at the end.
    assert text == (
        "  APOYOS · Evaluación cualitativa T1: «…CAPACITACIÓN EN LA UNIDAD.» → "
        "«…CAPACITACIÓN EN LA UNIDAD DE ATENCIÓN.»"
    )
    # As the table below it: «391.00» read as another figure than the table's 391.
    assert number == "  APOYOS · Realizado T1 (NUM): 391 → 396"


@pytest.mark.usefixtures("hermosillo")
def test_a_change_of_spaces_alone_is_said_so_not_shown_as_two_equal_whole_texts() -> None:
    words = "SE ATENDIERON MUJERES EN EL MUNICIPIO DE HERMOSILLO Y DE CAJEME " * 4
    before, after = words[:90] + "A  B" + words[:106], words[:90] + "A B" + words[:106]
    spaces = {"id_meta": "a1", "etiqueta": "Evaluación T1", "antes": before, "despues": after}
    breaks = {**spaces, "etiqueta": "Evaluación T2", "antes": before.replace("A  B", "A\r\nB")}
    data = {
        "reaperturas": [
            {
                "trimestre": 1,
                "motivo": "Corrección",
                "fecha": "2026-12-03T17:02:02+00:00",
                "cambios": [spaces, breaks],
            }
        ]
    }

    _, *changes = reopen_notes(DataReader("paquete.ismpaq"), data, {"a1": "APOYOS"})

    assert len(before) == 200
    # Made one line before compared: «X → X», each side the whole 200-character text.
    assert changes == [
        "  APOYOS · Evaluación T1: (solo cambiaron espacios o saltos de línea)",
        "  APOYOS · Evaluación T2: (solo cambiaron espacios o saltos de línea)",
    ]


@pytest.mark.usefixtures("hermosillo")
def test_an_evaluation_that_reads_as_a_figure_is_shown_as_typed() -> None:
    change = {
        "id_meta": "a1",
        "etiqueta": "Evaluación T1",
        "campo": "evaluacion.t1",
        "antes": "5",
        "despues": "5.0",
    }
    data = {
        "reaperturas": [
            {
                "trimestre": 1,
                "motivo": "x",
                "fecha": "2026-12-03T17:02:02+00:00",
                "cambios": [change],
            }
        ]
    }

    _, note = reopen_notes(DataReader("paquete.ismpaq"), data, {"a1": "APOYOS"})

    # Read as figures, both showed as «5»: a change with two equal sides.
    assert note == "  APOYOS · Evaluación T1: «5» → «5.0»"


@pytest.mark.usefixtures("hermosillo")
def test_a_field_changed_back_and_forth_reads_once_or_not_at_all() -> None:
    # As many edits as a trail may carry, of two fields: one ends where it started.
    figures = [str(n) for n in range(5000)] + ["0"]
    typed = [
        {"id_meta": "a1", "etiqueta": "Realizado T1 (NUM)", "campo": "realizado.t1.num"}
        | {"antes": old, "despues": new}
        for old, new in itertools.pairwise(figures)
    ]
    texts = [f"EVALUACIÓN {n}" for n in range(len(typed) + 1)]
    written = [
        {"id_meta": "a1", "etiqueta": "Evaluación T1", "campo": "evaluacion.t1"}
        | {"antes": old, "despues": new}
        for old, new in itertools.pairwise(texts)
    ]
    reopening = {"trimestre": 1, "motivo": "x", "fecha": "2026-12-03T17:02:02+00:00"}
    data = {"reaperturas": [reopening | {"cambios": [*typed, *written]}]}

    note, line = reopen_notes(DataReader("paquete.ismpaq"), data, {"a1": "APOYOS"})

    assert len(typed) + len(written) == 10_000
    assert note.endswith("después cambió 1 cifra o texto:")
    assert line == "  APOYOS · Evaluación T1: «EVALUACIÓN 0» → «EVALUACIÓN 5000»"
