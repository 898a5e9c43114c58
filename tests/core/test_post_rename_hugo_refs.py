"""A Hugo page renamed to its date field's day: its `ref`/`relref` shortcodes follow (Hugo
stops the build on a ref to a page that is not there), by name or by path from the content
folder, an anchor kept; refs to other pages stay."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.post_rename import apply_rename, plan_rename_to_date
from editor_app.core.site import Site


def test_refs_and_relrefs_name_the_new_file(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "S"\n')
    posts = tmp_path / "content/posts"
    posts.mkdir(parents=True)
    (posts / "2024-01-02-hello.md").write_text("---\ntitle: Hello\ndate: 2024-01-05\n---\nB\n")
    (posts / "2024-01-02-hello-again.md").write_text("---\ntitle: Again\n---\nB\n")
    page = tmp_path / "content/about.md"
    text = (
        '---\ntitle: About\n---\n[a]({{< ref "2024-01-02-hello" >}}) '
        '[b]({{< relref "/posts/2024-01-02-hello.md#part" >}}) '
        '[c]({{% ref path="posts/2024-01-02-hello" %}}) '
        '[d]({{< ref "2024-01-02-hello-again" >}})\n'
    )
    page.write_text(text)
    plan = plan_rename_to_date(Site.open(tmp_path), posts / "2024-01-02-hello.md")
    assert page in plan.tagged
    apply_rename(plan, tmp_path)
    assert page.read_text() == (
        '---\ntitle: About\n---\n[a]({{< ref "2024-01-05-hello" >}}) '
        '[b]({{< relref "/posts/2024-01-05-hello.md#part" >}}) '
        '[c]({{% ref path="posts/2024-01-05-hello" %}}) '
        '[d]({{< ref "2024-01-02-hello-again" >}})\n'
    )
