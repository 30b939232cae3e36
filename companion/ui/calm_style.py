"""The application's style: the chosen Qt style with a few touches of our own.

Dialog buttons carry no icons (Fusion on Linux would put a floppy disk on Save and a red
cross on Cancel), and on Linux the primary button of a dialog is on the right, after
Cancel, whatever the desktop (KDE's order would put it on the left). Ordinary push and
tool buttons, and line edits, are drawn as calm flat boxes instead of Fusion's grey
bevel: the base colour, a 1 px outline, 8 px corners, and on keyboard focus a 2 px ring
in the accent colour. Widgets with a style sheet of their own (the primary buttons, Get
help now) are left to Qt's style-sheet style. Sizes are Fusion's own, so nothing grows
or is cut. Set once, where the application's style is set; no style sheet is involved.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

RADIUS = 8.0
_S = QStyle.StateFlag
_PE = QStyle.PrimitiveElement
_TICKS = (QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton)
_INDICATORS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)
_ROLE = QPalette.ColorRole


def _calm_widget(widget: QWidget | None, kinds: tuple[type, ...]) -> bool:
    """A widget of one of `kinds` that no style sheet (its own or a parent's) styles."""
    if widget is None or not isinstance(widget, kinds):
        return False
    return not widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet)


def _pressed_colour(palette: QPalette) -> QColor:
    """Between the base and the outline: a little darker (lighter when dark) than base."""
    base, mid = palette.color(_ROLE.Base), palette.color(_ROLE.Mid)
    return QColor(
        (base.red() + mid.red()) // 2,
        (base.green() + mid.green()) // 2,
        (base.blue() + mid.blue()) // 2,
    )


class CalmStyle(QProxyStyle):
    """A proxy over a named Qt style (Fusion, or the platform's own)."""

    def __init__(self, base: QStyle) -> None:
        # Calm boxes over Fusion only: the platform's own style keeps its own look.
        self._calm = base.name().lower() == "fusion"
        self._inks: dict[int, tuple[QColor, QPen, QPen]] = {}  # by palette cache key
        super().__init__(base)

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        if hint == QStyle.StyleHint.SH_DialogButtonLayout and sys.platform.startswith("linux"):
            return QDialogButtonBox.ButtonLayout.GnomeLayout.value
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(self, metric, option=None, widget=None):  # type: ignore[no-untyped-def]
        size = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and self._calm:
            return min(size, 16)  # 8 px each side of a tab's name (the S token), not 12
        if metric in _INDICATORS and widget is not None:
            # Tick boxes and round choices grow with the text, so they stay easy to see and
            # to hit at the largest text size (Fusion keeps them at 13 px).
            return max(size, round(widget.fontMetrics().height() * 0.75))
        return size

    def sizeFromContents(self, kind, option, size, widget=None):  # type: ignore[no-untyped-def]
        found = super().sizeFromContents(kind, option, size, widget)
        if kind in _TICKS and widget is not None:
            # Room for a text drawn a little wider than Qt measures it (kerned pairs, "&").
            found.setWidth(found.width() + widget.fontMetrics().averageCharWidth() // 2)
        return found

    def drawControl(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]
        if (
            self._calm
            and element == QStyle.ControlElement.CE_PushButtonBevel
            and _calm_widget(widget, (QPushButton,))
        ):
            flat = bool(option.features & QStyleOptionButton.ButtonFeature.Flat)
            self.paint_box(option, painter, outline=not flat, fill=not flat)
            if option.features & QStyleOptionButton.ButtonFeature.HasMenu:
                metric = QStyle.PixelMetric.PM_MenuButtonIndicator
                size = self.proxy().pixelMetric(metric, option, widget)
                arrow = QStyleOption(option)
                arrow.rect = option.rect.adjusted(option.rect.width() - size - 6, 0, -6, 0)
                self.proxy().drawPrimitive(_PE.PE_IndicatorArrowDown, arrow, painter, widget)
            return
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]
        if not self._calm:
            super().drawPrimitive(element, option, painter, widget)
            return
        if element == _PE.PE_PanelButtonCommand and _calm_widget(widget, (QToolButton, QComboBox)):
            self.paint_box(option, painter, outline=True, fill=True)
            return
        if element == _PE.PE_PanelButtonTool and _calm_widget(widget, (QToolButton,)):
            raised = bool(option.state & (_S.State_Raised | _S.State_Sunken | _S.State_On))
            self.paint_box(option, painter, outline=raised, fill=raised)
            return
        if element == _PE.PE_FrameFocusRect and _calm_widget(widget, (QPushButton, QToolButton)):
            return  # the box draws its own ring
        if (
            element == _PE.PE_PanelLineEdit
            and _calm_widget(widget, (QLineEdit,))
            and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        ):
            if option.lineWidth > 0:
                self.paint_box(option, painter, outline=True, fill=True, field=True)
            else:
                painter.fillRect(option.rect, option.palette.brush(_ROLE.Base))
            return
        super().drawPrimitive(element, option, painter, widget)

    def _inks_of(self, palette: QPalette) -> tuple[QColor, QPen, QPen]:
        """The pressed fill, the outline pen and the focus ring's pen, made once a palette."""
        key = palette.cacheKey()
        inks = self._inks.get(key)
        if inks is None:
            if len(self._inks) > 16:
                self._inks.clear()
            inks = self._inks[key] = (
                _pressed_colour(palette),
                _pen(palette.color(_ROLE.Mid), 1.0),
                _pen(palette.color(_ROLE.Highlight), 2.0),
            )
        return inks

    def paint_box(  # type: ignore[no-untyped-def]
        self, option, painter: QPainter, *, outline: bool, fill: bool, field: bool = False
    ) -> None:
        """A rounded box: fill by state, a 1 px outline, the accent ring on keyboard focus.
        A field (a line edit) keeps the base colour (it is always drawn "sunken") and shows
        the ring whenever it has focus, the typing cursor being easy to miss."""
        state = option.state
        palette: QPalette = option.palette
        enabled = bool(state & _S.State_Enabled)
        down = not field and bool(state & (_S.State_Sunken | _S.State_On))
        pressed, outline_pen, ring_pen = self._inks_of(palette)
        if enabled and down:
            brush_colour: QColor | None = pressed
        elif enabled and not field and state & _S.State_MouseOver:
            brush_colour = palette.color(_ROLE.AlternateBase)
        elif fill:
            brush_colour = palette.color(_ROLE.Base)
        else:
            brush_colour = None
        focus = bool(state & _S.State_HasFocus and (field or state & _S.State_KeyboardFocusChange))
        if brush_colour is None and not focus:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        if brush_colour is not None:
            painter.fillPath(path, brush_colour)
        if focus:
            ring = QRectF(option.rect).adjusted(1.0, 1.0, -1.0, -1.0)
            path = QPainterPath()
            path.addRoundedRect(ring, RADIUS - 0.5, RADIUS - 0.5)
            painter.setPen(ring_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif outline:
            painter.setPen(outline_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.restore()


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(width)
    return pen


def calm_style(name: str) -> CalmStyle:
    """The style called `name` (Fusion when there is none of that name), with our hints."""
    base = QStyleFactory.create(name) or QStyleFactory.create("Fusion")
    return CalmStyle(base)
