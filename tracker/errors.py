"""The few exceptions the library raises on purpose. The CLI turns each into one line and exit 1."""


class TrackerError(Exception):
    """Base class: a problem the user can fix, reported as one line."""


class ArticleError(TrackerError):
    """An article file cannot be read as text (empty, binary, undecodable, unreadable)."""


class DatabaseError(TrackerError):
    """The database cannot be opened or is not at a schema version this code understands."""


class InvalidSql(TrackerError):
    """An ad-hoc SQL statement was refused or failed."""


class InvalidInput(TrackerError):
    """A command-line value (amount, date, filter) could not be understood."""


class RebuildError(TrackerError):
    """Re-reading a stored article with a new extractor failed; the old facts are kept."""
