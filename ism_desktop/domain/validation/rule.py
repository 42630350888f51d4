"""A validation rule: a code, a severity, a Spanish message template and a check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.finding import Finding, Severity, figure_text


@dataclass(frozen=True, slots=True)
class Breach:
    """Where a check found the rule broken, and the values the message quotes."""

    field: str
    values: dict[str, str]


def breach(field: str, **values: object) -> Breach:
    """A breach whose figures are written as the report writes them."""
    return Breach(field, {name: _text(value) for name, value in values.items()})


def _text(value: object) -> str:
    if isinstance(value, Decimal):
        return figure_text(value)
    if isinstance(value, Quarter):
        return f"T{int(value)}"
    return str(value)


Check = Callable[[MetaContext], Iterable[Breach]]
# A test over a run of metas (one quarter, one settings) whose "yes" proves that the check
# answers nothing for any of them; a "no" proves nothing, and the check runs meta by meta.
RunTest = Callable[[Sequence[MetaContext]], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule; ``template`` is formatted with the values of each breach."""

    code: str
    severity: Severity
    title: str
    # A justification keeps the message it answered and counts only while the warning reads
    # the same: rewording a warning's template sends its stored justifications back to pending.
    template: str
    check: Check
    # A whole report's check asks this first of each run: most reports break some rules in no
    # meta at all, and one look over every figure of a run costs less than a check per meta.
    clears: RunTest | None = None

    def finding(self, context: MetaContext, found: Breach) -> Finding:
        """The finding that reports one breach of this rule."""
        return Finding(
            rule=self.code,
            severity=self.severity,
            meta_id=context.meta_id,
            quarter=context.quarter,
            field=found.field,
            message=self.template.format_map(found.values),
        )

    def findings(self, context: MetaContext) -> list[Finding]:
        """The findings of this rule on one meta."""
        return [self.finding(context, found) for found in self.check(context)]
