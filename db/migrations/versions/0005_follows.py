"""follows: what channels follow, and the notices posted for them

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sqlmodel.AutoString(), nullable=False),
        sa.Column("key", sqlmodel.AutoString(), nullable=False),
        sa.Column("label", sqlmodel.AutoString(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("paused", sqlmodel.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "key"),
    )
    op.create_index("ix_follow_channel", "follow", ["channel"])
    op.create_table(
        "follownotice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("follow_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.AutoString(), nullable=False),
        sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"]),
        sa.ForeignKeyConstraint(["follow_id"], ["follow.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("follow_id", "article_id"),
    )
    op.create_index("ix_follownotice_follow_id", "follownotice", ["follow_id"])


def downgrade() -> None:
    op.drop_table("follownotice")
    op.drop_table("follow")
