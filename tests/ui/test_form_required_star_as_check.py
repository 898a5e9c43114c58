"""The form's required star says what Check says: on hugo-docs' configuration/introduction.md
"Link title" had a star (31 of 33 pages have a link title, so the inferred schema calls it
required) while the row was empty, had no warning mark and F7 found nothing. Inferred from
most pages, it is a suggestion: no star, its tooltip says how many pages use it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

INTRODUCTION = "content/en/configuration/introduction.md"


def test_no_star_where_check_asks_nothing(qtbot, hugo_docs_window) -> None:  # noqa: ANN001
    window = hugo_docs_window
    page = Path(window.site.root) / INTRODUCTION
    click_document(qtbot, window, page)
    qtbot.waitUntil(lambda: "linkTitle" in window.form.labels, timeout=10000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_F7)
    labels = window.form.labels
    assert labels["title"].text().replace("&", "") == "Title *"
    assert labels["linkTitle"].text().replace("&", "") == "Link title"
    assert "Used by 31 of 33 pages of this kind." in labels["linkTitle"].toolTip()
    assert "Required." not in labels["linkTitle"].toolTip()
    assert [p for p in shown.args[0] if p.code == "required-missing"] == []


def test_no_link_title_star_where_hugo_shows_the_title(qtbot, hugo_docs_window) -> None:  # noqa: ANN001
    """hugo-pipes/postcss.md lacks the link title its 8 others have; Hugo shows its title
    there, and Check asks nothing: no star either."""
    window = hugo_docs_window
    click_document(qtbot, window, Path(window.site.root) / "content/en/hugo-pipes/postcss.md")
    qtbot.waitUntil(lambda: "linkTitle" in window.form.labels, timeout=10000)
    assert window.form.labels["linkTitle"].text().replace("&", "") == "Link title"


def test_no_star_on_a_collection_home_page(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    """jekyll-docs' _tutorials/index.md lists the tutorials; Check asks it for no author or
    date, so its form stars neither (it did: 'Author *', 'Date *'); the title keeps its star."""
    site = copy_shared_site("jekyll-docs", tmp_path)
    open_site(qtbot, quiet_window, site)
    assert quiet_window.open_document(site / "_tutorials/index.md")
    labels = quiet_window.form.labels
    qtbot.waitUntil(lambda: "author" in labels, timeout=10000)
    assert labels["title"].text().replace("&", "") == "Title *"
    assert not labels["author"].text().endswith("*")
    assert not labels["date"].text().endswith("*")


def test_no_star_for_what_the_site_gives_the_page(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    """A post dated by its file name (`_posts/2020-01-02-x.md`) is not asked for its date, nor
    a post the site's `defaults:` give an author: Check tells neither, and the form starred
    both, every other post writing them."""
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(
        "title: t\ndefaults:\n  - scope: {path: _posts}\n    values: {author: Ann}\n",
        encoding="utf-8",
    )
    for i in range(6):
        (site / "_posts" / f"2024-01-0{i + 1}-p{i}.md").write_text(
            f"---\ntitle: P{i}\ndate: 2024-01-0{i + 1}\nauthor: Ann\n---\nText.\n",
            encoding="utf-8",
        )
    page = site / "_posts/2020-01-02-x.md"
    page.write_text("---\ntitle: X\n---\nText.\n", encoding="utf-8")
    open_site(qtbot, quiet_window, site)
    assert quiet_window.open_document(page)
    labels = quiet_window.form.labels
    qtbot.waitUntil(lambda: "author" in labels and "date" in labels, timeout=10000)
    assert labels["title"].text().replace("&", "") == "Title *"
    assert labels["date"].text().replace("&", "") == "Date"
    assert labels["author"].text().replace("&", "") == "Author"
