"""Whether a quarter's findings only say that nothing of it has been reported yet.

Right after a year's programme arrives, every meta lacks its achieved figures and its
qualitative evaluation of the quarter: each is an error (the package cannot go without them,
and an empty figure is «not reported», never 0), but together they are the quarter still to be
written, not mistakes someone made. The window says what to do instead of «124 errores».
"""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.reporting_rules import ACHIEVED_MISSING, EMPTY_EVALUATION


def nothing_reported(findings: Iterable[Finding], metas: int) -> bool:
    """Whether each of ``metas`` metas lacks its figures and its evaluation, and nothing else.

    Any other error (a figure typed wrong) is said as an error; warnings, e.g. on the
    programme itself, may stand beside.
    """
    missing: set[str] = set()
    empty: set[str] = set()
    for finding in findings:
        if not finding.is_error:
            continue
        if finding.rule == ACHIEVED_MISSING.code:
            missing.add(finding.meta_id)
        elif finding.rule == EMPTY_EVALUATION.code:
            empty.add(finding.meta_id)
        else:
            return False
    return metas > 0 and len(empty) == metas and missing == empty
