"""Make the application icon's PNG sizes from its SVG.

This script reads ``resources/icons/prep-companion.svg`` and writes
``resources/icons/hicolor/<N>x<N>/apps/prep-companion.png`` for N in 16, 24, 32, 48, 64,
128, 256 and 512, drawn antialiased on a transparent background with Qt's SVG renderer. It
also copies the SVG to ``resources/icons/hicolor/scalable/apps/prep-companion.svg``. The
``hicolor`` folder follows the freedesktop icon theme layout, so
``packaging/install_desktop.py`` can copy it as it is.

It needs no display (it uses Qt's offscreen platform unless QT_QPA_PLATFORM is set). Run it
from the project folder after changing the SVG:

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# Chosen before Qt loads, so no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "prep-companion"
SOURCE = ICONS / f"{NAME}.svg"
HICOLOR = ICONS / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Where the icon of `size` pixels goes in the hicolor layout."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent square image of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):  # PNG, from the file name
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    scalable = HICOLOR / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
