"""The one exception hierarchy of feedd. Pure: imports nothing from feedd or third parties."""


class FeeddError(Exception):
    """Base of everything feedd raises on purpose."""


class ConfigError(FeeddError):
    """The configuration is unusable; the message names the file, the key and the fault."""


class QueryError(FeeddError):
    """A topic query does not parse; `line` and `column` are 1-based. `line` is None for a
    one-line query, where the column alone says where."""

    def __init__(self, message: str, column: int, line: int | None = None) -> None:
        where = f"line {line}, column {column}" if line is not None else f"column {column}"
        super().__init__(f"{message} at {where}")
        self.reason = message
        self.column = column
        self.line = line


class StoreError(FeeddError):
    """The state database cannot be opened or written."""


class StoreLockedError(StoreError):
    """Another feedd process holds the state database."""


class PublishError(FeeddError):
    """A feed file could not be written to the output folder."""


class SourceError(FeeddError):
    """The watched folder cannot be read for now (out of file descriptors or memory): the
    work is retried later, never taken as a verdict on the files."""
