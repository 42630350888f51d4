"""Killing the program in the middle of edits loses nothing that was committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.store.store import Store

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")]
REPO = Path(__file__).resolve().parents[2]
EDITS_BEFORE_KILL = 40


def test_sigkill_mid_edit_keeps_every_committed_edit(db_path: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "tests.gui.crash_child", str(db_path), str(tmp_path / "c.ini")]
    last = -1
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("COMMITTED "):
                last = int(line.split()[1])
            if last + 1 >= EDITS_BEFORE_KILL:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert last + 1 == EDITS_BEFORE_KILL

    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()
    with Store.open(db_path) as store:
        report = store.reports.load()
    assert report is not None
    unit_metas = [m for m in report.metas if m.key.unit.value == "004"]
    for position, meta in enumerate(unit_metas):
        committed = [i for i in range(last + 1) if i % len(unit_metas) == position]
        expected = {Decimal(100 + committed[-1])}
        # The edit after the last one printed may have reached the disk before the kill.
        if (last + 1) % len(unit_metas) == position:
            expected.add(Decimal(100 + last + 1))
        assert meta.num.achieved[0] in expected, meta.description
