import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.settings import get_settings
from db.engine import prepared_engine

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
    # saved indexes of PostgreSQL stores would go to the user's cache folder: kept here
    monkeypatch.setenv("INDEX_DIR", str(tmp_path / "indexes"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, monkeypatch) -> str:
    """The store of a test that runs on both SQLite and PostgreSQL (a fresh database each)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres").new_database()
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    prepared_engine(url).dispose()  # give the connections back before the next database
    prepared_engine.cache_clear()


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


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL cluster for the session; the tests that need it skip where there is none
    (CI installs Debian's postgresql package, see .ci/run)."""
    from tests.postgres import Cluster, server_binaries
    from tests.slack_helpers import free_port

    if server_binaries() is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    cluster = Cluster(free_port()).start()
    yield cluster
    cluster.stop()
