"""The first time Today opens on a data folder it says, calmly, that the app helps people
prepare and does not replace their clinicians, and that Get help now is one click (F1)
away. "Got it" hides the note for good: after a restart it stays hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.core import storage
from companion.core.clock import FakeClock
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow


def _note_text(window) -> str:
    from PySide6.QtWidgets import QLabel

    labels = window.today.first_note_box.findChildren(QLabel)
    return " ".join(label.text() for label in labels)


def test_the_note_shows_on_a_new_data_folder(window):
    today = window.today
    assert today.first_note_box.isVisible()
    text = _note_text(window)
    assert "does not replace" in text
    assert "Get help now" in text and "F1" in text
    button = today.first_note_button
    assert button.accessibleName()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not window.context.setting("first_note_seen")


def test_got_it_hides_the_note_for_good(window, qtbot):
    button = window.today.first_note_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the keyboard works as the mouse does
    assert window.today.first_note_box.isHidden()
    assert window.context.setting("first_note_seen") is True
    window.context.dataChanged.emit("journal")  # a refresh does not bring it back
    assert window.today.first_note_box.isHidden()
    assert "first note" not in window.today.shown_cards()


def test_the_note_stays_hidden_after_a_restart(window, qtbot, data_dir):
    qtbot.mouseClick(window.today.first_note_button, Qt.MouseButton.LeftButton)
    window.close()
    window.context.storage.db.close()
    store = storage.open(data_dir, clock=FakeClock())
    try:
        again = MainWindow(AppContext(store), window_state_for(data_dir))
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.today.first_note_box.isHidden()
    finally:
        store.db.close()


def test_the_note_is_in_spanish(context, qtbot, data_dir, spanish_translations):
    i18n.use_language("es")
    window = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(window)
    window.show()
    text = _note_text(window)
    assert "Ayuda ahora" in text and "F1" in text
    assert "replace" not in text
    assert window.today.first_note_button.text() == "Entendido"
