"""The meta search finds a meta by the names it is listed under: unit, programme, process.

At a state's scale the coordinator looks for a unit by its name among 477: «programas
sociales», the unit's name on the list and in the title bar, answered «Ninguna meta coincide»,
as did «violencia», a word of process names on screen, since only the metas' own words counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.meta_filter_proxy import MetaFilterProxy
from ism_desktop.gui.meta_tree_model import META_ID_ROLE, MetaTreeModel
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _found_units(proxy: MetaFilterProxy, session: ReportSession) -> list[str]:
    """The unit code of each meta the filtered list shows."""
    units: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            stable_id = index.data(META_ID_ROLE)
            if stable_id:
                units.append(session.meta(stable_id).key.unit.value)
            walk(index)

    walk(QModelIndex())
    return units


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


def _proxy(store: Store, profile: PcProfile) -> tuple[MetaFilterProxy, ReportSession]:
    session = ReportSession(store, profile)
    proxy = MetaFilterProxy()
    proxy.setSourceModel(MetaTreeModel(session, proxy))
    return proxy, session


def test_a_units_name_finds_its_metas(store: Store) -> None:
    proxy, session = _proxy(store, COORDINATOR)

    # The seed's 008 «ISM DIRECCIÓN DE PROGRAMAS SOCIALES» has 11 metas, none of them
    # naming it; no other unit's name has these words.
    proxy.set_search("programas sociales")

    assert _found_units(proxy, session) == ["008"] * 11


def test_a_process_name_with_a_units_name_narrows_to_both(store: Store) -> None:
    proxy, session = _proxy(store, COORDINATOR)

    # Process 662 «ACCIONES ORIENTADAS A MODIFICAR CONDUCTAS ESTEREOTIPADAS»: 3 metas of
    # 001, 2 of 005, 1 of 008; no meta's own text says «estereotipadas».
    proxy.set_search("estereotipadas")
    assert sorted(_found_units(proxy, session)) == ["001"] * 3 + ["005"] * 2 + ["008"]

    proxy.set_search("Estereotipadas  programas SOCIALES")
    assert _found_units(proxy, session) == ["008"]


def test_a_units_own_list_finds_by_its_programmes_name(store: Store) -> None:
    proxy, session = _proxy(store, unit_profile("004"))

    # Unit 004 has 6 metas under E408E04 «… SANCIÓN Y ERRADICACIÓN DE LA VIOLENCIA …» and 1
    # under E306E05; none of its metas' own text says «erradicación».
    proxy.set_search("erradicacion")

    assert _found_units(proxy, session) == ["004"] * 6


def test_the_window_lists_a_unit_typed_by_name(open_window: WindowFactory, qtbot: QtBot) -> None:
    window: MainWindow = open_window(COORDINATOR)
    window.search.setFocus()

    qtbot.keyClicks(window.search, "programas sociales")

    qtbot.waitUntil(lambda: len(_found_units(window.proxy, window.session)) == 11, timeout=5000)
    shown = window.form.meta
    assert shown is not None
    assert shown.key.unit.value == "008"
