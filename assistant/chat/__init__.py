"""Conversations: a chat turn, saved history with search, and answers grounded in the user's documents."""
