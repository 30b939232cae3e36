"""Settings: each choice saved at once and applied; deleting all data asks twice."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox

from companion.core import contacts, settings, storage
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import press, told_into


@pytest.fixture
def page(window):
    window.show_section("settings")
    return window.settings_page


def test_page_shows_stored_settings(qtbot, context, data_dir):
    from companion.ui.pages.settings_page import SettingsPage

    context.set_setting("region", "NZ")
    context.set_setting("discreet_mode", True)
    fresh = SettingsPage(context)
    qtbot.addWidget(fresh)
    assert fresh.region.currentData() == "NZ"
    assert fresh.discreet.isChecked()


def test_changing_region_saves_it(page, context):
    page.region.setCurrentIndex(page.region.findData("CA"))
    assert settings.get_setting(context.db, "region") == "CA"


def test_text_size_scales_the_application_font(page, app):
    base = app.font().pointSizeF()
    page.text_size.setCurrentIndex(page.text_size.findData("larger"))
    assert app.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.11)
    page.text_size.setCurrentIndex(page.text_size.findData("largest"))
    assert app.font().pointSizeF() == pytest.approx(base * 2.0, abs=0.11)
    page.text_size.setCurrentIndex(page.text_size.findData("normal"))
    assert app.font().pointSizeF() == pytest.approx(base, abs=0.11)


def test_body_text_follows_text_size(page, window, app):
    summary = page.data_summary
    before = summary.font().pointSizeF()
    page.text_size.setCurrentIndex(page.text_size.findData("largest"))
    assert summary.font().pointSizeF() > before * 1.3
    assert window.today.date_label.font().pointSizeF() > before * 1.3


def test_sidebar_widens_so_the_app_name_fits(page, window):
    """The app name may wrap at large text, but no word of it is cut."""
    page.text_size.setCurrentIndex(page.text_size.findData("largest"))
    metrics = window.app_name.fontMetrics()
    widest = max(metrics.horizontalAdvance(word) for word in window.app_name.text().split())
    assert window.sidebar.width() >= widest


def test_heading_follows_text_size(page, app):
    before = page.title.font().pointSizeF()
    page.text_size.setCurrentIndex(page.text_size.findData("large"))
    assert page.title.font().pointSizeF() > before


def test_dark_and_light_appearance(page, app):
    page.appearance.setCurrentIndex(page.appearance.findData("dark"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
    page.appearance.setCurrentIndex(page.appearance.findData("light"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_discreet_checkbox_changes_title(page, window):
    page.discreet.setChecked(True)
    assert window.windowTitle() == "Prep Companion"


def test_failed_save_is_reported_and_setting_unchanged(page, context, monkeypatch):
    def fail(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    shown = []
    monkeypatch.setattr(settings, "set_setting", fail)
    monkeypatch.setattr(dialogs, "run", told_into(shown))
    page.region.setCurrentIndex(page.region.findData("UK"))
    assert shown and "disk is full" in shown[0]
    assert page.region.currentData() == "US"


def test_back_up_now(page, context):
    page.backup_button.click()
    assert len(context.storage.backups()) == 1
    assert "Backups kept: 1" in page.data_summary.text()


def _answer_warnings(monkeypatch, first, second_clicks_delete):
    answers = iter([first == QMessageBox.StandardButton.Yes, second_clicks_delete])

    def run(box: QMessageBox) -> None:
        yes = next(answers)
        if box.windowTitle() == "Are you completely sure?":
            wanted = "Delete everything" if yes else "Keep my data"
            assert [b.text() for b in box.buttons() if b.text() == wanted] == [wanted]
        press(box, yes)

    monkeypatch.setattr(dialogs, "run", run)


def test_delete_all_data_cancelled_at_first_question(page, context, monkeypatch):
    contacts.save_own_number(context.db, None, name="Sam", number="555 0101")
    _answer_warnings(monkeypatch, QMessageBox.StandardButton.Cancel, True)
    page.delete_button.click()
    assert len(contacts.list_own_numbers(context.db)) == 1


def test_delete_all_data_cancelled_at_second_question(page, context, monkeypatch):
    contacts.save_own_number(context.db, None, name="Sam", number="555 0101")
    _answer_warnings(monkeypatch, QMessageBox.StandardButton.Yes, False)
    page.delete_button.click()
    assert len(contacts.list_own_numbers(context.db)) == 1


def test_delete_all_data_removes_database_and_backups(page, context, data_dir, monkeypatch):
    contacts.save_own_number(context.db, None, name="Sam", number="555 0101")
    context.set_setting("region", "UK")
    context.storage.backup_now()
    damaged = data_dir / "damaged"
    damaged.mkdir()
    (damaged / "companion-damaged-20260101-000000.sqlite3").write_bytes(b"old")
    old_db = context.db
    _answer_warnings(monkeypatch, QMessageBox.StandardButton.Yes, True)
    page.delete_button.click()
    assert context.db is not old_db
    assert contacts.list_own_numbers(context.db) == []
    assert settings.get_setting(context.db, "region") == "US"
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())
    assert not damaged.exists()
    assert page.region.currentData() == "US"
    assert storage.check(data_dir) == []
