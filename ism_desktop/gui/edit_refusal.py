"""An edit refused while the session holds refusals, for its caller to say in its own box."""

from __future__ import annotations

from typing import NamedTuple

from ism_desktop.domain.audit import TargetInput


class Refusal(NamedTuple):
    """An edit refused while refusals are held: what it was, why not (Spanish), what to fix."""

    what: str
    reason: str
    # The input of a modified-target change at fault, when one is (``None``: none is).
    at_fault: TargetInput | None = None
