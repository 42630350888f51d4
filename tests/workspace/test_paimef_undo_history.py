"""Each Deshacer and Rehacer of a capture, the non-working days or a justification says so.

An acción's or a date's undo read «deshacer: …»; an indicator's capture undone read
«indicador 2, primer trimestre de 2026» like a new capture, a day undone like one removed, and
a justification undone like a new one (only its detail said «Se deshizo un cambio…»).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, AnnualProgramme
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_history import history_text, paimef_history
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.e2e.cli_runner import paimef_history_listed
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
THURSDAY = NonWorkingDay(date(2026, 4, 2), "Jueves Santo")
WARNING = PaimefFinding("3.5.1", Severity.WARNING, "A.2", "programado", "Revise el monto.")


def _lines(db: Path, edits: Callable[[PaimefEditing], object]) -> list[tuple[str, str]]:
    """The 2026 history as the tab shows it (what, detail), after ``edits`` on a real file."""
    with Store.open(db) as store:
        edits(PaimefEditing(store, AUTHOR, date(2026, 3, 20)))
    with Store.open(db) as store:  # read back from the file, as the tab opened later would
        return [(line.what, line.detail) for line in paimef_history(store, 2026)]


def _capture_undo_redo(editing: PaimefEditing) -> None:
    editing.capture(2, "2026-T1", ["130", "100"])
    editing.undo()
    editing.redo()


def _capture_change_undo(editing: PaimefEditing) -> None:
    editing.capture(2, "2026-T1", ["130", "100"])
    editing.capture(2, "2026-T1", ["140", "100"])
    editing.undo()


def _day_undo_redo(editing: PaimefEditing) -> None:
    editing.change_days([THURSDAY], 2026)
    editing.undo()
    editing.redo()


def test_a_capture_undone_and_redone_says_so(tmp_path: Path) -> None:
    assert _lines(tmp_path / "datos.sqlite3", _capture_undo_redo) == [
        (
            "rehacer: indicador 2, primer trimestre de 2026",
            "Variables capturadas: «130; 100»; resultado 30.00%.",
        ),
        (
            "deshacer: indicador 2, primer trimestre de 2026",
            "Variables borradas: eran «130; 100» (resultado 30.00%).",
        ),
        (
            "indicador 2, primer trimestre de 2026",
            "Variables capturadas: «130; 100»; resultado 30.00%.",
        ),
    ]


def test_a_capture_changed_then_undone_says_what_it_went_back_to(tmp_path: Path) -> None:
    assert _lines(tmp_path / "datos.sqlite3", _capture_change_undo)[0] == (
        "deshacer: indicador 2, primer trimestre de 2026",
        "Variables: «140; 100» → «130; 100»; resultado 40.00% → 30.00%.",
    )


def test_a_day_added_then_undone_and_redone_says_so(tmp_path: Path) -> None:
    assert _lines(tmp_path / "datos.sqlite3", _day_undo_redo) == [
        ("rehacer: día inhábil 02/04/2026 agregado", "Jueves Santo"),
        ("deshacer: día inhábil 02/04/2026 agregado", "Jueves Santo"),
        ("día inhábil 02/04/2026 agregado", "Jueves Santo"),
    ]


def test_the_command_prints_the_undo_as_one(tmp_path: Path) -> None:
    db = tmp_path / "datos.sqlite3"
    with Store.open(db) as store:
        editing = PaimefEditing(store, AUTHOR, date(2026, 3, 20))
        editing.capture(2, "2026-T1", ["130", "100"])
        editing.undo()
        text = history_text(2026, paimef_history(store, 2026))

    assert " · Enlace PAIMEF (mlopez) · deshacer: indicador 2, primer trimestre de 2026\n" in text
    assert "    Variables borradas: eran «130; 100» (resultado 30.00%).\n" in text


def _justification_undo_redo(editing: PaimefEditing) -> None:
    editing.store.paimef.replace(programme(), AUTHOR, "prueba", [])
    editing.justify(2026, WARNING, "Autorizado por oficio 12/2026.")
    editing.undo()
    editing.redo()


def test_a_justification_undone_and_redone_says_so(tmp_path: Path) -> None:
    assert _lines(tmp_path / "datos.sqlite3", _justification_undo_redo)[:3] == [
        (
            "rehacer: justificación del aviso del numeral 3.5.1 (acción A.2, programado)",
            "Se rehízo un cambio: queda «Autorizado por oficio 12/2026.».",
        ),
        (
            "deshacer: justificación del aviso del numeral 3.5.1 (acción A.2, programado)",
            "Se deshizo un cambio: queda sin justificación.",
        ),
        (
            "justificación del aviso del numeral 3.5.1 (acción A.2, programado)",
            "Autorizado por oficio 12/2026.",
        ),
    ]


def test_an_undo_stored_by_an_older_version_reads_as_before(tmp_path: Path) -> None:
    db = tmp_path / "datos.sqlite3"
    with Store.open(db) as store:  # older versions recorded it as the justification itself
        store.paimef.restore_justification(
            2026,
            ("3.5.1", "A.2", "programado"),
            None,
            AUTHOR,
            "Se deshizo un cambio: queda sin justificación.",
        )
    with Store.open(db) as store:
        lines = paimef_history(store, 2026)
    assert [(line.who, line.what, line.detail) for line in lines] == [
        (
            "Enlace PAIMEF (mlopez)",
            "justificación del aviso del numeral 3.5.1 (acción A.2, programado)",
            "Se deshizo un cambio: queda sin justificación.",
        )
    ]


def test_the_first_accion_of_a_year_undone_writes_one_history_line(tmp_path: Path) -> None:
    # It wrote one line per detail: «Acción A.1 eliminada: …» and «Queda sin Programa Anual.»,
    # where the import's undo writes one, and adding it wrote one.
    db = tmp_path / "datos.sqlite3"
    with Store.open(db) as store:
        editing = PaimefEditing(store, AUTHOR, date(2026, 3, 20))
        added = action("A.1", "A", "A-I", "30000.00")
        empty = AnnualProgramme(2027, DEFAULT_INSTITUTION)
        editing.edit_programme(
            empty, lambda old: old.with_action(added, None), "acción A.1 agregada"
        )
        said = editing.undo().said

    listed = paimef_history_listed(db, 2027, tmp_path / "datos_cli")
    assert listed == [  # the newest first
        (
            "deshacer: acción A.1 agregada",
            "Programa Anual 2027 quitado, 1 acción: el ejercicio queda sin Programa Anual.",
        ),
        ("acción A.1 agregada", "Programa Anual 2027 nuevo, 1 acción."),
    ]
    assert said == "Se deshizo: acción A.1 agregada: el ejercicio 2027 queda sin Programa Anual."
