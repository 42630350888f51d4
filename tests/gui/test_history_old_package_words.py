"""The history names a package received by an older version in today's words.

Older versions signed «Paquete unidad 004 #1»; packages received since sign «Paquete de la
unidad 004, envío número 2». One meta's history showed both. The stored rows stay as written.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.audit_dialog import AuditDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def test_an_old_package_signature_reads_in_words(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store  # a real SQLite file holding the seed report
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    old = Author("Paquete unidad 004 #1", "luz")
    store.edits.save(2024, meta, with_achieved(meta, Quarter.FIRST, Decimal(800)), old)
    history = store.edits.history(2024, meta.stable_id)
    dialog = AuditDialog(meta, history, [], window)
    qtbot.addWidget(dialog)

    assert dialog.table.item(0, 1).text() == "Paquete de la unidad 004, envío número 1"  # type: ignore[union-attr]
    assert dialog.table.item(0, 2).text() == "luz (recibió el paquete)"  # type: ignore[union-attr]
    assert [entry.author for entry in history] == [old]  # the row itself is not rewritten
