"""Merging packages into stored metas: reported figures in, programme kept; or the reverse."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ism_desktop.domain.audit import diff_metas
from ism_desktop.domain.figures import Series
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.package_merge import (
    programme_changes,
    programme_mismatches,
    report_changes,
    reported_only,
    requested_target_changes,
    with_programme,
    with_reported,
)
from ism_desktop.domain.quarter import Quarter
from tests.builders import meta, row

Q1, Q2 = Quarter.FIRST, Quarter.SECOND


def test_reported_figures_and_narratives_up_to_the_quarter_are_taken() -> None:
    before = meta(row([10, 10, 10, 10], achieved=[8, None, None, None]))
    incoming = meta(
        row([10, 10, 10, 10], [10, 5, 10, 10], achieved=[9, 7, None, None]),
        evaluations={Q1: "NUEVE", Q2: "SIETE"},
    )

    after = with_reported(before, incoming, Q1)

    assert after.num.achieved == (Decimal(9), None, None, None)
    assert after.met.achieved == (Decimal(9), None, None, None)
    assert after.evaluations == {Q1: "NUEVE"}
    assert after.num.modified == before.num.modified  # a request, never applied here
    assert [(c.field, c.old, c.new) for c in reported_only(diff_metas(before, after))] == [
        ("realizado.t1.num", "8", "9"),
        ("evaluacion.t1", "", "NUEVE"),
    ]


def test_percentage_metas_recompute_met_from_num_and_den() -> None:
    before = meta(row([50, 50, 50, 50]), row([100, 100, 100, 100]))
    incoming = meta(
        row([50, 50, 50, 50], achieved=[45, None, None, None]),
        row([100, 100, 100, 100], achieved=[90, None, None, None]),
    )

    after = with_reported(before, incoming, Q1)

    assert after.kind is MetaKind.PERCENTAGE
    assert after.met.achieved[0] == Decimal("50.00")


def test_a_different_original_target_is_a_mismatch_a_modified_one_a_request() -> None:
    programme = meta(row([10, 10, 10, 10]))
    incoming = meta(row([10, 12, 10, 10], [10, 8, 10, 10]))

    assert [(c.label, c.old, c.new) for c in programme_mismatches(programme, incoming)] == [
        ("Original T2 (NUM)", "10", "12"),
        ("Original anual (NUM)", "40", "42"),
    ]
    assert [(c.field, c.new) for c in requested_target_changes(programme, incoming)] == [
        ("modificado.t2.num", "8"),
        ("modificado.anual.num", "38"),
    ]


def test_attributes_of_the_programme_are_mismatches_too() -> None:
    programme = meta(row([10, 10, 10, 10]))
    incoming = replace(programme, unit_of_measure="PERSONA", cumulative=False)

    assert [(c.field, c.old, c.new) for c in programme_mismatches(programme, incoming)] == [
        ("acumulable", "SI", "NO"),
        ("unidad_medida", "EVENTO", "PERSONA"),
    ]


def test_a_base_keeps_what_the_unit_reported() -> None:
    existing = meta(
        row([10, 10, 10, 10], achieved=[9, None, None, None]), evaluations={Q1: "NUEVE"}
    )
    base = meta(row([10, 10, 10, 10], [10, 6, 10, 10], achieved=[1, 1, 1, 1]))

    merged = with_programme(existing, base)

    assert merged.num.achieved == (Decimal(9), None, None, None)
    assert merged.evaluations == {Q1: "NUEVE"}
    assert merged.num.value(Series.MODIFIED, Q2) == Decimal(6)
    assert [(c.field, c.old, c.new) for c in programme_changes(existing, merged)] == [
        ("modificado.t2.num", "10", "6"),
        ("modificado.anual.num", "40", "36"),
    ]


def test_a_new_meta_from_a_base_has_nothing_reported() -> None:
    base = meta(row([10, 10, 10, 10], achieved=[3, 3, 3, 3]), evaluations={Q1: "X"})

    fresh = with_programme(None, base)

    assert fresh.num.achieved == (None, None, None, None)
    assert fresh.met.achieved == (None, None, None, None)
    assert fresh.evaluations == {}


def test_a_met_row_changed_alone_is_a_change_too() -> None:
    # A report whose only difference was MET original T1 15 → 1500 and MET realizado T1 6 → 9
    # was stored as «0 cifras o textos cambiados», past an approved programme.
    stored = meta(row([15, 20, 20, 15], achieved=[6, None, None, None]))
    printed = replace(
        stored,
        met=row([1500, 20, 20, 15], original_annual=70, achieved=[9, None, None, None]),
    )

    assert [(c.field, c.old, c.new) for c in programme_mismatches(stored, printed)] == [
        ("original.t1.met", "15", "1500")
    ]
    assert [(c.field, c.old, c.new) for c in report_changes(stored, printed)] == [
        ("original.t1.met", "15", "1500"),
        ("modificado.t1.met", "15", "1500"),
        ("modificado.anual.met", "70", "1555"),
        ("realizado.t1.met", "6", "9"),
    ]


def test_a_met_row_following_its_num_row_adds_no_line() -> None:
    stored = meta(row([10, 10, 10, 10], achieved=[8, None, None, None]))
    printed = meta(row([10, 12, 10, 10], achieved=[9, None, None, None]))

    assert [c.field for c in report_changes(stored, printed)] == [
        "original.t2.num",
        "original.anual.num",
        "modificado.t2.num",
        "realizado.t1.num",
    ]
