"""Small edges of the content checks a reader sees: a figure whose arguments all sit on the
line under its name is told on that line (where the alt is), a Hindi sentence ends at '।', and a
sentence of exactly the limit in words is not told in another language either."""

from __future__ import annotations

from content_helpers import check_text


def test_a_figure_s_alt_on_the_line_under_its_name_is_told_there() -> None:
    text = (
        "+++\ntitle = 'T'\n+++\nIntro.\n\n"
        '{{< figure\n  src="/images/a.png" alt="IMG_2041.jpg" >}}\n\n'
        '<img\n  src="/images/b.png" alt="DSC01234.JPG">\n'
    )
    # The figure starts on line 6, its alt is on line 7; the tag on 9, its alt on 10.
    assert check_text(text) == [(7, "alt-text-poor"), (10, "alt-text-poor")]


def test_a_hindi_sentence_ends_at_the_danda() -> None:
    half = " ".join(["शब्द"] * 25)
    two = f"{half}। {half}।"  # two sentences of 25 words each
    assert check_text(f"---\ntitle: परीक्षा\nlang: hi\n---\n\n{two}\n") == []
    one = f"{half} {half}।"  # one of 50
    assert check_text(f"---\ntitle: परीक्षा\nlang: hi\n---\n\n{one}\n") == [(6, "sentence-long")]


def test_a_french_sentence_of_exactly_the_limit_is_not_told() -> None:
    def page(words: int) -> str:
        # (a dash between spaces is no word, though it adds a space)
        text = " ".join(["mot"] * 20) + " — " + " ".join(["mot"] * (words - 20))
        return "---\ntitle: Essai\nlang: fr\n---\n\n" + text + ".\n"

    assert check_text(page(35)) == []
    assert check_text(page(36)) == [(6, "sentence-long")]


def test_a_french_thanks_to_contributors_by_name_is_no_long_sentence() -> None:
    names = ", ".join(f"Marie Dupont{n}" for n in range(20))  # 40 words, 20 names
    text = f"---\ntitle: Merci\nlang: fr\n---\n\nMerci à {names}.\n"
    assert check_text(text) == []
