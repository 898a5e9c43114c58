"""The benchmark scripts run on a tiny synthetic site and report sane figures (no timings asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import render  # noqa: E402
import site_index  # noqa: E402
import synth  # noqa: E402
import validate  # noqa: E402
import window  # noqa: E402


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not synth.SOURCE.is_dir():
        pytest.skip(f"fixture site not found at {synth.SOURCE}")
    root = tmp_path_factory.mktemp("bench") / "site"
    synth.build_site_total(root, 120)
    return root


def test_synthetic_site_varies_every_copy(tiny_site: Path) -> None:
    copies = sorted((tiny_site / "_resources").glob("*.md"))
    assert len(copies) > 1
    titles = [
        line
        for path in copies
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.startswith("title:")
    ]
    assert len(set(titles)) == len(titles)  # no two documents share a title
    total = sum(1 for _ in tiny_site.rglob("*.md"))
    assert abs(total - 120) <= 1


def test_validation_and_index_figures(tiny_site: Path) -> None:
    count = sum(1 for _ in tiny_site.rglob("*.md"))
    v = validate.measure(tiny_site, repeat=1)
    assert v["documents"] == count
    assert v["floor_s"] > 0 and v["validate_s"] > 0 and v["ratio"] > 0
    assert v["problems"] > 0  # the real site's messiness is copied too
    i = site_index.measure(tiny_site, repeat=1)
    assert i["documents"] == count
    assert "title" in i["resources_fields"]


def test_mixed_site_has_posts_events_resources_and_broken_post_links(tmp_path: Path) -> None:
    if not synth.SOURCE.is_dir():
        pytest.skip(f"fixture site not found at {synth.SOURCE}")
    counts = synth.build_mixed_site(tmp_path / "site", 600)
    assert counts["posts"] and counts["events"] and counts["resources"]
    assert counts["broken"] >= 2  # one page in 200 of the events and resources
    v = validate.measure(tmp_path / "site", repeat=1)
    assert abs(v["documents"] - 600) <= 2
    assert v["ratio"] > 0


def test_render_figures_compare_with_plain_markdown() -> None:
    r = render.measure(runs=1, big_runs=1)
    assert r["longest_kb"] > 10 and r["big_mb"] >= 1.0
    for key in ("ours_ms", "plain_ms", "page_ms", "ours_big_ms", "plain_big_ms"):
        best, median = r[key]
        assert 0 < best <= median


def test_window_starts_on_the_site_and_reports(tiny_site: Path, tmp_path: Path) -> None:
    result = window.run_child(tiny_site, "startup", tmp_path, text_preview=True)
    assert "error" not in result
    assert result["documents"] == sum(1 for _ in tiny_site.rglob("*.md"))
    assert result["shown_s"] > 0 and result["rss_mb"] > 0


def test_tools_script_runs_on_a_tiny_site() -> None:
    out = subprocess.run(
        [sys.executable, str(BENCH / "tools.py"), "--documents", "40"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "files would change" in out.stdout


def test_big_page_bench_reports_its_figures(tmp_path: Path) -> None:
    """bench/big_page.py opens the real window on a (small here) page and types into it."""
    if not synth.SOURCE.is_dir():
        pytest.skip(f"fixture site not found at {synth.SOURCE}")
    import big_page

    result = big_page.run(60_000, 12, tmp_path)
    assert "error" not in result, result
    assert result["keystrokes"] == 12
    assert result["open_to_typing_s"] >= 0 and result["rss_mb"] > 0
    assert isinstance(result["preview_after_pause_s"], list)
