"""What changed between two versions of a Programa Anual, in words for the audit trail."""

from __future__ import annotations

from ism_desktop.domain.change_excerpt import quoted_or_empty
from ism_desktop.domain.paimef.key_dates import key_date_label
from ism_desktop.domain.paimef.money import money_display
from ism_desktop.domain.paimef.programme import Action, AnnualProgramme
from ism_desktop.domain.typed_date import day_first
from ism_desktop.domain.wording import count


def _fields(action: Action) -> dict[str, str]:
    return {
        "vertiente": str(action.vertiente),
        "línea de acción": action.line,
        "nombre": action.name,
        "justificación": action.justification,
        "transversal": "sí" if action.transversal else "no",
        # As the window and the informe write money («$1,000.00»), not as the JSON does.
        "monto programado": money_display(action.programmed),
        "monto ejercido": money_display(action.exercised),
        "metas": "; ".join(
            f"{g.description} ({g.quantity} {g.unit}"
            + ("" if g.achieved is None else f", alcanzado {g.achieved}")
            + ")"
            for g in action.goals
        ),
        "material probatorio": action.evidence,
    }


def _summary(action: Action) -> str:
    """What an acción added or removed was: the history keeps it, the programme no longer may."""
    return (
        f"{action.name}, {money_display(action.programmed)} programados, "
        f"{money_display(action.exercised)} ejercidos"
    )


def describe_changes(before: AnnualProgramme | None, after: AnnualProgramme) -> list[str]:
    """One line per change: acciones added, removed or edited field by field, dates, instancia."""
    if before is None:
        return [
            f"Programa Anual {after.year} nuevo, {count(len(after.actions), 'acción', 'acciones')}."
        ]
    lines = []
    if before.institution != after.institution:
        lines.append(f"Instancia: «{before.institution}» → «{after.institution}».")
    old_actions = {a.key: a for a in before.actions}
    new_keys = {a.key for a in after.actions}
    for action in after.actions:
        old = old_actions.get(action.key)
        if old is None:
            lines.append(f"Acción {action.key} agregada: {_summary(action)}.")
            continue
        old_fields, new_fields = _fields(old), _fields(action)
        for name, value in new_fields.items():
            if old_fields[name] != value:
                shown_old, shown_new = quoted_or_empty(old_fields[name]), quoted_or_empty(value)
                lines.append(f"Acción {action.key}, {name}: {shown_old} → {shown_new}.")
    lines += [
        f"Acción {key} eliminada: {_summary(old)}."
        for key, old in old_actions.items()
        if key not in new_keys
    ]
    for key in sorted(set(before.dates) | set(after.dates)):
        old_day, new_day = before.dates.get(key), after.dates.get(key)
        if old_day != new_day:
            shown_old = day_first(old_day) if old_day else "sin fecha"
            shown_new = day_first(new_day) if new_day else "sin fecha"
            lines.append(f"{key_date_label(key)}: {shown_old} → {shown_new}.")
    return lines


def changed_fields(before: Action, after: Action) -> list[str]:
    """The names of the fields of an acción that differ («monto programado»), in form order."""
    old, new = _fields(before), _fields(after)
    return [name for name, value in new.items() if old[name] != value]
