"""Every validation rule, in one place, in the order findings are listed."""

from __future__ import annotations

from ism_desktop.domain.validation.arithmetic_rules import ARITHMETIC_RULES
from ism_desktop.domain.validation.figure_rules import FIGURE_RULES
from ism_desktop.domain.validation.finding import Severity
from ism_desktop.domain.validation.narrative_quality_rules import NARRATIVE_QUALITY_RULES
from ism_desktop.domain.validation.narrative_rules import NARRATIVE_RULES
from ism_desktop.domain.validation.reporting_rules import REPORTING_RULES
from ism_desktop.domain.validation.rule import Rule
from ism_desktop.domain.validation.spelling_rules import SPELLING_RULES

RULE_GROUPS: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    ("Aritmética oficial", ARITHMETIC_RULES),
    ("Cifras", FIGURE_RULES),
    ("Reporte del trimestre", REPORTING_RULES),
    ("Evaluación cualitativa frente a las cifras", NARRATIVE_RULES),
    ("Redacción de la evaluación cualitativa", NARRATIVE_QUALITY_RULES),
    ("Ortografía de la evaluación cualitativa", SPELLING_RULES),
)
_ALL = tuple(rule for _, rules in RULE_GROUPS for rule in rules)
# Errors first, so a meta's findings read from what blocks the export to what asks a reason.
ERROR_RULES: tuple[Rule, ...] = tuple(rule for rule in _ALL if rule.severity is Severity.ERROR)
RULES: tuple[Rule, ...] = ERROR_RULES + tuple(
    rule for rule in _ALL if rule.severity is Severity.WARNING
)
_BY_CODE = {rule.code: rule for rule in RULES}
if len(_BY_CODE) != len(RULES):
    raise RuntimeError("Two validation rules share a code.")


def rule_by_code(code: str) -> Rule | None:
    """The rule with this code (any case), if there is one."""
    return _BY_CODE.get(code.strip().upper())


def is_justifiable(code: str) -> bool:
    """Whether findings of this rule may be justified: warnings only, errors must be fixed."""
    rule = rule_by_code(code)
    return rule is not None and rule.severity is Severity.WARNING
