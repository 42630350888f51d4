"""The requests a coordinator decides, as the window lists them."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.workspace.target_requests import requests_to_decide


def _asked(
    meta_id: str, field: str, current: str, requested: str, number: int
) -> TargetChangeRequest:
    label = f"Modificado {field.split('.')[1].upper()} ({field.split('.')[2].upper()})"
    return TargetChangeRequest(
        2024, "30", UnitCode("004"), meta_id, field, label, current, requested, "", "",
        "2024-04-02", 1, request_id=number,
    )  # fmt: skip


def test_each_annual_rides_on_its_own_rows_quarter_and_a_lone_annual_stands() -> None:
    pending = [
        _asked("a", "modificado.anual.num", "40.00", "45", 1),
        _asked("a", "modificado.t3.num", "10.00", "15", 2),
        _asked("a", "modificado.anual.den", "100", "90", 3),  # no quarterly DEN request
        _asked("b", "modificado.t1.num", "2.50", "3.75", 4),
    ]

    lines = [(request.request_id, text) for request, text in requests_to_decide(pending)]

    assert lines == [
        (2, "Modificado T3 (NUM): 10 → 15 (anual: 40 → 45)"),
        (3, "Modificado ANUAL (DEN): 100 → 90"),
        (4, "Modificado T1 (NUM): 2.5 → 3.75"),
    ]


def test_a_figure_that_is_not_a_number_is_shown_as_it_came() -> None:
    [(_, text)] = requests_to_decide([_asked("a", "modificado.t1.num", "NaN", "x", 1)])
    assert text == "Modificado T1 (NUM): NaN → x"


def test_an_annual_asked_with_two_quarters_is_said_to_follow_them() -> None:
    # Its total is both quarters' together: neither line alone gives it.
    pending = [
        _asked("a", "modificado.t2.num", "500.00", "650", 1),
        _asked("a", "modificado.t3.num", "400.00", "700", 2),
        _asked("a", "modificado.anual.num", "1900.00", "2350", 3),
    ]

    lines = [text for _, text in requests_to_decide(pending)]

    assert lines == [
        "Modificado T2 (NUM): 500 → 650 (el anual se recalcula)",
        "Modificado T3 (NUM): 400 → 700 (el anual se recalcula)",
    ]


def test_the_request_and_its_decision_write_both_figures_alike() -> None:
    # The stored target came as «30.00» and the figure asked as typed, «50»: «30.00 → 50».
    from ism_desktop.domain.year_news import APPROVED, Decision

    request = _asked("a", "modificado.t2.num", "30.00", "50", 7)
    decision = Decision.of(
        request, APPROVED, "Oficio 12/2024", "", "Coordinación", "2024-04-03T10:00:00-07:00"
    )

    assert request.describe().startswith("Modificado T2 (NUM): 30 → 50 (motivo:")
    assert decision.describe().startswith("Modificado T2 (NUM): 30 → 50, aprobada el ")


def test_each_item_to_decide_carries_its_rows_annual_and_says_if_it_goes_with_it() -> None:
    # What ``solicitudes --json`` nests: the annual is no item of its own beside its quarters.
    from ism_desktop.workspace.target_requests import to_decide

    alone = [
        _asked("a", "modificado.t4.num", "800.00", "900", 1),
        _asked("a", "modificado.anual.num", "3400.00", "3500", 2),
    ]
    together = [
        _asked("b", "modificado.t2.num", "500.00", "650", 3),
        _asked("b", "modificado.t3.num", "400.00", "700", 4),
        _asked("b", "modificado.anual.num", "1900.00", "2350", 5),
    ]
    lone_annual = [_asked("c", "modificado.anual.den", "100", "90", 6)]

    items = to_decide(alone + together + lone_annual)

    shown = [
        (item.request.request_id, item.annual and item.annual.request_id, item.annual_with_it)
        for item in items
    ]
    assert shown == [(1, 2, True), (3, 5, False), (4, 5, False), (6, None, False)]
    assert [item.text for item in items] == [
        text for _, text in requests_to_decide(alone + together + lone_annual)
    ]
