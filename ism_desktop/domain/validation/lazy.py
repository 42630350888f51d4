"""A cached attribute without the lock of ``functools.cached_property`` (3.11), for hot paths."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - used as a decorator, named like ``property``
    """Compute an attribute on first access and keep it in the instance's ``__dict__``.

    Validation builds one short-lived object per meta and thread; the lock that
    ``functools.cached_property`` takes on every first access cost more than the values.
    """

    def __init__(self, function: Callable[[Any], T]) -> None:
        self._function = function
        self._name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> lazy[T]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> T: ...

    def __get__(self, instance: object | None, owner: type) -> T | lazy[T]:
        if instance is None:
            return self
        value = self._function(instance)
        instance.__dict__[self._name] = value
        return value


class group_member:  # noqa: N801 - named like ``lazy``
    """An attribute that ``reader`` keeps in the instance's ``__dict__`` with its whole group.

    The first read of any member runs ``reader``, which stores every member; later reads find
    them in the instance, as a ``lazy`` attribute's are. The class declares each member's type.
    """

    def __init__(self, reader: Callable[[Any], None], name: str) -> None:
        self._reader = reader
        self._name = name

    def __get__(self, instance: object | None, owner: type) -> object:
        if instance is None:
            return self
        self._reader(instance)
        return instance.__dict__[self._name]
