"""Hostile justifications in a unit's package: one answer per warning, each within its limits.

A package carries at most one justification per warning (a rule of a meta). Two different ones
for the same warning, an over-long text or author are refused with a Spanish reason naming the
meta, the store unchanged; the same answer twice is one. The packages are made by the program,
then edited here (and re-hashed, as a careless or hostile sender could).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import edit_data
from tests.exchange.test_justification_answers_travel import _justified_package

META = "CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE VIO…"


def _answered(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The meta whose warning the unit justified, and that warning."""
    for meta in data["metas"]:
        for warning in meta["avisos"]:
            if warning["justificacion"] is not None:
                return meta, warning
    raise AssertionError("the package justifies no warning")


def _twice_differently(data: dict[str, Any]) -> None:
    meta, warning = _answered(data)
    other = copy.deepcopy(warning)
    other["justificacion"]["texto"] = "Otra explicación, que contradice la primera."
    meta["avisos"].append(other)


def _acknowledged_too(data: dict[str, Any]) -> None:
    meta, warning = _answered(data)
    other = copy.deepcopy(warning)
    other["justificacion"] = {**other["justificacion"], "enterado": True, "texto": ""}
    meta["avisos"].insert(0, other)


def _too_long(data: dict[str, Any]) -> None:
    _answered(data)[1]["justificacion"]["texto"] = "A" * 25_000


def _author_too_long(data: dict[str, Any]) -> None:
    _answered(data)[1]["justificacion"]["autor"] = "C" * 300


REFUSED: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "dos textos": (_twice_differently, "trae dos justificaciones distintas del mismo aviso"),
    "texto y enterado": (_acknowledged_too, "trae dos justificaciones distintas del mismo aviso"),
    "texto largo": (_too_long, "máx. 20\u00a0000 caracteres (tiene 25\u00a0000)"),
    "autor largo": (_author_too_long, "máx. 200 caracteres (tiene 300)"),
}


@pytest.mark.parametrize(("edit", "said"), REFUSED.values(), ids=REFUSED.keys())
def test_a_hostile_justification_is_refused_and_nothing_stored(
    seed_text: str,
    coordinator: Store,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    said: str,
) -> None:
    path, _key, _message = _justified_package(seed_text, tmp_path / "unidad")
    hostile = edit_data(path, tmp_path / "hostil.zip", edit)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, hostile)

    assert said in refused.value.reason
    assert f"«{META}»" in refused.value.reason
    assert coordinator.justifications.for_year(2024) == []


def _received(
    seed_text: str, coordinator: Store, folder: Path, added: Callable[[dict[str, Any]], Any]
) -> tuple[JustificationKey, list[Justification]]:
    """Receive the unit's package with ``added(warning)`` appended to the justified meta's
    warnings; the key of the warning justified, and what the coordinator then stores."""
    path, key, _message = _justified_package(seed_text, folder / "unidad")

    def edit(data: dict[str, Any]) -> None:
        meta, warning = _answered(data)
        meta["avisos"].append(added(copy.deepcopy(warning)))

    unanswered = check_package(coordinator, path).received.unresolved_warnings
    received = check_package(coordinator, edit_data(path, folder / "recibido.zip", edit))
    # The warning added carries its answer: no more are counted as unanswered than before.
    assert received.received.unresolved_warnings == unanswered
    apply_package(coordinator, received)
    return key, coordinator.justifications.for_year(2024)


def test_the_same_answer_twice_is_stored_once(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    key, stored = _received(seed_text, coordinator, tmp_path, lambda warning: warning)

    assert [(item.key, item.text) for item in stored] == [(key, "Se explicó.")]


def test_an_answer_to_a_rule_this_version_does_not_know_is_kept(
    seed_text: str, coordinator: Store, tmp_path: Path
) -> None:
    # A newer version's rule: refusing it would refuse every package of a unit updated first.
    key, stored = _received(
        seed_text, coordinator, tmp_path, lambda warning: {**warning, "regla": "REGLA_FUTURA"}
    )

    assert sorted(item.key.rule for item in stored) == sorted([key.rule, "REGLA_FUTURA"])
