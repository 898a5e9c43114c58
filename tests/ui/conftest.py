"""Fixtures for the window tests (tests/ui)."""

from __future__ import annotations

from editor_app.ui.compat import keep_none_alive

# Before any widget exists: see editor_app/ui/compat.py (PySide6 6.12 on Python 3.11).
keep_none_alive()
