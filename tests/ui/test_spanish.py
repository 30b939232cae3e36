"""The whole app in Spanish: the window, content and dates, Qt's own dialogs and buttons,
counts in plural forms (in English too); switching language keeps what was typed and puts
the untouched checklist into the new language. tests/ui/test_spanish_everywhere.py walks
every page and dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QTreeView,
)

from companion.core import checklist, content, journal
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.counts import Counts
from companion.ui.main_window import MainWindow
from companion.ui.names import countdown_text, format_date
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
    checklist.save_item(context.db, second.id, title="My own words", category=second.category)
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


def _shown_words(widget) -> set[str]:
    words = {w.text().replace("&", "") for w in widget.findChildren(QAbstractButton)}
    words |= {w.text().replace("&", "") for w in widget.findChildren(QLabel)}
    return words


def test_qt_file_dialogs_speak_spanish(spanish, qtbot, tmp_path):
    (tmp_path / "carpeta").mkdir()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Guardar", str(tmp_path), "CSV (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        words = _shown_words(dialog)
        assert {"Buscar en:", "Archivos de tipo:", "Nombre de fichero:", "Cancelar"} <= words
        assert not {"Look in:", "Files of type:", "File name:", "Cancel"} & words
        view = dialog.findChild(QTreeView)
        model = view.model()
        assert isinstance(model, QFileSystemModel)
        headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(4)]
        assert headers == ["Nombre", "Tamaño", "Tipo", "Última modificación"]
        folder = model.index(str(tmp_path / "carpeta"))
        kind = folder.siblingAtColumn(2)
        qtbot.waitUntil(lambda kind=kind: kind.data() == "Carpeta")


def test_qt_buttons_message_boxes_and_menus_speak_spanish(spanish, qtbot):
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "¿Seguro?",
        "¿Borrar?",
        buttons.Yes | buttons.No | buttons.Cancel | buttons.Save | buttons.Discard | buttons.Ok,
    )
    qtbot.addWidget(box)
    shown = {box.button(b).text().replace("&", "") for b in (buttons.Yes, buttons.No,
             buttons.Cancel, buttons.Save, buttons.Discard, buttons.Ok)}  # fmt: skip
    assert shown == {"Sí", "No", "Cancelar", "Guardar", "Descartar", "Aceptar"}
    standard = QDialogButtonBox.StandardButton
    form = QDialogButtonBox(standard.Save | standard.Close)
    qtbot.addWidget(form)
    assert {b.text() for b in form.buttons()} == {"Guardar", "Cerrar"}
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert {"Deshacer", "Rehacer", "Cortar", "Copiar", "Pegar", "Seleccionar todo"} <= set(actions)
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 1, 5))
    calendar.show()
    assert "enero" in {w.text() for w in calendar.findChildren(QToolButton)}


def test_the_words_qt_lacks_come_from_our_spanish(spanish):
    """Qt's Spanish catalogue misses a few of its own words; ours has them all."""
    words = i18n.qt_words_qt_lacks()
    assert "&Buscar en:" in words and "Carpeta" in words
    i18n.use_language("en")
    english = i18n.qt_words_qt_lacks()
    assert [e for s, e in zip(words, english, strict=True) if s == e] == ["Alias"]


def test_counts_say_one_and_many_in_both_languages(spanish, context):
    from companion.core import intake

    plan = intake.IntakePlan(when=context.today() + timedelta(days=14), place="Riverside")
    assert countdown_text(context, plan).startswith("Faltan 14 días para el ingreso en Riverside (")
    assert Counts().records_imported(1) == "Se importó 1 elemento."
    assert Counts().records_imported(3) == "Se importaron 3 elementos."
    i18n.use_language("en")
    assert countdown_text(context, plan).startswith("14 days until intake at Riverside (")
    assert Counts().records_imported(1) == "Imported 1 record."
    assert Counts().records_imported(2) == "Imported 2 records."
    tomorrow = intake.IntakePlan(when=context.today() + timedelta(days=1))
    assert countdown_text(context, tomorrow).startswith("Intake is tomorrow (")


def test_every_english_count_reads_one_and_many(translations):
    """English loads its plural forms: no "%n day(s)" on screen, for any count."""
    import xml.etree.ElementTree as ET

    assert i18n.use_language("en")
    english = ET.parse(i18n.translations_dir() / "companion_en.ts").getroot()
    for context in english.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for n in (1, 2, 12):
                shown = QCoreApplication.translate(name, source, message.findtext("comment"), n)
                assert "(s)" not in shown and "%n" not in shown, (name, source, n, shown)
