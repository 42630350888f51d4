"""A batch checked before it is applied: the check rehearses it, and leaves nothing behind.

The window checks a batch, shows it, then applies what passed; the check applies each file in
turn inside a transaction it then undoes, so that each is judged as it will be applied.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.intake.outcomes import batch_message
from ism_desktop.exchange.intake.packages import (
    ReceiveOutcome,
    apply_checked,
    apply_package,
    check_package,
    receive_packages,
)
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.store.store import Store
from ism_desktop.workspace import transfers
from ism_desktop.workspace.spelling_words import keep_coordination_words
from tests.exchange.package_builders import NOW, coordinator_file, no_findings, seed_store

UNIT = UnitCode("004")
STUDIES = "56190ba47cf2b956"


def _applied(store: Store, paths: list[Path]) -> tuple[list[ReceiveOutcome], list[ReceiveOutcome]]:
    """The window's way: the check, then what passed applied (each checked again first)."""
    checked = receive_packages(store, paths, dry_run=True)
    applied = iter(apply_checked(store, checked))
    return checked, [o if o.incoming is None else next(applied) for o in checked]


def test_checking_a_base_writes_nothing_beside_the_database(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    # A base carries the last sequence the coordinator received from the unit; applying it
    # raises the unit's next number in a file beside the database, which no rollback undoes.
    with seed_store(seed_text) as unit_pc:
        for quarter in (Quarter.FIRST, Quarter.SECOND):
            sent = export_package(
                unit_pc, UNIT, quarter, tmp_path / quarter.name, validate=no_findings, now=NOW
            )
            apply_package(coordinator, check_package(coordinator, sent.path))
    base = export_base(coordinator, UNIT, tmp_path / "base", now=NOW).path
    database = tmp_path / "unidad.sqlite3"
    Store.open(database).close()
    before = sorted(path.name for path in tmp_path.iterdir())

    with Store.open(database) as unit:
        [outcome] = receive_packages(unit, [base], dry_run=True)
        assert (outcome.error, outcome.applied) == (None, False)
        assert unit.received.history() == []

    assert sorted(path.name for path in tmp_path.iterdir()) == before


def test_a_units_base_and_observations_are_taken_in_the_order_they_were_sent(
    coordinator: Store, tmp_path: Path
) -> None:
    # The coordinator numbers everything it sends a unit in one sequence: base 1, then the
    # observations of T1 (2) and T2 (3). Picked in another order, the observations came first
    # and were refused for want of the base; or passed the check and were refused on apply.
    base = export_base(coordinator, UNIT, tmp_path / "base", now=NOW).path
    coordinator.observations.add(
        Observation(
            2024, Quarter.FIRST, STUDIES, "Revisar T1.", "Lucía", "2024-04-15T09:00:00-07:00"
        )
    )
    first = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "o1", now=NOW).path
    coordinator.observations.add(
        Observation(
            2024, Quarter.SECOND, STUDIES, "Revisar T2.", "Lucía", "2024-07-15T09:00:00-07:00"
        )
    )
    second = export_observations(coordinator, UNIT, Quarter.SECOND, tmp_path / "o2", now=NOW).path

    with Store.open(tmp_path / "unidad.sqlite3") as unit:
        checked, applied = _applied(unit, [second, base, first])
        texts = sorted(o.text for o in unit.observations.for_meta(2024, STUDIES))

    assert [o.error for o in checked] == [None, None, None]
    assert [o.error for o in applied] == [None, None, None]
    assert texts == ["Revisar T1.", "Revisar T2."]


def test_the_newest_bases_words_are_kept_whatever_the_order_picked(
    coordinator: Store, tmp_path: Path
) -> None:
    older = export_base(coordinator, UNIT, tmp_path / "1", now=NOW, words=["antigua"]).path
    coordinator.reports.set_current_period(2024, Quarter.SECOND)
    newer = export_base(coordinator, UNIT, tmp_path / "2", now=NOW, words=["reciente"]).path
    (tmp_path / "datos").mkdir()
    files = SpellingFiles(tmp_path / "recursos", tmp_path / "datos")

    with Store.open(tmp_path / "unidad.sqlite3") as unit:
        checked = transfers.check_packages(unit, [newer, older], IntakeOptions())
        results, _copy = transfers.apply_packages(unit, checked)
        keep_coordination_words(results, files)

    kept = files.coordination.read_text(encoding="utf-8").splitlines()
    assert [word for word in kept if not word.startswith("#")] == ["reciente"]


def test_the_same_package_twice_in_a_batch_is_said_to_be_repeated(
    seed_text: str, tmp_path: Path
) -> None:
    # The check said the second copy «ya se recibió», when nothing had been received.
    with seed_store(seed_text) as unit_pc:
        sent = export_package(unit_pc, UNIT, Quarter.FIRST, tmp_path / "p", validate=no_findings)
    copy = tmp_path / "descargas" / "ETCA-III-04_2024_T1_unidad_004 (1).ismpaq"
    copy.parent.mkdir()
    copy.write_bytes(sent.path.read_bytes())
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")

    with Store.open(database) as store:
        checked, applied = _applied(store, [sent.path, copy])
        received = [p.sequence for p in store.received.history()]

    repeated = (
        f"«{copy.name}»: viene repetido en este lote: «{sent.path.name}» trae el mismo "
        "envío número (1) de la unidad 004; se recibe una sola vez"
    )
    assert [o.error for o in checked] == [None, repeated]
    assert [o.error for o in applied] == [None, repeated]
    assert received == [1]
    # Its count said «otro más reciente lo reemplaza»: nothing newer came, it is the same one.
    assert batch_message(applied)[0].splitlines()[0] == (
        "Se guardó 1 paquete; 1 omitido (repetido en el lote; se recibe una sola vez)."
    )


@pytest.mark.parametrize("window", [False, True])
def test_a_base_is_not_set_aside_for_a_newer_one_when_observations_come_between(
    coordinator: Store, tmp_path: Path, window: bool
) -> None:
    # Base 1, observations 2, base 3: the first base was set aside for the third, and the
    # observations, which need a base, were refused and could not be received again.
    base = export_base(coordinator, UNIT, tmp_path / "b1", now=NOW).path
    coordinator.observations.add(
        Observation(
            2024, Quarter.FIRST, STUDIES, "Anexe la lista.", "Lucía", "2024-04-15T09:00:00-07:00"
        )
    )
    notes = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "o2", now=NOW).path
    report = coordinator.reports.load()
    assert report is not None
    meta = report.meta_by_id(STUDIES)
    assert meta is not None
    coordinator.edits.save(
        2024,
        meta,
        with_modified(meta, Quarter.SECOND, Decimal(99)),
        Author("Unidad coordinadora (002)", "lucía"),
        TargetChangeReason("Oficio"),
    )
    newer_base = export_base(coordinator, UNIT, tmp_path / "b3", now=NOW).path

    with Store.open(tmp_path / "unidad.sqlite3") as unit:
        batch = [base, notes, newer_base]
        outcomes = _applied(unit, batch)[1] if window else receive_packages(unit, batch)
        texts = [o.text for o in unit.observations.for_meta(2024, STUDIES)]

    assert [outcome.error for outcome in outcomes] == [None, None, None]
    assert texts == ["Anexe la lista."]
