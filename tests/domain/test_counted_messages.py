"""Messages that count: «1 palabra», «1 nueva», «1 cifra», never «1 palabras»."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.paimef.indicator_catalogue import indicator_by_number
from ism_desktop.domain.paimef.indicators import IndicatorInputError, compute
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.report_import import ImportSummary
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.domain.validation.validation_cases import counted, findings_of
from tests.exchange.etca_samples import ABSOLUTE, report


@pytest.mark.parametrize(
    ("narrative", "said"),
    [("CUMPLIDA", "tiene 1 palabra;"), ("META CUMPLIDA.", "tiene 2 palabras;")],
)
def test_a_short_evaluation_counts_its_words(narrative: str, said: str) -> None:
    settings = ValidationSettings(min_narrative_words=4)

    (found,) = findings_of("NARRATIVA_BREVE", counted(narrative=narrative), settings=settings)

    assert said in found.message


def test_an_import_counts_one_new_and_one_updated_meta() -> None:
    summary = ImportSummary(2024, Quarter.FIRST, 2, 1, inserted=1, updated=1, warnings=())

    assert "1 nueva, 1 actualizada" in summary.describe()
    assert "56 nuevas" in ImportSummary(2024, Quarter.FIRST, 56, 8, 56, 0, ()).describe()


def test_a_row_with_one_figure_says_one() -> None:
    line = next(line for line in ABSOLUTE.splitlines() if " SI MET " in line)
    one_figure = line.split(" MET ")[0] + " MET 100.00"

    with pytest.raises(EtcaFormatError, match="tiene 1 cifra; se esperaban 14"):
        parse_etca_text(report(ABSOLUTE.replace(line, one_figure)))


def test_one_value_given_to_an_indicator_is_said_in_the_singular() -> None:
    indicator = indicator_by_number(2)
    assert indicator is not None

    with pytest.raises(IndicatorInputError, match=r"necesita 2 valores, .*; y se dio 1\.$"):
        compute(indicator, [Decimal(130)])
    with pytest.raises(IndicatorInputError, match=r"; y se dieron 3\.$"):
        compute(indicator, [Decimal(1)] * 3)
