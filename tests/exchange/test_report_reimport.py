"""Importing a report again: later quarters are kept, every change is listed and audited."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.figures import Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store

ESTUDIOS = "56190ba47cf2b956"  # 761 achieved of 900 in the first quarter
# The last line of its narrative, as printed.
NARRATIVE = "ALGUNAS DE LAS USUARIAS YA CONTABAN CON EXPEDIENTE PREVIO Y ACUDÍAN A SEGUIMIENTO."


def _store_with_second_quarter(seed_path: Path, tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "avance.sqlite3")
    import_etca_file(seed_path, store.reports)
    report = store.reports.load()
    assert report is not None
    before = report.meta_by_id(ESTUDIOS)
    assert before is not None
    after = with_achieved(before, Quarter.SECOND, Decimal(812), None)
    after = with_evaluation(after, Quarter.SECOND, "SE REALIZARON 812 ESTUDIOS.")
    store.edits.save(2024, before, after, Author("Unidad 004", "ana"))
    return store


def _estudios(store: Store) -> object:
    report = store.reports.load()
    assert report is not None
    meta = report.meta_by_id(ESTUDIOS)
    assert meta is not None
    return meta


def test_a_first_quarter_report_keeps_the_second_quarter(seed_path: Path, tmp_path: Path) -> None:
    with _store_with_second_quarter(seed_path, tmp_path) as store:
        summary = import_etca_file(seed_path, store.reports)
        report = store.reports.load(2024, Quarter.SECOND)
        assert report is not None
        meta = report.meta_by_id(ESTUDIOS)

    assert meta is not None
    assert meta.num.value(Series.ACHIEVED, Quarter.SECOND) == Decimal(812)
    assert meta.evaluation(Quarter.SECOND) == "SE REALIZARON 812 ESTUDIOS."
    assert summary.changes == ()


def test_a_figure_the_report_changes_is_listed_and_audited(seed_path: Path, tmp_path: Path) -> None:
    corrected = tmp_path / "corregido.txt"
    text = seed_path.read_text(encoding="utf-8")
    assert text.count(" 761.00 0.00 0.00 0.00") == 2  # the MET and NUM rows of ESTUDIOS
    corrected.write_text(text.replace(" 761.00 0.00 0.00 0.00", " 770.00 0.00 0.00 0.00"))
    with _store_with_second_quarter(seed_path, tmp_path) as store:
        summary = import_etca_file(corrected, store.reports)
        history = store.edits.history(2024, ESTUDIOS)

    listed = [(c.meta_id, c.change.label, c.change.old, c.change.new) for c in summary.changes]
    assert (ESTUDIOS, "Realizado T1 (NUM)", "761.00", "770.00") in listed
    assert [(c[1], c[2], c[3]) for c in listed if c[0] == ESTUDIOS] == [
        ("Realizado T1 (NUM)", "761.00", "770.00")
    ]
    assert any(
        entry.change.field == "realizado.t1.num" and entry.change.new == "770.00"
        for entry in history
    )
    assert "1 cifra o texto cambiado" in summary.describe() or "cambios" in summary.describe()


def test_a_report_that_shortens_a_stored_evaluation_says_so(
    seed_path: Path, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "avance.sqlite3")
    summary = import_etca_file(seed_path, store.reports)
    report = store.reports.load()
    assert report is not None
    before = report.meta_by_id(ESTUDIOS)
    assert before is not None
    printed = before.evaluation(Quarter.FIRST)
    longer = with_evaluation(before, Quarter.FIRST, printed + " Y SE DIO SEGUIMIENTO A 40 CASOS.")
    store.edits.save(2024, before, longer, Author("Unidad 004", "ana"))

    summary = import_etca_file(seed_path, store.reports)
    store.close()

    (line,) = summary.change_lines()
    assert line.startswith(f"  Meta {ESTUDIOS}: Evaluación cualitativa T1:")
    assert "el informe la acorta" in line


def test_a_changed_evaluation_is_shown_where_it_changes(seed_path: Path, tmp_path: Path) -> None:
    added = " Y SE DIO SEGUIMIENTO A 40 CASOS."
    text = seed_path.read_text(encoding="utf-8")
    corrected = tmp_path / "corregido.txt"
    corrected.write_text(text.replace(NARRATIVE, NARRATIVE + added), encoding="utf-8")
    with Store.open(tmp_path / "avance.sqlite3") as store:
        import_etca_file(seed_path, store.reports)
        summary = import_etca_file(corrected, store.reports)

    (line,) = summary.change_lines()
    shown = re.fullmatch(r"  Meta \w+: Evaluación cualitativa T1: «(.*)» → «(.*)»", line)
    assert shown is not None, line
    old, new = shown.groups()
    # Both begin alike for far longer than a line shows: the end, where they differ, is shown.
    assert old != new
    assert new.endswith("SEGUIMIENTO A 40 CASOS.")
    assert old.startswith("…")
    assert new.startswith("…")
    assert max(len(old), len(new)) <= 61


def test_an_evaluation_that_gains_only_line_breaks_says_so_on_one_line(
    seed_path: Path, tmp_path: Path
) -> None:
    # A database imported before numbered lists kept their lines holds the list as one
    # paragraph; importing the same report again changes only its line breaks.
    with Store.open(tmp_path / "avance.sqlite3") as store:
        import_etca_file(seed_path, store.reports)
        report = store.reports.load()
        assert report is not None
        before = next(m for m in report.metas if "\n1. PROABIM" in m.evaluation(Quarter.FIRST))
        joined = " ".join(before.evaluation(Quarter.FIRST).split())
        store.edits.save(
            2024,
            before,
            with_evaluation(before, Quarter.FIRST, joined),
            Author("Unidad 001", "ana"),
        )
        summary = import_etca_file(seed_path, store.reports)

    (line,) = summary.change_lines(by_name=True)
    assert "\n" not in line
    assert line.endswith(
        "Evaluación cualitativa T1: (solo cambiaron espacios o saltos de línea)"
    ), line
