"""A measured figure: the median of several runs, with the smallest and largest."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Figure:
    median: float
    low: float
    high: float
    values: tuple[float, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, values: list[float]) -> Figure:
        if not values:
            raise ValueError("no values measured")
        return cls(statistics.median(values), min(values), max(values), tuple(values))

    def json(self) -> dict[str, Any]:
        return {
            "median": round(self.median, 4),
            "low": round(self.low, 4),
            "high": round(self.high, 4),
            "runs": len(self.values),
        }
