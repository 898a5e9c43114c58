"""Every figure of the performance targets, each beside its target and its peer, in one run.

    .venv/bin/python bench/run.py            # 10,000 documents for validation, 1,000 in the window
    .venv/bin/python bench/run.py --quick    # smaller sites, for a first look (not the figures)

Peers are measured in the same run on the same machine: reading the files and parsing their
front matter with yaml.CSafeLoader for validation, plain Python-Markdown (extra, toc,
sane_lists, smarty) for the preview. The details of each part: bench/validate.py,
bench/site_index.py, bench/render.py, bench/window.py, bench/big_page.py (each also runs alone).
Validation runs on a realistic mix (posts, events, resources, 1 page in 200 with a broken
post_url), the index on the resources-only site whose long headers are the harder case.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import big_page  # noqa: E402
import render  # noqa: E402
import site_index  # noqa: E402
import validate  # noqa: E402
import window  # noqa: E402
from synth import build_mixed_site, build_site_total, long_document  # noqa: E402

from editor_app.core.render import Renderer  # noqa: E402
from editor_app.core.site import Site  # noqa: E402


def machine() -> str:
    """One line about the machine the figures come from."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores (shared; load {load:.1f} at start), {platform.machine()}"
    )


def row(figure: str, measured: str, target: str, peer: str) -> None:
    print(f"| {figure} | {measured} | {target} | {peer} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sites, fewer repeats")
    parser.add_argument("--documents", type=int, help="validation site size (default 10,000)")
    parser.add_argument("--window-documents", type=int, help="window site size (default 1,000)")
    parser.add_argument(
        "--only",
        choices=("validate", "index", "render", "window", "big_page"),
        action="append",
        help="run only these parts (repeatable)",
    )
    args = parser.parse_args()
    big = args.documents or (1_000 if args.quick else 10_000)
    small = args.window_documents or (100 if args.quick else 1_000)
    repeat = 1 if args.quick else 3
    parts = set(args.only or ("validate", "index", "render", "window", "big_page"))
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-bench-run-"))
    started = time.perf_counter()
    print(f"machine: {machine()}")
    print()
    row("figure", "measured", "target", "peer (same run)")
    row("---", "---", "---", "---")
    try:
        if "validate" in parts:
            mixed_dir = tmp / "site-mixed"
            build_mixed_site(mixed_dir, big)
            v = validate.measure(mixed_dir, repeat)
            row(
                f"whole-site Check, {v['documents']:,} documents (mixed, broken post_url links)",
                f"{v['validate_s']:.2f} s = **{v['ratio']:.2f}x** the peer (CPU time "
                f"{v['cpu_ratio']:.2f}x; schema first {v['schema_first_ratio']:.2f}x)",
                "ratio ≤ 1.5",
                f"read + yaml.CSafeLoader {v['floor_s']:.2f} s",
            )
            shutil.rmtree(mixed_dir, ignore_errors=True)
        if parts & {"validate", "index"}:
            site_dir = tmp / "site-big"
            build_site_total(site_dir, big)
            if "validate" in parts:
                row(
                    "  one page as you type (validate_document)",
                    f"{v['validate_document_s'] * 1000:.1f} ms",
                    "-",
                    "-",
                )
            if "index" in parts:
                i = site_index.measure(site_dir, repeat)
                row(
                    f"site index + schema inference, {i['documents']:,} documents",
                    f"**{i['index_s'] + i['infer_s']:.2f} s** (index {i['index_s']:.2f}, "
                    f"inference {i['infer_s']:.2f})",
                    "about 1 s",
                    f"read + yaml.CSafeLoader {i['floor_s']:.2f} s",
                )
            shutil.rmtree(site_dir, ignore_errors=True)
        if "render" in parts:
            runs = 5 if args.quick else 20
            r = render.measure(runs=runs, big_runs=1 if args.quick else 3)
            row(
                f"preview, longest fixture page ({r['longest_kb']:.0f} KB)",
                f"**{r['ours_ms'][0]:.1f} ms** (median {r['ours_ms'][1]:.1f})",
                "< 20 ms",
                f"Python-Markdown {r['plain_ms'][0]:.1f} ms (median {r['plain_ms'][1]:.1f})",
            )
            row(
                f"preview, {r['big_mb']:.1f} MB page",
                f"**{r['ours_big_ms'][0]:.0f} ms**",
                "-",
                f"Python-Markdown {r['plain_big_ms'][0]:.0f} ms",
            )
            text = long_document(200_000)
            ours = Renderer(Site.open(render.SOURCE))
            best, _median = render.best_of(ours.render_body, text, 3)
            row("  preview, the 200 KB page typed into below", f"{best:.0f} ms", "-", "-")
        if "window" in parts:
            site = tmp / "site-window"
            window.prepare_site(site, small)
            w = window.measure(site, tmp, startups=1 if args.quick else 3)
            row(
                "`editor-app validate --help`",
                f"**{w['help_s']:.3f} s**",
                "< 0.3 s",
                "-",
            )
            row(
                f"start-up to the window with the site listed ({w['documents']:,} documents)",
                f"**{w['startup_s']:.2f} s** (text preview); {w['startup_web_s']:.2f} s "
                "(web preview)",
                "< 1.5 s",
                "-",
            )
            pt, pw = w["preview_text"], w["preview_web"]
            row(
                "first page opened as soon as the list shows: its preview, and the longest "
                "stall meanwhile",
                f"**{pw['first_preview_s']:.2f} s** from start, stall {pw['max_block_ms']:.0f} ms "
                f"(web preview; Chromium's own at {pw.get('web_preview_s', float('nan')):.2f} s); "
                f"text preview {pt['first_preview_s']:.2f} s, stall {pt['max_block_ms']:.0f} ms",
                "-",
                "-",
            )
            t = w["typing"]
            row(
                "longest event-loop stall typing into a 200 KB page, preview on",
                f"**{t['max_block_ms']:.0f} ms** ({t['backend']} preview, "
                f"{t['keystrokes']} keys, pauses)",
                "< 50 ms",
                "-",
            )
            tt = w["typing_text"]
            row(
                "  same with the text preview",
                f"{tt['max_block_ms']:.0f} ms",
                "< 50 ms",
                "-",
            )
            row(
                f"memory with the site open ({w['documents']:,} documents, no web engine)",
                f"**{w['rss_mb']:.0f} MB**",
                "< 250 MB",
                "-",
            )
            row(
                "  the same after typing into the 200 KB page (dictionary read, text preview)",
                f"{tt['rss_mb']:.0f} MB",
                "< 250 MB",
                "-",
            )
        if "big_page" in parts:
            size = 1_000_000 if args.quick else 5_000_000
            b, peer = big_page.run(size, 200, tmp), big_page.run(200_000, 200, tmp)
            label = f"{size / 1_000_000:g} MB page"
            row(
                f"{label}: open to typing; worst stall, open + 1.5 s",
                f"**{b.get('open_to_typing_s', float('nan')):.2f} s**; "
                f"{b.get('open_worst_stall_ms', float('nan')):.0f} ms",
                "< 1 s",
                f"200 KB page {peer.get('open_to_typing_s', float('nan')):.2f} s",
            )
            row(
                f"{label}: typing 200 keys, worst stall and stalls over 50 ms",
                f"**{b.get('worst_stall_ms', float('nan')):.0f} ms**, "
                f"{b.get('stalls_over_50ms', '-')}",
                "< 50 ms, 0",
                f"200 KB page {peer.get('worst_stall_ms', float('nan')):.0f} ms, "
                f"{peer.get('stalls_over_50ms', '-')}",
            )
            delays = [d for d in b.get("preview_after_pause_s") or [] if d is not None]
            row(
                f"{label}: preview after a pause in typing (part around the cursor)",
                "**" + ", ".join(f"{d:.2f}" for d in delays) + " s**" if delays else "none",
                "< 1 s",
                "-",
            )
            row(
                f"{label}: memory, text preview",
                f"**{b.get('rss_mb', float('nan')):.0f} MB** "
                f"(peak {b.get('peak_rss_mb', float('nan')):.0f} MB)",
                "< 400 MB",
                f"200 KB page {peer.get('rss_mb', float('nan')):.0f} MB",
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    print(f"(whole run: {time.perf_counter() - started:.0f} s{', --quick' if args.quick else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
