# psycopg 3 picks its libpq wrapper at import time (psycopg.pq: "c", then "binary", then ctypes), and
# psycopg_binary's compiled modules import psycopg's Python modules in ways import analysis cannot
# see, so all of psycopg and the binary wrapper are named here. psycopg_binary's own libpq, OpenSSL,
# Kerberos and LDAP libraries (psycopg_binary.libs/) are found from its modules' RPATH by PyInstaller's
# binary analysis; packaging/bundle_check.py proves libpq loads in the frozen app.
# (psycopg_binary._uuid comes from pyinstaller-hooks-contrib's hook-psycopg_binary.)
from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = collect_submodules("psycopg") + ["psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg"]
excludedimports = ["psycopg_c", "psycopg_pool"]
datas = copy_metadata("psycopg") + copy_metadata("psycopg-binary")  # LGPL-3.0: the licence travels with it
