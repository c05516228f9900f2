"""The document index: find files, read and chunk them, embed, store, and search with citations."""
