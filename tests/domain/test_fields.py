"""Field references: the stored audit keys of a meta's figures, parsed and named in Spanish."""

from __future__ import annotations

import pytest

from ism_desktop.domain.fields import FieldRef, field_label, is_modified_target
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter


@pytest.mark.parametrize(
    ("key", "ref"),
    [
        ("realizado.t1.num", FieldRef(Series.ACHIEVED, Quarter.FIRST, RowKind.NUM)),
        ("modificado.t4.den", FieldRef(Series.MODIFIED, Quarter.FOURTH, RowKind.DEN)),
        ("original.anual.met", FieldRef(Series.ORIGINAL, None, RowKind.MET)),
    ],
)
def test_a_key_parses_to_its_figure_and_back(key: str, ref: FieldRef) -> None:
    assert FieldRef.parse(key) == ref
    assert str(ref) == key


@pytest.mark.parametrize(
    "key",
    ["evaluacion.t1", "avance.t2", "realizado.t5.num", "realizado.t1.xyz", "realizado.t1", "", "x"],
)
def test_other_keys_name_no_figure(key: str) -> None:
    assert FieldRef.parse(key) is None


def test_only_modified_figures_are_targets() -> None:
    assert is_modified_target("modificado.t2.num")
    assert not is_modified_target("realizado.t2.num")
    assert not is_modified_target("modificado")


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("realizado.t1.num", "realizado T1 (NUM)"),
        ("modificado.anual.den", "modificado anual (DEN)"),
        ("original.t2.met", "programado original T2 (MET)"),
        ("evaluacion.t3", "evaluación cualitativa T3"),
        ("avance.t2", "% de avance T2"),
        ("desconocido", "desconocido"),
    ],
)
def test_every_key_has_a_spanish_name(key: str, label: str) -> None:
    assert field_label(key) == label


def test_the_window_says_primer_trimestre() -> None:
    assert [q.ordinal for q in Quarter] == ["primer", "segundo", "tercer", "cuarto"]
