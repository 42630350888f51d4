"""The PAIMEF window driven as a person would: live findings, dates, days off, indicators."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.gui.paimef.action_table_model import ActionTableModel
from ism_desktop.gui.paimef.due_soon_label import due_soon_text
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")
TODAY = date(2026, 3, 20)


@pytest.fixture
def store(tmp_path: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:  # type: ignore[operator]
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> PaimefWindow:
    shown = PaimefWindow(store, AUTHOR, TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _findings(window: PaimefWindow) -> list[str]:
    return [window.findings.item(i).text() for i in range(window.findings.count())]


def _discard_when_asked(
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
) -> list[str]:
    """Answer «Sí» (or ``answer``) to every question asked; the questions, in order."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_model(qtmodeltester: object) -> None:
    model = ActionTableModel()
    model.set_actions(programme().actions, {"A.1"})
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_live_findings_while_typing_then_save(window: PaimefWindow, store: Store) -> None:
    assert window.model.rowCount() == 4
    window.table.selectRow(0)
    assert window.form.key.text() == "A.1"
    window.form.exercised.setText("30000.01")
    # Not saved yet, but the rule already speaks.
    assert any("4.2.1.3" in text and "A.1" in text for text in _findings(window))
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.actions[0].exercised == Decimal("0.00")
    window.form.save_button.click()
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.actions[0].exercised == Decimal("30000.01")
    assert [entry.what for entry in store.paimef.history(2026)][-1] == "acción A.1 guardada"


def test_typing_reads_neither_the_days_file_nor_the_captures(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rules run at each keystroke; the days file and the captures are read when the window
    # shows them, once, and not again for every key.
    from ism_desktop.exchange.paimef.non_working_days import load_non_working_days as real

    reads: list[str] = []

    def counted(path: Path) -> list[NonWorkingDay]:
        reads.append("días inhábiles")
        return real(path)

    window.table.selectRow(0)
    monkeypatch.setattr("ism_desktop.workspace.paimef_review.load_non_working_days", counted)
    captures = store.paimef.captures

    def counted_captures() -> dict[tuple[int, str], tuple[Decimal, ...]]:
        reads.append("capturas")
        return captures()

    monkeypatch.setattr(store.paimef, "captures", counted_captures)
    for typed in ("3", "30", "300", "3000", "30000.01"):
        window.form.exercised.setText(typed)

    assert any("4.2.1.3" in text for text in _findings(window))
    assert reads == []


def test_bad_amount_is_refused_and_nothing_saved(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _discard_when_asked(monkeypatch)
    window.table.selectRow(0)
    window.form.programmed.setText("1,5e3")
    assert "no es un monto" in window.form.problem.text()
    window.form.save_button.click()
    assert "No se guardó" in window.message.text()
    assert store.paimef.load(2026) == programme()
    window.close()  # what cannot be saved is thrown away only once the person says so
    assert "no es un monto" in asked[0]
    assert store.paimef.load(2026) == programme()


def test_an_amount_that_is_no_amount_is_reviewed_as_stored(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «7x9999999»: the review spoke of «más que lo programado ($7.00)», its last keystroke.
    _discard_when_asked(monkeypatch)
    window.table.selectRow(0)
    window.form.exercised.setText("20000.00")
    window.form.programmed.setText("7")
    assert any("4.2.1.3" in text for text in _findings(window))

    window.form.programmed.setText("7x9999999")

    assert "no es un monto" in window.form.problem.text()
    assert not any("$7.00" in text for text in _findings(window))


def test_a_refusal_goes_once_what_is_typed_reads_again(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _discard_when_asked(monkeypatch)
    window.table.selectRow(0)
    window.form.exercised.setText("300000.005")
    window.form.save_button.click()
    assert window.message.text().startswith("No se guardó")

    window.form.exercised.setText("300.00")

    assert window.message.text() == ""


def test_new_action_in_a_line_of_its_vertiente(window: PaimefWindow, store: Store) -> None:
    window.new_action()
    window.form.key.setText("C.2")
    window.form.vertiente.setCurrentIndex(2)
    assert window.form.line.itemData(0) == "C-I"  # only the líneas of vertiente C are offered
    window.form.name.setText("Refugio")
    window.form.justification.setPlainText("Alojamiento")
    window.form.programmed.setText("1,000.00")
    window.form.save_button.click()
    stored = store.paimef.load(2026)
    assert stored is not None
    added = stored.action("C.2")
    assert added is not None
    assert (added.line, added.programmed) == ("C-I", Decimal("1000.00"))


def test_dates_move_the_deadlines_and_bad_dates_are_refused(
    window: PaimefWindow, store: Store
) -> None:
    tab = window.deadlines_tab
    signing_row = list(_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())).index(
        "Firma del Instrumento Jurídico"
    )
    _cell(tab.dates, signing_row, 1).setText("2026-02-30")
    assert "no existe" in window.message.text()
    # The cell shows the date kept, as the deadlines below it do: not the one refused.
    assert _cell(tab.dates, signing_row, 1).text() == "13/03/2026"
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 13)
    _cell(tab.dates, signing_row, 1).setText("2026-04-06")
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    shown = [
        (_cell(tab.deadlines, r, 0).text(), _cell(tab.deadlines, r, 1).text())
        for r in range(tab.deadlines.rowCount())
    ]
    assert ("13/04/2026", "4.3.4.1") in shown  # 7, 8, 9, 10, 13 April


def test_adding_a_non_working_day_moves_a_deadline(window: PaimefWindow, store: Store) -> None:
    tab = window.deadlines_tab
    tab.new_day.setText("2026-03-17")
    tab.new_reason.setText("Cierre de oficinas")
    tab._add_day()
    assert tab.non_working.rowCount() == 1
    shown = [_cell(tab.deadlines, r, 0).text() for r in range(tab.deadlines.rowCount())]
    assert "24/03/2026" in shown  # the Constancia moves one business day: 23 → 24 March
    assert store.path is not None
    assert "Cierre de oficinas" in store.path.with_name("dias_inhabiles.json").read_text("utf-8")


def test_capturing_an_indicator(window: PaimefWindow, store: Store) -> None:
    tab = window.indicators_tab
    row = next(
        r
        for r in range(tab.table.rowCount())
        if _cell(tab.table, r, 0).text() == "2"
        and "primer trimestre" in _cell(tab.table, r, 2).text()
    )
    # The tip says what each value counts, in order: not the formula's short names.
    tip = _cell(tab.table, row, 4).toolTip()
    assert tip.startswith(
        "Variables, en este orden:\n1) Personas capacitadas en materia de violencia contra "
        "las mujeres en el ejercicio fiscal t\n2) Personas capacitadas"
    )
    assert "personas_capacitadas" not in tip
    _cell(tab.table, row, 4).setText("130; 100")
    assert store.paimef.captures() == {(2, "2026-T1"): (Decimal(130), Decimal(100))}
    assert _cell(tab.table, row, 5).text() == "30.00"
    assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00"
    _cell(tab.table, row, 4).setText("130; 0")
    # Said with what the value counts, not its short name («personas_capacitadas_t_1»).
    assert window.message.text() == (
        "No se guardó el indicador 2, primer trimestre de 2026: el indicador 2 divide entre "
        "«Personas capacitadas en materia de violencia contra las mujeres en el ejercicio fiscal "
        "t-1», que es cero: no se puede calcular."
    )
    # «;» separates values: «1,000» is one thousand, as every figure of the program is read;
    # a decimal comma is refused, said with what the value counts.
    _cell(tab.table, row, 4).setText("1,5;800")
    assert "«1,5»: la coma solo separa los miles" in window.message.text()
    assert "(variable 1, «Personas capacitadas en" in window.message.text()
    assert "personas_capacitadas" not in window.message.text()
    _cell(tab.table, row, 4).setText("1,040;800")
    assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00"
    # Without «;», «12,500» is not stored as 12 and 500: the last capture stays as it was.
    _cell(tab.table, row, 4).setText("12,500")
    assert window.message.text().startswith(
        "No se guardó el indicador 2, primer trimestre de 2026: «12,500» puede leerse como "
        "números con comas de miles"
    )
    assert store.paimef.captures() == {(2, "2026-T1"): (Decimal(1040), Decimal(800))}


def test_due_soon_text() -> None:
    deadlines = compute_deadlines(
        2026, {"firma_instrumento": date(2026, 3, 13)}, BusinessCalendar()
    )
    soon = [d for d in deadlines if d.term.key in ("constancia_conformidad", "ajuste_total")]
    text = due_soon_text(soon, date(2026, 3, 18), BusinessCalendar())
    # From Wednesday 18 March to Monday 23: 19, 20, 23.
    assert text == (
        "PAIMEF: Ingresar escaneada la Constancia de Conformidad (4.3.4.1) vence el 23/03/2026, "
        "en 3 días hábiles (y 1 más)"
    )
    late = due_soon_text(soon, date(2026, 3, 25), BusinessCalendar())
    assert late == (
        "PAIMEF: Realizar el ajuste total del Programa Anual (prórroga: hasta 5 días hábiles más) "
        "(4.3.4.2) vence el 30/03/2026, en 3 días hábiles; 1 plazo vencido sin cumplimiento "
        "registrado (el último: 4.3.4.1, 23/03/2026)"
    )


def test_main_window_menu_opens_paimef(open_window: object, qtbot: QtBot) -> None:
    from tests.gui.conftest import unit_profile

    main = open_window(unit_profile())  # type: ignore[operator]
    titles = [action.text() for action in main.menuBar().actions()]
    assert "&PAIMEF" in titles
    main.show_paimef()
    dialog = main.findChild(PaimefWindow)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 0  # the seed database has no Programa Anual
    dialog.close()


def test_justify_a_warning_from_the_list(qtbot: QtBot, store: Store) -> None:
    shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
    qtbot.addWidget(shown)
    first = _findings(shown)[0]
    assert first.startswith("AVISO: ")
    shown.findings.setCurrentRow(0)
    shown.justify_selected("   ")
    assert "vacía" in shown.message.text()
    shown.findings.setCurrentRow(0)
    shown.justify_selected("Se captura con el informe parcial.")
    assert _findings(shown)[0] == first.replace("AVISO: ", "AVISO (justificado): ")


def test_a_damaged_days_file_is_reported_and_never_overwritten(qtbot: QtBot, store: Store) -> None:
    assert store.path is not None
    days_file = store.path.with_name("dias_inhabiles.json")
    days_file.write_text('{"dias_inhabiles": [{"fecha": "2026-02-30"}]}', encoding="utf-8")
    shown = PaimefWindow(store, AUTHOR, TODAY)
    qtbot.addWidget(shown)
    assert "no existe" in shown.message.text()
    tab = shown.deadlines_tab
    tab.new_day.setText("2026-04-02")
    tab._add_day()
    assert "No se cambió nada" in shown.message.text()
    assert "2026-02-30" in days_file.read_text(encoding="utf-8")


def test_main_window_shows_the_countdown(qtbot: QtBot, db_path: Path, settings: QSettings) -> None:
    from dataclasses import replace

    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.report_session import ReportSession
    from tests.gui.conftest import unit_profile

    signed = date.today()
    with Store.open(db_path) as writer:
        value = replace(programme(year=signed.year), dates={"firma_instrumento": signed})
        writer.paimef.replace(value, AUTHOR, "prueba", [])
    with Store.open(db_path) as opened:
        main = MainWindow(ReportSession(opened, unit_profile()), settings)
        qtbot.addWidget(main)
        # Signed today: the Constancia de Conformidad (5 business days) is the nearest term.
        assert main.paimef_due.text().startswith(
            "PAIMEF: Ingresar escaneada la Constancia de Conformidad (4.3.4.1) vence el "
        )
        main.close()


def test_next_year_is_a_new_programme(window: PaimefWindow, store: Store) -> None:
    window.year.setValue(2027)
    assert window.model.rowCount() == 0
    assert "Programa Anual 2027" in window.heading.text()
    window.form.key.setText("A.1")
    window.form.name.setText("Diplomado 2027")
    window.form.programmed.setText("100")
    window.form.save_button.click()
    stored = store.paimef.load(2027)
    assert stored is not None
    assert [a.name for a in stored.actions] == ["Diplomado 2027"]
    assert store.paimef.load(2026) == programme()  # the other year is untouched
    window.year.setValue(2026)
    assert window.model.rowCount() == 4


def test_the_summary_says_one_warning_in_the_singular(window: PaimefWindow) -> None:
    warning = PaimefFinding("R", Severity.WARNING, "A.1", "ejercido", "Revise el ejercido.")
    error = PaimefFinding("R", Severity.ERROR, "A.1", "ejercido", "Falta el ejercido.")

    window._show_findings([warning])
    assert window.summary.text() == "0 errores (impiden entregar el informe) y 1 aviso."
    window._show_findings([error, warning, warning])
    assert window.summary.text() == "1 error (impide entregar el informe) y 2 avisos."


def test_a_blank_form_says_nothing_until_something_is_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _discard_when_asked(monkeypatch)
    # An empty year and «Nueva acción» show a blank form: nothing is wrong yet, so nothing is red.
    with Store.open(tmp_path / "vacio.sqlite3") as empty:
        shown = PaimefWindow(empty, AUTHOR, TODAY)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        assert shown.form.problem.text() == ""
        shown.new_action()
        assert shown.form.problem.text() == ""
        shown.form.name.setText("Refugio")
        assert "clave" in shown.form.problem.text()
        shown.close()
        assert asked[0].startswith("La acción nueva tiene cambios que no se pueden guardar")


def test_dates_read_and_typed_day_first(window: PaimefWindow, store: Store) -> None:
    # Office staff write 06/04/2026; the recorded dates and days off read that way too.
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]
    signing_row = names.index("Firma del Instrumento Jurídico")
    assert _cell(tab.dates, signing_row, 1).text() == "13/03/2026"
    _cell(tab.dates, signing_row, 1).setText("06/04/2026")
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    assert _cell(tab.dates, signing_row, 1).text() == "06/04/2026"
    _cell(tab.dates, signing_row, 1).setText("13/31/2026")
    assert "no existe" in window.message.text()
    tab.new_day.setText("17/03/2026")
    tab._add_day()
    assert _cell(tab.non_working, 0, 0).text() == "17/03/2026"
    assert "DD/MM/AAAA" in tab.new_day.placeholderText()


def test_importing_into_an_empty_year_says_what_came_in(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: «Importado ejemplo_programa_anual_2026.json: 1 cambio.» for four acciones.
    from PySide6.QtWidgets import QFileDialog

    example = (
        Path(__file__).resolve().parents[2] / "resources/paimef/ejemplo_programa_anual_2026.json"
    )
    with Store.open(tmp_path / "vacia.sqlite3") as empty:
        shown = PaimefWindow(empty, Author("Unidad 001", "ana"), date(2026, 3, 20))
        qtbot.addWidget(shown)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(example), ""))

        shown.import_file()

        actions = len(shown.programme.actions)
        assert shown.message.text() == (
            f"Importado ejemplo_programa_anual_2026.json: Programa Anual 2026 nuevo, "
            f"{actions} acciones."
        )


def test_an_informe_that_cannot_be_written_is_said_in_spanish(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: «[Errno 2] No such file or directory: '…'».
    from PySide6.QtWidgets import QFileDialog

    missing = tmp_path / "no-existe" / "informe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(missing), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    window.write_informe()

    assert said == [f"No se pudo escribir «{missing}»: no existe el archivo o la carpeta."]


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_an_informe_with_errors_is_written_only_as_a_draft_when_asked(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    # «1 error (impide entregar el informe)», and the informe was written without a word.
    from PySide6.QtWidgets import QFileDialog

    from tests.paimef_builders import action

    unjustified = action("A.9", "A", "A-I", "100", justification="")
    store.paimef.replace(programme(unjustified), AUTHOR, "prueba", [])
    window.year.setValue(2027)
    window.year.setValue(2026)  # read again from the store
    questions: list[str] = []
    saved: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        yes = answer == "Sí"
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    def save_name(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        saved.append(title)
        return "", ""  # then «Cancelar»

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)

    window.write_informe()

    assert len(questions) == 1
    assert questions[0].endswith(
        "el informe los lista en su sección 4 y no está listo para entregarse. ¿Escribirlo "
        "de todos modos, como borrador?"
    )
    assert saved == ([] if answer == "No" else ["Informe PAIMEF"])


def test_a_date_beyond_the_calendar_stored_before_does_not_stop_the_window(
    open_window: object, db_path: Path
) -> None:
    # An Excel date cell of 31/12/9999 was once accepted: its deadlines overflowed, and the
    # main window raised before it showed.
    from dataclasses import replace

    from tests.gui.conftest import unit_profile

    with Store.open(db_path) as store:
        far = replace(programme(), dates={"firma_instrumento": date(9999, 12, 31)})
        store.paimef.replace(far, AUTHOR, "prueba", [])

    main = open_window(unit_profile())  # type: ignore[operator]

    assert main.paimef_due.text() == ""


def test_an_edit_in_the_window_keeps_what_was_saved_outside_it_meanwhile(
    window: PaimefWindow, store: Store
) -> None:
    # The window wrote back its whole copy: dates and amounts imported by the command while it
    # was open were undone, and the history blamed the window's date for them.
    outside = store.paimef.load(2026)
    assert outside is not None
    first = outside.actions[0]
    dates = {**outside.dates, "entrega_programa_anual": date(2026, 3, 14)}
    changed = replace(
        outside,
        dates=dates,
        actions=(replace(first, exercised=Decimal("200000.00")), *outside.actions[1:]),
    )
    store.paimef.replace(changed, Author("Unidad 002", "comando"), "importación de p.json", [])
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]

    _cell(tab.dates, names.index("Firma del Instrumento Jurídico"), 1).setText("06/04/2026")

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    assert stored.dates["entrega_programa_anual"] == date(2026, 3, 14)
    assert stored.actions[0].exercised == Decimal("200000.00")
    # And the window now shows what is stored, the other program's changes included.
    assert window.programme == stored


def test_an_informe_named_with_a_point_keeps_the_whole_name(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Informe_T1.2026» was cut at its point: the ETCA report «Informe_T1.pdf» beside it was
    # replaced by the PAIMEF informe without a question.
    etca = _existing(tmp_path / "Informe_T1.pdf", b"%PDF-1.4 informe ETCA")
    _save_as(monkeypatch, tmp_path / "Informe_T1.2026")

    window.write_informe()

    assert etca.read_bytes() == b"%PDF-1.4 informe ETCA"
    assert (tmp_path / "Informe_T1.2026.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "Informe_T1.2026.xlsx").is_file()


def test_an_informe_named_as_its_workbook_asks_before_replacing_the_pdf_beside_it(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog asked about «informe.xlsx» only; the PDF written is «informe.pdf».
    pdf = _existing(tmp_path / "informe.pdf", b"%PDF-1.4 otro")
    chosen = _save_as(monkeypatch, tmp_path / "informe.xlsx")
    asked = _answer_no(monkeypatch)

    window.write_informe()

    assert asked == [f"«{pdf.name}» ya existe en «{tmp_path}». ¿Reemplazarlo?"]
    assert pdf.read_bytes() == b"%PDF-1.4 otro"
    assert not chosen.exists()


def test_a_programme_exported_with_a_point_in_its_name_gets_the_kind_chosen(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Programa.2026: el archivo debe ser .json o .xlsx», with «Plantilla de Excel» chosen.
    _save_as(monkeypatch, tmp_path / "Programa.2026", "Plantilla de Excel (*.xlsx)")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    window.export_file()

    assert said == []
    assert (tmp_path / "Programa.2026.xlsx").read_bytes().startswith(b"PK")
    assert window.message.text() == f"Exportado: {tmp_path / 'Programa.2026.xlsx'}"


def _existing(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path, kind: str = "") -> Path:
    """The save dialog answers ``chosen`` (and the kind of file chosen in it)."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), kind))
    return chosen


def _answer_no(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return _discard_when_asked(monkeypatch, QMessageBox.StandardButton.No)


def test_a_key_a_command_took_meanwhile_is_refused_in_spanish(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Checked against the window's older copy, the save reached the database and failed there
    # («UNIQUE constraint failed»), a program error.
    from tests.paimef_builders import action

    outside = store.paimef.load(2026)
    assert outside is not None
    taken = replace(outside, actions=(*outside.actions, action("C.2", "C", "C-I", "10")))
    store.paimef.replace(taken, Author("Unidad 002", "comando"), "importación", [])
    window.new_action()
    window.form.key.setText("C.2")
    window.form.vertiente.setCurrentIndex(2)
    window.form.name.setText("Refugio")
    window.form.justification.setPlainText("Alojamiento")
    window.form.programmed.setText("1,000.00")

    window.form.save_button.click()

    assert window.message.text() == "No se guardó: ya hay una acción con la clave C.2."
    assert store.paimef.load(2026) == taken
    _discard_when_asked(monkeypatch)  # the refused acción is still typed when the window closes


def test_a_justification_that_may_not_be_stored_keeps_its_dialog_open(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt's input box closed on «OK»: «No se guardó: …» below, and what was written gone.
    from PySide6.QtWidgets import QInputDialog

    from ism_desktop.gui.justify_dialog import JustifyDialog

    text = "SE CAPTURA\x0bCON EL INFORME PARCIAL"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_args: (text, True))
    shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
    qtbot.addWidget(shown)
    first = _findings(shown)[0]
    shown.findings.setCurrentRow(0)
    seen: list[tuple[int, str, str, bool]] = []

    def fill(dialog: JustifyDialog) -> int:
        dialog.text.setPlainText(text)
        dialog.accept()
        offered = not dialog.acknowledge_button.isHidden()  # no «enterado» in PAIMEF
        seen.append(
            (dialog.result(), dialog.error_label.text(), dialog.text.toPlainText(), offered)
        )
        return int(dialog.result())  # still open: the person may correct it, or cancel

    monkeypatch.setattr(JustifyDialog, "exec", fill)
    shown.justify_selected()

    ((result, message, kept, acknowledge),) = seen
    assert result != int(JustifyDialog.DialogCode.Accepted)
    assert "carácter que no es texto (U+000B, posición 11)" in message
    assert kept == text
    assert not acknowledge
    assert _findings(shown)[0] == first  # not justified
