"""The training pipeline runs end to end on a few real pages (where the datasets are)."""

from __future__ import annotations

from itertools import islice

import numpy as np
import pytest

from feedd.normalize import reader
from feedd.normalize.plaintext import LINE_FACTS
from feedd.training import train
from feedd.training.boosting import BoostingSettings
from feedd.training.webpages import default_root, is_blind, load_pages

ROOT = default_root()
pytestmark = pytest.mark.skipif(
    not (ROOT / "readability-test-pages.tar.xz").is_file(),
    reason="the web-page datasets (../shared/datasets/web-pages) are not beside this checkout",
)
SMALL = BoostingSettings(trees=30, depth=4)


def test_renders_labels_and_fits_a_reader_that_finds_the_articles_it_learned() -> None:
    pages = [p for p in islice(load_pages(ROOT, ["readability"]), 12) if not p.is_blind][:6]
    labelled = [lp for page in pages for lp in train.label_web_page(page)]
    assert {lp.style for lp in labelled} == {"blocks", "dump"}
    assert all(lp.body.any() for lp in labelled), "every article page has body lines"
    lexical = train.out_of_fold_lexical(labelled)
    body = train.fit_body(labelled, lexical, SMALL)
    decoder = reader.DecoderSettings()
    headline = train.fit_headline(labelled, lexical, body, decoder, SMALL)
    model = reader.ReaderModel(
        fact_names=LINE_FACTS,
        word_odds=train.fit_word_odds(labelled),
        body=body,
        headline=headline,
        decoder=decoder,
    )
    learned, keep_all = [], []
    for page in labelled:
        reading = reader.read_page(page.facts, page.unit_texts, model)
        learned.append(train.quick_score(page, reading.body, reading.headline))
        keep_all.append(train.quick_score(page, range(len(page.unit_texts)), None))
    # On the pages it was fitted to, the reader must do much better than keeping every line.
    assert float(np.mean(learned)) > float(np.mean(keep_all)) + 0.15


def test_the_blind_split_is_a_fixed_fifth_of_each_dataset() -> None:
    ids = [p.page_id for p in load_pages(ROOT, ["readability"])]
    blind = [i for i in ids if is_blind("readability", i)]
    assert 0.1 < len(blind) / len(ids) < 0.3
    assert blind == [i for i in ids if is_blind("readability", i)]  # no state, no seed
