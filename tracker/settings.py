"""Settings read by the CLI before anything heavy is imported."""

ENV_VAR = "TRACKER_DATABASE_URL"
DEFAULT_URL = "sqlite:///tracker.db"
