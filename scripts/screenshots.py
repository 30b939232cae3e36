"""Screenshots of every page of the real app, on made-up demo data, for the README.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language es]
                                            [--appearance dark] [--text-size largest]
                                            [--size 900x600]

Runs the app offscreen (no screen needed) on a demo data folder in a temporary
directory (see demo_data.py), never on the real data, and writes one PNG per page
plus Get help now: today.png, prepare.png, breathe.png, journal.png (the trends),
learn.png, plan.png, settings.png and help.png, the safety plan (safety-plan.png, and
safety-plan-dialog.png at its fourth step), the craving toolkit (cravings.png,
urge-session.png and urge-finish.png), the overdose plan (overdose-plan.png, and
today-naloxone.png with Today's warning that the kit expires soon), the helper's side
(helper-today.png, helping.png, helping-trends.png, conversations.png,
learn-family.png, and shared-plan.png: the plan shared with a helper, open in a data
folder of their own), passphrase protection (protect.png, recovery-key.png,
settings-privacy.png and unlock.png), and four moments:
checkin.png (the journal's check-in), session.png (a breathing session under way),
finish.png (its finish screen) and welcome.png (the first start's welcome). The window
is 1280x800 unless --size says otherwise; it is never smaller than its layout needs (large text may
make it larger), and the PNGs show the size it really took.

    .venv/bin/python scripts/screenshots.py --every [--out docs/screenshots]

makes every combination of language (en, es), appearance (light, dark) and size
(1280x800, 900x600) at the normal text size, each in its own folder (en-light-1280x800,
...), running one process per combination. Where ImageMagick's `convert` is installed,
those pictures are then stored with a palette of 256 colours (no dithering), which keeps
them sharp at about a third of the size.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from sqlite_utils import Database

from companion.core import settings, storage
from companion.core.changes import Area
from companion.ui import i18n, theme
from companion.ui.app import make_application, window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.welcome import Welcome

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_data

PAGES = ("today", "prepare", "breathe", "journal", "learn", "plan", "settings")
MOMENTS = ("checkin", "session", "finish", "welcome")
STAYING_SAFE = (
    "safety-plan",
    "safety-plan-dialog",
    "overdose-plan",
    "today-naloxone",
    "cravings",
    "urge-session",
    "urge-finish",
)
FAMILY = (
    "helper-today",
    "helping",
    "helping-trends",
    "conversations",
    "learn-family",
    "shared-plan",
)
PRIVACY = ("protect", "recovery-key", "settings-privacy", "unlock")
SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def run_for(app: QApplication, seconds: float) -> None:
    """Let the app run for a while in real time (a breathing session's pacer moves)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def take(
    out: Path, language: str, appearance: str, text_size: str, size: tuple[int, int] = SIZE
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    written = []
    with tempfile.TemporaryDirectory(prefix="prep-companion-demo-") as folder:
        data = Path(folder) / "data"
        i18n.use_language(language)  # first, so the demo's checklist is in that language too
        demo_data.build(data, date.today(), language)
        store = storage.open(data)
        _safety_plan(store.db, language)
        try:
            settings.set_setting(store.db, "appearance", appearance)
            settings.set_setting(store.db, "text_size", text_size)
            context = AppContext(store)
            theme.apply_look(app, appearance, text_size)
            window = MainWindow(context, window_state_for(data))
            window.resize(*size)
            window.show()
            settle(app)
            for key in PAGES:
                window.show_section(key)
                if key == "journal":
                    window.journal.tabs.setCurrentWidget(window.journal.trends)
                settle(app)
                path = out / f"{key}.png"
                window.grab().save(str(path))
                written.append(path)
            window.show_section("journal")
            window.journal.tabs.setCurrentIndex(0)
            settle(app)
            written.append(_grab(window, out / "checkin.png"))
            window.show_section("breathe")
            settle(app)
            window.breathe.start()
            run_for(app, 1.6)  # into the first breath, the disc part grown
            written.append(_grab(window, out / "session.png"))
            window.breathe.stop_session()
            settle(app)
            written.append(_grab(window, out / "finish.png"))
            written += _cravings(app, window, out)
            welcome = Welcome(context, window)
            welcome.show()
            settle(app)
            written.append(_grab(welcome, out / "welcome.png"))
            welcome.reject()
            window.open_link("plan:safety")
            settle(app)
            written.append(_grab(window, out / "safety-plan.png"))
            from companion.ui.safety_plan_dialog import STEPS, SafetyPlanDialog

            dialog = SafetyPlanDialog(context, window, STEPS.index("help"))
            dialog.show()
            settle(app)
            written.append(_grab(dialog, out / "safety-plan-dialog.png"))
            dialog.reject()
            _overdose_plan(store.db, date.today())
            context.changed(Area.PLAN)
            window.open_link("plan:overdose")
            window.plan.overdose.refresh()
            bar = window.plan.overdose.verticalScrollBar()
            bar.setValue(bar.maximum() // 4)  # the naloxone and who knows how to use it
            settle(app)
            written.append(_grab(window, out / "overdose-plan.png"))
            window.show_section("today")
            settle(app)
            written.append(_grab(window, out / "today-naloxone.png"))
            window.open_help()
            panel = window.help_panel
            assert panel is not None
            panel.resize(720, 800)
            settle(app)
            path = out / "help.png"
            panel.grab().save(str(path))
            written.append(path)
            panel.close()
            written += _family(app, context, window, out)
            written.append(_shared_plan(app, store.db, Path(folder), out, size))
            written += _privacy(app, context, window, out)
            store = context.storage  # opened again, encrypted
            window.close()
        finally:
            store.close()
    return written


PASSPHRASE = "river stones at dawn"
RECOVERY_KEY = "W2EMN-AMRS8-W0NXK-GZNHY-653W0"


def _privacy(app: QApplication, context: AppContext, window: MainWindow, out: Path) -> list[Path]:
    """Passphrase protection: the dialog that turns it on (protect.png), the recovery key
    (recovery-key.png), Settings' Privacy with it on (settings-privacy.png) and the unlock
    screen after a wrong passphrase (unlock.png)."""
    from companion.core.storage import keys
    from companion.ui.look import Look
    from companion.ui.protection_dialogs import ProtectDialog, RecoveryKeyDialog
    from companion.ui.unlock import UnlockWindow

    written = []
    context.key_cost = keys.Cost(n=2**10, r=8, p=1)  # the look is the same; the wait is not
    dialog = ProtectDialog(context, window)
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.again.setText(PASSPHRASE)
    dialog.show()
    settle(app)
    written.append(_grab(dialog, out / "protect.png"))
    dialog.hide()
    context.protect(PASSPHRASE, RECOVERY_KEY)
    recovery = RecoveryKeyDialog(RECOVERY_KEY, date.today(), window)
    recovery.show()
    settle(app)
    written.append(_grab(recovery, out / "recovery-key.png"))
    recovery.confirmed = True
    recovery.hide()
    window.show_section("settings")
    page = window.settings_page
    settle(app)
    inner = page.widget()
    assert inner is not None
    top = page.protection_text.mapTo(inner, page.protection_text.rect().topLeft()).y()
    page.verticalScrollBar().setValue(top - 160)  # the Privacy card from its heading
    settle(app)
    written.append(_grab(window, out / "settings-privacy.png"))
    document = keys.read_key_file(context.storage.data_dir)
    assert document is not None
    look = dataclasses.replace(Look.of(context), discreet_mode=False)
    screen = UnlockWindow(document, look)
    screen.resize(window.size())
    screen.show()
    screen.field.setText("not quite it")
    screen.try_unlock()
    settle(app)
    written.append(_grab(screen, out / "unlock.png"))
    screen.close()
    return written


def _family(app: QApplication, context: AppContext, window: MainWindow, out: Path) -> list[Path]:
    """The helper's view for Maria, the demo's sister: her Today (helper-today.png), her
    own check-in and its trends (helping.png, helping-trends.png), the conversation she
    planned (conversations.png) and Learn's family track (learn-family.png)."""
    from companion.core import people
    from companion.ui.who_dialog import use_choice

    maria = people.list_people(context.db, "family")[0]
    use_choice(context, True, maria.id, "")
    settle(app)
    check_in = window.helping.check_in
    steps = (  # what to do before each picture, and the picture's name
        (lambda: window.show_section("today"), "helper-today"),
        (lambda: window.open_link("helping:check-in"), "helping"),
        (lambda: check_in.form_area.ensureWidgetVisible(check_in.trends), "helping-trends"),
        (lambda: window.open_link("helping:conversations"), "conversations"),
        (lambda: window.show_section("learn"), "learn-family"),
    )
    written = []
    for step, name in steps:
        step()
        settle(app)
        written.append(_grab(window, out / f"{name}.png"))
    use_choice(context, False, None, "")
    settle(app)
    return written


def _shared_plan(
    app: QApplication, person: Database, folder: Path, out: Path, size: tuple[int, int]
) -> Path:
    """The plan shared with Maria as she sees it on her own computer, in a data folder of
    her own (shared-plan.png)."""
    from companion.core import operations, share

    helper_folder = folder / "maria"
    plan_file = folder / "plan.prepshare"
    now = datetime.now().astimezone()
    operations.write_share(person, plan_file, now)
    store = storage.open(helper_folder)
    try:
        operations.open_share_file(store.db, plan_file, now)
        maria = next(p for p in share.opened(store.db).people if p.name == "Maria")
        share.choose_me(store.db, maria.id)
        settings.set_setting(store.db, "user", "helper")
        settings.set_setting(store.db, "first_note_seen", True)
        for name in ("appearance", "text_size"):
            settings.set_setting(store.db, name, settings.get_setting(person, name))
        context = AppContext(store)
        window = MainWindow(context, window_state_for(helper_folder))
        window.resize(*size)
        window.show()
        window.show_section("plan")
        settle(app)
        path = _grab(window, out / "shared-plan.png")
        window.close()
    finally:
        store.close()
    return path


def _safety_plan(db: Database, language: str) -> None:
    """A safety plan on the demo data, in the screenshots' language."""
    from companion.core import people, safety_plan

    found = {person.name: person.id for person in people.list_people(db)}
    words = {
        "en": ("Not sleeping\nStaying in my room", "Box breathing\nA hot shower", "The park",
               "Maria keeps my medicines\nNo supply at home", "My son\nSeeing the sea again"),
        "es": ("No dormir\nQuedarme en mi cuarto", "Respiración cuadrada\nUna ducha caliente",
               "El parque", "Maria guarda mis medicamentos\nNada de consumo en casa",
               "Mi hijo\nVolver a ver el mar"),
    }[language]  # fmt: skip
    plan = safety_plan.SafetyPlan(
        *words,
        helpers=tuple(found[name] for name in ("Maria", "Tom") if name in found),
        professionals=tuple(found[name] for name in ("Dr. Okafor",) if name in found),
    )
    safety_plan.save_safety_plan(db, plan, datetime(2026, 1, 1, 9, 0))


def _overdose_plan(db: Database, today: date) -> None:
    """An overdose plan on the demo data whose naloxone expires in three weeks, so that
    Today shows its warning (taken after today.png, which stays without it)."""
    from companion.core import overdose_plan, people

    overdose_plan.save_overdose_plan(
        db,
        overdose_plan.OverdosePlan(
            "Kitchen drawer, top left", 2, today + timedelta(days=21), "I will never use alone."
        ),
        datetime(2026, 1, 1, 9, 0),
    )
    everyone = people.list_people(db)
    overdose_plan.set_naloxone_people(db, [p.id for p in everyone[:1]])


def _cravings(app: QApplication, window: MainWindow, out: Path) -> list[Path]:
    """Breathe's Cravings part (cravings.png), an urge-surfing session under way
    (urge-session.png, 100 seconds in: the second wave rising) and its finish screen with
    the craving rated lower than before (urge-finish.png)."""
    window.open_cravings()
    part = window.breathe.cravings
    part.view.strength.setValue(7)
    settle(app)
    written = [_grab(window, out / "cravings.png")]
    part.view.start_button.click()
    part.session_view.session.start(time.monotonic() - 100)  # as if begun 100 s ago
    run_for(app, 0.5)
    written.append(_grab(window, out / "urge-session.png"))
    window.breathe.stop_session()
    part.after_view.rating.setValue(4)
    part.after_view.trigger.setValue("feeling")
    settle(app)
    written.append(_grab(window, out / "urge-finish.png"))
    part.after_view.skip_button.click()
    settle(app)
    return written


def _grab(window: QWidget, path: Path) -> Path:
    window.grab().save(str(path))
    return path


EVERY = [
    (language, appearance, size)
    for size in ("1280x800", "900x600")
    for language in ("en", "es")
    for appearance in ("light", "dark")
]


def take_every(out: Path) -> list[Path]:
    """Every combination, each in a process of its own (the look is set once a run)."""
    written = []
    for language, appearance, size in EVERY:
        folder = out / f"{language}-{appearance}-{size}"
        command = [sys.executable, __file__, "--out", str(folder), "--language", language]
        command += ["--appearance", appearance, "--size", size]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        written += [Path(line) for line in result.stdout.split()]
    convert = shutil.which("convert")
    if convert:
        for path in written:
            command = [convert, str(path), "-dither", "None", "-colors", "256", f"PNG8:{path}"]
            subprocess.run(command, check=True)
    return written


def window_size(text: str) -> tuple[int, int]:
    """ "900x600" as (900, 600)."""
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 900x600") from None
    if min(size) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a window size")
    return size


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/screenshots.py")
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNGs")
    parser.add_argument("--language", default="en", choices=("en", "es"))
    parser.add_argument("--appearance", default="light", choices=("light", "dark"))
    parser.add_argument("--text-size", default="normal", choices=settings.TEXT_SIZES)
    parser.add_argument(
        "--size", default="x".join(map(str, SIZE)), type=window_size, help="WIDTHxHEIGHT"
    )
    parser.add_argument(
        "--every", action="store_true", help="every language, appearance and size, in folders"
    )
    args = parser.parse_args(argv)
    if args.every:
        for path in take_every(Path(args.out)):
            print(path)
        return 0
    shots = take(Path(args.out), args.language, args.appearance, args.text_size, args.size)
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
