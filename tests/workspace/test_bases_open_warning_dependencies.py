"""The warning before programme bases are written, on reports of several dependencies.

It looked every unit's open quarters up under the first dependency holding its code: a base of
dependency 84's 003, its first quarter open, went out unwarned when 51's 003 was closed. Each
unit is now named with its dependency, and a state's hundreds of units do not make a box
taller than the screen (3,979 characters for 476 units).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench.generate_state_report import build
from ism_desktop.domain.audit import Author
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.bases_warnings import bases_warnings
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database


def test_the_unit_named_is_looked_up_under_its_own_dependency(tmp_path: Path) -> None:
    with Store.open(state_database(tmp_path)) as store:
        author = Author("Unidad 002", "prueba")
        store.closures.set_state(
            ClosureEvent(2024, DELIVERED, SHARED, Quarter.FIRST, CLOSE, "", author, "")
        )

        said = bases_warnings(store, 2024, [(AWAITED, SHARED)], window=False)
        closed = bases_warnings(store, 2024, [(DELIVERED, SHARED)], window=False)

    assert [s.split(":")[0] for s in said] == [
        "el trimestre 1 de la unidad 003 de la dependencia 84 está abierto aquí"
    ]
    assert closed == []


def test_a_state_s_units_are_counted_past_the_first_few(tmp_path: Path) -> None:
    text, expected = build(metas=400, dependencies=12, seed=3)
    source = tmp_path / "estatal.txt"
    source.write_text(text, encoding="utf-8")
    pairs = {(str(m["dependency"]), str(m["unit"])) for m in expected}
    holding_002 = sorted(entity for entity, unit in pairs if unit == "002")
    assert len(holding_002) > 1  # the coordinator's own 002 is one of several
    assert len(pairs) > 60
    sent = len(pairs) - 1  # every unit but the coordinator's own 002
    with Store.open(tmp_path / "estatal.sqlite3") as store:
        import_etca_file(source, store.reports)

        [said] = bases_warnings(store, 2024, window=True)

    head = said.split(" está abierto aquí")[0]
    more = re.fullmatch(r"el trimestre 1 de las unidades (.+) y (\d+) más", head)
    assert more is not None, head
    named = Counter(re.findall(r"\b\d{3}\b", more.group(1)))
    assert sum(named.values()) + int(more.group(2)) == sent
    assert len(said) < 700
