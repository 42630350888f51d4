"""``paimef justificar --accion`` reads a clave as the rest of the program does.

A fullwidth «Ａ.１» (typed with an East Asian keyboard's width) is A.1, as the window's form
and the import read it; a look-alike («А.1» with a Cyrillic А) is refused with the message
they give. It matched no warning: «no hay ninguna observación…», saying nothing of why.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.e2e

# A.1 has no evidence: one warning on it, of rule 4.3.4.1 (field material_probatorio).
PROGRAMME = programme(
    action("A.1", "A", "A-I", "30000.00", evidence=""),
    action("A.2", "A", "A-III", "5000.00", transversal=True),
    action("B.1", "B", "B-II", "25000.00"),
    action("C.1", "C", "C-II", "40000.00"),
)


def _imported(tmp_path: Path) -> Path:
    source = tmp_path / "programa.json"
    source.write_text(programme_to_json(PROGRAMME), encoding="utf-8")
    db = tmp_path / "datos.sqlite3"
    result = run_cli("paimef", "import-programa", source, "--db", db, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    return db


def _justify(db: Path, key: str, *more: str) -> tuple[int, str, str]:
    """``justificar`` of the warning of rule 4.3.4.1 on the acción ``key``."""
    return _justified(db, "--regla", "4.3.4.1", "--accion", key, *more, "--hoy", "2026-03-20")


def _justified(db: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("paimef", "justificar", *args, "--db", db, data_dir=db.parent)
    return result.returncode, result.stdout, result.stderr


def _stored(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT * FROM paimef_justifications").fetchall()


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


@pytest.mark.parametrize("typed", ["Ａ.１", " Ａ．１ "])
def test_a_fullwidth_clave_justifies_and_unjustifies_the_accion(tmp_path: Path, typed: str) -> None:
    db = _imported(tmp_path)

    code, out, err = _justify(db, typed, "--texto", "Se entrega con el informe final.")
    assert (code, err) == (0, "")
    assert out.startswith("Justificación guardada: regla 4.3.4.1, material_probatorio, por ")
    rows = _stored(db)
    assert [(row[1], row[2], row[3], row[4]) for row in rows] == [
        ("4.3.4.1", "A.1", "material_probatorio", "Se entrega con el informe final.")
    ]

    code, out, err = _justify(db, typed, "--quitar")
    assert (code, err) == (0, "")
    assert out == "Justificación borrada: regla 4.3.4.1, material_probatorio.\n"
    assert _stored(db) == []


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "А.1",  # a Cyrillic А
            "«А» (U+0410, posición 1), un carácter del alfabeto cirílico que se lee como otro; "
            "escriba la clave con el teclado en español (letras A a Z, números 0 a 9), o se "
            "leería igual que otra.",
        ),
        (
            "A\u200b.1",
            "un carácter que no se ve o parece un espacio (U+200B, posición 2); escriba la clave "
            "sin él, o se leería igual que otra.",
        ),
    ],
)
@pytest.mark.parametrize("what", [("--texto", "x"), ("--quitar",)])
def test_a_look_alike_clave_is_refused_saying_why(
    tmp_path: Path, typed: str, said: str, what: tuple[str, ...]
) -> None:
    db = _imported(tmp_path)
    assert _justify(db, "A.1", "--texto", "Antes.")[0] == 0
    before = _dump(db)

    code, out, err = _justify(db, typed, *what)

    assert (code, out) == (2, "")
    assert err.splitlines()[-1].endswith(f": error: argumento --accion: la clave tiene {said}")
    assert "Traceback" not in err
    assert _dump(db) == before


def _justify_field(db: Path, field: str, *more: str) -> tuple[int, str, str]:
    """``justificar`` of the warning of rule anexo5 on ``field`` (every capture is missing)."""
    return _justified(db, "--regla", "anexo5", "--campo", field, *more, "--hoy", "2026-12-31")


def test_a_fullwidth_period_in_the_field_names_the_indicators_warning(tmp_path: Path) -> None:
    # «paimef capturar --periodo ２０２６-Ｔ１» stores the first quarter of 2026: its warning
    # was not found by the same period in --campo.
    db = _imported(tmp_path)

    code, out, err = _justify_field(db, "indicador.2.２０２６-Ｔ１", "--texto", "Sin datos aún.")
    assert (code, err) == (0, "")
    assert out.startswith("Justificación guardada: regla anexo5, indicador.2.2026-T1, por ")
    assert [(row[1], row[2], row[3]) for row in _stored(db)] == [
        ("anexo5", "", "indicador.2.2026-T1")
    ]

    assert _justify_field(db, "indicador.2.２０２６-Ｔ１", "--quitar")[0] == 0
    assert _stored(db) == []


def test_a_look_alike_period_in_the_field_is_refused_as_capturar_refuses_it(
    tmp_path: Path,
) -> None:
    db = _imported(tmp_path)
    assert _justify_field(db, "indicador.2.2026-T2", "--texto", "Antes.")[0] == 0
    before = _dump(db)

    code, out, err = _justify_field(db, "indicador.2.2026-Т1", "--texto", "x")  # a Cyrillic Т

    assert (code, out) == (2, "")
    assert err.splitlines()[-1].endswith(
        ": error: argumento --campo: «2026-Т1» no es un periodo (ejemplos: 2026, 2026-T1, 2026-S2)."
    )
    assert _dump(db) == before


def test_capturar_reads_a_fullwidth_period_and_refuses_a_look_alike(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    captured = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", "２０２６-Ｔ１", "130", "100",
        "--db", db, data_dir=tmp_path,
    )  # fmt: skip
    assert captured.returncode == 0, captured.stderr
    assert captured.stdout == "Indicador 2, primer trimestre de 2026: 30.00%\n"
    before = _dump(db)

    refused = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", "2026-Т2", "130", "100",
        "--db", db, data_dir=tmp_path,
    )  # fmt: skip

    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "Error: no se guardó nada: «2026-Т2» no es un periodo (ejemplos: 2026, 2026-T1, 2026-S2).\n"
    )
    assert _dump(db) == before
