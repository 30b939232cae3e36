"""Get help now and Settings open on the region of the system's locale until one is chosen."""

from __future__ import annotations

import pytest

from companion.core import content, settings
from companion.ui.pages.settings_page import SettingsPage
from companion.ui.widgets.help_panel import HelpPanel


@pytest.fixture(autouse=True)
def _forget_the_locale():
    yield
    settings.use_system_locale("")


@pytest.mark.parametrize(("locale", "region"), [("en_GB", "UK"), ("es_MX", "MX"), ("C", "OTHER")])
def test_help_and_settings_follow_the_locale_before_a_region_is_chosen(
    qtbot, context, locale, region
):
    settings.use_system_locale(locale)
    panel = HelpPanel(context)
    qtbot.addWidget(panel)
    assert panel.region.currentData() == region
    assert panel.emergency_number.text() == content.region_help(region).emergency_number
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.region.currentData() == region


def test_a_chosen_region_stays_whatever_the_locale(qtbot, context):
    context.set_setting("region", "IE")
    settings.use_system_locale("es_MX")
    panel = HelpPanel(context)
    qtbot.addWidget(panel)
    assert panel.region.currentData() == "IE"
    assert panel.emergency_number.text() == content.region_help("IE").emergency_number
