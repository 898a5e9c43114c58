"""Review packs as PDF: the pages as the preview shows them, open notes in the margin.

For reviewers who only read and print. The text column leaves a wide right margin; each open
review note is written there beside the passage it is about (and as a PDF note, which
readers list). Several pages make one file with a contents page. `fpdf2` lays the pages out
from the preview's sanitised HTML, simplified to what it can draw.
Its fonts are found in `pdf_fonts.py` (and, for letters DejaVu lacks, `pdf_script_fonts.py`);
a right-to-left page is laid out by `pdf_right_to_left.py`.
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.bidi import auto_detect_base_direction
from fpdf.drawing_primitives import DeviceGray
from fpdf.enums import TextDirection, TextEmphasis
from fpdf.errors import FPDFException
from fpdf.fonts import FontFace
from fpdf.html import DEFAULT_TAG_STYLES

from editor_app.core.docx_direction_marks import LEFT_TO_RIGHT_MARK
from editor_app.core.docx_export import (
    ExportReport,
    PackPage,
    normal_text,
    pack_pages,
)
from editor_app.core.docx_loose_text import LooseText, find_placed
from editor_app.core.docx_write import header_parts
from editor_app.core.errors import counted
from editor_app.core.page_language import written_left_to_right
from editor_app.core.pdf_contents import contents_page
from editor_app.core.pdf_emoji import draw_sequences, has_sequences, never_whole
from editor_app.core.pdf_fonts import LATIN, load_fonts
from editor_app.core.pdf_html import TEXT_W, blocks_of, escape, fit_picture, simplify
from editor_app.core.pdf_line_breaks import install as install_line_breaks
from editor_app.core.pdf_nested_tables import NestedTablesHtml, nest_tables
from editor_app.core.pdf_right_to_left import (
    SCRIPTS,
    RightToLeftHtml,
    edge_signs_kept,
    latin_edges_apart,
    tables_right_to_left,
)
from editor_app.core.pdf_script_fonts import ScriptFontsPdf
from editor_app.core.pdf_suggestions import (
    MARGIN_RGB,
    mark_setting,
    mark_suggestions,
    title_html,
)
from editor_app.core.store import atomic_write

if TYPE_CHECKING:
    from editor_app.core.document import Document

_PAGE_W = 210.0  # A4, millimetres
_LEFT, _GAP, _NOTE_W = 18.0, 6.0, 46.0
_TEXT_W = TEXT_W
_NOTE_X = _LEFT + _TEXT_W + _GAP
_ICON_X = _NOTE_X + _NOTE_W + 1.0  # the PDF note's icon, right of the margin note
_TAB = "    "  # a tab in code, as spaces (the text column is narrow for eight)
_MISSING_SHOWN = 10  # characters named when some cannot be drawn
_KEEP_MM = 30.0  # a heading starts a page when less is left under it (two lines of text)
_SHAPED_LINE_SPACING = 1.25  # lines of Indic scripts: room for marks above and below


def export_pdf(
    paths: list[str | Path | Document],
    target: str | Path,
    site: Any = None,
    schema: Any = None,
    renderer: Any = None,
) -> ExportReport:
    """Write the pages as one PDF, open review notes in the margin (OSError)."""
    pages = pack_pages(paths, site, schema, renderer)
    target = Path(target)
    pdf = _Pdf()
    report = ExportReport(target=target, pages=len(pages), comments=0)
    if len(pages) > 1:
        pdf.add_page()
        pdf.insert_toc_placeholder(contents_page, pages=1, allow_extra_pages=True)
        pdf.fresh_page = True  # the placeholder has started a new page already
    for page in pages:
        report.comments += pdf.page_of(page, report.unplaced)
    report.suggestions = pdf.suggestions
    # fpdf2 logs each font's missing characters in its own words on stderr: said once, plainly,
    # in the report instead.
    fpdf_log = logging.getLogger("fpdf.output")
    was_disabled, fpdf_log.disabled = fpdf_log.disabled, True
    try:
        data = bytes(pdf.output())
    finally:
        fpdf_log.disabled = was_disabled
    report.missing = _missing_characters(pdf)
    if pdf.body_font == "helvetica":
        report.missing_as = "question marks"
    if pdf.unshaped:
        report.unplaced.append(
            "Right-to-left pages are laid out left to right, their letters unjoined: "
            + pdf.unshaped
        )
    atomic_write(target, data)
    return report


def _missing_characters(pdf: FPDF) -> str:
    """The characters no font of the PDF can draw (empty boxes there), a few of them."""
    found = {chr(c) for font in pdf.fonts.values() for c in getattr(font, "missing_glyphs", ())}
    # A joiner or variation selector (in emoji) has no shape of its own: named, it showed as
    # nothing.
    missing = sorted(
        c for c in found | pdf.replaced if unicodedata.category(c) not in ("Cf", "Mn", "Me")
    )
    shown = " ".join(missing[:_MISSING_SHOWN])
    return shown + (" …" if len(missing) > _MISSING_SHOWN else "")


class _Pdf(ScriptFontsPdf):
    def __init__(self) -> None:
        install_line_breaks()  # Chinese and Japanese broken between letters, kinsoku kept
        super().__init__(format="A4", unit="mm")
        self.set_margins(_LEFT, 16, _PAGE_W - _LEFT - _TEXT_W)
        self.set_auto_page_break(True, margin=16)
        self.mono_faces: dict[str, str] = {}  # bold and italic code faces not added yet
        self.body_font, self.mono_font = load_fonts(self)
        self.set_font(self.body_font, size=11)
        self._note_bottom: dict[int, float] = {}
        self.fresh_page = False
        self.tag_styles = dict(_HEADING_STYLES)
        self.tag_styles["code"] = FontFace(family=self.mono_font)
        self.tag_styles["pre"] = DEFAULT_TAG_STYLES["pre"].replace(font_family=self.mono_font)
        self.right_to_left = False  # the page being written is
        self.replaced: set[str] = set()  # characters the built-in font drew as "?"
        self.unshaped = ""  # why right-to-left pages could not be laid out so
        self.shaped_pages = False  # some page is laid out right to left, its letters joined
        self._in_bidi = False
        self._open_contexts = 0  # local graphics states begun and not ended yet
        self.suggestions = 0  # open suggested edits shown
        self.line_spacing = 1.0  # of the page's paragraphs, a multiple of fpdf2's
        self.emoji_whole: Any = never_whole  # the emoji font draws the sequence as one
        self.titles_right_to_left: list[bool] = []  # each page's title, for the contents

    def set_font(self, family: str | None = None, style: Any = "", size: float = 0) -> None:
        if self.mono_faces and (family or self.font_family or "").lower() == "mono":
            face = "".join(c for c in "BI" if c in str(style).upper())
            path = self.mono_faces.pop(face, None)
            if path is not None:
                self.add_font("Mono", face, path)
        super().set_font(family, style, size)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.set_text_color(120)
        self.cell(0, 6, str(self.page_no()), align="C")
        self.set_text_color(0)

    def text_safe(self, text: str, drawn: bool = True) -> str:
        """Text the font can draw (the built-in font holds Latin-1 only); not `drawn` (the
        outline, a PDF note: the reader's fonts show them), emoji sequences kept whole."""
        # No font has a shape for a tab: a code block's indent was lost, a box said missing.
        text = text.replace("\t", _TAB)
        if drawn and has_sequences(text):
            text = draw_sequences(text, self.emoji_whole)
        if self.body_font == "helvetica":
            text = text.translate(LATIN)
            self.replaced.update(c for c in text if ord(c) > 0xFF and not c.isspace())
            return text.encode("latin-1", "replace").decode("latin-1")
        return text

    def set_direction(self, page: PackPage) -> None:
        """Right to left, letters joined (text shaping), for a page written so; else as ever.

        Left-to-right pages keep fpdf2's plain layout, so their PDF is the same as before."""
        self.right_to_left = False
        if page.right_to_left and self.body_font == "Body":
            try:
                language = page.language.split("-")[0].lower()
                script = SCRIPTS.get(language, "arab")
                self.set_text_shaping(True, direction="rtl", script=script, language=language)
                self.right_to_left = self.shaped_pages = True
            except FPDFException:  # the shaping library (uharfbuzz) is not installed
                self.unshaped = "the text shaping library (uharfbuzz) is not installed."
        elif page.right_to_left:
            self.unshaped = "no font for their letters was found (DejaVu Sans)."
        families, shaped = self._script_fonts(page)
        self.emoji_whole, emoji_shaped = self._emoji_font_whole(page)
        self.line_spacing = _SHAPED_LINE_SPACING if shaped else 1.0
        if self.right_to_left:
            # Italic DejaVu has no Arabic: such words are drawn upright instead of as boxes.
            self.set_fallback_fonts([self.body_font, *families], exact_match=False)
            self.HTML2FPDF_CLASS = RightToLeftHtml
        else:
            try:
                # Devanagari, Bengali, Tamil...: their letters join only when shaped.
                self.set_text_shaping(shaped or emoji_shaped)
            except FPDFException:  # the shaping library (uharfbuzz) is not installed
                self.set_text_shaping(False)
                self.emoji_whole = never_whole
            self.set_fallback_fonts(families, exact_match=False)
            self.HTML2FPDF_CLASS = NestedTablesHtml

    def get_fallback_font(self, char: str, style: str = "") -> str | None:
        """The upright face of the body font, bold kept, for a letter its italic lacks."""
        for key in ("bodyB", "body") if "B" in style else ("body",):
            font = self.fonts.get(key)
            if font is not None and ord(char) in getattr(font, "cmap", {}):
                return key
        return super().get_fallback_font(char, style)  # a script font of the system

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Any:
        self._in_bidi = True
        try:
            if self.right_to_left and self.text_shaping and written_left_to_right(text):
                # A piece of its own (a link, bold words) in Latin letters, on a line read from
                # the right: its letters kept in their order, as the line's whole would have
                # them; alone, its edges ('@' of '@name', quotes) went to the wrong end.
                self.text_shaping["paragraph_direction"] = TextDirection.RTL
                self.text_shaping["fragment_direction"] = TextDirection.LTR
                return self._preload_font_styles(text, markdown)
            return super()._preload_bidirectional_text(text, markdown)
        finally:
            self._in_bidi = False

    def _preload_font_styles(self, text: Any, markdown: bool, _initial_emphasis: Any = None) -> Any:
        # fpdf2's HTML layout skips the bidirectional algorithm: run it here, so that a Latin
        # word in an Arabic sentence keeps its place and the line reads from the right.
        if self.right_to_left and not self._in_bidi and text:
            return self._preload_bidirectional_text(text, markdown)
        if self._in_bidi and text and LEFT_TO_RIGHT_MARK in text:
            # The direction marks did their work in the bidirectional algorithm: not drawn,
            # and left out of the page's text, so words copied from the PDF carry none.
            text = text.replace(LEFT_TO_RIGHT_MARK, "")
        return super()._preload_font_styles(text, markdown, _initial_emphasis=_initial_emphasis)

    def page_of(self, page: PackPage, unplaced: list[str]) -> int:
        """One page of the site: its header, then its blocks, notes beside them."""
        if not self.fresh_page:
            self.add_page()
        self.fresh_page = False
        self.set_direction(page)
        self.start_section(self.text_safe(page.title, drawn=False), level=0)
        self.titles_right_to_left.append(self.right_to_left)
        title_y, title_page = self.get_y(), self.page
        self.set_font(self.body_font, "B", 18)
        align = "R" if self.right_to_left else "L"
        marked = title_html(page)  # a suggested edit on the title, struck and underlined
        if marked is None or not self._title_line(marked):
            self.multi_cell(
                _TEXT_W, 8, self.text_safe(page.title), align=align, new_x="LMARGIN", new_y="NEXT"
            )
        self.set_font(self.body_font, "", 11)
        marked: set[str] = set()  # setting suggestions marked in their line
        for kind, part in header_parts(page.header_html):
            if kind == "topics":
                part = BeautifulSoup(f"<p><i>Topics: {escape(part)}</i></p>", "html.parser")
            else:
                mark_setting(page, part, marked)
            self._html(simplify(part))
        self.ln(2)

        blocks = blocks_of(BeautifulSoup(page.body_html, "html.parser"))
        texts = [normal_text(b.get_text(" ")) for b in blocks]
        placed = _place_notes(page, texts)
        suggested = mark_suggestions(page, blocks)  # after the notes are placed by the words
        count = 0
        for note in placed.get(-1, []):
            self._margin_note(note, title_page, title_y, page, unplaced)
            count += 1
        for line in suggested.get(-1, []):
            self._suggestion_note(line, title_page, title_y, page, unplaced)
        plain = []
        for index, block in enumerate(blocks):
            if block.name in HEADING_SIZES and self.get_y() > self.page_break_trigger - (
                _KEEP_MM + self._headings_height(blocks[index:], texts[index:])
            ):
                self.add_page()  # a heading with no room for words under it: on the next page
            y, at = self.get_y(), self.page
            if not self._html(simplify(block)):
                plain.append(texts[index])
            for note in placed.get(index, []):
                self._margin_note(note, at, y, None, unplaced)
                count += 1
            for line in suggested.get(index, []):
                self._suggestion_note(line, at, y, None, unplaced)
        self.suggestions += sum(len(lines) for lines in suggested.values())
        if plain:
            start = " ".join(plain[0].split()[:6])
            one = len(plain) == 1
            unplaced.append(
                f"{page.path.name}: {counted(len(plain), 'passage')} "
                f"{'is' if one else 'are'} shown as plain words: the PDF cannot lay "
                f"{'it' if one else 'them'} out as the preview does (from “{start}…”)."
            )
        return count

    def _headings_height(self, blocks: list[Any], texts: list[str]) -> float:
        """How high a heading and those right after it are (millimetres, about): a heading
        followed by another was left at the foot of a page, the second one moved to the
        next (connectedbydata's Lords 2nd Reading summary). One heading alone counts for
        nothing: `_KEEP_MM` was measured so."""
        height, count = 0.0, 0
        for block, text in zip(blocks, texts, strict=False):
            if block.name not in HEADING_SIZES:
                break
            size = HEADING_SIZES[block.name]
            # Measured in the body's font, scaled (bold a tenth wider): setting the heading's
            # font here would write it into the page.
            width = self.get_string_width(self.text_safe(text)) * size / self.font_size_pt * 1.1
            lines = int(width // _TEXT_W) + 1
            height += lines * size * 0.3528 * 1.4 + 4.0  # the line's height, the gap above
            count += 1
        return height if count > 1 else 0.0

    def _title_line(self, marked: str) -> bool:
        """The title, with its marks, at the title's size (False: not drawn, nothing changed)."""
        here = self.page, self.get_y()
        try:
            with self.local_context():
                self.write_html(
                    self.text_safe(f'<p><b><font size="18">{marked}</font></b></p>'),
                    font_family=self.body_font,
                    tag_styles=self.tag_styles,
                )
        except Exception:  # drawn plainly instead
            self._end_stopped_layout()
            self.page, self.y = here
            return False
        return True

    def _html(self, el: Any) -> bool:
        """Draw the piece; False when fpdf2 could not lay it out and its words are drawn plainly."""
        if self.right_to_left:
            tables_right_to_left(el)
            latin_edges_apart(el)
            edge_signs_kept(el)  # "C++", "#123", "@name" kept whole
        room = self.page_break_trigger - self.get_y()
        fit_picture(el, room, self.page_break_trigger - self.t_margin)
        self.nested_tables: list[str] = []  # tables in cells, drawn there by NestingTable
        nest_tables(el, self.nested_tables, self.text_safe)
        text = self.text_safe(str(el).strip())
        if not text:
            return True
        try:
            self.write_html(
                text,
                font_family=self.body_font,
                tag_styles=self.tag_styles,
                li_prefix_color=(60, 60, 60),
            )
        except Exception:  # fpdf2 cannot lay this piece out: its words, plainly
            self._end_stopped_layout()
            self.set_font(self.body_font, "", 11)
            words = " ".join(BeautifulSoup(text, "html.parser").get_text(" ").split())
            self.multi_cell(_TEXT_W, 5, self.text_safe(words), new_x="LMARGIN", new_y="NEXT")
            return False
        return True

    def _start_local_context(self, *args: Any, **kwargs: Any) -> None:
        self._open_contexts += 1
        super()._start_local_context(*args, **kwargs)

    def _end_local_context(self) -> None:
        self._open_contexts -= 1
        super()._end_local_context()

    def _end_stopped_layout(self) -> None:
        """Close what fpdf2's HTML layout left open when it stopped midway.

        Its local graphics states end only when their block ends without error: left open,
        the next pages were drawn inside them and the contents page could not be written."""
        # fpdf2 sets the page to 0 while it lays out a paragraph; the layout is at the last.
        self.page = self.page or len(self.pages)
        while self._open_contexts:
            self._end_local_context()
        while self._is_current_graphics_state_nested():
            self._pop_local_stack()

    def _suggestion_note(
        self, line: Any, page_no: int, y: float, general: PackPage | None, unplaced: list[str]
    ) -> None:
        """A suggested edit in the margin, as a note is, its line in the new words' colour."""
        if general is not None and line.quote:
            unplaced.append(
                f"{general.path.name}: the suggested edit by {line.by} "
                f"on “{normal_text(line.quote)[:60]}” is beside the title: its words were not "
                "found in the page as the pack shows it."
            )
        self._margin_note(line, page_no, y, None, unplaced, colour=MARGIN_RGB)

    def _margin_note(
        self,
        note: Any,
        page_no: int,
        y: float,
        general: PackPage | None,
        unplaced: list[str],
        colour: tuple[int, int, int] = (204, 153, 0),
    ) -> None:
        """The note in the right margin at height `y` of page `page_no` (below earlier ones)."""
        here_page, here_x, here_y = self.page, self.get_x(), self.get_y()
        lines_colour = self.draw_color
        self.page = page_no
        y = max(y, self._note_bottom.get(page_no, 0) + 2)
        self.set_auto_page_break(False)
        self.set_draw_color(*colour)
        self.set_xy(_NOTE_X, y)
        self.set_font(self.body_font, "B", 7.5)
        head = note.author or "Note"
        if general is not None and note.quote:
            head += f" (on “{normal_text(note.quote)[:60]}”)"
            unplaced.append(
                f"{general.path.name}: the note by {note.author} is beside the title: "
                "its words were not found in the page."
            )
        self._note_lines(head)
        self.set_font(self.body_font, "", 7.5)
        self._note_lines(note.text)
        bottom = min(self.get_y(), self.h - 16)
        self.line(_NOTE_X - 1.5, y, _NOTE_X - 1.5, bottom)
        # The reader's note icon (about 7 mm wide, drawn from this corner) goes right of the
        # note: at the gap before it, it covered the first letters of its lines.
        self.text_annotation(_ICON_X, y, self.text_safe(f"{head}: {note.text}", drawn=False))
        self._note_bottom[page_no] = bottom
        self.set_auto_page_break(True, margin=16)
        # The lines' colour back, on the note's page: a table's rules after a note were drawn
        # in the note's yellow or green.
        self.set_draw_color(lines_colour)
        self.page = here_page
        self.set_xy(here_x, here_y)
        self.set_font(self.body_font, "", 11)

    def _note_lines(self, text: str) -> None:
        """A note's lines; beside a right-to-left page, in the direction the note is written."""
        text, align = self.text_safe(text), "L"
        if self.right_to_left:
            direction = auto_detect_base_direction(text)
            self.text_shaping["direction"] = direction
            align = "R" if direction == TextDirection.RTL else "L"
        self.multi_cell(_NOTE_W, 3.4, text, align=align, new_x="LEFT", new_y="NEXT")
        if self.right_to_left:
            self.text_shaping["direction"] = TextDirection.RTL


def _place_notes(page: PackPage, texts: list[str]) -> dict[int, list[Any]]:
    """Block index -> its open notes (-1: the title: whole-page notes and lost words)."""
    joined = "\n".join(texts)
    loose = LooseText(joined)
    starts = []
    offset = 0
    for t in texts:
        starts.append(offset)
        offset += len(t) + 1
    placed: dict[int, list[Any]] = {}
    for note in page.notes:
        index = -1
        if note.quote:
            found = find_placed(loose, note, page.body)
            if found is not None:
                index = max(k for k, s in enumerate(starts) if s <= found[0])
        placed.setdefault(index, []).append(note)
    return placed


# Headings as the published page shows them: dark, not fpdf2's red, bold at every level
# (fpdf2 draws them regular), in sizes going down from 18 points to just under the body's 11;
# fpdf2's own h5 and h6 (10 and 8 points, regular) read smaller than the text under them.
HEADING_SIZES = {"h1": 18.0, "h2": 16.0, "h3": 14.0, "h4": 12.5, "h5": 11.5, "h6": 10.5}
_HEADING_STYLES = {
    tag: DEFAULT_TAG_STYLES[tag].replace(
        color=DeviceGray(0.13), font_size_pt=size, emphasis=TextEmphasis.B
    )
    for tag, size in HEADING_SIZES.items()
}
