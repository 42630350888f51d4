"""The PAIMEF history as the window and the command read it: newest first, in this PC's time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_history import history_text, history_year, paimef_history
from ism_desktop.workspace.paimef_programme import save_programme
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")


def _write(store: Store, at: str, what: str, detail: str, author: Author = AUTHOR) -> None:
    # As the repository writes them, with a moment chosen so that the local time is known.
    store.paimef.replace(programme(), author, what, [detail])
    store._db.execute("UPDATE paimef_audit SET at = ? WHERE id = last_insert_rowid()", [at])


@pytest.mark.usefixtures("hermosillo")
def test_changes_come_newest_first_in_this_pcs_time(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _write(store, "2026-03-02T16:05:09+00:00", "importación de programa.json", "nuevo")
        _write(store, "2026-03-03T01:30:00+00:00", "acción A.1 guardada", "Acción A.1, nombre")
        store.paimef.save_justification(
            2026,
            ("4.3.4.1", "A.1", "metas"),
            "Se entregan\nen abril.",
            Author("Enlace", ""),
            "2026-03-04T17:00:00+00:00",
        )
        lines = paimef_history(store, 2026)

    assert [(line.when, line.what, line.who) for line in lines] == [
        (
            "04/03/2026 10:00:00",
            "justificación del aviso del numeral 4.3.4.1 (acción A.1, metas)",
            "Enlace",
        ),
        # 01:30 UTC on the 3rd is 18:30 of the 2nd in Hermosillo (UTC-7).
        ("02/03/2026 18:30:00", "acción A.1 guardada", "Enlace PAIMEF (mlopez)"),
        ("02/03/2026 09:05:09", "importación de programa.json", "Enlace PAIMEF (mlopez)"),
    ]
    assert lines[1].at == "2026-03-03T01:30:00+00:00"
    assert history_text(2026, lines).splitlines()[:4] == [
        "Historial del PAIMEF 2026: 3 cambios, el más reciente primero.",
        "",
        "04/03/2026 10:00:00 · Enlace · justificación del aviso del numeral 4.3.4.1 "
        "(acción A.1, metas)",
        "    Se entregan",
    ]
    assert "    en abril." in history_text(2026, lines).splitlines()


def test_each_year_has_its_own_history(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _write(store, "2026-03-02T16:05:09+00:00", "importación de programa.json", "nuevo")
        store.paimef.replace(programme(year=2027), AUTHOR, "importación de 2027.json", ["nuevo"])

        assert [line.what for line in paimef_history(store, 2027)] == ["importación de 2027.json"]
        assert [line.what for line in paimef_history(store, 2026)] == [
            "importación de programa.json"
        ]
        assert paimef_history(store, 2025) == []
        # Without a year named: the latest programme's; without any programme, this year.
        assert history_year(store, None, date(2030, 1, 5)) == 2027
        assert history_year(store, 2025, date(2030, 1, 5)) == 2025
    with Store.open(tmp_path / "vacia.sqlite3") as empty:
        assert history_year(empty, None, date(2030, 1, 5)) == 2030


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("", True),
        ("accion a.1", True),  # without its accent, in lower case
        ("ACCIÓN   mlopez", True),  # every word, anywhere in the line
        ("nombre 18:30", True),
        ("acción reintegro", False),  # one word missing
        ("02/03/2026", True),
    ],
)
@pytest.mark.usefixtures("hermosillo")
def test_a_search_keeps_the_lines_holding_every_word(
    tmp_path: Path, search: str, found: bool
) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _write(store, "2026-03-03T01:30:00+00:00", "acción A.1 guardada", "Acción A.1, nombre")
        (line,) = paimef_history(store, 2026)

    assert line.matches(search) is found


def test_a_justification_without_acción_reads_with_single_spaces(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.save_justification(
            2026,
            ("anexo5", "", "indicador.2.2026-T2"),
            "Sin formato.",
            Author("Enlace", ""),
            "2026-07-01",
        )
        (line,) = paimef_history(store, 2026)

    assert line.what == (
        "justificación del aviso del numeral 3.6.2 c) / Anexo 5 (indi"
        "cador 2, segundo trimestre de 2026)"
    )


def test_the_lines_of_one_save_are_one_in_their_order_newest_save_first(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "importación", ["A.1, nombre", "A.1, metas"])
        store._db.execute("UPDATE paimef_audit SET at = '2026-03-02T10:00:00-07:00'")
        _write(store, "2026-03-02T11:00:00-07:00", "acción A.1 guardada", "A.1, nombre")
        lines = paimef_history(store, 2026)

    assert [(line.what, line.detail) for line in lines] == [
        ("acción A.1 guardada", "A.1, nombre"),
        ("importación", "A.1, nombre\nA.1, metas"),
    ]


def test_control_characters_stored_long_ago_are_not_printed(tmp_path: Path) -> None:
    # Older versions imported them; a terminal would run «ESC [2K» (erase the line above).
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _write(store, "2026-03-02T16:05:09+00:00", "acción \x1b[2KA.1", "nombre \x1b[31mFALSO\x07")
        (line,) = paimef_history(store, 2026)

    assert (line.what, line.detail) == ("acción [2KA.1", "nombre [31mFALSO")
    assert "\x1b" not in history_text(2026, [line])


def test_a_justification_signed_by_an_older_version_names_its_user_apart(tmp_path: Path) -> None:
    # Older versions stored «perfil (usuario)» as the profile of a justification, and no user.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store._db.execute(
            "INSERT INTO paimef_audit (year, what, detail, profile, os_user, at) VALUES "
            "(2026, 'justificación anexo5 indicador.2.2026-T1', 'Sin formato.', "
            "'Enlace (Unidad 004) (mlopez)', '', '2026-07-01T10:00:00-07:00')"
        )
        store.paimef.replace(programme(), Author("Sin usuario (prueba)", ""), "importación", ["x"])
        lines = paimef_history(store, 2026)

    assert [(line.what, line.profile, line.os_user) for line in lines] == [
        ("importación", "Sin usuario (prueba)", ""),  # only a justification's is split
        (
            "justificación del aviso del numeral 3.6.2 c) / Anexo 5 (indi"
            "cador 2, primer trimestre de 2026)",
            "Enlace (Unidad 004)",
            "mlopez",
        ),
    ]
    assert lines[1].who == "Enlace (Unidad 004) (mlopez)"


@pytest.mark.usefixtures("hermosillo")
def test_each_change_reads_in_words_for_the_office(tmp_path: Path) -> None:
    at = "2026-03-04T17:00:00+00:00"
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.save_justification(
            2026, ("4.3.1", "", "plazo.participacion"), "Se avisó por correo.", AUTHOR, at
        )
        store.paimef.save_justification(
            2026, ("anexo5", "", "indicador.4.2026-T1"), "Aún sin datos.", AUTHOR, at
        )
        store.paimef.save_justification(2026, ("4.3.4.1", "A.1", "metas"), "Abril.", AUTHOR, at)
        store.paimef.save_capture(2026, 2, "2026-T1", (Decimal(3), Decimal(4)), AUTHOR)
        # As older versions wrote a date change: ISO days.
        _write(store, at, "fechas", "Firma del Instrumento Jurídico: sin fecha → 2026-03-10.")
        whats = [(line.what, line.detail) for line in paimef_history(store, 2026)]

    assert whats == [
        (
            "fecha registrada: «Firma del Instrumento Jurídico», 10/03/2026",
            "Firma del Instrumento Jurídico: sin fecha → 10/03/2026.",
        ),
        (
            "indicador 2, primer trimestre de 2026",
            "Variables capturadas: «3; 4»; resultado -25.00%.",
        ),
        ("justificación del aviso del numeral 4.3.4.1 (acción A.1, metas)", "Abril."),
        (
            "justificación del aviso del numeral 3.6.2 c) / Anexo 5 "
            "(indicador 4, primer trimestre de 2026)",
            "Aún sin datos.",
        ),
        (
            "justificación del aviso del numeral 4.3.1 (plazo «Sin Programa Anual ni prórroga "
            "al último día hábil de febrero: avisar al INDESOL si se participa (5 días hábiles "
            "después; si no, el INDESOL entiende que no se participa)»)",
            "Se avisó por correo.",
        ),
    ]


def test_a_date_changed_now_is_recorded_day_first(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "importación", ["nuevo"])
        dated = programme().with_date("firma_instrumento", date(2026, 3, 10))
        save_programme(store, dated, AUTHOR, "fechas", date(2026, 3, 11))
        stored = [entry.detail for entry in store.paimef.history(2026) if entry.what == "fechas"]

    assert stored == ["Firma del Instrumento Jurídico: 13/03/2026 → 10/03/2026."]


def test_a_capture_lists_its_variables_separated_as_they_are_typed(tmp_path: Path) -> None:
    # «130, 100» read as one number, 130,100; «borrada» did not say what was cleared.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.save_capture(2026, 2, "2026-T1", (Decimal(130), Decimal("100.5")), AUTHOR)
        store.paimef.save_capture(2026, 2, "2026-T1", None, AUTHOR)

        details = [line.detail for line in paimef_history(store, 2026)]

    # Both may fall in the same second, then shown in the order written: compared as a set.
    # 100.5 persons computes nothing now (a count is whole): the variables are said alone.
    assert sorted(details) == [
        "Variables borradas: eran «130; 100.5».",
        "Variables capturadas: «130; 100.5».",
    ]


def test_a_changed_capture_says_what_it_was_before(tmp_path: Path) -> None:
    # «variables: 140; 100» alone did not say that 130; 100 (30.00%) was there before.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.save_capture(2026, 2, "2026-T1", (Decimal(130), Decimal(100)), AUTHOR)
        store.paimef.save_capture(2026, 2, "2026-T2", (Decimal(90), Decimal(100)), AUTHOR)
        store.paimef.save_capture(2026, 2, "2026-T1", (Decimal(140), Decimal(100)), AUTHOR)

        lines = paimef_history(store, 2026)

    changed = [line.detail for line in lines if line.what.startswith("indicador 2, primer")]
    assert "Variables: «130; 100» → «140; 100»; resultado 30.00% → 40.00%." in changed
    assert "Variables capturadas: «130; 100»; resultado 30.00%." in changed
    other = [line.detail for line in lines if line.what.startswith("indicador 2, segundo")]
    assert other == ["Variables capturadas: «90; 100»; resultado -10.00%."]


@pytest.mark.parametrize(
    ("key", "day", "what"),
    [
        (
            "sesion_mesa_analisis",
            date(2026, 3, 20),
            "fecha registrada: «Sesión de la Mesa de Análisis», 20/03/2026",
        ),
        (
            "firma_instrumento",
            date(2026, 3, 20),
            "fecha cambiada: «Firma del Instrumento Jurídico», ahora 20/03/2026",
        ),
        ("firma_instrumento", None, "fecha borrada: «Firma del Instrumento Jurídico»"),
        # A label with a colon of its own.
        (
            "prorroga_observaciones_ajuste_estructural",
            date(2026, 4, 6),
            "fecha registrada: «Prórroga: observaciones al ajuste estructural (+5 días)», "
            "06/04/2026",
        ),
    ],
)
def test_a_date_saved_says_which_date_and_what_became_of_it(
    tmp_path: Path, key: str, day: date | None, what: str
) -> None:
    # The history said «fechas» for every date saved in the window, whichever it was.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "importación", ["nuevo"])
        save_programme(store, programme().with_date(key, day), AUTHOR, "fechas", date(2026, 3, 21))

        newest = paimef_history(store, 2026)[0]

    assert newest.what == what


@pytest.mark.parametrize(
    ("key", "what"),
    [
        (
            ("dias_inhabiles", "", "inhabil.2026-03-07"),
            "justificación del aviso de Días inhábiles (día inhábil 07/03/2026)",
        ),
        (
            ("fechas", "", "fechas.firma_instrumento"),
            "justificación del aviso de Fechas registradas "
            "(fecha de «Firma del Instrumento Jurídico»)",
        ),
    ],
)
def test_a_warning_with_no_numeral_is_not_called_one(
    tmp_path: Path, key: tuple[str, str, str], what: str
) -> None:
    # «del aviso del numeral Días inhábiles»: no numeral of the rules has that name.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.save_justification(2026, key, "Así quedó.", AUTHOR, "2026-03-04T17:00:00")
        lines = paimef_history(store, 2026)

    assert [line.what for line in lines] == [what]


def test_a_metas_justification_names_its_meta_spaces_and_all(tmp_path: Path) -> None:
    # The meta's description is in the field: split at spaces, «Personas capacitadas» read as
    # an acción «A.1 metas.Personas» and a field «capacitadas».
    at = "2026-03-04T17:00:00+00:00"
    with Store.open(tmp_path / "datos.sqlite3") as store:
        key = ("metas-alcanzado", "A.1", "metas.Personas capacitadas en línea#2")
        store.paimef.save_justification(2026, key, "Se sumaron diez.", AUTHOR, at)
        whats = [line.what for line in paimef_history(store, 2026)]

    assert whats == [
        "justificación del aviso de Metas (acción A.1, meta «Personas capacitadas en línea» "
        "(la 2.ª así descrita))"
    ]


def _four_saves_of_one_second(store: Store) -> None:
    at = "2026-03-02T11:00:00-07:00"
    _write(store, at, "acción A.1 guardada", "Acción A.1, nombre: «a» → «b».")
    _write(store, at, "acción A.1 guardada", "Acción A.1, nombre: «b» → «c».")
    _write(store, at, "acción A.1 guardada", "Acción A.1, metas: «» → «x».")
    _write(store, at, "acción A.1 guardada", "Acción A.1, nombre: «c» → «d».", Author("Otra", ""))


def test_saves_of_one_second_stay_one_line_each(tmp_path: Path) -> None:
    # Two saves of two fields within a second (Enter in «Nombre», then in «Metas»; Ctrl+Z
    # twice) read as one save of both: its first row marks where each save starts.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _four_saves_of_one_second(store)
        lines = paimef_history(store, 2026)

    assert [(line.who, line.detail) for line in lines] == [
        ("Otra", "Acción A.1, nombre: «c» → «d»."),
        ("Enlace PAIMEF (mlopez)", "Acción A.1, metas: «» → «x»."),
        ("Enlace PAIMEF (mlopez)", "Acción A.1, nombre: «b» → «c»."),
        ("Enlace PAIMEF (mlopez)", "Acción A.1, nombre: «a» → «b»."),
    ]


def test_rows_of_an_older_version_are_told_apart_as_best_they_can(tmp_path: Path) -> None:
    # Written before saves were marked: a field said twice is two saves, and so are two
    # saves by two people, whatever their second; two fields of one second read as one save.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _four_saves_of_one_second(store)
        store._db.execute("UPDATE paimef_audit SET save_start = NULL")
        lines = paimef_history(store, 2026)

    assert [(line.who, line.detail) for line in lines] == [
        ("Otra", "Acción A.1, nombre: «c» → «d»."),
        ("Enlace PAIMEF (mlopez)", "Acción A.1, nombre: «b» → «c».\nAcción A.1, metas: «» → «x»."),
        ("Enlace PAIMEF (mlopez)", "Acción A.1, nombre: «a» → «b»."),
    ]


def test_a_change_from_the_command_line_reads_with_a_capital_as_the_others(
    tmp_path: Path,
) -> None:
    # Older versions signed «línea de comandos»; every other «Quién» starts with a capital
    # («Unidad 004», «Línea de comandos» of a quarter closed from the command line).
    with Store.open(tmp_path / "datos.sqlite3") as store:
        _write(
            store,
            "2026-03-02T16:05:09+00:00",
            "importación",
            "x",
            Author("línea de comandos", "root"),
        )
        (line,) = paimef_history(store, 2026)

    assert line.who == "Línea de comandos (root)"
    assert "· Línea de comandos (root) ·" in history_text(2026, [line])
