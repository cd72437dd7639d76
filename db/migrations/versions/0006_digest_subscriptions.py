"""digest subscriptions: channels that get the digest at their own time

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "digestsubscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sqlmodel.AutoString(), nullable=False),
        sa.Column("at", sqlmodel.AutoString(), nullable=False),
        sa.Column("zone", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel"),
    )


def downgrade() -> None:
    op.drop_table("digestsubscription")
