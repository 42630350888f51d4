"""A unit code under two dependencies: each dependency's unit is sent its own observations.

The count of those still to send read only the first dependency's package, so the other's
observations stayed «sin enviar» after they went; and one package carried both dependencies'
observations to the first one's unit. Each now goes in its dependency's package, counted apart.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.generate_state_report import build
from ism_desktop.domain.observation import Observation, UnitObservations
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.store.store import Store

T1 = Quarter.FIRST


def test_observations_on_both_dependencies_are_sent_by_one_package(tmp_path: Path) -> None:
    text, _expected = build(metas=80, dependencies=2, seed=7)
    source = tmp_path / "estatal.txt"
    source.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(source, store.reports)
        report = store.reports.load()
        assert report is not None
        pairs = {(meta.key.entity, meta.key.unit) for meta in report.metas}
        shared = [u for u, n in Counter(u for _, u in pairs).items() if n > 1 and u.value != "002"]
        unit = min(shared, key=lambda code: code.value)
        firsts = {meta.key.entity: meta for meta in reversed(report.metas_of(unit))}
        assert len(firsts) == 2, "the unit must have metas under two dependencies"
        for meta in firsts.values():
            store.observations.add(
                Observation(2024, T1, meta.stable_id, "Anexe la lista.", "Coordinación",
                            "2024-04-10T10:00:00-07:00")
            )  # fmt: skip
        assert store.observations.by_unit(2024, T1)[unit] == UnitObservations(2, 2)

        first, second = sorted(firsts)
        sent = export_observations(store, unit, T1, tmp_path / "a", year=2024, entity=first)

        assert sent.observations == 1  # its own only
        assert store.observations.by_dependency(2024, T1) == {
            (first, unit): UnitObservations(1, 0),
            (second, unit): UnitObservations(1, 1),
        }
        export_observations(store, unit, T1, tmp_path / "b", year=2024, entity=second)
        assert store.observations.by_unit(2024, T1)[unit] == UnitObservations(2, 0)
