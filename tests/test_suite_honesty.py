"""Tests that cannot fail do not come back: every test checks something, every wait waits.

Read with ``ast`` from the test files themselves (nothing is imported or run):

- ``qtbot.waitActive``/``waitExposed``/``waitSignal``… return a context manager; called as a
  statement of their own they wait for nothing, and a window never shown went unnoticed.
- A test must assert, expect a refusal (``pytest.raises``/``fail``), or wait on a condition that
  fails on timeout — itself or through a helper of the suite that does (found by following the
  calls into the test's own module and the ``tests`` modules it imports names from). A test
  method of a ``Test*`` class is held to the same, its ``self.`` helpers followed. A check in a
  function the test defines (a callback) counts when the test calls that function; a wait told
  ``raising=False`` is no check.
- An expected refusal or warning names its message (``match=``) or reads it after.
- No ``assert`` is true whatever it reads (``assert (x, "mensaje")``, ``assert x or True``); such
  an assert checks nothing, and a test with no other check checks nothing.
"""

from __future__ import annotations

import functools
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.suite_reading import Suite

TESTS = REPO_ROOT / "tests"


@functools.cache
def _the_suite() -> Suite:
    return Suite(TESTS)


def _planted(tmp_path: Path, source: str) -> Suite:
    """A suite of one test module, ``tests/test_planted.py``, holding ``source``."""
    root = tmp_path / "tests"
    root.mkdir()
    (root / "test_planted.py").write_text(source, encoding="utf-8")
    return Suite(root)


def test_no_wait_of_pytest_qt_is_called_alone() -> None:
    assert _the_suite().bare_blockers() == []


def test_every_test_asserts_expects_a_refusal_or_waits_on_a_condition() -> None:
    assert _the_suite().checking_nothing() == []


def test_every_expected_refusal_or_warning_is_told_from_another() -> None:
    # A bare ``pytest.raises(InputError)`` passes on any refusal of that type: the wrong field
    # named, the wrong cause given. The message is matched, or read from the exception after;
    # so with ``pytest.warns``, and the call form ``pytest.raises(X, f)`` is never enough.
    assert _the_suite().unread_expectations() == []


def test_no_assertion_is_true_whatever_it_reads() -> None:
    assert _the_suite().always_true() == []


def test_a_refusal_neither_matched_nor_read_is_found(tmp_path: Path) -> None:
    # ``pytest.raises(X, f, *args)`` takes no ``match``: any refusal of that type passes it. Even
    # read after, it is written as a ``with pytest.raises(X, match=...)`` block. ``match`` is
    # searched in the message: ``""`` or ``".*"`` is found in every one (``"^$"`` asks for none).
    suite = _planted(
        tmp_path,
        "def test_refusals(pattern):\n"
        "    with pytest.raises(ValueError):\n        int('x')\n"
        "    with pytest.raises(ValueError) as unread:\n        int('x')\n"
        "    with pytest.raises(ValueError, match='invalid literal'):\n        int('x')\n"
        "    with pytest.raises(ValueError) as refused:\n        int('x')\n"
        "    assert 'x' in str(refused.value)\n"
        "    pytest.raises(ValueError, int, 'x')\n"
        "    called = pytest.raises(ValueError, int, 'x')\n"
        "    assert 'x' in str(called.value)\n"
        "    expected = pytest.raises(ValueError, match='invalid literal')\n"
        "    with expected:\n        int('x')\n"
        "    with pytest.raises(ValueError, match=''):\n        int('x')\n"
        "    with pytest.raises(ValueError, match='.*'):\n        int('x')\n"
        "    with pytest.warns(UserWarning, match='^'):\n        warn()\n"
        "    with pytest.raises(ValueError, match=pattern):\n        int('x')\n"
        "    with pytest.raises(ValueError, match='^$'):\n        raise ValueError\n",
    )

    assert suite.unread_expectations() == [
        "tests.test_planted:2 pytest.raises(ValueError)",
        "tests.test_planted:4 pytest.raises(ValueError)",
        "tests.test_planted:11 pytest.raises(ValueError, int, 'x')",
        "tests.test_planted:12 pytest.raises(ValueError, int, 'x')",
        "tests.test_planted:17 pytest.raises(ValueError, match='')",
        "tests.test_planted:19 pytest.raises(ValueError, match='.*')",
        "tests.test_planted:21 pytest.warns(UserWarning, match='^')",
    ]


def test_a_bare_wait_is_found(tmp_path: Path) -> None:
    suite = _planted(
        tmp_path,
        "def test_shortcut(qtbot, window):\n"
        "    window.activateWindow()\n"
        "    qtbot.waitActive(window)\n"
        "    with qtbot.waitExposed(window):\n"
        "        window.show()\n"
        "    assert window.isVisible()\n",
    )

    assert suite.bare_blockers() == ["tests.test_planted:3 qtbot.waitActive(window)"]


def test_a_test_checking_nothing_is_found_and_one_checking_through_helpers_is_not(
    tmp_path: Path,
) -> None:
    root = tmp_path / "tests"
    (root / "hostile").mkdir(parents=True)
    (root / "hostile" / "refusals.py").write_text(
        "def refused(result):\n    assert result.returncode != 0\n", encoding="utf-8"
    )
    (root / "test_planted.py").write_text(
        "from tests.hostile.refusals import refused\n"
        "def _run(x):\n    return x\n"
        "def _said(x):\n    refused(_run(x))\n"
        "def test_runs_only(tmp_path):\n    _run(tmp_path)\n"
        "def test_through_two_helpers(tmp_path):\n    _said(tmp_path)\n"
        "def test_refusal(tmp_path):\n    with pytest.raises(ValueError):\n        int('x')\n"
        "def test_waits(qtbot, w):\n    qtbot.waitUntil(w.isVisible)\n"
        "def test_model(qtmodeltester, m):\n    qtmodeltester.check(m)\n"
        "def test_recursion(n=1):\n    test_recursion(n - 1)\n",
        encoding="utf-8",
    )

    assert Suite(root).checking_nothing() == [
        "tests.test_planted::test_runs_only",
        "tests.test_planted::test_recursion",
    ]


def test_a_check_that_may_never_run_or_never_fail_is_no_check(tmp_path: Path) -> None:
    # A callback's assert runs when the callback does: connected to a signal never emitted, the
    # test passes having checked nothing. A wait told ``raising=False`` sets ``signal_triggered``
    # on timeout and the test goes on.
    suite = _planted(
        tmp_path,
        "def _said(w):\n    assert w.isVisible()\n"
        "def test_connected_only(w):\n"
        "    def shown():\n        assert w.isVisible()\n"
        "    w.shown.connect(shown)\n    w.show()\n"
        "def test_called(w):\n"
        "    def shown():\n        assert w.isVisible()\n"
        "    w.show()\n    shown()\n"
        "def test_called_through_a_helper(w):\n"
        "    def shown():\n        _said(w)\n"
        "    w.show()\n    shown()\n"
        "def test_waited_on(qtbot, w):\n"
        "    w.show()\n    qtbot.waitUntil(lambda: w.isVisible())\n"
        "def test_waits_only(qtbot, w):\n"
        "    with qtbot.waitSignal(w.shown, raising=False):\n        w.show()\n"
        "def test_reads_what_it_waited(qtbot, w):\n"
        "    with qtbot.waitSignal(w.shown, raising=False) as blocker:\n        w.show()\n"
        "    assert blocker.signal_triggered\n"
        "def test_waits(qtbot, w):\n"
        "    with qtbot.waitSignals([w.shown], raising=True):\n        w.show()\n",
    )

    assert suite.checking_nothing() == [
        "tests.test_planted::test_connected_only",
        "tests.test_planted::test_waits_only",
    ]


def test_the_methods_of_a_test_class_are_read_like_functions(tmp_path: Path) -> None:
    # pytest collects ``test*`` methods of ``Test*`` classes (nested ones too): each is held to
    # what a test function is, and a helper class's methods are read for bare waits and refusals.
    suite = _planted(
        tmp_path,
        "class TestShortcut:\n"
        "    def _said(self, w):\n        assert w.isVisible()\n"
        "    def test_shows_only(self, w):\n        w.show()\n"
        "    def test_through_its_helper(self, w):\n        self._said(w)\n"
        "    def test_refusal(self):\n"
        "        with pytest.raises(ValueError):\n            int('x')\n"
        "    class TestInner:\n"
        "        def test_inner_runs_only(self, w):\n            w.show()\n"
        "class Boxes:\n"
        "    def shown(self, qtbot, w):\n        qtbot.waitExposed(w)\n"
        "    def test_not_collected(self, w):\n        w.show()\n",
    )

    assert suite.checking_nothing() == [
        "tests.test_planted::TestShortcut::test_shows_only",
        "tests.test_planted::TestShortcut::TestInner::test_inner_runs_only",
    ]
    assert suite.bare_blockers() == ["tests.test_planted:16 qtbot.waitExposed(w)"]
    assert suite.unread_expectations() == ["tests.test_planted:9 pytest.raises(ValueError)"]


def test_a_warning_neither_matched_nor_read_is_found(tmp_path: Path) -> None:
    suite = _planted(
        tmp_path,
        "def test_warnings():\n"
        "    with pytest.warns(UserWarning):\n        warn()\n"
        "    with pytest.warns(UserWarning) as unread:\n        warn()\n"
        "    pytest.warns(UserWarning, warn, 'x')\n"
        "    with pytest.deprecated_call():\n        old()\n"
        "    pytest.deprecated_call(old, 'x')\n"
        "    with pytest.warns(UserWarning, match='cuidado'):\n        warn()\n"
        "    with pytest.deprecated_call(match='obsoleta'):\n        old()\n"
        "    with pytest.warns(UserWarning) as warned:\n        warn()\n"
        "    assert 'cuidado' in str(warned[0].message)\n",
    )

    assert suite.unread_expectations() == [
        "tests.test_planted:2 pytest.warns(UserWarning)",
        "tests.test_planted:4 pytest.warns(UserWarning)",
        "tests.test_planted:6 pytest.warns(UserWarning, warn, 'x')",
        "tests.test_planted:7 pytest.deprecated_call()",
        "tests.test_planted:9 pytest.deprecated_call(old, 'x')",
    ]


def test_an_assertion_true_whatever_it_reads_is_found(tmp_path: Path) -> None:
    # ``assert (x, "mensaje")`` asserts a tuple of two: true always, the check it meant never made.
    suite = _planted(
        tmp_path,
        "def test_asserts(x, xs):\n"
        "    assert True\n"
        "    assert x or True\n"
        "    assert (x == 1, 'mensaje')\n"
        "    assert [x]\n"
        "    assert {'clave': x}\n"
        "    assert 'texto'\n"
        "    assert f'{x} de más'\n"
        "    assert not None\n"
        "    assert x if x else 'vacío'\n"
        "    assert lambda: x\n"
        "    assert x\n"
        "    assert (x == 1), 'mensaje'\n"
        "    assert x and True\n"
        "    assert (*xs,)\n"
        "    assert f'{x}'\n"
        "    assert not x\n"
        "def test_only_true():\n    assert 1\n"
        "def test_never_reached():\n    assert False, 'no llega aquí'\n",
    )

    assert suite.always_true() == [
        "tests.test_planted:2 assert True",
        "tests.test_planted:3 assert x or True",
        "tests.test_planted:4 assert (x == 1, 'mensaje')",
        "tests.test_planted:5 assert [x]",
        "tests.test_planted:6 assert {'clave': x}",
        "tests.test_planted:7 assert 'texto'",
        "tests.test_planted:8 assert f'{x} de más'",
        "tests.test_planted:9 assert not None",
        "tests.test_planted:10 assert x if x else 'vacío'",
        "tests.test_planted:11 assert lambda: x",
        "tests.test_planted:19 assert 1",
    ]
    assert suite.checking_nothing() == ["tests.test_planted::test_only_true"]
