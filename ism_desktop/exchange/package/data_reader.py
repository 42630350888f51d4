"""Reading the data file of a received package into domain values, trusting nothing in it.

Every value is checked for type, length and range; a figure is an exact decimal of sensible
size; a meta's identity is recomputed from its key fields and must match the id it claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.fields import PRINTED_COLUMNS, column_label
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.limits import (
    FIGURE_BOUND,
    MAX_DESCRIPTION_CHARS,
    MAX_MEASURE_CHARS,
    MAX_NARRATIVE_CHARS,
    bad_character,
    figure_problem,
    one_plain_line,
    too_long,
)
from ism_desktop.domain.meta import META_KINDS, Meta, MetaKey, MetaKind, normalize_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.manifest import PackageRefusedError, shown_name

MAX_METAS = 20_000
MAX_NAME = 400
MAX_TEXT = MAX_NARRATIVE_CHARS
# The longest text each field of a meta may hold; the quick look and the full reading share them.
_ID_CHARS, _CODE_CHARS = 16, 10
_DESCRIPTION_CHARS, _MEASURE_CHARS = MAX_DESCRIPTION_CHARS, MAX_MEASURE_CHARS
_ID = re.compile(r"[0-9a-f]{16}")
_INT_BOUND = int(FIGURE_BOUND)
# The original and modified columns of a row: never empty (achieved ones may be).
_PLANNED_COLUMNS = 10
# The 14 figures of a row as the form prints them, for a message that names one.
_COLUMN_NAMES = tuple(column_label(series, quarter) for series, quarter in PRINTED_COLUMNS)
_QUARTERS = tuple(Quarter)
# Read once: an enum's ``value`` is a descriptor call, and every received meta asks.
_PERCENTAGE_LETTER = MetaKind.PERCENTAGE.value
# The members themselves read once too: on Python 3.11 naming one (``MetaKind.ABSOLUTE``) goes
# through the enum class's ``__getattr__`` hook. The very same objects: ``is`` answers alike.
_PERCENTAGE, _ABSOLUTE = MetaKind.PERCENTAGE, MetaKind.ABSOLUTE
_QUARTER_KEYS = {str(int(quarter)): quarter for quarter in Quarter}


def _not_valid(value: Any, what: str) -> str:
    """Why ``value`` is refused as ``what``: missing, or not valid in the noun's gender."""
    if value is None:  # absent (read with ``get``) or written as null: nothing to read
        return f"falta {what}"
    # Every name the reader is given starts with its article: «la fecha…», «el autor…».
    feminine = what.startswith(("la ", "una "))
    return f"{what} no es {'válida' if feminine else 'válido'}"


class DataReader:
    """Typed access to untrusted JSON; every failure is a refusal naming the package."""

    def __init__(self, label: str) -> None:
        self.label = label
        # Shared by the metas of the package this reader reads (see ``plain_meta``).
        self.plain = PlainCache()

    def refuse(self, reason: str) -> PackageRefusedError:
        """A refusal of this package."""
        return PackageRefusedError(self.label, reason)

    def mapping(self, value: Any, what: str) -> Mapping[str, Any]:
        """A JSON object."""
        if not isinstance(value, Mapping):
            raise self.refuse(f"{what} no tiene la forma esperada")
        return value

    def items(self, value: Any, what: str, limit: int = MAX_METAS) -> list[Mapping[str, Any]]:
        """A JSON array of objects, at most ``limit`` long."""
        if not isinstance(value, list) or len(value) > limit:
            raise self.refuse(f"{what} no tiene la forma esperada")
        return [self.mapping(item, what) for item in value]

    def text(self, value: Any, what: str, limit: int = MAX_NAME, *, empty: bool = True) -> str:
        """A string of at most ``limit`` characters (non-blank unless ``empty``)."""
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.refuse(_not_valid(value, what))
        if problem := bad_character(value) or too_long(value, limit):
            raise self.refuse(f"{what} {problem}")
        return value

    def shown(self, value: Any, what: str, limit: int = MAX_NARRATIVE_CHARS) -> str:
        """A string only shown to the person (a note): made one plain line, cut at ``limit``.

        Never refused for its characters or length: it is a record of something the sender
        already had, and it is not stored here.
        """
        if not isinstance(value, str):
            raise self.refuse(_not_valid(value, what))
        return one_plain_line(value[: limit * 2])[:limit]

    def flag(self, value: Any, what: str) -> bool:
        """A JSON boolean."""
        if not isinstance(value, bool):
            raise self.refuse(_not_valid(value, what))
        return value

    def field(self, item: Mapping[str, Any], key: str, what: str) -> Any:
        """A required member of an object."""
        if key not in item:
            raise self.refuse(f"a {what} le falta «{key}»")
        return item[key]

    def figure(self, value: Any, what: str) -> Decimal:
        """An exact figure: an integer or a decimal, finite and of sensible size."""
        if type(value) is int:  # the common case, and bool is not int here
            if abs(value) >= FIGURE_BOUND:
                raise self.refuse(f"{what} no es una cifra admisible")
            return Decimal(value)
        if not isinstance(value, Decimal):
            raise self.refuse(f"{what} no es una cifra")
        # A huge exponent would make the % arithmetic raise; no real figure needs one.
        if figure_problem(value) is not None:
            raise self.refuse(f"{what} no es una cifra admisible")
        return value

    def row(self, value: Any, what: str) -> FigureRow:
        """Fourteen figures; planned ones may not be empty, achieved ones may (not reported)."""
        plain = _plain_row(value)
        if plain is not None:
            return plain
        if not isinstance(value, list) or len(value) != FigureRow.COLUMN_COUNT:
            raise self.refuse(f"{what} no tiene las {FigureRow.COLUMN_COUNT} cifras del formato")
        # Only a row with a figure to refuse gets here: find it and say why.
        columns = [
            None if cell is None and index >= _PLANNED_COLUMNS else self.figure(cell, what)
            for index, cell in enumerate(value)
        ]
        for name, figure in zip(_COLUMN_NAMES, columns, strict=True):
            if figure is not None and figure < 0:
                # The unit's validation refuses to export one: a damaged or edited package.
                raise self.refuse(f"{what} tiene una cifra negativa ({name}: {figure})")
        return FigureRow.from_columns(columns)


class _Decimals(dict[int, Decimal]):
    """Whole figures already made into decimals (immutable, so shared): a package repeats a few."""

    def __missing__(self, key: int) -> Decimal:
        number = self[key] = Decimal(key)
        return number


def _plain_row(value: Any, decimals: _Decimals | None = None) -> FigureRow | None:
    """The row when every figure is plainly admissible; None sends it to the checks that say why."""
    if type(value) is not list or len(value) != FigureRow.COLUMN_COUNT:
        return None
    known = _Decimals() if decimals is None else decimals
    planned: list[Decimal] = []
    for cell in value[:_PLANNED_COLUMNS]:
        # Only an int is looked up: True and 1.0 equal 1 as keys, and must not pass as it.
        # A negative figure is never plain: no report may hold one.
        if type(cell) is int and 0 <= cell < _INT_BOUND:
            planned.append(known[cell])
        elif type(cell) is Decimal and cell >= 0 and figure_problem(cell) is None:
            planned.append(cell)
        else:
            return None
    achieved: list[Decimal | None] = []
    for cell in value[_PLANNED_COLUMNS:]:
        if type(cell) is int and 0 <= cell < _INT_BOUND:
            achieved.append(known[cell])
        elif cell is None:
            achieved.append(None)
        elif type(cell) is Decimal and cell >= 0 and figure_problem(cell) is None:
            achieved.append(cell)
        else:
            return None
    # Built directly: no planned figure is empty here, so ``from_columns`` has nothing to fill.
    a, b, c, d, e, f, g, h, i, j = planned
    return FigureRow(
        (a, b, c, d), e, (f, g, h, i), j, (achieved[0], achieved[1], achieved[2], achieved[3])
    )


def _fits(value: Any, limit: int) -> bool:
    """A string of at most ``limit`` characters (whether it is plain text is asked apart)."""
    return type(value) is str and len(value) <= limit


def _plain_evaluations(value: Any) -> dict[Quarter, str] | None:
    """What ``_evaluations`` reads from ``value`` when it would accept it, else None."""
    if type(value) is not dict:
        return None
    found: dict[Quarter, str] = {}
    for key, text in value.items():
        if key not in _QUARTER_KEYS or not _fits(text, MAX_TEXT):
            return None
        found[_QUARTER_KEYS[key]] = text
    # One look for a character that is not text over all of them (see ``plain_meta``).
    if found and bad_character("".join(found.values())) is not None:
        return None
    return found


@dataclass
class PlainCache:
    """What the metas of one package share once read: decimals of whole figures, codes."""

    decimals: _Decimals = field(default_factory=_Decimals)
    codes: dict[tuple[str, str, str], tuple[UnitCode, ProgrammeCode, ActivityCode] | None] = field(
        default_factory=dict
    )

    def key_codes(
        self, unit: str, programme: str, activity: str
    ) -> tuple[UnitCode, ProgrammeCode, ActivityCode] | None:
        """The three codes (immutable, so shared), or None when one is not valid."""
        names = (unit, programme, activity)
        if names in self.codes:
            return self.codes[names]
        try:
            codes = (UnitCode(unit), ProgrammeCode(programme), ActivityCode(activity))
        except ValueError:
            self.codes[names] = None
            return None
        self.codes[names] = codes
        return codes


def plain_meta(
    item: Mapping[str, Any], reported_up_to: Quarter | None, cache: PlainCache | None = None
) -> Meta | None:
    """The meta ``meta_from_json`` reads, when every check passes at the first look.

    None when any value needs a closer look: the full reading then runs every check again and
    names the first that fails. A meta is returned only where that reading returns an equal one,
    so a package is read the same; this path only skips building messages nobody sees.
    """
    shared = PlainCache() if cache is None else cache
    # Every reason for a refusal (missing or odd values, bad codes, another identity) means
    # "look again closely": this path never refuses, it only accepts what plainly passes.
    try:
        claimed, entity, unit, programme, activity, description, uom, kind_text, cumulative = (
            item["id"],
            item["dependencia"],
            item["unidad"],
            item["programa"],
            item["proceso"],
            item["descripcion"],
            item["unidad_medida"],
            item["tipo"],
            item["acumulable"],
        )
        num_value, den_value = item["num"], item["den"]
        met_value = item["met"] if kind_text == _PERCENTAGE_LETTER else None
    except KeyError:
        return None
    if not (
        _fits(claimed, _ID_CHARS)
        and _fits(entity, _CODE_CHARS)
        and entity.strip()
        and _fits(unit, _CODE_CHARS)
        and _fits(programme, _CODE_CHARS)
        and _fits(activity, _CODE_CHARS)
        and _fits(description, _DESCRIPTION_CHARS)
        and description.strip()
        and _fits(uom, _MEASURE_CHARS)
        and type(cumulative) is bool
        and type(kind_text) is str
        and kind_text in META_KINDS
        # One look over the texts joined: a character that is not text is one character, so
        # the joined text has one exactly when one of them has (each is checked on its own,
        # naming it, when the full reading runs).
        and bad_character("".join((claimed, entity, unit, programme, activity, description, uom)))
        is None
    ):
        return None
    kind = META_KINDS[kind_text]
    if (kind is _PERCENTAGE) != (den_value is not None):
        return None
    decimals = shared.decimals
    num = _plain_row(num_value, decimals)
    met = num if kind is _ABSOLUTE else _plain_row(met_value, decimals)
    den = None if den_value is None else _plain_row(den_value, decimals)
    evaluations = _plain_evaluations(item.get("evaluacion", {}))
    if num is None or met is None or (den_value is not None and den is None) or evaluations is None:
        return None
    codes = shared.key_codes(unit, programme, activity)
    if codes is None:
        return None
    key = MetaKey(entity, codes[0], codes[1], codes[2], normalize_text(description))
    if not _ID.fullmatch(claimed) or key.stable_id != claimed:
        return None
    meta = Meta(key, uom, kind, cumulative, met, num, den, evaluations)
    return meta if _late_quarter(meta, reported_up_to) is None else None


def _meta_name(item: Mapping[str, Any]) -> str:
    description = item.get("descripcion")
    if isinstance(description, str) and description.strip():
        return shown_name(normalize_text(description), 60)
    return shown_name(str(item.get("id", "?")), 20)


def _evaluations(reader: DataReader, value: Any, what: str) -> dict[Quarter, str]:
    found: dict[Quarter, str] = {}
    for key, text in reader.mapping(value, what).items():
        if key not in {"1", "2", "3", "4"}:
            raise reader.refuse(f"{what} nombra un trimestre que no existe")
        found[Quarter(int(key))] = reader.text(text, what, MAX_TEXT)
    return found


def _late_quarter(meta: Meta, quarter: Quarter | None) -> Quarter | None:
    """The first quarter after ``quarter`` the meta reports anything for (None: none)."""
    first = 0 if quarter is None else int(quarter)
    # The achieved series read once, not through a generator per quarter: every meta of every
    # received package passes here.
    met, num = meta.met.achieved, meta.num.achieved
    den = None if meta.den is None else meta.den.achieved
    evaluations = meta.evaluations
    # The tuple's length, not the enum's: ``len(Quarter)`` is a Python call on Python 3.11.
    for index in range(first, len(_QUARTERS)):
        period = _QUARTERS[index]
        if (
            met[index] is not None
            or num[index] is not None
            or (den is not None and den[index] is not None)
            or evaluations.get(period)
        ):
            return period
    return None


def _check_reported(reader: DataReader, meta: Meta, quarter: Quarter | None, name: str) -> None:
    """No achieved figure or narrative after ``quarter`` (none at all when ``quarter`` is None)."""
    period = _late_quarter(meta, quarter)
    if period is not None:
        when = "" if quarter is None else f" en un paquete del trimestre {int(quarter)}"
        raise reader.refuse(f"la meta «{name}» trae lo realizado del trimestre {int(period)}{when}")


def meta_from_json(
    reader: DataReader, item: Mapping[str, Any], reported_up_to: Quarter | None
) -> Meta:
    """One meta as ``report_json.meta_to_json`` writes it; its id must match its key fields.

    ``reported_up_to`` is the last quarter it may carry achieved figures for (None: none).
    """
    meta = plain_meta(item, reported_up_to, reader.plain)
    if meta is not None:
        return meta
    name = _meta_name(item)
    what = f"la meta «{name}»"

    def get(key: str) -> Any:
        return reader.field(item, key, what)

    claimed = reader.text(get("id"), f"el identificador de {what}", _ID_CHARS)
    try:
        key = MetaKey(
            entity=reader.text(
                get("dependencia"), f"la dependencia de {what}", _CODE_CHARS, empty=False
            ),
            unit=UnitCode(reader.text(get("unidad"), f"la unidad de {what}", _CODE_CHARS)),
            programme=ProgrammeCode(
                reader.text(get("programa"), f"el programa de {what}", _CODE_CHARS)
            ),
            activity=ActivityCode(
                reader.text(get("proceso"), f"el proceso de {what}", _CODE_CHARS)
            ),
            description=normalize_text(
                reader.text(
                    get("descripcion"), f"la descripción de {what}", _DESCRIPTION_CHARS, empty=False
                )
            ),
        )
    except ValueError as exc:
        raise reader.refuse(f"{what}: {str(exc).rstrip('.')}") from exc
    if not _ID.fullmatch(claimed) or key.stable_id != claimed:
        raise reader.refuse(f"{what} no corresponde a su identificador «{shown_name(claimed)}»")
    kind_text = get("tipo")
    if kind_text not in META_KINDS:
        raise reader.refuse(f"el tipo de {what} no es A ni P")
    kind = MetaKind(kind_text)
    num = reader.row(get("num"), f"la fila NUM de {what}")
    den_value = get("den")
    if (kind is MetaKind.PERCENTAGE) != (den_value is not None):
        raise reader.refuse(f"la fila DEN de {what} no corresponde a su tipo {kind.value}")
    meta = Meta(
        key=key,
        unit_of_measure=reader.text(
            get("unidad_medida"), f"la unidad de medida de {what}", _MEASURE_CHARS
        ),
        kind=kind,
        cumulative=reader.flag(get("acumulable"), f"el valor acumulable de {what}"),
        met=num if kind is MetaKind.ABSOLUTE else reader.row(get("met"), f"la fila MET de {what}"),
        num=num,
        den=None if den_value is None else reader.row(den_value, f"la fila DEN de {what}"),
        evaluations=_evaluations(reader, item.get("evaluacion", {}), f"la evaluación de {what}"),
    )
    _check_reported(reader, meta, reported_up_to, name)
    return meta


def unique_metas(reader: DataReader, metas: Sequence[Meta]) -> dict[str, Meta]:
    """The metas by id, refusing a package that lists one twice."""
    by_id: dict[str, Meta] = {}
    for meta in metas:
        if meta.stable_id in by_id:
            raise reader.refuse(f"la meta «{shown_name(meta.description, 60)}» aparece dos veces")
        by_id[meta.stable_id] = meta
    return by_id
