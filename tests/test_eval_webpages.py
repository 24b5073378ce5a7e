"""The web-page evaluation (`python -m feedd.eval --web-pages`): its metrics, and the run.

The metric specs use hand-made strings and need nothing outside the repository; the run
reads the public datasets in ../shared and is skipped where they are absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest

from feedd.eval import main, same_text
from feedd.eval_webpages import (
    BodyMatch,
    PageScore,
    chrome_lines,
    evaluate_web_pages,
    gold_text_with_title,
    leaked_lines,
    match_body,
    predicted_text,
    published_same_day,
    score_page,
    summarize,
    worst_pages,
)
from feedd.model import Article, Document, Rejected
from feedd.training.webpages import DATASETS, WebPage, default_root

ROOT = Path(__file__).resolve().parent.parent
GOLD = "The cat sat on the mat"


def an_article(**fields: Any) -> Article:
    values: dict[str, Any] = {
        "title": "",
        "source": None,
        "author": None,
        "published_at": None,
        "summary": "",
        "content_text": "",
        "content_html": "",
        "link": None,
        "language": "en",
    }
    values.update(fields)
    return Article(**values)


# --- body shingles ---------------------------------------------------------------------


def test_identical_texts_match_perfectly() -> None:
    assert match_body(GOLD, GOLD) == BodyMatch(precision=1.0, recall=1.0, f1=1.0)


def test_case_unicode_width_and_punctuation_do_not_count() -> None:
    assert match_body("THE CAT — sat, on ｔｈｅ mat!", GOLD).f1 == 1.0


def test_texts_without_a_common_run_of_four_words_score_zero() -> None:
    assert match_body("the mat sat on the cat", GOLD) == BodyMatch(
        precision=0.0, recall=0.0, f1=0.0
    )


def test_extra_words_before_the_article_cost_precision_only() -> None:
    # Gold shingles: (the cat sat on) (cat sat on the) (sat on the mat).
    # Predicted adds (menu the cat sat): 3 of 4 predicted shingles are gold, all 3 found.
    match = match_body("Menu the cat sat on the mat", GOLD)
    assert match.precision == pytest.approx(3 / 4)
    assert match.recall == 1.0
    assert match.f1 == pytest.approx(2 * 0.75 / 1.75)


def test_shingles_are_a_multiset_so_a_repeated_article_costs_precision() -> None:
    # Predicted shingles: abcd bcda cdab dabc abcd; one abcd is gold.
    match = match_body("a b c d a b c d", "a b c d")
    assert match.precision == pytest.approx(1 / 5)
    assert match.recall == 1.0


def test_gold_of_fewer_than_four_words_is_compared_word_by_word() -> None:
    match = match_body("Hello world menu", "Hello, world")
    assert match.precision == pytest.approx(2 / 3)
    assert match.recall == 1.0


def test_nothing_predicted_scores_zero() -> None:
    assert match_body("", GOLD).f1 == 0.0


# --- what is compared --------------------------------------------------------------------


def test_gold_title_is_prepended_when_the_gold_text_does_not_start_with_it() -> None:
    assert gold_text_with_title(GOLD, "Cats and mats") == f"Cats and mats\n\n{GOLD}"


def test_gold_title_already_in_the_first_1000_characters_is_not_repeated() -> None:
    text = f"CATS AND MATS!\n\n{GOLD}"
    assert gold_text_with_title(text, "Cats and mats") == text


def test_gold_title_only_found_after_1000_characters_is_prepended() -> None:
    text = "word " * 250 + "Cats and mats"
    assert gold_text_with_title(text, "Cats and mats").startswith("Cats and mats\n\n")


def test_gold_without_a_title_is_the_gold_text() -> None:
    assert gold_text_with_title(GOLD, None) == GOLD


def test_predicted_text_is_title_standfirst_and_body() -> None:
    article = an_article(title="Cats", summary="A standfirst.", content_text=GOLD)
    assert predicted_text(article) == f"Cats\n\nA standfirst.\n\n{GOLD}"


def test_a_summary_taken_from_the_body_is_not_counted_twice() -> None:
    article = an_article(title="Cats", summary="The cat sat…", content_text=GOLD)
    assert predicted_text(article) == f"Cats\n\n{GOLD}"


# --- chrome ------------------------------------------------------------------------------

RENDERED = """\
   [1]Home [2]World news [3]Sport
     * Subscribe to our newsletter
Menu
   The cat sat on the
   mat
   the mat, the cat
   Cookies help us deliver our services
"""


def test_titles_match_whatever_the_style_of_their_quotes() -> None:
    assert same_text("‘Star Wars’ cuts “may” return", "'Star Wars' cuts \"may\" return")
    assert same_text("«Да» сказал", '"да" Сказал')


def test_a_question_mark_in_the_gold_stands_for_a_character_lost_when_it_was_saved() -> None:
    assert same_text("Camilla’s ‘cursed’ cruise ship", "Camilla?s ?cursed? cruise ship")
    assert same_text("Café", "Caf?")
    assert not same_text("Is it over?", "Is it over!")
    assert not same_text("Cafe", "Caf?")  # an ASCII letter was not lost


def test_chrome_lines_are_page_lines_of_two_words_or_more_not_from_the_gold() -> None:
    assert chrome_lines(RENDERED, GOLD) == (
        "[1]Home [2]World news [3]Sport",
        "* Subscribe to our newsletter",
        "Cookies help us deliver our services",
    )


def test_a_chrome_line_leaks_when_the_body_contains_its_words() -> None:
    chrome = chrome_lines(RENDERED, GOLD)
    body = f"{GOLD}\n\nSubscribe to our newsletter!"
    assert leaked_lines(chrome, body) == ("* Subscribe to our newsletter",)


def test_chrome_words_scattered_through_the_body_do_not_leak() -> None:
    body = "Home news: our services help us, cookies deliver the cat."
    assert leaked_lines(chrome_lines(RENDERED, GOLD), body) == ()


# --- metadata ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("got", "want", "expected"),
    [
        (datetime(2019, 4, 28, 6, 1, tzinfo=UTC), "2019-04-28 06:01:07", True),
        (datetime(2019, 4, 28, 23, 0, tzinfo=UTC), "2019-04-28", True),
        (datetime(2019, 4, 29, tzinfo=UTC), "2019-04-28", False),
        # 23:30 in New York is the next day in UTC: compared in the gold's offset.
        (datetime(2017, 12, 16, 4, 30, tzinfo=UTC), "2017-12-15T23:30:00-05:00", True),
        (datetime(2017, 12, 16, 4, 30, tzinfo=UTC), "2017-12-16T04:30:00-05:00", False),
        (None, "2024-06-25", False),
        (datetime(2019, 4, 28, tzinfo=UTC), "last Tuesday", None),
    ],
)
def test_published_is_right_on_the_gold_calendar_day(
    got: datetime | None, want: str, expected: bool | None
) -> None:
    assert published_same_day(got, want) == expected


# --- one page, many pages ------------------------------------------------------------------


def a_page(**fields: Any) -> WebPage:
    values: dict[str, Any] = {
        "dataset": "readability",
        "page_id": "001",
        "html": b"<html><title>Cats</title><body><nav>Home</nav><p>The cat sat on the mat</p>",
        "gold_text": GOLD,
        "gold_title": "Cats",
        "gold_source": "Cat News",
    }
    values.update(fields)
    return WebPage(**values)


def test_a_rejected_page_scores_zero_and_loses_its_title_and_metadata() -> None:
    def reject(document: Document, *, default_tz: tzinfo) -> Article | Rejected:
        return Rejected(reason="no_text")

    [score] = score_page(a_page(), ["blocks"], normalize=reject)
    assert score.rejected == "no_text"
    assert score.body.f1 == 0.0
    assert (score.title_ok, score.source_ok, score.author_ok) == (False, False, None)


def test_each_style_is_normalized_as_a_txt_document_of_the_dataset() -> None:
    seen: list[Document] = []

    def read(document: Document, *, default_tz: tzinfo) -> Article | Rejected:
        seen.append(document)
        return an_article(title="Cats", source="cat news", content_text=GOLD)

    scores = score_page(a_page(), ["blocks", "dump"], normalize=read)
    assert [d.relative_path for d in seen] == ["readability/001.txt"] * 2
    assert [s.style for s in scores] == ["blocks", "dump"]
    assert all(s.body.f1 == 1.0 and s.title_ok and s.source_ok for s in scores)


def a_score(f1: float, **fields: Any) -> PageScore:
    values: dict[str, Any] = {
        "dataset": "dragnet",
        "page_id": "1",
        "style": "blocks",
        "is_blind": False,
        "rejected": None,
        "body": BodyMatch(precision=f1, recall=f1, f1=f1),
        "predicted_words": 10,
        "gold_words": 10,
        "title_ok": None,
        "got_title": "",
        "want_title": None,
        "chrome_lines": 0,
        "leaked": (),
        "source_ok": None,
        "author_ok": None,
        "published_ok": None,
        "normalize_s": 0.0,
    }
    values.update(fields)
    return PageScore(**values)


def test_pages_are_macro_averaged_whatever_their_length() -> None:
    long_page = a_score(1.0, gold_words=10_000)
    short_page = a_score(0.0, page_id="2", gold_words=10)
    metrics = summarize([long_page, short_page])
    assert metrics["body_f1"] == 0.5
    assert metrics["pages"] == 2
    assert metrics["title_exact"] is None


def test_problems_never_show_a_blind_page() -> None:
    blind = a_score(0.0, page_id="blind", is_blind=True)
    tuned = a_score(0.5, page_id="tuned")
    assert [p["page"] for p in worst_pages([blind, tuned, replace(tuned, style="dump")])] == [
        "dragnet/tuned",
        "dragnet/tuned",
    ]


# --- the command -------------------------------------------------------------------------


def test_a_folder_without_datasets_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--web-pages", str(tmp_path)]) == 2
    assert "no web-page dataset archives found" in capsys.readouterr().err


def test_a_corpus_and_web_pages_together_are_refused() -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["tests/corpus", "--web-pages"])
    assert stopped.value.code == 2


def needs_readability() -> Path:
    root = default_root()
    if not (root / DATASETS["readability"]).is_file():
        pytest.skip(f"no web-page datasets at {root} (they live in ../shared, not in a clone)")
    return root


def assert_rates(metrics: dict[str, Any]) -> None:
    for key in ("body_f1", "body_precision", "body_recall", "title_exact", "chrome_leak"):
        value = metrics[key]
        assert value is None or 0.0 <= value <= 1.0, (key, value)


def test_eval_scores_readability_pages_per_split_and_dataset() -> None:
    root = needs_readability()
    options = ["--datasets", "readability", "--limit", "4", "--json", "--jobs", "1"]
    result = subprocess.run(
        [sys.executable, "-m", "feedd.eval", "--web-pages", str(root), *options],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert set(metrics["splits"]) == {"blind", "tuned"}
    pages = 0
    for split in metrics["splits"].values():
        assert set(split) == {"pooled", "by_dataset", "by_style", "min_dataset_f1"}
        assert set(split["by_dataset"]) <= {"readability"}
        assert set(split["by_style"]) <= {"blocks", "dump"}
        for group in [split["pooled"], *split["by_dataset"].values(), *split["by_style"].values()]:
            assert_rates(group)
        pages += split["pooled"]["pages"]
    assert pages == 4
    assert "problems" not in metrics


def test_the_numbers_do_not_depend_on_the_number_of_workers() -> None:
    root = needs_readability()

    def numbers(jobs: int) -> dict[str, Any]:
        metrics = evaluate_web_pages(root, datasets=["readability"], limit=3, jobs=jobs)
        return metrics["splits"]  # type: ignore[no-any-return]

    assert numbers(1) == numbers(2)
