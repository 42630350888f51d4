"""A meta achieved beyond its planned quantity is a warning a reviewer asks to explain."""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.paimef.programme import Goal
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.domain.paimef.rule_references import field_label, rule_reference
from tests.paimef_builders import action, programme

TODAY = date(2026, 3, 20)


def _goal_findings(*goals: Goal) -> list[PaimefFinding]:
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", goals=goals)
    return [f for f in check_programme(programme(*actions), TODAY) if f.rule == "metas-alcanzado"]


def test_achieved_beyond_the_quantity_is_a_warning_naming_the_acción_and_both_figures() -> None:
    [finding] = _goal_findings(Goal("Personas capacitadas", "PERSONA", 40, 45))

    assert finding.severity is Severity.WARNING
    assert (finding.action, finding.field) == ("A.1", "metas.Personas capacitadas")
    assert finding.message == (
        "Metas de la acción A.1: en «Personas capacitadas» se alcanzó 45 (PERSONA), más que la "
        "cantidad programada, 40; explique por qué o corrija la cifra."
    )


def test_each_goal_beyond_its_quantity_is_its_own_warning() -> None:
    found = _goal_findings(
        Goal("Talleres", "TALLER", 10, 10),  # exactly the quantity: nothing to explain
        Goal("Sesiones", "SESIÓN", 1200, 1201),
        Goal("Folletos", "PIEZA", 500),  # nothing achieved reported yet
        Goal("Asesorías", "SERVICIO", 0, 3),
    )

    assert [f.field for f in found] == ["metas.Sesiones", "metas.Asesorías"]
    assert "se alcanzó 1201 (SESIÓN), más que la cantidad programada, 1200;" in found[0].message


def test_the_informe_and_the_history_read_it_in_words() -> None:
    assert rule_reference("metas-alcanzado") == "Metas"
    assert field_label("metas.Sesiones") == "meta «Sesiones»"


def test_two_metas_described_alike_are_two_warnings_each_justified_apart() -> None:
    # Named by the description alone, two «Talleres» shared one key: one reason answered both.
    found = _goal_findings(Goal("Talleres", "TALLER", 4, 6), Goal("Talleres", "TALLER", 2, 3))

    assert [f.field for f in found] == ["metas.Talleres", "metas.Talleres#2"]
    assert len({f.key for f in found}) == 2
    assert field_label("metas.Talleres#2") == "meta «Talleres» (la 2.ª así descrita)"
