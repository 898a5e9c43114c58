"""The schema in force changes in one place (`SiteSession.use_schema`, reached through
`MainWindow.read_schema_again`): the window and its form hold the same one, and a schema
worked out again for a site the author has since left never replaces the new site's."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui import site_session
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_a_schema_read_again_reaches_the_window_and_the_form(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    before = window.schema
    given: list[Any] = []
    window.read_schema_again(given.append)
    qtbot.waitUntil(lambda: bool(given), timeout=20000)
    assert given[0] is not None and given[0] is not before
    assert window.schema is given[0]
    assert window.form.schema is given[0]


def test_a_schema_of_the_site_left_behind_does_not_replace_the_new_sites(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch  # noqa: ANN001
) -> None:
    other = copy_shared_site("jekyll-docs", tmp_path)
    open_site(qtbot, window, site_copy)
    first_site = window.site
    other_site_open = threading.Event()
    read_for_first_site = threading.Event()
    real_load_schema = site_session.load_schema

    def load_schema(site: Any) -> Any:
        if site is not first_site:
            return real_load_schema(site)
        other_site_open.wait(30)  # the first site's schema comes back after the other opened
        schema = real_load_schema(site)
        read_for_first_site.set()
        return schema

    monkeypatch.setattr(site_session, "load_schema", load_schema)
    given: list[Any] = []
    window.read_schema_again(given.append)
    open_site(qtbot, window, other)
    other_schema = window.schema
    other_site_open.set()
    assert read_for_first_site.wait(30)
    qtbot.wait(500)  # the first site's result is delivered on the window's thread
    assert window.site is not first_site
    assert window.schema is other_schema
    assert window.form.schema is other_schema
    assert given == []
