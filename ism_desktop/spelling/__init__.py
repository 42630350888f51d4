"""Spanish spelling: a Hunspell dictionary (es_MX) read by spylls, plus the institution's words.

Pure Python, so the Windows bundle carries no native library. It sits beside ``store`` and
``reports``: it may import ``domain`` (whose ``SpellingChecker`` protocol it implements), never the
layers above nor Qt.
"""
