"""Receiving 60 units' packages of a state-scale programme, against the floor of the same work.

Run ``python bench/bench_packages.py [--runs 5]``. The programme is
``generate_state_report.generate(metas=5000, dependencies=60, seed=2024)``, saved in a
coordinator's database file. Each of the 60 dependencies sends one package: the one of its
largest unit, exported for real (manifest, data, PDF, workbook) from a database holding that
dependency alone, after adding 1 to the first quarter's achieved figure of every meta, so that
every package changes every one of its metas. Each figure is the median of ``--runs`` runs, each
in a fresh child process (``fork``) over a fresh copy of the database, with its peak RSS:

- plain: for every file, ``zipfile`` reads every member and ``json.loads`` parses the data;
- read: ``read_package`` (zip limits, manifest, every SHA-256, the workbook's parts scanned,
  the data parsed with exact decimals), no database;
- check: ``check_package`` (read, then every meta judged against the programme, and the diff;
  nothing written);
- import: ``receive_packages`` (verify, plan, write every package, audited, one commit): what
  ``import-package`` and the window's «Aplicar» run;
- floor: unzip + ``json.loads`` + SHA-256 of every member, then one durable transaction
  (WAL, synchronous FULL) writing exactly the rows the import wrote (taken from a real import).

Import and floor run in turn, and the ratio is the median of the pairs' ratios (target ≤ 2×);
the same ratio of the child's CPU time (every thread) is printed below it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate_state_report import generate  # noqa: E402
from bench.paired_timing import HEADER, Measure, in_fork, medians, paired, row  # noqa: E402
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


COORDINATOR = UnitCode("002")


def _largest_units(report: ProgressReport) -> list[tuple[str, UnitCode]]:
    counts: dict[tuple[str, UnitCode], int] = {}
    for meta in report.metas:
        if meta.key.unit == COORDINATOR:
            continue  # the receiver's own unit: captured there, never received
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


def changed_rows(original: Path, imported: Path) -> dict[str, list[tuple[object, ...]]]:
    """Per table, the rows the import inserted or changed (what the floor must write too)."""
    db = sqlite3.connect(imported)
    db.execute("ATTACH DATABASE ? AS before", [str(original)])
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    rows = {
        table: db.execute(
            f'SELECT * FROM main."{table}" EXCEPT SELECT * FROM before."{table}"'
        ).fetchall()
        for table in tables
    }
    db.close()
    return {table: values for table, values in rows.items() if values}


def floor(paths: list[Path], database: Path, rows: dict[str, list[tuple[object, ...]]]) -> None:
    """Unzip, parse and hash every package, then write the same rows in one durable transaction."""
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                hashlib.sha256(data).hexdigest()
                if name.endswith(".json"):
                    json.loads(data)
    db = sqlite3.connect(database, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN")
    for table, values in rows.items():
        marks = ", ".join("?" for _ in values[0])
        db.executemany(f'INSERT OR REPLACE INTO "{table}" VALUES ({marks})', values)
    db.execute("COMMIT")
    db.close()


def main() -> None:
    """Build the programme and the packages, then time reading, checking, importing, the floor."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = max(parser.parse_args().runs, 1)
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
            for suffix in ("-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
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

        fresh_copy()
        import_all()
        with Store.open(copy) as store:
            metas = sum(p.metas for p in store.received.history())
        rows = changed_rows(original, copy)

        def timed(action: Callable[[], object], prepare: Callable[[], object]) -> Measure:
            prepare()
            return in_fork(action)

        def nothing() -> None:
            return None

        plain_r = medians(lambda _: timed(lambda: plain(paths), nothing), runs)
        read_r = medians(lambda _: timed(lambda: [read_package(p) for p in paths], nothing), runs)
        check_r = medians(lambda _: timed(check_all, fresh_copy), runs)
        import_r = paired(
            lambda _: timed(import_all, fresh_copy),
            lambda _: timed(lambda: floor(paths, copy, rows), fresh_copy),
            runs,
        )
    out = io.StringIO()
    written = sum(len(values) for values in rows.values())
    out.write(
        f"{len(paths)} paquetes, {metas} metas, {total_bytes / 1024 / 1024:.1f} MB "
        f"(programa de {len(report.metas)} metas); {written} filas escritas; "
        f"mediana de {runs}\n"
    )
    out.write(HEADER + "\n")
    plain_s = plain_r.seconds
    for label, result in (
        ("plain: unzip + json.loads", plain_r),
        ("read_package (estructura + huellas)", read_r),
        ("check_package (verificar + diff)", check_r),
    ):
        out.write(row(label, result, "-", f"{result.seconds / plain_s:.2f}× plain") + "\n")
    verdict = "cumple" if import_r.ratio <= TARGET_RATIO else "NO cumple"
    comparator = "unzip+parse+SHA-256+1 transacción"
    target = f"≤ {TARGET_RATIO:.0f}×: {verdict}"
    out.write(row("receive_packages (verificar + aplicar)", import_r, comparator, target) + "\n")
    cpu = "-" if import_r.cpu_ratio is None else f"{import_r.cpu_ratio:.2f}×"
    out.write(f"receive_packages ÷ floor, CPU time (median of the pairs' ratios): {cpu}\n")
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
