"""The Qt client of companion.core: windows, pages, dialogs and item models. No SQL here."""
