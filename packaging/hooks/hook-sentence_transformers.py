# sentence-transformers names its modules in the model folder's modules.json and imports them by
# name at load time; transformers imports model classes lazily. Collect what the bundled
# all-MiniLM-L6-v2 (a BERT) needs.
from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = collect_submodules("sentence_transformers", filter=lambda name: ".tests" not in name) + [
    "transformers.models.bert.modeling_bert",
    "transformers.models.bert.configuration_bert",
    "transformers.models.bert.tokenization_bert",
    "transformers.models.bert.tokenization_bert_fast",
]
datas = copy_metadata("sentence_transformers")
