"""Publication dates in the shapes scraped pages state them.

Each row is a specification: a line as a page states it, and the instant it means. A line
without a zone is read in the default zone, UTC here. The shapes:

- text run together by the scraper: "January 29, 20256:04 PM GMT+1Updated 2 hours ago" is
  2025 at 6:04 PM (a year has four digits; a time may follow it without a space);
- zones written as an offset from GMT or UTC: "GMT+3", "UTC-5", "GMT+05:30";
- Ukrainian month names, in the genitive a date uses ("12 лютого 2025") and the nominative;
- Arabic month names, Egyptian/Gulf ("فبراير") and Levantine ("شباط", "كانون الثاني"), and
  the time stated before the day with a hyphen ("11:25-13 فبراير 2025");
- Polish, Turkish and Dutch month names, and the zones of Gulf and East Asian sites.

And what is not a date: a five-digit number is no year, "Updated 3 hours ago" states none.
On a whole page: an update time is never the publication, and a date stated without a
time takes the time the page states for that day elsewhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from feedd.model import Article
from feedd.normalize.dates import find_date, find_stated_date, find_time_on
from feedd.normalize.plaintext import normalize_plaintext

RUN_TOGETHER = [
    ("January 29, 20256:04 PM GMT+1Updated 2 hours ago", "2025-01-29T18:04:00+01:00"),
    ("Dec 1, 202412:30 AM", "2024-12-01T00:30:00+00:00"),
    ("29.01.202514:05", "2025-01-29T14:05:00+00:00"),
    ("Published On 3 Feb 20253 Feb 2025", "2025-02-03T00:00:00+00:00"),
]
OFFSET_ZONES = [
    ("FEB 23, 2025 - 9:47 PM GMT+3", "2025-02-23T21:47:00+03:00"),
    ("Wed, February 5, 2025 at 11:20 AM GMT+1·3 min read", "2025-02-05T11:20:00+01:00"),
    ("5 February 2025 at 11:20 GMT+1", "2025-02-05T11:20:00+01:00"),
    ("March 3, 2025 10:00 GMT+4", "2025-03-03T10:00:00+04:00"),
    ("March 3, 2025 10:00 UTC+2", "2025-03-03T10:00:00+02:00"),
    ("March 3, 2025 10:00 GMT-5", "2025-03-03T10:00:00-05:00"),
    ("March 3, 2025 10:00 GMT+05:30", "2025-03-03T10:00:00+05:30"),
    ("March 3, 2025 10:00 GMT +3", "2025-03-03T10:00:00+03:00"),
    ("Updated 4:41 PM GMT+4, February 3, 2025", "2025-02-03T16:41:00+04:00"),
    ("21:55 UTC+2, 8 March 2025", "2025-03-08T21:55:00+02:00"),
    ("12 March 2025 14:05 +0300", "2025-03-12T14:05:00+03:00"),  # unchanged: a bare offset
]
UKRAINIAN = [
    ("Середа, 12 лютого 2025, 09:31", "2025-02-12T09:31:00+00:00"),
    ("Ганна Мельник — Середа, 12 лютого 2025, 09:31", "2025-02-12T09:31:00+00:00"),
    ("Понеділок, 3 березня 2025, 18:05", "2025-03-03T18:05:00+00:00"),
    ("12 листопада 2024 р.", "2024-11-12T00:00:00+00:00"),
]
ARABIC = [
    ("نُشر: 11:25-13 فبراير 2025 م ـ 14 شَعبان 1446 هـ", "2025-02-13T11:25:00+00:00"),
    ("13 فبراير 2025", "2025-02-13T00:00:00+00:00"),
    ("13 شباط 2025", "2025-02-13T00:00:00+00:00"),
    ("3 كانون الثاني 2025", "2025-01-03T00:00:00+00:00"),
    ("15 تشرين الأول 2024 10:30", "2024-10-15T10:30:00+00:00"),
    ("20 كانون الأول 2024", "2024-12-20T00:00:00+00:00"),
    ("15 آب 2024", "2024-08-15T00:00:00+00:00"),
    ("12 شباط/فبراير 2025", "2025-02-12T00:00:00+00:00"),
]
MORE_LANGUAGES_AND_ZONES = [
    ("12 marca 2025 | 06:00", "2025-03-12T06:00:00+00:00"),  # Polish
    ("Oluşturulma Tarihi: Mart 06, 2025 14:05", "2025-03-06T14:05:00+00:00"),  # Turkish
    ("Geplaatst 10 maart 2025, 14:32", "2025-03-10T14:32:00+00:00"),  # Dutch
    ("17 февр. 2025 23:30", "2025-02-17T23:30:00+00:00"),  # Russian abbreviation
    ("April 8, 2025 06:00 JST", "2025-04-08T06:00:00+09:00"),
    ("Updated: 04 March ,2025: 11:05 AM GST", "2025-03-04T11:05:00+04:00"),
]
UKRAINIAN_MONTHS = [
    ("січня", "січень"), ("лютого", "лютий"), ("березня", "березень"), ("квітня", "квітень"),
    ("травня", "травень"), ("червня", "червень"), ("липня", "липень"), ("серпня", "серпень"),
    ("вересня", "вересень"), ("жовтня", "жовтень"), ("листопада", "листопад"),
    ("грудня", "грудень"),
]  # fmt: skip
ARABIC_MONTHS = [
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "نيسان"),
    ("مايو", "أيار"), ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس", "آب"),
    ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"),
    ("ديسمبر", "كانون الأول"),
]  # fmt: skip
ARABIC_SPELLINGS = ["ابريل", "إبريل", "اغسطس", "اكتوبر", "اذار", "ايار", "ايلول"]
NOT_DATES = [
    "Updated 3 hours ago",
    "January 29, 20256",  # a five-digit number is no year
    "Order 20251 shipped on 3 Feb",
    "3 Feb 20251",
    "10:00-12 March",  # no year
    "14 شَعبان 1446 هـ",  # the Hijri date: no Gregorian month, no plausible year
]


def _expect(expected: str) -> datetime:
    return datetime.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), RUN_TOGETHER)
def test_a_time_run_on_to_the_year_is_read_as_the_time(text: str, expected: str) -> None:
    assert find_date(text, UTC) == _expect(expected)


@pytest.mark.parametrize(("text", "expected"), OFFSET_ZONES)
def test_an_offset_after_gmt_or_utc_is_the_zone(text: str, expected: str) -> None:
    assert find_date(text, UTC) == _expect(expected)


@pytest.mark.parametrize(("text", "expected"), MORE_LANGUAGES_AND_ZONES)
def test_polish_turkish_dutch_dates_and_asian_and_gulf_zones(text: str, expected: str) -> None:
    assert find_date(text, UTC) == _expect(expected)


@pytest.mark.parametrize(("text", "expected"), UKRAINIAN)
def test_ukrainian_dates_with_weekday_and_time(text: str, expected: str) -> None:
    assert find_date(text, UTC) == _expect(expected)


@pytest.mark.parametrize(("text", "expected"), ARABIC)
def test_arabic_dates_and_a_time_hyphened_before_the_day(text: str, expected: str) -> None:
    assert find_date(text, UTC) == _expect(expected)


@pytest.mark.parametrize("month", range(1, 13))
def test_every_ukrainian_month_in_both_cases(month: int) -> None:
    genitive, nominative = UKRAINIAN_MONTHS[month - 1]
    for name in (genitive, nominative, genitive.capitalize()):
        assert find_date(f"7 {name} 2025", UTC) == datetime(2025, month, 7, tzinfo=UTC), name


@pytest.mark.parametrize("month", range(1, 13))
def test_every_arabic_month_in_both_calendars_names(month: int) -> None:
    for name in ARABIC_MONTHS[month - 1]:
        assert find_date(f"7 {name} 2025", UTC) == datetime(2025, month, 7, tzinfo=UTC), name


@pytest.mark.parametrize("name", ARABIC_SPELLINGS)
def test_arabic_month_names_without_hamza(name: str) -> None:
    assert find_date(f"7 {name} 2025", UTC) is not None


@pytest.mark.parametrize("text", NOT_DATES)
def test_what_states_no_date(text: str) -> None:
    assert find_date(text, UTC) is None


def test_a_stated_date_tells_whether_it_states_a_time_and_its_own_calendar_day() -> None:
    late = find_stated_date("By Jane Roe | March 3, 2025 1:30 AM GMT+3", UTC)
    assert late is not None and late.has_time and late.day == date(2025, 3, 3)
    assert late.when == datetime(2025, 3, 2, 22, 30, tzinfo=UTC)  # the day before, in UTC
    assert late.start == len("By Jane Roe | ")
    bare = find_stated_date("Liveblog March 10, 2025", UTC)
    assert bare is not None and not bare.has_time


def test_a_line_ending_in_a_time_gives_the_time_of_a_known_day() -> None:
    day = date(2025, 2, 2)
    posted = find_time_on("Posted by Ruth Calloway at 9:41 PM", day, UTC)
    assert posted == datetime(2025, 2, 2, 21, 41, tzinfo=UTC)
    assert find_time_on("Posted at 9:41 PM GMT+3", day, UTC) == datetime(
        2025, 2, 2, 18, 41, tzinfo=UTC
    )
    assert find_time_on("Posted by Jane Roe at 9:41 PM on February 3, 2025", day, UTC) is None
    assert find_time_on("Listen 3:45", day, UTC) is None


BODY = (
    "Riot police detained at least 38 people overnight as thousands of protesters blocked "
    "the main avenue in the capital for the 67th consecutive night.\n\n"
    "Demonstrators waving flags gathered outside parliament shortly after dark on Sunday, "
    "and police moved in after midnight to clear the road.\n"
)


def _published(header: str, footer: str = "") -> datetime | None:
    page = f"Police detain dozens as protesters block the avenue\n\n{header}\n\n{BODY}{footer}"
    article = normalize_plaintext(page, default_tz=UTC)
    assert isinstance(article, Article)
    return article.published_at


def test_a_page_that_states_only_an_update_time_states_no_publication() -> None:
    assert _published("By Tamar Gogua\nUpdated 4:41 PM GMT+4, February 3, 2025") is None


def test_an_update_time_is_not_the_publication_when_a_publication_date_is_stated() -> None:
    header = "Updated 4:41 PM GMT+4, February 3, 2025\nPublished 9:05 AM GMT+4, February 3, 2025"
    assert _published(header) == datetime(2025, 2, 3, 5, 5, tzinfo=UTC)


def test_a_date_without_time_takes_the_time_the_header_states_for_that_day() -> None:
    header = "Liveblog March 10, 2025\nBy Noa Kessler\n10 March 2025, 4:42 pm"
    assert _published(header) == datetime(2025, 3, 10, 16, 42, tzinfo=UTC)


def test_a_time_stated_for_another_day_does_not_change_the_date() -> None:
    header = "Liveblog March 10, 2025\nBy Noa Kessler\n11 March 2025, 4:42 pm"
    assert _published(header) == datetime(2025, 3, 10, tzinfo=UTC)


def test_a_blog_post_gets_its_time_from_the_posted_by_line() -> None:
    footer = "\nPosted by Ruth Calloway at 9:41 PM\n"
    assert _published("Sunday, February 2, 2025", footer) == datetime(
        2025, 2, 2, 21, 41, tzinfo=UTC
    )
