"""The shared document library: an office's folders indexed once into PostgreSQL + pgvector, searched by
every laptop beside its own index, each reader seeing only the collections granted to them.

- `database.py`: the only module that imports psycopg and pgvector (connections with their timeouts).
- `schema.py`: the tables, indexes, roles and row-level security policies (`library init`).
- `index.py`: `LibraryIndex`, the PostgreSQL twin of DocumentIndex that the local IndexRun writes through.
- `checks.py`: `library verify`.
- `search.py`: keyword (full-text) and vector (HNSW) search, the fusion with local hits.
- `connections.py`: the laptop's library connection, kept open between searches.
- `settings.py`: the laptop's `library.json` (the URL without its password) and where the secret comes from.
"""
