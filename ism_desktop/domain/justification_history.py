"""A meta's warnings answered (a justification or «enterado») as lines of its history of changes.

They are kept in their own table, each with its own author and time; the history reads them
among the figures and texts changed, ordered by time.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from ism_desktop.domain.audit import AuditEntry, Author, FieldChange
from ism_desktop.domain.validation.catalogue import rule_by_code
from ism_desktop.domain.validation.justification import Justification, JustificationKey

# The field of a history line that is a warning's answer, not a figure or a text of the meta.
JUSTIFICATION_FIELD = "justificacion."
# The window signs a justification «perfil (usuario)»: the history shows them in two columns.
# The command line signs it with a person's name only (``--autor``, or the system's user).
_SIGNED = re.compile(r"(?P<profile>.+) \((?P<user>[^()]*)\)")
_UNREADABLE = datetime.min.replace(tzinfo=UTC)  # a time that is not one goes first


def justification_label(key: JustificationKey) -> str:
    """«Justificación del aviso T1: <the rule's title>»: its code means nothing to a person."""
    rule = rule_by_code(key.rule)
    named = key.rule if rule is None else rule.title
    return f"Justificación del aviso T{int(key.quarter)}: {named}"


def answer_text(justification: Justification | None) -> str:
    """The answer as a review shows it: its text, «enterado», or nothing."""
    if justification is None:
        return ""
    return "enterado" if justification.is_acknowledgement else justification.text


def answer_entry(justification: Justification) -> AuditEntry:
    """One justification as a line of the history: its time, its author, what it answers."""
    key = justification.key
    field = f"{JUSTIFICATION_FIELD}{key.rule}.t{int(key.quarter)}"
    change = FieldChange(field, justification_label(key), "", answer_text(justification))
    return AuditEntry(justification.at, signed_author(justification.author), change)


def signed_author(signed_as: str) -> Author:
    """Who signed «perfil (usuario)» (the window) or a name alone (the command line)."""
    signed = _SIGNED.fullmatch(signed_as)
    return Author("", signed_as) if signed is None else Author(signed["profile"], signed["user"])


def with_answers(
    entries: Sequence[AuditEntry], answers: Iterable[Justification]
) -> list[AuditEntry]:
    """The audited changes (oldest first) with the answers among them, by time.

    The changes keep their own order (a clock set back does not reorder them); an answer of
    the same second as a change comes after it.
    """
    return among_changes(entries, map(answer_entry, answers))


def among_changes(entries: Sequence[AuditEntry], others: Iterable[AuditEntry]) -> list[AuditEntry]:
    """``others`` (in any order) placed among ``entries`` (oldest first) by their time.

    ``entries`` keep their own order; one of ``others`` of the same second comes after them.
    """
    return list(heapq.merge(entries, sorted(others, key=_moment), key=_moment))


def _moment(entry: AuditEntry) -> datetime:
    try:
        moment = datetime.fromisoformat(entry.at.strip())
    except ValueError:
        return _UNREADABLE
    # Without an offset it is this PC's time, as the history shows it.
    return moment if moment.tzinfo is not None else moment.astimezone()
