"""How much of its text a widget shows: the measuring behind test_text_fits.py.

`clipped_text(window)` lists every visible label, button, tab and group box title in a
window that shows less than its text: the room the widget has (its size, less margins,
frame, icon and the style's padding) against what the text needs (font metrics, or the
widget's own size hint where that is honest), and whether a parent cuts the widget off.
A widget inside a scroll area's viewport may be scrolled out of view: that is not clipping.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGroupBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

BIG = 1000


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    shown = " ".join(text.split())[:60]
    return f"{type(widget).__name__} {shown!r}"


def _viewport_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area `widget` is the viewport of, if it is one."""
    area = widget.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is widget:
        return area
    return None


def visible_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` (in its own coordinates) that its parents leave on screen. A
    scroll area's content counts as whole where the area can scroll to it."""
    rect = widget.rect()
    offset = widget.mapTo(widget, widget.rect().topLeft())
    current = widget
    while current is not window:
        parent = current.parentWidget()
        if parent is None:
            break
        rect = rect.translated(current.pos())
        offset = offset + current.pos()
        area = _viewport_of(parent)
        if area is not None:
            bounds = parent.rect()
            if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                bounds.setLeft(-BIG * 100)
                bounds.setRight(BIG * 100)
            if area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                bounds.setTop(-BIG * 100)
                bounds.setBottom(BIG * 100)
            rect = rect.intersected(bounds)
            break  # the person can scroll to it, wherever the area itself is
        else:
            rect = rect.intersected(parent.rect())
        current = parent
    return rect.translated(-offset)


def _mnemonic_size(font: QFont, text: str) -> QSize:
    """The size of "&Name" as drawn: "Name" with N underlined. Qt measures it as one run
    of text, kerned, but draws the underlined letter as a run of its own, unkerned: "&To"
    is measured a pixel or two narrower than it is drawn, and its "o" shows as "c"."""
    size = QFontMetrics(font).size(Qt.TextFlag.TextShowMnemonic, text)
    marker = next((m.start() for m in re.finditer("&(?!&)", text.replace("&&", "\0\0"))), -1)
    if 0 <= marker < len(text) - 1:
        exact = QFontMetricsF(font)
        parts = (text[:marker], text[marker + 1], text[marker + 2 :])
        drawn = sum(exact.horizontalAdvance(part.replace("&&", "&")) for part in parts)
        size.setWidth(max(size.width(), math.ceil(drawn - 0.01)))
    return size


def _is_rich(label: QLabel) -> bool:
    form = label.textFormat()
    return form == Qt.TextFormat.RichText or (
        form == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _widest_word(label: QLabel, width: int) -> int:
    """How wide a word-wrapped label's text is when wrapped at `width`: more than `width`
    when a word is longer than the line."""
    if _is_rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        document.setTextWidth(width)
        return round(document.size().width())
    flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
    room = QRect(0, 0, max(1, width), BIG * 100)
    return label.fontMetrics().boundingRect(room, flags, label.text()).width()


def label_problem(label: QLabel) -> str | None:
    """What a label's text needs against what the label has: its own size hint (or, word
    wrapped, its height for its width) and the font's advance of the text itself."""
    text = label.text()
    if not text:
        return None
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    around = label.width() - room.width()
    if label.wordWrap():
        wide = _widest_word(label, room.width())
        if wide > room.width():
            return f"{_name(label)} has {room.width()} px for a word that needs {wide}"
        high = label.heightForWidth(label.width())
        if high > label.height():
            return f"{_name(label)} is {label.height()} px high and needs {high}"
        return None
    needed = label.sizeHint()
    if not _is_rich(label):
        lines = text.split("\n")
        metrics = label.fontMetrics()
        if label.buddy() is not None:  # "&Name" shows as "Name", N underlined
            advance = max(_mnemonic_size(label.font(), line).width() for line in lines)
        else:
            advance = max(metrics.horizontalAdvance(line) for line in lines)
        needed.setWidth(max(needed.width(), advance + around))
    if needed.width() > label.width():
        return f"{_name(label)} is {label.width()} px wide and needs {needed.width()}"
    if needed.height() > label.height():
        return f"{_name(label)} is {label.height()} px high and needs {needed.height()}"
    return None


def _button_option(button: QPushButton) -> QStyleOptionButton:
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    features = QStyleOptionButton.ButtonFeature.None_
    if button.isFlat():
        features |= QStyleOptionButton.ButtonFeature.Flat
    if button.menu() is not None:
        features |= QStyleOptionButton.ButtonFeature.HasMenu
    if button.autoDefault() or button.isDefault():
        features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
    if button.isDefault():
        features |= QStyleOptionButton.ButtonFeature.DefaultButton
    option.features = features
    return option


def _kerning_loss(font: QFont, text: str) -> int:
    """How much wider "&Name" is drawn than Qt measures it (see _mnemonic_size)."""
    kerned = QFontMetrics(font).size(Qt.TextFlag.TextShowMnemonic, text).width()
    return _mnemonic_size(font, text).width() - kerned


def push_button_problem(button: QPushButton) -> str | None:
    """A push button must have the size it asks for, less the style's smallest width for
    short words (Fusion makes every button at least 80 px wide; a narrower one may still
    show all), and its text as drawn must fit inside its frame."""
    style = button.style()
    option = _button_option(button)
    text = _mnemonic_size(button.font(), button.text())
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    menu = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator) if button.menu() else 0
    height = max(text.height(), button.iconSize().height() if icon else 0)
    asks = QFontMetrics(button.font()).size(Qt.TextFlag.TextShowMnemonic, button.text()).width()
    padded = style.sizeFromContents(
        QStyle.ContentsType.CT_PushButton, option, QSize(BIG, height), button
    )
    needed = QSize(asks + icon + menu + padded.width() - BIG, padded.height())
    if needed.width() > button.width():
        return f"{_name(button)} is {button.width()} px wide and needs {needed.width()}"
    if needed.height() > button.height():
        return f"{_name(button)} is {button.height()} px high and needs {needed.height()}"
    option.rect = button.rect()
    inside = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    if text.width() + icon + menu > inside.width():
        return f"{_name(button)} has {inside.width()} px inside and its text needs {text.width()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QPushButton):
        return push_button_problem(button)
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        needed = button.sizeHint()
    else:  # check boxes and radio buttons: the text runs to the right edge
        needed = button.sizeHint()
        needed.setWidth(needed.width() + _kerning_loss(button.font(), button.text()))
    if needed.width() > button.width():
        return f"{_name(button)} is {button.width()} px wide and needs {needed.width()}"
    if needed.height() > button.height():
        return f"{_name(button)} is {button.height()} px high and needs {needed.height()}"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    """Every tab shows its whole title, and every tab is in view (no scroll arrows)."""
    problems = []
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
    if arrows:
        problems.append(f"tabs {[bar.tabText(i) for i in range(bar.count())]} need scrolling")
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        needed = _mnemonic_size(bar.font(), text).width() + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        rect = bar.tabRect(index)
        if needed > rect.width():
            problems.append(f"tab {text!r} is {rect.width()} px wide and needs {needed}")
        elif not bar.rect().contains(rect) and not arrows:
            problems.append(f"tab {text!r} runs past the edge of its bar")
    return problems


def group_box_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = box.title()
    option.lineWidth = 1
    option.textAlignment = box.alignment()
    option.subControls = (
        QStyle.SubControl.SC_GroupBoxFrame
        | QStyle.SubControl.SC_GroupBoxLabel
        | (QStyle.SubControl.SC_GroupBoxCheckBox if box.isCheckable() else QStyle.SubControl(0))
    )
    if box.isFlat():
        option.features = option.features | option.features.Flat
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = _mnemonic_size(box.font(), box.title()).width()
    if title.width() < needed or not box.rect().contains(title):
        return f"{_name(box)} title has {min(title.width(), box.width())} px and needs {needed}"
    return None


def widget_problems(widget: QWidget, window: QWidget) -> list[str]:
    """Everything wrong with one widget's text, and whether a parent cuts it off."""
    if isinstance(widget, QLabel):
        found = [label_problem(widget)]
    elif isinstance(widget, QAbstractButton):
        found = [button_problem(widget)]
    elif isinstance(widget, QGroupBox):
        found = [group_box_problem(widget)]
    elif isinstance(widget, QTabBar):
        return tab_problems(widget) + _cut_off(widget, window)
    else:
        return []
    return [p for p in found if p] + _cut_off(widget, window)


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return bool(widget.text())
    if isinstance(widget, QGroupBox):
        return bool(widget.title())
    return isinstance(widget, QTabBar) and widget.count() > 0


def _cut_off(widget: QWidget, window: QWidget) -> list[str]:
    if not _has_text(widget):
        return []
    shown = visible_part(widget, window)
    whole = widget.rect()
    if shown.width() < whole.width() or shown.height() < whole.height():
        return [
            f"{_name(widget)} is cut to {shown.width()}x{shown.height()} "
            f"of {whole.width()}x{whole.height()} by its parents"
        ]
    return []


def clipped_text(window: QWidget) -> list[str]:
    """Every visible widget in `window` that shows less than its text."""
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isVisibleTo(window):
            continue
        problems += widget_problems(widget, window)
    return problems
