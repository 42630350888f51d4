"""A package whose figures break the review's rules says so when it is received.

Walking the coordinator's quarter: unit 006's package came with an empty evaluation and a
fraction of INFORME (edited after the export, or written by another version of the program).
The review and the box said «21 avisos, 21 sin justificar», as for a clean package; only the
status board, opened later, counted its 2 errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.store.store import Store
from tests.exchange.package_builders import edit_data

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004, ESTUDIO: a count, T1 realized 761


def _broken(data: dict[str, Any]) -> None:
    (meta,) = [m for m in data["metas"] if m["descripcion"] == STUDIES]
    meta["evaluacion"]["1"] = ""  # the evaluation is required: an error
    meta["num"][10] = 761.5  # a fraction of a unit that counts: another
    meta["met"][10] = 761.5


def test_the_errors_a_package_brings_are_counted_before_and_after_saving(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    package = edit_data(unit_package, tmp_path / unit_package.name, _broken)

    checked = check_package(coordinator, package)
    review = ReceiveOutcome(package, checked).summary()
    saved = ReceiveOutcome(package, checked, applied=True).summary()

    for said in (review, saved):
        assert "; 2 errores de la revisión en 1 meta; " in said
        assert "sin justificar. " in said


def test_a_clean_package_says_no_errors(coordinator: Store, unit_package: Path) -> None:
    said = ReceiveOutcome(unit_package, check_package(coordinator, unit_package)).summary()

    assert "error" not in said
