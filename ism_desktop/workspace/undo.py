"""The workspace's undo history: each step is the field-level inverse of one edit of a meta."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ism_desktop.domain.audit import FieldChange, TargetChangeReason, diff_metas
from ism_desktop.domain.fields import FieldRef, is_modified_target
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.intake.diff import shown_pair
from ism_desktop.store.target_change_rows import WrittenMarks
from ism_desktop.workspace.changes import MetaChanges, UndoRefusedError
from ism_desktop.workspace.step_history import StepHistory


@dataclass(frozen=True, slots=True)
class EditStep:
    """One edit: the meta before and as written, and exactly the fields it changed."""

    description: str
    before: Meta
    after: Meta
    fields: tuple[FieldChange, ...]
    reason: TargetChangeReason | None = None
    # What the write recorded: its last audit entry (a package that read it sent the step's
    # request) and its target-change records (withdrawn by Undo while unsent).
    written: WrittenMarks | None = None

    @property
    def stable_id(self) -> str:
        """The meta the step edited."""
        return self.after.stable_id

    @property
    def keys(self) -> frozenset[str]:
        """The audit keys of the fields the step changed."""
        return frozenset(change.field for change in self.fields)


class UndoHistory(StepHistory[EditStep]):
    """The ETCA window's steps, each the edit of one meta; kept without a limit."""


def refuse_if_moved(
    step: EditStep, current: Meta, expected: Meta, verb: str, drop: Callable[[], None]
) -> None:
    """Refuse (and ``drop`` the step) if a field it changed no longer holds ``expected``'s value."""
    moved = [c for c in diff_metas(expected, current) if c.field in step.keys]
    if not moved:
        return
    drop()
    first = moved[0]
    now = f"«{first.new}»" if first.new else "vacío"
    raise UndoRefusedError(
        f"No se puede {verb} «{step.description}»: {first.label} ya no tiene el valor que "
        f"dejó ese paso (ahora está {now}); lo cambió después otra acción, como un paquete "
        "recibido. No se cambió nada."
    )


def sent_refusal(step: EditStep, sequence: int | None) -> str | None:
    """Why undoing a target-change request a package already sent is refused (None: unsent).

    Withdrawn silently, the coordinating unit would still hold it; asked back with a made-up
    reason, it would receive a request nobody wrote. Going back is a request of its own.
    """
    if sequence is None:
        return None
    asked = "; ".join(
        f"{c.label}: {' → '.join(shown_pair(c.old, c.new))}"
        for c in step.fields
        if is_modified_target(c.field)
    )
    return (
        f"No se puede deshacer «{step.description}»: la solicitud de cambio de meta modificada "
        f"({asked}) ya se exportó en el paquete {sequence} para la unidad coordinadora, y "
        "deshacerla aquí no la retira allá. Para volver a la cifra anterior, pida el cambio con "
        "«Solicitar cambio de meta modificada…» y escriba su motivo. No se cambió nada."
    )


def _twin(change: FieldChange, row: RowKind) -> str | None:
    """The key of ``change``'s figure in another row (``modificado.t1.met`` → ``.num``)."""
    ref = FieldRef.parse(change.field)
    return None if ref is None else str(FieldRef(ref.series, ref.period, row))


def _mirrored_met(change: FieldChange, every: list[FieldChange]) -> bool:
    """A MET figure that only repeats its NUM's (a tipo A meta): named with it, not apart."""
    if not change.field.endswith(".met"):
        return False
    num, pair = _twin(change, RowKind.NUM), shown_pair(change.old, change.new)
    return any(c.field == num and shown_pair(c.old, c.new) == pair for c in every)


def _with_its_met(change: FieldChange, every: list[FieldChange]) -> FieldChange:
    """``change``, labelled «(NUM y MET)» when its MET moved with it the same way."""
    met = _twin(change, RowKind.MET)
    if not change.field.endswith(".num") or not any(
        c.field == met and _mirrored_met(c, every) for c in every
    ):
        return change
    label = change.label.replace("(NUM)", "(NUM y MET)")
    return FieldChange(change.field, label, change.old, change.new)


def replay_said(changes: MetaChanges, *, undone: bool) -> str:
    """What Deshacer (``undone``) or Rehacer just wrote, named with its meta, as a sentence.

    «Se deshizo: Realizado T1 (NUM) de «ASESORÍA LEGAL»: 700 → 695.» A step changes the meta
    it was made on, which need not be the one on screen: said nowhere, it went unnoticed. The
    figures that followed (the MET row, the annuals of a modified target) are named too, and
    what became of a modified-target request (withdrawn, or in the next package again). Said
    short enough for a 1366 px status bar: a MET the same as its NUM is named with it («(NUM
    y MET)»), and the series («Modificado») once.
    """
    verb = "Se deshizo" if undone else "Se rehízo"
    name = shortened(changes.meta.description, 40)
    if not changes.fields:
        return f"{verb} un cambio de «{name}»."
    every = [*changes.fields, *changes.derived]
    mirrors = {id(c) for c in every if _mirrored_met(c, every)}
    first, *rest = [_with_its_met(c, every) for c in every if id(c) not in mirrors]
    old, new = shown_pair(first.old, first.new)
    series = first.label.split(" ", 1)[0]  # «Modificado», said once for the whole step
    more = "".join(
        f"; {change.label.removeprefix(f'{series} ')}: "
        f"{' → '.join(shown_pair(change.old, change.new))}"
        for change in rest
    )
    said = f"{verb}: {first.label} de «{name}»: {old} → {new}{more}."
    if changes.request:
        said += (
            " Solicitud retirada: no va en el paquete."
            if undone
            else " La solicitud vuelve al próximo paquete."
        )
    return said
