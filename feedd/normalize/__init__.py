"""The normalizer: one document's bytes become an Article or a Rejected. Pure: no I/O.

One module per input kind; `normalize_document` picks by file extension. Must not import
sqlite3, the store, the publisher or any driver.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, tzinfo
from posixpath import splitext

from feedd.model import Article, Document, Rejected

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def normalize_document(
    document: Document,
    *,
    default_tz: tzinfo = UTC,
    boilerplate: Collection[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article | Rejected:
    """Normalize one document, by the kind its file extension names. Never raises.

    .html/.htm are web pages, .md/.markdown Markdown, .json one scraped object; anything
    else (.txt, no extension, unknown ones) is read as plain text.
    """
    if len(document.data) > max_bytes:
        return Rejected(
            reason="too_large", detail=f"{len(document.data)} bytes is over the {max_bytes} cap"
        )
    extension = splitext(document.relative_path)[1].lower()
    if extension in (".html", ".htm"):
        # Imported on first use: lxml and trafilatura add ~20 MB to every process, and a
        # worker pool reading plain text never needs them.
        from feedd.normalize.html import normalize_html

        return normalize_html(document.data, default_tz=default_tz, boilerplate=boilerplate)
    # Imported on first use, not with the package: a process that only needs one of its
    # pure helpers (the store rendering a body's HTML with feedd.normalize.text) then never
    # loads the reader's numpy and model, nor the charset detector (about 20 MiB).
    from feedd.normalize.decode import decode_bytes
    from feedd.normalize.jsondoc import normalize_json
    from feedd.normalize.markdown import normalize_markdown
    from feedd.normalize.plaintext import normalize_plaintext

    text = decode_bytes(document.data)
    if isinstance(text, Rejected):
        return text
    if extension in (".md", ".markdown"):
        return normalize_markdown(text, default_tz=default_tz, boilerplate=boilerplate)
    if extension == ".json":
        return normalize_json(text, default_tz=default_tz, boilerplate=boilerplate)
    return normalize_plaintext(text, default_tz=default_tz, boilerplate=boilerplate)
