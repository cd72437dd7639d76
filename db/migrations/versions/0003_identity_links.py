"""identity links: actors keep their names, linked to the person they are

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.person_names import surname_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LINKED = ("mention", "role", "quote")


def upgrade() -> None:
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("surname", sqlmodel.AutoString(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
    connection = op.get_bind()
    actors = connection.execute(sa.text("SELECT id, name, kind FROM actor")).all()
    surnames = [
        {"id": id_, "surname": surname_key(name, kind)}
        for id_, name, kind in actors
        if surname_key(name, kind)
    ]
    if surnames:
        connection.execute(sa.text("UPDATE actor SET surname = :surname WHERE id = :id"), surnames)
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.alter_column("surname", server_default=None)
        batch_op.create_index(batch_op.f("ix_actor_surname"), ["surname"], unique=False)
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("named", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.alter_column("named", server_default=None)
    for table in LINKED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        op.execute(f"UPDATE {table} SET person_id = actor_id")
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table != "quote":
                batch_op.alter_column("person_id", existing_type=sa.Integer(), nullable=False)
            batch_op.create_index(batch_op.f(f"ix_{table}_person_id"), ["person_id"])


def downgrade() -> None:
    for table in LINKED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_person_id"))
            batch_op.drop_column("person_id")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_column("named")
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_surname"))
        batch_op.drop_column("person_id")
        batch_op.drop_column("surname")
