"""scripts/screenshots.py --size: pictures at a small window size too."""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

import pytest

from companion.ui import theme

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import screenshots


def test_a_size_is_read_as_width_by_height():
    assert screenshots.window_size("900x600") == (900, 600)
    for wrong in ("900", "x600", "big", "0x600"):
        with pytest.raises(argparse.ArgumentTypeError):
            screenshots.window_size(wrong)


def test_the_pictures_are_taken_at_the_size_asked_for(tmp_path, qapp):
    try:
        written = screenshots.take(tmp_path, "en", "light", "normal", (900, 600))
    finally:  # leave the shared application as the other tests expect it
        theme.apply_appearance(qapp, "system")
        theme.apply_text_size(qapp, "normal")
    today = next(path for path in written if path.name == "today.png")
    header = today.read_bytes()[:24]
    assert struct.unpack(">II", header[16:24]) == (900, 600)
