"""family name first: actors' surname keys computed again ("Yoon Seo-jin" is a Yoon)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

Names written family name first (a romanised Korean given name, "Kim Jong-un") are keyed by
their family name since this revision; the actors stored before get the key they would get
now. `newsbot resolve` then links their lone surnames ("Minister Yoon") to them.
"""

import sqlalchemy as sa
from alembic import op

from bot.person_names import surname_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    actors = connection.execute(sa.text("SELECT id, name, kind, surname FROM actor")).all()
    changed = [
        {"id": id_, "surname": surname_key(name, kind)}
        for id_, name, kind, surname in actors
        if surname_key(name, kind) != surname
    ]
    if changed:
        connection.execute(sa.text("UPDATE actor SET surname = :surname WHERE id = :id"), changed)


def downgrade() -> None:
    pass  # the keys of before are not kept; they only grouped fewer names
