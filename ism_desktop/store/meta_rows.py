"""One meta and its MET/NUM/DEN rows: their table columns (Decimals as TEXT), and writing them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlite_utils import Database

from ism_desktop.domain.figures import FigureRow, RowKind
from ism_desktop.domain.meta import Meta

FIGURE_COLUMNS: tuple[str, ...] = (
    *(f"original_q{q}" for q in range(1, 5)),
    "original_annual",
    *(f"modified_q{q}" for q in range(1, 5)),
    "modified_annual",
    *(f"achieved_q{q}" for q in range(1, 5)),
)


def row_to_values(row: FigureRow) -> tuple[str | None, ...]:
    """The 14 column values of a row, in ``FIGURE_COLUMNS`` order."""
    return tuple(None if value is None else str(value) for value in row.columns())


def row_from_values(values: Sequence[str | None] | Mapping[str, str | None]) -> FigureRow:
    """Rebuild a row from the 14 stored column values."""
    if isinstance(values, Mapping):
        values = [values[name] for name in FIGURE_COLUMNS]
    return FigureRow.from_columns(
        [None if value is None else Decimal(str(value)) for value in values]
    )


_META_UPSERT = """
    INSERT INTO metas (year, stable_id, position, entity_code, unit_code, programme_code,
                       activity_code, description, unit_of_measure, kind, cumulative)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (year, stable_id) DO UPDATE SET
        position = excluded.position, description = excluded.description,
        unit_of_measure = excluded.unit_of_measure, kind = excluded.kind,
        cumulative = excluded.cumulative
    RETURNING id
"""
_ROW_UPSERT = (
    f"INSERT INTO figure_rows (meta_id, row_kind, {', '.join(FIGURE_COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' for _ in FIGURE_COLUMNS)}) "
    "ON CONFLICT (meta_id, row_kind) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in FIGURE_COLUMNS)
)


def upsert_meta(db: Database, year: int, position: int, meta: Meta) -> int:
    """Insert or update the meta and its rows (inside the caller's transaction); its row id."""
    key = meta.key
    meta_id = int(
        db.execute(
            _META_UPSERT,
            [
                year,
                meta.stable_id,
                position,
                key.entity,
                key.unit.value,
                key.programme.value,
                key.activity.value,
                key.description,
                meta.unit_of_measure,
                meta.kind.value,
                int(meta.cumulative),
            ],
        ).fetchone()[0]
    )
    rows = [(RowKind.MET, meta.met), (RowKind.NUM, meta.num)]
    if meta.den is not None:
        rows.append((RowKind.DEN, meta.den))
    else:
        db.execute("DELETE FROM figure_rows WHERE meta_id = ? AND row_kind = 'DEN'", [meta_id])
    db.conn.executemany(
        _ROW_UPSERT, [(meta_id, kind.value, *row_to_values(row)) for kind, row in rows]
    )
    return meta_id
