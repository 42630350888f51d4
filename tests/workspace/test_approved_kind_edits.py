"""An approved meta's type edited replaces the very problem of its rows, not one worded alike.

The check found the problem by its words: with another problem worded the same ahead of it,
that other one was replaced (or dropped) and the meta's own stayed, out of its place.
"""

from __future__ import annotations

import pytest

from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.programme_template_contents import (
    KindEdit,
    TemplateContents,
    TemplateMeta,
    TemplateProblem,
)
from ism_desktop.workspace.approved_template_checks import kind_edits_refused

ALIKE = "Hoja {sheet}, celda H12: una meta de tipo P empieza con la fila NUM"
BETWEEN = "Hoja {sheet}, celda C13: falta la descripción"


@pytest.fixture
def approved(seed_text: str) -> Meta:
    """An approved meta of type A."""
    metas = parse_etca_text(seed_text).report.metas
    return next(meta for meta in metas if meta.kind is MetaKind.ABSOLUTE)


def _contents(meta: Meta, *, read_whole: bool) -> tuple[TemplateContents, str]:
    """Two problems worded alike, the kind edit's the second one; and the sheet."""
    sheet = meta.key.unit.value
    alike = ALIKE.format(sheet=sheet)
    first, between, own = (
        TemplateProblem(sheet, "H12", alike),
        TemplateProblem(sheet, "C13", BETWEEN.format(sheet=sheet)),
        TemplateProblem(sheet, "H12", alike),
    )
    edit = KindEdit(sheet, 20, meta.stable_id, MetaKind.PERCENTAGE, own)
    metas = [TemplateMeta(meta, sheet, {"MET": 30}, meta.stable_id)] if read_whole else []
    contents = TemplateContents(
        metas=metas,
        problems=[first, between, own],
        ids={meta.stable_id},
        sheets={sheet},
        read_sheets={sheet},
        kind_edits=[edit],
        first_rows={(sheet, meta.stable_id): [20]},
    )
    return contents, sheet


def test_the_type_is_said_in_place_of_the_edits_own_problem(approved: Meta) -> None:
    contents, sheet = _contents(approved, read_whole=False)

    said = kind_edits_refused(contents, [approved], 2025)

    assert said == [
        ALIKE.format(sheet=sheet),
        BETWEEN.format(sheet=sheet),
        f"Hoja {sheet}, celda F20: el programa 2025 está aprobado; el tipo no cambia (era A, "
        "dice P)",
    ]


def test_a_meta_read_whole_drops_its_own_problem_only(approved: Meta) -> None:
    contents, sheet = _contents(approved, read_whole=True)

    said = kind_edits_refused(contents, [approved], 2025)

    assert said == [ALIKE.format(sheet=sheet), BETWEEN.format(sheet=sheet)]
