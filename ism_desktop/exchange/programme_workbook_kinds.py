"""Which programme a workbook holds, by its sheets: the year's template or the PAIMEF one.

Each import refuses the other's workbook with one message that says where it is imported,
instead of a problem for every sheet that is not where it expects one.
"""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.paimef.xlsx_template import ACTIONS_SHEET, GOALS_SHEET
from ism_desktop.exchange.programme_template import LISTS_SHEET

PAIMEF_IMPORT = "«paimef import-programa» (o en la ventana: PAIMEF → Programa Anual, plazos e "
PAIMEF_IMPORT += "indicadores… → Archivo → Importar…)"
YEAR_IMPORT = "«programa importar» (o en la ventana: Año → Importar plantilla llenada…)"


def _unit_sheets(titles: Iterable[str]) -> list[str]:
    found = []
    for title in titles:
        try:
            UnitCode(title)
        except ValueError:
            continue
        found.append(title)
    return found


def paimef_programme_given(name: str, titles: Iterable[str]) -> str | None:
    """Why the year's template import refuses a PAIMEF Programa Anual; None for another book."""
    titles = list(titles)
    if ACTIONS_SHEET in titles and GOALS_SHEET in titles and not _unit_sheets(titles):
        return (
            f"{name} es el Programa Anual del PAIMEF, no la plantilla del programa; "
            f"impórtelo con {PAIMEF_IMPORT}."
        )
    return None


def year_template_given(name: str, titles: Iterable[str]) -> str | None:
    """Why the PAIMEF import refuses the year's programme template; None for another book."""
    titles = list(titles)
    if ACTIONS_SHEET not in titles and (LISTS_SHEET in titles or _unit_sheets(titles)):
        return (
            f"{name} es la plantilla del programa del año (una hoja por unidad), no el Programa "
            f"Anual del PAIMEF; impórtela con {YEAR_IMPORT}."
        )
    return None
