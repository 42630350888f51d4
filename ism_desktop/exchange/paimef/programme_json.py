"""The Programa Anual as JSON (money as strings), written and read back with located errors.

A JSON syntax error names its line; a bad value names its line too (found by counting the
occurrences of its key in the text) and the acción's clave and field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ism_desktop.domain.paimef.input_parsing import parse_year
from ism_desktop.domain.paimef.key_dates import KEY_DATES
from ism_desktop.domain.paimef.money import money_text
from ism_desktop.domain.paimef.programme import Action, AnnualProgramme, Goal
from ism_desktop.domain.wording import quoted
from ism_desktop.exchange.json_errors import json_problem
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_fields import (
    Place,
    build_action,
    build_date,
    build_goal,
    check_unique_keys,
    convert,
    located,
    text_field,
)

_ROOT_KEYS = {"ejercicio", "instancia", "fechas", "acciones"}
_ACTION_KEYS = {
    "clave",
    "vertiente",
    "linea_accion",
    "nombre",
    "justificacion",
    "transversal",
    "monto_programado",
    "monto_ejercido",
    "metas",
    "material_probatorio",
}
_GOAL_KEYS = {"descripcion", "unidad", "cantidad", "alcanzado"}
_MONEY_KEYS = ("monto_programado", "monto_ejercido")


def programme_to_json(programme: AnnualProgramme) -> str:
    """The programme as the exchange's JSON text (indented, UTF-8, money as strings)."""
    document = {
        "ejercicio": programme.year,
        "instancia": programme.institution,
        "fechas": {
            key: programme.dates[key].isoformat() for key in KEY_DATES if key in programme.dates
        },
        "acciones": [_action_json(action) for action in programme.actions],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _action_json(action: Action) -> dict[str, Any]:
    return {
        "clave": action.key,
        "vertiente": str(action.vertiente),
        "linea_accion": action.line,
        "nombre": action.name,
        "justificacion": action.justification,
        "transversal": action.transversal,
        "monto_programado": money_text(action.programmed),
        "monto_ejercido": money_text(action.exercised),
        "metas": [_goal_json(goal) for goal in action.goals],
        "material_probatorio": action.evidence,
    }


def _goal_json(goal: Goal) -> dict[str, Any]:
    document: dict[str, Any] = {
        "descripcion": goal.description,
        "unidad": goal.unit,
        "cantidad": goal.quantity,
    }
    if goal.achieved is not None:
        document["alcanzado"] = goal.achieved
    return document


class _Lines:
    """Finds the line of the n-th occurrence of a key in the JSON text."""

    def __init__(self, text: str, name: str) -> None:
        self._text = text
        self._name = name
        # Per key, the line of each occurrence; per (list, key), how many objects before each
        # hold the key. Found once: every field of every acción asks for its place, and a
        # scan of the whole text each time made 1,000 acciones take a minute.
        self._lines: dict[str, list[int]] = {}
        self._before: dict[tuple[int, str], list[int]] = {}

    def _key_lines(self, key: str) -> list[int]:
        lines = self._lines.get(key)
        if lines is None:
            lines, line, at = [], 1, 0
            for found in re.finditer(rf'(?<!\\)"{re.escape(key)}"\s*:', self._text):
                line += self._text.count("\n", at, found.start())
                at = found.start()
                lines.append(line)
            self._lines[key] = lines
        return lines

    def place(self, key: str, occurrence: int, what: str) -> str:
        lines = self._key_lines(key)
        if occurrence < len(lines):
            return f"{self._name}, línea {lines[occurrence]} ({what})"
        return f"{self._name} ({what})"

    def within(self, objects: Sequence[Any], index: int, key: str, what: str) -> str:
        """Where ``key`` of ``objects[index]`` is; the object's first key when it lacks it.

        Only the objects before it that hold the key are counted: counting every object, a
        field missing from one acción was placed on the same field of the next acción.
        """
        target = objects[index]
        if isinstance(target, dict) and key not in target:
            key = next(iter(target), key)
        counts = self._before.get((id(objects), key))
        if counts is None or len(counts) != len(objects):
            counts, held = [], 0
            for other in objects:
                counts.append(held)
                held += isinstance(other, dict) and key in other
            self._before[id(objects), key] = counts
        return self.place(key, counts[index], what)

    def placer(self, objects: Sequence[Any], index: int, what: str) -> Place:
        """Where each field of ``objects[index]`` is."""
        return lambda field: self.within(objects, index, field, f"{what}, {field}")


def programme_from_json(text: str, name: str = "programa.json") -> AnnualProgramme:
    """Read a whole programme or raise ``PaimefFormatError`` saying where the problem is."""
    try:
        document = json.loads(text, parse_float=_refuse_float)
    except json.JSONDecodeError as exc:
        raise PaimefFormatError(
            f"{name}, línea {exc.lineno}, columna {exc.colno}: el archivo no es JSON válido "
            f"({json_problem(exc)})."
        ) from None
    except _FloatError as exc:
        raise PaimefFormatError(
            f"{name}: el número {exc} está escrito sin comillas; los montos van como texto "
            '(por ejemplo "250000.00") y las cantidades como enteros.'
        ) from None
    except (RecursionError, ValueError) as exc:
        # Nesting deeper than the interpreter recurses, or an integer of thousands of digits:
        # no programme is written like that.
        what = "anida demasiado" if isinstance(exc, RecursionError) else "trae un número enorme"
        raise PaimefFormatError(
            f"{name}: el archivo no es un Programa Anual válido ({what})."
        ) from None
    lines = _Lines(text, name)
    if not isinstance(document, dict):
        raise PaimefFormatError(f"{name}: el archivo debe ser un objeto JSON con «ejercicio».")
    _no_unknown(document, _ROOT_KEYS, f"{name} (raíz)")
    year = convert(lines.place("ejercicio", 0, "ejercicio"), parse_year, document.get("ejercicio"))
    institution = text_field(
        document.get("instancia"), lines.place("instancia", 0, "instancia"), required=True
    )
    dates = document.get("fechas", {})
    if not isinstance(dates, dict):
        raise located(lines.place("fechas", 0, "fechas"), "debe ser un objeto de fechas.")
    parsed_dates = {
        key: build_date(key, value, lines.place(key, 0, f"fechas.{key}"))
        for key, value in dates.items()
    }
    raw_actions = document.get("acciones")
    if not isinstance(raw_actions, list):
        raise located(lines.place("acciones", 0, "acciones"), "debe ser una lista de acciones.")
    actions = _actions(raw_actions, lines)
    return AnnualProgramme(year, institution, tuple(actions), parsed_dates)


def _actions(raw_actions: list[Any], lines: _Lines) -> list[Action]:
    actions: list[Action] = []
    keys: list[tuple[str, str]] = []
    goal_count = 0
    # Every meta of every acción in order, as ``goal_count`` counts them: to place their fields.
    all_goals = [
        goal
        for raw in raw_actions
        if isinstance(raw, dict) and isinstance(raw.get("metas"), list)
        for goal in raw["metas"]
    ]
    for index, raw in enumerate(raw_actions):
        label = f"acción {index + 1}"
        if not isinstance(raw, dict):
            raise located(lines.place("acciones", 0, label), "cada acción debe ser un objeto.")
        _no_unknown(raw, _ACTION_KEYS, lines.within(raw_actions, index, "clave", label))
        clave = raw.get("clave")
        if isinstance(clave, str) and clave.strip():
            label = f"acción {quoted(clave)}"
        for money_key in _MONEY_KEYS:
            value = raw.get(money_key)
            if not isinstance(value, str):
                raise located(
                    lines.within(raw_actions, index, money_key, f"{label}, {money_key}"),
                    'el monto va como texto entre comillas, por ejemplo "250000.00".',
                )
        raw_goals = raw.get("metas", [])
        if not isinstance(raw_goals, list):
            raise located(
                lines.within(raw_actions, index, "metas", f"{label}, metas"), "debe ser una lista."
            )
        goals = []
        for goal_index, raw_goal in enumerate(raw_goals):
            where = f"{label}, meta {goal_index + 1}"
            if not isinstance(raw_goal, dict):
                raise located(
                    lines.within(raw_actions, index, "metas", where),
                    "cada meta debe ser un objeto.",
                )
            _no_unknown(
                raw_goal, _GOAL_KEYS, lines.within(all_goals, goal_count, "descripcion", where)
            )
            problems: list[str] = []
            goal = build_goal(raw_goal, lines.placer(all_goals, goal_count, where), problems)
            if goal is None:
                # A JSON file is refused at its first problem: its line says where to look.
                raise PaimefFormatError(problems[0])
            goals.append(goal)
            goal_count += 1
        problems = []
        action = build_action(raw, tuple(goals), lines.placer(raw_actions, index, label), problems)
        if action is None:
            raise PaimefFormatError(problems[0])
        keys.append((action.key, lines.within(raw_actions, index, "clave", label)))
        actions.append(action)
    check_unique_keys(keys)
    return actions


def _no_unknown(document: dict[str, Any], known: set[str], place: str) -> None:
    unknown = sorted(set(document) - known)
    if unknown:
        raise located(
            place,
            f"campo desconocido «{unknown[0]}»; los campos son: {', '.join(sorted(known))}.",
        )


class _FloatError(ValueError):
    pass


def _refuse_float(text: str) -> object:
    raise _FloatError(text)
