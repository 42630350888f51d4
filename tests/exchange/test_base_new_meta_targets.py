"""A new meta in a programme base shows in the review the targets it brings, not only «nueva».

The review said «Meta nueva del programa base» for each meta and never the targets arriving:
the unit took a year's programme without seeing what it would be measured against. The audit
trail keeps its line as it was: what a meta holds is in the meta.
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.diff import diff_text
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.store.store import Store
from tests.exchange.package_builders import NOW

ESTUDIOS = "56190ba47cf2b956"
# The sample's «ESTUDIOS SOCIOECONÓMICOS» of unit 004: 900, 900, 800 and 800, 3400 a year.
BROUGHT = "Meta anual 3400: T1 900, T2 900, T3 800, T4 800"


def test_the_review_shows_the_targets_a_new_meta_brings_and_the_audit_trail_does_not(
    coordinator: Store, tmp_path: Path
) -> None:
    path = export_base(coordinator, UnitCode("004"), tmp_path, now=NOW).path

    with Store.in_memory() as unit:
        incoming = check_package(unit, path)
        apply_package(unit, incoming)
        history = unit.edits.history(2024, ESTUDIOS)

    [estudios] = [meta for meta in incoming.diff.metas if meta.meta_id == ESTUDIOS]
    assert [(line.label, line.old, line.new) for line in estudios.lines] == [
        ("Meta nueva del programa base", "", BROUGHT)
    ]
    assert f"    Meta nueva del programa base: {BROUGHT}\n" in diff_text(incoming.diff)
    assert [(e.change.field, e.change.label, e.change.old, e.change.new) for e in history] == [
        ("meta", "Meta nueva del programa base", "", "")
    ]
