"""The schema and its migrations, on SQLite and on a real PostgreSQL."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from db.engine import FIRST_REVISION, MIGRATIONS, get_engine, prepare_schema


def migrations_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def revision_of(engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return request.getfixturevalue("postgres").new_database()


def test_a_new_store_is_created_at_the_newest_revision(empty_database):
    engine = get_engine(empty_database)
    assert inspect(engine).has_table("article")
    assert revision_of(engine) == head_revision()


def test_the_migrations_build_exactly_the_tables_of_the_models(empty_database):
    engine = create_engine(empty_database)
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_a_store_from_before_migrations_is_adopted(tmp_path):
    # A store made by the first release, which created its tables without Alembic.
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), FIRST_REVISION)
        connection.exec_driver_sql("DROP TABLE alembic_version")
    assert revision_of(engine) is None
    prepare_schema(engine)
    assert revision_of(engine) == head_revision()


def test_preparing_twice_changes_nothing(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'twice.db'}")
    prepare_schema(engine)
    prepare_schema(engine)
    assert revision_of(engine) == head_revision()


def test_an_upgrade_keys_names_written_family_name_first_by_their_family_name(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "0006")
        connection.exec_driver_sql(
            "INSERT INTO actor (id, key, name, kind, surname) VALUES "
            "(1, 'yoon seo jin', 'Yoon Seo-jin', 'PER', 'seo jin'), "
            "(2, 'james comey', 'James Comey', 'PER', 'comey')"
        )
        command.upgrade(migrations_config(connection), "head")
        keys = dict(connection.exec_driver_sql("SELECT name, surname FROM actor").all())
    assert keys == {"Yoon Seo-jin": "yoon", "James Comey": "comey"}


def test_an_upgrade_dates_mentions_and_quotes_with_their_articles(tmp_path, corpus):
    from bot.ingest import ingest_paths

    url = f"sqlite:///{tmp_path / 'dated.db'}"
    ingest_paths([corpus], url)
    get_engine(url).dispose()
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(migrations_config(connection), "0008")
    assert "date" not in {column["name"] for column in inspect(engine).get_columns("mention")}
    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "head")
    with engine.connect() as connection:
        for table in ("mention", "quote"):
            dated, total = connection.exec_driver_sql(
                f"SELECT sum(t.date = a.date), count(*) FROM {table} t"
                " JOIN article a ON a.id = t.article_id"
            ).one()
            assert total > 0 and dated == total
