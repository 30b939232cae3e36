"""Reading a stored row into its dataclass: one way for every table whose columns are
named like the dataclass's fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any, TypeVar, cast

T = TypeVar("T")


def from_row(kind: type[T], row: Mapping[str, Any], **read: Any) -> T:
    """A `kind` with each field taken from the row's column of the same name, except the
    fields given in `read` (values the caller has already turned into dates, flags...)."""
    names = (field.name for field in fields(cast(Any, kind)))
    return kind(**{name: read[name] if name in read else row[name] for name in names})
