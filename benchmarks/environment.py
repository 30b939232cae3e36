"""What the figures were measured on: machine, Python, Qt and SQLite."""

from __future__ import annotations

import os
import platform
import sqlite3

import PySide6
from PySide6.QtCore import qVersion


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe() -> dict[str, str]:
    return {
        "machine": f"{_cpu_model()}, {os.cpu_count()} CPUs, {platform.system()} "
        f"{platform.release()}",
        "python": platform.python_version(),
        "qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
        "sqlite": sqlite3.sqlite_version,
    }
