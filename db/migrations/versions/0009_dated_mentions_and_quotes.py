"""a person's mentions and quotes carry their article's date, indexed with it: profiles
read a person's articles and quotes, newest first, from the index alone

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("mention", "quote"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("date", sa.Date(), nullable=True))
        dated = f"SELECT date FROM article WHERE article.id = {table}.article_id"
        op.execute(f"UPDATE {table} SET date = ({dated})")
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("date", existing_type=sa.Date(), nullable=False)
            batch_op.drop_index(f"ix_{table}_person_id")
    op.create_index("ix_mention_person_date", "mention", ["person_id", "date", "article_id"])
    op.create_index("ix_quote_person_shown", "quote", ["person_id", "partial", "date"])


def downgrade() -> None:
    op.drop_index("ix_quote_person_shown", table_name="quote")
    op.drop_index("ix_mention_person_date", table_name="mention")
    for table in ("mention", "quote"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.create_index(f"ix_{table}_person_id", ["person_id"])
            batch_op.drop_column("date")
