"""How the whole report is named: the Institute's own, or the dependencies of a state report."""

from __future__ import annotations

from dataclasses import replace

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport, whole_words
from tests.builders import meta, row


def _of(*entities: str) -> ProgressReport:
    metas = tuple(
        replace(one, key=replace(one.key, entity=code))
        for code in entities
        for one in [meta(row([1, 1, 1, 1]), description=f"META {code}")]
    )
    return ProgressReport(2024, Quarter.FIRST, metas)


def test_one_dependency_is_the_institute() -> None:
    assert whole_words(_of("30", "30")) == "Instituto (consolidado)"
    assert whole_words(None) == "Instituto (consolidado)"


def test_several_dependencies_are_counted_not_called_the_institute() -> None:
    report = _of("01", "05", "01", "99")

    assert report.entities_in_order() == ("01", "05", "99")
    assert whole_words(report) == "3 dependencias"
