"""The app's language: Qt's translations of the interface, dates in that language, and
the content (Learn, checklist, exercises, helplines) to match.

The interface translations are Qt .ts files in resources/i18n/, turned into .qm files
by `make` (pyside6-lrelease); content translations live in resources/locale/<code>/.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.core import content
from companion.core.paths import resources_dir

_installed: list[QTranslator] = []

NAMES = {"en": "English", "es": "Español"}
"""Each language by its own name, as the Language setting lists it (content.LANGUAGES)."""


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def resolve(setting: str) -> str:
    """The language to use for a setting: itself, or for "system" the system's language
    when the app has it, and English otherwise."""
    if setting in content.LANGUAGES:
        return setting
    system = _code(QLocale.system())
    return system if system in content.LANGUAGES else "en"


def _code(locale: QLocale) -> str:
    """ "es" for es_MX, es_ES and the like."""
    return locale.name().partition("_")[0]


def _locale(code: str) -> QLocale:
    """Dates the system's way when it speaks `code`, else the language's usual way."""
    system = QLocale.system()
    return system if _code(system) == code else QLocale(code)


def use_language(code: str) -> bool:
    """Show the interface, dates and content in `code` from now on.

    Widgets already built keep their words: build the window again afterwards. Returns
    False when the interface translation could not be loaded (the interface then stays
    in English; the content still follows `code`). English has a translation file too:
    it holds only the plural forms, so "%n day(s)" reads "1 day" and "2 days".
    """
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    content.set_language(code)
    QLocale.setDefault(_locale(code))
    if app is None:
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(translations_dir() / f"companion_{code}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own words (Cancel, Yes, Look in:, the text field menu...) from Qt's catalogue,
    # installed last so it is asked first; what it lacks falls through to ours.
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(code), "qtbase", "_", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded or code == "en"


def installed() -> list[QTranslator]:
    """The translators in use now (the app's, then Qt's own), for tests and checks."""
    return list(_installed)


def qt_words_qt_lacks() -> list[str]:
    """Words Qt's widgets show that the Qt catalogue of this Qt version lacks (its sources
    changed, or it never had them). Our own translation file carries them, under Qt's
    names for them, so Qt finds them when it looks; this lists them for lupdate and tests.
    """
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File Folder"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Alias"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Unknown"),
        QCoreApplication.translate("QPrintSettingsOutput", "Pages"),
        QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
        QCoreApplication.translate("QPrintSettingsOutput", "Double Sided Printing"),
        QCoreApplication.translate("QPrintSettingsOutput", "Off"),
        QCoreApplication.translate("QPrintSettingsOutput", "Long side binding"),
        QCoreApplication.translate("QPrintSettingsOutput", "Short side binding"),
        QCoreApplication.translate(
            "QPrintSettingsOutput",
            "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
            "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
        ),
    ]
