"""What a justification answered travels in the unit's package; an older package reads as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_report
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.export.validation import rules_validator
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import NOW, edit_data, members, seed_store

AT = "2024-04-10T09:30:00-07:00"


def _justified_package(seed_text: str, folder: Path) -> tuple[Path, JustificationKey, str]:
    """Unit 004's package with its first warning justified as it reads now."""
    with seed_store(seed_text) as unit:
        report = unit.reports.load()
        assert report is not None
        warning = validate_report(report, Quarter.FIRST, unit=UnitCode("004")).warnings[0]
        key = JustificationKey.of(2024, warning)
        answer = Justification.justified(key, "Se explicó.", "ana", AT, (warning.message,))
        unit.justifications.save(answer)
        path = export_package(
            unit,
            UnitCode("004"),
            Quarter.FIRST,
            folder,
            validate=rules_validator(unit.justifications.for_year),
            now=NOW,
        ).path
    return path, key, warning.message


def _answers(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        warning["justificacion"]
        for meta in data["metas"]
        for warning in meta["avisos"]
        if warning["justificacion"] is not None
    ]


def test_the_answered_warning_travels_and_is_stored_by_the_coordinator(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    path, key, message = _justified_package(seed_text, tmp_path / "unidad")
    (sent,) = _answers(json.loads(members(path)["datos.json"]))

    apply_package(coordinator, check_package(coordinator, path))

    assert sent["respondia"] == [message]
    stored = coordinator.justifications.get(key)
    assert stored is not None
    assert stored.answered == (message,)


def test_a_package_of_an_older_version_is_received_as_before(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    path, key, _ = _justified_package(seed_text, tmp_path / "unidad")

    def older(data: dict[str, Any]) -> None:
        for answer in _answers(data):
            del answer["respondia"]

    apply_package(
        coordinator, check_package(coordinator, edit_data(path, tmp_path / "v.zip", older))
    )

    stored = coordinator.justifications.get(key)
    assert stored == Justification.justified(key, "Se explicó.", "ana", AT)
    assert stored is not None
    assert stored.answered is None


@pytest.mark.parametrize("given", ["un texto", [1], {"a": "b"}, ["x" * 20_001]])
def test_an_answer_of_the_wrong_shape_refuses_the_package_saying_where(
    seed_text: str, coordinator: Store, tmp_path: Path, given: object
) -> None:
    path, _, _ = _justified_package(seed_text, tmp_path / "unidad")

    def broken(data: dict[str, Any]) -> None:
        for answer in _answers(data):
            answer["respondia"] = given

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, edit_data(path, tmp_path / "roto.zip", broken))

    assert (
        "la lista de avisos a los que respondía la justificación de un aviso de la meta «"
        in refused.value.reason
    )
    assert coordinator.justifications.for_year(2024) == []


def test_an_answer_quoting_a_character_that_is_not_text_is_kept_as_sent(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    path, key, _ = _justified_package(seed_text, tmp_path / "unidad")
    quoted = ["La evaluación tiene «\x0b» y «\ud800»."]

    def odd(data: dict[str, Any]) -> None:
        for answer in _answers(data):
            answer["respondia"] = quoted

    apply_package(coordinator, check_package(coordinator, edit_data(path, tmp_path / "r.zip", odd)))

    stored = coordinator.justifications.get(key)
    assert stored is not None
    assert stored.answered == tuple(quoted)
