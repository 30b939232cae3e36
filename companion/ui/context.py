"""The app-wide context the pages share: the open storage and signals for changes to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from companion.core import content, settings, storage
from companion.core.changes import Area

if TYPE_CHECKING:  # sqlite-utils loads with the data, after the window's first paint
    from sqlite_utils import Database

P = ParamSpec("P")
T = TypeVar("T")


def _checked(area: Area) -> Area:
    """`area`, or a TypeError when it is not an `Area` (a word, say)."""
    if not isinstance(area, Area):
        raise TypeError(f"a changed area is an Area, not {area!r}")
    return area


class AppContext(QObject):
    """Holds the open Storage; pages read and write through core functions on `db`."""

    settingChanged = Signal(str, object)
    dataReset = Signal()
    dataChanged = Signal(Area)  # which area of the data was saved; always an `Area`
    protectionChanged = Signal()  # turned on or off, or a new passphrase

    def __init__(self, store: storage.Storage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.storage = store

    @property
    def db(self) -> Database:
        return self.storage.db

    def today(self) -> date:
        return self.storage.clock.now().date()

    def now(self) -> datetime:
        """Local wall time to the minute, without a time zone, as the core stores it."""
        return self.storage.clock.now().replace(tzinfo=None, second=0, microsecond=0)

    def ready_checklist(self) -> None:
        """Copy the checklist template on first use, and tick what the app can tick itself.

        Safe to call often: both steps do nothing when there is nothing to do.
        """
        from companion.core import checklist  # with the data, after the first paint

        checklist.ensure_template(self.db, content.load_checklist_template())
        checklist.apply_auto_ticks(self.db, self.today())

    def changed(self, area: Area) -> None:
        """Tell every page that data in `area` was saved by a write made elsewhere (a dialog
        that saved itself, say); prefer `write`, which runs the write too."""
        self.dataChanged.emit(_checked(area))

    def write(self, area: Area, action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run the core write `action(*args, **kwargs)`, then tell every page that `area`
        changed. A write that raises has changed nothing, so then nothing is told."""
        _checked(area)
        result = action(*args, **kwargs)
        self.dataChanged.emit(area)
        return result

    def setting(self, key: str) -> Any:
        return settings.get_setting(self.db, key)

    def set_setting(self, key: str, value: object) -> None:
        """Store a setting and tell every page; raises StorageError if it cannot be saved."""
        if self.setting(key) == value:
            return
        try:
            settings.set_setting(self.db, key, value)
        except storage.db.FAILURES as error:
            raise storage.errors.explain(error, "save") from error
        self.settingChanged.emit(key, value)

    # --- passphrase protection (core/storage/protection.py) -------------------------------

    key_cost: storage.keys.Cost | None = None
    """scrypt's cost for new keys; None for the standard cost."""
    plain_files_ok = False
    """Whether the person heard, since unlocking, that the files they save are plain."""

    @property
    def protected(self) -> bool:
        """Whether the data is protected with a passphrase."""
        return self.storage.key is not None

    def protect(self, passphrase: str, recovery_key: str) -> None:
        """Protect the data; StorageError (the data as it was) if it could not be done."""
        from companion.core.storage import keys, protection

        cost = self.key_cost or keys.COST
        self.storage = protection.turn_on(self.storage, passphrase, recovery_key, cost)
        self.protectionChanged.emit()

    def unprotect(self, secret: str) -> None:
        """Take protection off; keys.WrongSecretError (nothing changed) if `secret` does
        not fit, StorageError (the data as it was) if it could not be done."""
        from companion.core.storage import protection

        self.storage = protection.turn_off(self.storage, secret)
        self.protectionChanged.emit()

    def change_passphrase(self, secret: str, new_passphrase: str) -> None:
        from companion.core.storage import keys, protection

        cost = self.key_cost or keys.COST
        protection.change_passphrase(self.storage.data_dir, secret, new_passphrase, cost)
        self.protectionChanged.emit()

    def erase_all_data(self) -> None:
        """Delete everything and start again with a fresh, empty database."""
        data_dir, clock = self.storage.data_dir, self.storage.clock
        self.storage.erase_everything()
        protected = self.protected
        self.storage = storage.open(data_dir, clock=clock)
        self.dataReset.emit()
        if protected:
            self.protectionChanged.emit()
