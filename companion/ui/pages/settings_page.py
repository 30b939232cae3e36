"""Settings: region, text size, appearance, who is using the app (the person or a helper),
the person's name for printed documents, discreet mode, backups and deleting all data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from companion.core.content import LANGUAGES
from companion.core.settings import (
    APPEARANCES,
    LOCK_AFTER,
    NAME_LIMIT,
    REGIONS,
    TEXT_SIZES,
    clean_person_name,
)
from companion.ui import i18n
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.names import format_datetime, region_name
from companion.ui.pages.settings_data import BackupsDialog, export_everything, import_file
from companion.ui.pages.settings_reminders import RemindersCard
from companion.ui.widgets import dialogs
from companion.ui.widgets.folding_row import FoldingRow
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import DangerButton, Page, card, left_aligned, purpose
from companion.ui.widgets.text import heading, paragraph


class SettingsPage(Page):
    """Every choice here is saved at once; nothing needs an OK button."""

    statusMessage = Signal(str)
    lockRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.body.addWidget(
            purpose(self.tr("How the app looks, your privacy, reminders and your data."))
        )
        self.context = context
        self._loading = False

        general, general_layout = card()
        general_layout.addWidget(heading(self.tr("How the app looks and where you are"), level=2))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setSpacing(10)

        self.region = QComboBox()
        for code in REGIONS:
            self.region.addItem(region_name(code), code)
        self.region.setAccessibleName(self.tr("Region"))
        self.region.setToolTip(self.tr("Which helplines and emergency number Get help now shows"))
        form.addRow(self.tr("&Region"), self.region)

        self.text_size = QComboBox()
        names = {
            "small": self.tr("Small"),
            "normal": self.tr("Normal"),
            "large": self.tr("Large (125%)"),
            "larger": self.tr("Larger (150%)"),
            "largest": self.tr("Largest (200%)"),
        }
        for size in TEXT_SIZES:
            self.text_size.addItem(names[size], size)
        self.text_size.setAccessibleName(self.tr("Text size"))
        form.addRow(self.tr("&Text size"), self.text_size)

        self.appearance = QComboBox()
        looks = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for look in APPEARANCES:
            self.appearance.addItem(looks[look], look)
        self.appearance.setAccessibleName(self.tr("Appearance"))
        form.addRow(self.tr("&Appearance"), self.appearance)

        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        for code in LANGUAGES:
            self.language.addItem(i18n.NAMES[code], code)  # each in its own language
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(
            self.tr("The window opens again in the new language. Nothing you have written is lost.")
        )
        form.addRow(self.tr("&Language"), self.language)
        general_layout.addLayout(form)
        self.reduced_motion = QCheckBox(self.tr("Reduce &motion"))
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.reduced_motion.setToolTip(
            self.tr("The breathing pacer shows a steady bar instead of a growing circle")
        )
        general_layout.addWidget(self.reduced_motion)
        self.welcome_button = QPushButton(self.tr("Show the &welcome again"))
        self.welcome_button.setAccessibleName(self.tr("Show the welcome again"))
        self.welcome_button.setToolTip(
            self.tr("Language, region, the intake date, and where Get help now is")
        )
        self.welcome_button.clicked.connect(self.show_welcome)
        welcome_row = QHBoxLayout()
        welcome_row.addWidget(self.welcome_button)
        welcome_row.addStretch(1)
        general_layout.addLayout(welcome_row)
        self.body.addWidget(general)

        who, who_layout = card()
        who_layout.addWidget(heading(self.tr("Who is using the app"), level=2))
        self.who_text = paragraph(" ")
        who_layout.addWidget(self.who_text)
        self.who_button = QPushButton(self.tr("C&hange\u2026"))
        self.who_button.setAccessibleName(self.tr("Change who is using the app"))
        self.who_button.setToolTip(
            self.tr("The person getting ready, or someone helping them (with their name)")
        )
        self.who_button.clicked.connect(self.choose_user)
        who_layout.addLayout(left_aligned(self.who_button))
        self.body.addWidget(who)

        named, named_layout = card()
        named_layout.addWidget(heading(self.tr("Your name"), level=2))
        named_layout.addWidget(
            paragraph(
                self.tr(
                    "Optional. It is used only on the documents you print or save: the plan "
                    "packet and the summary for your care team. It stays on this computer."
                ),
                muted=True,
            )
        )
        self.person_name = QLineEdit()
        self.person_name.setAccessibleName(self.tr("Your name (optional)"))
        name_label = QLabel(self.tr("Your &name (optional)"))
        name_label.setBuddy(self.person_name)
        named_layout.addWidget(name_label)
        named_layout.addWidget(
            with_note(self.person_name, hold_to_limit(self.person_name, NAME_LIMIT).note)
        )
        self.body.addWidget(named)

        privacy, privacy_layout = card()
        privacy_layout.addWidget(heading(self.tr("Privacy"), level=2))
        self.discreet = QCheckBox(self.tr("&Discreet mode"))
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.setToolTip(self.tr("Use a neutral window title"))
        privacy_layout.addWidget(self.discreet)
        privacy_layout.addWidget(
            paragraph(
                self.tr(
                    "The window title, the task switcher and any notice from the app will "
                    "only say \u201cPrep Companion\u201d, with no mention of detox. Useful on a "
                    "shared computer."
                ),
                muted=True,
            )
        )
        privacy_layout.addWidget(heading(self.tr("Passphrase"), level=3))
        self.protection_text = paragraph(" ")
        privacy_layout.addWidget(self.protection_text)
        protection_row = FoldingRow()
        self.protect_button = QPushButton(self.tr("&Protect with a passphrase\u2026"))
        self.protect_button.setAccessibleName(self.tr("Protect with a passphrase"))
        self.protect_button.setToolTip(
            self.tr("Encrypt your data and backups; the app asks for the passphrase at start")
        )
        self.change_passphrase_button = QPushButton(self.tr("Change &passphrase\u2026"))
        self.change_passphrase_button.setAccessibleName(self.tr("Change passphrase"))
        self.unprotect_button = QPushButton(self.tr("Turn protection &off\u2026"))
        self.unprotect_button.setAccessibleName(self.tr("Turn protection off"))
        for button in (self.protect_button, self.change_passphrase_button, self.unprotect_button):
            protection_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        protection_row.addStretch(1)
        privacy_layout.addLayout(protection_row)
        self.locking = QWidget()
        locking = QHBoxLayout(self.locking)
        locking.setContentsMargins(0, 0, 0, 0)
        self.lock_after = QComboBox()
        lock_names = {
            0: self.tr("Never"),
            5: self.tr("After 5 minutes"),
            15: self.tr("After 15 minutes"),
            30: self.tr("After 30 minutes"),
        }
        for minutes in LOCK_AFTER:
            self.lock_after.addItem(lock_names[minutes], minutes)
        self.lock_after.setAccessibleName(self.tr("Lock when not used"))
        self.lock_after.setToolTip(
            self.tr("What you typed is saved first; then the passphrase is asked again")
        )
        lock_label = QLabel(self.tr("Lock when not &used:"))
        lock_label.setBuddy(self.lock_after)
        self.lock_now_button = QPushButton(self.tr("&Lock now"))
        self.lock_now_button.setAccessibleName(self.tr("Lock now"))
        self.lock_now_button.setToolTip(
            self.tr("Save, close your data and ask for the passphrase (Ctrl+L)")
        )
        self.lock_now_button.clicked.connect(lambda: self.lockRequested.emit())
        locking.addWidget(lock_label)
        locking.addWidget(self.lock_after)
        locking.addWidget(self.lock_now_button)
        locking.addStretch(1)
        privacy_layout.addWidget(self.locking)
        self.body.addWidget(privacy)

        self.reminders = RemindersCard(context)
        self.body.addWidget(self.reminders)
        data, data_layout = card()
        data_layout.addWidget(heading(self.tr("Your data"), level=2))
        self.data_summary = paragraph("", muted=True)
        self.data_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_layout.addWidget(self.data_summary)
        buttons = FoldingRow()  # one above the other when the card is narrow (large text)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Make a copy of your data in the backups folder"))
        self.delete_button = DangerButton(self.tr("Delete all my data\u2026"))
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_button.setToolTip(
            self.tr("Remove everything this app has saved, including backups")
        )
        self.backups_button = QPushButton(self.tr("Bac&kups\u2026"))
        self.backups_button.setAccessibleName(self.tr("See and restore backups"))
        self.export_button = QPushButton(self.tr("E&xport everything\u2026"))
        self.export_button.setAccessibleName(self.tr("Export everything to a file"))
        self.export_button.setToolTip(self.tr("One file with all your data, for safe keeping"))
        self.import_button = QPushButton(self.tr("&Import\u2026"))
        self.import_button.setAccessibleName(self.tr("Import from an export file"))
        buttons.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.backups_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addStretch(1)
        data_layout.addLayout(buttons)
        moving = QHBoxLayout()
        moving.addWidget(self.export_button)
        moving.addWidget(self.import_button)
        moving.addStretch(1)
        data_layout.addLayout(moving)
        danger = QHBoxLayout()  # a row of its own, away from the everyday buttons
        danger.addWidget(self.delete_button)
        danger.addStretch(1)
        data_layout.addLayout(danger)
        self.body.addWidget(data)
        self.finish()

        self.load()
        self.region.currentIndexChanged.connect(
            lambda: self._save("region", self.region.currentData())
        )
        self.text_size.currentIndexChanged.connect(
            lambda: self._save("text_size", self.text_size.currentData())
        )
        self.appearance.currentIndexChanged.connect(
            lambda: self._save("appearance", self.appearance.currentData())
        )
        self.language.currentIndexChanged.connect(
            lambda: self._save("language", self.language.currentData())
        )
        self.discreet.toggled.connect(lambda on: self._save("discreet_mode", bool(on)))
        self.lock_after.currentIndexChanged.connect(
            lambda: self._save("lock_after", self.lock_after.currentData())
        )
        self.reduced_motion.toggled.connect(lambda on: self._save("reduced_motion", bool(on)))
        self.person_name.textChanged.connect(
            lambda text: self._save("person_name", clean_person_name(text))
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.backups_button.clicked.connect(self.show_backups)
        self.export_button.clicked.connect(lambda: export_everything(self, self.context))
        self.import_button.clicked.connect(lambda: import_file(self, self.context))
        self.delete_button.clicked.connect(self.delete_all_data)
        self.protect_button.clicked.connect(self.protect)
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.unprotect_button.clicked.connect(self.unprotect)
        context.protectionChanged.connect(self.show_protection)
        self.show_protection()
        context.dataReset.connect(self.load)
        context.settingChanged.connect(self._on_setting)

    # --- passphrase protection ---------------------------------------------------------------

    def show_protection(self) -> None:
        protected = self.context.protected
        self.protection_text.setText(
            self.tr(
                "Your data and backups are encrypted. The app asks for your passphrase (or "
                "your recovery key) each time it starts."
            )
            if protected
            else self.tr(
                "Your data is not encrypted: anyone using this computer account could read "
                "its files. A passphrase protects them."
            )
        )
        self.protect_button.setVisible(not protected)
        self.locking.setVisible(protected)
        self.change_passphrase_button.setVisible(protected)
        self.unprotect_button.setVisible(protected)

    def protect(self) -> None:
        from companion.ui import protection_dialogs

        protection_dialogs.turn_on(self.context, self, self.refresh_data_summary)

    def change_passphrase(self) -> None:
        from companion.ui.protection_dialogs import ChangePassphraseDialog

        if ChangePassphraseDialog(self.context, self).exec():
            self.statusMessage.emit(self.tr("Passphrase changed."))

    def unprotect(self) -> None:
        from companion.ui.protection_dialogs import TurnOffDialog

        if TurnOffDialog(self.context, self).exec():
            self.refresh_data_summary()
            self.statusMessage.emit(
                self.tr("Protection is off. Your data is stored without encryption.")
            )

    def show_welcome(self) -> None:
        """The first start's welcome, again; it ends on Today."""
        from companion.ui.welcome import open_welcome

        open_welcome(self.context, self.window(), wait=True)

    def load(self) -> None:
        """Show the stored settings without saving them again."""
        self._loading = True
        try:
            for combo, key in (
                (self.region, "region"),
                (self.text_size, "text_size"),
                (self.appearance, "appearance"),
                (self.language, "language"),
                (self.lock_after, "lock_after"),
            ):
                combo.setCurrentIndex(max(0, combo.findData(self.context.setting(key))))
            self.discreet.setChecked(bool(self.context.setting("discreet_mode")))
            self.reduced_motion.setChecked(bool(self.context.setting("reduced_motion")))
            self._show_name()
        finally:
            self._loading = False
        self._show_user()
        self.refresh_data_summary()

    def _show_user(self) -> None:
        """Who is using the app, in a sentence."""
        from companion.ui.who_dialog import helper_name

        if self.context.setting("user") != "helper":
            self.who_text.setText(self.tr("The person getting ready. Their journal is shown."))
            return
        name = helper_name(self.context)
        text = (
            self.tr("%1, helping. The person's journal is not shown.").replace("%1", name)
            if name
            else self.tr("Someone helping. The person's journal is not shown.")
        )
        self.who_text.setText(text)

    def choose_user(self) -> None:
        from companion.ui.who_dialog import WhoDialog

        WhoDialog(self.context, self).exec()
        self._show_user()

    def _show_name(self) -> None:
        """The stored name in its field, unless the field already says it (as typed)."""
        stored = str(self.context.setting("person_name"))
        if clean_person_name(self.person_name.text()) != stored:
            self.person_name.setText(stored)

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("user", "helper_id"):
            self._show_user()
        elif key == "person_name":  # given in the welcome, shown again from here
            was, self._loading = self._loading, True
            try:
                self._show_name()
            finally:
                self._loading = was

    def refresh_data_summary(self) -> None:
        store = self.context.storage
        backups = store.backups()
        where = self.tr("Everything is kept only on this computer, in %1.").replace(
            "%1", str(store.data_dir)
        )
        if backups:
            when = format_datetime(backups[0].taken_at)
            about = (
                self.tr("Backups kept: %1. The newest is from %2.")
                .replace("%1", str(len(backups)))
                .replace("%2", when)
            )
        else:
            about = self.tr(
                "No backups yet. One is made automatically after your first change, "
                "and again every 15 minutes while you make changes."
            )
        self.data_summary.setText(where + " " + about)

    def _save(self, key: str, value: object) -> None:
        if self._loading:
            return
        try:
            self.context.set_setting(key, value)
        except STORAGE_FAILURES as error:
            dialogs.warn(self, self.tr("Not saved"), explain(error))
            self.load()

    def back_up_now(self) -> None:
        try:
            made = self.context.storage.backup_now()
        except STORAGE_FAILURES as error:
            dialogs.warn(self, self.tr("No backup made"), explain(error, "backup"))
            return
        self.refresh_data_summary()
        self.statusMessage.emit(self.tr("Backup made: %1").replace("%1", made.name))

    def show_backups(self) -> None:
        BackupsDialog(self.context, self).exec()
        self.refresh_data_summary()

    def delete_all_data(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Delete all your data?"),
            self.tr(
                "This deletes everything Prep Companion has saved on this computer: "
                "your settings, your own numbers, and all backups."
            ),
            self.tr("You are asked once more before anything is deleted."),
            self.tr("&Continue"),
            danger=True,
        ):
            return
        if not dialogs.confirm(
            self,
            self.tr("Are you completely sure?"),
            self.tr("This cannot be undone. There will be no backup to restore from."),
            self.tr("To keep a copy, choose Keep my data and export everything first."),
            self.tr("Delete everything"),
            self.tr("Keep my data"),
            danger=True,
        ):
            return
        try:
            self.context.erase_all_data()
        except STORAGE_FAILURES as error:
            dialogs.warn(self, self.tr("Could not delete everything"), explain(error, "delete"))
            return
        self.statusMessage.emit(self.tr("All your data has been deleted."))
