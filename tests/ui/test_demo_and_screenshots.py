"""The README's screenshots come from scripts that run the real app on made-up data."""

from __future__ import annotations

import struct
import sys
from datetime import date
from pathlib import Path

import pytest

from companion.core import (
    checklist,
    conversations,
    helper_checkins,
    intake,
    journal,
    people,
    progress,
    storage,
)
from companion.ui import theme

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import demo_data  # noqa: E402
import screenshots  # noqa: E402


def test_demo_data_is_three_weeks_of_made_up_preparation(tmp_path):
    folder = tmp_path / "demo"
    demo_data.build(folder, date(2026, 11, 26))
    store = storage.open(folder)
    try:
        db = store.db
        assert store.recovery is None
        assert journal.entry_count(db) == 21
        assert intake.get_intake(db).when == date(2026, 12, 8)
        assert checklist.readiness(db).overall.done == 15  # one ticked by Maria, merged
        assert [merge.helper_name for merge in progress.list_merges(db)] == ["Maria"]
        maria = people.list_people(db, "family")[0]
        assert (
            maria.shared
            and len(
                helper_checkins.list_check_ins(db, maria.id, date(2026, 11, 1), date(2026, 11, 26))
            )
            == 12
        )
        assert [plan.title for plan in conversations.list_plans(db, maria.id)] == [
            "Asking about the intake day"
        ]
    finally:
        store.close()


def test_demo_data_never_goes_into_a_folder_in_use(tmp_path):
    (tmp_path / "something.txt").write_text("mine")
    with pytest.raises(SystemExit):
        demo_data.build(tmp_path, date(2026, 11, 26))
    assert [p.name for p in tmp_path.iterdir()] == ["something.txt"]


def test_the_screenshots_script_pictures_every_page(tmp_path, qapp):
    try:
        written = screenshots.take(tmp_path, "en", "light", "normal")
    finally:  # leave the shared application as the other tests expect it
        theme.apply_appearance(qapp, "system")
        theme.apply_text_size(qapp, "normal")
    names = sorted(path.name for path in written)
    every = (
        *screenshots.PAGES,
        *screenshots.MOMENTS,
        *screenshots.STAYING_SAFE,
        *screenshots.FAMILY,
        *screenshots.PRIVACY,
        "help",
    )
    assert names == sorted(f"{page}.png" for page in every)
    with (tmp_path / "today.png").open("rb") as handle:
        header = handle.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == screenshots.SIZE
