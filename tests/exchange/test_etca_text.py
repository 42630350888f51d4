"""Reading the official report's text: every quirk of the PDF extraction, and every refusal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.exchange.etca_samples import ABSOLUTE, HEADER, OPENING, PERCENTAGE, report

Q1 = Quarter.FIRST


def test_absolute_meta_inline_description_and_unit() -> None:
    parsed = parse_etca_text(report(ABSOLUTE))
    (meta,) = parsed.report.metas

    assert meta.description == "ESTUDIOS SOCIOECONÓMICOS"
    assert meta.unit_of_measure == "ESTUDIO"
    assert meta.kind is MetaKind.ABSOLUTE
    assert meta.cumulative is True
    assert meta.num.original == (Decimal(900), Decimal(900), Decimal(800), Decimal(800))
    assert meta.num.modified_annual == Decimal(3400)
    assert meta.num.achieved == (Decimal(761), None, None, None)
    assert meta.den is None
    assert meta.evaluation(Q1) == "SE REALIZARON 761 ESTUDIOS SOCIOECONÓMICOS EN EL TRIMESTRE."
    assert (str(meta.key.unit), str(meta.key.programme), str(meta.key.activity)) == (
        "004",
        "E408E04",
        "041",
    )
    assert parsed.warnings == ()


def test_percentage_meta_with_wrapped_unit_broken_den_label_and_percent_alone() -> None:
    (meta,) = parse_etca_text(report(PERCENTAGE)).report.metas

    assert meta.description == "COORDINACIÓN DE ACCIONES PARA LA PREVENCIÓN."
    assert meta.unit_of_measure == "PORCENTAJE"
    assert meta.kind is MetaKind.PERCENTAGE
    assert meta.met.original_annual == Decimal(100)
    assert meta.den is not None
    assert meta.den.original == (Decimal(0), Decimal(0), Decimal(0), Decimal(90))


def test_header_year_quarter_and_print_date() -> None:
    parsed = parse_etca_text(report(ABSOLUTE, quarter="SEGUNDO"))

    assert parsed.report.year == 2024
    assert parsed.report.quarter is Quarter.SECOND
    assert parsed.report.printed_at == "2024-04-11T10:44"


def test_second_quarter_keeps_printed_zero_achieved_of_the_reported_quarter() -> None:
    (meta,) = parse_etca_text(report(ABSOLUTE, quarter="SEGUNDO")).report.metas

    assert meta.num.achieved == (Decimal(761), Decimal(0), None, None)


def test_page_header_between_figure_rows_is_ignored() -> None:
    met, rest = ABSOLUTE.split("\n84.55%", 1)
    text = report(met + "\n" + HEADER.format(quarter="PRIMERO") + "\n84.55%" + rest)

    (meta,) = parse_etca_text(text).report.metas

    assert meta.num.achieved[0] == Decimal(761)


def test_narrative_continues_across_a_page_break() -> None:
    broken = ABSOLUTE.replace(
        "EN EL TRIMESTRE.", "EN EL TRIMESTRE\n" + HEADER.format(quarter="PRIMERO") + "\nY SIGUE."
    )

    (meta,) = parse_etca_text(report(broken)).report.metas

    assert meta.evaluation(Q1) == (
        "SE REALIZARON 761 ESTUDIOS SOCIOECONÓMICOS EN EL TRIMESTRE Y SIGUE."
    )


def test_description_after_narrative_and_page_break_starts_the_next_meta() -> None:
    second = ABSOLUTE.replace(
        "ESTUDIOS SOCIOECONÓMICOS ESTUDIO", "ATENCIÓN PSICOLÓGICA\nINDIVIDUAL\n\nATENCIÓN"
    )
    text = report(ABSOLUTE, HEADER.format(quarter="PRIMERO"), second)

    first, other = parse_etca_text(text).report.metas

    assert first.evaluation(Q1).endswith("EN EL TRIMESTRE.")
    assert other.description == "ATENCIÓN PSICOLÓGICA INDIVIDUAL"
    assert other.unit_of_measure == "ATENCIÓN"


def test_unit_change_keeps_the_programme_and_activity_in_force() -> None:
    second = "\nUNIDAD ADMINISTRATIVA   009 ISM UNIDAD DE TRANSPARENCIA\n" + ABSOLUTE.replace(
        "ESTUDIOS SOCIOECONÓMICOS", "OTRA META"
    )

    _, meta = parse_etca_text(report(ABSOLUTE, second)).report.metas

    assert str(meta.key.unit) == "009"
    assert str(meta.key.programme) == "E408E04"
    assert str(meta.key.activity) == "041"


def test_empty_evaluation_is_no_evaluation() -> None:
    empty = ABSOLUTE.split("EVALUACIÓN CUALITATIVA")[0] + "EVALUACIÓN CUALITATIVA\n"
    second = ABSOLUTE.replace("ESTUDIOS SOCIOECONÓMICOS", "OTRA META")

    first, _ = parse_etca_text(report(empty, second)).report.metas

    assert first.evaluations == {}


def test_activity_code_line_starts_a_new_activity() -> None:
    second = "\n664 COORDINACIÓN INTERINSTITUCIONAL.\n" + ABSOLUTE.replace(
        "ESTUDIOS SOCIOECONÓMICOS", "OTRA META"
    )

    parsed = parse_etca_text(report(ABSOLUTE, second)).report

    assert [str(m.key.activity) for m in parsed.metas] == ["041", "664"]
    assert parsed.catalogue.activity_name("30", parsed.metas[1].key.activity) == (
        "COORDINACIÓN INTERINSTITUCIONAL."
    )


def test_activity_code_in_other_digits_is_refused_naming_its_line() -> None:
    # «٦٦٤» reads as three digits to the pattern but is no activity code: a Spanish message
    # naming the line, never an unexpected error.
    second = ABSOLUTE.replace("ESTUDIOS SOCIOECONÓMICOS", "OTRA META")
    text = report(ABSOLUTE, "\n٦٦٤ COORDINACIÓN INTERINSTITUCIONAL.\n" + second)

    with pytest.raises(EtcaFormatError, match="Clave de proceso inválida: «٦٦٤»") as caught:
        parse_etca_text(text)

    assert caught.value.line == _line_of(text, "٦٦٤")


def test_narrative_starting_with_a_number_is_not_an_activity_heading() -> None:
    numeric = ABSOLUTE.replace(
        "SE REALIZARON 761 ESTUDIOS  SOCIOECONÓMICOS\nEN EL TRIMESTRE.", "761 ESTUDIOS"
    )

    (meta,) = parse_etca_text(report(numeric)).report.metas

    assert meta.evaluation(Q1) == "761 ESTUDIOS"
    assert str(meta.key.activity) == "041"


def test_narrative_line_after_a_page_break_starting_with_a_number_stays_narrative() -> None:
    # Found by the state-scale generator: "386 DE 2024. LOS RESULTADOS…" is not activity 386.
    continued = ABSOLUTE.replace(
        "EN EL TRIMESTRE.",
        "EN EL MES DE MARZO\n"
        + HEADER.format(quarter="PRIMERO")
        + "\n386 DE 2024. LOS RESULTADOS SE INFORMARON A LA COORDINACIÓN EJECUTIVA.",
    )
    second = ABSOLUTE.replace("ESTUDIOS SOCIOECONÓMICOS", "OTRA META")

    first, other = parse_etca_text(report(continued, second)).report.metas

    assert first.evaluation(Q1).endswith(
        "EN EL MES DE MARZO 386 DE 2024. LOS RESULTADOS SE INFORMARON A LA COORDINACIÓN EJECUTIVA."
    )
    assert str(other.key.activity) == "041"


def test_short_numbered_line_reusing_a_known_code_is_narrative_not_a_new_name() -> None:
    continued = ABSOLUTE.replace(
        "EN EL TRIMESTRE.",
        "EN EL TRIMESTRE\n" + HEADER.format(quarter="PRIMERO") + "\n041 ESTUDIOS MENOS",
    )
    second = ABSOLUTE.replace("ESTUDIOS SOCIOECONÓMICOS", "OTRA META")

    parsed = parse_etca_text(report(continued, second)).report
    first = parsed.metas[0]

    assert first.evaluation(Q1).endswith("EN EL TRIMESTRE 041 ESTUDIOS MENOS")
    assert parsed.catalogue.activity_name("30", first.key.activity) == (
        "ATENCIÓN A MUJERES EN SITUACIONES DE VIOLENCIA."
    )


def test_printed_progress_that_differs_from_the_computed_one_is_a_warning() -> None:
    parsed = parse_etca_text(report(ABSOLUTE.replace("84.55%NUM", "84.56%NUM")))

    (warning,) = parsed.warnings
    assert "84.56" in warning.message
    assert "84.55" in warning.message
    assert warning.line == OPENING.count("\n") + 2


def test_nonzero_achieved_after_the_reported_quarter_is_kept_for_validation() -> None:
    late = ABSOLUTE.replace("761.00 0.00 0.00 0.00", "761.00 5.00 0.00 0.00")

    (meta,) = parse_etca_text(report(late)).report.metas

    assert meta.num.achieved == (Decimal(761), Decimal(5), None, None)


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.mark.parametrize(
    ("mangle", "needle", "message"),
    [
        (
            lambda t: t.replace(" 761.00 0.00 0.00 0.00\n\n84", " 761.00 0.00 0.00\n\n84"),
            "ESTUDIO A SI MET",
            "la fila MET tiene 13 cifras; se esperaban 14",
        ),
        (
            lambda t: t.replace(
                "3400.00 761.00 0.00 0.00 0.00\n\nDEN", "3400.00 7x1.00 0.00 0.00 0.00\n\nDEN"
            ),
            "NUM 900",
            "«7x1.00» no es una cifra válida en la fila NUM",
        ),
        (lambda t: t.replace("84.55%NUM", "84.55%"), "84.55%", "falta la fila NUM"),
    ],
)
def test_unreadable_rows_name_the_line(mangle: object, needle: str, message: str) -> None:
    text = mangle(report(ABSOLUTE))  # type: ignore[operator]

    with pytest.raises(EtcaFormatError, match=message) as caught:
        parse_etca_text(text)

    assert caught.value.line == _line_of(text, needle)
    assert str(caught.value).startswith(f"Línea {caught.value.line}: ")


def test_meta_before_any_unit_is_refused() -> None:
    text = OPENING.replace("UNIDAD ADMINISTRATIVA   004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA\n", "")

    with pytest.raises(EtcaFormatError, match="antes de su UNIDAD ADMINISTRATIVA"):
        parse_etca_text(text + ABSOLUTE + HEADER.format(quarter="PRIMERO"))


def test_same_meta_twice_is_refused() -> None:
    with pytest.raises(EtcaFormatError, match="ya apareció en la línea"):
        parse_etca_text(report(ABSOLUTE, ABSOLUTE))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hola\nmundo\n", "no parece un informe ETCA-III-04"),
        (
            OPENING
            + ABSOLUTE
            + "GOBIERNO DEL ESTADO DE SONORA\nINFORME DE AVANCE PROGRAMÁTICO 2024\n",
            "TRIMESTRE",
        ),
        (HEADER.format(quarter="PRIMERO") + "\nNADA\n", "no contiene ninguna meta"),
    ],
)
def test_not_a_report(text: str, message: str) -> None:
    with pytest.raises(EtcaFormatError, match=message):
        parse_etca_text(text)
