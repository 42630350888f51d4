"""Every PAIMEF rule is shown by its numeral of the rules, never by its internal code."""

from __future__ import annotations

import re

import pytest

from ism_desktop.domain.paimef.deadlines import TERMS
from ism_desktop.domain.paimef.rule_references import (
    PAIMEF_RULE_CODES,
    field_label,
    rule_reference,
)

# A numeral of the rules («3.4 i)», «4.3.4.1»), an annex, or several joined by « / ».
_REFERENCE = re.compile(
    r"(\d+(\.\d+)*( [a-z]\))?|Anexo \d+)( / (\d+(\.\d+)*( [a-z]\))?|Anexo \d+))*"
    r"|Fechas registradas|Días inhábiles|Metas"
)


@pytest.mark.parametrize("code", sorted(PAIMEF_RULE_CODES))
def test_every_rule_of_the_catalogue_has_a_reference_for_people(code: str) -> None:
    assert _REFERENCE.fullmatch(rule_reference(code)), rule_reference(code)


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("anexo5", "3.6.2 c) / Anexo 5"),
        ("3.4a", "3.3 / 3.4 a)"),
        ("3.4i-linea", "3.4 i)"),
        ("3.4i-justificacion", "3.4 i)"),
        ("3.4i-monto", "3.4 i)"),
        ("3.4i-presupuesto", "3.4 i)"),
        ("clave", "3.4 i)"),
        ("3.5.1", "3.5.1"),
        ("4.2.1.3", "4.2.1.3 / 4.3.5.1"),
        ("4.3.4.1", "4.3.4.1"),
        ("4.5.1", "4.5.1"),
        ("3.6.2 m", "3.6.2 m)"),
        ("fechas", "Fechas registradas"),
        ("dias_inhabiles", "Días inhábiles"),
    ],
)
def test_the_rules_codes_read_as_their_numerals(code: str, shown: str) -> None:
    assert rule_reference(code) == shown


def test_the_catalogue_holds_the_rules_and_every_terms_numeral() -> None:
    codes = {"anexo5", "3.4a", "3.4i-linea", "3.4i-justificacion", "3.4i-monto"}
    codes |= {"3.4i-presupuesto", "clave", "3.5.1", "4.2.1.3", "4.3.4.1", "4.5.1", "fechas"}
    assert codes | {term.numeral for term in TERMS} <= PAIMEF_RULE_CODES


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        ("indicador.2.2026-T1", "indicador 2, primer trimestre de 2026"),
        ("indicador.7.2026", "indicador 7, año 2026"),
        ("metas", "metas"),
        ("material_probatorio", "material probatorio"),
        ("monto_programado", "monto programado"),
        ("reintegro", "reintegro a la TESOFE"),
        ("vertiente.B", "vertiente B"),
        ("fechas.firma_instrumento", "fecha de «Firma del Instrumento Jurídico»"),
    ],
)
def test_the_fields_of_a_finding_read_in_words(field: str, shown: str) -> None:
    assert field_label(field) == shown


def test_a_deadlines_field_reads_as_its_description() -> None:
    assert field_label("plazo.participacion") == (
        "plazo «Sin Programa Anual ni prórroga al último día hábil de febrero: avisar al INDESOL "
        "si se participa (5 días hábiles después; si no, el INDESOL entiende que no se participa)»"
    )
