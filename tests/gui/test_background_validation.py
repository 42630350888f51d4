"""The window paints first; the rules run on their own thread and their findings follow."""

from __future__ import annotations

import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.startup_probe import FirstPaintProbe, after_next_paint
from ism_desktop.platform import data_dir
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import MetaState
from ism_desktop.workspace.error_log import ERROR_LOG_NAME
from tests.gui.conftest import unit_profile
from tests.spelling.shipped import shipped_spelling

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
COUNCILS = "INSTALACIÓN DE LOS CONSEJOS MUNICIPALES"  # unit 006: «…MPIO DE VILLAPESQUERIA…»
REPO = Path(__file__).resolve().parents[2]


def test_the_window_paints_before_the_findings_arrive_and_then_they_arrive(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    events: list[str] = []
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        session.findings_changed.connect(
            lambda: events.append("hallazgos") if session.checked_count else None
        )
        FirstPaintProbe(window, lambda: events.append("pintura"))
        after_next_paint(window, session.start_validation)

        window.show()
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

        assert events[0] == "pintura"
        assert "hallazgos" in events
        assert window.findings.summary.text().startswith("0 errores · ")
        assert window.findings.model.rowCount() > 0
        assert session.checked_count == len(session.metas())


def test_the_rules_run_off_the_gui_thread(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    from ism_desktop.domain.validation import engine

    real = engine.validate_report

    def spy(*args: object, **kwargs: object) -> engine.ValidationResult:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "validate_report", spy)
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        session.start_validation()
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

    assert threads
    assert all(thread is not threading.main_thread() for thread in threads)


def test_an_edit_while_the_rules_run_keeps_its_own_findings(qtbot: QtBot, db_path: Path) -> None:
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        (studies,) = [m for m in session.metas() if m.description.startswith(STUDIES)]
        session.start_validation()
        # No event is processed in between: the thread's chunk, checked on the figures before
        # the edit, reaches the session after it.
        session.edit(with_achieved(studies, Quarter.FIRST, Decimal(-5)), "realizado")
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

        assert session.status_of(studies.stable_id) is MetaState.ERROR
        assert len(session.validation.errors) == 1
        (item,) = [i for i in session.validation.metas if i.meta.stable_id == studies.stable_id]
        assert item.meta.num.achieved[0] == Decimal(-5)


def test_a_reload_stops_the_check_under_way(qtbot: QtBot, db_path: Path) -> None:
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        session.start_validation()
        session.reload()
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

        # One full set of findings, not the first check's chunks added to the second's.
        assert session.checked_count == len(session.metas())


def test_a_dictionary_that_arrives_while_the_rules_run_is_used_by_the_findings(
    qtbot: QtBot, db_path: Path
) -> None:
    # At state scale the rules take seconds and the dictionary often loads meanwhile.
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("006"), validate=False, background=True)
        (councils,) = [m for m in session.metas() if m.description.startswith(COUNCILS)]
        session.start_validation()
        # No event is processed in between: the check under way started without a dictionary.
        session.set_spelling(shipped_spelling())
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

        spelling = [
            f for f in session.validation.for_meta(councils.stable_id) if f.rule == "ORTOGRAFIA"
        ]
        assert [f.message for f in spelling] == [
            "Revise la ortografía de la evaluación: «DIA» (¿DÍA?), «VILLAPESQUERIA»."
        ]
        assert session.checked_count == len(session.metas())


def test_the_window_modules_leave_the_rules_for_after_the_first_paint() -> None:
    # The rules' modules compile many patterns at import; the window loads them once painted.
    code = (
        "import sys, ism_desktop.gui.application; "
        "print('ism_desktop.domain.validation.catalogue' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )

    assert result.stdout.strip() == "False"


def test_a_rule_that_fails_on_its_thread_ends_the_check_and_says_so(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.domain.validation import engine

    def broken(*_args: object, **_kwargs: object) -> object:
        raise ZeroDivisionError("una regla falló")

    monkeypatch.setattr(engine, "validate_report", broken)
    told: list[str] = []
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        session.check_failed.connect(told.append)
        session.start_validation()
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

    assert len(told) == 1
    assert told[0].startswith("La revisión de las metas se detuvo")
    # The traceback is kept for whoever gives support.
    log = (data_dir() / ERROR_LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: una regla falló" in log


def _reopened_after_typing_ahead(db_path: Path) -> str:
    """Unit 004 sent its first quarter in a package, typed the second, then reopened the first."""
    from ism_desktop.domain.audit import Author
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.workspace.quarter_closing import reopen_quarter
    from ism_desktop.workspace.transfers import export_unit_package

    with Store.open(db_path) as store:
        export_unit_package(store, UnitCode("004"), Quarter.FIRST, db_path.parent, year=2024)
        report = store.reports.load(year=2024)
        assert report is not None
        (studies,) = [m for m in report.metas if m.description.startswith(STUDIES)]
        author = Author("Unidad 004", "prueba")
        store.edits.save(
            2024, studies, with_achieved(studies, Quarter.SECOND, Decimal(120)), author
        )
        reopen_quarter(store, 2024, UnitCode("004"), Quarter.FIRST, "Corrección", author)
        return studies.stable_id


def test_a_reopened_quarter_is_not_blamed_for_the_next_ones_figures(
    qtbot: QtBot, db_path: Path
) -> None:
    studies = _reopened_after_typing_ahead(db_path)
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        session.start_validation()
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)
        assert session.checked_count == len(session.metas())
        assert "REALIZADO_POSTERIOR" not in {f.rule for f in session.validation.for_meta(studies)}

        # Nor on the next edit of that meta.
        meta = session.workspace.meta(studies)
        session.edit(with_achieved(meta, Quarter.SECOND, Decimal(130)), "realizado")
        assert "REALIZADO_POSTERIOR" not in {f.rule for f in session.validation.for_meta(studies)}


def test_a_motivo_an_older_version_stored_does_not_stop_the_check(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    # A motivo with a vertical tab, stored by the old window: every opening said «Ocurrió un
    # error inesperado» and the findings stayed at «Revisando las metas…».
    import contextlib
    import sqlite3

    from ism_desktop.domain.audit import Author, TargetChangeReason
    from ism_desktop.domain.editing import with_modified

    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
        after = with_modified(meta, Quarter.SECOND, Decimal(90), None)
        store.edits.save(2024, meta, after, Author("Unidad 004", "ana"), TargetChangeReason("x"))
    with contextlib.closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE target_changes SET reason = 'RECORTE\vOFICIO 123'")
    told: list[str] = []
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False, background=True)
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        session.check_failed.connect(told.append)
        window.show()
        session.start_validation()
        qtbot.waitUntil(lambda: session.checked, timeout=30_000)

        assert told == []
        assert not window.findings.summary.text().startswith("Revisando")
        implied = [
            row.justification.text
            for row in window.findings.model.rows()
            if row.finding.meta_id == meta.stable_id and row.justification is not None
        ]
        assert implied == ["Cambio de meta registrado: RECORTE\nOFICIO 123"]
