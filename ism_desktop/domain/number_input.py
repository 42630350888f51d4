"""Reading a figure typed by a person: Mexican conventions, a clear Spanish reason when not."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_DOWN, Decimal

from ism_desktop.domain.limits import figure_problem
from ism_desktop.domain.wide_decimal import cut
from ism_desktop.domain.wording import quoted

# Mexican grouping: one to three digits (never a leading 0: «0,500» is a decimal comma), then
# groups of exactly three, then the decimals.
_GROUPED = re.compile(r"[+-]?[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]*)?")
# ASCII digits with at most one point, and a sign: what a figure is typed as.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# A plain number and a power of ten («1.5e3», «2E-1»): what Python and Excel read as one.
_EXPONENT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+")


class FigureInputError(ValueError):
    """The text typed is not a figure; the message says why, in Spanish."""


class NotANumberError(FigureInputError):
    """The text is no number at all (a word, a stray mark): nothing more particular to say."""

    def __init__(self, shown: str) -> None:
        self.shown = shown  # the text as typed, cut to what a message quotes
        super().__init__(f"«{shown}» no es un número.")


def parse_figure(text: str, *, percent: bool = True) -> Decimal | None:
    """``""`` is «not reported» (``None``); ``1,234.50`` and ``84.5 %`` are accepted.

    Args:
        text: the figure as typed, or as a workbook cell holds it as text.
        percent: whether a ``%`` may follow (the window shows one on a percentage row). A
            workbook cell's text has none: Excel makes «50%» typed the number 0.5, so a text
            «50 %» is named rather than read as 50.
    """
    # Spaces of any kind (a non-breaking one pasted from Word, «12 %») go, and full-width
    # digits («１２») are the plain ones; a tab, a new line or a superscript inside is no figure.
    plain = _plain_forms(text)
    cleaned = plain.removesuffix("%") if percent else plain
    if not cleaned:
        return None
    cleaned = ungrouped(cleaned, text.strip())
    # Digits and one point only: Python's decimals also read «3e4» (30000, a slip for «34»),
    # «1_000», «Infinity» and «NaN».
    if not _PLAIN_NUMBER.fullmatch(cleaned):
        shown = quoted(text)
        if _EXPONENT.fullmatch(cleaned):
            raise FigureInputError(
                f"«{shown}» no es un número: no se aceptan exponentes; escriba la cifra completa."
            )
        if not percent and "%" in cleaned:
            raise FigureInputError(f"«{shown}» no es un número: escriba la cifra sin «%».")
        raise NotANumberError(shown)
    value = Decimal(cleaned)  # digits and a point: always a decimal
    if problem := figure_problem(value):
        raise FigureInputError(f"«{text.strip()[:40]}» {problem}.")
    # «-0» is zero: kept signed it printed «-0.00» on the official report.
    return value if value else abs(value)


def parse_reported_figure(text: str, counted_unit: str | None = None) -> Decimal | None:
    """A figure typed as achieved: as ``parse_figure``, never negative, whole if it counts.

    Saved, a negative (or «2.5» in a unit that counts, ``counted_unit``: PERSONA, EVENTO…)
    was an error that stopped every export of the unit, while the dialog for a modified
    target refused one outright: both refuse it before anything is stored.
    """
    value = parse_figure(text)
    if value is not None and value < 0:
        raise FigureInputError(
            f"«{text.strip()[:40]}»: las cifras del informe no pueden ser negativas."
        )
    if counted_unit is not None and value is not None and value != value.to_integral_value():
        raise FigureInputError(
            f"«{text.strip()[:40]}»: la unidad de medida {counted_unit} cuenta piezas enteras; "
            "escriba la cifra sin decimales."
        )
    return value


# Full-width digits, point, comma, signs and percent to their plain forms.
_FULL_WIDTH = str.maketrans(
    {chr(0xFF10 + digit): str(digit) for digit in range(10)}
    | {"．": ".", "，": ",", "＋": "+", "－": "-", "％": "%"}
)


# Spaces («Zs»): the thousands may be grouped with them («1 234», as this program prints them).
_SPACE = "[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_SPACED_DIGITS = re.compile(rf"[0-9]{_SPACE}+[0-9]")
_FIGURE_SHAPE = re.compile(r"[+-]?[0-9.,]+%?")
_SPACE_GROUPED = re.compile(
    rf"[+-]?{_SPACE}*[1-9][0-9]{{0,2}}(?:{_SPACE}[0-9]{{3}})+(?:\.[0-9]*)?{_SPACE}*%?"
)


def _plain_forms(text: str) -> str:
    # One cell copied from Excel ends in a line break («88\r\n»), and text from a web page
    # may carry marks no one sees (a zero-width space, a direction mark, a soft hyphen): none
    # is part of the figure. A tab or line break inside stays, and refuses two cells pasted.
    visible = "".join(c for c in text.strip() if unicodedata.category(c) != "Cf")
    visible = visible.translate(_FULL_WIDTH)
    joined = "".join(c for c in visible if unicodedata.category(c) != "Zs")
    # Only a figure but for its spaces is told about them; other text is no number at all,
    # and a comma is told about first («1 234,50»: the comma, not the spaces, is wrong).
    spaced = (
        "," not in joined
        and _SPACED_DIGITS.search(visible) is not None
        and _FIGURE_SHAPE.fullmatch(joined) is not None
    )
    if spaced and not _SPACE_GROUPED.fullmatch(visible):
        raise FigureInputError(
            f"«{visible[:40]}» no es un número: un espacio entre dígitos solo separa los miles "
            "(«1 234»)."
        )
    return joined


# What a figure is not made of (an «e» is an exponent, said as such; spaces, said apart).
_NO_FIGURE_MARK = re.compile(r"[^0-9.,+\-%eE\s]")


def ungrouped(text: str, shown: str | None = None) -> str:
    """``text`` without its thousands commas; ``FigureInputError`` for any other comma.

    In Mexico the comma groups thousands and the point marks decimals. A comma anywhere else
    is a decimal comma typed by habit ("450,5"): taken out, it made the figure ten times or
    more what was meant, so it is refused and the point suggested.
    """
    if "," not in text:
        return text
    if _GROUPED.fullmatch(text):
        return text.replace(",", "")
    shown = text if shown is None else shown
    if _NO_FIGURE_MARK.search(text):
        # «1,2a»: told about the comma, the person looked at it, which was right, not the letter.
        raise NotANumberError(quoted(shown))
    if "e" in text.lower():
        # «1,5e3» with the comma made a point is «1.5e3»: refused too, so never proposed.
        raise FigureInputError(
            f"«{shown[:40]}»: la coma solo separa los miles (1,500) y no se aceptan "
            "exponentes; escriba la cifra completa, con punto para decimales (1.5)."
        )
    raise FigureInputError(
        f"«{shown[:40]}»: la coma solo separa los miles (1,500); "
        f"para decimales use punto ({_with_point(text)})."
    )


# What a proposal may look like: unsigned ASCII digits on both sides of one point.
_PROPOSABLE = re.compile(r"[0-9]+\.[0-9]+")
_HUNDREDTH = Decimal("0.01")


def _with_point(text: str) -> str:
    """The figure with its one comma made a point («450,5» → 450.5), or else a model, «1.5».

    Only a plain figure within the limits is proposed: a field refused «-1.5» (a variable),
    «1.5%» (a variable) or «1.0000001» (too many decimals) after suggesting it.
    """
    # Without spaces: «1 500.50» is not a figure everywhere, «1500.50» is.
    candidate = "".join(text.split()).replace(",", ".")
    if text.count(",") != 1 or "." in text or not _PROPOSABLE.fullmatch(candidate):
        return "1.5"  # «1.000,50» made «1.000.50» would not be a figure either
    if figure_problem(Decimal(candidate)) is not None:
        return "1.5"
    return str(Decimal(candidate))  # «0001.5» is proposed as «1.5»


def format_figure(value: Decimal | None, percent: bool = False) -> str:
    """A figure as the form shows it: two decimals, ``%`` close up for percentage rows.

    Cut to hundredths, never rounded, as the printed report cuts it: rounded, a figure read
    otherwise on screen than on paper (999999999999.999999 as 1000000000000.00).
    """
    if value is None:
        return ""
    return f"{cut(value, _HUNDREDTH, ROUND_DOWN):.2f}{'%' if percent else ''}"


def editable_figure(value: Decimal | None, bare_whole: bool = False) -> str:
    """A stored figure put in a box to be corrected: two decimals, or every one it has.

    Cut to hundredths (``format_figure``), a figure of more decimals would be asked to
    change to the cut one when the box is accepted as it was. ``bare_whole``: a whole figure
    without ".00", as a narrow grid shows it (offered «900.00», it read as another figure).
    """
    if value is None:
        return ""
    if bare_whole and value == value.to_integral_value():
        return f"{value:.0f}"
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and value != cut(value, _HUNDREDTH, ROUND_DOWN):
        return f"{value.normalize():f}"
    return format_figure(value)
