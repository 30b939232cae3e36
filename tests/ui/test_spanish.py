"""The whole app in Spanish: the window, content and dates; switching language keeps what
was typed and puts the untouched checklist into the new language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

from companion.core import checklist, content, journal
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.names import format_date
from companion.ui.shell import Shell
from companion.ui.widgets.prepare_dialogs import ItemDialog

SPANISH_SECTIONS = ["Hoy", "Preparar", "Respirar", "Diario", "Aprender", "Plan", "Ajustes"]


@pytest.fixture
def spanish(spanish_translations):
    assert i18n.use_language("es")


@pytest.fixture
def spanish_window(spanish, qtbot, context, data_dir):
    window = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_is_in_spanish(spanish_window):
    window = spanish_window
    assert [window.nav.item(n).text() for n in range(window.nav.count())] == SPANISH_SECTIONS
    assert window.help_button.text() == "Ayuda ahora"
    assert window.today.title.text() == "Hoy"


def test_every_page_shows_spanish_words(spanish_window):
    english = {"Save", "Cancel", "Delete", "Edit", "Add", "Start", "Today", "Back up now"}
    for key, page in spanish_window.pages.items():
        shown = [w.text().replace("&", "") for w in page.findChildren(QAbstractButton)]
        shown += [w.text() for w in page.findChildren(QLabel)]
        assert not english & set(shown), key


def test_content_and_dates_are_in_spanish(spanish_window, context):
    learn = spanish_window.learn
    assert content.language() == "es"
    assert learn.current is not None and "En resumen" not in learn.current.title
    assert QLocale().language() == QLocale.Language.Spanish
    assert format_date(date(2026, 1, 5)) == "5 ene 2026"
    first = checklist.list_items(context.db)[0]
    template = content.load_checklist_template()
    assert first.title == template.categories[0].items[0].title  # copied in Spanish


def test_a_dialog_built_on_a_shared_base_is_in_spanish(spanish, qtbot, context):
    dialog = ItemDialog(lambda **_v: None, checklist.categories(context.db), [], date(2026, 1, 1))
    qtbot.addWidget(dialog)
    buttons = {button.text().replace("&", "") for button in dialog.findChildren(QAbstractButton)}
    assert "Save" not in buttons and "Cancel" not in buttons


def test_switching_language_keeps_typing_and_translates_the_untouched_checklist(
    qtbot, context, data_dir, spanish_translations
):
    shell = Shell(context, window_state_for(data_dir))
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.show_section("journal")
    page = shell.window.journal
    page.form.notes.setPlainText("Slept better tonight")  # typed, not yet saved
    first, second = checklist.list_items(context.db)[:2]
    checklist.update_item(context.db, second.id, title="My own words", category=second.category)
    context.set_setting("language", "es")
    assert shell.reopen()
    qtbot.addWidget(shell.window)
    window = shell.window
    assert window.current_section() == "journal"
    assert window.nav.item(0).text() == "Hoy"
    saved = journal.get_entry(context.db, context.today())
    assert saved is not None and saved.notes == "Slept better tonight"
    assert window.journal.form.notes.toPlainText() == "Slept better tonight"
    spanish_first = content.load_checklist_template().categories[0].items[0].title
    assert checklist.get_item(context.db, first.id).title == spanish_first
    assert checklist.get_item(context.db, second.id).title == "My own words"
    assert isinstance(shell.context, AppContext) and shell.context is not context
    shell.context.set_setting("language", "en")
    assert shell.reopen()
    qtbot.addWidget(shell.window)
    assert shell.window.nav.item(0).text() == "Today"
    assert checklist.get_item(context.db, first.id).title == first.title


def test_choosing_the_same_language_again_rebuilds_nothing(qtbot, context, data_dir):
    shell = Shell(context, window_state_for(data_dir))
    qtbot.addWidget(shell.window)
    before = shell.window
    context.set_setting("language", "en")
    assert not shell.reopen()
    assert shell.window is before


def test_system_language_follows_the_system_when_the_app_has_it(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.resolve("system") == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("es") == "es"


def test_a_pdf_from_the_command_line_is_in_the_chosen_language(
    context, data_dir, tmp_path, spanish_translations
):
    from pypdf import PdfReader

    from companion import cli

    journal.save_entry(
        context.db, journal.JournalEntry(day=date(2026, 1, 1), mood=2), date(2026, 1, 1)
    )
    context.set_setting("language", "es")
    output = tmp_path / "resumen.pdf"
    code = cli.main(
        [
            "--data-dir", str(data_dir), "journal-pdf",
            "--from", "2025-12-01", "--to", "2026-01-01", "--output", str(output),
        ]
    )  # fmt: skip
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    assert "Ánimo" in text or "ánimo" in text
