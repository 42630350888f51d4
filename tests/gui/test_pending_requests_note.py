"""The unit's status bar says how many of its target-change requests are still undecided.

A request was said once, as it was registered; after that nothing on the window counted the
requests waiting for the coordinating unit.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
NAME = "Solicitudes de cambio de meta pendientes"


def _note(window: QMainWindow) -> QLabel:
    (label,) = [w for w in window.statusBar().findChildren(QLabel) if w.accessibleName() == NAME]
    return label


def test_the_status_bar_counts_the_requests_waiting(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    assert not _note(window).isVisible()
    reason = TargetChangeReason("Se suman dos municipios.", "")
    for name, quarter, figure in (
        ("ESTUDIOS SOCIOECONÓMICOS", Quarter.SECOND, 777),
        ("ASESORÍA LEGAL", Quarter.THIRD, 10),
    ):
        meta = select(window, name)
        window.session.change_modified_target(
            meta.stable_id, quarter, Decimal(figure), None, reason
        )

    assert _note(window).isVisible()
    assert _note(window).text() == "2 solicitudes de cambio de meta pendientes"
    assert "(en 2 metas," in _note(window).toolTip()

    window.session.undo()  # the second request withdrawn, unsent

    assert _note(window).text() == "1 solicitud de cambio de meta pendiente"
    window.session.undo()
    assert not _note(window).isVisible()


def test_a_figure_typed_reads_the_requests_of_its_meta_only(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every autosave changes a meta: the note counted the requests of all the unit's metas."""
    window = open_window(unit_profile("004"))
    edits = window.session.store.edits
    read, metas_read = edits.target_changes, []

    def counted(year: int, meta_id: str) -> object:
        metas_read.append(meta_id)
        return read(year, meta_id)

    monkeypatch.setattr(edits, "target_changes", counted)
    meta = select(window, "ASESORÍA LEGAL")
    after = with_achieved(meta, Quarter.FIRST, Decimal(700))

    window.session.edit(after, "realizado")

    assert len(window.session.metas()) > 1
    # The form reads the meta on screen too; no other meta is read.
    assert set(metas_read) == {meta.stable_id}
    assert not _note(window).isVisible()
