"""The setters of a frozen slotted class's fields, for its hand-written ``__init__``.

A frozen dataclass sets its fields through ``object.__setattr__``, which looks each field's
slot descriptor up by name and then calls its setter. Calling the setter itself, looked up once,
sets the very same slot for less: what the reading of received packages builds by the
thousand (rows, keys, changes, review lines) is made this way. The class's own frozen
``__setattr__`` still refuses every other write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SlotSetter = Callable[[Any, Any], None]


def slot_setters(cls: type, *names: str) -> tuple[SlotSetter, ...]:
    """The setter of each named slot of ``cls``, in the order given."""
    return tuple(cls.__dict__[name].__set__ for name in names)
