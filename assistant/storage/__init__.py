"""The SQLite database: connection, schema migrations, backups and recovery."""
