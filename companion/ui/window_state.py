"""Remembered window state (geometry, the last breathing choices), kept in `window.ini`.

`WindowState` reads like a QSettings, but it is written only through the app's one
private, atomic writer: owner-only from the first byte, and whole or not at all, so a
full disk leaves the last good file in place instead of an empty one. The file keeps
QSettings' INI format, so older versions read it and it reads theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from companion.core import files
from companion.core.storage import StorageError

_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_PLAIN = frozenset(" !$%&'()*+-./:<>?@[]^_`{|}~") | _KEY_CHARS


class WindowState(QSettings):
    """QSettings' reading, the app's own writing: `setValue` keeps a value in memory and
    `sync` writes the whole file atomically (a failure is kept in `status()`, never raised,
    as QSettings does)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)  # reads only: never set
        self._path = path
        self._values: dict[str, object] = {
            key: QSettings.value(self, key) for key in QSettings.allKeys(self)
        }
        self._dirty = False
        self._status = QSettings.Status.NoError

    def fileName(self) -> str:
        return str(self._path)

    def allKeys(self) -> list[str]:
        return sorted(self._values)

    def contains(self, key: str) -> bool:
        return key in self._values

    def value(self, key: str, defaultValue: Any = None, type: Any = None) -> Any:
        if key not in self._values:
            return defaultValue
        return _as(self._values[key], type)

    def setValue(self, key: str, value: object) -> None:
        if self._values.get(key, _MISSING) != value:
            self._values[key] = value
            self._dirty = True

    def remove(self, key: str) -> None:
        for name in [k for k in self._values if k == key or k.startswith(key + "/")]:
            del self._values[name]
            self._dirty = True

    def status(self) -> QSettings.Status:
        return self._status

    def sync(self) -> None:
        if not self._dirty:
            return
        try:
            files.write_private(self._path, ini_text(self._values).encode("utf-8"))
        except StorageError:
            self._status = QSettings.Status.AccessError  # the old file is still whole
            return
        self._dirty = False
        self._status = QSettings.Status.NoError


_MISSING = object()


def _as(value: Any, wanted: Any) -> Any:
    """A stored value as the type asked for, the way QSettings converts."""
    if wanted is None or isinstance(value, wanted):
        return value
    if wanted is bool:
        return str(value).strip().lower() in ("true", "1")
    try:
        return wanted(value)
    except (TypeError, ValueError):
        return wanted()


def ini_text(values: dict[str, object]) -> str:
    """The values as a QSettings INI file; values of other types than bytes, text,
    numbers and truth values (none are kept here) are left out."""
    sections: dict[str, list[str]] = {}
    for key in sorted(values):
        text = _value_text(values[key])
        if text is None:
            continue
        if "/" in key:
            group, rest = key.split("/", 1)
            section = "%General" if group == "General" else _key_text(group)
            name = "\\".join(_key_text(part) for part in rest.split("/"))
        else:
            section, name = "General", _key_text(key)
        sections.setdefault(section, []).append(f"{name}={text}")
    lines: list[str] = []
    for section, entries in sections.items():
        if lines:
            lines.append("")
        lines.append(f"[{section}]")
        lines.extend(entries)
    return "\n".join(lines) + "\n"


def _key_text(part: str) -> str:
    out = []
    for char in part:
        if char in _KEY_CHARS:
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"%{ord(char):02X}")
        else:
            out.append(f"%U{ord(char):04X}")
    return "".join(out)


def _value_text(value: object) -> str | None:
    if isinstance(value, QByteArray):
        value = bytes(value.data())
    if isinstance(value, (bytes, bytearray)):
        return "@ByteArray(" + _escaped(value.decode("latin-1")) + ")"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + _escaped("@" + value if value.startswith("@") else value) + '"'
    return None


def _escaped(text: str) -> str:
    """QSettings' string escapes: anything but plain ASCII as \\xHHHH (UTF-16 units), and
    a hex digit right after such an escape escaped too, so it is not read as part of it."""
    out = []
    after_hex = False
    for unit in _utf16_units(text):
        char = chr(unit)
        if char in _PLAIN and char not in '"\\' and not (after_hex and char in _HEX_DIGITS):
            out.append(char)
            after_hex = False
        else:
            out.append(f"\\x{unit:04x}")
            after_hex = True
    return "".join(out)


def _utf16_units(text: str) -> list[int]:
    data = text.encode("utf-16-le", "surrogatepass")
    return [int.from_bytes(data[i : i + 2], "little") for i in range(0, len(data), 2)]
