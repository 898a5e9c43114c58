"""In a narrow preview (the window at 1024x700 with Review notes open: about 260 px) a title
of ordinary words keeps each word whole: at the full heading size 'Community' broke inside
('Communit' / 'y'). A wider pane keeps the full size."""

from __future__ import annotations

from pathlib import Path

from preview_helpers import measure, page_fits, preview_page, show_html

from editor_app.ui.preview import PreviewPane

# Per heading: its size in px, then how many of its words are cut over two lines.
WORDS_CUT = """(() => [...document.querySelectorAll('h1, h2')].map((h) => {
  const text = h.firstChild;
  let cut = 0, at = 0;
  for (const word of text.data.split(' ')) {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + word.length);
    if (range.getClientRects().length > 1) cut += 1;
    at += word.length + 1;
  }
  return Math.round(parseFloat(getComputedStyle(h).fontSize)) + ' ' + cut;
}).join(' '))()"""

PAGE = (
    '<div class="page"><h1 class="page-title">Community data trusts</h1>'
    "<p>Text.</p><h2>Accountability frameworks</h2><p>More text.</p></div>"
)


def test_a_title_keeps_its_words_whole_in_a_narrow_pane(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    show_html(qtbot, web_pane, preview_page(PAGE), tmp_path, (260, 500))
    page_fits(qtbot, web_pane)
    h1_size, h1_cut, h2_size, h2_cut = measure(qtbot, web_pane, WORDS_CUT)
    assert (h1_cut, h2_cut) == (0, 0)
    assert h1_size > h2_size > 17  # still headings, larger than the text


def test_a_wider_pane_keeps_the_full_heading_size(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    show_html(qtbot, web_pane, preview_page(PAGE), tmp_path, (600, 500))
    h1_size, h1_cut, h2_size, h2_cut = measure(qtbot, web_pane, WORDS_CUT)
    assert (h1_size, h2_size) == (34, 25)  # 2.1rem and 1.55rem
    assert (h1_cut, h2_cut) == (0, 0)
