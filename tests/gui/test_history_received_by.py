"""The history says who made a package and who received it, not the receiver as its author.

A change a unit's package brought showed «Paquete de la unidad 004, envío número 2» beside
«Usuario: luz»: luz is who received it on this PC, and read as the person who made it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.package_author import package_author
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.base_delivered import base_author
from ism_desktop.gui.audit_dialog import AuditDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


@pytest.mark.parametrize(
    ("author", "profile", "user"),
    [
        (
            Author(package_author("004", 2), "luz"),
            "Paquete de la unidad 004, envío número 2",
            "luz (recibió el paquete)",
        ),
        (
            Author("Paquete unidad 004 #1", "luz"),  # as versions before December 2026 signed
            "Paquete de la unidad 004, envío número 1",
            "luz (recibió el paquete)",
        ),
        (
            Author(base_author(3), "pepe"),
            "Programa base #3 de la unidad coordinadora",
            "pepe (recibió el programa base)",
        ),
        (Author("Unidad coordinadora (002)", "ana"), "Unidad coordinadora (002)", "ana"),
    ],
)
def test_a_received_change_names_its_package_and_its_receiver(
    open_window: WindowFactory, qtbot: QtBot, author: Author, profile: str, user: str
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store  # a real SQLite file holding the seed report
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    store.edits.save(2024, meta, with_achieved(meta, Quarter.FIRST, Decimal(800)), author)
    dialog = AuditDialog(meta, store.edits.history(2024, meta.stable_id), [], window)
    qtbot.addWidget(dialog)

    assert dialog.table.item(0, 1).text() == profile  # type: ignore[union-attr]
    assert dialog.table.item(0, 2).text() == user  # type: ignore[union-attr]
    header = dialog.table.horizontalHeaderItem(2)
    assert header is not None
    assert "quién lo recibió" in header.toolTip()


def test_no_row_count_stands_beside_the_dates(open_window: WindowFactory, qtbot: QtBot) -> None:
    # Seen at 1366×768: «1 | 06/12/2026 17:29:45», a number that is neither the change's nor
    # the package's; the board and the requests hide theirs.
    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    author = Author("Unidad coordinadora (002)", "ana")
    store.edits.save(2024, meta, with_achieved(meta, Quarter.FIRST, Decimal(800)), author)
    dialog = AuditDialog(meta, store.edits.history(2024, meta.stable_id), [], window)
    qtbot.addWidget(dialog)

    assert dialog.table.verticalHeader().isHidden()
