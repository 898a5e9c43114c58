"""Link suggestions say which link they mean. connectedbydata's Karien Bezuidenhout page gives
three bare addresses as link text on one line, and was told "The link text is a bare web
address" three times over; opensource-guide's long http:// addresses were shown cut bare
('http://nathanmarz.com/blog/history-of-apache-storm-and-lesso'), read as broken ones."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


def _page_problems(site_name: str, rel: str, code: str) -> list:
    site = Site.open(shared_site_path(site_name))
    doc = Document.load(site.root / rel)
    return [p for p in validate_document(doc, site) if p.code == code]


def test_each_bare_address_is_named() -> None:
    found = _page_problems("connectedbydata", "_people/karien-bezuidenhout.md", "link-text-unclear")
    assert [(p.line, p.message) for p in found] == [
        (17, f"The link text '{address}' is a bare web address. Use words that say where it goes.")
        for address in (
            "http://openhumansfoundation.org/",
            "https://fogocruzado.org.br/",
            "https://www.openenvironmentaldata.org/",
        )
    ]


def test_a_long_insecure_address_is_shown_cut_with_dots() -> None:
    found = _page_problems("opensource-guide", "_articles/ar/finding-users.md", "link-insecure")
    assert found[0].message == (
        "'http://nathanmarz.com/blog/history-of-apache-storm-and-le...' starts with http://, "
        "which browsers mark as not secure. Check whether that site opens with https:// and, "
        "if it does, use that."
    )
