"""deskmate library init|add|remove|refresh|verify|list|grant|revoke (the administrator's, with --url) and
deskmate library use|search (a laptop's: the URL kept in library.json, the password in an environment variable)."""
from __future__ import annotations

import argparse
import os
import sys

from assistant.cli.common import open_workspace
from assistant.cli.index_commands import cited, run_indexing
from assistant.cli.output import print_json, table
from assistant.config import resolve_home
from assistant.documents.embedder import Embedder
from assistant.errors import InvalidInput
from assistant.library import schema
from assistant.library import settings as library_settings
from assistant.library.checks import library_problems
from assistant.library.database import Database, where
from assistant.library.index import LibraryIndex
from assistant.library.search import search_library
from assistant.library.settings import LibrarySettings, without_password

ADMIN_TIMEOUT_S = 10.0


def register(commands, common) -> None:
    library = commands.add_parser(
        "library", parents=[common], help="a shared document library on PostgreSQL (office)",
        description="An office's shared folders, indexed once into PostgreSQL + pgvector and searched from "
                    "every laptop; each reader sees only the collections granted to them.")
    sub = library.add_subparsers(title="library commands", metavar="ACTION")
    init = _admin(sub, common, "init", "create the library's tables, indexes and access rules in a database")
    init.add_argument("--text-search", metavar="CONFIG",
                      help="PostgreSQL text search configuration for keywords (default english; simple: no "
                           "stemming); fixed once the library is made")
    init.set_defaults(handler=run_init)
    add = _admin(sub, common, "add", "index shared folders, each as a collection")
    add.add_argument("folders", nargs="+", metavar="FOLDER")
    add.add_argument("--collection", metavar="NAME", help="the collection's name (default: the folder's name)")
    add.set_defaults(handler=run_add)
    _admin(sub, common, "refresh", "re-scan every collection's folder for changes").set_defaults(handler=run_refresh)
    remove = _admin(sub, common, "remove", "forget a collection and its documents (the files stay)")
    remove.add_argument("collection", metavar="NAME|FOLDER")
    remove.set_defaults(handler=run_remove)
    _admin(sub, common, "verify", "check the library; exit 0 only if it is consistent").set_defaults(handler=run_verify)
    _admin(sub, common, "list", "collections, their counts and readers").set_defaults(handler=run_list)
    grant = _admin(sub, common, "grant", "let a login read collections (made read-only if new)")
    grant.add_argument("role", metavar="ROLE")
    grant.add_argument("collections", nargs="+", metavar="COLLECTION")
    grant.add_argument("--password-env", metavar="NAME", help="environment variable holding the new login's password")
    grant.set_defaults(handler=run_grant)
    revoke = _admin(sub, common, "revoke", "stop a login reading collections")
    revoke.add_argument("role", metavar="ROLE")
    revoke.add_argument("collections", nargs="+", metavar="COLLECTION")
    revoke.set_defaults(handler=run_revoke)
    use = sub.add_parser("use", parents=[common], help="search this library beside your own documents")
    use.add_argument("url", nargs="?", metavar="URL", help="postgresql://user@host:5432/database (no password)")
    use.add_argument("--key-env", metavar="NAME", help="environment variable holding the password")
    use.add_argument("--timeout", type=float, default=library_settings.DEFAULT_TIMEOUT_S, metavar="S",
                     help="longest wait for the library, in seconds (default %(default)s)")
    use.add_argument("--ef-search", type=int, default=library_settings.DEFAULT_EF_SEARCH, metavar="N",
                     help="how widely the library's vector index is searched, 1-1000 (default %(default)s; "
                          "1000 for a library of about a million passages)")
    use.add_argument("--off", action="store_true", help="stop using the library")
    use.set_defaults(handler=run_use)
    search = sub.add_parser("search", parents=[common], help="search the library you use")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=5, metavar="N", help="how many results (default 5)")
    search.set_defaults(handler=run_search)
    library.set_defaults(handler=lambda args: library.print_help() or 0)


def _admin(sub, common, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, parents=[common], help=help_text)
    parser.add_argument("--url", required=True, metavar="URL",
                        help="postgresql://admin@host:5432/database (TLS options such as ?sslmode=verify-full work)")
    parser.add_argument("--key-env", metavar="NAME",
                        help="environment variable holding the password (else PGPASSWORD or ~/.pgpass)")
    return parser


def _password(name: str | None) -> str | None:
    if name and not os.environ.get(name):
        raise InvalidInput(f"The environment variable {name} is not set: put the password in it.")
    return os.environ[name] if name else None


def _database(args) -> Database:
    return Database(args.url, _password(args.key_env), timeout_s=ADMIN_TIMEOUT_S)


def _library(args, database: Database) -> LibraryIndex:
    documents = open_workspace(args).documents  # the same embedder, size and time limits as the local index
    library = LibraryIndex(database, documents.embedder, documents.max_file_bytes, documents.read_limits)
    library.include_generated = documents.include_generated
    return library


def run_init(args) -> int:
    embedder = open_workspace(args).documents.embedder
    with _database(args) as database:
        schema.create(database, embedder.dimensions, embedder.name, args.text_search)
        keywords = schema.meta(database)["text_search"]
        print(f"Library ready at {where(args.url)} (embedder {embedder.name}, keywords '{keywords}').")
    return 0


def run_add(args) -> int:
    with _database(args) as database:
        return run_indexing(_library(args, database).add(args.folders, collection=args.collection))


def run_refresh(args) -> int:
    with _database(args) as database:
        return run_indexing(_library(args, database).refresh())


def run_remove(args) -> int:
    with _database(args) as database:
        removed = LibraryIndex(database).remove(args.collection)
    print(f"Removed the collection '{args.collection}' ({removed} document(s)).")
    return 0


def run_verify(args) -> int:
    with _database(args) as database:
        schema.meta(database)
        problems = library_problems(database)
        stats = LibraryIndex(database).stats()
    if args.json:
        print_json({"ok": not problems, "problems": problems, **stats})
    else:
        for problem in problems:
            print(problem)
        print(f"{'OK' if not problems else 'PROBLEMS'}: {stats['documents']} documents, {stats['chunks']} chunks, "
              f"{stats['collections']} collections")
    return 0 if not problems else 1


def run_list(args) -> int:
    with _database(args) as database:
        rows = LibraryIndex(database).collections()
    if args.json:
        print_json(rows)
    else:
        print(table([[r["name"], r["documents"], r["chunks"], ", ".join(r["readers"]) or "-", r["path"]]
                     for r in rows], ["collection", "documents", "chunks", "readers", "folder"]))
    return 0


def run_grant(args) -> int:
    with _database(args) as database:
        LibraryIndex(database).grant(args.role, args.collections, _password(args.password_env))
    print(f"{args.role} may read: {', '.join(args.collections)}.")
    return 0


def run_revoke(args) -> int:
    with _database(args) as database:
        removed = LibraryIndex(database).revoke(args.role, args.collections)
    print(f"{args.role} may no longer read {', '.join(args.collections)} ({removed} grant(s) removed).")
    return 0


def run_use(args) -> int:
    home = resolve_home(args.home)
    if args.off:
        forgotten = library_settings.forget(home)
        print("This computer no longer uses a library." if forgotten else "No library was in use.")
        return 0
    if not args.url:
        raise InvalidInput("Give the library's URL (postgresql://user@host:5432/database), or --off.")
    url, had_password = without_password(args.url)
    library_settings.save(home, LibrarySettings(url, args.key_env, args.timeout, args.ef_search))
    if had_password:
        print("deskmate: the password in the URL was not saved; put it in an environment variable and give "
              "its name with --key-env.", file=sys.stderr)
    print(f"Using the library at {where(url)}" + (f" (password from ${args.key_env})" if args.key_env else "") + ".")
    return 0


def run_search(args) -> int:
    settings = library_settings.load(resolve_home(args.home))
    if settings is None:
        raise InvalidInput("No library is in use: run 'deskmate library use URL --key-env NAME' first.")
    results = search_library(settings, args.query, Embedder(), args.k)
    if results.notice:
        print(f"deskmate: {results.notice}", file=sys.stderr)
    if args.json:
        print_json({"hits": [hit.to_dict() for hit in results.hits], "notice": results.notice})
        return 0
    for rank, hit in enumerate(results.hits, 1):
        collection = getattr(hit, "collection", "")
        print(f"{rank}. [library: {collection}] {cited(hit.path, hit.label, hit.page)} (score {hit.score:.3f})")
        print(f"   {' '.join(hit.text.split())[:300]}")
    if not results.hits and not results.notice:
        print("No results in the collections you may read.")
    return 0
