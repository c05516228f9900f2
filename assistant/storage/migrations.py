"""The database schema as named migrations, applied in order and never edited once released.

Add a change as a new entry at the end; Store.migrate runs each one in a transaction.
"""

M001_CONVERSATIONS = [
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        model TEXT,
        options TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'complete',
        created_at REAL NOT NULL,
        model TEXT,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        meta TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)",
    "CREATE INDEX conversations_by_update ON conversations (updated_at)",
    """CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END""",
    """CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END""",
    """CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END""",
]


# Local documents: watched folders, one row per file (indexed or failed, with its reason), its
# chunks with their float32 embedding and keyword terms, and an FTS5 table over chunk text.
M002_DOCUMENTS = [
    """CREATE TABLE folders (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        added_at REAL NOT NULL,
        available INTEGER NOT NULL DEFAULT 1,
        scanned_at REAL
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        folder_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
        kind TEXT,
        content_hash TEXT,
        size INTEGER,
        mtime_ns INTEGER,
        pages INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('indexed', 'failed')),
        reason TEXT,
        chunk_count INTEGER NOT NULL DEFAULT 0,
        indexed_at REAL NOT NULL
    )""",
    "CREATE INDEX documents_by_hash ON documents (content_hash)",
    "CREATE INDEX documents_by_folder ON documents (folder_id)",
    """CREATE TABLE chunks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        page INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        vector BLOB NOT NULL,
        terms BLOB NOT NULL,
        term_count INTEGER NOT NULL,
        UNIQUE (document_id, ordinal)
    )""",
    """CREATE VIRTUAL TABLE chunks_fts USING fts5(
        text, content='chunks', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER chunks_ai AFTER INSERT ON chunks BEGIN
        INSERT INTO chunks_fts (rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER chunks_ad AFTER DELETE ON chunks BEGIN
        INSERT INTO chunks_fts (chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    # Bumped whenever chunks change, so a search process knows its in-memory copy is stale.
    "CREATE TABLE index_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL)",
    "INSERT INTO index_state (id, generation) VALUES (1, 0)",
    """CREATE TRIGGER chunks_generation_ai AFTER INSERT ON chunks WHEN new.ordinal = 0 BEGIN
        UPDATE index_state SET generation = generation + 1 WHERE id = 1;
    END""",
    """CREATE TRIGGER chunks_generation_ad AFTER DELETE ON chunks WHEN old.ordinal = 0 BEGIN
        UPDATE index_state SET generation = generation + 1 WHERE id = 1;
    END""",
]

# The same content once: a chunk's text hash finds a vector already embedded for the same text;
# a near-duplicate document (a page and its own source markup) stores only the chunks its twin
# does not cover, names the twin, and counts the chunks it left to it. `sketch` is the MinHash of
# the document's word shingles (assistant/documents/near_duplicates.py). Rows from before stay NULL/0: their
# text hashes are filled in by the next indexing run.
M003_DUPLICATES = [
    "ALTER TABLE chunks ADD COLUMN text_hash TEXT",
    "CREATE INDEX chunks_by_text_hash ON chunks (text_hash)",
    "ALTER TABLE documents ADD COLUMN near_duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL",
    "ALTER TABLE documents ADD COLUMN left_to_twin INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE documents ADD COLUMN sketch BLOB",
    "CREATE INDEX documents_by_near_duplicate ON documents (near_duplicate_of)",
]

# Citations that land: a chunk keeps how a person cites its unit (`label`: "Slide 3", "Sheet 'Costs',
# rows 40-62") and the same place as a JSON object (`locator`: {"sheet": "Costs", "rows": [40, 62]}).
# Rows from before stay NULL and are cited as "page N", as they were.
M004_LOCATORS = [
    "ALTER TABLE chunks ADD COLUMN label TEXT",
    "ALTER TABLE chunks ADD COLUMN locator TEXT",
]

# Labels a taught classifier gave each document (assistant/tools/document_labels.py), so search
# and ask can keep to "only contracts". A document whose content changes loses its labels: they
# described the old text.
M005_DOCUMENT_LABELS = [
    """CREATE TABLE document_labels (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        classifier TEXT NOT NULL,
        label TEXT NOT NULL,
        confidence REAL NOT NULL,
        labelled_at REAL NOT NULL,
        PRIMARY KEY (document_id, classifier)
    )""",
    "CREATE INDEX document_labels_by_label ON document_labels (classifier, label)",
    """CREATE TRIGGER document_labels_stale AFTER UPDATE OF content_hash ON documents
        WHEN new.content_hash IS NOT old.content_hash BEGIN
        DELETE FROM document_labels WHERE document_id = new.id;
    END""",
]

# Conversations as trees: a message follows its parent, so a regenerated answer or an edited
# question is a sibling and nothing is overwritten; the conversation shows the path that ends at
# current_leaf_id. Existing messages follow the one before them. Pins and a per-conversation
# preset (persona) for the conversation list and the composer.
M006_BRANCHES = [
    "ALTER TABLE messages ADD COLUMN parent_id INTEGER",
    """UPDATE messages SET parent_id = (SELECT MAX(p.id) FROM messages p
        WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id)""",
    "CREATE INDEX messages_by_parent ON messages (parent_id)",
    "ALTER TABLE conversations ADD COLUMN current_leaf_id INTEGER",
    "UPDATE conversations SET current_leaf_id = (SELECT MAX(id) FROM messages WHERE conversation_id = conversations.id)",
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN preset TEXT",
]

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("m001_conversations", M001_CONVERSATIONS),
    ("m002_documents", M002_DOCUMENTS),
    ("m003_duplicates", M003_DUPLICATES),
    ("m004_locators", M004_LOCATORS),
    ("m005_document_labels", M005_DOCUMENT_LABELS),
    ("m006_branches", M006_BRANCHES),
]
