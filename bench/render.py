"""Preview rendering speed: the longest fixture page, a 1 MB page, and plain Python-Markdown.

Run: .venv/bin/python bench/render.py [SITE]   (default: the fixture site, `bench/synth.py`)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import markdown

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synth import SOURCE  # noqa: E402

from editor_app.core.document import Document  # noqa: E402
from editor_app.core.render import Renderer  # noqa: E402
from editor_app.core.site import Site  # noqa: E402

PLAIN_EXTENSIONS = ["extra", "toc", "sane_lists", "smarty"]


def best_of(fn: Callable[[str], object], text: str, runs: int) -> tuple[float, float]:
    """(best, median) milliseconds of fn(text) over a number of runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def measure(site_path: Path = SOURCE, runs: int = 20, big_runs: int = 3) -> dict:
    """Render timings (ms, best and median) of ours and plain Python-Markdown."""
    site = Site.open(site_path)
    longest = max(site_path.rglob("*.md"), key=lambda p: p.stat().st_size)
    doc = Document.load(longest)
    body = doc.body
    # A 1 MB page: the longest body repeated (real prose, lists, links and quotes).
    big = (body + "\n\n") * (1_000_000 // (len(body) + 2) + 1)

    ours = Renderer(site)
    plain_md = markdown.Markdown(extensions=PLAIN_EXTENSIONS)

    def plain(text: str) -> str:
        plain_md.reset()
        return plain_md.convert(text)

    ours.render_body(body)  # warm up (first-use caches, compiled patterns)
    plain(body)
    return {
        "longest": str(longest.relative_to(site_path)),
        "longest_kb": len(body.encode()) / 1024,
        "big_mb": len(big.encode()) / 1e6,
        "ours_ms": best_of(ours.render_body, body, runs),
        "plain_ms": best_of(plain, body, runs),
        "page_ms": best_of(lambda _t: ours.render_page(doc), body, runs),
        "ours_big_ms": best_of(ours.render_body, big, big_runs),
        "plain_big_ms": best_of(plain, big, big_runs),
        "_renderer": ours,
    }


def report(r: dict) -> None:
    """Print the figures of `measure`, then the worst cases."""
    print(f"longest fixture page: {r['longest']} ({r['longest_kb']:.0f} KB)")
    for label, key in (("ours (kramdown-like)", "ours_ms"), ("plain Python-Markdown", "plain_ms")):
        b, m = r[key]
        print(f"  {label:24} best {b:7.1f} ms   median {m:7.1f} ms")
    b, m = r["page_ms"]
    print(f"  {'whole preview page':24} best {b:7.1f} ms   median {m:7.1f} ms")
    print(f"1 MB page ({r['big_mb']:.2f} MB)")
    for label, key in (
        ("ours (kramdown-like)", "ours_big_ms"),
        ("plain Python-Markdown", "plain_big_ms"),
    ):
        b, m = r[key]
        print(f"  {label:24} best {b:7.0f} ms   median {m:7.0f} ms")
    # Hostile text (stray marks by the thousand) must stay about as fast as prose.
    ours = r["_renderer"]
    print("worst cases, 40 KB each (ours)")
    for label, text in (
        ("unclosed [ ` < { quotes", "*_[`<{\"'" * 5000),
        ("stray {% Liquid marks", "{% " * 13000),
        ("unclosed <!-- <code> ~~", "<!-- a <code>b ~~c " * 2100),
        ("one long list", "* a\n  " * 6500),
    ):
        b, m = best_of(ours.render_body, text, 3)
        print(f"  {label:24} best {b:7.0f} ms   median {m:7.0f} ms")


def main() -> int:
    site_path = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    report(measure(site_path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
