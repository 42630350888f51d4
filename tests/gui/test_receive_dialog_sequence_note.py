"""The review speaks of the envío number only when it tells something about these packages.

Seen at 1366×768: every review read «El número de envío crece con cada paquete de una unidad:
uno más viejo que el último recibido se rechaza.», also for the first package of each unit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.store.store import Store
from tests.exchange.package_builders import coordinator_file, export_unit, repack, seed_store

pytestmark = pytest.mark.gui
RULE = "El número de envío crece con cada paquete de una unidad"


def _reviewed(qtbot: QtBot, outcomes: list[ReceiveOutcome]) -> str:
    dialog = ReceiveDialog(outcomes)
    qtbot.addWidget(dialog)
    return dialog.summary.text()


def _checked(seed_text: str, tmp_path: Path, sequence: int) -> list[ReceiveOutcome]:
    with seed_store(seed_text) as unit_pc:
        sent = export_unit(unit_pc, tmp_path / "p")

    def numbered(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] = sequence

    package = repack(sent, tmp_path / sent.name, manifest=numbered)
    with Store.open(coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")) as store:
        return receive_packages(store, [package], dry_run=True)


def test_a_package_refused_for_its_number_keeps_the_rule(qtbot: QtBot) -> None:
    refused = ReceiveOutcome(
        Path("/paquetes/unidad_004.ismpaq"),
        error="«unidad_004.ismpaq»: el envío número 1 no es posterior al último recibido (2)",
    )

    assert f"{RULE}: uno más viejo que el último recibido se rechaza." in _reviewed(
        qtbot, [refused]
    )


def test_a_package_refused_for_another_reason_says_nothing_of_numbers(qtbot: QtBot) -> None:
    refused = ReceiveOutcome(
        Path("/paquetes/unidad_004.ismpaq"), error="«unidad_004.ismpaq»: el archivo está dañado"
    )

    assert "envío" not in _reviewed(qtbot, [refused])


SKIPPED = (
    "De la unidad 004 llega el envío número 3 sin haberse recibido los anteriores: un envío "
    "anterior que llegue después se rechazará (el número de envío crece con cada paquete de una "
    "unidad)."
)


@pytest.mark.parametrize(
    ("sequence", "note"),
    [
        (1, ""),  # a unit's first package: nothing to say of its number
        # Envíos 1 and 2 never came: were one to come now, it would be refused as older.
        (3, f"\n{SKIPPED}"),
    ],
)
def test_a_valid_package_speaks_of_its_number_only_when_it_skips_some(
    qtbot: QtBot, seed_text: str, tmp_path: Path, sequence: int, note: str
) -> None:
    checked = _checked(seed_text, tmp_path, sequence)

    said = _reviewed(qtbot, checked)

    assert not checked[0].refused
    assert said.endswith(f"elija «Recibir los paquetes válidos».{note}")
