"""``paimef justify`` matching several warnings: how many, and the options one a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.cli.paimef_justify_choices import choose_one, justifiable
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.exchange.paimef.test_programme_json import ISSUE_EXAMPLE

pytestmark = pytest.mark.e2e


def _captures_missing(fields: int) -> list[PaimefFinding]:
    """``fields`` warnings of rule anexo5, none on an acción (as the missing captures are)."""
    return [
        PaimefFinding("anexo5", Severity.WARNING, "", f"indicador.{n}.2026-T1", "falta")
        for n in range(1, fields + 1)
    ]


@pytest.mark.parametrize("found", [2, 9, 10, 11, 22])
def test_the_options_are_one_a_line_and_at_most_ten(found: int) -> None:
    lines = choose_one("anexo5", _captures_missing(found)).splitlines()

    assert lines[0] == f"hay {found} observaciones de la regla anexo5 que coinciden; elija una con:"
    shown = min(found, 10)
    assert lines[1 : 1 + shown] == [f"  --campo indicador.{n}.2026-T1" for n in range(1, shown + 1)]
    rest = lines[1 + shown :]
    if found > 10:
        assert rest == [f"  y {found - 10} más; «ism-desktop paimef revisar» las lista todas."]
    else:
        assert rest == []


def test_an_option_names_the_accion_only_when_the_warning_has_one() -> None:
    findings = [
        PaimefFinding("4.3.4.1", Severity.WARNING, "A.1", "metas", "sin metas"),
        PaimefFinding("4.3.4.1", Severity.WARNING, "", "fechas.firma_instrumento", "fecha"),
        PaimefFinding("4.3.4.1", Severity.WARNING, "C 2", "material_probatorio", "sin material"),
    ]

    assert choose_one("4.3.4.1", findings).splitlines()[1:] == [
        "  --accion A.1 --campo metas",
        "  --campo fechas.firma_instrumento",
        "  --accion 'C 2' --campo material_probatorio",  # as a shell takes it
    ]


def test_justify_lists_the_matching_warnings_readably(tmp_path: Path) -> None:
    db = programme_imported(tmp_path, data_dir=tmp_path)
    # On 31 December 2026 every quarter's and semester's captures are missing: 22 warnings.
    result = run_cli(
        "paimef", "justify", "--regla", "anexo5", "--texto", "x", "--db", db,
        "--hoy", "2026-12-31", data_dir=tmp_path,
    )  # fmt: skip

    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "Error: hay 22 observaciones de la regla anexo5 que coinciden; elija una con:"
    )
    assert lines[1:3] == ["  --campo indicador.2.2026-T1", "  --campo indicador.2.2026-T2"]
    assert len(lines) == 12
    assert lines[-1] == "  y 12 más; «ism-desktop paimef revisar» las lista todas."
    assert "--accion" not in result.stderr
    assert "«»" not in result.stderr


def _vertiente_missing(vertiente: str) -> PaimefFinding:
    return PaimefFinding("3.4a", Severity.ERROR, "", f"vertiente.{vertiente}", "sin acciones")


def test_only_the_warnings_are_offered_among_errors_of_the_same_rule() -> None:
    # anexo5 gives an error where a capture cannot be computed and a warning where it is missing.
    mixed = [
        PaimefFinding("anexo5", Severity.ERROR, "", "indicador.1.2026-T1", "no se calcula"),
        *_captures_missing(3)[1:],
    ]

    lines = choose_one("anexo5", mixed).splitlines()

    assert lines == [
        "hay 2 observaciones de la regla anexo5 que coinciden; elija una con:",
        "  --campo indicador.2.2026-T1",
        "  --campo indicador.3.2026-T1",
    ]


def test_one_warning_among_errors_is_the_one_justified() -> None:
    mixed = [
        PaimefFinding("anexo5", Severity.ERROR, "", "indicador.1.2026-T1", "no se calcula"),
        *_captures_missing(2)[1:],
    ]

    assert justifiable(mixed) == [mixed[1]]


@pytest.mark.parametrize(
    ("found", "said"),
    [
        (1, "la observación de la regla 3.4a que coincide es un error"),
        (2, "las 2 observaciones de la regla 3.4a que coinciden son errores"),
    ],
)
def test_errors_alone_are_not_offered(found: int, said: str) -> None:
    errors = [_vertiente_missing(v) for v in "BC"[:found]]

    assert choose_one("3.4a", errors) == (
        f"{said}: los errores no se justifican, se corrigen; «ism-desktop paimef revisar» "
        "dice qué corregir."
    )


def test_justify_refuses_errors_without_listing_them(tmp_path: Path) -> None:
    db = programme_imported(tmp_path, data_dir=tmp_path)
    source = tmp_path / "solo_a.json"
    source.write_text(ISSUE_EXAMPLE, encoding="utf-8")  # only vertiente A: two 3.4a errors
    imported = run_cli("paimef", "import-programa", source, "--db", db, data_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr

    result = run_cli(
        "paimef", "justify", "--regla", "3.4a", "--texto", "x", "--db", db,
        "--hoy", "2026-03-20", data_dir=tmp_path,
    )  # fmt: skip

    assert result.returncode == 2
    assert result.stderr == (
        "Error: las 2 observaciones de la regla 3.4a que coinciden son errores: los errores no "
        "se justifican, se corrigen; «ism-desktop paimef revisar» dice qué corregir.\n"
    )
