"""The local API: OpenAI's chat, embeddings and model list, plus /v1/deskmate/ask.

`runner.ApiServer(workspace, config.ServerConfig(...))` serves one workspace; `deskmate serve`
runs it in the foreground and the window on a thread, sharing the window's model (one lane).
"""
