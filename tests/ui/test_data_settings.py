"""Settings → Export, Import and Backups, and discreet mode hiding the journal."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from companion.core import export, journal, operations, settings
from companion.core.journal import JournalEntry
from companion.ui.pages import settings_data
from companion.ui.pages.settings_data import BackupsDialog
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import answering, told_into

TODAY = date(2026, 1, 1)


@pytest.fixture
def page(window):
    window.show_section("settings")
    return window.settings_page


@pytest.fixture
def quiet(monkeypatch):
    told = []
    monkeypatch.setattr(dialogs, "run", told_into(told))
    return told


def test_export_then_import_into_a_fresh_app_gives_everything_back(
    page, context, tmp_path, monkeypatch, quiet
):
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=4, notes="calm day"), TODAY)
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    assert target.stat().st_mode & 0o777 == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == export.FORMAT
    journal.delete_entry(context.db, TODAY)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(dialogs, "run", answering(True))
    page.import_button.click()
    assert journal.get_entry(context.db, TODAY).notes == "calm day"
    assert any("before-import" in b.path.name for b in context.storage.backups())


def test_a_bad_file_is_refused_with_its_problems_and_nothing_changes(
    page, context, tmp_path, monkeypatch
):
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=4), TODAY)
    before = export.export_document(context.db, TODAY_NOW())
    bad = tmp_path / "bad.json"
    rows = [{"day": "2026-02-30", "craving": 11}]
    document = {"format": "prep-companion", "schema": 1, "tables": {"journal_entries": rows}}
    bad.write_text(json.dumps(document), encoding="utf-8")
    shown = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box.detailedText()))
    assert settings_data.import_file(page, context, str(bad)) is False
    assert shown and "journal_entries" in shown[0]
    after = export.export_document(context.db, TODAY_NOW())
    before.pop("exported_at"), after.pop("exported_at")
    assert before == after


def test_import_into_existing_data_can_be_cancelled(page, context, tmp_path, monkeypatch, quiet):
    target = tmp_path / "all.json"
    operations.export_everything(context.db, target, TODAY_NOW())
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=2), TODAY)
    monkeypatch.setattr(dialogs, "run", answering(False))
    assert settings_data.import_file(page, context, str(target)) is False
    assert journal.get_entry(context.db, TODAY).mood == 2


def test_backups_can_be_listed_and_restored(page, context, monkeypatch, quiet):
    settings.set_setting(context.db, "region", "UK")
    context.storage.backup_now()
    context.storage.clock.advance(60)
    settings.set_setting(context.db, "region", "NZ")
    dialog = BackupsDialog(context, page)
    assert dialog.model.rowCount() >= 1
    dialog.view.selectRow(0)
    monkeypatch.setattr(dialogs, "run", answering(True))
    assert dialog.restore_selected()
    assert settings.get_setting(context.db, "region") == "UK"
    assert page.region.currentData() == "UK"
    assert any("before-restore" in b.path.name for b in context.storage.backups())


def test_discreet_mode_hides_the_journal_until_asked(window, context):
    page = window.journal
    window.show_section("journal")
    assert page.tabs.isVisibleTo(page)
    context.set_setting("discreet_mode", True)
    assert not page.tabs.isVisibleTo(page)
    assert page.cover.isVisibleTo(page)
    page.show_button.click()
    assert page.tabs.isVisibleTo(page)


def test_discreet_mode_gives_the_export_a_neutral_name(context):
    assert "prep-companion" in settings_data.export_file_name(context)
    context.set_setting("discreet_mode", True)
    assert settings_data.export_file_name(context) == "backup.json"


def TODAY_NOW():
    from datetime import datetime

    return datetime(2026, 1, 1, 9, 0)
