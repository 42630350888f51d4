"""SQLite storage: schema migrations, queries and repositories returning domain objects."""
