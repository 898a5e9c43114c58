"""Opening another site clears the words typed into Search titles for the last one: they
were kept, and the new site's list opened empty ("0 of 102 documents"). The same site read
again (after a rename, a refresh) keeps them."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.ui.library import DocumentList


def test_the_search_starts_empty_on_another_site_and_stays_on_the_same(qtbot) -> None:
    guide, jekyll = shared_site_path("opensource-guide"), shared_site_path("jekyll-docs")
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.set_site(Site.open(guide))
    widget.search.setText("Best Practices for Maintainers")
    assert 0 < widget.proxy.rowCount() < 10

    widget.set_site(Site.open(guide))  # the same site, read again
    assert widget.search.text() == "Best Practices for Maintainers"
    assert 0 < widget.proxy.rowCount() < 10

    widget.set_site(Site.open(jekyll))
    assert widget.search.text() == ""
    assert widget.proxy.rowCount() == widget.model.total() > 0
