"""An acción's clave starts with its vertiente's letter: «B.2» under vertiente A is a slip."""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.domain.paimef.rule_references import rule_reference
from tests.paimef_builders import action, programme

DURING_YEAR = date(2026, 6, 1)


def _key_findings(*extra: object) -> list[str]:
    value = programme(*programme().actions, *extra)  # type: ignore[arg-type]
    return [
        f.message
        for f in check_programme(value, DURING_YEAR)
        if f.field == "clave" and f.rule != "clave"
    ]


def test_a_clave_of_another_vertiente_is_an_error_naming_the_accion() -> None:
    value = programme(*programme().actions, action("B.2", "A", "A-I", "100"))
    findings = [f for f in check_programme(value, DURING_YEAR) if f.action == "B.2"]
    assert len(findings) == 1
    (finding,) = findings
    assert finding.is_error
    assert finding.field == "clave"
    assert finding.message == (
        "Numerales 2.3 y 3.4 i): la acción B.2 está en la vertiente A, pero su clave empieza "
        "con B, la letra de la vertiente B; corrija la clave o la vertiente."
    )
    assert rule_reference(finding.rule) == "2.3 / 3.4 i)"


def test_claves_of_their_own_vertiente_or_of_another_shape_pass() -> None:
    assert _key_findings(action("A.7", "A", "A-I", "100")) == []
    assert _key_findings(action("c-3", "C", "C-I", "100")) == []
    assert _key_findings(action("C3", "C", "C-I", "100")) == []
    # Not a vertiente's letter with a number: nothing to compare.
    assert _key_findings(action("ACC-01", "A", "A-I", "100")) == []
    assert _key_findings(action("Capacitación", "A", "A-I", "100")) == []


def test_lower_case_and_dash_are_read_too() -> None:
    assert len(_key_findings(action("c-3", "B", "B-I", "100"))) == 1
    assert len(_key_findings(action("A2", "C", "C-I", "100"))) == 1
