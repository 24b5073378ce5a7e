"""Find and parse the publication date a document states. Pure: no clock, no I/O.

Scraped pages state dates in many shapes ("Jan 29, 2025", "Published: 12 March 2025
14:05", "29.01.2025", ISO 8601, "29 января 2025", "Середа, 12 лютого 2025, 09:31",
"11:25-13 فبراير 2025"), sometimes with the text run together by the scraper ("January 29,
20256:04 PM GMT+1"). A zone is a name (CET, МСК) or an offset ("+03:00", "GMT+3",
"UTC-5", "GMT+05:30"). A date without a zone is read in the configured default zone;
every result is converted to UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier janv enero ene gennaio janeiro январь января янв",
        "february feb februar février fevrier févr fev febrero febbraio fevereiro"
        " февраль февраля фев февр",
        "march mar märz maerz mars marzo março март марта",
        "april apr avril abril aprile апрель апреля апр",
        "may mai mayo maggio maio май мая",
        "june jun juni juin junio giugno junho июнь июня июн",
        "july jul juli juillet juil julio luglio julho июль июля июл",
        "august aug august août aout agosto ago августа август авг",
        "september sep sept septembre septiembre setiembre settembre setembro"
        " сентябрь сентября сен сент",
        "october oct oktober octobre octubre ottobre outubro okt октябрь октября окт",
        "november nov novembre noviembre novembro ноябрь ноября ноя нояб",
        "december dec dezember décembre decembre diciembre dicembre dezembro декабрь декабря дек",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Ukrainian (nominative, genitive "12 лютого", abbreviation) and Arabic: the Egyptian and
# Gulf names (يناير), with and without hamza, and the Levantine ones (شباط, كانون الثاني).
for _number, _names in enumerate(
    (
        "січень січня січ يناير كانون_الثاني",
        "лютий лютого лют فبراير شباط",
        "березень березня бер مارس آذار اذار",
        "квітень квітня квіт أبريل ابريل إبريل نيسان",
        "травень травня трав مايو أيار ايار",
        "червень червня черв يونيو يونية حزيران",
        "липень липня лип يوليو يولية تموز",
        "серпень серпня серп أغسطس اغسطس آب",
        "вересень вересня вер سبتمبر أيلول ايلول",
        "жовтень жовтня жовт أكتوبر اكتوبر تشرين_الأول تشرين_الاول",
        "листопад листопада лист نوفمبر تشرين_الثاني",
        "грудень грудня груд ديسمبر كانون_الأول كانون_الاول",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name.replace("_", " ")] = _number
# Polish (genitive "12 marca", nominative), Turkish and Dutch.
for _number, _names in enumerate(
    (
        "stycznia styczeń sty ocak oca januari",
        "lutego luty lut şubat şub februari",
        "marca marzec mart maart",
        "kwietnia kwiecień kwi nisan",
        "maja maj mayıs mei",
        "czerwca czerwiec cze haziran",
        "lipca lipiec lip temmuz",
        "sierpnia sierpień sie ağustos augustus",
        "września wrzesień wrz eylül",
        "października październik paź ekim",
        "listopada listopad lis kasım",
        "grudnia grudzień gru aralık",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)
# Every month name the parser knows, lower case (some of two words): a word among them is
# no part of a person's name.
MONTH_NAMES = frozenset(_MONTHS)

# A month name: one word of 3-10 letters, or a Levantine two-word name whose second word
# has the article ("تشرين الأول"), or "آب" (August, two letters); "شباط/فبراير" names
# both calendars.
_MONTH = r"(?P<month>[^\W\d_]{3,10}(?:\s+ال[^\W\d_]{2,6})?(?:/[^\W\d_]{3,10})?|آب)\.?"
_ZONE_NAMES = (
    r"UTC|GMT|Z|MSK|МСК|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|BST|IST|GST|JST|KST|ET|CT|MT|PT"
)
# Zone names that follow daylight saving: the offset depends on the date.
_REGIONAL_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
# An offset: "+03:00", "+0300", or after GMT/UTC also the short "GMT+3", "UTC-5", "GMT+5:30"
# (the next character may be a letter: "GMT+1Updated 2 hours ago" is text run together).
_OFFSET = (
    r"(?P<offset>[+\-−]\d{2}:?\d{2}"
    r"|(?:(?<=GMT|UTC)|(?<=GMT\s|UTC\s))[+\-−]\d{1,2}(?::\d{2})?(?!\d))"
)
_ZONE = r"(?P<zone>" + _ZONE_NAMES + r")?\s*" + _OFFSET + "?"
# A 4-digit year ends there, unless the scraper ran the time on: "20256:04 PM" (2025, 6:04).
_YEAR_END = r"(?:(?!\d)|(?=\d\d?:\d\d))"
_TIME = (
    # a separator ("2025: 11:05 AM" too), or none where the scraper ran the time on to the
    # year ("20256:04 PM")
    r"(?:(?:[,\s]+|\s*(?:[-–—|·•:]|//?)\s*|(?<=\d)(?=\d))"
    r"(?:at\s+|um\s+|à\s+|às\s+|alle\s+|ore\s+|a las\s+|в\s+)?"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*" + _ZONE + r"))?"
)
# A time of day at the end of a line: "Posted by Jane Roe at 9:41 PM", "By Jane Roe, 14:05"
_LINE_END_TIME = re.compile(
    r"(?:\b(?:at|um|à|às|alle|ore|в)\s+|[,|·•—–]\s*)"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*" + _ZONE + r")?\s*$",
    re.IGNORECASE,
)
_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 2025-01-29T10:00:00+03:00, 2025-01-29 10:00
        r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/])(?P<mon>\d{2})(?P=sep)(?P<day>\d{2})"
        r"(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
        r"\s*(?P<zone>Z|UTC|GMT)?(?P<offset>[+-]\d{2}:?\d{2})?)?",
        # Jan 29, 2025 / January 29 2025
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _YEAR_END + _TIME,
        # 29 January 2025 / 29. Januar 2025 / 29 января 2025 г. / 29-JAN-2025
        r"(?P<day>\d{1,2})(?:(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?|-(?=[^\W\d_]{3,10}-))"
        + _MONTH
        + r"(?:\s*,?\s+(?:de\s+)?|\s+,\s*|-)(?P<year>\d{4})"
        + _YEAR_END
        + r"(?:\s*г\.?)?"
        + _TIME,
        # 21:55 GMT, 8 March 2025 / 11:25-13 فبراير 2025 (time first)
        r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?\s*"
        + _ZONE
        + r"(?:,?\s+|\s*[-–]\s*)(?P<day>\d{1,2})\.?\s+"
        + _MONTH
        + r"\s+(?P<year>\d{4})(?!\d)",
        # 6:42 PM CST February 2, 2025 / 4:41 PM GMT+4, February 3, 2025 (time first,
        # month first)
        r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?\s*"
        + _ZONE
        + r",?\s+"
        + _MONTH
        + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})(?!\d)",
        # 14:05 29.01.2025 (time first, numeric date)
        r"(?<![\d.:])(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*" + _ZONE + r",?\s+"
        r"(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>\d{4})(?!\d)",
        # 29.01.2025 / 29/01/2025 (day first: the common order outside the US)
        r"(?<![\d.])(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>\d{4})" + _YEAR_END + _TIME,
    )
)

# A year: (?<!\d)(?:19|20|21)\d\d, with the look-behind moved after "19": no digit
# before it is no three digits before the "9". A pattern that opens with literals lets the
# regex engine skip straight to where they stand (~3x faster on lines without a year).
# No digit follows either, unless it starts a time run on ("20256:04 PM").
_YEAR = re.compile(r"(?:19|20|21)(?<!\d\d\d)\d\d" + _YEAR_END)
_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "MSK": 180,
    "МСК": 180,
    "EET": 120,
    "EEST": 180,
    "CST": -360,
    "CDT": -300,
    "IST": 330,
    "CET": 60,
    "CEST": 120,
    "EST": -300,
    "EDT": -240,
    "PST": -480,
    "PDT": -420,
    "BST": 60,
    "GST": 240,  # Gulf Standard Time (UAE, Oman), as Gulf news sites use it
    "JST": 540,
    "KST": 540,
}


class StatedDate(NamedTuple):
    """A date as a page states it."""

    when: datetime  # the instant, aware UTC
    day: date  # the calendar date as written, in the page's own zone
    has_time: bool  # a time of day is stated, not only the date
    start: int  # where in the text the date begins


def find_date(text: str, default_tz: tzinfo) -> datetime | None:
    """The first plausible date stated in `text`, as aware UTC, or None."""
    stated = find_stated_date(text, default_tz)
    return stated.when if stated else None


def find_stated_date(text: str, default_tz: tzinfo) -> StatedDate | None:
    """The first plausible date stated in `text`, with what it states, or None."""
    if not _YEAR.search(text):
        return None  # every pattern needs a year: a cheap test first, most lines fail it
    best: tuple[int, StatedDate] | None = None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        while match is not None:
            parsed = _build(match.groupdict(), match.start(), default_tz)
            if parsed is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), parsed)
                break
            # Not a date ("53 Feb 2025" in "3 Feb 20253 Feb 2025", dates run together):
            # look again one character on, a date may start inside what was read.
            match = pattern.search(text, match.start() + 1)
    return best[1] if best else None


def find_time_on(text: str, day: date, default_tz: tzinfo) -> datetime | None:
    """The time of day that ends a line stating no date ("Posted by Jane Roe at 9:41 PM"),
    on `day`, as aware UTC; None if the line states no time, or states a date."""
    match = _LINE_END_TIME.search(text)
    if match is None or find_stated_date(text, default_tz) is not None:
        return None
    groups = {**match.groupdict(), "year": str(day.year), "mon": str(day.month)}
    stated = _build({**groups, "day": str(day.day)}, match.start(), default_tz)
    return stated.when if stated else None


def _month(name: str) -> int:
    name = " ".join(name.lower().rstrip(".").split())
    month = _MONTHS.get(name, 0)
    if not month and "/" in name:  # "شباط/فبراير": either name
        month = next((_MONTHS[n] for n in name.split("/") if n in _MONTHS), 0)
    return month


def _build(groups: dict[str, str | None], start: int, default_tz: tzinfo) -> StatedDate | None:
    try:
        year = int(groups["year"] or 0)
        if groups.get("month"):
            month = _month(groups["month"] or "")
        else:
            month = int(groups.get("mon") or 0)
        day = int(groups["day"] or 0)
        hour = int(groups.get("hour") or 0)
        minute = int(groups.get("minute") or 0)
        second = int(groups.get("second") or 0)
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if not 1900 <= year <= 2200 or month == 0:
            return None
        naive = datetime(year, month, day, hour, minute, second)
    except (ValueError, TypeError):
        return None
    zone: tzinfo = default_tz
    offset = groups.get("offset")
    name = (groups.get("zone") or "").upper()
    if offset:
        minutes = _offset_minutes(offset)
        if minutes is None:
            return None
        zone = _fixed(minutes)
    elif name in _ZONES:
        zone = _fixed(_ZONES[name])
    elif name in _REGIONAL_ZONES:
        zone = ZoneInfo(_REGIONAL_ZONES[name])
    return StatedDate(
        naive.replace(tzinfo=zone).astimezone(UTC),
        naive.date(),
        groups.get("hour") is not None,
        start,
    )


def _offset_minutes(offset: str) -> int | None:
    """Minutes east of UTC for "+03:00", "+0300", "+3", "-5", "+5:30"; None if out of range."""
    sign = -1 if offset[0] in "-−" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes >= 60:
        return None
    return sign * (hours * 60 + minutes)


def _fixed(minutes: int) -> tzinfo:
    return timezone(timedelta(minutes=minutes))
