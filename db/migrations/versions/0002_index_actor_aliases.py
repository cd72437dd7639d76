"""index actor aliases

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actoralias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actoralias_alias"), ["alias"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("actoralias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actoralias_alias"))
