"""Hostile long lines: the report reader stays linear, and refuses a line no report has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.lines import MAX_LINE_CHARS
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.e2e.cli_runner import run_cli
from tests.exchange.etca_samples import ABSOLUTE, report

# Long enough that a pattern that backtracks quadratically runs for minutes; linear reading
# takes milliseconds. The child is killed at the bound, so a regression fails instead of hanging.
HOSTILE_LENGTH = 200_000
BOUND_S = 60

_MET_PREFIX = "ESTUDIO A SI MET "
_MET_ROW = _MET_PREFIX + " ".join(["1.00"] * 15)
HOSTILE_LINES = {
    "cifras sin fin en la fila MET": [_MET_PREFIX + "1" * HOSTILE_LENGTH + "x"],
    "espacios sin fin antes de la fila MET": ["X" + " " * HOSTILE_LENGTH + "Y"],
    "espacios sin fin tras una A": ["A" + " " * HOSTILE_LENGTH + "SI"],
    "cifras sin fin antes de NUM": [_MET_ROW, "1" * HOSTILE_LENGTH + "%x"],
    "cifras sin fin como % suelto": [_MET_ROW, "1" * HOSTILE_LENGTH + " x"],
    "punto y espacios sin fin": ["041 A." + " " * HOSTILE_LENGTH],
}

_TOKENIZE_CHILD = """
import sys
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.lines import CleanText
from ism_desktop.exchange.etca.tokens import tokenize
texts = sys.stdin.read().split("\\n")
try:
    tokenize(CleanText(texts=texts, numbers=list(range(1, len(texts) + 1))))
except EtcaFormatError:
    pass
print("ok")
"""


@pytest.mark.parametrize("lines", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_tokenizer_reads_a_hostile_long_line_in_linear_time(lines: list[str]) -> None:
    # The tokenizer is called directly, past the line-length cap, to pin down its own patterns.
    child = subprocess.run(
        [sys.executable, "-c", _TOKENIZE_CHILD],
        input="\n".join(lines),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=BOUND_S,
        check=False,
    )

    assert (child.returncode, child.stdout.strip()) == (0, "ok"), child.stderr


def test_a_line_longer_than_the_cap_is_refused_naming_it() -> None:
    text = report(ABSOLUTE).replace("ESTUDIOS SOCIO", "ESTUDIOS " + "1" * 64_000 + " SOCIO", 1)
    number = next(i for i, line in enumerate(text.splitlines(), 1) if len(line) > 60_000)

    with pytest.raises(EtcaFormatError) as raised:
        parse_etca_text(text)

    assert raised.value.line == number
    assert "demasiado larga" in raised.value.message
    assert f"{MAX_LINE_CHARS:,}".replace(",", "\u00a0") in raised.value.message


def test_a_whole_evaluation_on_one_line_is_still_read() -> None:
    # The line cap must never refuse what the narrative limit allows.
    assert MAX_LINE_CHARS > MAX_NARRATIVE_CHARS
    narrative = "SE REALIZARON 761 ESTUDIOS EN EL TRIMESTRE."
    words = "ESTUDIOS " * ((MAX_NARRATIVE_CHARS - len(narrative)) // len("ESTUDIOS "))
    long_narrative = narrative + " " + words.strip()
    text = report(ABSOLUTE).replace(
        "SE REALIZARON 761 ESTUDIOS  SOCIOECONÓMICOS\nEN EL TRIMESTRE.", long_narrative
    )
    assert max(len(line) for line in text.splitlines()) == len(long_narrative)
    assert len(long_narrative) > MAX_NARRATIVE_CHARS - len("ESTUDIOS ")

    (meta,) = parse_etca_text(text).report.metas

    assert meta.evaluation(Quarter.FIRST) == long_narrative


def test_import_etca_refuses_a_one_megabyte_line_quickly(tmp_path: Path) -> None:
    path = tmp_path / "linea_larga.txt"
    hostile = report(ABSOLUTE).replace(
        "ESTUDIOS SOCIOECONÓMICOS ESTUDIO A SI MET ",
        "ESTUDIO A SI MET " + "9" * 1_000_000 + "x ",
    )
    path.write_text(hostile, encoding="utf-8")
    database = tmp_path / "avance.sqlite3"

    result = run_cli("import-etca", path, "--db", database, data_dir=tmp_path)

    assert result.returncode != 0
    assert "demasiado larga" in result.stderr
    assert "Línea " in result.stderr
    assert "Traceback" not in result.stderr
    assert not database.exists()


def _limit_memory() -> None:
    # Reading an endless device whole would take the machine's memory before failing.
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_etca_refuses_an_endless_device(tmp_path: Path) -> None:
    database = tmp_path / "x.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "ism_desktop", "import-etca", "/dev/zero", "--db", str(database)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8", ISM_AVANCE_DATA_DIR=str(tmp_path)),
        preexec_fn=_limit_memory,
        timeout=BOUND_S,
        check=False,
    )

    assert result.returncode != 0
    assert "no es un archivo común" in result.stderr
    assert "Traceback" not in result.stderr
    assert not database.exists()


def test_a_description_no_programa_base_could_carry_is_refused_with_its_line() -> None:
    # About 4,000 characters were imported, and the coordinating unit's package to the unit,
    # which holds at most 2,000, was refused at the unit.
    long_name = "ESTUDIOS SOCIOECONÓMICOS DE LAS USUARIAS " * 60
    text = report(ABSOLUTE.replace("ESTUDIOS SOCIOECONÓMICOS ESTUDIO", f"{long_name}ESTUDIO", 1))

    with pytest.raises(EtcaFormatError) as refused:
        parse_etca_text(text)

    assert str(refused.value).startswith("Línea 10: la descripción de la meta «ESTUDIOS")
    assert str(refused.value).endswith("» tiene 2\u00a0459 caracteres (máx. 2\u00a0000).")


def test_a_figure_printed_as_negative_zero_is_read_as_zero() -> None:
    # It was kept as -0.00, and the official report printed «-0.00».
    planned = "800.00 800.00 3400.00 900.00 900.00 800.00 800.00 3400.00"
    zero_q4 = "800.00 -0.00 2600.00 900.00 900.00 800.00 -0.00 2600.00"
    text = report(ABSOLUTE.replace(planned, zero_q4))
    assert text.count("-0.00") == 4

    (meta,) = parse_etca_text(text).report.metas

    assert meta.num.original[3] == 0
    signed = [v for row in (meta.met, meta.num) for v in row.columns() if v is not None]
    assert not any(value.is_signed() for value in signed)
