"""Word documents in: a new draft with its pictures and notes; pasted HTML as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_import import DocxError, html_to_markdown, import_docx, locate_words
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).parent))
from docx_samples import case_study, png_bytes  # noqa: E402


def test_a_word_file_becomes_a_draft_with_pictures_and_notes(site_copy: Path, tmp_path: Path):
    source = case_study(tmp_path / "Leeds case study.docx", tmp_path)
    site = Site.open(site_copy)
    report = import_docx(source, site, "resources")

    doc = Document.load(report.path)
    assert doc.front_matter["title"] == "Community energy in Leeds"
    assert report.path.parent == site_copy / "_resources"
    body = doc.body
    assert "# Community energy" not in body  # the title is not repeated in the text
    assert "The project began in **2021** with a *small grant* from the council." in body
    assert "## What people said" in body
    assert "- Residents met every month.\n- Decisions were taken by vote." in body
    assert "1. Collect the readings\n2. Share the savings" in body
    assert "| Year | Homes |\n| --- | --- |\n| 2022 | 140 |" in body
    assert "[full evaluation](https://example.org/evaluation)" in body

    assert len(report.images) == 1
    image = report.images[0]
    assert image.read_bytes() == png_bytes()
    assert site_copy in image.parents and "assets" in image.parts
    url = "/" + image.relative_to(site_copy).as_posix()
    assert f"![A smart meter on a kitchen wall]({url})" in body

    notes = review.NoteStore(report.path).notes
    assert report.notes == 2 and len(notes) == 2
    by_text = {n.text: n for n in notes}
    assert by_text["Which year was this?"].author == "Amira Khan"
    assert by_text["Which year was this?"].quote == "The savings were shared fairly"
    assert by_text["How much was it?"].quote == "small grant"
    assert by_text["How much was it?"].author == "Ben Ode"
    when = by_text["How much was it?"].date  # the comment's own date, not the import's
    assert (when.year, when.month, when.day, when.hour) == (2025, 3, 4, 10)
    anchors = review.NoteStore(report.path).anchors(body)
    assert all(a.state == review.FOUND for a in anchors.values())
    assert report.lost == []


def test_other_settings_come_from_the_schema_defaults(site_copy: Path, tmp_path: Path) -> None:
    from editor_app.core.page_create import new_document

    site = Site.open(site_copy)
    plain = Document.load(new_document(site, "resources", "Plain new page"))
    source = case_study(tmp_path / "x.docx", tmp_path, title_property="Given title")
    doc = Document.load(import_docx(source, site, "resources").path)
    assert doc.front_matter["title"] == "Given title"
    assert set(doc.front_matter) == set(plain.front_matter)
    assert "# Community energy in Leeds" in doc.body  # not the title: kept in the text


def test_title_given_on_the_command_wins(site_copy: Path, tmp_path: Path) -> None:
    source = case_study(tmp_path / "x.docx", tmp_path, title_property="Property title")
    report = import_docx(source, Site.open(site_copy), "resources", title="My own title")
    assert Document.load(report.path).front_matter["title"] == "My own title"


def test_what_cannot_be_carried_over_is_reported(site_copy: Path, tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Before the box.")
    p = document.add_paragraph("Kept ")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(
        parse_xml(
            f'<w:ins {w} w:id="1" w:author="Ann" w:date="2026-01-01T00:00:00Z">'
            "<w:r><w:t>added</w:t></w:r></w:ins>"
        )
    )
    p._p.append(
        parse_xml(
            f"<w:r {w}><w:pict><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></w:r>"
        )
    )
    source = tmp_path / "odd.docx"
    document.save(source)
    report = import_docx(source, Site.open(site_copy), "resources", title="Odd")
    text = " ".join(report.lost)
    assert "1 text box: the text is kept as ordinary paragraphs" in text
    assert "1 tracked change still pending" in text
    assert "Kept added" in Document.load(report.path).body


def test_not_a_word_file_is_refused_in_plain_words(site_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("not really", "utf-8")
    with pytest.raises(DocxError, match="not a Word document"):
        import_docx(bad, Site.open(site_copy), "resources", title="Bad")
    assert not list((site_copy / "_resources").glob("bad*"))


def test_locate_words_reads_past_formatting_and_typography() -> None:
    body = "It was a **very** good “idea” -- [said](http://x.org) Ann.\n"
    start, end = locate_words(body, 'a very good "idea" – said Ann')
    assert body[start:end] == "a **very** good “idea” -- [said](http://x.org) Ann"
    assert locate_words(body, "not here") is None


WORD_PASTE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>
p.MsoNormal {margin:0}</style></head><body><!--StartFragment-->
<h1>Background<o:p></o:p></h1>
<p class=MsoNormal>Some <b>bold</b> and <i>italic</i> with <a href="https://example.org/">a link</a>.</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>First point<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>o<span>&nbsp;</span></span><![endif]>Sub point<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Second point<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><span
style='mso-list:Ignore'>1.<span>&nbsp;</span></span>One</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><span
style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Two</p>
<table class=MsoTableGrid><tr><td><p><b>Name</b></p></td><td><p><b>Role</b></p></td></tr>
<tr><td><p>Ann</p><p>Smith</p></td><td><p>Chair</p></td></tr></table>
<img src="file:///C:/Users/ann/AppData/Local/Temp/clip_image001.png" alt="logo">
<!--EndFragment--></body></html>"""

GOOGLE_PASTE = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
    '<h2 dir="ltr"><span style="font-size:16pt;font-weight:400;">A heading</span></h2>'
    '<p dir="ltr"><span style="font-weight:400;">Plain then </span>'
    '<span style="font-weight:700;">bold</span><span> and </span>'
    '<span style="font-style:italic;">italic</span> <a href="javascript:alert(1)">bad</a>'
    ' <a href="https://ok.example/"><span>good</span></a></p>'
    "<ul><li><p><span>Item one</span></p></li><li><p><span>Item two</span></p></li></ul>"
    "<blockquote><p>A quote</p></blockquote></b>"
)

LIBREOFFICE_PASTE = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>'
    '<meta name="generator" content="LibreOffice"></head><body lang="en-GB" dir="ltr">'
    '<h1 class="western"><font face="Liberation Serif">Report</font></h1>'
    '<p style="margin-bottom: 0cm"><font face="Liberation Serif"><b>Strong</b> words, '
    "<code>code()</code>.</font></p><ol><li><p>first</p></li><li><p>second</p></li></ol>"
    "</body></html>"
)


def test_word_paste_becomes_clean_markdown() -> None:
    md = html_to_markdown(WORD_PASTE)
    assert md.startswith(
        "# Background\n\nSome **bold** and *italic* with [a link](https://example.org/)."
    )
    assert "- First point\n  - Sub point\n- Second point" in md
    assert "1. One\n2. Two" in md
    assert "| **Name** | **Role** |\n| --- | --- |\n| Ann Smith | Chair |" in md
    assert "clip_image" not in md and "mso" not in md and "<" not in md


def test_google_docs_paste_becomes_clean_markdown() -> None:
    md = html_to_markdown(GOOGLE_PASTE)
    assert md == (
        "## A heading\n\nPlain then **bold** and *italic* bad [good](https://ok.example/)\n\n"
        "- Item one\n- Item two\n\n> A quote\n"
    )


def test_libreoffice_and_web_paste_become_clean_markdown() -> None:
    md = html_to_markdown(LIBREOFFICE_PASTE)
    assert md == "# Report\n\n**Strong** words, `code()`.\n\n1. first\n2. second\n"
    web = html_to_markdown(
        '<article><h3>News</h3><p>See <a href="/about">about</a>.</p><pre><code>x = 1\n</code>'
        "</pre><script>alert(1)</script></article>"
    )
    assert web == "### News\n\nSee [about](/about).\n\n```\nx = 1\n```\n"


def test_word_styles_become_markdown(site_copy: Path, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("The Title", 0)
    document.add_heading("Part", 1)
    document.add_paragraph("Wise words.", style="Quote")
    document.add_paragraph("x = 1", style="macro")
    document.add_paragraph("y = 2", style="macro")
    document.save(tmp_path / "styles.docx")
    report = import_docx(tmp_path / "styles.docx", Site.open(site_copy), "resources")
    assert report.title == "The Title"
    # connectedbydata's pages never hold a `#` (the title is the page's): "Heading 1" is `##`.
    assert Document.load(report.path).body == "## Part\n\n> Wise words.\n\n```\nx = 1\ny = 2\n```\n"


def test_text_box_report_says_whether_its_words_came_through() -> None:
    from editor_app.core.docx_read import _box_report

    assert _box_report(["Kept words", "Lost words"], "Some text.\n\nKept words\n") == [
        "1 text box: the text is kept as ordinary paragraphs, the box itself is gone.",
        "1 text box: the text was not carried over.",
    ]


_WORDS = st.text(
    alphabet=st.sampled_from(list("abcXYZ019 *_#>+-.()[]\\`&<;!?,:/|=~^%@")), max_size=40
)


@given(_WORDS)
@example("^")  # a line of its own ends a block in kramdown, shown as nothing
@example("a\n ^ \nb")
def test_pasted_words_stay_the_same_words(text: str) -> None:
    """Whatever a paragraph says, its Markdown shows the same words, not formatting."""
    import html
    import re

    from editor_app.core.render import Renderer

    words = " ".join(text.split())
    # Typography the site's renderer applies on purpose (dashes, ellipses, guillemets).
    assume(not re.search(r"--|\.\.\.|<<|>>|^[-*_ ]+$", words))
    markdown = html_to_markdown(f"<p>{html.escape(text)}</p>")
    shown = Renderer(None).render_markdown(markdown)
    assert re.fullmatch(r"<p>.*</p>\n?", shown, re.S) or not words, (markdown, shown)
    visible = html.unescape(re.sub(r"<[^>]+>", "", shown))
    assert " ".join(visible.split()) == words, (markdown, shown)


def test_pictures_no_browser_shows_are_reported(site_copy: Path, tmp_path: Path) -> None:
    from docx_samples import png_bytes

    document = docx.Document()
    document.add_paragraph("Text.")
    (tmp_path / "p.png").write_bytes(png_bytes())
    document.add_picture(str(tmp_path / "p.png"))
    document.save(tmp_path / "emf.docx")
    # The same file with its picture declared as a Windows metafile.
    import zipfile

    with (
        zipfile.ZipFile(tmp_path / "emf.docx") as src,
        zipfile.ZipFile(tmp_path / "emf2.docx", "w") as dst,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            name = item.filename.replace(".png", ".emf")
            if item.filename.endswith(".xml") or item.filename.endswith(".rels"):
                data = data.replace(b".png", b".emf").replace(
                    b'Extension="png" ContentType="image/png"',
                    b'Extension="emf" ContentType="image/x-emf"',
                )
            dst.writestr(name, data)
    report = import_docx(tmp_path / "emf2.docx", Site.open(site_copy), "resources", title="E")
    assert report.images == []
    assert any("format web pages cannot show" in line for line in report.lost)


def test_the_collection_may_be_named_by_folder_or_label(site_copy: Path, tmp_path: Path) -> None:
    source = case_study(tmp_path / "x.docx", tmp_path)
    site = Site.open(site_copy)
    label = site.collections["resources"].label
    for name in ("_resources", label.upper()):
        report = import_docx(source, site, name, title=f"Via {name}")
        assert report.path.parent == site_copy / "_resources"


def test_a_picture_linked_to_a_local_file_is_never_read(site_copy: Path, tmp_path: Path) -> None:
    """A hostile file pointing a picture at a private file: nothing is copied into the site."""
    import re
    import zipfile

    from docx_samples import png_bytes

    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes(5, 5))
    document = docx.Document()
    document.add_paragraph("Text.")
    document.add_picture(str(secret))
    document.save(tmp_path / "plain.docx")
    with (
        zipfile.ZipFile(tmp_path / "plain.docx") as src,
        zipfile.ZipFile(tmp_path / "linked.docx", "w") as dst,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                target = f'Target="{secret.as_uri()}" TargetMode="External"'.encode()
                data = re.sub(rb'Target="media/[^"]+"', target, data)
            if item.filename == "word/document.xml":
                data = data.replace(b"r:embed=", b"r:link=")
            dst.writestr(item, data)
    report = import_docx(tmp_path / "linked.docx", Site.open(site_copy), "resources", title="L")
    assert report.images == []
    assert any("linked to a file outside the document" in line for line in report.lost)
    copies = [p for p in site_copy.rglob("*.png") if p.read_bytes() == secret.read_bytes()]
    assert copies == []


def test_html_nested_thousands_deep_still_gives_its_words() -> None:
    md = html_to_markdown("<b>" * 5000 + "1. deep words" + "</b>" * 5000)
    assert md == "1\\. deep words\n"


def test_a_title_from_the_first_heading_is_the_words_as_typed(
    site_copy: Path, tmp_path: Path
) -> None:
    source = tmp_path / "amp.docx"
    word = docx.Document()
    word.add_heading('Fish & Chips: Smith\'s "best" <2024>', level=1)
    word.add_paragraph("A story about a chip shop.")
    word.save(str(source))
    report = import_docx(source, Site.open(site_copy), "resources")
    assert Document.load(report.path).front_matter["title"] == (
        'Fish & Chips: Smith\'s "best" <2024>'
    )
    assert "lt" not in report.path.stem.split("-")
