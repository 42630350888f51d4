"""The parser against generated state-scale reports: every meta read back as it was printed.

The generator (``bench/generate_state_report.py``) records what it prints; it shares no code
with the parser, so agreement on hundreds of metas with page breaks anywhere is real evidence.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bench.generate_state_report import build
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.text import parse_etca_text


def _printed(values: object) -> list[Decimal]:
    assert isinstance(values, list)
    return [Decimal(str(v).rstrip("%")) for v in values]


def _as_read(printed: list[Decimal]) -> list[Decimal | None]:
    # Achieved after the first quarter is printed 0.00 and read as "not reported".
    return [None if i > 10 and v == 0 else v for i, v in enumerate(printed)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_report_reads_back_exactly(seed: int) -> None:
    text, expected = build(metas=300, dependencies=6, seed=seed)

    parsed = parse_etca_text(text)

    assert parsed.warnings == ()
    assert parsed.report.year == 2024
    assert parsed.report.quarter is Quarter.FIRST
    metas = parsed.report.metas
    assert len(metas) == len(expected) == 300
    catalogue = parsed.report.catalogue
    for meta, want in zip(metas, expected, strict=True):
        key = meta.key
        assert (key.entity, key.unit.value, key.programme.value, key.activity.value) == (
            want["dependency"],
            want["unit"],
            want["programme"],
            want["activity"],
        )
        assert catalogue.unit_name(key.entity, key.unit) == want["unit_name"]
        assert catalogue.activity_name(key.entity, key.activity) == want["activity_name"]
        assert meta.description == want["description"]
        assert meta.unit_of_measure == want["unit_of_measure"]
        assert meta.kind.value == want["tipo"]
        assert meta.cumulative is (want["acumulable"] == "SI")
        assert list(meta.met.columns()) == _as_read(_printed(want["met"]))
        assert list(meta.num.columns()) == _as_read(_printed(want["num"]))
        if want["den"] is None:
            assert meta.den is None
        else:
            assert meta.den is not None
            assert list(meta.den.columns()) == _as_read(_printed(want["den"]))
        assert meta.evaluation(Quarter.FIRST) == want["narrative"]
