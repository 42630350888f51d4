"""The navigation model is a well-behaved Qt model over the domain's metas."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.meta_filter_proxy import MetaFilterProxy
from ism_desktop.gui.meta_tree_model import META_ID_ROLE, MetaTreeModel
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store
from tests.gui.conftest import unit_profile

pytestmark = pytest.mark.gui


def _leaf_descriptions(model: MetaTreeModel | MetaFilterProxy) -> list[str]:
    found: list[str] = []

    def walk(parent: object) -> None:
        for row in range(model.rowCount(parent)):  # type: ignore[arg-type]
            index = model.index(row, 0, parent)  # type: ignore[arg-type]
            if index.data(META_ID_ROLE):
                found.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_unit_model_passes_the_model_tester(qtmodeltester: ModelTester, db_path: Path) -> None:
    with Store.open(db_path) as store:
        model = MetaTreeModel(ReportSession(store, unit_profile("004")))
        qtmodeltester.check(model)

        assert len(_leaf_descriptions(model)) == 7


def test_coordinator_model_groups_by_unit_and_passes_the_tester(
    qtmodeltester: ModelTester, db_path: Path
) -> None:
    with Store.open(db_path) as store:
        profile = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
        model = MetaTreeModel(ReportSession(store, profile))
        qtmodeltester.check(model)

        from PySide6.QtCore import QModelIndex

        top = [model.index(r, 0, QModelIndex()).data() for r in range(model.rowCount())]
        assert top[0] == "001 ISM COORDINACIÓN EJECUTIVA"
        assert len(top) == 8
        assert len(_leaf_descriptions(model)) == 56


def test_percent_columns_show_official_and_modified(db_path: Path, qtbot: QtBot) -> None:
    with Store.open(db_path) as store:
        model = MetaTreeModel(ReportSession(store, unit_profile("004")))
        proxy = MetaFilterProxy()
        proxy.setSourceModel(model)
        proxy.set_search("baesvim")

        (description,) = _leaf_descriptions(proxy)
        assert description.startswith("CAPTURA DE EXPEDIENTE")
        (meta,) = [m for m in model.session.metas() if "BAESVIM" in m.description]
        assert model.index_of(meta.stable_id, 1).data() == "362.22%"
        assert model.index_of(meta.stable_id, 2).data() == "108.66%"


def test_search_ignores_accents_and_case(qtmodeltester: ModelTester, db_path: Path) -> None:
    with Store.open(db_path) as store:
        model = MetaTreeModel(ReportSession(store, unit_profile("004")))
        proxy = MetaFilterProxy()
        proxy.setSourceModel(model)
        proxy.set_search("psicologica   Individual")
        qtmodeltester.check(proxy)

        assert _leaf_descriptions(proxy) == ["ATENCIÓN PSICOLÓGICA INDIVIDUAL"]
        proxy.set_search("atención psicológica")
        assert len(_leaf_descriptions(proxy)) == 2
        proxy.set_search("")
        assert len(_leaf_descriptions(proxy)) == 7


def test_every_meta_keeps_the_marks_room_so_the_names_line_up(db_path: Path) -> None:
    # A meta with nothing to mark started 22 px further left than the ones beside it.
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QColor

    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"))
        model = MetaTreeModel(session)
        marks: list[object] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if index.data(META_ID_ROLE):
                    marks.append(index.data(Qt.ItemDataRole.DecorationRole))
                walk(index)

        walk(QModelIndex())

    assert marks
    assert all(isinstance(mark, QColor) for mark in marks)
    assert any(mark.alpha() == 0 for mark in marks if isinstance(mark, QColor))
