"""The completeness board of the coordinating unit, and its table for the command line."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.status_board import UnitState, status_board
from ism_desktop.exchange.status_board_text import status_text
from ism_desktop.store.store import Store
from tests.spelling.shipped import RESOURCES

RECEIVED = datetime(2024, 4, 12, 9, 30, tzinfo=timezone(timedelta(hours=-7)))


def _received_004(coordinator: Store, unit_package: Path) -> None:
    options = IntakeOptions(now=RECEIVED)
    apply_package(coordinator, check_package(coordinator, unit_package, options))


def test_rows_say_who_sent_and_who_is_missing(coordinator: Store, unit_package: Path) -> None:
    _received_004(coordinator, unit_package)

    board = status_board(coordinator, Quarter.FIRST)

    assert board is not None
    # The official report of the first quarter was imported: it holds the others' figures.
    assert [(row.unit.value, row.state) for row in board.rows] == [
        ("001", UnitState.IN_OFFICIAL_REPORT),
        ("002", UnitState.OWN),
        ("003", UnitState.IN_OFFICIAL_REPORT),
        ("004", UnitState.RECEIVED),
        ("005", UnitState.IN_OFFICIAL_REPORT),
        ("006", UnitState.IN_OFFICIAL_REPORT),
        ("008", UnitState.IN_OFFICIAL_REPORT),
        ("009", UnitState.IN_OFFICIAL_REPORT),
    ]
    row = board.rows[3]
    assert (row.received_at, row.sequence, row.file_name) == (
        "2024-04-12T09:30:00-07:00",
        1,
        "ETCA-III-04_2024_T1_unidad_004.ismpaq",
    )
    assert (row.errors, row.unresolved_warnings) == (0, 6)
    # 77.20 ámbar, no programme gris, 362.22 rojo, 84.55 ámbar, 86.87 ámbar, 106.81 verde,
    # 78.00 ámbar; the average of the six measured: 795.65 / 6 = 132.608… → 132.60.
    assert dict(row.summary.lights) == {
        TrafficLight.GREEN: 1,
        TrafficLight.AMBER: 4,
        TrafficLight.RED: 1,
        TrafficLight.GREY: 1,
    }
    assert row.summary.average_progress == Decimal("132.60")
    assert board.missing == ()
    in_report = board.rows[0]
    assert (in_report.received_at, in_report.sequence, in_report.errors) == (None, None, 0)
    # The second quarter is in no report yet: the units that sent nothing of it are missing.
    later = status_board(coordinator, Quarter.SECOND)
    assert later is not None
    assert later.missing == tuple(
        UnitCode(u) for u in ("001", "003", "004", "005", "006", "008", "009")
    )
    missing = later.rows[0]
    assert (missing.state, missing.errors, missing.unresolved_warnings) == (
        UnitState.MISSING,
        None,
        None,
    )


def test_the_chart_series_is_the_average_official_percent_by_unit(coordinator: Store) -> None:
    board = status_board(coordinator, Quarter.FIRST)

    assert board is not None
    assert [(point.unit.value, point.value) for point in board.chart()] == [
        ("001", Decimal("93.33")),
        ("002", Decimal("100.00")),
        ("003", Decimal("100.00")),
        ("004", Decimal("132.60")),
        ("005", Decimal("100.00")),
        ("006", Decimal("83.33")),
        ("008", Decimal("72.12")),
        ("009", Decimal("99.44")),
    ]
    assert board.chart()[0].label == "001 ISM COORDINACIÓN EJECUTIVA"


@pytest.mark.usefixtures("hermosillo")
def test_the_table_is_aligned_and_says_what_is_missing(
    coordinator: Store, unit_package: Path
) -> None:
    _received_004(coordinator, unit_package)
    board = status_board(coordinator, Quarter.FIRST)
    assert board is not None

    lines = status_text(board).splitlines()

    assert lines[0] == "Paquetes de las unidades: ejercicio 2024, trimestre 1 (primero)"
    assert lines[1] == "Fecha de entrega: sin fijar."
    top = next(i for i, line in enumerate(lines) if line.startswith("Unidad"))
    header, row_004 = lines[top], lines[top + 4]
    assert header.split() == [
        "Unidad",
        "Nombre",
        "Estado",
        "Cerrado",
        "Recibido",
        "Envío",
        "Errores",
        "Avisos",
        "s/j",
        "Metas",
        "Verde",
        "Ámbar",
        "Rojo",
        "Gris",
        "%",
        "unidad",
    ]
    # The name is cut between words, and the columns after it stay where they were.
    # «Estado» is as wide as «en el informe oficial importado», the others' state.
    assert row_004.startswith(
        "004     ISM DIRECCIÓN DE ATENCIÓN…          recibido                         cerrado  "
    )
    assert row_004.split()[-11:] == [
        "12/04/2024",  # in this PC's time, day first (it read 2024-04-12T09:30:00-07:00)
        "09:30",
        "1",
        "0",
        "6",
        "7",
        "1",
        "4",
        "1",
        "1",
        "132.60",
    ]
    assert len({len(line) for line in lines[top : top + 8]}) <= 2  # columns line up (rstrip aside)
    assert lines[-3] == "Recibidos: 1 de 7; en el informe oficial importado: 6. Faltan: ninguna."
    # The six still open here, their figures in the official report: said last.
    assert lines[-1].startswith(
        "Abiertos aquí con sus cifras del informe oficial importado: 001, 003, 005, 006, 008 y "
        "009. Ningún paquete los cerrará: "
    )


def test_no_board_without_a_programme() -> None:
    with Store.in_memory() as empty:
        assert status_board(empty, Quarter.FIRST) is None


def test_the_board_counts_spelling_warnings_when_spelling_is_checked(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    from ism_desktop.spelling.loading import SpellingFiles
    from ism_desktop.workspace.spelling_words import with_spelling

    _received_004(coordinator, unit_package)
    checker = SpellingFiles(RESOURCES, tmp_path / "datos").load()

    board = status_board(coordinator, Quarter.FIRST, settings=with_spelling(checker))

    assert board is not None
    row = board.rows[3]
    # The six of the test above and «PSICOLOGIA» (¿PSICOLOGÍA?) in META 004's evaluation: the
    # unit's own export and the package's summary count seven; the board said six.
    assert (row.unit.value, row.errors, row.unresolved_warnings) == ("004", 0, 7)


def test_a_unit_that_sent_its_package_and_was_reopened_is_not_late(
    coordinator: Store, seed_text: str, tmp_path: Path
) -> None:
    """The board, ``status`` and the status bar share one rule: a package received delivered."""
    from datetime import date

    from ism_desktop.domain.audit import Author
    from ism_desktop.exchange.status_board import awaited_units
    from ism_desktop.workspace.quarter_closing import reopen_quarter
    from tests.exchange.package_builders import export_unit, seed_store

    # The second quarter: the first is in the official report imported, delivered there.
    with seed_store(seed_text) as unit_store:
        package = export_unit(unit_store, tmp_path, quarter=Quarter.SECOND)
    _received_004(coordinator, package)
    reopen_quarter(
        coordinator, 2024, UnitCode("004"), Quarter.SECOND, "Corrección", Author("c", "c")
    )
    coordinator.years.set_delivery_dates(2024, {Quarter.SECOND: "2024-07-15"})

    board = status_board(coordinator, Quarter.SECOND, today=date(2024, 7, 18))

    assert board is not None
    late = [row.unit.value for row in board.rows if row.late]
    assert late == ["001", "003", "005", "006", "008", "009"]
    keys = [(row.entity, row.unit) for row in board.rows]
    awaited = awaited_units(coordinator, 2024, Quarter.SECOND, keys)
    assert [unit.value for _entity, unit in awaited] == late


@pytest.mark.parametrize(
    ("due", "after"),
    [
        ("2024-04-11", True),  # it arrived on the 12th
        ("2024-04-12", False),  # on the day itself it is on time
        ("2024-04-15", False),
    ],
)
def test_a_package_received_after_the_due_date_is_said_in_its_row_as_in_the_window(
    coordinator: Store, unit_package: Path, due: str, after: bool
) -> None:
    _received_004(coordinator, unit_package)
    coordinator.years.set_delivery_dates(2024, {Quarter.FIRST: due})

    board = status_board(coordinator, Quarter.FIRST)

    assert board is not None
    (row,) = [row for row in board.rows if row.unit == UnitCode("004")]
    assert (row.state, row.late, row.received_late) == (UnitState.RECEIVED, False, after)
    lines = status_text(board).splitlines()
    # The window's board says «recibido (tarde)» in the row: the printed table says the same.
    printed = next(line for line in lines if line.startswith("004 "))
    assert " recibido" in printed
    assert (" recibido (tarde) " in printed) is after
    said = "Recibidos después de la fecha de entrega: 004."
    assert (said in lines) is after
