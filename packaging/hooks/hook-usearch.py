# usearch: its compiled module (usearch/compiled*.so) is found by import analysis; NumKong, whose
# compiled module usearch loads with ctypes (RTLD_GLOBAL) before its own, is named here so the
# bundle has it (with numkong.libs' libgomp). The server, client, plotting and numba parts are
# never used by assistant/documents/vector_index.py and stay out.
from PyInstaller.utils.hooks import copy_metadata

hiddenimports = ["usearch.compiled", "numkong", "numkong._numkong"]
excludedimports = ["matplotlib", "networkx", "numba", "ucall"]
datas = copy_metadata("usearch")  # its licence (Apache-2.0) travels with it
