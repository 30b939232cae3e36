"""The one autosave: what is typed is saved a short pause after the last change, on
leaving, and on closing, and a status label says where it stands.

The pause is the core's `AutosavePolicy`, driven by the injected clock. A timer asks
it often while something waits to be saved, and only then. A save that fails for
want of room or access is tried again on the next tick; a save the core refuses waits
for the next edit. Until then the typing counts as not saved, so leaving asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from companion.core.autosave import AutosavePolicy
from companion.core.validate import InvalidInputError
from companion.ui.errors import STORAGE_FAILURES, explain

CHECK_MS = 400  # how often the policy is asked while something waits to be saved


class Autosave(QObject):
    """Calls `save` when the policy says it is due, and says how it went in `status`.

    `save` writes what is typed and returns True when all of it is stored, or False when
    some of it was refused and is marked where it is (the rest being stored). It raises
    InvalidInputError when the core refuses all of it, and a storage error when nothing
    could be written.
    """

    def __init__(
        self,
        monotonic: Callable[[], float],
        save: Callable[[], bool],
        status: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = AutosavePolicy()
        self._monotonic = monotonic
        self._save = save
        self._status = status
        self._complete = True  # the last save stored everything
        self.problem = ""  # why the last save failed, in words, or ""
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def dirty(self) -> bool:
        """Something was typed since the last save."""
        return self._policy.dirty

    @property
    def waiting(self) -> bool:
        """The timer is running because something waits to be saved."""
        return self._timer.isActive()

    def edited(self) -> None:
        """Something was typed: save it once the person pauses."""
        self._policy.changed(self._monotonic())
        self._status.setText(self.tr("Saving\u2026"))
        if not self._timer.isActive():
            self._timer.start()

    def tick(self) -> None:
        """Save if the pause after the last change was long enough."""
        if self._policy.due(self._monotonic()):
            self.flush()

    def flush(self) -> bool:
        """Save now if anything was typed since the last save; True when nothing is unsaved."""
        if not self._policy.dirty:
            self._timer.stop()
            return self._complete and not self.problem
        try:
            complete = self._save()
        except InvalidInputError as refused:
            self._failed(explain(refused))
            self._policy.saved()  # the same input would be refused again: wait for an edit
            self._timer.stop()
            return False
        except STORAGE_FAILURES as error:
            self._failed(explain(error))
            return False  # still waiting to be saved: the next tick tries again
        self._policy.saved()
        self._timer.stop()
        self._complete, self.problem = complete, ""
        self._status.setText(
            self.tr("Saved") if complete else self.tr("Saved, except what is marked below")
        )
        return complete

    def forget(self) -> None:
        """The person chose to leave what could not be saved behind."""
        self._policy.saved()
        self._timer.stop()
        self._complete, self.problem = True, ""

    def loaded(self, stored: bool) -> None:
        """Fresh data is shown in place of what was typed; `stored` says whether any was."""
        self.forget()
        self._status.setText(self.tr("Saved") if stored else "")

    def _failed(self, words: str) -> None:
        self.problem = words
        self._status.setText(self.tr("Not saved: %1").replace("%1", words))
