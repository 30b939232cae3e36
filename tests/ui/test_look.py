"""The look without an application style sheet: cards, muted, caution and overdue text,
and the same after switching between light and dark."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette, QRegion
from PySide6.QtWidgets import QWidget

from companion.ui import theme
from companion.ui.widgets.page import Card, card
from companion.ui.widgets.text import paragraph, set_tone


def test_no_style_sheet_is_set_on_the_whole_application(window, app):
    assert app.styleSheet() == ""
    assert window.nav.styleSheet() == theme.NAV_QSS
    assert window.help_button.styleSheet() == theme.HELP_BUTTON_QSS


def test_tones_set_their_property_and_look(qtbot, app):
    theme.apply_appearance(app, "light")
    label = paragraph("Call back today")
    qtbot.addWidget(label)
    set_tone(label, "overdue")
    assert label.property("overdue") is True
    assert label.font().bold()
    red = QColor(theme.overdue_color(app.palette()))
    assert label.palette().color(QPalette.ColorRole.WindowText) == red
    set_tone(label, "")
    assert label.property("overdue") is False and not label.font().bold()
    plain = app.palette().color(QPalette.ColorRole.WindowText)
    assert label.palette().color(QPalette.ColorRole.WindowText) == plain
    set_tone(label, "muted")
    assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText
    set_tone(label, "caution")
    assert label.font().italic() and label.foregroundRole() == QPalette.ColorRole.WindowText


def test_overdue_text_takes_the_red_of_the_new_palette(qtbot, app):
    theme.apply_appearance(app, "light")
    label = paragraph("Overdue")
    qtbot.addWidget(label)
    set_tone(label, "overdue")
    theme.apply_appearance(app, "dark")
    dark_red = QColor(theme.overdue_color(app.palette()))
    assert label.palette().color(QPalette.ColorRole.WindowText) == dark_red
    assert dark_red != QColor(theme.overdue_color(theme.light_palette()))


def test_a_card_paints_the_base_colour_inside_a_rounded_outline(qtbot, app):
    theme.apply_appearance(app, "light")
    frame, layout = card()
    assert isinstance(frame, Card) and frame.objectName() == "card"
    layout.addWidget(paragraph("Inside"))
    qtbot.addWidget(frame)
    frame.resize(200, 100)
    image = QImage(frame.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#123456"))
    frame.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    base = app.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(100, 90) == base  # inside
    assert image.pixelColor(0, 0) == QColor("#123456")  # the rounded corner is left alone
    assert image.pixelColor(100, 0) != base  # the outline


def test_reduced_motion_stops_menus_and_tooltips_sliding_in(window, context, app):
    from PySide6.QtCore import Qt

    context.set_setting("reduced_motion", True)
    assert not any(app.isEffectEnabled(effect) for effect in theme.MOTION_EFFECTS)
    assert not app.isEffectEnabled(Qt.UIEffect.UI_FadeTooltip)
    context.set_setting("reduced_motion", False)
    window.apply_motion()


def test_journal_charts_follow_the_text_size(window, context, app, qtbot):
    window.show_section("journal")
    page = window.journal
    page.tabs.setCurrentWidget(page.trends)
    chart, _view = page.trends.charts()["mood"]
    before = chart.titleFont().pointSizeF()
    context.set_setting("text_size", "largest")
    qtbot.waitUntil(lambda: chart.titleFont().pointSizeF() > before * 1.5)
    assert chart.axes()[0].labelsFont().pointSizeF() >= app.font().pointSizeF() - 0.1
