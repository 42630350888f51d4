"""Running the rules over one meta or a report; the result as the window and the export read it."""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import (
    ValidationResult,
    previous_narrative,
    validate_meta,
    validate_report,
)
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.validation.settings import ValidationSettings
from tests.builders import meta, row
from tests.domain.validation.validation_cases import PLAIN, Q1, Q2, YEAR, counted

AT = "2024-04-10T09:30:00-07:00"


def unit_meta(unit: str, description: str, **figures: object) -> Meta:
    base = counted(**figures)  # type: ignore[arg-type]
    return meta(base.num, unit=unit, description=description, evaluations=dict(base.evaluations))


@pytest.fixture
def report() -> ProgressReport:
    return ProgressReport(
        year=YEAR,
        quarter=Q1,
        metas=(
            unit_meta("001", "META LIMPIA"),
            unit_meta("001", "META MODIFICADA", modified=(6, 22, 12, 10)),
            unit_meta("004", "META CON ERROR", narrative=" "),
        ),
    )


def test_errors_come_before_warnings() -> None:
    subject = counted(modified=(6, 22, 12, 10), achieved=(-3, None, None, None))

    severities = [f.severity.label for f in validate_meta(subject, Q1)]

    assert severities[0] == "error"
    assert severities == sorted(severities, key=lambda label: label != "error")


def test_warnings_can_be_switched_off_but_errors_cannot() -> None:
    subject = counted(modified=(6, 22, 12, 10), narrative=" ")
    settings = ValidationSettings(
        disabled_warnings=frozenset({"META_MODIFICADA", "EVALUACION_VACIA"})
    )

    rules = [f.rule for f in validate_meta(subject, Q1, settings)]

    assert rules == ["EVALUACION_VACIA"]


def test_previous_narrative_is_the_quarter_before() -> None:
    subject = meta(row([1] * 4), evaluations={Q1: "PRIMERO", Q2: "SEGUNDO"})

    assert previous_narrative(subject, Q1) is None
    assert previous_narrative(subject, Q2) == "PRIMERO"


def test_report_validation_groups_by_unit_in_report_order(report: ProgressReport) -> None:
    result = validate_report(report, Q1)

    grouped = [(str(unit), [i.meta.description for i in items]) for unit, items in result.by_unit()]

    assert grouped == [("001", ["META MODIFICADA"]), ("004", ["META CON ERROR"])]
    assert len(result.metas) == 3


def test_warnings_never_block(report: ProgressReport) -> None:
    only_warnings = validate_report(report, Q1, unit=UnitCode("001"))
    with_error = validate_report(report, Q1)

    assert [f.rule for f in only_warnings.findings] == ["META_MODIFICADA"]
    assert only_warnings.has_errors is False
    assert with_error.has_errors is True
    assert [f.rule for f in with_error.errors] == ["EVALUACION_VACIA"]


def test_a_quarter_validates_with_the_previous_narrative_and_the_year() -> None:
    copied = meta(
        row([10] * 4, achieved=[10, 10, None, None]),
        evaluations={Q1: PLAIN, Q2: PLAIN},
    )
    other_year = meta(
        row([10] * 4, achieved=[10, None, None, None]),
        description="OTRA",
        evaluations={Q1: "SE CUMPLIÓ LA META (CALIFICACIÓN DEL 4º TRIMESTRE 2023)."},
    )

    q2 = validate_report(ProgressReport(YEAR, Q2, (copied,)), Q2)
    q1 = validate_report(ProgressReport(YEAR, Q1, (other_year,)), Q1)

    assert [f.rule for f in q2.findings] == ["NARRATIVA_COPIA"]
    assert q1.findings == ()


def justification(finding_meta: Meta, rule: str, text: str = "SE REPROGRAMÓ.") -> Justification:
    key = JustificationKey(YEAR, finding_meta.stable_id, Q1, rule)
    return Justification.justified(key, text, "ana", AT)


def test_justifications_are_matched_to_warnings(report: ProgressReport) -> None:
    modified, wrong = report.metas[1], report.metas[2]
    stored = [
        justification(modified, "META_MODIFICADA"),
        justification(wrong, "EVALUACION_VACIA"),  # an error is never justified
        Justification.acknowledged(
            JustificationKey(YEAR - 1, modified.stable_id, Q1, "META_MODIFICADA"), "ana", AT
        ),  # another year's
    ]

    result = validate_report(report, Q1, justifications=stored)

    (warning,) = result.warnings
    (error,) = result.errors
    assert result.justification_for(warning) == stored[0]
    assert result.justification_for(error) is None
    assert result.unjustified_warnings == ()
    assert result.has_errors is True


def test_a_justification_added_later(report: ProgressReport) -> None:
    result = validate_report(report, Q1)
    (warning,) = result.warnings

    updated = result.with_justifications([justification(report.metas[1], "META_MODIFICADA")])

    assert result.unjustified_warnings == (warning,)
    assert updated.unjustified_warnings == ()


def test_one_edited_meta_is_replaced_in_place(report: ProgressReport) -> None:
    result = validate_report(report, Q1)
    fixed = unit_meta("004", "META CON ERROR")

    updated = result.with_meta(fixed, validate_meta(fixed, Q1, year=YEAR))

    assert [item.meta.description for item in updated.metas] == [
        "META LIMPIA",
        "META MODIFICADA",
        "META CON ERROR",
    ]
    assert updated.for_meta(fixed.stable_id) == ()
    assert updated.has_errors is False
    assert result.has_errors is True  # the earlier result is not changed


def test_an_empty_result_has_no_errors() -> None:
    empty = ValidationResult(YEAR, Q1, ())

    assert (empty.has_errors, empty.findings, empty.by_unit()) == (False, (), ())


def test_a_report_longer_than_a_run_has_each_metas_own_findings_in_order() -> None:
    # The report is checked in runs of metas, rule by rule: each meta still gets exactly the
    # findings it gets alone, errors first, and the metas keep their order across the runs.
    kinds: tuple[dict[str, object], ...] = (
        {},
        {"modified": (6, 22, 12, 10)},
        {"narrative": " "},
        {"achieved": (-3, None, None, None), "modified": (6, 22, 12, 10)},
        {"narrative": "SE REALIZARON 386 APOYOS, 14 MENOS; META CUMPLIDA."},
    )
    metas = tuple(
        unit_meta("001" if index < 400 else "004", f"META {index}", **kinds[index % len(kinds)])
        for index in range(600)
    )

    result = validate_report(ProgressReport(YEAR, Q1, metas), Q1)

    assert [item.meta for item in result.metas] == list(metas)
    assert [item.findings for item in result.metas] == [
        validate_meta(item, Q1, year=YEAR) for item in metas
    ]
    assert [f.rule for f in result.metas[3].findings] == [
        "CIFRA_NEGATIVA", "META_MODIFICADA", "AVANCE_FUERA_DE_RANGO",
    ]  # fmt: skip
    assert len(result.errors) == 2 * 120


def test_a_report_without_metas_validates_to_nothing() -> None:
    result = validate_report(ProgressReport(YEAR, Q1, ()), Q1)

    assert result.metas == ()
    assert result.findings == ()


def test_a_figure_quoted_many_times_is_one_warning_not_many() -> None:
    # A narrative pasted twice said the same thing twice; one pasted 500 times gave 500
    # identical warnings to justify or read past.
    sentence = "SE REALIZARON 45 EVENTOS DE PROMOCIÓN EN LAS COMUNIDADES DEL ESTADO. "
    subject = counted(narrative=sentence * 5)

    findings = validate_meta(subject, Q1)
    report = ProgressReport(year=YEAR, quarter=Q1, metas=(subject,))

    messages = [f.message for f in findings]
    assert len(messages) == len(set(messages))
    assert sum("«45»" in message for message in messages) == 1
    assert validate_report(report, Q1).findings == findings  # the whole report reads the same


def test_what_a_report_check_leaves_goes_to_the_oldest_generation(report: ProgressReport) -> None:
    # The narratives read stay cached: walked by the first young collection after the check,
    # they were ~40,000 objects on the state report. They wait for a full collection instead.
    import gc

    from ism_desktop.domain.validation.narrative_facts import narrative_facts

    narrative_facts.cache_clear()
    validate_report(report, Q1)
    facts = narrative_facts(report.metas[0].evaluation(Q1).strip())
    assert "figures" in facts.__dict__  # read by the check, not now
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert id(facts) in oldest
    assert gc.isenabled()
