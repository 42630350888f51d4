"""After receiving, the summary fits the screen whatever the batch: counts, then the lines."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.store.store import Store
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory
from tests.gui.received_boxes import plain_words, received_said

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _refused(count: int) -> list[ReceiveOutcome]:
    return [
        ReceiveOutcome(
            Path(f"/paquetes/unidad_{n:03}.ismpaq"),
            error=f"«unidad_{n:03}.ismpaq»: el envío número 1 no es posterior al último "
            "recibido (1)",
        )
        for n in range(1, count + 1)
    ]


def _unit_package(seed_text: str, folder: Path) -> Path:
    """Unit 004's package of the seed programme, as its PC exports it."""
    with seed_store(seed_text) as store:
        return export_unit(store, folder)


def _shown(
    window_factory: WindowFactory, qtbot: QtBot, results: list[ReceiveOutcome]
) -> list[QMessageBox | str]:
    window = window_factory(COORDINATOR)
    shown: list[QMessageBox | str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    with pytest.MonkeyPatch.context() as patch:
        for name in ("information", "warning"):
            patch.setattr(
                QMessageBox, name, lambda _p, _t, text, *_a: shown.append(plain_words(text))
            )
        patch.setattr(QMessageBox, "exec", exec_box)
        window.coordination._on_applied(results)
    return shown


def test_sixty_files_are_counted_and_listed_apart(open_window: WindowFactory, qtbot: QtBot) -> None:
    (shown,) = _shown(open_window, qtbot, _refused(60))

    assert isinstance(shown, QMessageBox), "sixty lines in one box run off a 768-pixel screen"
    text, details = plain_words(shown.text()), shown.detailedText()
    assert text.splitlines()[0] == "Ningún paquete se guardó: 60 rechazados."
    assert len(text.splitlines()) <= 12
    assert details.count("Rechazado «unidad_") == 60
    assert "«unidad_060.ismpaq»" in details
    with qtbot.waitExposed(shown):
        shown.show()
    assert shown.frameGeometry().height() <= 600
    shown.close()


def test_a_few_files_are_said_in_one_box(open_window: WindowFactory, qtbot: QtBot) -> None:
    (shown,) = _shown(open_window, qtbot, _refused(3))

    assert isinstance(shown, str)
    lines = shown.splitlines()
    assert lines[:2] == ["Ningún paquete se guardó: 3 rechazados.", ""]
    assert [line.split(":")[0] for line in lines[2:]] == [
        "Rechazado «unidad_001.ismpaq»",
        "Rechazado «unidad_002.ismpaq»",
        "Rechazado «unidad_003.ismpaq»",
    ]


def test_the_final_box_says_the_refused_files_of_the_review(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    """«2 válidos, 6 rechazados» in the review, then only «Se guardaron 2»: the README says both."""
    package = _unit_package(seed_text, tmp_path)
    broken = tmp_path / "dañado.zip"
    broken.write_bytes(b"esto no es un zip")
    window = open_window(COORDINATOR)
    said = received_said(window, qtbot, [package, broken])

    (text,) = said
    lines = text.splitlines()
    assert lines[0] == "Se guardó 1 paquete; 1 rechazado."
    assert lines[2].startswith("Rechazado «dañado.zip»")  # the refusal first, with its reason
    assert lines[3].startswith("Recibido «")


BOARD_LINE = "Quién falta y cómo va cada unidad: Coordinación → Tablero de entregas…"


def test_a_received_report_says_where_to_see_who_is_missing(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    """A first reader of «Se guardó 1 paquete» did not know what to do next."""
    package = _unit_package(seed_text, tmp_path)
    window = open_window(COORDINATOR)

    (text,) = received_said(window, qtbot, [package])
    lines = text.splitlines()
    assert lines[0] == "Se guardó 1 paquete."
    assert lines[-2:] == ["", BOARD_LINE]


def test_nothing_received_points_nowhere(open_window: WindowFactory, qtbot: QtBot) -> None:
    (shown,) = _shown(open_window, qtbot, _refused(2))

    assert isinstance(shown, str)
    assert BOARD_LINE not in shown


REQUESTS_LINE = (
    "Solicitudes de cambio de meta por decidir: Coordinación → Solicitudes de cambio de meta…"
)


def _package_asking_a_target_change(seed_text: str, folder: Path) -> Path:
    """Unit 004's package asking APOYO's T2 from 500 to 450, as its PC exports it."""
    with seed_store(seed_text) as coordinator, Store.in_memory() as unit:
        base = export_base(coordinator, UnitCode("004"), folder / "base").path
        apply_package(unit, check_package(unit, base))
        report = unit.reports.load()
        assert report is not None
        before = report.meta_by_id("f567812178fe0372")
        assert before is not None
        after = with_modified(before, Quarter.SECOND, Decimal(450))
        reason = TargetChangeReason("Recorte de personal")
        unit.edits.save(2024, before, after, Author("Unidad 004", "luis"), reason)
        return export_unit(unit, folder / "envio")


def test_a_received_request_says_where_it_is_decided(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    """«solicitud … (por decidir)» and only the board named: a first reader looked for where."""
    window = open_window(COORDINATOR)
    asking = _package_asking_a_target_change(seed_text, tmp_path)
    (text,) = received_said(window, qtbot, [asking])

    assert "(por decidir)" in text
    assert text.splitlines()[-3:] == [BOARD_LINE, "", REQUESTS_LINE]
    # The entry named is the window's own, word for word.
    (menu,) = [
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "Coordinación"
    ]
    assert isinstance(menu, QMenu)
    entries = [action.text().replace("&", "") for action in menu.actions()]
    assert "Solicitudes de cambio de meta…" in entries


def test_a_report_without_a_request_names_no_requests_window(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    window = open_window(COORDINATOR)

    (text,) = received_said(window, qtbot, [_unit_package(seed_text, tmp_path)])
    assert REQUESTS_LINE not in text
