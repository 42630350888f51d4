"""A document authorising a target change is read back as it was accepted, wherever it goes.

The coordinating unit approves a request with the number of its document, up to 2 000
characters; the stored change read it back cut at 400 («…»), in the history, the
justification it makes and the package sent, and a package carrying it was refused for the
unit's 400. A document some path accepted is never cut nor refused; only what an older version
stored unchecked (a character that is not text, or longer than any path stores) is made
readable.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.limits import MAX_REASON_CHARS
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import with_recorded_target_reasons
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.store.store import Store
from ism_desktop.workspace.target_requests import decide_request
from tests.exchange.package_builders import NOW, coordinator_file, no_findings
from tests.exchange.test_target_decisions import APOYO, COORDINATOR, UNIT

# 516 characters: within what a decision may carry, over the 400 a unit types.
DOCUMENT = "OFICIO ISM/DEST/" + "1234567890" * 50
LUIS = Author("Unidad 004", "luis")


def _receive(store: Store, path: Path) -> None:
    apply_package(store, check_package(store, path))


def _approved(coordinator: Store, unit: Store, folder: Path) -> None:
    """The unit asks T2 450 of APOYO; the coordinator approves it with ``DOCUMENT``."""
    _receive(unit, export_base(coordinator, UNIT, folder / "base").path)
    before = unit.reports.load_year_metas(2024)
    meta = next(m for m in before if m.stable_id == APOYO)
    asked = with_modified(meta, Quarter.SECOND, Decimal(450))
    unit.edits.save(2024, meta, asked, LUIS, TargetChangeReason("Recorte de personal"))
    sent = export_package(unit, UNIT, Quarter.FIRST, folder / "1", validate=no_findings, now=NOW)
    _receive(coordinator, sent.path)
    [quarterly] = [
        r for r in coordinator.target_requests.pending(2024) if r.field == "modificado.t2.num"
    ]
    decide_request(coordinator, quarterly.request_id, True, DOCUMENT, COORDINATOR)


def test_an_approved_document_is_read_back_whole_at_the_coordinator(
    seed_text: str, tmp_path: Path
) -> None:
    path = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    with Store.open(path) as coordinator, Store.open(tmp_path / "unidad.sqlite3") as unit:
        _approved(coordinator, unit, tmp_path)

    with Store.open(path) as coordinator:
        changes = coordinator.edits.target_changes(2024, APOYO)
        assert changes[-1].reason.document == DOCUMENT
        [justified, *_] = with_recorded_target_reasons([], {APOYO: changes}, 2024)
        assert justified.text.endswith(f"(documento {DOCUMENT})")


def test_an_approved_document_travels_to_the_unit_and_back(seed_text: str, tmp_path: Path) -> None:
    path = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    with Store.open(path) as coordinator, Store.open(tmp_path / "unidad.sqlite3") as unit:
        _approved(coordinator, unit, tmp_path)
        # The decision goes in the programa base; the unit reads it whole.
        _receive(unit, export_base(coordinator, UNIT, tmp_path / "base2").path)
        decided = [d for d in unit.decisions.for_year(2024) if d.field == "modificado.t2.num"]
        assert [d.document for d in decided] == [DOCUMENT]

        # A package of the unit made from these figures carries the change and its document:
        # another coordinator's PC receives it as a request, the document whole. Made from a
        # database that does not say whose it is (as a fresh import): the coordinator's own
        # refuses to write a unit's package, which would close the unit's quarter there.
        coordinator._db.execute("DELETE FROM pc_identity")
        sent = export_package(
            coordinator, UNIT, Quarter.FIRST, tmp_path / "2", validate=no_findings, now=NOW
        )
        with Store.open(coordinator_file(seed_text, tmp_path / "otra.sqlite3")) as other:
            _receive(other, sent.path)
            asked = other.target_requests.pending(2024)
            assert {r.document for r in asked if r.field == "modificado.t2.num"} == {DOCUMENT}


def test_a_document_an_older_version_stored_unchecked_is_made_readable(
    seed_text: str, tmp_path: Path
) -> None:
    path = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    with Store.open(path) as store:
        meta = next(m for m in store.reports.load_year_metas(2024) if m.stable_id == APOYO)
        after = with_modified(meta, Quarter.SECOND, Decimal(450))
        store.edits.save(2024, meta, after, COORDINATOR, TargetChangeReason("Ajuste", "OF-1"))
        longest = "D" * (MAX_REASON_CHARS + 5)
        store._db.execute("UPDATE target_changes SET document = ?", [longest])
        assert store.edits.target_changes(2024, APOYO)[-1].reason.document == (
            "D" * (MAX_REASON_CHARS - 1) + "…"
        )
        store._db.execute("UPDATE target_changes SET document = ?", ["OF\x07-1"])
        assert store.edits.target_changes(2024, APOYO)[-1].reason.document == "OF-1"
