"""The PAIMEF informe: gathered from the store, written as PDF and/or xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.platform import write_atomically
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_justifications import justifications
from ism_desktop.workspace.paimef_review import deadlines_for, review


def informe_for(store: Store, programme: AnnualProgramme, today: date) -> PaimefInforme:
    """Everything the informe prints, on ``today``."""
    return build_informe(
        programme,
        today,
        indicator_results(programme.year, store.paimef.captures()),
        deadlines_for(store, programme.year, programme.dates),
        review(store, programme, today),
        {
            # Older versions stored control characters, which an xlsx cell refuses.
            key: without_bad_characters(
                f"{given.text} ({given.author}, {local_time_text(given.at)})"
            )
            for key, given in justifications(store, programme.year).items()
        },
    )


def write_informe(informe: PaimefInforme, pdf: Path | None, xlsx: Path | None) -> list[str]:
    """Write the requested files atomically; return one Spanish line per file written."""
    from ism_desktop.reports.paimef.informe_pdf import informe_pdf
    from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx

    written = []
    if pdf is not None:
        write_atomically(pdf, informe_pdf(informe))
        written.append(f"PDF escrito: {pdf} ({informe.title}).")
    if xlsx is not None:
        write_atomically(xlsx, informe_xlsx(informe))
        written.append(f"Excel escrito: {xlsx} ({informe.title}).")
    return written
