"""The HTML the command line writes for people: `render` and `review report` run and load
nothing by themselves, and carry the strict Content-Security-Policy."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.cli import main
from editor_app.core.sanitize import CSP

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from hostile_html import HOSTILE_PIECES, what_runs_or_loads  # noqa: E402


def _hostile_page(site: Path) -> Path:
    page = site / "_posts" / "2099-01-01-hostile.md"
    page.write_text(
        "---\ntitle: Hostile\n---\nWords first.\n\n" + "\n\n".join(HOSTILE_PIECES) + "\n",
        "utf-8",
    )
    return page


def _body(html: str) -> str:
    return html[html.index("<body") : html.index("</body>")]


def test_render_page_is_harmless(sample_copy: Path, capsys) -> None:
    page = _hostile_page(sample_copy)
    assert main(["render", str(page)]) == 0
    out = capsys.readouterr().out
    assert f'content="{CSP}"' in out[: out.index("</head>")]
    body = _body(out)
    assert what_runs_or_loads(body[body.index(">") + 1 :], sample_copy) == []
    assert "Words first." in body


def test_review_report_file_is_harmless(sample_copy: Path, tmp_path: Path) -> None:
    page = _hostile_page(sample_copy)
    target = tmp_path / "report.html"
    assert main(["review", "report", str(page), "-o", str(target)]) == 0
    html = target.read_text("utf-8")
    assert f'content="{CSP}"' in html[: html.index("</head>")]
    body = _body(html)
    assert what_runs_or_loads(body[body.index(">") + 1 :], sample_copy) == []
