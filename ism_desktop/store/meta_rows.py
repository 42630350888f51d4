"""One meta and its MET/NUM/DEN rows: their table columns (Decimals as TEXT), and writing them."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.figures import FigureRow, RowKind
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.store.connection import Database
from ism_desktop.store.errors import DamagedDataError
from ism_desktop.store.id_lists import IDS_PER_QUERY, id_chunks

FIGURE_COLUMNS: tuple[str, ...] = (
    *(f"original_q{q}" for q in range(1, 5)),
    "original_annual",
    *(f"modified_q{q}" for q in range(1, 5)),
    "modified_annual",
    *(f"achieved_q{q}" for q in range(1, 5)),
)


def row_to_values(row: FigureRow, unreported: str | None = None) -> tuple[str | None, ...]:
    """The 14 column values of a row, in ``FIGURE_COLUMNS`` order.

    An achieved figure not reported is ``unreported`` (``None``: the column's NULL).
    """
    # Unrolled: a state report writes 11,000 rows, and a loop costs more than the conversions.
    a, b, c, d, e, f, g, h, i, j, k, m, n, o = row.columns()
    return (
        None if a is None else str(a),
        None if b is None else str(b),
        None if c is None else str(c),
        None if d is None else str(d),
        None if e is None else str(e),
        None if f is None else str(f),
        None if g is None else str(g),
        None if h is None else str(h),
        None if i is None else str(i),
        None if j is None else str(j),
        unreported if k is None else str(k),
        unreported if m is None else str(m),
        unreported if n is None else str(n),
        unreported if o is None else str(o),
    )


class StoredDecimals(dict[str | None, Decimal | None]):
    """Stored figure texts read as decimals, each once; an empty figure (NULL) stays None.

    Shared by the rows of one load, it gives equal stored texts one ``Decimal`` (immutable,
    so shared safely): a state's 5,000 metas hold 155,000 figures but about 2,600 different
    ones, read once each and kept in memory once.
    """

    def __missing__(self, key: str | None) -> Decimal | None:
        # The columns are TEXT: a stored figure is already its exact decimal's text.
        text = None if key is None else key if type(key) is str else str(key)
        number = None if text is None else _finite(text)
        if text is not None and number is None:
            # Only a hand edit or a damaged file holds one: said, not a crash further on.
            raise DamagedDataError(
                f"La base de datos tiene una cifra que no es válida («{text[:40]}»): se cambió "
                "fuera del programa o está dañada. No se cambió nada; una copia de seguridad la "
                "devuelve a como estaba."
            )
        self[key] = number
        return number


def _finite(text: str) -> Decimal | None:
    """The text's decimal; None when it is none, or infinite, or not a number."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def row_from_values(
    values: Sequence[str | None] | Mapping[str, str | None],
    decimals: StoredDecimals | None = None,
) -> FigureRow:
    """Rebuild a row from the 14 stored column values (``decimals``: see ``StoredDecimals``)."""
    # A tuple first: asking an abstract class costs more than the rest of the row.
    if type(values) is not tuple and isinstance(values, Mapping):
        values = [values[name] for name in FIGURE_COLUMNS]
    known = StoredDecimals() if decimals is None else decimals
    # Looked up in one C loop: a batch of packages loads thousands of rows.
    columns = list(map(known.__getitem__, values))
    return FigureRow.from_columns(columns)


_META_UPSERT = """
    INSERT INTO metas (year, stable_id, position, entity_code, unit_code, programme_code,
                       activity_code, description, unit_of_measure, kind, cumulative)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (year, stable_id) DO UPDATE SET
        position = excluded.position, description = excluded.description,
        unit_of_measure = excluded.unit_of_measure, kind = excluded.kind,
        cumulative = excluded.cumulative
"""
_MET, _NUM, _DEN = RowKind.MET.value, RowKind.NUM.value, RowKind.DEN.value
_KIND_VALUES = {kind: kind.value for kind in MetaKind}
# The four achieved figures are None until reported, and the sqlite3 module binds a None
# through its adapter lookup (an AttributeError made and dropped each time: 0.5 µs, 33,000 a
# state report); an empty text binds at once and the statement stores it as NULL. No figure's
# text is empty.
_UNREPORTED = ""
_ACHIEVED_COLUMNS = 4
_ROW_UPSERT = (
    f"INSERT INTO figure_rows (meta_id, row_kind, {', '.join(FIGURE_COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' for _ in FIGURE_COLUMNS[:-_ACHIEVED_COLUMNS])}, "
    f"{', '.join(f'NULLIF(?, {_UNREPORTED!r})' for _ in range(_ACHIEVED_COLUMNS))}) "
    "ON CONFLICT (meta_id, row_kind) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in FIGURE_COLUMNS)
)


def upsert_meta(db: Database, year: int, position: int, meta: Meta) -> int:
    """Insert or update the meta and its rows (inside the caller's transaction); its row id."""
    return upsert_metas(db, year, [(position, meta)])[0]


def upsert_metas(
    db: Database,
    year: int,
    metas: Sequence[tuple[int, Meta]],
    stored: Container[str] | None = None,
) -> list[int]:
    """Insert or update metas (position, meta) and their rows in a few statements; their ids.

    Runs inside the caller's transaction. One statement per table, not per meta: a state report
    has 5,000 metas, and a statement per meta costs more than the whole report's parsing.
    ``stored``, when given, holds the stable ids of those of the metas already in the year (the
    others have no rows to remove).
    """
    if not metas:
        return []
    # Each meta's id asked once (a property, two calls deep), not once per use.
    stable_ids = [meta.stable_id for _, meta in metas]
    db.conn.executemany(
        _META_UPSERT,
        [
            _meta_values(year, position, stable_id, meta)
            for stable_id, (position, meta) in zip(stable_ids, metas, strict=True)
        ],
    )
    if len(metas) > IDS_PER_QUERY:
        # One pass over the year's index instead of a query per 900 metas.
        ids: dict[str, int] = dict(
            db.conn.execute("SELECT stable_id, id FROM metas WHERE year = ?", [year])
        )
    else:
        ids = meta_ids(db, year, stable_ids)
    row_ids = [ids[stable_id] for stable_id in stable_ids]
    db.conn.executemany(
        "DELETE FROM figure_rows WHERE meta_id = ? AND row_kind = 'DEN'",
        [
            (meta_id,)
            for meta_id, stable_id, (_, meta) in zip(row_ids, stable_ids, metas, strict=True)
            if meta.den is None and (stored is None or stable_id in stored)
        ],
    )
    db.conn.executemany(_ROW_UPSERT, _row_values(row_ids, metas))
    return row_ids


def _row_values(
    row_ids: Sequence[int], metas: Sequence[tuple[int, Meta]]
) -> list[tuple[int | str | None, ...]]:
    # Metas read from one report share their equal rows (an absolute meta's NUM is its MET): a
    # row's 14 texts are made once. The rows outlive this call, so their ids stay theirs.
    texts: dict[int, tuple[str | None, ...]] = {}
    values = []
    for meta_id, (_, meta) in zip(row_ids, metas, strict=True):
        for kind, row in ((_MET, meta.met), (_NUM, meta.num), (_DEN, meta.den)):
            if row is None:
                continue
            text = texts.get(id(row))
            if text is None:
                # An achieved figure not reported as _ROW_UPSERT binds it: empty text.
                text = texts[id(row)] = row_to_values(row, _UNREPORTED)
            values.append((meta_id, kind, *text))
    return values


def meta_ids(db: Database, year: int, stable_ids: Sequence[str]) -> dict[str, int]:
    """The row ids of the metas of a year with these stable ids (those that exist)."""
    ids: dict[str, int] = {}
    for marks, chunk in id_chunks(stable_ids):
        for stable_id, meta_id in db.execute(
            f"SELECT stable_id, id FROM metas WHERE year = ? AND stable_id IN ({marks})",
            [year, *chunk],
        ).fetchall():
            ids[str(stable_id)] = int(meta_id)
    return ids


def _meta_values(year: int, position: int, stable_id: str, meta: Meta) -> tuple[object, ...]:
    key = meta.key
    return (
        year,
        stable_id,
        position,
        key.entity,
        key.unit.value,
        key.programme.value,
        key.activity.value,
        key.description,
        meta.unit_of_measure,
        _KIND_VALUES[meta.kind],
        int(meta.cumulative),
    )
