"""What ``paimef justify`` says when its options match several findings: how to pick one."""

from __future__ import annotations

import shlex
from collections.abc import Sequence

from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.wording import count

# More options than a screen shows at a glance; «paimef validate» lists them all.
SHOWN_CHOICES = 10


def choose_one(rule: str, matching: Sequence[PaimefFinding]) -> str:
    """How many findings of ``rule`` match, and the options naming each, one a line.

    At most ``SHOWN_CHOICES`` of them, then how many more; ``--accion`` only where the finding
    is on an acción (an empty one would match nothing). Each value as a shell takes it.
    """
    options = list(dict.fromkeys(_option(finding) for finding in matching))
    found = count(len(matching), "observación", "observaciones")
    lines = [f"hay {found} de la regla {rule} que coinciden; elija una con:"]
    lines += [f"  {option}" for option in options[:SHOWN_CHOICES]]
    rest = len(options) - SHOWN_CHOICES
    if rest > 0:
        lines.append(f"  y {rest} más; «ism-desktop paimef validate» las lista todas.")
    return "\n".join(lines)


def _option(finding: PaimefFinding) -> str:
    field = f"--campo {shlex.quote(finding.field)}"
    return f"--accion {shlex.quote(finding.action)} {field}" if finding.action else field
