"""The tools: summarize, translate and sentiment. One module a tool; shared pieces in common.py.

Each tool is a plain generator that yields progress items and text pieces, so the CLI prints them
and the GUI runs them on a worker thread; none of them imports Qt.
"""
