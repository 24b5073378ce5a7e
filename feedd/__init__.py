"""feedd: follow a folder of scraped documents as topic-filtered Atom and RSS feeds."""

__version__ = "0.1.0"
