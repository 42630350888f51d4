"""Fuzz of the dates of a coordinator's news: approval, and a decision's request and decision.

Every generated value is either read, and then it is a moment as ISM Avance writes one (its
text read back the same, of a year from 2000 to 2100, an offset some zone has), or refused
with a Spanish message naming the package and the field; no other exception escapes. Read in
process, against what the CLI tests refuse through ``import-package``. Seeded: a failure repeats.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.manifest import PackageManifest, PackageRefusedError
from ism_desktop.exchange.year_travel import read_news
from tests.hostile.generators import fuzzed_moments

MANIFEST = PackageManifest(
    1, "0.1.0", "ISM", UnitCode("004"), "Unidad", 2024, Quarter.FIRST, "", 2, (), PackageKind.BASE
)
REAL = "2024-04-12T10:15:00-07:00"
FIELDS = {
    "programa_aprobado": "la fecha de aprobación del programa",
    "fecha": "la fecha de la decisión sobre una solicitud de la meta «A1B2»",
    "fecha_solicitud": "la fecha de la solicitud de una decisión sobre la meta «A1B2»",
}


def _data(key: str, value: object) -> dict[str, Any]:
    if key == "programa_aprobado":
        return {key: value}
    decision = {"id_meta": "A1B2", "campo": "modificado.1.met", "decision": "aprobada"}
    return {"decisiones": [decision | {"fecha": REAL, "fecha_solicitud": REAL, key: value}]}


def _a_moment_we_write(value: object) -> bool:
    """Read back as written, the way ``isoformat(timespec="seconds")`` writes it."""
    if not isinstance(value, str) or not value.isascii():
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    offset = moment.utcoffset()
    written = moment.isoformat(timespec="seconds")
    return (
        value in (written, written.replace("+00:00", "-00:00"))
        and 2000 <= moment.year <= 2100
        and (offset is None or abs(offset) <= timedelta(hours=14))
    )


@pytest.mark.parametrize("key", FIELDS)
@pytest.mark.parametrize("seed", range(4))
def test_every_fuzzed_news_date_is_a_moment_or_refused_by_name(key: str, seed: int) -> None:
    taken = refused = 0
    for value in fuzzed_moments(seed, 1500):
        try:
            news = read_news(DataReader("o.ismpaq"), _data(key, value), MANIFEST)
        except PackageRefusedError as exc:
            refused += 1
            message = str(exc)
            assert FIELDS[key] in message, (value, message)
            assert "o.ismpaq" in message, (value, message)
            assert message.isprintable(), (value, message)
            assert len(message) < 400, (value, message)
            continue
        taken += 1
        kept = news.approved_at if key == "programa_aprobado" else _kept(news.decisions, key)
        allowed = value is None if key == "programa_aprobado" else value == "" and key != "fecha"
        assert allowed or _a_moment_we_write(kept), (value, kept)
    # Both ways were taken: the generator reaches the valid moments as well as the rest.
    assert taken > 20, (taken, refused)
    assert refused > 1000, (taken, refused)


def _kept(decisions: tuple[Any, ...], key: str) -> object:
    (decision,) = decisions
    return decision.decided_at if key == "fecha" else decision.requested_at
