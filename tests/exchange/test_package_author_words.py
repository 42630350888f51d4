"""Who changed a figure by a unit's package is said in words, as the unit's own export is.

Seen at 1366×768 in «Cerrar o reabrir un trimestre»: «Cerrado el 05/12/2026 a las 21:20
(Paquete unidad 004 #1).», and the same «Paquete unidad 004 #1» in the history; the unit's
PC says «Paquete exportado, envío número 1» and the board «Envío n.º».
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import quarter_state
from tests.exchange.package_builders import coordinator_file, export_unit, seed_store

ESTUDIOS = "56190ba47cf2b956"  # ESTUDIOS SOCIOECONÓMICOS, unit 004: 761 achieved of 900
WORDS = "Paquete de la unidad 004, envío número 1"


def test_the_closing_and_the_history_name_the_package_in_words(
    seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as unit:
        meta = unit.reports.load().meta_by_id(ESTUDIOS)  # type: ignore[union-attr]
        assert meta is not None
        typed = with_achieved(meta, Quarter.FIRST, Decimal(800))
        unit.edits.save(2024, meta, typed, Author("Unidad 004", "ana"))
        package = export_unit(unit, tmp_path / "unidad")
    with Store.open(coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")) as store:
        apply_package(store, check_package(store, package))

        closed, said = quarter_state(store, 2024, UnitCode("004"), Quarter.FIRST)
        history = store.edits.history(2024, ESTUDIOS)

    assert closed
    # Mid-sentence, in lower case: «Cerrado el … (paquete de la unidad 004, envío número 1).»
    assert said.endswith("(paquete de la unidad 004, envío número 1).")
    assert [entry.author.profile for entry in history] == [WORDS]
