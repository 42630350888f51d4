"""Receiving 60 units' packages of a state-scale programme, against plain unzip + JSON parse.

Run ``python bench/bench_packages.py [--runs 3]``. The programme is
``generate_state_report.generate(metas=5000, dependencies=60, seed=2024)``, saved in a
coordinator's database file. Each of the 60 dependencies sends one package: the one of its
largest unit, exported for real (manifest, data, PDF, workbook) from a database holding that
dependency alone, after adding 1 to the first quarter's achieved figure of every meta, so that
every package changes every one of its metas. The table gives the best of ``--runs``:

- plain: for every file, ``zipfile`` reads every member and ``json.loads`` parses the data;
- read: ``read_package`` (zip limits, manifest, every SHA-256, the workbook's parts scanned,
  the data parsed with exact decimals), no database;
- check: ``check_package`` (read, then every meta judged against the programme, and the diff;
  nothing written);
- import: ``receive_packages`` into a fresh copy of the coordinator's database (verify, plan,
  write each package in its own transaction, audited);

and each one's ratio to plain (the target for import is at most 2×).
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate_state_report import generate  # noqa: E402
from ism_desktop.domain.codes import UnitCode  # noqa: E402
from ism_desktop.domain.editing import with_achieved  # noqa: E402
from ism_desktop.domain.figures import Series  # noqa: E402
from ism_desktop.domain.meta import Meta  # noqa: E402
from ism_desktop.domain.quarter import Quarter  # noqa: E402
from ism_desktop.domain.report import ImportSource, ProgressReport  # noqa: E402
from ism_desktop.exchange.etca.text import parse_etca_text  # noqa: E402
from ism_desktop.exchange.export.check import ExportCheck  # noqa: E402
from ism_desktop.exchange.export.report_package import export_package  # noqa: E402
from ism_desktop.exchange.intake.packages import check_package, receive_packages  # noqa: E402
from ism_desktop.exchange.package.reader import read_package  # noqa: E402
from ism_desktop.store.store import Store  # noqa: E402

Q1 = Quarter.FIRST
TARGET_RATIO = 2.0


def _no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


def _typed(meta: Meta) -> Meta:
    """The meta with one more achieved in the first quarter, as a unit's correction."""
    num = meta.num.value(Series.ACHIEVED, Q1) or Decimal(0)
    den = None if meta.den is None else meta.den.value(Series.ACHIEVED, Q1)
    return with_achieved(meta, Q1, num + 1, den)


def _largest_units(report: ProgressReport) -> list[tuple[str, UnitCode]]:
    counts: dict[tuple[str, UnitCode], int] = {}
    for meta in report.metas:
        key = (meta.key.entity, meta.key.unit)
        counts[key] = counts.get(key, 0) + 1
    best: dict[str, tuple[str, UnitCode]] = {}
    for key, count in counts.items():
        if key[0] not in best or count > counts[best[key[0]]]:
            best[key[0]] = key
    return list(best.values())


def make_packages(report: ProgressReport, folder: Path) -> list[Path]:
    """One real package per dependency (its largest unit), all in ``folder``."""
    paths = []
    for entity, unit in _largest_units(report):
        metas = tuple(
            _typed(m) if m.key.unit == unit else m for m in report.metas if m.key.entity == entity
        )
        entity_report = replace(report, metas=metas)
        with Store.in_memory() as store:
            store.reports.save(entity_report, ImportSource("estado.txt", "0" * 64))
            exported = export_package(store, unit, Q1, folder / entity, validate=_no_findings).path
        target = folder / f"{entity}_{exported.name}"
        shutil.move(exported, target)
        paths.append(target)
    return paths


def plain(paths: list[Path]) -> None:
    """What any program must do at least: unzip every member and parse the data."""
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                if name == "datos.json":
                    json.loads(data)


def best_of(runs: int, action: Callable[[], object], prepare: Callable[[], object]) -> float:
    """The shortest wall time of ``runs`` calls of ``action``, each after ``prepare``."""
    times = []
    for _ in range(runs):
        prepare()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Build the programme and the packages, then time plain reading, checking and importing."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        report = parse_etca_text(generate(metas=5000, dependencies=60, seed=2024)).report
        original = folder / "coordinadora.sqlite3"
        with Store.open(original) as store:
            store.reports.save(report, ImportSource("estado.txt", "0" * 64))
        paths = make_packages(report, folder / "paquetes")
        total_bytes = sum(path.stat().st_size for path in paths)
        copy = folder / "copia.sqlite3"

        def fresh_copy() -> None:
            shutil.copy(original, copy)

        def check_all() -> None:
            with Store.open(copy) as store:
                for path in paths:
                    check_package(store, path)

        def import_all() -> None:
            with Store.open(copy) as store:
                outcomes = receive_packages(store, paths)
            refused = [o.error for o in outcomes if o.refused]
            if refused:
                raise SystemExit(f"rechazado: {refused[0]}")

        plain_s = best_of(args.runs, lambda: plain(paths), lambda: None)
        read_s = best_of(args.runs, lambda: [read_package(path) for path in paths], lambda: None)
        check_s = best_of(args.runs, check_all, fresh_copy)
        import_s = best_of(args.runs, import_all, fresh_copy)
        with Store.open(copy) as store:
            metas = sum(p.metas for p in store.received.history())
    out = io.StringIO()
    out.write(
        f"{len(paths)} paquetes, {metas} metas, {total_bytes / 1024 / 1024:.1f} MB "
        f"(programa de {len(report.metas)} metas)\n"
    )
    out.write(f"{'paso':<40}{'s':>8}{'ms/paquete':>12}{'× plain':>9}\n")
    for step, seconds in (
        ("plain: unzip + json.loads", plain_s),
        ("read_package (estructura + huellas)", read_s),
        ("check_package (verificar + diff)", check_s),
        ("receive_packages (verificar + aplicar)", import_s),
    ):
        per = seconds / len(paths) * 1000
        out.write(f"{step:<40}{seconds:>8.3f}{per:>12.1f}{seconds / plain_s:>9.2f}\n")
    verdict = "cumple" if import_s / plain_s <= TARGET_RATIO else "NO cumple"
    out.write(f"objetivo: importar ≤ {TARGET_RATIO:.0f}× plain → {verdict}\n")
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
