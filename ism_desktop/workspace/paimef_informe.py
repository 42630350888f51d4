"""The PAIMEF informe: gathered from the store, written as PDF and/or xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.platform import describe_os_error, write_atomically
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
    from ism_desktop.reports.pdf_fonts import FontError

    written: list[str] = []
    for target, kind, build in (
        (pdf, "PDF", informe_pdf),
        (xlsx, "Excel", informe_xlsx),
    ):
        if target is None:
            continue
        if target.is_dir():  # said as such, not as the hidden temporary file beside it
            raise InformeWriteError(f"«{target}» es una carpeta; indique el nombre del archivo.")
        try:
            write_atomically(target, build(informe))
        except FontError as exc:
            done = f" Sí se escribió: {', '.join(written)}" if written else ""
            raise InformeWriteError(f"{exc}{done}") from exc
        except OSError as exc:
            # Which file failed, and what was written before it: «no se pudo escribir el
            # informe» alone left a PDF behind without a word.
            done = f"; sí se escribió: {', '.join(written)}" if written else ""
            raise InformeWriteError(
                f"no se pudo escribir «{target}»: {describe_os_error(exc)}{done}."
            ) from exc
        written.append(f"{kind} escrito: {target} ({informe.title}).")
    return written


class InformeWriteError(Exception):
    """A file of the informe could not be written (Spanish, naming it and what was written)."""
