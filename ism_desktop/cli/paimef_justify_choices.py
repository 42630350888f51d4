"""What ``paimef justify`` says when its options match no single warning: how to pick one."""

from __future__ import annotations

import shlex
from collections.abc import Sequence

from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.wording import count

# More options than a screen shows at a glance; «paimef revisar» lists them all.
SHOWN_CHOICES = 10


def justifiable(matching: Sequence[PaimefFinding]) -> list[PaimefFinding]:
    """The warnings among ``matching``: errors are corrected, never justified."""
    return [finding for finding in matching if not finding.is_error]


def choose_one(rule: str, matching: Sequence[PaimefFinding]) -> str:
    """How many warnings of ``rule`` match, and the options naming each, one a line.

    Errors are not offered (they cannot be justified); if only errors match, says so. At most
    ``SHOWN_CHOICES`` options, then how many more; ``--accion`` only where the finding is on an
    acción (an empty one would match nothing). Each value as a shell takes it.
    """
    warnings = justifiable(matching)
    if not warnings:
        said = (
            f"la observación de la regla {rule} que coincide es un error"
            if len(matching) == 1
            else f"las {len(matching)} observaciones de la regla {rule} que coinciden son errores"
        )
        return (
            f"{said}: los errores no se justifican, se corrigen; «ism-desktop paimef revisar» "
            "dice qué corregir."
        )
    options = list(dict.fromkeys(picking_options(finding) for finding in warnings))
    found = count(len(warnings), "observación", "observaciones")
    lines = [f"hay {found} de la regla {rule} que coinciden; elija una con:"]
    lines += [f"  {option}" for option in options[:SHOWN_CHOICES]]
    rest = len(options) - SHOWN_CHOICES
    if rest > 0:
        lines.append(f"  y {rest} más; «ism-desktop paimef revisar» las lista todas.")
    return "\n".join(lines)


def picking_options(finding: PaimefFinding) -> str:
    """``--accion`` (on an acción) and ``--campo`` naming ``finding``, as a shell takes them."""
    field = f"--campo {shlex.quote(finding.field)}"
    return f"--accion {shlex.quote(finding.action)} {field}" if finding.action else field


def justifying_options(finding: PaimefFinding) -> str:
    """``--regla`` and the options picking ``finding``: what ``paimef justificar`` needs."""
    return f"--regla {shlex.quote(finding.rule)} {picking_options(finding)}"
