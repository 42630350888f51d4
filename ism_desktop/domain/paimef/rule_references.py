"""How people read a PAIMEF rule and a finding's field: numerals of the rules and words.

The rules' codes (``anexo5``, ``3.4i-linea``) and fields (``indicador.2.2026-T1``) identify a
finding and its justification; the office reads the numeral of the Reglas de Operación instead.
"""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.deadlines import TERMS
from ism_desktop.domain.paimef.frequency import period_from_code
from ism_desktop.domain.paimef.key_dates import key_date_label
from ism_desktop.domain.typed_date import day_first

# The codes whose numeral is not the code itself; a term's numeral is shown as written.
_REFERENCES = {
    "3.4a": "3.3 / 3.4 a)",
    "3.4i-linea": "3.4 i)",
    "3.4i-justificacion": "3.4 i)",
    "3.4i-monto": "3.4 i)",
    "3.4i-presupuesto": "3.4 i)",
    "clave": "3.4 i)",
    # A clave of another vertiente's letter: the vertientes (2.3), each acción's clave (3.4 i).
    "2.3-clave": "2.3 / 3.4 i)",
    "3.5.1": "3.5.1",
    # An acción that spent more than programmed breaks both (reorientation and its report).
    "4.2.1.3": "4.2.1.3 / 4.3.5.1",
    "4.3.4.1": "4.3.4.1",
    # A meta achieved beyond its quantity: no numeral forbids it, a reviewer asks why.
    "metas-alcanzado": "Metas",
    "4.5.1": "4.5.1",
    "3.6.2 m": "3.6.2 m)",
    # The indicators' captures: the IMEF reports them (3.6.2 c) as the MIR sets (Anexo 5).
    "anexo5": "3.6.2 c) / Anexo 5",
    # A typed year far from the ejercicio: no numeral sets it, it is a check of the typing.
    "fechas": "Fechas registradas",
    # A listed non-working day the week or the law already closes: no numeral either.
    "dias_inhabiles": "Días inhábiles",
}

PAIMEF_RULE_CODES = frozenset(_REFERENCES) | {term.numeral for term in TERMS}

_FIELDS = {
    "metas": "metas",
    "material_probatorio": "material probatorio",
    "monto_programado": "monto programado",
    "monto_ejercido": "monto ejercido",
    "linea_accion": "línea de acción",
    "justificacion": "justificación",
    "clave": "clave",
    "transversal": "actividades transversales",
    "reintegro": "reintegro a la TESOFE",
}
_TERMS_BY_KEY = {term.key: term for term in TERMS}


def rule_reference(code: str) -> str:
    """The numeral (or annex) a rule is shown by; an unknown code (an older one) as stored."""
    return _REFERENCES.get(code, code)


def field_label(field: str) -> str:
    """A finding's field in words: ``indicador 2, primer trimestre de 2026``; else as stored."""
    kind, _, rest = field.partition(".")
    if kind == "indicador":
        number, _, period = rest.partition(".")
        try:
            return f"indicador {int(number)}, {period_from_code(period).label}"
        except ValueError:
            return field
    if kind == "plazo" and rest in _TERMS_BY_KEY:
        return f"plazo «{_TERMS_BY_KEY[rest].description}»"
    if kind == "fechas" and rest:
        return f"fecha de «{key_date_label(rest)}»"
    if kind == "inhabil" and rest:
        try:
            return f"día inhábil {day_first(date.fromisoformat(rest))}"
        except ValueError:
            return field
    if kind == "vertiente" and rest:
        return f"vertiente {rest}"
    if (goal := goal_in_field(field)) is not None:
        description, nth = goal
        return f"meta «{description}»" + (f" (la {nth}.ª así descrita)" if nth > 1 else "")
    return _FIELDS.get(field, field)


def goal_field(description: str, nth: int) -> str:
    """A meta's field by its description (``metas.Talleres``), not its row.

    Reordered or deleted, a row number named another meta. ``nth``: which of those so
    described (from the second, ``metas.Talleres#2``): alike, they shared one justification.
    """
    return f"metas.{description}" if nth == 1 else f"metas.{description}#{nth}"


def goal_in_field(field: str) -> tuple[str, int] | None:
    """The description and ``nth`` a ``goal_field`` names; None for another field."""
    kind, _, rest = field.partition(".")
    if kind != "metas" or not rest:
        return None
    description, _, nth = rest.rpartition("#")
    if description and nth.isdigit() and int(nth) > 1:
        return description, int(nth)
    return rest, 1


def justification_named(code: str, action: str, field: str) -> str:
    """A warning's justification as the office reads it, in the history and the undo menu alike.

    «justificación del aviso del numeral 4.3.4.1 (acción A.1, metas)»: the rule's code
    (``anexo5``) and field (``indicador.2.2026-T1``) are for the store, not for people.
    """
    where = ", ".join(
        part for part in (f"acción {action}" if action else "", field_label(field)) if part
    )
    reference = rule_reference(code)
    # «Fechas registradas», «Días inhábiles»: checks no numeral of the rules names.
    of = "del numeral" if reference[:1].isdigit() else "de"
    return f"justificación del aviso {of} {reference}" + (f" ({where})" if where else "")
