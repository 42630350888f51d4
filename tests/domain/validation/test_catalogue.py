"""The catalogue lists every rule once; findings and justifications are plain values."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.catalogue import RULE_GROUPS, RULES, is_justifiable, rule_by_code
from ism_desktop.domain.validation.finding import Finding, Severity, figure_text
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.validation.settings import ValidationSettings

KEY = JustificationKey(2024, "81c66974b9c27b3a", Quarter.FIRST, "META_MODIFICADA")


def test_errors_are_listed_first() -> None:
    labels = [rule.severity.label for rule in RULES]

    assert labels == ["error"] * 11 + ["aviso"] * 20


def test_every_grouped_rule_is_in_the_catalogue_once() -> None:
    grouped = [rule.code for _, rules in RULE_GROUPS for rule in rules]

    assert sorted(grouped) == sorted(rule.code for rule in RULES)
    assert len(set(grouped)) == len(grouped)


def test_rules_are_found_by_code_in_any_case() -> None:
    rule = rule_by_code(" meta_modificada ")

    assert rule is not None
    assert rule.code == "META_MODIFICADA"
    assert rule_by_code("NO_EXISTE") is None


@pytest.mark.parametrize(
    ("code", "justifiable"),
    [("META_MODIFICADA", True), ("NARRATIVA_COPIA", True), ("CIFRA_NEGATIVA", False), ("X", False)],
)
def test_only_warnings_can_be_justified(code: str, justifiable: bool) -> None:
    assert is_justifiable(code) is justifiable


def test_severity_labels_are_spanish() -> None:
    assert (Severity.ERROR.label, Severity.WARNING.label) == ("error", "aviso")


@pytest.mark.parametrize(
    ("text", "written"), [("978", "978"), ("99.440", "99.44"), ("-3.00", "-3")]
)
def test_figures_are_written_as_the_report_writes_them(text: str, written: str) -> None:
    assert figure_text(Decimal(text)) == written


def test_a_written_justification() -> None:
    justification = Justification.justified(
        KEY, "  Se reprogramó por oficio 123.  ", " ana ", "hoy"
    )

    assert justification.text == "Se reprogramó por oficio 123."
    assert justification.author == "ana"
    assert justification.is_acknowledgement is False
    assert justification.describe() == "Justificado por ana (hoy): Se reprogramó por oficio 123."


def test_an_acknowledgement() -> None:
    acknowledgement = Justification.acknowledged(KEY, "ana", "hoy")

    assert (acknowledgement.text, acknowledgement.is_acknowledgement) == ("", True)
    assert acknowledgement.describe() == "Enterado por ana (hoy)."


@pytest.mark.parametrize(("text", "author"), [("   ", "ana"), ("motivo", "  ")])
def test_a_justification_needs_text_and_author(text: str, author: str) -> None:
    with pytest.raises(ValueError, match="justificación"):
        Justification.justified(KEY, text, author, "hoy")


def test_the_key_of_a_finding() -> None:
    finding = Finding("META_MODIFICADA", Severity.WARNING, KEY.meta_id, Quarter.FIRST, "f", "m")

    assert JustificationKey.of(2024, finding) == KEY


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ValidationSettings(band_low=Decimal(120)), "límite inferior"),
        (lambda: ValidationSettings(copy_similarity_percent=0), "similitud"),
        (lambda: ValidationSettings(outlier_ratio=Decimal(1)), "razón"),
        (lambda: ValidationSettings(min_narrative_words=-1), "mínimo"),
    ],
)
def test_settings_refuse_nonsense(make: Callable[[], ValidationSettings], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


@pytest.mark.parametrize(
    ("unit", "counts"),
    [("PERSONA", True), ("persona", True), ("Capacitación ", True), ("PORCENTAJE", False)],
)
def test_count_units_ignore_case_accents_and_blanks(unit: str, counts: bool) -> None:
    assert ValidationSettings().is_count_unit(unit) is counts
