"""validate, status and ortografia name each unit's dependency when the database holds several.

A state's report repeats unit codes across dependencies: «Unidad 003» headed the findings of
two offices at once, and the units of the second dependency read «Unidad 001 001» (their names
looked up under the first). With one dependency (the Institute's), nothing said changes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.store.store import Store
from tests.change_requests import asked
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_report

pytestmark = pytest.mark.e2e


def _coordinator(database: Path, source: Path, entity: str) -> dict[str, tuple[str, str]]:
    """``source`` imported at the coordinator of ``entity``; each meta's (dependency, unit)."""
    ok("import-etca", source, "--db", database)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, entity, UnitCode("002")))
        report = store.reports.load()
        assert report is not None
        return {m.stable_id: (m.key.entity, m.key.unit.value) for m in report.metas}


def test_validate_heads_each_unit_with_its_dependency(tmp_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    _coordinator(database, state_report(tmp_path), DELIVERED)

    said = ok("validate", "--db", database, "--trimestre", "1")

    headings = [line for line in said.splitlines() if line.startswith("Unidad ")]
    # Names as the generated report prints them (estatal.txt), each under its own dependency.
    assert "Unidad 003 CEDS COORDINACIÓN EJECUTIVA (dependencia 51)" in headings
    assert "Unidad 003 ISV COORDINACIÓN REGIONAL SUR (dependencia 84)" in headings
    assert "Unidad 001 ISV COORDINACIÓN EJECUTIVA (dependencia 84)" in headings
    assert len(headings) == len(set(headings)), headings
    assert all(line.endswith(("(dependencia 51)", "(dependencia 84)")) for line in headings)


def test_validate_json_carries_the_dependency_beside_the_unit(tmp_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    keys = _coordinator(database, state_report(tmp_path), DELIVERED)

    findings = json.loads(ok("validate", "--db", database, "--trimestre", "1", "--json"))

    assert findings
    assert {finding["dependencia"] for finding in findings} == {DELIVERED, AWAITED}
    for finding in findings:
        assert (finding["dependencia"], finding["unidad"]) == keys[finding["id_meta"]]


def test_the_board_names_the_dependency_of_a_unit_whose_request_waits(tmp_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    keys = _coordinator(database, state_report(tmp_path), DELIVERED)
    meta = next(i for i, key in keys.items() if key == (AWAITED, SHARED.value))
    with Store.open(database) as store:
        asked(store, SHARED, meta, entity=AWAITED)

    lines = ok("status", "--db", database, "--trimestre", "1").splitlines()

    # Only the 003 of dependency 84 asked: the 003 of 51 waits for nothing.
    assert (
        "Solicitudes de cambio de meta por decidir: 003 de la dependencia 84 (1 meta); "
        "verlas y decidirlas: ism-desktop solicitudes."
    ) in lines


def test_ortografia_heads_each_unit_with_its_dependency(tmp_path: Path) -> None:
    # A slip in every evaluation that says «SE REALIZARON», under both dependencies.
    text = state_report(tmp_path).read_text(encoding="utf-8")
    source = tmp_path / "con_errata.txt"
    source.write_text(text.replace("SE REALIZARON", "SE REALIZARON PRIEMR"), encoding="utf-8")
    database = tmp_path / "coordinadora.sqlite3"
    keys = _coordinator(database, source, DELIVERED)

    said = ok("ortografia", "--db", database, "--trimestre", "1")
    listing = json.loads(ok("ortografia", "--db", database, "--trimestre", "1", "--json"))

    headings = [line for line in said.splitlines() if line.startswith("Unidad ")]
    assert "Unidad 002 CEDS DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO (dependencia 51)" in (
        headings
    )
    assert "Unidad 002 ISV DIRECCIÓN JURÍDICA (dependencia 84)" in headings
    assert len(headings) == len(set(headings)), headings
    assert {item["dependencia"] for item in listing} == {DELIVERED, AWAITED}
    for item in listing:
        assert (item["dependencia"], item["unidad"]) == keys[item["id_meta"]]


def _one_dependency_outputs(tmp_path: Path, seed_path: Path) -> dict[str, str]:
    """validate (text, JSON) and status of quarters 1 and 2 on the Institute's own report."""
    database = tmp_path / "ism.sqlite3"
    keys = _coordinator(database, seed_path, "30")
    meta = next(i for i, key in keys.items() if key[1] == "004")
    with Store.open(database) as store:
        asked(store, UnitCode("004"), meta)
    said = {}
    for quarter in ("1", "2"):
        period = ("--db", database, "--trimestre", quarter)
        said[f"validate {quarter}"] = _output("validate", *period)
        said[f"validate --json {quarter}"] = _output("validate", *period, "--json")
        said[f"status {quarter}"] = _output("status", *period)
    period = ("--db", database, "--trimestre", "1")  # the second has no evaluations yet
    said["ortografia 1"] = _output("ortografia", *period)
    said["ortografia --json 1"] = _output("ortografia", *period, "--json")
    return said


def _output(*args: str | Path) -> str:
    """The command's standard output, whatever its exit (validate ends with 1 on errors)."""
    return run_cli(*args).stdout


# The sha256 of each output as the commit before dependencies were named (2416c173) wrote it.
ONE_DEPENDENCY = {
    "validate 1": "63ff83c28a6258cb4e67edca06d60931cfc22fb0ba8188e27bc18d29c3e77911",
    "validate --json 1": "ced964a5ac0e089942c0aeb1ccd5550a5db170da535d3a3d2ef8aa3607b17ef9",
    "status 1": "e3be5c03daef80b9e68be426c6e73b2a044ef3742b59c2e8943725a1ccb6cb90",
    "validate 2": "401a82952d26f0fe80a4a79d1e5a695732184c9a5a4517ac49e55c72365c508f",
    "validate --json 2": "e755d3c24ade1889270b4ea626d6d832edfea2731921fc5a5ee551c948a6638a",
    "status 2": "5167f7eb8e4031effc3552d6dfa0d0fa5b1b7eba6db7b50c99175afd9634e526",
    "ortografia 1": "c023d2d8bae8904b0b92d9c2861be9676aab1e82e107a3634f0fbca2dade655d",
    "ortografia --json 1": "0f8ab1911d038869cba8b9997f7ee937e18df696c4fbbba85c45a5909264b3d6",
}


# The one change of these outputs made on purpose since 2416c173: the board's headline, which a
# first reader took for a contradiction («No falta ninguna unidad: …; 7 unidades sin paquete»).
HEADLINE_THEN, HEADLINE_NOW = "No falta ninguna unidad: ", "Todas las unidades están al día: "


def test_one_dependency_says_byte_for_byte_what_it_said(tmp_path: Path, seed_path: Path) -> None:
    said = _one_dependency_outputs(tmp_path, seed_path)

    assert said["status 1"].splitlines()[2].startswith(HEADLINE_NOW)
    as_then = {what: text.replace(HEADLINE_NOW, HEADLINE_THEN) for what, text in said.items()}
    digests = {what: hashlib.sha256(text.encode()).hexdigest() for what, text in as_then.items()}
    assert digests == ONE_DEPENDENCY
    assert "Unidad 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in said["validate 1"].splitlines()
    assert "dependencia" not in said["validate --json 1"]
