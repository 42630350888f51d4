"""The year's rules on a received package: closed quarters hold, and the year's news is read."""

from __future__ import annotations

from dataclasses import replace

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.intake import BaseIntake, ObservationIntake, ReportIntake
from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import reopen_hint, spoken_list
from ism_desktop.exchange.intake.diff import PackageDiff
from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.reader import PackageContents
from ism_desktop.exchange.reopen_travel import reopen_notes
from ism_desktop.exchange.year_news_review import fresh_news, put_back_diffs, with_put_back
from ism_desktop.exchange.year_travel import (
    UNSENT_ENDING,
    closing_note,
    news_notes,
    read_news,
    unsent_changes,
)
from ism_desktop.store.closure_repository import CLOSE
from ism_desktop.store.store import Store
from ism_desktop.store.year_news import closed_by
from ism_desktop.store.year_repository import ProgrammeApprovedError

AnyIntake = ReportIntake | BaseIntake | ObservationIntake


def year_checks(
    store: Store, contents: PackageContents, intake: AnyIntake, diff: PackageDiff
) -> tuple[AnyIntake, PackageDiff]:
    """Refuse what a closed quarter or an approved programme forbids; add the year's news.

    Raises:
        PackageRefusedError: the package's quarter is closed for its unit, it changes an
            earlier closed quarter, or a base changes an approved programme's originals.
    """
    manifest, reader = contents.manifest, DataReader(contents.source)
    year, unit, quarter = manifest.year, manifest.unit, manifest.quarter
    if isinstance(intake, ReportIntake):
        if store.closures.is_closed(year, manifest.entity, unit, quarter):
            hint = reopen_hint(year, str(unit), [int(quarter)], "reábralo")
            how = _closed_how(store, year, manifest.entity, unit, quarter)
            # «otro» only after a package of the quarter: closed by hand (its figures came in
            # the official report), none had come.
            received = store.received.latest_by_unit(PackageKind.REPORT, year, quarter)
            receive = "recibir otro" if (manifest.entity, unit) in received else "recibirlo"
            raise reader.refuse(
                f"el trimestre {int(quarter)} de la unidad {unit} está cerrado{how}; "
                f"para {receive}, {hint}"
            )
        changed = [(edit.after, edit.changes) for edit in intake.edits]
        conflicts = store.closures.changed_conflicts(year, changed)
        if conflicts:
            # The unit changed it while it was reopened, and it was closed again before those
            # changes came: they come now, and only a reopening lets them in.
            closed = store.closures.changed_closed_quarters(year, changed)
            numbers = [str(int(q)) for q in closed]
            which = (
                f"el trimestre {numbers[0]}"
                if len(numbers) == 1
                else f"los trimestres {spoken_list(numbers)}"
            )
            verb = f"reabra {which} de la unidad {unit}"
            hint = reopen_hint(year, str(unit), [int(q) for q in closed], verb)
            raise reader.refuse(
                f"cambia un trimestre cerrado: {conflicts[0]}; para recibirlo, {hint}"
            )
        names = {edit.after.stable_id: edit.after.description for edit in intake.edits}
        reopened = reopen_notes(reader, contents.data, names)
        return intake, replace(diff, notes=(*diff.notes, *reopened))
    news = read_news(reader, contents.data, manifest)
    if isinstance(intake, BaseIntake) and manifest.kind is PackageKind.BASE:
        stored = {
            m.stable_id: m for m in store.reports.load_unit_metas(year, manifest.entity, unit)
        }
        try:
            store.years.refuse_programme_changes(
                year,
                [
                    (stored[i.meta.stable_id], i.meta)
                    for i in intake.metas
                    if i.meta.stable_id in stored
                ],
            )
        except ProgrammeApprovedError as exc:
            raise reader.refuse(str(exc).rstrip(".")) from exc
    entity = manifest.entity
    fresh = fresh_news(store, year, entity, unit, news)
    notes = news_notes(fresh)
    closing = tuple(
        closing_note(q, unsent_changes(store, year, entity, unit, q))
        for q in closed_by(store.closures, year, entity, unit, news)
    )
    put_back = put_back_diffs(store, year, entity, unit, fresh.decisions)
    metas = with_put_back(diff.metas, put_back)
    notes = (*diff.notes, *notes, *closing)
    # A closing with changes never sent loses them: the one note of the news that warns.
    lost = tuple(note for note in closing if note.endswith(UNSENT_ENDING))
    reviewed = replace(
        diff,
        metas=metas,
        notes=notes,
        warnings=(*diff.warnings, *lost),
        decisions=fresh.decisions,
    )
    return replace(intake, news=news), reviewed


def _closed_how(store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter) -> str:
    """How the quarter came to be closed, to follow «está cerrado»: by its package, or by hand.

    A quarter the coordinating unit closed by hand was said closed because its package had
    been received, when none had: the closing whose moment is the receipt of the quarter's
    last package is that receipt (the first closing at that moment), any other one was done by
    a person.
    """
    closings = [
        event
        for event in store.closures.log(year, unit)
        if event.entity == entity and event.quarter is quarter and event.action == CLOSE
    ]
    if not closings:
        return ""  # closed before the log kept who and when
    last = closings[-1]
    received = store.received.latest_by_unit(PackageKind.REPORT, year, quarter).get((entity, unit))
    when = local_time_phrase(last.at)
    # The log keeps seconds: reopened and closed again by hand in the second of the receipt,
    # the receipt's own closing comes before it at that moment.
    if (
        received is not None
        and received.received_at == last.at
        and all(event.at != last.at for event in closings[:-1])
    ):
        return f" (ya se recibió su paquete {when})"
    return f": lo cerró la unidad coordinadora {when}"
