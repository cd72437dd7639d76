"""Settings read from the environment or a `.env` file (every one is listed in .env.example)."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

# The seed corpus ships beside the packages in the repository (and in an editable install).
DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    database_url: str = "sqlite:///newsbot.db"
    seeds_dir: Path = DEFAULT_SEEDS_DIR
    port: int = 3000
    digest_channel: str = ""
    digest_time: str = "08:00"
    digest_tz: str = "UTC"


@lru_cache
def get_settings() -> Settings:
    return Settings()
