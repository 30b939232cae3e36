"""The app's own line icons (resources/icons/ui/*.svg), drawn in the colours of the palette.

Each icon is drawn with `stroke="currentColor"`; here that colour is replaced by the one
the icon stands on (the text colour, or the highlighted text's when its row is selected),
so the icons follow light and dark. They are read through Qt's SVG image plugin, without
importing any further Python module, so that they can be in the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

from companion.core.paths import resources_dir

SECTION_ICONS = {
    "today": "today",  # a sun
    "prepare": "prepare",  # a checklist
    "breathe": "breathe",  # wind
    "journal": "journal",  # a notebook
    "learn": "learn",  # an open book
    "plan": "plan",  # people
    "settings": "settings",  # sliders
}
HELP_ICON = "help"  # a phone with a heart


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / "ui" / f"{name}.svg")


@cache
def _source(name: str) -> str:
    with open(icon_path(name), encoding="utf-8") as file:
        return file.read()


@cache
def _image(name: str, color: str, pixels: int) -> QImage:
    """The icon `pixels` square in `color` (cached: the same few are asked for again on
    every change of palette)."""
    data = QByteArray(_source(name).replace("currentColor", color).encode())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(pixels, pixels))
    return reader.read()


def pixmap(name: str, color: QColor | str, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon `name`, `size` logical pixels square, in `color` (its transparency too,
    as the system palette's muted text has), sharp at `ratio`."""
    wanted = QColor(color)
    image = _image(name, wanted.name(), max(1, round(size * ratio)))
    if wanted.alpha() < 255:
        faded = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
        faded.fill(0)
        painter = QPainter(faded)
        painter.setOpacity(wanted.alphaF())
        painter.drawImage(0, 0, image)
        painter.end()
        image = faded
    picture = QPixmap.fromImage(image)
    picture.setDevicePixelRatio(ratio)
    return picture


def icon(
    name: str,
    color: QColor | str,
    size: int,
    selected: QColor | str | None = None,
    ratio: float = 1.0,
) -> QIcon:
    """A QIcon in `color`, and in `selected` when its row is selected (`color` if None)."""
    normal = pixmap(name, color, size, ratio)
    result = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Active):
        result.addPixmap(normal, mode)
    result.addPixmap(
        normal if selected is None else pixmap(name, selected, size, ratio), QIcon.Mode.Selected
    )
    return result


def text_color(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def selected_color(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.HighlightedText)


def size_for(metrics: QFontMetrics) -> int:
    """Icons as tall as a line of text, so that they grow with the text size."""
    return max(18, round(metrics.height() * 1.2))


class LookWatch(QObject):
    """Calls `update` when the watched widget's palette, font or style changes (a change
    of appearance or text size), so that its icons are drawn again in the new look."""

    WATCHED = (
        QEvent.Type.PaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
    )

    def __init__(self, watched: QObject, update: Callable[[], None]) -> None:
        super().__init__(watched)
        self._update = update
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.WATCHED:
            self._update()
        return False
