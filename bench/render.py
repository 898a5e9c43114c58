"""Preview rendering speed: the longest fixture page, a 1 MB page, and plain Python-Markdown.

Run: .venv/bin/python bench/render.py [SITE]   (default: ../shared/sites/connectedbydata)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import markdown

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core.document import Document  # noqa: E402
from editor_app.core.render import Renderer  # noqa: E402
from editor_app.core.site import Site  # noqa: E402


def best_of(fn, text: str, runs: int) -> tuple[float, float]:
    """(best, median) milliseconds of fn(text) over a number of runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main() -> int:
    site_path = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else REPO.parent / "shared" / "sites" / "connectedbydata"
    )
    site = Site.open(site_path)
    longest = max(site_path.rglob("*.md"), key=lambda p: p.stat().st_size)
    body = Document.load(longest).body
    # A 1 MB page: the longest body repeated (real prose, lists, links and quotes).
    big = (body + "\n\n") * (1_000_000 // (len(body) + 2) + 1)

    ours = Renderer(site)
    plain_md = markdown.Markdown(extensions=["extra", "toc", "sane_lists", "smarty"])

    def plain(text: str) -> str:
        plain_md.reset()
        return plain_md.convert(text)

    ours.render_body(body)  # warm up (first-use caches, compiled patterns)
    plain(body)
    print(
        f"longest fixture page: {longest.relative_to(site_path)} ({len(body.encode()) / 1024:.0f} KB)"
    )
    for label, fn in (("ours (kramdown-like)", ours.render_body), ("plain Python-Markdown", plain)):
        b, m = best_of(fn, body, 20)
        print(f"  {label:24} best {b:7.1f} ms   median {m:7.1f} ms")
    doc = Document.load(longest)
    b, m = best_of(lambda _t: ours.render_page(doc), body, 20)
    print(f"  {'whole preview page':24} best {b:7.1f} ms   median {m:7.1f} ms")
    print(f"1 MB page ({len(big.encode()) / 1e6:.2f} MB)")
    for label, fn in (("ours (kramdown-like)", ours.render_body), ("plain Python-Markdown", plain)):
        b, m = best_of(fn, big, 3)
        print(f"  {label:24} best {b:7.0f} ms   median {m:7.0f} ms")
    # Hostile text (stray marks by the thousand) must stay about as fast as prose.
    print("worst cases, 40 KB each (ours)")
    for label, text in (
        ("unclosed [ ` < { quotes", "*_[`<{\"'" * 5000),
        ("stray {% Liquid marks", "{% " * 13000),
        ("unclosed <!-- <code> ~~", "<!-- a <code>b ~~c " * 2100),
        ("one long list", "* a\n  " * 6500),
    ):
        b, m = best_of(ours.render_body, text, 3)
        print(f"  {label:24} best {b:7.0f} ms   median {m:7.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
