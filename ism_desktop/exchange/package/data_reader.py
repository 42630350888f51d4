"""Reading the data file of a received package into domain values, trusting nothing in it.

Every value is checked for type, length and range; a figure is an exact decimal of sensible
size; a meta's identity is recomputed from its key fields and must match the id it claims.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.fields import PRINTED_COLUMNS, column_label
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.limits import (
    FIGURE_BOUND,
    MAX_NARRATIVE_CHARS,
    bad_character,
    figure_problem,
    one_plain_line,
    too_long,
)
from ism_desktop.domain.look_alike import description_problem
from ism_desktop.domain.meta import META_KINDS, Meta, MetaKey, MetaKind, normalize_text
from ism_desktop.domain.package_moment import moment_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.manifest import PackageRefusedError, shown_name
from ism_desktop.exchange.package.plain_meta import (
    CODE_CHARS,
    DESCRIPTION_CHARS,
    ID,
    ID_CHARS,
    MEASURE_CHARS,
    PLANNED_COLUMNS,
    PlainCache,
    late_quarter,
    plain_meta,
    plain_row,
)

MAX_METAS = 20_000
MAX_NAME = 400
MAX_TEXT = MAX_NARRATIVE_CHARS
# The 14 figures of a row as the form prints them, for a message that names one.
_COLUMN_NAMES = tuple(column_label(series, quarter) for series, quarter in PRINTED_COLUMNS)


def _not_valid(value: Any, what: str) -> str:
    """Why ``value`` is refused as ``what``: missing, or not valid in the noun's gender."""
    if value is None:  # absent (read with ``get``) or written as null: nothing to read
        return f"falta {what}"
    return f"{what} no es {'válida' if _feminine(what) else 'válido'}"


def _feminine(what: str) -> bool:
    # Every name the reader is given starts with its article: «la fecha…», «el autor…».
    return what.startswith(("la ", "una "))


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
        if problem := bad_character(value) or too_long(value, limit, feminine=_feminine(what)):
            raise self.refuse(f"{what} {problem}")
        return value

    def moment(self, value: Any, what: str, *, empty: bool = False) -> str:
        """A moment as our exports write it (``2024-04-10T09:30:00-07:00``); ``empty``: or none."""
        text = self.text(value, what, 64)
        if empty and not text:
            return text
        if problem := moment_problem(text):
            raise self.refuse(f"{what} no es válida: {problem}")
        return text

    def shown(self, value: Any, what: str, limit: int = MAX_NARRATIVE_CHARS) -> str:
        """A string only shown to the person (a note): made one plain line, cut at ``limit``.

        Never refused for its characters or length: it is a record of something the sender
        already had, and it is not stored here.
        """
        if not isinstance(value, str):
            raise self.refuse(_not_valid(value, what))
        return one_plain_line(value[: limit * 2])[:limit]

    def typed(self, value: Any, what: str, limit: int = MAX_NARRATIVE_CHARS) -> str:
        """As ``shown``, but as the sender typed it (line breaks and all), for comparing first."""
        if not isinstance(value, str):
            raise self.refuse(_not_valid(value, what))
        return value[:limit]

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
        plain = plain_row(value)
        if plain is not None:
            return plain
        if not isinstance(value, list) or len(value) != FigureRow.COLUMN_COUNT:
            raise self.refuse(f"{what} no tiene las {FigureRow.COLUMN_COUNT} cifras del formato")
        # Only a row with a figure to refuse gets here: find it and say why.
        columns = [
            None if cell is None and index >= PLANNED_COLUMNS else self.figure(cell, what)
            for index, cell in enumerate(value)
        ]
        for name, figure in zip(_COLUMN_NAMES, columns, strict=True):
            if figure is not None and figure < 0:
                # The unit's validation refuses to export one: a damaged or edited package.
                raise self.refuse(f"{what} tiene una cifra negativa ({name}: {figure})")
        return FigureRow.from_columns(columns)


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


def _check_reported(reader: DataReader, meta: Meta, quarter: Quarter | None, name: str) -> None:
    """No achieved figure or narrative after ``quarter`` (none at all when ``quarter`` is None)."""
    period = late_quarter(meta, quarter)
    if period is not None:
        when = "" if quarter is None else f" en un paquete del trimestre {int(quarter)}"
        raise reader.refuse(f"la meta «{name}» trae lo realizado del trimestre {int(period)}{when}")


def _description(reader: DataReader, value: Any, what: str) -> str:
    """A meta's description: no letter that reads as another («АPOYO», a Cyrillic А)."""
    where = f"la descripción de {what}"
    text = reader.text(value, where, DESCRIPTION_CHARS, empty=False)
    # Its id is made of its letters: another meta that reads as the one it imitates.
    if (problem := description_problem(text)) is not None:
        raise reader.refuse(f"{where} {problem}")
    return text


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

    claimed = reader.text(get("id"), f"el identificador de {what}", ID_CHARS)
    try:
        key = MetaKey(
            entity=reader.text(
                get("dependencia"), f"la dependencia de {what}", CODE_CHARS, empty=False
            ),
            unit=UnitCode(reader.text(get("unidad"), f"la unidad de {what}", CODE_CHARS)),
            programme=ProgrammeCode(
                reader.text(get("programa"), f"el programa de {what}", CODE_CHARS)
            ),
            activity=ActivityCode(reader.text(get("proceso"), f"el proceso de {what}", CODE_CHARS)),
            description=normalize_text(_description(reader, get("descripcion"), what)),
        )
    except ValueError as exc:
        raise reader.refuse(f"{what}: {str(exc).rstrip('.')}") from exc
    if not ID.fullmatch(claimed) or key.stable_id != claimed:
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
            get("unidad_medida"), f"la unidad de medida de {what}", MEASURE_CHARS
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
