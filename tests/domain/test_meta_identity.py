"""A meta's identity is shared by every PC that imported the same report."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import pytest

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.meta import MetaKey
from ism_desktop.domain.quarter import Quarter


def key(description: str, unit: str = "004", entity: str = "30") -> MetaKey:
    return MetaKey(
        entity, UnitCode(unit), ProgrammeCode("E408E04"), ActivityCode("041"), description
    )


def test_identity_is_a_fixed_hash_of_the_official_fields() -> None:
    # The recipe is a contract between PCs: a change would orphan every database in the field.
    recipe = b"30|004|E408E04|041|ASESORIA LEGAL"

    assert key("ASESORÍA LEGAL").stable_id == hashlib.sha256(recipe).hexdigest()[:16]


def test_identity_ignores_spacing_case_and_accents() -> None:
    assert key("ASESORÍA  LEGAL").stable_id == key("Asesoria legal").stable_id


def _general_rule(description: str) -> str:
    # The identity's folding as first written: whitespace collapsed, upper case, decomposed,
    # combining marks dropped. Every faster path must give what it gives.
    folded = " ".join(description.split()).upper()
    return re.sub(r"[\u0300-\u036f]", "", unicodedata.normalize("NFKD", folded))


@pytest.mark.parametrize("code", range(1, 256), ids=lambda code: f"U+{code:04X}")
def test_every_latin1_character_folds_as_the_general_rule(code: int) -> None:
    description = f"ASESORÍA {chr(code)}a{chr(code)} legal"
    recipe = f"30|004|E408E04|041|{_general_rule(description)}".encode()

    assert key(description).stable_id == hashlib.sha256(recipe).hexdigest()[:16]


@pytest.mark.parametrize("description", ["Straße", "µg ÿ", "CAFÉ Œuvre", "ДЕЛО é", "ﬁn ½"])
def test_text_beyond_the_byte_tables_folds_as_the_general_rule(description: str) -> None:
    recipe = f"30|004|E408E04|041|{_general_rule(description)}".encode()

    assert key(description).stable_id == hashlib.sha256(recipe).hexdigest()[:16]


@pytest.mark.parametrize(
    "other",
    [key("ASESORÍA LEGAL", unit="006"), key("ASESORÍA LEGAL", entity="12"), key("ASESORÍA")],
)
def test_identity_differs_when_an_official_field_differs(other: MetaKey) -> None:
    assert other.stable_id != key("ASESORÍA LEGAL").stable_id


@pytest.mark.parametrize("bad", ["4", "0041", "A04", ""])
def test_unit_codes_are_three_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="unidad administrativa"):
        UnitCode(bad)


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("1", Quarter.FIRST),
        ("PRIMERO", Quarter.FIRST),
        (" tercero ", Quarter.THIRD),
        (4, Quarter.FOURTH),
    ],
)
def test_quarter_parsing(text: str | int, quarter: Quarter) -> None:
    assert Quarter.parse(text) is quarter


def test_quarter_spanish_name() -> None:
    assert Quarter.SECOND.spanish_name == "SEGUNDO"


def test_quarter_in_words_uses_the_short_ordinal() -> None:
    assert [q.in_words for q in Quarter] == [
        "primer trimestre",
        "segundo trimestre",
        "tercer trimestre",
        "cuarto trimestre",
    ]
