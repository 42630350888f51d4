"""What a ``paimef`` command proposes after a refusal, typed back in, is accepted."""

from __future__ import annotations

import pytest

from tests.domain.test_hint_proposals import proposals
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("typed", ["1,5e3", "1,5", "450,5", "1.000,50"])
def test_calcular_accepts_what_its_refusal_proposes(typed: str) -> None:
    refused = run_cli("paimef", "calcular", "--numero", "12", typed, "10")
    assert refused.returncode == 2, refused.stderr
    proposed = proposals(refused.stderr)
    assert proposed, refused.stderr

    for form in proposed:
        again = run_cli("paimef", "calcular", "--numero", "12", form, "10")
        assert again.returncode == 0, f"{typed} → {form}: {again.stderr}"
