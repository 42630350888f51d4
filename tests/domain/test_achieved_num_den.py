"""A tipo P quarter's NUM and DEN are two cells: setting one never empties the other."""

from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from ism_desktop.domain.audit import diff_metas
from ism_desktop.domain.editing import with_achieved, with_fields_of
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_merge import with_programme, with_reported
from ism_desktop.domain.progress import describe_progress
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_meta
from tests.builders import meta, row

NUM, DEN = Decimal(80), Decimal(100)
# What each cell of the quarter holds after the person's action: None is an emptied cell.
ACTIONS: dict[str, tuple[Decimal | None, Decimal | None]] = {
    "NUM vaciado": (None, DEN),
    "DEN vaciado": (NUM, None),
    "ambos vaciados": (None, None),
    "NUM en 0": (Decimal(0), DEN),
    "DEN en 0": (NUM, Decimal(0)),
    "ambos en 0": (Decimal(0), Decimal(0)),
    "NUM cambiado": (Decimal(95), DEN),
}
# The quarter's MET the official form prints after each action (MET = NUM / DEN × 100, cut to
# hundredths; 0.00 where DEN is 0; empty without both figures), worked out by hand.
MET_AFTER: dict[str, Decimal | None] = {
    "NUM vaciado": None,
    "DEN vaciado": None,
    "ambos vaciados": None,
    "NUM en 0": Decimal("0.00"),
    "DEN en 0": Decimal("0.00"),
    "ambos en 0": Decimal("0.00"),
    "NUM cambiado": Decimal("95.00"),
}
CASES = list(product(ACTIONS, Quarter))


def _reported() -> Meta:
    """A tipo P meta with every quarter reported, 80 of 100 (narratives in all four)."""
    text = "SE ATENDIÓ EL 80 % DE LAS SOLICITUDES RECIBIDAS EN EL TRIMESTRE CONFORME AL PLAN."
    return meta(
        row((80, 80, 80, 80), achieved=(80, 80, 80, 80)),
        row((100, 100, 100, 100), achieved=(100, 100, 100, 100)),
        cumulative=False,
        unit_of_measure="PORCENTAJE",
        evaluations=dict.fromkeys(Quarter, text),
    )


def _ids(case: tuple[str, Quarter]) -> str:
    return f"{case[0]} T{int(case[1])}"


@pytest.mark.parametrize(("action", "quarter"), CASES, ids=map(_ids, CASES))
def test_each_cell_keeps_what_was_typed_in_it(action: str, quarter: Quarter) -> None:
    before = _reported()
    num, den = ACTIONS[action]

    after = with_achieved(before, quarter, num, den)

    assert after.den is not None
    assert after.num.achieved[quarter.index] == num
    assert after.den.achieved[quarter.index] == den
    for other in Quarter:
        if other is not quarter:
            assert after.num.achieved[other.index] == NUM
            assert after.den.achieved[other.index] == DEN
            assert after.met.achieved[other.index] == before.met.achieved[other.index]


@pytest.mark.parametrize(("action", "quarter"), CASES, ids=map(_ids, CASES))
def test_met_is_computed_only_from_both_figures(action: str, quarter: Quarter) -> None:
    num, den = ACTIONS[action]

    after = with_achieved(_reported(), quarter, num, den)

    # As the official report prints an unreported quarter of a tipo P: no MET without both
    # figures (never «0 %», which reads as «nothing achieved»); DEN 0 prints 0.00.
    assert after.met.achieved[quarter.index] == MET_AFTER[action]
    if num is None or den is None:
        assert describe_progress(after, quarter) == "sin reportar"


@pytest.mark.parametrize(("action", "quarter"), CASES, ids=map(_ids, CASES))
def test_only_the_cells_changed_are_recorded_and_undo_restores_them(
    action: str, quarter: Quarter
) -> None:
    before = _reported()
    num, den = ACTIONS[action]

    after = with_achieved(before, quarter, num, den)
    changes = diff_metas(before, after)

    period = f"realizado.t{int(quarter)}"
    expected = {f"{period}.num"} if num != NUM else set()
    expected |= {f"{period}.den"} if den != DEN else set()
    assert {change.field for change in changes} == expected
    assert with_fields_of(after, before, [c.field for c in changes]) == before


@pytest.mark.parametrize(("action", "quarter"), CASES, ids=map(_ids, CASES))
def test_a_half_reported_quarter_is_incomplete_and_names_the_empty_cell(
    action: str, quarter: Quarter
) -> None:
    num, den = ACTIONS[action]

    findings = validate_meta(with_achieved(_reported(), quarter, num, den), Quarter.FOURTH)

    period = f"realizado.t{int(quarter)}"
    missing = [f"{period}.{kind}" for kind, value in (("num", num), ("den", den)) if value is None]
    assert [f.field for f in findings if f.rule == "REALIZADO_FALTANTE"] == missing
    assert "MET_INCONGRUENTE" not in {f.rule for f in findings}


def test_typing_num_again_after_clearing_it_finds_den_as_it_was() -> None:
    # The hostile tester's sequence: NUM emptied (Enter), then 95 typed in NUM.
    before = _reported()
    cleared = with_achieved(before, Quarter.FIRST, None, DEN)

    typed = with_achieved(cleared, Quarter.FIRST, Decimal(95), DEN)

    assert typed.den is not None
    assert typed.den.achieved[0] == DEN
    assert typed.met.achieved[0] == Decimal("95.00")
    assert "REALIZADO_FALTANTE" not in {f.rule for f in validate_meta(typed, Quarter.FOURTH)}


def _den_only() -> Meta:
    """A tipo P meta whose T1 holds a DEN and no NUM, as a package or the store carry it."""
    return meta(
        row((80, 80, 80, 80)),
        row((100, 100, 100, 100), achieved=(100, None, None, None)),
        cumulative=False,
    )


def test_a_package_s_half_reported_quarter_is_taken_as_it_came() -> None:
    before = meta(row((80, 80, 80, 80)), row((100, 100, 100, 100)), cumulative=False)
    incoming = _den_only()

    after = with_reported(before, incoming, Quarter.FIRST)

    assert after.den is not None
    assert (after.num.achieved[0], after.den.achieved[0], after.met.achieved[0]) == (
        None,
        DEN,
        None,
    )


def test_a_package_s_unreported_quarter_stays_unreported() -> None:
    before = _reported()
    incoming = with_achieved(before, Quarter.FIRST, None, None)

    after = with_reported(before, incoming, Quarter.FIRST)

    assert after.den is not None
    assert (after.num.achieved[0], after.den.achieved[0], after.met.achieved[0]) == (
        None,
        None,
        None,
    )


def test_a_new_programme_keeps_a_den_typed_without_its_num() -> None:
    existing = _den_only()
    base = meta(row((80, 80, 80, 80)), row((100, 100, 100, 100)), cumulative=False)

    merged = with_programme(existing, base)

    assert merged.den is not None
    assert merged.num.achieved[0] is None
    assert merged.den.achieved[0] == DEN
