"""Requests as shown: what is decided, a quarter and its annual as one line, their numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.gui.year_dialogs import RequestsDialog, decision_about
from tests.e2e.cli_runner import run_cli
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui
DOCUMENT = "ISM/DG/100/2024"


def test_what_is_decided_is_shown_as_the_unit_wrote_it() -> None:
    # Above the field as rich text: a «<» or «&» in the unit's reason is not read as markup.
    request = TargetChangeRequest(
        2024, "30", UnitCode("004"), "m1", "modificado.t2.num", "Modificado T2 (NUM)",
        "900", "950", "Recorte <10 % & más", "OF <7>", "2024-04-02", 1, request_id=7,
    )  # fmt: skip

    about = decision_about(request, "A & B", "Modificado T2 (NUM): 900 → 950")

    assert about == (
        "<b>Solicitud N.º 7 · Unidad 004 · A &amp; B</b><br><br>"
        "Cambio solicitado: Modificado T2 (NUM): 900 → 950<br>"
        "Motivo de la unidad: Recorte &lt;10 % &amp; más (documento: OF &lt;7&gt;)"
    )


def test_a_quarters_request_and_its_annual_show_as_one_line_with_its_reason(
    open_window: WindowFactory,
) -> None:
    # The annual follows from the quarter; shown apart it read «motivo: sin motivo en el
    # paquete», a second request the unit never made.
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.package_records import TargetChangeRequest

    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    asked = [
        ("modificado.t3.num", "Modificado T3 (NUM)", "800", "830", "Recorte", DOCUMENT),
        ("modificado.anual.num", "Modificado anual (NUM)", "3400", "3430", "", ""),
    ]
    store.target_requests.replace_for_unit(
        2024,
        "30",
        UnitCode("004"),
        [
            TargetChangeRequest(2024, "30", UnitCode("004"), meta.stable_id, *item, "2024-04-02", 1)
            for item in asked
        ],
    )

    select(window, "ASESORÍA LEGAL")
    select(window, STUDIES)

    panel = window.form.requests.text()
    assert "sin motivo" not in panel
    assert panel.count("La unidad 004 pide") == 1
    assert (
        "La unidad 004 pide (envío 1): Modificado T3 (NUM): 800 → 830 (anual: 3400 → 3430) "
        f"(motivo: Recorte; documento: {DOCUMENT})"
    ) in panel


def test_the_decided_list_gives_each_number_and_cuts_names_at_a_word(qtbot: QtBot) -> None:
    # Without numbers a person could not tell which request «ya se aprobó» meant; names were cut
    # mid-word with no sign («…VÍCTIMAS DE VIOL»).
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.year_news import Decision

    name = "ATENCIÓN INTEGRAL A MUJERES VÍCTIMAS DE VIOLENCIA EN LOS CENTROS DE JUSTICIA"
    decided = [
        Decision(
            2024,
            "30",
            UnitCode("004"),
            "m1",
            "modificado.t3.num",
            "Modificado T3 (NUM)",
            "400",
            "777",
            "Más apoyos",
            "2024-04-02",
            "aprobada",
            "OF-2",
            "",
            "Coordinación",
            "2024-04-10T10:00:00-07:00",
            request_id=7,
        ),
        Decision(
            2024,
            "30",
            UnitCode("004"),
            "m1",
            "modificado.t4.num",
            "Modificado T4 (NUM)",
            "400",
            "500",
            "Más apoyos",
            "2024-01-02",
            "rechazada",
            "",
            "Sin oficio",
            "Coordinación",
            "2024-02-10T10:00:00-07:00",
        ),
    ]
    shown = RequestsDialog([], decided, {"m1": name})
    qtbot.addWidget(shown)

    lines = [shown.decided.item(row).text() for row in range(shown.decided.count())]

    assert lines[0].startswith(
        "N.º 7 · Unidad 004 · ATENCIÓN INTEGRAL A MUJERES VÍCTIMAS DE VIOLENCIA EN LOS…"
    )
    # Decided before numbers were kept: none is made up.
    assert lines[1].startswith(
        "Unidad 004 · ATENCIÓN INTEGRAL A MUJERES VÍCTIMAS DE VIOLENCIA EN LOS…"
    )


def test_the_window_lists_the_numbers_the_command_lists(
    open_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A quarter's request and the annual that follows it: one line, the quarter's number, in
    # the window, in «solicitudes» and in «solicitudes --json» alike.
    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    asked = [
        ("modificado.t4.num", "Modificado T4 (NUM)", "800", "900", "Recorte", ""),
        ("modificado.anual.num", "Modificado anual (NUM)", "3400", "3500", "", ""),
    ]
    window.session.store.target_requests.replace_for_unit(
        2024,
        "30",
        UnitCode("004"),
        [
            TargetChangeRequest(2024, "30", UnitCode("004"), meta.stable_id, *item, "2024-04-02", 1)
            for item in asked
        ],
    )
    shown: list[tuple[str, list[str]]] = []

    def look(dialog: RequestsDialog) -> int:
        label = dialog.findChildren(QLabel)[0].text()
        items = [dialog.table.item(row, 0) for row in range(dialog.table.rowCount())]
        numbers = [item.text() for item in items if item is not None]
        shown.append((label, numbers))
        return 0

    monkeypatch.setattr(RequestsDialog, "exec", look)
    window.year_actions.requests()

    listing = run_cli("solicitudes", "--db", db_path).stdout
    listed = [line.split()[0] for line in listing.splitlines()[1:] if "unidad 004" in line]
    as_json = json.loads(run_cli("solicitudes", "--json", "--db", db_path).stdout)
    assert "ejercicio 2024: 1 pendiente." in listing, listing
    assert shown == [("Pendientes: 1", listed)]
    assert [str(item["id"]) for item in as_json["pendientes"]] == listed
