"""Finding a meta by its id (or a prefix of it) and naming who acts, for the data commands."""

from __future__ import annotations

from ism_desktop.domain.audit import os_user
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import quoted

MIN_ID_PREFIX = 6


def find_meta(report: ProgressReport, wanted: str) -> Meta | str:
    """The meta named by an id or an id prefix, or a Spanish reason why there is none."""
    wanted = wanted.strip().lower()
    exact = report.meta_by_id(wanted)
    if exact is not None:
        return exact
    matches = [meta for meta in report.metas if meta.stable_id.startswith(wanted)]
    if len(wanted) < MIN_ID_PREFIX or not matches:
        # Quoted short: a line of «validate --json» pasted whole was echoed whole, escapes and all.
        return f"no hay ninguna meta con el identificador «{quoted(wanted)}»."
    if len(matches) > 1:
        return f"«{quoted(wanted)}» corresponde a {len(matches)} metas; escriba más caracteres."
    return matches[0]


def author_name(given: str | None) -> str:
    """The name given, or the operating-system user."""
    if given and given.strip():
        return given.strip()
    return os_user()
