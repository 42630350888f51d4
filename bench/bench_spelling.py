"""Spelling: dictionary load, checking one evaluation as it is typed, and the library choice.

Run ``python bench/bench_spelling.py [--runs 5]``. Prints, on the seed's 56 narratives:

* the time to read the es_MX dictionary (once per program start, off the GUI thread);
* checking the longest evaluation as it is typed (one more character each time: the new, partial
  word is a look-up, the rest are cached verdicts), cold (nothing cached), and the whole 56;
* the comparator measured in the same run: ``validate_meta`` of the same meta without spelling,
  which the window already runs on every edit; the target is under 5 ms per keystroke;
* if ``pyspellchecker`` is installed (``pip install pyspellchecker``; not a dependency), the same
  narratives through its Spanish list, for the comparison in the README.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ism_desktop.domain.quarter import Quarter  # noqa: E402
from ism_desktop.domain.validation.engine import validate_meta  # noqa: E402
from ism_desktop.exchange.etca.text import parse_etca_text  # noqa: E402
from ism_desktop.spelling.dictionary import SpanishSpelling  # noqa: E402
from ism_desktop.spelling.loading import SpellingFiles  # noqa: E402
from ism_desktop.spelling.words import checkable_words  # noqa: E402

SEED = ROOT / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
TARGET_KEYSTROKE_MS = 5.0


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The shortest wall time of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def typing_times(checker: SpanishSpelling, text: str) -> list[float]:
    """Milliseconds of each check while ``text`` is typed character by character."""
    times = []
    for end in range(1, len(text) + 1):
        start = time.perf_counter()
        checker.underlined(text[:end])
        times.append((time.perf_counter() - start) * 1000)
    return times


def compare_pyspellchecker(narratives: list[str]) -> None:
    """The same narratives through pyspellchecker's Spanish word list, if it is installed."""
    try:
        from spellchecker import SpellChecker  # type: ignore[import-not-found]
    except ImportError:
        print("pyspellchecker: no instalado (pip install pyspellchecker para compararlo)")
        return
    start = time.perf_counter()
    other = SpellChecker(language="es")
    loaded = time.perf_counter() - start
    words = sorted({word for text in narratives for word, _, _ in checkable_words(text)})
    start = time.perf_counter()
    unknown = other.unknown([word.lower() for word in words])
    checked = (time.perf_counter() - start) * 1000
    print(
        f"pyspellchecker: carga {loaded:.2f} s, {len(words)} palabras distintas en "
        f"{checked:.1f} ms, {len(unknown)} dudosas: {', '.join(sorted(unknown))}"
    )


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    report = parse_etca_text(SEED.read_text(encoding="utf-8")).report
    quarter = Quarter.FIRST
    narratives = [meta.evaluation(quarter) for meta in report.metas]
    files = SpellingFiles(ROOT / "resources", Path("/nonexistent-data-folder"))

    start = time.perf_counter()
    checker = files.load()
    load_s = time.perf_counter() - start
    print(f"Diccionario es_MX + vocabulario del Instituto: carga en {load_s:.2f} s")

    longest = max(report.metas, key=lambda meta: len(meta.evaluation(quarter)))
    text = longest.evaluation(quarter)
    fresh = SpanishSpelling(checker._dictionary, files.extra_words())
    cold_ms = best_of(1, lambda: fresh.doubtful(text)) * 1000
    typed = typing_times(checker, text)
    warm_ms = best_of(args.runs, lambda: checker.doubtful(text)) * 1000
    all_cold = SpanishSpelling(checker._dictionary, files.extra_words())
    all_ms = best_of(1, lambda: [all_cold.doubtful(n) for n in narratives]) * 1000
    validate_ms = (
        best_of(args.runs, lambda: validate_meta(longest, quarter, year=report.year)) * 1000
    )
    per_key = statistics.median(typed)
    print(
        f"La evaluación más larga ({len(text)} caracteres, "
        f"{sum(1 for _ in checkable_words(text))} palabras):"
    )
    ranked = sorted(typed)
    p95 = ranked[int(len(ranked) * 0.95)]
    print(
        f"  al teclear: mediana {per_key:.2f} ms, 95 % por debajo de {p95:.2f} ms, "
        f"peor {ranked[-1]:.2f} ms por tecla"
    )
    print(
        f"  completa, ya vista: {warm_ms:.2f} ms; la primera vez (nada en caché): {cold_ms:.1f} ms"
    )
    print(f"  comparador, validate_meta sin ortografía: {validate_ms:.2f} ms")
    slow = sum(1 for ms in typed if ms >= TARGET_KEYSTROKE_MS)
    print(
        f"  ortografía por tecla / validate_meta = {per_key / validate_ms:.2f}; "
        f"teclas de {TARGET_KEYSTROKE_MS:.0f} ms o más: {slow} de {len(typed)}"
    )
    print(f"Las 56 evaluaciones, nada en caché: {all_ms:.0f} ms")
    compare_pyspellchecker(narratives)


if __name__ == "__main__":
    main()
