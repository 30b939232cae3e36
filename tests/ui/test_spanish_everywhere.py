"""The whole app in Spanish, on demo data: no English left anywhere a person looks.

The tour (app_tour.py) opens every page, every tab, every row of every list and every
dialog a button opens, Qt's own file dialogs (non-native), message boxes, the text field
menu and the calendar, then imports a file and starts to delete everything (answering
the last question No), and reads the PDFs it saved. Everything shown is read
(spanish_walk.py): any text still in English fails, with where it was seen, and so does
any word Qt or the app looked up that has no Spanish translation.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from app_tour import Dialogs, Tour, every_dialog_class, settle
from PySide6.QtWidgets import QMessageBox
from spanish_walk import AskedWords, EnglishDetector, Findings, PaintedWords

from companion.core import content, exercises, learn, storage, timeline, urge_surfing
from companion.core.clock import FakeClock
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import demo_data

TODAY = date(2026, 1, 1)  # FakeClock's day

DEMO_WORDS = (
    # What the made-up person typed: their own words, in English (scripts/demo_data.py).
    "Riverside Recovery Center", "Intake at Riverside", "Family support group",
    "Maria", "Tom", "sister", "friend", "Evenings are best", "Dr. Okafor",
    "Ask about the bed and what to bring.", "Went for a walk",
    "What medicines will you use to ease withdrawal?",
    "Stay with Maria. Meeting on Tuesday. Walk every morning.",
    "Not sleeping, skipping meals, avoiding calls.",
    "Call Maria. Do the calm breathing. Go for a walk.",
    *demo_data.NOTES,
)  # fmt: skip
NAMES = ("Prep Companion",)


def _content_names() -> list[str]:
    """Names that stay as they are in any language: helplines, and sources cited as
    published (in Learn, the checklist, the exercises, the timeline, Get help now)."""
    names = []
    for region in content.load_regions().values():
        for line in region.helplines:
            names += [line.name, line.source]
    sources = list(content.load_response_steps().sources)
    for category in content.load_checklist_template().categories:
        for item in category.items:
            sources += item.sources
    for section in learn.load_sections():
        sources += section.sources
    catalog = exercises.load_catalog()
    for exercise in (*catalog.breathing, catalog.muscle, catalog.grounding):
        sources += exercise.sources
    sources += timeline.load_text().sources
    sources += urge_surfing.load_urge_surfing().sources
    return names + [learn.plain(source).strip() for source in sources]


@pytest.fixture
def spanish(spanish_translations, qapp):
    """The app in Spanish, with every lookup of a word kept."""
    assert i18n.use_language("es")
    asked = AskedWords()
    qapp.installTranslator(asked)  # after the real ones: asked first
    yield asked
    qapp.removeTranslator(asked)


@pytest.fixture
def findings(spanish, monkeypatch):
    detector = EnglishDetector(allowed=(*DEMO_WORDS, *NAMES, *_content_names()))
    return Findings(detector, PaintedWords(monkeypatch))


@pytest.fixture
def dialogs(findings, monkeypatch, tmp_path):
    saved = tmp_path / "saved"
    saved.mkdir()
    return Dialogs(monkeypatch, findings.look, saved)


@pytest.fixture
def demo_window(spanish, dialogs, qtbot, tmp_path):
    data = tmp_path / "data"
    demo_data.build(data, TODAY, "es")  # a helper's words in Spanish
    store = storage.open(data, clock=FakeClock())
    window = MainWindow(AppContext(store), window_state_for(data))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.db.close()


def _import_and_start_deleting(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    """The messages of importing a bad file and a good one (the data saved by the tour),
    and the second question before deleting everything, which is answered by closing it:
    nothing is deleted."""
    window.show_section("settings")
    page = window.settings_page
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "prep-companion", "version": 1, "journal": [{"day": 5}]}')
    dialogs.file_to_open = str(bad)
    page.import_button.click()
    settle()
    saved = sorted(dialogs.folder.glob("*.json"))
    assert saved, "the tour saved no export to import"
    dialogs.file_to_open = str(saved[0])
    dialogs.answer = QMessageBox.StandardButton.Yes
    page.import_button.click()
    settle()
    page.delete_button.click()
    settle()
    dialogs.answer = QMessageBox.StandardButton.Cancel


def _protection(window: MainWindow, dialogs: Dialogs, findings: Findings) -> None:
    """Passphrase protection: its dialogs (the recovery key's two steps) and the unlock
    screen, with a wrong passphrase said, and Get help now opened on it."""
    from companion.core.storage import keys
    from companion.ui.look import Look
    from companion.ui.protection_dialogs import (
        ChangePassphraseDialog,
        ExportChoiceDialog,
        RecoveryKeyDialog,
        TurnOffDialog,
    )
    from companion.ui.unlock import UnlockWindow

    window.show_section("settings")
    window.settings_page.protect_button.click()
    settle()
    recovery = RecoveryKeyDialog("W2EMN-AMRS8-W0NXK-GZNHY-653W0", date(2026, 12, 2), window)
    recovery.exec()
    recovery.show()
    recovery.ask_back()
    recovery.check_answer()
    settle()
    findings.look(recovery, "the recovery key asked back")
    recovery.confirmed = True
    recovery.hide()
    ChangePassphraseDialog(window.context, window).exec()
    TurnOffDialog(window.context, window).exec()
    ExportChoiceDialog(window).exec()
    _, document = keys.make_keys(
        "river stones at dawn", "W2EMN-AMRS8-W0NXK-GZNHY-653W0", keys.Cost(n=2**10, r=8, p=1)
    )
    for discreet in (False, True):
        screen = UnlockWindow(document, Look(discreet_mode=discreet, region="MX"))
        screen.show()
        screen.field.setText("not the passphrase")
        screen.try_unlock()
        settle()
        findings.look(screen, "the unlock screen")
        screen.open_help()
        settle()
        assert screen.help_panel is not None
        findings.look(screen.help_panel, "Get help now on the unlock screen")
        screen.help_panel.hide()
        screen.hide()
        screen.deleteLater()


def _helper_view(window: MainWindow, tour: Tour, findings: Findings) -> None:
    """The helper's view, for the demo's first family helper: the sidebar with its switch,
    the helper's Today, Helping (their check-in and conversation plans, with practising
    one), the shared plan in Plan and Learn's family track; and the preview of merging a
    helper's progress, which the person sees."""
    from companion.core import helper_mode, progress
    from companion.core.share import MergePreview
    from companion.ui.progress_dialog import MergePreviewDialog
    from companion.ui.who_dialog import use_choice

    helper = helper_mode.helpers(window.context.db)[0]
    use_choice(window.context, True, helper.id, "")
    settle()
    findings.look(window, "the helper's view")
    for key in ("today", "helping", "plan", "learn"):
        window.show_section(key)
        settle()
        tour.of(window.page(key), f"the helper's {key}")
    merged = progress.list_merges(window.context.db)[0]  # Maria's, in the demo
    preview = MergePreview(
        merged.changes[0].helper_id, merged.helper_name, merged.merged_at, merged.changes
    )
    MergePreviewDialog(preview, window).exec()


def _read_pdfs(findings: Findings, folder: Path) -> None:
    """The PDFs the tour saved (care-team summary, plan packet, questions), line by line."""
    from pypdf import PdfReader

    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) >= 3, f"the tour saved only {[p.name for p in pdfs]}"
    for pdf in pdfs:
        for number, page in enumerate(PdfReader(pdf).pages, start=1):
            for line in page.extract_text().splitlines():
                findings.judge(f"{pdf.name}, page {number}", line)


def test_every_page_tab_and_dialog_is_in_spanish(demo_window, spanish, findings, dialogs, tmp_path):
    window = demo_window
    tour = Tour(findings.look)
    # Today's "I'm having a craving" leaves Today for Breathe: it is pressed below, from Get
    # help now, where the same part is read.
    tour.clicked.add(shiboken6.getCppPointer(window.today.craving_button)[0])
    for key in window.keys:
        window.show_section(key)
        settle()
        tour.of(window.page(key), key)
        tour.text_menu_and_calendar(window.page(key), key)
    window.open_help()
    settle()
    assert window.help_panel is not None
    # "I'm having a craving" closes the panel for Breathe: pressed after the rest is read.
    craving = window.help_panel.craving_button
    tour.clicked.add(shiboken6.getCppPointer(craving)[0])
    tour.of(window.help_panel, "Get help now")
    craving.click()
    settle()
    findings.look(window, "Breathe's Cravings, from Get help now")
    dialogs.opened.add(type(window.help_panel).__name__)
    _import_and_start_deleting(window, dialogs, tmp_path)
    findings.look(window, "after importing")
    _read_pdfs(findings, dialogs.folder)
    for name in dialogs.offered_names:
        findings.judge("a file name a save dialog suggested", name)

    _protection(window, dialogs, findings)
    _helper_view(window, tour, findings)

    assert tour.calendars + dialogs.calendars, "a date field's calendar was looked at"
    missed = every_dialog_class() - dialogs.opened
    assert not missed, f"the tour never opened {sorted(missed)}"
    assert findings.seen > 2000, "the tour read too little to be trusted"
    assert not findings.english, "English on screen in Spanish:\n" + findings.report()
    unanswered = spanish.unanswered(i18n.installed())
    assert not unanswered, "Looked up, with no Spanish translation:\n" + "\n".join(unanswered)


def test_the_detector_knows_english_from_spanish(spanish_translations):
    detector = EnglishDetector(allowed=("Riverside Recovery Center",))
    assert detector.why_english("14 days until intake a las Riverside Recovery Center.")
    assert detector.why_english("&Look in:")
    assert detector.why_english("Files of &type:")
    assert detector.why_english("1 wk")
    assert detector.why_english("19 Dec: 5 minutes")
    assert detector.why_english("Día anterior (Alt+Left)")
    assert detector.why_english("Prepare")  # a source the Spanish file translates
    assert detector.why_english("check-ins-2025-12-03-to-2026-01-01.pdf")
    assert not detector.why_english("Faltan 14 días para el ingreso en Riverside Recovery Center.")
    assert not detector.why_english("Plan")  # the same word in both languages
    assert not detector.why_english("Guardado en /tmp/pytest-of-root/the-folder/export.csv.")
    assert not detector.why_english("555 0142")
