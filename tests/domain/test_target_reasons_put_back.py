"""A recorded target change that a later one put back gives no reason for the target."""

from __future__ import annotations

from ism_desktop.domain.audit import Author, TargetChange, TargetChangeReason
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import (
    Justification,
    JustificationKey,
    with_recorded_target_reasons,
)

UNIT, BASE = Author("Unidad 004", "ana"), Author("Programa base #2 de la unidad coordinadora", "-")
KEY = JustificationKey(2024, "m1", Quarter.SECOND, "META_MODIFICADA")
OWN = Justification.justified(KEY, "Recorte de abril.", "ana", "2024-04-01T10:00:00+00:00", ())


def _change(at: str, who: Author, field: str, old: str, new: str, why: str) -> TargetChange:
    return TargetChange(at, who, field, old, new, TargetChangeReason(why))


ASKED = _change("2024-05-01T10:00:00+00:00", UNIT, "modificado.t3.num", "30", "40", "Dos más")
PUT_BACK = (
    _change("2024-06-01T10:00:00+00:00", BASE, "modificado.t3.num", "40", "30.00", "Base #2"),
    _change("2024-06-01T10:00:00+00:00", BASE, "modificado.anual.num", "130", "120", "Base #2"),
)


def test_a_change_put_back_with_its_annual_total_leaves_the_own_answer() -> None:
    found = with_recorded_target_reasons([OWN], {"m1": [ASKED, *PUT_BACK]}, 2024, (Quarter.SECOND,))

    assert found == [OWN]


def test_a_change_still_in_force_gives_its_reason() -> None:
    [found] = with_recorded_target_reasons([OWN], {"m1": [ASKED]}, 2024, (Quarter.SECOND,))

    assert found.text == "Cambio de meta registrado: Dos más"


def test_a_later_change_to_another_figure_is_no_putting_back() -> None:
    other = _change("2024-06-01T10:00:00+00:00", BASE, "modificado.t3.num", "40", "35", "Base")

    [found] = with_recorded_target_reasons([OWN], {"m1": [ASKED, other]}, 2024, (Quarter.SECOND,))

    assert found.text == "Cambio de meta registrado: Base"
