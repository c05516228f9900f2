# pgvector: assistant/library/database.py imports pgvector.psycopg lazily, on connecting; the
# adapters for the other database libraries (Django, SQLAlchemy, asyncpg, ...) are never used.
from PyInstaller.utils.hooks import copy_metadata

hiddenimports = ["pgvector.psycopg"]
excludedimports = ["django", "sqlalchemy", "sqlmodel", "peewee", "asyncpg", "pg8000", "psycopg2"]
datas = copy_metadata("pgvector")
