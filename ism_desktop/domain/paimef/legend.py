"""The legend numeral 8.1 of the rules requires on the programme's publicity and information."""

from __future__ import annotations

# Word for word from numeral 8.1, quotation marks excluded.
LEGEND_8_1 = (
    "Este programa es público, ajeno a cualquier partido político. Queda prohibido el uso "
    "para fines distintos a los establecidos en el programa"
)
