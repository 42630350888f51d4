"""``paimef revisar`` read by a person: the rule by its numeral or name, the codes kept discreet."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import loaded_db as loaded_db  # the fixture
from tests.exchange.paimef.test_programme_json import ISSUE_EXAMPLE
from tests.paimef_builders import programme

pytestmark = pytest.mark.e2e
DAY = ("--hoy", "2026-03-09")


def _list_a_saturday(db: Path) -> None:
    db.with_name("dias_inhabiles.json").write_text(
        json.dumps({"dias_inhabiles": [{"fecha": "2026-03-07", "motivo": "Cierre anual"}]}),
        encoding="utf-8",
    )


def test_each_finding_is_headed_by_its_rule_in_words(loaded_db: Path) -> None:
    # «AVISO dias_inhabiles (Programa Anual)» showed an internal code as if it were a word.
    _list_a_saturday(loaded_db)
    result = run_cli("paimef", "revisar", "--db", loaded_db, *DAY)

    lines = result.stdout.splitlines()
    assert lines[1] == "  AVISO — Días inhábiles (Programa Anual)"
    assert lines[3] == (
        "    → Sin justificar; para justificarlo: --regla dias_inhabiles --campo inhabil.2026-03-07"
    )
    assert "AVISO dias_inhabiles" not in result.stdout
    assert lines[-2] == (
        "Para justificar un aviso: ism-desktop paimef justificar, con la regla y el campo que "
        'se indican bajo el aviso, y --texto "motivo".'
    )


def test_the_options_shown_justify_that_warning(loaded_db: Path) -> None:
    _list_a_saturday(loaded_db)
    options = ("--regla", "dias_inhabiles", "--campo", "inhabil.2026-03-07")
    saved = run_cli("paimef", "justificar", *options, "--texto", "Cierre", "--db", loaded_db, *DAY)
    assert saved.returncode == 0, saved.stderr

    result = run_cli("paimef", "revisar", "--db", loaded_db, *DAY)

    justified = result.stdout.splitlines()[3]
    # Who and when, the day first as everywhere else (it said «2026-12-06T08:52:18+00:00»).
    assert re.fullmatch(
        r"    → Justificado: Cierre \(Línea de comandos \(.+\), \d\d/\d\d/\d{4} \d\d:\d\d\)",
        justified,
    ), justified
    assert "Para justificar un aviso" not in result.stdout


def test_an_error_is_headed_by_its_numeral(loaded_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "solo_a.json"
    source.write_text(ISSUE_EXAMPLE, encoding="utf-8")  # only vertiente A
    assert run_cli("paimef", "import-programa", source, "--db", loaded_db).returncode == 0

    result = run_cli("paimef", "revisar", "--db", loaded_db, *DAY)

    assert "  ERROR — 3.3 / 3.4 a) (Programa Anual)" in result.stdout.splitlines()
    assert "3.4a" not in result.stdout


def test_the_result_counts_the_errors_it_asks_to_correct(loaded_db: Path, tmp_path: Path) -> None:
    # «hay errores; corríjalos» for a single error.
    base = programme()
    unjustified = replace(base.actions[0], justification="")
    source = tmp_path / "sin_justificacion.json"
    source.write_text(
        programme_to_json(replace(base, actions=(unjustified, *base.actions[1:]))), "utf-8"
    )
    assert run_cli("paimef", "import-programa", source, "--db", loaded_db).returncode == 0

    one = run_cli("paimef", "revisar", "--db", loaded_db, *DAY)
    (tmp_path / "solo_a.json").write_text(ISSUE_EXAMPLE, encoding="utf-8")
    assert run_cli("paimef", "import-programa", tmp_path / "solo_a.json", "--db", loaded_db)
    two = run_cli("paimef", "revisar", "--db", loaded_db, *DAY)

    assert one.stdout.splitlines()[-1] == "Resultado: hay 1 error; corríjalo antes del informe."
    assert two.stdout.splitlines()[-1] == "Resultado: hay 2 errores; corríjalos antes del informe."
