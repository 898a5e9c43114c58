"""Links and images whose address holds Liquid (`{{ site.baseurl }}/x`, `{% link ... %}`,
`{{ '/x' | relative_url }}`), as Jekyll sites write them, are judged like any other."""

from __future__ import annotations

from content_helpers import check_text


def test_click_here_and_an_image_without_alt_behind_liquid_addresses() -> None:
    text = (
        "---\ntitle: T\n---\nIntro.\n\n![]({{ site.baseurl }}/assets/a.png)\n\n"
        "To read it, [click here]({{ site.baseurl }}/resources/x).\n\n"
        "See [this]({% link _resources/case-study-cag.md %}) for more.\n\n"
        "As documented [here]({{ 'docs/x/#y' | relative_url }}).\n"
    )
    assert check_text(text) == [
        (6, "alt-text-missing"),
        (8, "link-text-unclear"),
        (10, "link-text-unclear"),
        (12, "link-text-unclear"),
    ]


def test_a_liquid_address_is_no_words_of_the_sentence() -> None:
    words = " ".join(["word"] * 33)
    text = f"---\ntitle: T\n---\nThe [guide]({{{{ '/docs/a/b/c/d' | relative_url }}}}) {words}.\n"
    assert check_text(text) == []  # 35 words: the address's would make it 40


def test_an_address_of_many_liquid_tags_never_closed_is_read_quickly() -> None:
    import time

    text = "---\ntitle: T\n---\n[x](" + "{{a}}" * 5000 + " y\n"
    started = time.perf_counter()
    check_text(text)
    assert time.perf_counter() - started < 2


def test_an_address_in_angle_brackets_with_spaces_is_read() -> None:
    text = (
        "---\ntitle: T\n---\nIntro.\n\n![](<my photo.png>)\n\n"
        "[click here](<https://example.org/a b>)\n\n[The plan](<https://example.org/plan>)\n"
    )
    assert check_text(text) == [(6, "alt-text-missing"), (8, "link-text-unclear")]
