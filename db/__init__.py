"""The store: SQLModel tables, engine and sessions, and the queries. Knows nothing of Slack."""
