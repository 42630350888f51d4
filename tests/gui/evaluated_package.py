"""Unit 004's package, checked at the coordinator, after it wrote an evaluation of ESTUDIOS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import receive_packages
from tests.exchange.package_builders import export_unit, seed_store

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def evaluated_outcome(tmp_path: Path, seed_text: str, text: str) -> ReceiveOutcome:
    """The review's outcome (nothing received) of 004's package with ``text`` as T1's evaluation."""
    with seed_store(seed_text) as unit:
        report = unit.reports.load()
        assert report is not None
        before = next(m for m in report.metas if m.description == STUDIES)
        unit.edits.save(
            2024, before, with_evaluation(before, Quarter.FIRST, text), Author("U", "u")
        )
        package = export_unit(unit, tmp_path / "paquete")
    with seed_store(seed_text) as coordinator:
        [outcome] = receive_packages(coordinator, [package], dry_run=True)
    return outcome


def evaluation_line(tree: QTreeWidget) -> QTreeWidgetItem:
    """The review's line of ESTUDIOS' evaluation, under the first file."""
    item = tree.topLevelItem(0)
    assert item is not None
    metas = [item.child(n) for n in range(item.childCount())]
    studies = next(m for m in metas if m is not None and STUDIES in m.text(0))
    leaves = [studies.child(n) for n in range(studies.childCount())]
    return next(x for x in leaves if x is not None and x.text(0).startswith("Evaluación"))
