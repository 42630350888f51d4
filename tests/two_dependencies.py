"""A state's report of two dependencies whose unit codes repeat, generated as bench's is."""

from __future__ import annotations

from pathlib import Path

from bench.generate_state_report import build
from ism_desktop.domain.codes import UnitCode

# In the report written: 003 and 004 stand under both dependencies, 51 and 84; 002 too.
SHARED = UnitCode("003")
DELIVERED, AWAITED = "51", "84"


def state_report(folder: Path) -> Path:
    """The generated report's text (60 metas, dependencies 51 and 84), written in ``folder``."""
    text, _expected = build(metas=60, dependencies=2, seed=7)
    source = folder / "estatal.txt"
    source.write_text(text, encoding="utf-8")
    return source
