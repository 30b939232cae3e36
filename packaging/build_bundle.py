"""Build the one-folder bundle of Prep Companion with PyInstaller and check its size.

Run it from anywhere, with the app's virtual environment (PyInstaller installed in it):

    .venv/bin/python packaging/build_bundle.py            (Linux, macOS)
    .venv\\Scripts\\python packaging\\build_bundle.py      (Windows)

It runs PyInstaller with packaging/prep-companion.spec from the repository root (bundle in
dist/prep-companion/, work files in build/), removes what the spec could not keep out
(QML folders, Qt translations other than English and Spanish, type stubs, caches, links
left dangling), then prints the bundle's size and its five biggest files.

Exit status: 0 when the bundle is built and at most 220 MB (1 MB = 1,000,000 bytes);
1 when the translations are not built, PyInstaller fails, or the bundle is too big.
Smoke-test the result with packaging/smoke_bundle.py; see packaging/BUILDING.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "prep-companion.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "prep-companion"
MAX_MB = 220  # about 137 MB of Python and Qt, 68 MB of Typst (the PDF engine), 2 MB of fonts
MB = 1_000_000

# Qt folders that only serve QML, tools or C++ development.
UNUSED_QT_FOLDERS = {"qml", "metatypes", "include", "typesystems", "glue", "doc"}
# Qt's own translations kept: English and Spanish (qtbase_es.qm, qt_es.qm, ...).
KEPT_QT_TRANSLATION = re.compile(r"^qt[a-z]*_(?:en|es)(?:_[A-Za-z]+)?\.qm$")
UNUSED_SUFFIXES = {".pyi", ".ts"}  # type stubs, translation sources


def missing_translations() -> list[Path]:
    """The app's .qm files that are not built (or older than their .ts source)."""
    missing = []
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        built = source.with_suffix(".qm")
        if not built.is_file() or built.stat().st_mtime < source.stat().st_mtime:
            missing.append(built)
    return missing


def run_pyinstaller(clean: bool) -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        *(["--clean"] if clean else []),
        str(SPEC),
    ]
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def _in_pyside(path: Path, bundle: Path) -> bool:
    return "PySide6" in path.relative_to(bundle).parts


def prune(bundle: Path) -> list[Path]:
    """Remove from `bundle` what the app never uses; returns what was removed."""
    removed: list[Path] = []
    for path in sorted(bundle.rglob("*"), reverse=True):  # children before their folders
        if not path.exists() and not path.is_symlink():
            continue  # inside a folder removed already
        drop = False
        if path.is_dir() and not path.is_symlink():
            drop = path.name == "__pycache__" or (
                path.name in UNUSED_QT_FOLDERS and _in_pyside(path, bundle)
            )
        elif path.suffix in UNUSED_SUFFIXES:
            drop = True
        elif path.suffix == ".qm" and path.parent.name == "translations":
            drop = _in_pyside(path, bundle) and not KEPT_QT_TRANSLATION.match(path.name)
        if drop:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    # Links whose target went (PyInstaller links top-level library names to PySide6/Qt/lib).
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() and not path.exists():
            path.unlink()
            removed.append(path)
    return removed


def file_sizes(bundle: Path) -> list[tuple[int, Path]]:
    """Every real file in `bundle` with its size; links count as nothing."""
    return [
        (path.stat().st_size, path)
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--clean", action="store_true", help="empty PyInstaller's cache and build/ first"
    )
    args = parser.parse_args(argv)

    missing = missing_translations()
    if missing:
        names = ", ".join(str(path.relative_to(ROOT)) for path in missing)
        print(f"Not built or out of date: {names}. Run `make translations` first.")
        return 1

    started = time.monotonic()
    status = run_pyinstaller(args.clean)
    elapsed = time.monotonic() - started
    if status != 0 or not BUNDLE.is_dir():
        print(f"PyInstaller failed (exit status {status}).")
        return 1
    print(f"PyInstaller finished in {elapsed:.0f} s.")

    removed = prune(BUNDLE)
    print(f"Pruned {len(removed)} leftover file(s) or folder(s).")
    for path in removed[:20]:
        print(f"  removed {path.relative_to(BUNDLE)}")

    sizes = sorted(file_sizes(BUNDLE), reverse=True)
    total = sum(size for size, _ in sizes)
    print(f"Bundle: {BUNDLE.relative_to(ROOT)} ({len(sizes)} files)")
    print("Biggest files:")
    for size, path in sizes[:5]:
        print(f"  {size / MB:6.1f} MB  {path.relative_to(BUNDLE)}")
    print(f"Total size: {total / MB:.1f} MB ({total / 2**20:.1f} MiB)")
    if sys.platform == "darwin":
        print("The macOS app is dist/Prep Companion.app (not pruned; the spec keeps it lean).")
    if total > MAX_MB * MB:
        print(f"Too big: the bundle must be at most {MAX_MB} MB.")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
