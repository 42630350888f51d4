"""The change-requests window among dependencies whose unit codes repeat.

Two requests of «003» read alike: the 003 of dependency 51 or that of 84? Approving one of
them, the coordinator could not tell which unit it answered. With one dependency the column
reads as before.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.gui.year_dialogs import RequestsDialog

pytestmark = pytest.mark.gui


def _request(entity: str, number: int) -> TargetChangeRequest:
    return TargetChangeRequest(
        2024, entity, UnitCode("003"), f"meta-{number}", "modified_q2", "Modificado T2 (NUM)",
        "5", "6", "motivo", "", "2024-05-01T10:00:00-07:00", 1, request_id=number,
    )  # fmt: skip


def _units(dialog: RequestsDialog) -> list[str]:
    cells = [dialog.table.item(row, 1) for row in range(dialog.table.rowCount())]
    return [cell.text() for cell in cells if cell is not None]


@pytest.mark.parametrize(
    ("entities", "expected"),
    [
        (("51", "84"), ["003 (dependencia 51)", "003 (dependencia 84)"]),
        (("30", "30"), ["003", "003"]),
    ],
)
def test_each_request_names_its_unit_s_dependency(
    qtbot: QtBot, entities: tuple[str, str], expected: list[str]
) -> None:
    pending = [_request(entity, n) for n, entity in enumerate(entities, start=1)]
    dialog = RequestsDialog(pending, [], {})
    qtbot.addWidget(dialog)

    assert _units(dialog) == expected
