"""A target-change request made after the quarter's package went out says how it reaches 002.

It said «Va en el próximo paquete», which left the unit believing it was on its way: the
package had gone, and the request waited for the next quarter's, or for the quarter to be
reopened and its package sent again (and received).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.target_said import request_route
from ism_desktop.workspace.transfers import export_unit_package
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_target_request_said import ask, request_said
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

UNIT = UnitCode("004")
ATTENTION = "ATENCIÓN PSICOLÓGICA INDIVIDUAL"  # unit 004: modified T2 1600


def _sent(db_path: Path, folder: Path, *, reopened: bool = False) -> None:
    """Unit 004 exports its first quarter's package (closing it), and maybe reopens it."""
    with Store.open(db_path) as store:
        export_unit_package(store, UNIT, Quarter.FIRST, folder, year=2024)
        if reopened:
            author = Author("Unidad 004", "x")
            reopen_quarter(store, 2024, UNIT, Quarter.FIRST, "Corrección", author)


def test_a_request_after_the_package_went_out_says_how_it_gets_there(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sent(db_path, tmp_path / "t1")
    window = open_window(unit_profile("004"))
    select(window, ATTENTION)

    note = ask(window, monkeypatch, "1700")

    said = request_said(window)
    assert said.startswith("Solicitud registrada:\nSe registró la solicitud de cambio de meta")
    assert f"modificada de «{ATTENTION}»" in said
    assert "Va en el próximo paquete" not in said
    assert said.endswith(
        "El paquete del trimestre 1 ya se exportó: la solicitud llega a la unidad coordinadora "
        "con el del trimestre 2 o, antes, si reabre el trimestre 1 y exporta de nuevo su paquete."
    )
    assert (
        "El paquete del trimestre 1 ya se exportó y esta solicitud no va en él. Llegará a la "
        "unidad coordinadora con el paquete del trimestre 2, cuando lo exporte. Si no puede "
        "esperar: reabra el trimestre 1 (Año → Cerrar o reabrir un trimestre…), exporte de "
        "nuevo su paquete (Archivo → Exportar paquete…) y pida a la unidad coordinadora que reabra "
        "también su trimestre 1 y lo reciba (lo tiene cerrado desde que recibió el anterior)."
    ) in note


def test_a_request_in_a_reopened_quarter_goes_when_it_is_sent_again(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sent(db_path, tmp_path / "t1", reopened=True)
    window = open_window(unit_profile("004"))
    select(window, ATTENTION)

    note = ask(window, monkeypatch, "1700")

    said = request_said(window)
    assert said.endswith(
        "El trimestre 1 está reabierto: la solicitud llega a la unidad coordinadora cuando "
        "exporte de nuevo su paquete."
    )
    assert (
        "El paquete del trimestre 1 ya se exportó, y el trimestre está reabierto: esta solicitud "
        "llegará a la unidad coordinadora cuando exporte de nuevo su paquete (Archivo → "
        "Exportar paquete…) y la unidad coordinadora, tras reabrir también su trimestre 1, lo "
        "reciba."
    ) in note


def test_before_the_package_goes_out_nothing_more_is_said(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    select(window, ATTENTION)

    note = ask(window, monkeypatch, "1700")

    assert request_said(window).endswith(
        "Va en el próximo paquete a la unidad coordinadora, que decide si la aplica."
    )
    assert "ya se exportó" not in note


def test_the_fourth_quarter_has_no_next_package() -> None:
    route = request_route(Quarter.FOURTH, reopened=False)

    assert route.short == (
        "El paquete del trimestre 4 ya se exportó: la solicitud llega a la unidad coordinadora "
        "solo si reabre el trimestre 4 y exporta de nuevo su paquete."
    )
    assert "trimestre 5" not in route.note
    assert route.note.startswith(
        "El paquete del trimestre 4 ya se exportó y esta solicitud no va en él. Para que llegue a "
        "la unidad coordinadora: reabra el trimestre 4 (Año → Cerrar o reabrir un trimestre…)"
    )
