"""A reopened quarter's changes read one line per field changed, as the package leaves it.

A unit that corrected four spelling mistakes in one evaluation (four edits, four undo steps)
sent a package whose review said «cambió 4 cifras o textos» and listed the same evaluation
four times: the reopening's trail carried each edit of the unit's history.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.diff import diff_text
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.transfers import export_unit_package
from tests.workspace.conftest import STUDIES, by_name
from tests.workspace.two_pcs import next_second, seed_workspace

UNIT, T1 = UnitCode("004"), Quarter.FIRST
# Four spelling mistakes, each fixed by its own edit, as a person fixes them one by one.
TYPOS = (("PRIEMR", "PRIMER"), ("NESTE", "ESTE"), ("LLLEVÓ", "LLEVÓ"), ("ASESORIAS", "ASESORÍAS"))
MISSPELT = "EN EL PRIEMR TRIMESTRE NESTE SE LLLEVÓ 761 ASESORIAS."


def test_four_edits_of_one_evaluation_read_as_one_changed_text(
    tmp_path: Path, seed_path: Path
) -> None:
    at_unit = seed_workspace(tmp_path / "unidad.sqlite3", seed_path, at_unit=True)
    coordinator = seed_workspace(tmp_path / "coordinadora.sqlite3", seed_path, at_unit=False)
    meta = by_name(at_unit, STUDIES)
    at_unit.edit_meta(with_evaluation(meta, T1, MISSPELT))
    first = export_unit_package(at_unit.store, UNIT, T1, tmp_path / "p1", year=2024)
    apply_package(coordinator.store, check_package(coordinator.store, first.path))
    next_second()
    reopen_quarter(at_unit.store, 2024, UNIT, T1, "Acentos", at_unit.author)
    next_second()
    text = MISSPELT
    for wrong, right in TYPOS:
        text = text.replace(wrong, right)
        at_unit.edit_meta(with_evaluation(by_name(at_unit, STUDIES), T1, text))
    # A figure typed and then put back is no change either.
    typed = by_name(at_unit, STUDIES)
    at_unit.edit_meta(with_achieved(typed, T1, Decimal(762)))
    at_unit.edit_meta(with_achieved(by_name(at_unit, STUDIES), T1, typed.num.achieved[0]))
    second = export_unit_package(at_unit.store, UNIT, T1, tmp_path / "p2", year=2024)
    next_second()
    reopen_quarter(coordinator.store, 2024, UNIT, T1, "Acentos", coordinator.author)

    review = diff_text(check_package(coordinator.store, second.path).diff)

    trail = review[review.index("la unidad reabrió") :]
    assert "después cambió 1 cifra o texto:" in trail
    (line,) = [row for row in trail.splitlines()[1:] if row.strip()]
    # The text as it was before the first correction, and as the package carries it.
    assert line == (
        f"    {STUDIES} · Evaluación cualitativa T1: «EN EL PRIEMR TRIMESTRE NESTE SE LLLEVÓ 761 "
        "ASESORIAS.» → «EN EL PRIMER TRIMESTRE ESTE SE LLEVÓ 761 ASESORÍAS.»"
    )
