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
    in English; the content still follows `code`).
    """
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    content.set_language(code)
    QLocale.setDefault(_locale(code))
    if code == "en" or app is None:
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(translations_dir() / f"companion_{code}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (Cancel, Yes, Open...)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(code), "qtbase", "_", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded
