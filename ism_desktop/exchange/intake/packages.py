"""Receiving packages: verify everything, show what would change, then apply all or nothing.

``check_package`` reads a file and judges it against this database without writing anything;
``apply_package`` writes what it planned in one transaction; ``receive_packages`` does both
for several files, each on its own: one refused file does not stop the others.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ism_desktop.domain.gc_pause import cycle_collection_paused, young_cycles_collected
from ism_desktop.domain.intake import BaseIntake, ReportIntake
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.exchange.intake.base import last_received, plan_base
from ism_desktop.exchange.intake.batch_plan import BatchPlan, plan_batch, sender_order
from ism_desktop.exchange.intake.batch_transaction import (
    BatchStoppedError,
    Once,
    as_given,
    in_one_transaction,
    rehearsed,
)
from ism_desktop.exchange.intake.observations import plan_observations
from ism_desktop.exchange.intake.outcomes import IncomingPackage as IncomingPackage
from ism_desktop.exchange.intake.outcomes import Intake
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome as ReceiveOutcome
from ism_desktop.exchange.intake.receiver import (
    IntakeOptions,
    check_period,
    check_sequence,
    receiver_identity,
)
from ism_desktop.exchange.intake.report import plan_report
from ism_desktop.exchange.package.manifest import PackageRefusedError, file_label
from ism_desktop.exchange.package.reader import PackageContents, read_package
from ism_desktop.exchange.year_intake import year_checks
from ism_desktop.store.database import StoreError
from ism_desktop.store.received_package_repository import StaleSequenceError
from ism_desktop.store.store import Store

Progress = Callable[[int, int, str], None]


def check_package(
    store: Store,
    path: Path,
    options: IntakeOptions | None = None,
    *,
    read: PackageContents | None = None,
) -> IncomingPackage:
    """Verify a package completely and plan it; nothing is written.

    ``read``: the package already read whole from this file's present bytes (a batch's plan).

    Raises:
        PackageRefusedError: the first check that failed, with a Spanish reason.
    """
    # A package's data and its unit's programme are thousands of small objects without cycles.
    with cycle_collection_paused():
        return _check_package(store, path, options or IntakeOptions(), read)


def _check_package(
    store: Store, path: Path, options: IntakeOptions, read: PackageContents | None
) -> IncomingPackage:
    # A unit without the program sends its filled workbook: read as its package would be.
    if read is not None:
        contents = read
    elif path.suffix.lower() == ".xlsx":
        contents = _read_workbook(store, path)
    else:
        contents = read_package(path)
    manifest, label = contents.manifest, contents.source
    identity = receiver_identity(store, manifest, options, label)
    check_period(manifest, options, label)
    if manifest.sequence < 1:
        raise PackageRefusedError(label, f"el envío número {manifest.sequence} no es válido")
    previous = check_sequence(store, manifest, contents.sha256, label)
    try:
        intake: Intake
        if manifest.kind is PackageKind.REPORT:
            intake, diff = plan_report(store, contents, options, identity, previous)
        elif manifest.kind is PackageKind.BASE:
            intake, diff = plan_base(store, contents, options, identity, previous)
        else:
            intake, diff = plan_observations(store, contents, options, identity, previous)
        intake, diff = year_checks(store, contents, intake, diff)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        # Hostile data can reach a corner the explicit checks did not foresee; it is still
        # only a refusal, never a crash (nothing has been written yet).
        raise PackageRefusedError(label, "los datos del paquete no son válidos") from exc
    return IncomingPackage(path, contents, diff, intake, options)


def apply_package(
    store: Store, incoming: IncomingPackage, *, recheck: bool = True
) -> ReceivedPackage:
    """Write a checked package in one transaction; on any failure nothing is written.

    With ``recheck`` (the default) the file is checked again first, and refused if it or the
    database changed since ``incoming`` was made: what is written is what the person saw.

    Raises:
        PackageRefusedError: the file or the database changed since the check, a package as new
            from the same unit was applied meanwhile, or the database could not be written.
    """
    label = incoming.contents.source
    if recheck:
        fresh = check_package(store, incoming.path, incoming.options)
        if fresh.contents.sha256 != incoming.contents.sha256 or fresh.diff != incoming.diff:
            raise PackageRefusedError(
                label,
                "el paquete o la base de datos cambiaron desde que se revisó; revíselo de nuevo",
            )
        incoming = fresh
    intake = incoming.intake
    try:
        if isinstance(intake, ReportIntake):
            store.intake.apply_report(intake)
        elif isinstance(intake, BaseIntake):
            store.programme.apply_base(intake)
            manifest = incoming.manifest
            floor = last_received(incoming.contents)
            # A file beside the database, which a rehearsal's rollback would not undo.
            if not store.rehearsing:
                store.packages.marks.raise_to(manifest.entity, manifest.unit, floor)
        else:
            store.intake.apply_observations(intake)
    except StaleSequenceError as exc:
        raise PackageRefusedError(
            label,
            f"el envío número {intake.received.sequence} no es posterior al último recibido "
            f"({exc.last})",
        ) from exc
    except StoreError as exc:
        raise PackageRefusedError(label, str(exc).rstrip(".")) from exc
    return intake.received


def receive_packages(
    store: Store,
    paths: Sequence[Path],
    options: IntakeOptions | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    before_first_write: Callable[[], object] | None = None,
) -> list[ReceiveOutcome]:
    """Check (and unless ``dry_run`` apply) each file on its own; outcomes in the order given.

    Each sender's packages are taken oldest first, and an older one of a quarter may be left
    out for a newer one of the batch (``batch_plan``); the others in the order given.
    A dry run judges each file after the ones before it, as applying them would, then undoes
    everything (``Store.rehearsal``); if that cannot begin, each is judged against the database
    as it is. A refused file changes nothing and does not stop the others. The applied ones
    are committed together, with one sync to disk for the batch; if that commit fails, none was
    written and every one of them is reported as refused. ``before_first_write`` runs once,
    when the first file has passed its check and before anything is written; what it raises
    stops the batch and is raised from here, nothing written.
    """
    # One pause for the whole batch: paused file by file, the collector would still walk the
    # objects piled up meanwhile once between every two files. What the batch returns goes
    # straight to the oldest generation (10 ms of young collections after 60 packages).
    with cycle_collection_paused(survivors_to_oldest=True):
        # Every package read first (no database yet), once: its manifest orders the batch.
        plan = plan_batch(paths)
        order = plan.order
        ordered = [paths[position] for position in order]
        done: dict[int, ReceiveOutcome] = {}
        # Newer packages whose check failed once: not checked again for every older one.
        failed: set[int] = set()

        def receive(
            slot: int, path: Path, tell: Progress | None, first: Once | None
        ) -> ReceiveOutcome:
            position = order[slot]
            # Taken even when another file replaces it: the plan holds no package past its turn.
            read = plan.take_read(position)
            outcome = _replaced(store, plan, position, (done, failed), options)
            if outcome is None:
                outcome = _receive(store, (path, read), slot, ordered, options, tell, first)
            done[position] = outcome
            return outcome

        if dry_run:
            rehearsal = rehearsed(
                store, ordered, lambda slot, path: receive(slot, path, progress, Once(None))
            )
            outcomes = rehearsal or [
                receive(slot, path, None, None) for slot, path in enumerate(ordered)
            ]
            return as_given(outcomes, order)
        first_write = Once(before_first_write)
        try:
            outcomes = in_one_transaction(
                store,
                ordered,
                lambda slot, path: receive(slot, path, progress, first_write),
                lambda slot, path: receive(slot, path, None, None),
            )
            return as_given(outcomes, order)
        except BatchStoppedError as stopped:
            failure = stopped.failure
        # Outside the handler: the copy's own error goes up as it was raised, as it did when
        # each file was written on its own (one sentence, not one refusal per file).
        raise failure


def apply_checked(
    store: Store, checked: Sequence[ReceiveOutcome], *, recheck: bool = True
) -> list[ReceiveOutcome]:
    """Apply packages checked before (each checked again first); one outcome per package.

    As in ``receive_packages``: committed together, a refused one changes nothing, and if the
    commit fails none was written and each says so.
    """
    given = [(outcome.path, outcome.incoming) for outcome in checked if outcome.incoming]
    order = sender_order([incoming.manifest for _path, incoming in given])
    passed = [given[position] for position in order]

    def apply(index: int, path: Path) -> ReceiveOutcome:
        incoming = passed[index][1]
        try:
            apply_package(store, incoming, recheck=recheck)
        except Exception as exc:  # the packages applied before it are still reported
            return ReceiveOutcome(path, error=_refusal_text(path, exc))
        return ReceiveOutcome(path, incoming, applied=True)

    outcomes = in_one_transaction(store, [path for path, _incoming in passed], apply)
    return as_given(outcomes, order)


def _replaced(
    store: Store,
    plan: BatchPlan,
    position: int,
    seen: tuple[Mapping[int, ReceiveOutcome], set[int]],
    options: IntakeOptions | None,
) -> ReceiveOutcome | None:
    """The refusal of a file another of the batch replaces; None: it is taken on its own.

    ``seen``: the outcomes so far by position, and the newer files whose check failed (a
    failure is not checked again: the older one is then simply taken on its own).
    """
    done, failed = seen
    path = plan.paths[position]
    for other in plan.repeated_before(position):
        taken = done.get(other)
        if taken is not None and taken.incoming is not None and not taken.refused:
            return ReceiveOutcome(
                path, error=plan.repeated_text(position, other), replaced=True, repeated=True
            )
    for other in plan.newer(position):
        if other in failed:
            continue
        try:
            # Checked only, as it stands now; it is checked again, and written, at its turn.
            newer = check_package(store, plan.paths[other], options, read=plan.take_read(other))
        except Exception:  # a damaged newer one replaces nothing; it says why at its turn
            failed.add(other)
            continue
        if plan.same_quarter(position, newer.manifest):
            return ReceiveOutcome(path, error=plan.replaced_text(position, other), replaced=True)
    return None


def _receive(
    store: Store,
    given: tuple[Path, PackageContents | None],
    index: int,
    paths: Sequence[Path],
    options: IntakeOptions | None,
    progress: Progress | None,
    before_write: Once | None,
) -> ReceiveOutcome:
    path, read = given
    if progress is not None:
        progress(index, len(paths), path.name)
    try:
        incoming = check_package(store, path, options, read=read)
    except Exception as exc:  # one file's failure must not hide what the others did
        return ReceiveOutcome(path, error=_refusal_text(path, exc))
    if before_write is None:
        return ReceiveOutcome(path, incoming, applied=False)
    try:
        before_write()
    except Exception as exc:
        # Not a refusal of this file: nothing was written yet, and the batch stops with it
        # (a failed copy is a StoreError, which must not read as the batch's own failure).
        raise BatchStoppedError(exc) from exc
    try:
        apply_package(store, incoming, recheck=False)
    except Exception as exc:
        return ReceiveOutcome(path, error=_refusal_text(path, exc))
    return ReceiveOutcome(path, incoming, applied=True)


def _refusal_text(path: Path, exc: Exception) -> str:
    if isinstance(exc, PackageRefusedError):
        return str(exc)
    if isinstance(exc, StoreError):
        return f"«{file_label(path)}»: {str(exc).rstrip('.')}; no se aplicó"
    return f"«{file_label(path)}»: falla inesperada al recibirlo ({exc}); no se aplicó"


def _read_workbook(store: Store, path: Path) -> PackageContents:
    # openpyxl and XlsxWriter take a fifth of a second to import: only for a filled workbook,
    # never on the window's way to its first paint.
    from ism_desktop.exchange.unit_workbook_reader import read_unit_workbook

    # openpyxl's workbook is full of reference cycles, and the collector is paused for the
    # batch: without this, every workbook of a batch would stay in memory until its end. A
    # young collection frees them: a full one walked every object alive, the window's too.
    with young_cycles_collected():
        return read_unit_workbook(store, path)
