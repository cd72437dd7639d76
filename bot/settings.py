"""Settings read from the environment or a `.env` file (every one is listed in .env.example)."""

import re
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_data_path
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.fetch import FetchPolicy, allow_any_address, public_address

# The seed corpus ships beside the packages in the repository (and in an editable install).
DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def default_database_url() -> str:
    """A SQLite file in the user's data directory, so every command finds the same store
    wherever it is run from (a file in the working directory would split the store)."""
    folder = user_data_path("newsbot", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'newsbot.db'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    database_url: str = Field(default_factory=default_database_url)
    seeds_dir: Path = DEFAULT_SEEDS_DIR
    port: int = 3000
    digest_channel: str = ""
    digest_time: str = "08:00"
    digest_tz: str = "UTC"
    digest_grace_minutes: int = 180
    digest_skip_quiet_days: bool = False
    fetch_timeout_seconds: float = Field(default=10.0, gt=0)
    fetch_max_bytes: int = Field(default=5_000_000, gt=0)
    fetch_user_agent: str = "newsbot/0.1 (news reader for a team's Slack)"
    fetch_allow_private: bool = False
    feed_poll_minutes: float = Field(default=15.0, gt=0)
    # Where the search indexes are saved (default: beside a SQLite store; the user's cache
    # folder for PostgreSQL).
    index_dir: Path | None = None
    # Processes that analyse articles during a large ingest (0: one per CPU core).
    ingest_workers: int = Field(default=0, ge=0)

    @field_validator("index_dir", mode="before")
    @classmethod
    def _default_when_empty(cls, value: object) -> object:
        return None if value == "" else value  # INDEX_DIR= means the default place

    @field_validator("digest_time")
    @classmethod
    def _check_time(cls, value: str) -> str:
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise ValueError(f"DIGEST_TIME must be HH:MM (24-hour), not {value!r}")
        return f"{int(match.group(1)):02d}:{match.group(2)}"

    @field_validator("digest_tz")
    @classmethod
    def _check_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"DIGEST_TZ {value!r} is not a known IANA time zone (e.g. Asia/Seoul, UTC)"
            ) from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.digest_tz)

    @property
    def feed_poll_every(self) -> timedelta:
        return timedelta(minutes=self.feed_poll_minutes)

    @property
    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy(
            timeout_seconds=self.fetch_timeout_seconds,
            max_bytes=self.fetch_max_bytes,
            user_agent=self.fetch_user_agent,
            address_allowed=allow_any_address if self.fetch_allow_private else public_address,
        )


@lru_cache
def get_settings() -> Settings:
    return Settings()
