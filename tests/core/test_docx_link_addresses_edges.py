"""Word import: the address of each run of a paragraph, read for the link suggestions: a run
inserted with Track Changes inside a link, a link to a bookmark, a link field, a link whose
relation is missing."""

from __future__ import annotations

from types import SimpleNamespace

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from editor_app.core.docx_format_suggest import _link_addresses

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _addresses(inner: str, rels: dict | None = None) -> list[str]:
    paragraph = parse_xml(f"<w:p {_NS}>{inner}</w:p>")
    runs = list(paragraph.iter(qn("w:r")))
    return _link_addresses(paragraph, runs, SimpleNamespace(rels=rels or {}))


def test_a_run_inserted_inside_a_bookmark_link_has_its_address() -> None:
    inner = (
        '<w:hyperlink w:anchor="top"><w:ins w:id="1" w:author="Ana">'
        "<w:r><w:t>back up</w:t></w:r></w:ins></w:hyperlink><w:r><w:t> then</w:t></w:r>"
    )
    assert _addresses(inner) == ["#top", ""]


def test_a_link_field_gives_its_address_to_the_runs_it_shows() -> None:
    inner = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> HYPERLINK "https://example.org/" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>the site</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:t> after</w:t></w:r>"
    )
    assert _addresses(inner)[3] == "https://example.org/"
    assert _addresses(inner)[5] == ""


def test_a_link_whose_relation_is_missing_has_no_address() -> None:
    inner = '<w:hyperlink r:id="rId9"><w:r><w:t>lost</w:t></w:r></w:hyperlink>'
    assert _addresses(inner) == [""]
    rels = {"rId9": SimpleNamespace(target_ref="https://example.org/a")}
    assert _addresses(inner, rels) == ["https://example.org/a"]
