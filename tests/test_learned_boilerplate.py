"""Lines that many pages of one source show are learned as boilerplate, via the store."""

from __future__ import annotations

from conftest import SAMPLE_MTIME, Workspace, story_paragraphs
from feedcheck import atom_entries

# A line no rule knows as furniture: only learning across pages can drop it.
APPEAL = "Our reporting stays free for everyone because hundreds of you chip in every month."


def _page(index: int, *, with_appeal: bool, source: str = "The Harbour Courier") -> str:
    paragraphs = [
        f"Port authorities in Tartus reported {index} new arrivals of cargo ships this week, "
        "officials said on Monday.",
        f"The harbour master said traffic had grown for the {index}th month in a row despite "
        "the uncertainty over the Russian naval base.",
        f"Shipping agents expect the trend to continue into spring, agent {index} said.",
        # Each page another story: near-copies of one would be versions of one story.
        *story_paragraphs(index, 2),
    ]
    if with_appeal:
        paragraphs.append(APPEAL)
    return "\n\n".join(
        [
            f"Support {source}!",
            f"Tartus Port Traffic Rises for Month {index}",
            *paragraphs,
            f"© 2025 {source}",
        ]
    )


def _bodies(space: Workspace) -> list[str]:
    return [str(e["content"]["value"]) for e in atom_entries(space.feed("all.atom"))]


def test_a_line_on_many_pages_of_a_source_is_dropped_from_every_body(
    workspace: Workspace,
) -> None:
    for i in range(6):
        workspace.add(f"p{i}.txt", _page(i, with_appeal=True), SAMPLE_MTIME)
    workspace.rebuild()
    bodies = _bodies(workspace)
    assert len(bodies) == 6
    assert not any(APPEAL in body for body in bodies)
    assert all("Shipping agents expect" in body for body in bodies)
    # A second rebuild changes nothing: learned lines are stable.
    workspace.rebuild()
    assert _bodies(workspace) == bodies


def test_a_line_on_a_few_pages_stays(workspace: Workspace) -> None:
    for i in range(6):
        workspace.add(f"p{i}.txt", _page(i, with_appeal=i < 2), SAMPLE_MTIME)
    workspace.rebuild()
    assert sum(APPEAL in body for body in _bodies(workspace)) == 2


def test_lines_are_learned_per_source(workspace: Workspace) -> None:
    for i in range(3):
        workspace.add(f"a{i}.txt", _page(i, with_appeal=True, source="Alpha News"), SAMPLE_MTIME)
        workspace.add(f"b{i}.txt", _page(i, with_appeal=True, source="Beta Post"), SAMPLE_MTIME)
    workspace.rebuild()
    # Three pages per source is below the threshold of four, whatever the total.
    assert all(APPEAL in body for body in _bodies(workspace))
