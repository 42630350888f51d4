"""The PAIMEF changes of a year, newest first, in this PC's time.

What the window's «Historial de cambios» tab and ``paimef historial`` show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ism_desktop.domain.audit import Author
from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.paimef.capture_change import capture_change_text
from ism_desktop.domain.paimef.rule_references import (
    PAIMEF_RULE_CODES,
    field_label,
    justification_named,
)
from ism_desktop.domain.validation.narrative_text import fold_text
from ism_desktop.domain.wording import count, quoted
from ism_desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One audited change: when (as stored, and as shown here), who, what and its detail."""

    at: str
    when: str
    profile: str
    os_user: str
    what: str
    detail: str
    # What a search looks in, folded once: the tab filters every line at each key typed.
    folded: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = " ".join((self.when, self.who, self.what, self.detail))
        object.__setattr__(self, "folded", fold_text(words))

    @property
    def who(self) -> str:
        """The profile that signed, with the PC's user when there is one."""
        return f"{self.profile} ({self.os_user})" if self.os_user else self.profile

    def matches(self, search: str) -> bool:
        """Whether every word of ``search`` is in the line, whatever its accents and case."""
        words = fold_text(search).split()
        if not words:
            return True
        return all(word in self.folded for word in words)


def history_year(store: Store, given: int | None, today: date) -> int:
    """The year asked for; else that of the latest programme stored; else this one."""
    if given is not None:
        return given
    years = store.paimef.years()
    return years[-1] if years else today.year


def paimef_history(store: Store, year: int) -> list[HistoryLine]:
    """The year's audited PAIMEF changes, newest first: one line per save, its details in order.

    A save writes one audit row per field changed, all with its time: an acción saved with two
    fields read as two «acción A.1 guardada» of the same second, as if saved twice.
    """
    saves: list[list[HistoryLine]] = []
    # Each capture's variables as last recorded (read oldest first): what the next one changed.
    captured: dict[str, str] = {}
    for entry in store.paimef.history(year):
        replay, what = _replayed(" ".join(without_bad_characters(entry.what).split()))
        profile, os_user = _signed(what, entry.author)
        detail = without_bad_characters(entry.detail)
        if (capture := _CAPTURE.fullmatch(what)) is not None:
            before, captured[what] = captured.get(what), detail
            detail = capture_change_text(int(capture["number"]), before, detail)
        line = HistoryLine(
            at=entry.at,
            when=local_time_text(entry.at, with_seconds=True),
            # Older versions stored control characters (a terminal would run «ESC [2K»); a
            # justification not tied to an acción was stored with two spaces in its place.
            profile=without_bad_characters(profile),
            os_user=without_bad_characters(os_user),
            what=replay + _in_words(what, entry.detail),
            detail=_days_first(what, detail),
        )
        if entry.starts is not None:  # marked by its save: nothing to tell apart
            same = bool(saves) and not entry.starts
        else:
            same = bool(saves) and _same_save(saves[-1], line, one_row=_one_row_a_save(what))
        if same:
            saves[-1].append(line)  # the same save: «acción A.1, nombre», then «…, metas»
        else:
            saves.append([line])
    return [_one_line(save) for save in reversed(saves)]


def _one_row_a_save(what: str) -> bool:
    """A capture or a justification: two of one second are two saves, not one of two rows."""
    return _CAPTURE.fullmatch(what) is not None or _JUSTIFIED.fullmatch(what) is not None


def _same_save(save: list[HistoryLine], line: HistoryLine, *, one_row: bool) -> bool:
    """Whether ``line``, of an older version, is one more row of ``save``: of a field not said.

    Those rows hold no mark of their save; a save writes its rows in one transaction, at one
    time. Two rows of one field («Acción A.1, nombre») are two saves within a second.
    """
    first = save[0]
    if one_row or (first.at, first.what, first.who) != (line.at, line.what, line.who):
        return False
    return _subject(line.detail) not in {_subject(kept.detail) for kept in save}


def _subject(detail: str) -> str:
    """What a detail is of: «Acción A.1, nombre» of «Acción A.1, nombre: «a» → «b».»."""
    return detail.partition(": ")[0]


def _one_line(save: list[HistoryLine]) -> HistoryLine:
    """A save's lines as one: its details, each on its own line, in the order written."""
    first = save[0]
    if len(save) == 1:
        return first
    detail = "\n".join(line.detail for line in save)
    return HistoryLine(first.at, first.when, first.profile, first.os_user, first.what, detail)


# What Deshacer and Rehacer write is recorded as the change replayed, after «deshacer: ».
_REPLAYED = re.compile(r"(?P<verb>(?:deshacer|rehacer): )(?P<rest>.+)")


def _replayed(what: str) -> tuple[str, str]:
    """«deshacer: » or «rehacer: » (or nothing), and the change as any other is recorded."""
    replayed = _REPLAYED.fullmatch(what)
    return ("", what) if replayed is None else (replayed["verb"], replayed["rest"])


# How older versions signed a justification: «perfil (usuario)» as its profile, no user.
_OLD_SIGNATURE = re.compile(r"(?P<profile>.+) \((?P<user>[^()]*)\)")


def _signed(what: str, author: Author) -> tuple[str, str]:
    """The profile and the PC's user of a change, also of a justification signed long ago."""
    profile, os_user = author.profile, author.os_user
    if not os_user and what.startswith("justificación "):
        old = _OLD_SIGNATURE.fullmatch(profile)
        if old is not None:
            profile, os_user = old["profile"], old["user"]
    # Older versions signed the command line's changes «línea de comandos»: capitalised as the
    # other «Quién» («Unidad 004»).
    return profile[:1].upper() + profile[1:], os_user


# How the store records these two changes: codes that identify them, not words to read.
_CAPTURE = re.compile(r"indicador (?P<number>\d+) (?P<period>\S+)")
_JUSTIFIED = re.compile(r"justificación (?P<rest>.+)")
# Older versions recorded a date's change with ISO days («sin fecha → 2026-03-10»).
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# The window records a date saved as «fechas», its detail «label: old → new.» (a label may
# hold a colon of its own; the days are ISO in older versions, day first since).
_DATES_SAVED = "fechas"
_DAY = r"sin fecha|\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}"
_ONE_DATE = re.compile(rf"(?P<label>.+): (?P<old>{_DAY}) → (?P<new>{_DAY})\.")


def _in_words(what: str, detail: str) -> str:
    """A change as the office reads it: the rule's numeral, the period and field in words."""
    if what == _DATES_SAVED and (saved := _date_saved(detail)) is not None:
        return saved
    capture = _CAPTURE.fullmatch(what)
    if capture is not None:
        return field_label(f"indicador.{capture['number']}.{capture['period']}")
    justified = _JUSTIFIED.fullmatch(what)
    if justified is None:
        return what
    rest = justified["rest"]
    # The longest code first: «3.6.2 m» holds a space, «4.3.4.1» starts like «4.3.4».
    for code in sorted(PAIMEF_RULE_CODES, key=len, reverse=True):
        if rest.startswith(code + " "):
            tail = rest[len(code) + 1 :]
            # A meta's field holds its description, spaces and all (``goal_field``).
            key, of_goal, goal = tail.partition(" metas.")
            if of_goal:
                return justification_named(code, key, f"metas.{goal}")
            *action, field = tail.split(" ")
            return justification_named(code, " ".join(action), field)
    return what


def _date_saved(detail: str) -> str | None:
    """Which date was saved, and whether it was registered, changed or cleared, with its day.

    «fechas» alone said neither; the day before stays in the detail.
    """
    one = _ONE_DATE.fullmatch(detail)
    if one is None:
        return None  # not one date's change: «fechas» is all there is to say
    label, old, new = one["label"], one["old"], _ISO_DAY.sub(r"\3/\2/\1", one["new"])
    if new == "sin fecha":
        return f"fecha borrada: «{label}»"
    if old == "sin fecha":
        return f"fecha registrada: «{label}», {new}"
    return f"fecha cambiada: «{label}», ahora {new}"


def _days_first(what: str, detail: str) -> str:
    """A date change recorded by an older version, with its days as the window shows them."""
    if _CAPTURE.fullmatch(what) is not None:
        return detail  # said in words already, from the capture before it
    if what.startswith("justificación ") or _ONE_DATE.fullmatch(detail) is None:
        return detail  # a justification is the user's own text: left as typed
    return _ISO_DAY.sub(r"\3/\2/\1", detail)


def history_text(year: int, lines: Sequence[HistoryLine], searched: str = "") -> str:
    """The history as the command prints it: a heading, then each change on its own lines."""
    # Quoted short and printable: an escape sequence typed in the search coloured the terminal.
    found = f" con «{quoted(searched)}»" if searched.strip() else ""
    if not lines:
        return f"El PAIMEF {year} no tiene cambios registrados{found} en esta base de datos.\n"
    heading = count(len(lines), "cambio", "cambios")
    out = [f"Historial del PAIMEF {year}{found}: {heading}, el más reciente primero."]
    for line in lines:
        out += ["", f"{line.when} · {line.who} · {line.what}"]
        # A justification may run over several lines: each is indented under its change.
        out += [f"    {text}" for text in line.detail.splitlines()]
    return "\n".join(out) + "\n"
