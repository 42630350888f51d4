"""Moments in packages (a justification's, an observation's, a closing's «fecha») as we write them.

Each was any text up to 64 characters: «NaN», a year 0 or 9999 was stored and shown as the date
of an answer («Justificación anterior de ana (NaN)»). A package carrying one is refused, its
field and meta (or quarter) named, the receiving database byte for byte as it was; a package
as our exports write it, of this version or an earlier one, is still received.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import observations_package, ok
from tests.exchange.package_builders import coordinator_file, edit_data, members
from tests.exchange.test_justification_answers_travel import _justified_package
from tests.hostile.generators import hostile_moments

pytestmark = pytest.mark.e2e

CASES = dict(hostile_moments())


def _bytes(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {p.name: p.read_bytes() for p in files if p.exists() and p.stat().st_size}


def _copy(database: Path, folder: Path) -> Path:
    copy = folder / database.name
    copy.write_bytes(database.read_bytes())
    return copy


def _answer(data: dict[str, Any]) -> dict[str, Any]:
    for meta in data["metas"]:
        for warning in meta["avisos"]:
            if warning["justificacion"] is not None:
                answer: dict[str, Any] = warning["justificacion"]
                return answer
    raise AssertionError("the package justifies no warning")


@pytest.fixture(scope="module")
def unit_report(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> tuple[Path, Path]:
    """The coordinator's database and unit 004's package with a warning justified."""
    folder = tmp_path_factory.mktemp("justificada")
    package, _key, _message = _justified_package(seed_text, folder)
    return coordinator_file(seed_text, folder / "coordinadora.sqlite3"), package


@pytest.fixture(scope="module")
def two_pcs(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, Path, str]:
    """Unit 004 with its base, the coordinator's observations package of T1, and a meta's id."""
    folder = tmp_path_factory.mktemp("observaciones")
    coordinator, unit = folder / "coordinadora.sqlite3", folder / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", folder / "b")
    ok("import-package", "--db", unit, base.strip())
    meta = json.loads(members(Path(base.strip()))["datos.json"])["metas"][0]["id"]
    return unit, Path(observations_package(coordinator, "004", 1, folder / "o")), meta


def _refused(database: Path, package: Path, *expected: str) -> None:
    before = _bytes(database)

    result = run_cli("import-package", "--db", database, package)

    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    for words in expected:
        assert words in result.stderr
    assert "\x1b" not in result.stderr
    assert _bytes(database) == before


@pytest.mark.parametrize("case", CASES)
def test_a_justification_dated_by_no_export_of_ours_is_refused(
    unit_report: tuple[Path, Path], tmp_path: Path, case: str
) -> None:
    coordinator, package = unit_report

    def edit(data: dict[str, Any]) -> None:
        _answer(data)["fecha"] = CASES[case]

    hostile = edit_data(package, tmp_path / "p.ismpaq", edit)

    _refused(_copy(coordinator, tmp_path), hostile, "la fecha de un aviso de la meta «")


def _observed(data: dict[str, Any], meta: str, moment: str) -> None:
    data["observaciones"] = [
        {"id_meta": meta, "texto": "Revisar.", "autor": "Lucía", "fecha": moment}
    ]


def _closed(data: dict[str, Any], _meta: str, moment: str) -> None:
    data["trimestres"] = {"2": {"cerrado": True, "fecha": moment, "motivo": ""}}


NEWS: dict[str, tuple[Callable[[dict[str, Any], str, str], None], str]] = {
    "observacion": (_observed, "la fecha de una observación de la meta «"),
    "cierre": (_closed, "la fecha del cierre del trimestre 2"),
}


# A quarter without a closing event travels with an empty date: not a hostile closing.
NEWS_CASES = [
    (news, case) for news in NEWS for case in CASES if not (news == "cierre" and CASES[case] == "")
]


@pytest.mark.parametrize(("news", "case"), NEWS_CASES)
def test_news_of_the_coordinator_dated_by_no_export_of_ours_is_refused(
    two_pcs: tuple[Path, Path, str], tmp_path: Path, case: str, news: str
) -> None:
    unit, package, meta = two_pcs
    change, named = NEWS[news]

    def edit(data: dict[str, Any]) -> None:
        change(data, meta, CASES[case])

    hostile = edit_data(package, tmp_path / "o.ismpaq", edit)

    _refused(_copy(unit, tmp_path), hostile, named)


@pytest.mark.parametrize(
    "moment",
    ["2024-04-10T09:30:00-07:00", "2024-04-10T16:30:00+00:00", "2024-04-10T09:30:00"],
)
def test_a_justification_as_our_versions_dated_it_is_received(
    unit_report: tuple[Path, Path], tmp_path: Path, moment: str
) -> None:
    coordinator, package = unit_report

    def edit(data: dict[str, Any]) -> None:
        _answer(data)["fecha"] = moment

    received = edit_data(package, tmp_path / "p.ismpaq", edit)
    result = run_cli("import-package", "--db", _copy(coordinator, tmp_path), received)

    assert result.returncode == 0, result.stderr


def test_a_closing_without_a_date_is_received(
    two_pcs: tuple[Path, Path, str], tmp_path: Path
) -> None:
    unit, package, _meta = two_pcs

    def edit(data: dict[str, Any]) -> None:
        data["trimestres"] = {"1": {"cerrado": False, "fecha": "", "motivo": ""}}

    received = edit_data(package, tmp_path / "o.ismpaq", edit)
    result = run_cli("import-package", "--db", _copy(unit, tmp_path), received)

    assert result.returncode == 0, result.stderr
