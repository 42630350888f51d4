"""What a unit delivered, carried back to it in its programme base, and taken where it has nothing.

A unit's PC reinstalled (or replaced) after the coordinating unit received and closed one of its
quarters starts from the base. The base says the quarter is closed; without its figures the new PC
held a closed quarter with nothing in it, could not type it, and could not export the next
quarter, whose checks need the earlier figures. So the base carries, for each closed quarter, the
achieved figures and the narrative the coordinating unit holds, and the unit takes them only where
it has nothing for that quarter: what it holds itself (typed again after a reopening, not yet sent)
is never replaced, nor a quarter this PC sent (it held it: emptied since, that is its choice). A
MET comes back
as the coordinating unit holds it, as an official report printed it: the unit's next package then
agrees with it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from ism_desktop.domain.audit import FieldChange, diff_metas
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.figures import Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.package_author import BASE_SIGNATURE
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.data_reader import MAX_TEXT, DataReader
from ism_desktop.exchange.package.manifest import shown_name

DELIVERED_KEY = "entregado"
# Who a base's changes are audited as; what it brings back is not the unit's own typing.
_BASE_AUTHOR = BASE_SIGNATURE


def base_author(sequence: int) -> str:
    """The audit's author of what a programme base changes."""
    return f"{_BASE_AUTHOR}{sequence} de la unidad coordinadora"


def by_a_base(profile: str) -> bool:
    """Whether an audited change was made by receiving a programme base."""
    return profile.startswith(_BASE_AUTHOR)


_QUARTERS = {str(int(quarter)): quarter for quarter in Quarter}
_FIELDS = frozenset({"met", "num", "den", "evaluacion"})


@dataclass(frozen=True)
class Delivered:
    """One quarter of one meta as the coordinating unit received it."""

    met: Decimal | None
    num: Decimal | None
    den: Decimal | None
    evaluation: str


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def delivered_json(meta: Meta, quarters: Collection[Quarter]) -> dict[str, dict[str, Any]]:
    """Per closed quarter with anything reported, its figures and narrative (empty: none)."""
    found: dict[str, dict[str, Any]] = {}
    for quarter in sorted(quarters):
        num = meta.num.value(Series.ACHIEVED, quarter)
        den = None if meta.den is None else meta.den.value(Series.ACHIEVED, quarter)
        met = meta.met.value(Series.ACHIEVED, quarter)
        text = meta.evaluations.get(quarter, "")
        if num is None and met is None and den is None and not text:
            continue
        item: dict[str, Any] = {"num": _number(num), "evaluacion": text}
        if meta.kind is MetaKind.PERCENTAGE:
            item["den"], item["met"] = _number(den), _number(met)
        found[str(int(quarter))] = item
    return found


def _figure(reader: DataReader, value: Any, what: str) -> Decimal | None:
    if value is None:
        return None
    figure = reader.figure(value, what)
    if figure < 0:
        raise reader.refuse(f"{what} es negativa")
    return figure


def read_delivered(
    reader: DataReader, item: Mapping[str, Any], meta: Meta, closed: Collection[Quarter]
) -> dict[Quarter, Delivered]:
    """The delivered quarters a base's meta carries (none for a base without them).

    ``closed``: the quarters the base's own news says the coordinating unit closed; only
    those can carry a delivery.

    Raises:
        PackageRefusedError: not the expected shape, a quarter the base does not say is
            closed, a figure that is not one, or figures that do not fit the meta's kind.
    """
    value = item.get(DELIVERED_KEY)
    if value is None:
        return {}
    name = shown_name(meta.description, 60)
    what = f"lo entregado de la meta «{name}»"
    found: dict[Quarter, Delivered] = {}
    for key, entry in reader.mapping(value, what).items():
        quarter = _QUARTERS.get(key)
        if quarter is None:
            raise reader.refuse(f"{what} nombra un trimestre que no existe («{shown_name(key)}»)")
        if quarter not in closed:
            raise reader.refuse(
                f"{what} nombra el trimestre {key}, que la unidad coordinadora no da por cerrado"
            )
        found[quarter] = _read_quarter(reader, entry, meta, f"{what} en el trimestre {key}")
    return found


def _read_quarter(reader: DataReader, entry: Any, meta: Meta, here: str) -> Delivered:
    fields = reader.mapping(entry, here)
    if not set(fields) <= _FIELDS:
        raise reader.refuse(f"{here} trae datos desconocidos")
    num = _figure(reader, fields.get("num"), f"la cifra NUM de {here}")
    den = _figure(reader, fields.get("den"), f"la cifra DEN de {here}")
    met = _figure(reader, fields.get("met"), f"la cifra MET de {here}")
    if meta.kind is MetaKind.PERCENTAGE:
        fits = (num is None) == (den is None) and (met is None or num is not None)
    else:
        fits = den is None and met is None
    if not fits:
        raise reader.refuse(f"{here} no corresponde al tipo {meta.kind.value} de la meta")
    text = reader.text(fields.get("evaluacion", ""), f"la evaluación de {here}", MAX_TEXT)
    return Delivered(met, num, den, text)


def _holds_nothing(meta: Meta, quarter: Quarter) -> bool:
    index = quarter.index
    return (
        meta.num.achieved[index] is None
        and meta.met.achieved[index] is None
        and (meta.den is None or meta.den.achieved[index] is None)
        and not meta.evaluations.get(quarter, "").strip()
    )


def with_delivered(
    meta: Meta, delivered: Mapping[Quarter, Delivered]
) -> tuple[Meta, tuple[FieldChange, ...], tuple[Quarter, ...]]:
    """The meta with each delivered quarter it holds nothing for filled in.

    Returns the meta, the changes made (for the audit and the review), and the quarters filled.
    """
    filled = [quarter for quarter in sorted(delivered) if _holds_nothing(meta, quarter)]
    if not filled:
        return meta, (), ()
    after = meta
    for quarter in filled:
        entry = delivered[quarter]
        if entry.num is not None:
            after = with_achieved(after, quarter, entry.num, entry.den)
            # The MET as the unit's report printed it (its rounding), as a received report keeps.
            if after.kind is MetaKind.PERCENTAGE and entry.met is not None:
                after = replace(after, met=after.met.with_achieved(quarter, entry.met))
        if entry.evaluation.strip():
            after = with_evaluation(after, quarter, entry.evaluation)
    return after, diff_metas(meta, after), tuple(filled)
