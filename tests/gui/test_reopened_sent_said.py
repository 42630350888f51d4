"""Reopening a quarter whose package went out says what the correction still needs.

«Trimestre 1 de la unidad 004: reabierto.» was all: nothing said the coordinating unit kept
the package sent before, closed, and that the corrected one must be exported again and
received there after it reopens the quarter too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter
from ism_desktop.workspace.transfers import export_unit_package
from tests.e2e.cli_runner import run_cli
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
SAID = (
    "Las cifras del trimestre 1 ya se habían enviado: la unidad coordinadora tiene el paquete "
    "anterior, y ese trimestre cerrado. Cuando termine de corregir, exporte de nuevo su paquete "
    "(Archivo → Exportar paquete…; en la línea de comandos: ism-desktop export --ejercicio 2024 "
    "--unidad 004 --trimestre 1 --out CARPETA) y pida a la unidad coordinadora que reabra "
    "también el trimestre para recibirlo."
)
# The window names its menu alone: office staff have no command line to type the command in.
WINDOW_SAID = (
    "Las cifras del trimestre 1 ya se habían enviado: la unidad coordinadora tiene el paquete "
    "anterior, y ese trimestre cerrado. Cuando termine de corregir, exporte de nuevo su paquete "
    "(Archivo → Exportar paquete…) y pida a la unidad coordinadora que reabra también el "
    "trimestre para recibirlo."
)


def _sent(db_path: Path, folder: Path) -> None:
    with Store.open(db_path) as store:
        export_unit_package(store, UNIT, Quarter.FIRST, folder, year=2024)


def test_reopening_a_sent_quarter_says_it_must_be_sent_again(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, information_boxes: list[str]
) -> None:
    _sent(db_path, tmp_path / "t1")
    window = open_window(unit_profile("004"))

    window.year_actions.apply_closing(UNIT, 1, True, "Corrección de una cifra")

    assert information_boxes == [f"Trimestre 1 de la unidad 004: reabierto.\n\n{WINDOW_SAID}"]


def test_reopening_a_quarter_never_sent_says_nothing_more(
    open_window: WindowFactory, information_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    close_quarter(window.session.store, 2024, UNIT, Quarter.FIRST, window.session.author)

    window.year_actions.apply_closing(UNIT, 1, True, "Corrección de una cifra")

    assert information_boxes == ["Trimestre 1 de la unidad 004: reabierto."]


def test_the_command_says_it_too(db_path: Path, tmp_path: Path) -> None:
    _sent(db_path, tmp_path / "t1")

    result = run_cli(
        "trimestre", "reabrir", "--db", db_path, "--unidad", "004", "--trimestre", "1",
        "--ejercicio", "2024", "--motivo", "Corrección",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Trimestre 1 de la unidad 004 (2024): reabierto.\n{SAID}\n"
