"""Every interactive widget has an accessible name and can be reached with the keyboard,
on every page and in every dialog."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from companion.core import checklist, intake
from companion.core.conversations import ConversationPlan, load_steps
from companion.ui.conversation_practice import PractiseDialog
from companion.ui.pages.conversations import PlanTitleDialog
from companion.ui.pages.journal import SummaryDialog
from companion.ui.pages.learn_questions import QuestionDialog
from companion.ui.pages.settings_data import BackupsDialog
from companion.ui.progress_dialog import MergePreviewDialog, MergesDialog
from companion.ui.protection_dialogs import (
    ChangePassphraseDialog,
    ExportChoiceDialog,
    ProtectDialog,
    RecoveryKeyDialog,
    TurnOffDialog,
)
from companion.ui.safety_plan_dialog import SafetyPlanDialog
from companion.ui.share_dialog import ShareDialog
from companion.ui.welcome import Welcome
from companion.ui.who_dialog import WhoDialog
from companion.ui.widgets.help_panel import HelpPanel
from companion.ui.widgets.own_number_dialog import OwnNumberDialog
from companion.ui.widgets.pattern_dialog import PatternDialog
from companion.ui.widgets.plan_dialogs import AppointmentDialog, ContactDialog, RecordDialog
from companion.ui.widgets.prepare_dialogs import (
    CallDialog,
    HelperDialog,
    IntakeDialog,
    ItemDialog,
)
from companion.ui.widgets.program_questions_dialog import ProgramQuestionsDialog
from tests.ui.test_shared_plan_tab import sample_preview

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a widget (a combo box's popup, a table's header and corner
    button) are named and reached through the widget that owns them."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, (QComboBox, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QLineEdit)
        ) or parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def _check(root: QWidget) -> None:
    widgets = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    widgets = [w for w in widgets if not _qt_internal(w)]
    assert widgets
    for widget in widgets:
        label = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        assert label.strip(), f"{type(widget).__name__} {widget.objectName()} has no name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{label} is not reachable by Tab"


def test_main_window_widgets_are_named_and_reachable(window):
    for page in window.pages.values():  # builds every page
        _check(page)
    _check(window.sidebar)


def _cheap():  # the real cost takes half a second a try
    from companion.core.storage import keys

    return keys.Cost(n=2**10, r=8, p=1)


CHEAP = _cheap()
RECOVERY = "W2EMN-AMRS8-W0NXK-GZNHY-653W0"


def _save(*_args: object, **_values: object) -> None:
    return None


DIALOGS = {
    "task": lambda ctx: ItemDialog(_save, checklist.categories(ctx.db), [], date(2026, 1, 1)),
    "helper": lambda ctx: HelperDialog(_save),
    "call": lambda ctx: CallDialog(_save, [], datetime(2026, 1, 1, 9)),
    "intake": lambda ctx: IntakeDialog(_save, intake.get_intake(ctx.db), date(2026, 1, 1)),
    "pattern": lambda ctx: PatternDialog(_save),
    "question": lambda ctx: QuestionDialog(_save, ("A suggestion",)),
    "summary": lambda ctx: SummaryDialog(date(2025, 12, 1), date(2026, 1, 1)),
    "contact": lambda ctx: ContactDialog(_save),
    "appointment": lambda ctx: AppointmentDialog(_save, [], datetime(2026, 1, 1, 9)),
    "record": lambda ctx: RecordDialog("Medicine", [("name", "Name", 100)], {}, _save),
    "backups": lambda ctx: BackupsDialog(ctx),
    "program questions": lambda ctx: ProgramQuestionsDialog(),
    "welcome": lambda ctx: Welcome(ctx),
    "who is using the app": lambda ctx: WhoDialog(ctx),
    "safety plan": lambda ctx: SafetyPlanDialog(ctx),
    "share with a helper": lambda ctx: ShareDialog(ctx),
    "merge a helper's progress": lambda ctx: MergePreviewDialog(sample_preview()),
    "undo a merge": lambda ctx: MergesDialog(ctx),
    "conversation title": lambda ctx: PlanTitleDialog("", _save),
    "practise a conversation": lambda ctx: PractiseDialog(
        ConversationPlan(1, None, "Our talk", {"opening": "Hello", "asking": "Come with me"}),
        load_steps(),
    ),
    "protect with a passphrase": lambda ctx: ProtectDialog(ctx),
    "recovery key": lambda ctx: RecoveryKeyDialog(RECOVERY, date(2026, 12, 2)),
    "change passphrase": lambda ctx: ChangePassphraseDialog(ctx),
    "turn protection off": lambda ctx: TurnOffDialog(ctx),
    "export with a passphrase": lambda ctx: ExportChoiceDialog(),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_named_and_reachable(name, qtbot, context, window):
    dialog = DIALOGS[name](context)
    qtbot.addWidget(dialog)
    _check(dialog)


def test_the_unlock_screen_is_named_and_reachable(qtbot):
    from companion.core.storage import keys
    from companion.ui.look import Look
    from companion.ui.unlock import UnlockWindow

    _, document = keys.make_keys("river stones at dawn", keys.new_recovery_key(), CHEAP)
    screen = UnlockWindow(document, Look())
    qtbot.addWidget(screen)
    _check(screen)


def test_help_panel_widgets_are_named_and_reachable(qtbot, context):
    panel = HelpPanel(context)
    qtbot.addWidget(panel)
    _check(panel)


def test_number_dialog_widgets_are_named_and_reachable(qtbot):
    dialog = OwnNumberDialog(lambda *_: None)
    qtbot.addWidget(dialog)
    _check(dialog)
