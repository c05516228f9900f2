"""Helpers the tests share: documents, model files, hostile inputs, servers."""
