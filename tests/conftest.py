import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.settings import get_settings

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_FILE = next(SEEDS.glob("*.txt"))


@pytest.fixture(autouse=True)
def settings_env(tmp_path, monkeypatch):
    """Each test gets its own SQLite store and settings read afresh from the environment."""
    monkeypatch.chdir(tmp_path)  # no stray .env or newsbot.db from the developer's folder
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("SEEDS_DIR", str(SEEDS))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def database_url() -> str:
    return get_settings().database_url


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with the seed article and the hand-written fixture articles."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder)
    for article in (FIXTURES / "articles").glob("*.txt"):
        shutil.copy(article, folder)
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
