<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ApiSwitch</name>
    <message>
        <location filename="../../ui/api_switch.py" line="29"/>
        <source>Serve the local &amp;API</source>
        <translation>Rendi disponibile l’&amp;API locale</translation>
    </message>
    <message>
        <location filename="../../ui/api_switch.py" line="31"/>
        <source>Let programs on this computer use the model through an OpenAI-compatible API</source>
        <translation>Consenti ai programmi di questo computer di usare il modello tramite un’API compatibile con OpenAI</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="172"/>
        <source>Choose a model</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="178"/>
        <source>Models that fit this computer</source>
        <translation>Modelli adatti a questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="180"/>
        <source>This computer: %s</source>
        <translation>Questo computer: %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="182"/>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="183"/>
        <source>Downloads start only when you click Download. Files are checked against their SHA-256 checksum before they are used. This is the only part of Deskmate that uses the network.</source>
        <translation>I download iniziano solo quando fai clic su Scarica. Ogni file viene verificato con il suo checksum SHA-256 prima dell’uso. È l’unica parte di Deskmate che usa la rete.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="190"/>
        <source>Available models</source>
        <translation>Modelli disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="197"/>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="201"/>
        <source>Download status</source>
        <translation>Stato del download</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="202"/>
        <location filename="../../ui/catalogue_dialog.py" line="300"/>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="205"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="208"/>
        <source>Use this model</source>
        <translation>Usa questo modello</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="251"/>
        <source>Recommended</source>
        <translation>Consigliato</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="279"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="291"/>
        <source>Paused; click Download to resume.</source>
        <translation>In pausa; fai clic su Scarica per riprendere.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="292"/>
        <source>Checking the checksum…</source>
        <translation>Verifica del checksum…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="304"/>
        <source>Done: %s</source>
        <translation>Fatto: %s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="149"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Chiedi quello che vuoi. Tutto resta su questo computer.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="159"/>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="162"/>
        <source>Message Deskmate (Enter to send, Shift+Enter for a new line)</source>
        <translation>Messaggio per Deskmate (Invio per inviare, Maiusc+Invio per andare a capo)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="163"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="164"/>
        <source>Type a message; Enter sends it, Shift+Enter adds a line</source>
        <translation>Scrivi un messaggio; Invio lo invia, Maiusc+Invio aggiunge una riga</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="169"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="170"/>
        <source>Send message</source>
        <translation>Invia messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="172"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="173"/>
        <source>Stop the answer</source>
        <translation>Interrompi la risposta</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="174"/>
        <source>Stop the answer (Esc)</source>
        <translation>Interrompi la risposta (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="197"/>
        <source>Model for answers</source>
        <translation>Modello per le risposte</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="198"/>
        <source>The model that answers; switching stops an answer in progress</source>
        <translation>Il modello che risponde; cambiarlo interrompe la risposta in corso</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="202"/>
        <source>Copy chat</source>
        <translation>Copia la chat</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="203"/>
        <source>Copy the whole conversation</source>
        <translation>Copia tutta la conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="204"/>
        <source>Copy the conversation as Markdown</source>
        <translation>Copia la conversazione in Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="207"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="208"/>
        <source>Export the conversation</source>
        <translation>Esporta la conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="209"/>
        <source>Save the conversation as Markdown, JSON or PDF</source>
        <translation>Salva la conversazione in Markdown, JSON o PDF</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="212"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="212"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="212"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="242"/>
        <source>Office server</source>
        <translation>Server dell’ufficio</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="248"/>
        <source>%s (bundled)</source>
        <translation>%s (incluso)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="266"/>
        <source>Use my documents</source>
        <translation>Usa i miei documenti</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="267"/>
        <source>Use my documents in this conversation</source>
        <translation>Usa i miei documenti in questa conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="268"/>
        <source>Answers quote your indexed documents and cite them</source>
        <translation>Le risposte citano i tuoi documenti indicizzati e ne indicano la fonte</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="270"/>
        <source>Which documents to use</source>
        <translation>Quali documenti usare</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="271"/>
        <location filename="../../ui/chat_view.py" line="297"/>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="475"/>
        <source>Delete message?</source>
        <translation>Eliminare il messaggio?</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="476"/>
        <source>Delete this message? The messages after it stay in the conversation.</source>
        <translation>Eliminare questo messaggio? I messaggi successivi restano nella conversazione.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="512"/>
        <source>Send a message first: there is no conversation to export yet.</source>
        <translation>Invia prima un messaggio: non c’è ancora nessuna conversazione da esportare.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="514"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="514"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="514"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="517"/>
        <source>Export conversation</source>
        <translation>Esporta la conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="523"/>
        <source>Could not export the conversation to %s: %s. Choose another folder.</source>
        <translation>Impossibile esportare la conversazione in %s: %s. Scegli un’altra cartella.</translation>
    </message>
</context>
<context>
    <name>ClassifyView</name>
    <message>
        <location filename="../../ui/classify_view.py" line="100"/>
        <source>Classify</source>
        <translation>Classifica</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="118"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="120"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="131"/>
        <source>1. Examples: a text and its label a row (type, paste with Ctrl+V, or load a CSV)</source>
        <translation>1. Esempi: un testo e la sua etichetta per riga (scrivi, incolla con Ctrl+V o carica un CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="134"/>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="138"/>
        <source>Text column</source>
        <translation>Colonna del testo</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="139"/>
        <source>Label column</source>
        <translation>Colonna dell’etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="142"/>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Carica CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="143"/>
        <source>Add &amp;row</source>
        <translation>Aggiungi &amp;riga</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>Te&amp;xt column:</source>
        <translation>Colonna del te&amp;sto:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>La&amp;bel column:</source>
        <translation>Colonna dell’e&amp;tichetta:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="156"/>
        <source>2. Train</source>
        <translation>2. Addestra</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="158"/>
        <source>Classifier name</source>
        <translation>Nome del classificatore</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="159"/>
        <source>e.g. tickets</source>
        <translation>ad es. ticket</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="160"/>
        <source>Replace a classifier of this name</source>
        <translation>Sostituisci un classificatore con questo nome</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="161"/>
        <source>&amp;Train</source>
        <translation>A&amp;ddestra</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="162"/>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="165"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="173"/>
        <source>Accuracy</source>
        <translation>Accuratezza</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="175"/>
        <source>Confusion table</source>
        <translation>Matrice di confusione</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="184"/>
        <source>3. Label a CSV file or a folder of documents</source>
        <translation>3. Etichetta un file CSV o una cartella di documenti</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="186"/>
        <source>Classifier</source>
        <translation>Classificatore</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="187"/>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="189"/>
        <source>Column to label</source>
        <translation>Colonna da etichettare</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="191"/>
        <source>Write to</source>
        <translation>Scrivi in</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="192"/>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="193"/>
        <source>Label my &amp;indexed documents</source>
        <translation>Etichetta i &amp;miei documenti indicizzati</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="194"/>
        <source>Label every indexed document with this classifier and keep the labels in the index, so a chat can use only the documents of one label</source>
        <translation>Etichetta ogni documento indicizzato con questo classificatore e conserva le etichette nell’indice, così una chat può usare solo i documenti di un’etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="197"/>
        <source>Classifier:</source>
        <translation>Classificatore:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="200"/>
        <source>C&amp;hoose CSV…</source>
        <translation>Scegli CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="201"/>
        <source>Choose &amp;folder…</source>
        <translation>Scegli cartel&amp;la…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="202"/>
        <source>File or folder:</source>
        <translation>File o cartella:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="203"/>
        <source>Column:</source>
        <translation>Colonna:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="204"/>
        <source>Write to:</source>
        <translation>Scrivi in:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="232"/>
        <source>Load examples</source>
        <translation>Carica esempi</translation>
    </message>
    <message>
        <source>%d rows loaded from %s.</source>
        <translation type="vanished">%d righe caricate da %s.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="272"/>
        <source>Give the classifier a name first.</source>
        <translation>Prima dai un nome al classificatore.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="275"/>
        <source>Training…</source>
        <translation>Addestramento…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="288"/>
        <source>Choose a CSV file to label</source>
        <translation>Scegli un file CSV da etichettare</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="306"/>
        <source>Choose a folder of documents to label</source>
        <translation>Scegli una cartella di documenti da etichettare</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="313"/>
        <source>%s (every document in it)</source>
        <translation>%s (tutti i documenti che contiene)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="320"/>
        <source>Choose a classifier, and a CSV file or a folder, first.</source>
        <translation>Prima scegli un classificatore e un file CSV o una cartella.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="325"/>
        <source>Labelling…</source>
        <translation>Etichettatura…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="336"/>
        <source>Choose a classifier first (train one above).</source>
        <translation>Prima scegli un classificatore (addestrane uno qui sopra).</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="342"/>
        <source>Labelling your indexed documents…</source>
        <translation>Etichettatura dei documenti indicizzati…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="392"/>
        <source>Stopped; the documents labelled so far keep their label. Label again to go on from there.</source>
        <translation>Interrotto; i documenti già etichettati mantengono l’etichetta. Etichetta di nuovo per riprendere da lì.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="395"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Interrotto; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="399"/>
        <source>Cross-validated accuracy %.2f (%d examples, %d folds, %.1f s). Per label: %s</source>
        <translation>Accuratezza in convalida incrociata %.2f (%d esempi, %d fold, %.1f s). Per etichetta: %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="404"/>
        <source>→ %s</source>
        <translation>→ %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="409"/>
        <source>Saved &apos;%s&apos;. Rows of the table: the true label; columns: the predicted one.</source>
        <translation>«%s» salvato. Righe della tabella: l’etichetta vera; colonne: quella prevista.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="413"/>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
    <message>
        <source>%d rows written to %s (%.1f s).</source>
        <translation type="vanished">%d righe scritte in %s (%.1f s).</translation>
    </message>
    <message>
        <source>Labelled %1 indexed documents with &apos;%2&apos; (%3 s).</source>
        <translation type="vanished">%1 documenti indicizzati etichettati con «%2» (%3 s).</translation>
    </message>
    <message>
        <source>%1 were labelled before and have not changed.</source>
        <translation type="vanished">%1 erano già etichettati e non sono cambiati.</translation>
    </message>
    <message>
        <source>%1 have no indexed text and got no label.</source>
        <translation type="vanished">%1 non hanno testo indicizzato e non hanno ricevuto etichette.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="428"/>
        <source>In a chat with &quot;Use my documents&quot;, choose a label to use only those documents.</source>
        <translation>In una chat con «Usa i miei documenti», scegli un’etichetta per usare solo quei documenti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="256"/>
        <source>%n row(s) loaded from %s.</source>
        <translation>
            <numerusform>%n riga caricata da %s.</numerusform>
            <numerusform>%n righe caricate da %s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="416"/>
        <source>%n row(s) written to %s (%.1f s).</source>
        <translation>
            <numerusform>%n riga scritta in %s (%.1f s).</numerusform>
            <numerusform>%n righe scritte in %s (%.1f s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="422"/>
        <source>Labelled %n indexed document(s) with &apos;%1&apos; (%2 s).</source>
        <translation>
            <numerusform>%n documento indicizzato etichettato con «%1» (%2 s).</numerusform>
            <numerusform>%n documenti indicizzati etichettati con «%1» (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="425"/>
        <source>%n were labelled before and have not changed.</source>
        <translation>
            <numerusform>%n era già etichettato e non è cambiato.</numerusform>
            <numerusform>%n erano già etichettati e non sono cambiati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="427"/>
        <source>%n have no indexed text and got no label.</source>
        <translation>
            <numerusform>%n non ha testo indicizzato e non ha ricevuto etichette.</numerusform>
            <numerusform>%n non hanno testo indicizzato e non hanno ricevuto etichette.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/code_blocks.py" line="226"/>
        <location filename="../../ui/code_blocks.py" line="227"/>
        <source>Copy code</source>
        <translation>Copia il codice</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="228"/>
        <source>Copy this code block</source>
        <translation>Copia questo blocco di codice</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="239"/>
        <location filename="../../ui/code_blocks.py" line="254"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="253"/>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="254"/>
        <source>Code in %s</source>
        <translation>Codice in %s</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/conversation_list.py" line="72"/>
        <location filename="../../ui/conversation_list.py" line="74"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="75"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Inizia una nuova conversazione (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="78"/>
        <location filename="../../ui/conversation_list.py" line="79"/>
        <source>Search conversations</source>
        <translation>Cerca nelle conversazioni</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="84"/>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="94"/>
        <location filename="../../ui/conversation_list.py" line="184"/>
        <source>No conversations yet.</source>
        <translation>Ancora nessuna conversazione.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="102"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="117"/>
        <location filename="../../ui/conversation_list.py" line="241"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="118"/>
        <location filename="../../ui/conversation_list.py" line="243"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="119"/>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Pin</source>
        <translation>Fissa</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Pinned</source>
        <translation>Fissate</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="165"/>
        <source>Older</source>
        <translation>Meno recenti</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="183"/>
        <source>No conversation matches “%s”.</source>
        <translation>Nessuna conversazione corrisponde a «%s».</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Unpin</source>
        <translation>Non fissare più</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Rename conversation</source>
        <translation>Rinomina la conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="273"/>
        <source>Delete conversation?</source>
        <translation>Eliminare la conversazione?</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="274"/>
        <source>Delete “%s” and all its messages? This cannot be undone.</source>
        <translation>Eliminare «%s» e tutti i suoi messaggi? L’operazione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../ui/tools_view.py" line="171"/>
        <source>Counts per label</source>
        <translation>Conteggio per etichetta</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Qualcosa è andato storto: %s. I dettagli sono nel file di log.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <source>Add files…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <location filename="../../ui/documents_view.py" line="163"/>
        <source>Add files to the index</source>
        <translation>Aggiungi file all’indice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add folder…</source>
        <translation>Aggiungi cartella…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add a folder and watch it</source>
        <translation>Aggiungi una cartella e monitorala</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan</source>
        <translation>Ricontrolla</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan added folders for changes</source>
        <translation>Ricontrolla le cartelle aggiunte per trovare modifiche</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove the selected items from the index</source>
        <translation>Rimuovi dall’indice gli elementi selezionati</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open the selected file</source>
        <translation>Apri il file selezionato</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="84"/>
        <source>Indexed documents</source>
        <translation>Documenti indicizzati</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Chunks</source>
        <translation>Frammenti</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="91"/>
        <source>No documents yet. Add files or folders, or drop them on the window.</source>
        <translation>Ancora nessun documento. Aggiungi file o cartelle, o trascinali sulla finestra.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="94"/>
        <source>Index summary</source>
        <translation>Riepilogo dell’indice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Avanzamento dell’indicizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="109"/>
        <source>Indexing status</source>
        <translation>Stato dell’indicizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Stop indexing; finished files stay indexed</source>
        <translation>Interrompi l’indicizzazione; i file completati restano indicizzati</translation>
    </message>
    <message>
        <source>%d indexed · %d failed · %d folders watched</source>
        <translation type="vanished">%d indicizzati · %d non riusciti · %d cartelle monitorate</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="167"/>
        <source>Add a folder to the index</source>
        <translation>Aggiungi una cartella all’indice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="200"/>
        <source>No application could open %s.</source>
        <translation>Nessuna applicazione è riuscita ad aprire %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="211"/>
        <source>Looking for files…</source>
        <translation>Ricerca dei file…</translation>
    </message>
    <message>
        <source>%d of %d files · %.1f chunks/s · %s</source>
        <translation type="vanished">%d file su %d · %.1f frammenti/s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="222"/>
        <source>%s: page %s of %s</source>
        <translation>%s: pagina %s di %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="228"/>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="242"/>
        <source>Added %d, updated %d, unchanged %d, moved %d, removed %d.</source>
        <translation>Aggiunti %d, aggiornati %d, invariati %d, spostati %d, rimossi %d.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="245"/>
        <source>Indexing cancelled; finished files stay indexed. </source>
        <translation>Indicizzazione annullata; i file completati restano indicizzati. </translation>
    </message>
    <message>
        <source>%d file(s) could not be indexed (see Reason).</source>
        <translation type="vanished">Non è stato possibile indicizzare %d file (vedi Motivo).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="249"/>
        <source>Missing folders (kept): %s</source>
        <translation>Cartelle mancanti (conservate): %s</translation>
    </message>
    <message>
        <source>Skipped %d generated or vendored file(s) and folder(s): %s.</source>
        <translation type="vanished">Saltati %d file e cartelle generati o di terze parti: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="263"/>
        <source>Left out as generated or vendored (Settings &gt; Documents to include them):</source>
        <translation>Esclusi perché generati o di terze parti (Impostazioni &gt; Documenti per includerli):</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Indexed</source>
        <translation>Indicizzato</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="129"/>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="148"/>
        <source>%d indexed · %d failed · %n folder(s) watched</source>
        <translation>
            <numerusform>%d indicizzati · %d non riusciti · %n cartella monitorata</numerusform>
            <numerusform>%d indicizzati · %d non riusciti · %n cartelle monitorate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="219"/>
        <source>%d of %n file(s) · %.1f chunks/s · %s</source>
        <translation>
            <numerusform>%d file su %n · %.1f frammenti/s · %s</numerusform>
            <numerusform>%d file su %n · %.1f frammenti/s · %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="247"/>
        <source>%n file(s) could not be indexed (see Reason).</source>
        <translation>
            <numerusform>Non è stato possibile indicizzare %n file (vedi Motivo).</numerusform>
            <numerusform>Non è stato possibile indicizzare %n file (vedi Motivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="254"/>
        <source>Skipped %n generated or vendored file(s) and folder(s): %s.</source>
        <translation>
            <numerusform>Saltato %n file o cartella generato o di terze parti: %s.</numerusform>
            <numerusform>Saltati %n file e cartelle generati o di terze parti: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/explain_panel.py" line="43"/>
        <source>Why these sources?</source>
        <translation>Perché queste fonti?</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="51"/>
        <source>Question: %s</source>
        <translation>Domanda: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="54"/>
        <source>Looking at what retrieval considered…</source>
        <translation>Esame di ciò che la ricerca ha considerato…</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="57"/>
        <source>What retrieval found</source>
        <translation>Ciò che ha trovato la ricerca</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="59"/>
        <source>Passages retrieval considered</source>
        <translation>Passaggi considerati dalla ricerca</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>File · place</source>
        <translation>File · posizione</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Combined</source>
        <translation>Combinato</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="62"/>
        <source>The file and the page (or slide, sheet…) of the passage</source>
        <translation>Il file e la pagina (o diapositiva, foglio…) del passaggio</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="63"/>
        <source>Keyword score (BM25): 0 means no word in common with the question</source>
        <translation>Punteggio delle parole chiave (BM25): 0 significa nessuna parola in comune con la domanda</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="64"/>
        <source>How close the passage&apos;s meaning is to the question (cosine similarity, up to 1)</source>
        <translation>Quanto il significato del passaggio è vicino alla domanda (similarità del coseno, fino a 1)</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="65"/>
        <source>The score retrieval ranks by: keywords and meaning together</source>
        <translation>Il punteggio con cui la ricerca ordina: parole chiave e significato insieme</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="66"/>
        <source>Whether the answer read this passage, and as which [n]</source>
        <translation>Se la risposta ha letto questo passaggio, e come quale [n]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="67"/>
        <source>Why it was used, or why not</source>
        <translation>Perché è stato usato, o perché no</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="82"/>
        <source>Close the explanation</source>
        <translation>Chiudi la spiegazione</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="90"/>
        <source>Could not explain the sources: %s</source>
        <translation>Impossibile spiegare le fonti: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="103"/>
        <source>yes [%d]</source>
        <translation>sì [%d]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%d passages considered, %d used.</source>
        <translation type="vanished">%d passaggi considerati, %d usati.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="129"/>
        <source>The passages answer the question: its best sentence scores %.2f (%.2f is needed).</source>
        <translation>I passaggi rispondono alla domanda: la frase migliore ottiene %.2f (serve %.2f).</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="132"/>
        <source>Not in your documents: the best sentence scores %.2f, under the %.2f needed to count as an answer.</source>
        <translation>Non è nei tuoi documenti: la frase migliore ottiene %.2f, sotto il %.2f necessario per valere come risposta.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="135"/>
        <source>Best sentence: “%s”</source>
        <translation>Frase migliore: «%s»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/explain_panel.py" line="126"/>
        <source>%n passage(s) considered, %d used.</source>
        <translation>
            <numerusform>%n passaggio considerato, usati: %d.</numerusform>
            <numerusform>%n passaggi considerati, usati: %d.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractPanel</name>
    <message>
        <location filename="../../ui/extract_panel.py" line="74"/>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="75"/>
        <source>What to ask of every document, e.g. What is the notice period?</source>
        <translation>Cosa chiedere a ogni documento, ad es. Qual è il periodo di preavviso?</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="77"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="78"/>
        <source>The folder whose documents to ask</source>
        <translation>La cartella dei documenti da interrogare</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose f&amp;older…</source>
        <translation>Scegli car&amp;tella…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose folder</source>
        <translation>Scegli cartella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="81"/>
        <source>Table file</source>
        <translation>File della tabella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="82"/>
        <source>A .xlsx or .csv file for the table</source>
        <translation>Un file .xlsx o .csv per la tabella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose table file</source>
        <translation>Scegli il file della tabella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose tabl&amp;e file…</source>
        <translation>Scegli il &amp;file della tabella…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="84"/>
        <source>Start over (ask every document again and replace the table)</source>
        <translation>Ricomincia (interroga di nuovo ogni documento e sostituisci la tabella)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="85"/>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>S&amp;top</source>
        <translation>I&amp;nterrompi</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="89"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="92"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="94"/>
        <source>Rows of the table</source>
        <translation>Righe della tabella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="96"/>
        <source>Citation or reason</source>
        <translation>Citazione o motivo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="105"/>
        <source>&amp;Question:</source>
        <translation>&amp;Domanda:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="107"/>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;bella:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="138"/>
        <source>Choose the folder of documents</source>
        <translation>Scegli la cartella dei documenti</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="149"/>
        <source>Where to write the table</source>
        <translation>Dove scrivere la tabella</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="176"/>
        <source>Choose a folder of documents and a table file (.xlsx or .csv) first.</source>
        <translation>Prima scegli una cartella di documenti e un file per la tabella (.xlsx o .csv).</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="183"/>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>%d document(s); %d already answered in the table</source>
        <translation type="vanished">%d documenti; %d già con risposta nella tabella</translation>
    </message>
    <message>
        <source>%d document(s)</source>
        <translation type="vanished">%d documenti</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="206"/>
        <source>Document %d of %d: %s</source>
        <translation>Documento %d di %d: %s</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>not read</source>
        <translation>non letto</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="227"/>
        <source>Not finished.</source>
        <translation>Non completato.</translation>
    </message>
    <message>
        <source>%d row(s) in %s: %d found, %d not found, %d not read</source>
        <translation type="vanished">%d righe in %s: %d trovate, %d non trovate, %d non lette</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="238"/>
        <source>Stopped. %s. Run again to answer the rest.</source>
        <translation>Interrotto. %s. Esegui di nuovo per rispondere al resto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="202"/>
        <source>%n document(s); %d already answered in the table</source>
        <translation>
            <numerusform>%n documento; %d già con risposta nella tabella</numerusform>
            <numerusform>%n documenti; %d già con risposta nella tabella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="203"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="234"/>
        <source>%n row(s) in %s: %d found, %d not found, %d not read</source>
        <translation>
            <numerusform>%n riga in %s: %d trovata, %d non trovata, %d non letta</numerusform>
            <numerusform>%n righe in %s: %d trovate, %d non trovate, %d non lette</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitTexts</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>GPU offload available</source>
        <translation>Offload su GPU disponibile</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>%s memory (%s free) · %d CPU cores · %s</source>
        <translation type="vanished">%s di memoria (%s libera) · %d core della CPU · %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>Fits</source>
        <translation>Ci sta</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>May be slow</source>
        <translation>Potrebbe essere lento</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="67"/>
        <source>Will not fit</source>
        <translation>Non ci sta</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="71"/>
        <source>about %s tokens/s here</source>
        <translation>circa %s token/s qui</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="74"/>
        <source>needs about %s of memory</source>
        <translation>richiede circa %s di memoria</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_dialog.py" line="62"/>
        <source>%s memory (%s free) · %n CPU core(s) · %s</source>
        <translation>
            <numerusform>%s di memoria (%s libera) · %n core della CPU · %s</numerusform>
            <numerusform>%s di memoria (%s libera) · %n core della CPU · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../ui/workers.py" line="34"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Qualcosa è andato storto: %s. I dettagli sono nel file di log.</translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <location filename="../../ui/label_filter.py" line="29"/>
        <source>Which labelled documents to use</source>
        <translation>Quali documenti etichettati usare</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="30"/>
        <source>Keep to the documents a classifier labelled so (Classify page: Label my indexed documents)</source>
        <translation>Limitati ai documenti che un classificatore ha etichettato così (pagina Classifica: Etichetta i miei documenti indicizzati)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="47"/>
        <source>Any label</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="50"/>
        <source>Only %1 (%2, %3)</source>
        <translation>Solo %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="68"/>
        <source>Only %1 (%2, none now)</source>
        <translation>Solo %1 (%2, nessuno ora)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>C&amp;lassify</source>
        <translation>C&amp;lassifica</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models: choose, download and tune (Ctrl+M)</source>
        <translation>Modelli: scegli, scarica e regola (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Impostazioni (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading model…</source>
        <translation>Caricamento del modello…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Model status</source>
        <translation>Stato del modello</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Generation speed</source>
        <translation>Velocità di generazione</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Network status</source>
        <translation>Stato della rete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Conversation title</source>
        <translation>Titolo della conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelli…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Search conversations</source>
        <translation>&amp;Cerca nelle conversazioni</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;Focus message box</source>
        <translation>Vai alla casella del &amp;messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>S&amp;top answer</source>
        <translation>&amp;Interrompi la risposta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Rename conversation…</source>
        <translation>&amp;Rinomina la conversazione…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Delete conversation…</source>
        <translation>&amp;Elimina la conversazione…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;About Deskmate</source>
        <translation>&amp;Informazioni su Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Open &amp;data folder</source>
        <translation>Apri la cartella dei &amp;dati</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copia la diagnostica</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Model: %s · context %s tokens</source>
        <translation>Modello: %s · contesto di %s token</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Office server %s</source>
        <translation>Server dell’ufficio %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>API on %s</source>
        <translation>API su %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>No model loaded</source>
        <translation>Nessun modello caricato</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading %s…</source>
        <translation>Caricamento di %s…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Answer finished: %s</source>
        <translation>Risposta completata: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source> · stopped</source>
        <translation> · interrotta</translation>
    </message>
    <message>
        <source>%d tokens · %s tokens/s%s</source>
        <translation type="vanished">%d token · %s token/s%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Diagnostics copied (no conversation text is included).</source>
        <translation>Diagnostica copiata (non include testo delle conversazioni).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Answers come from the office server at %s: your messages (and passages from your documents) are sent there. Documents and history stay on this computer.</source>
        <translation>Le risposte arrivano dal server dell’ufficio su %s: i tuoi messaggi (e passaggi dei tuoi documenti) vengono inviati lì. Documenti e cronologia restano su questo computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>Your conversations, documents and models stay on this computer; nothing is sent anywhere.</source>
        <translation>Le tue conversazioni, i documenti e i modelli restano su questo computer; non viene inviato nulla da nessuna parte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>About Deskmate</source>
        <translation>Informazioni su Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Deskmate %s

A private assistant. %s</source>
        <translation>Deskmate %s

Un assistente privato. %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>llama.cpp: %s</source>
        <translation>llama.cpp: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="532"/>
        <source>%n token(s) · %s tokens/s%s</source>
        <translation>
            <numerusform>%n token · %s token/s%s</numerusform>
            <numerusform>%n token · %s token/s%s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../ui/message_view.py" line="156"/>
        <source>Open link?</source>
        <translation>Aprire il link?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="157"/>
        <source>Open this link in your browser?

%s</source>
        <translation>Aprire questo link nel browser?

%s</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy message</source>
        <translation>Copia il messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="280"/>
        <source>Copy this message as text</source>
        <translation>Copia questo messaggio come testo</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate this answer</source>
        <translation>Rigenera questa risposta</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="282"/>
        <source>Answer again; this answer is kept as another version</source>
        <translation>Rispondi di nuovo; questa risposta resta come un’altra versione</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit this message</source>
        <translation>Modifica questo messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="285"/>
        <source>Edit and send again; the conversation branches and nothing is lost</source>
        <translation>Modifica e invia di nuovo; la conversazione si dirama e non si perde nulla</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete this message</source>
        <translation>Elimina questo messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="288"/>
        <source>Delete only this message; its replies stay</source>
        <translation>Elimina solo questo messaggio; le risposte restano</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="320"/>
        <source>Previous version</source>
        <translation>Versione precedente</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="321"/>
        <source>Show the previous version</source>
        <translation>Mostra la versione precedente</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Next version</source>
        <translation>Versione successiva</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Show the next version</source>
        <translation>Mostra la versione successiva</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="363"/>
        <source>on the office server</source>
        <translation>sul server dell’ufficio</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="364"/>
        <source>Written by the office server at %1, as the routing setting chose</source>
        <translation>Scritto dal server dell’ufficio su %1, come stabilito dall’impostazione di instradamento</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="366"/>
        <source>Answered on the office server at %1</source>
        <translation>Risposta dal server dell’ufficio su %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="380"/>
        <source>Version %d of %d</source>
        <translation>Versione %d di %d</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="419"/>
        <source>Edit your message</source>
        <translation>Modifica il tuo messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="420"/>
        <source>Enter sends the edited message, Esc cancels</source>
        <translation>Invio invia il messaggio modificato, Esc annulla</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="426"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="428"/>
        <source>Send the edited message</source>
        <translation>Invia il messaggio modificato</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="430"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="431"/>
        <source>Cancel editing</source>
        <translation>Annulla la modifica</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="469"/>
        <source>Not in your documents</source>
        <translation>Non è nei tuoi documenti</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="487"/>
        <source>_Thinking…_</source>
        <translation>_Sto pensando…_</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="489"/>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="490"/>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="620"/>
        <source>not found in the cited passages</source>
        <translation>non trovata nei passaggi citati</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="623"/>
        <source>Why these sources?</source>
        <translation>Perché queste fonti?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="625"/>
        <source>Why these sources? Show what retrieval considered</source>
        <translation>Perché queste fonti? Mostra ciò che la ricerca ha considerato</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="626"/>
        <source>Which passages were searched, their scores, and why each was used or not</source>
        <translation>Quali passaggi sono stati cercati, i loro punteggi e perché ciascuno è stato usato o no</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="635"/>
        <source>Closest files: %s</source>
        <translation>File più vicini: %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="636"/>
        <source>Nothing in your documents comes close.</source>
        <translation>Niente nei tuoi documenti ci si avvicina.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="638"/>
        <source>Not in your documents. %s</source>
        <translation>Non è nei tuoi documenti. %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="643"/>
        <source>Closest:</source>
        <translation>Più vicini:</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="647"/>
        <source>Not in your documents: they do not answer this question.</source>
        <translation>Non è nei tuoi documenti: non rispondono a questa domanda.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="649"/>
        <source>Quoted from your documents.</source>
        <translation>Citato dai tuoi documenti.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="652"/>
        <source>Every sentence is supported by the cited passages.</source>
        <translation>Ogni frase è sostenuta dai passaggi citati.</translation>
    </message>
    <message>
        <source>%d of %d sentences are not found in the cited passages: %s</source>
        <translation type="vanished">%d frasi su %d non si trovano nei passaggi citati: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/message_view.py" line="653"/>
        <source>%n of %d sentences are not found in the cited passages: %s</source>
        <translation>
            <numerusform>%n frase su %d non si trova nei passaggi citati: %s</numerusform>
            <numerusform>%n frasi su %d non si trovano nei passaggi citati: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSettingsForm</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="53"/>
        <source>Settings for this model</source>
        <translation>Impostazioni per questo modello</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="56"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="58"/>
        <source>All (GPU builds)</source>
        <translation>Tutti (versioni con GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="66"/>
        <source>Context length (tokens)</source>
        <translation>Lunghezza del contesto (token)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="67"/>
        <source>CPU threads</source>
        <translation>Thread della CPU</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="68"/>
        <source>GPU layers</source>
        <translation>Livelli sulla GPU</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="69"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="70"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="71"/>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="100"/>
        <location filename="../../ui/models_dialog.py" line="106"/>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="115"/>
        <source>Hardware fit</source>
        <translation>Adeguatezza all’hardware</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="139"/>
        <source>Import GGUF…</source>
        <translation>Importa GGUF…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="140"/>
        <source>Download…</source>
        <translation>Scarica…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="141"/>
        <source>Save settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="142"/>
        <source>Use this model</source>
        <translation>Usa questo modello</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="144"/>
        <source>Remove from list</source>
        <translation>Rimuovi dall’elenco</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="170"/>
        <source>damaged: %s</source>
        <translation>danneggiato: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="171"/>
        <source> (bundled)</source>
        <translation> (incluso)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="173"/>
        <source> — in use</source>
        <translation> — in uso</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>fits</source>
        <translation>ci sta</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>may be slow</source>
        <translation>potrebbe essere lento</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="181"/>
        <source>will not fit</source>
        <translation>non ci sta</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="204"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="212"/>
        <source>Import a model</source>
        <translation>Importa un modello</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="213"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="222"/>
        <source>Not imported: %s</source>
        <translation>Non importato: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="248"/>
        <source>Model will not fit</source>
        <translation>Il modello non ci sta</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="249"/>
        <source>This model %s.

Load it anyway?</source>
        <translation>Questo modello %s.

Caricarlo comunque?</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="264"/>
        <source>This model is in use; choose another one first.</source>
        <translation>Questo modello è in uso; scegline prima un altro.</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Architecture</source>
        <translation>Architettura</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Quantization</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Fit</source>
        <translation>Adatto?</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/chat_view.py" line="104"/>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="107"/>
        <source>Dismiss notice</source>
        <translation>Chiudi l’avviso</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../ui/preset_picker.py" line="51"/>
        <source>Persona</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="52"/>
        <source>Who answers: the persona&apos;s system prompt is used for this conversation</source>
        <translation>Chi risponde: il prompt di sistema del profilo vale per questa conversazione</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="54"/>
        <source>Sampling</source>
        <translation>Campionamento</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="55"/>
        <source>How freely the model picks its words</source>
        <translation>Quanto liberamente il modello sceglie le parole</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="62"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="65"/>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="66"/>
        <location filename="../../ui/preset_picker.py" line="193"/>
        <source>Show advanced sampling values</source>
        <translation>Mostra i valori avanzati di campionamento</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="90"/>
        <location filename="../../ui/preset_picker.py" line="108"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="92"/>
        <location filename="../../ui/preset_picker.py" line="109"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="98"/>
        <source>Raw sampling values</source>
        <translation>Valori grezzi di campionamento</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="102"/>
        <source>System prompt of the persona</source>
        <translation>Prompt di sistema del profilo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="103"/>
        <source>New persona…</source>
        <translation>Nuovo profilo…</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="104"/>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <location filename="../../ui/preset_picker.py" line="218"/>
        <source>New persona</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="110"/>
        <source>Sent as</source>
        <translation>Inviato come</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="111"/>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="183"/>
        <source>The system prompt from Settings.</source>
        <translation>Il prompt di sistema delle impostazioni.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="184"/>
        <source>How freely the model picks its words (temperature %s, top-p %s)</source>
        <translation>Quanto liberamente il modello sceglie le parole (temperatura %s, top-p %s)</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="192"/>
        <source>Hide advanced sampling values</source>
        <translation>Nascondi i valori avanzati di campionamento</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="219"/>
        <source>System prompt (how this persona answers):</source>
        <translation>Prompt di sistema (come risponde questo profilo):</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="228"/>
        <source>The persona was not saved: %s</source>
        <translation>Il profilo non è stato salvato: %s</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Concise</source>
        <translation>Conciso</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Teacher</source>
        <translation>Insegnante</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Editor</source>
        <translation>Revisore</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Programmer</source>
        <translation>Programmatore</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Model default</source>
        <translation>Predefinito del modello</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Balanced</source>
        <translation>Bilanciato</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="147"/>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="139"/>
        <source>The assistant as set up in Settings.</source>
        <translation>L’assistente come impostato nelle impostazioni.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Short, direct answers.</source>
        <translation>Risposte brevi e dirette.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Explains step by step, with an example.</source>
        <translation>Spiega passo per passo, con un esempio.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Improves the text you give it.</source>
        <translation>Migliora il testo che gli dai.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Code first, in fenced blocks.</source>
        <translation>Prima il codice, in blocchi.</translation>
    </message>
    <message>
        <source>The temperature and top-p saved for this model.</source>
        <translation type="vanished">La temperatura e il top-p salvati per questo modello.</translation>
    </message>
    <message>
        <source>Always the most likely words: repeatable, factual.</source>
        <translation type="vanished">Sempre le parole più probabili: ripetibile, fattuale.</translation>
    </message>
    <message>
        <source>A little variety, still focused.</source>
        <translation type="vanished">Un po’ di varietà, sempre mirato.</translation>
    </message>
    <message>
        <source>More varied wording and ideas.</source>
        <translation type="vanished">Formulazioni e idee più varie.</translation>
    </message>
</context>
<context>
    <name>SentimentPanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="217"/>
        <source>Type a text, or choose or drop a CSV file (one row a text).</source>
        <translation>Scrivi un testo, o scegli o trascina un file CSV (un testo per riga).</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="219"/>
        <source>&amp;Column:</source>
        <translation>C&amp;olonna:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="221"/>
        <source>&amp;Write to:</source>
        <translation>Scr&amp;ivi in:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="223"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>%d rows written to %s

</source>
        <translation type="vanished">%d righe scritte in %s

</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="263"/>
        <source>%s · %.0f rows/s</source>
        <translation>%s · %.0f righe/s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="268"/>
        <source>%s (confidence %.2f)

%s</source>
        <translation>%s (confidenza %.2f)

%s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="269"/>
        <source>Neutral means a statement of fact, without an opinion.</source>
        <translation>Neutrale significa un’affermazione di fatto, senza opinioni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="261"/>
        <source>%n row(s) written to %s

</source>
        <translation>
            <numerusform>%n riga scritta in %s

</numerusform>
            <numerusform>%n righe scritte in %s

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Change data folder</source>
        <translation>Cambia la cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Open data folder</source>
        <translation>Apri la cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Default model</source>
        <translation>Modello predefinito</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>System language (%s)</source>
        <translation>Lingua del sistema (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>The window changes language as soon as you press OK</source>
        <translation>La finestra cambia lingua appena premi OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>Largest file to index</source>
        <translation>File più grande da indicizzare</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Also index generated and vendored files</source>
        <translation>Indicizza anche i file generati e di terze parti</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Minified scripts, search indexes, lock files, node_modules, build output and virtual environments are skipped unless this is on</source>
        <translation>Script minimizzati, indici di ricerca, file di lock, node_modules, output di build e ambienti virtuali vengono saltati se questa opzione non è attiva</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Read scanned pages and images (OCR; slower)</source>
        <translation>Leggi pagine scansionate e immagini (OCR; più lento)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Text is recognised on this computer, offline, a few seconds a page; scans are read after the other files</source>
        <translation>Il testo viene riconosciuto su questo computer, offline, in pochi secondi per pagina; le scansioni vengono lette dopo gli altri file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Read scanned pages and images by OCR</source>
        <translation>Leggi pagine scansionate e immagini con l’OCR</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Watched folders</source>
        <translation>Cartelle monitorate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Add folder…</source>
        <translation>Aggiungi cartella…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Add watched folder</source>
        <translation>Aggiungi una cartella monitorata</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Remove watched folder</source>
        <translation>Rimuovi la cartella monitorata</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Skip files larger than</source>
        <translation>Salta i file più grandi di</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>&lt;h3&gt;Nothing leaves this computer&lt;/h3&gt;&lt;p&gt;Deskmate runs its language model and its document search on this computer. Your conversations, documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, checks for no updates and downloads nothing by itself.&lt;/p&gt;&lt;p&gt;The only network use is a model download that you start yourself from the model manager.&lt;/p&gt;&lt;p&gt;To delete everything Deskmate stored, quit it and delete the data folder shown on the General page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Niente lascia questo computer&lt;/h3&gt;&lt;p&gt;Deskmate esegue il suo modello linguistico e la ricerca nei documenti su questo computer. Le tue conversazioni, i documenti, l’indice e le impostazioni sono salvati solo nella tua cartella dei dati. Deskmate non invia telemetria, non cerca aggiornamenti e non scarica nulla da solo.&lt;/p&gt;&lt;p&gt;L’unico uso della rete è il download di un modello che avvii tu dal gestore dei modelli.&lt;/p&gt;&lt;p&gt;Per eliminare tutto ciò che Deskmate ha salvato, chiudilo ed elimina la cartella dei dati indicata nella pagina Generali.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Privacy statement</source>
        <translation>Informativa sulla privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Choose the data folder</source>
        <translation>Scegli la cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Deskmate will use %s after a restart. Your current data stays in %s; move it yourself if you want to keep it.</source>
        <translation>Deskmate userà %s dopo il riavvio. I tuoi dati attuali restano in %s; spostali tu se vuoi conservarli.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Watch a documents folder</source>
        <translation>Monitora una cartella di documenti</translation>
    </message>
</context>
<context>
    <name>SourceCards</name>
    <message>
        <location filename="../../ui/source_cards.py" line="85"/>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="101"/>
        <source>[%d] %s · %s</source>
        <translation>[%d] %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="102"/>
        <source>Open source %d: %s, %s</source>
        <translation>Apri la fonte %d: %s, %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="105"/>
        <source>[%d] %s · p. %d</source>
        <translation>[%d] %s · p. %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="106"/>
        <source>Open source %d: %s, page %d</source>
        <translation>Apri la fonte %d: %s, pagina %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="107"/>
        <source>page %d</source>
        <translation>pagina %d</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../ui/viewer.py" line="347"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="349"/>
        <source>Position in the file</source>
        <translation>Posizione nel file</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>◀ Previous</source>
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>Previous page (Page Up)</source>
        <translation>Pagina precedente (Pag Su)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next ▶</source>
        <translation>Successiva ▶</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next page (Page Down)</source>
        <translation>Pagina successiva (Pag Giù)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="353"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Riduci (Ctrl+meno)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="355"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="356"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Ingrandisci (Ctrl+più)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Adatta la pagina alla larghezza (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="359"/>
        <source>Open in the system viewer</source>
        <translation>Apri nel visualizzatore di sistema</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="360"/>
        <source>Open the file in the system viewer</source>
        <translation>Apri il file nel visualizzatore di sistema</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="362"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="363"/>
        <source>Close the viewer (Esc)</source>
        <translation>Chiudi il visualizzatore (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="370"/>
        <source>Viewer status</source>
        <translation>Stato del visualizzatore</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="379"/>
        <source>Text of the cited part</source>
        <translation>Testo della parte citata</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="382"/>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="384"/>
        <source>Opening the file</source>
        <translation>Apertura del file</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="440"/>
        <source>Opening %s…</source>
        <translation>Apertura di %s…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="467"/>
        <source>Page %d</source>
        <translation>Pagina %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="476"/>
        <source>%d of %d</source>
        <translation>%d di %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="514"/>
        <source>Page %d of %d</source>
        <translation>Pagina %d di %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="517"/>
        <location filename="../../ui/viewer.py" line="592"/>
        <source>The cited passage is highlighted.</source>
        <translation>Il passaggio citato è evidenziato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="519"/>
        <source>The cited passage, read from this picture by OCR: %s</source>
        <translation>Il passaggio citato, letto da questa immagine con l’OCR: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="522"/>
        <source>The cited passage could not be marked on this page (a scanned page, or the file changed since it was indexed): %s</source>
        <translation>Non è stato possibile evidenziare il passaggio citato in questa pagina (una pagina scansionata, o il file è cambiato dopo l’indicizzazione): %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="525"/>
        <source>The cited passage is on page %d.</source>
        <translation>Il passaggio citato è a pagina %d.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="594"/>
        <source>The file changed since it was indexed: the cited passage was not found. It read: %s</source>
        <translation>Il file è cambiato dopo l’indicizzazione: il passaggio citato non è stato trovato. Diceva: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="597"/>
        <source>The cited passage is in %s.</source>
        <translation>Il passaggio citato è in %s.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="598"/>
        <source>page %d</source>
        <translation>pagina %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="641"/>
        <source>%s cannot be shown here: %s. The cited passage is below; &quot;Open in the system viewer&quot; may still open it.</source>
        <translation>%s non può essere mostrato qui: %s. Il passaggio citato è qui sotto; «Apri nel visualizzatore di sistema» potrebbe comunque aprirlo.</translation>
    </message>
</context>
<context>
    <name>SummarizePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="44"/>
        <source>Choose f&amp;older…</source>
        <translation>Scegli car&amp;tella…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="47"/>
        <source>&amp;Length:</source>
        <translation>&amp;Lunghezza:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Short</source>
        <translation>Breve</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Bullet points</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="51"/>
        <source>St&amp;yle:</source>
        <translation>&amp;Stile:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Quote the document</source>
        <translation>Cita il documento</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="53"/>
        <source>Written by the model</source>
        <translation>Scritto dal modello</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="56"/>
        <source>&amp;Focus:</source>
        <translation>&amp;Argomento:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="57"/>
        <source>optional: what should it be about?</source>
        <translation>facoltativo: di cosa deve parlare?</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="58"/>
        <source>From the &amp;index</source>
        <translation>Dall’&amp;indice</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="59"/>
        <source>Summarize the indexed documents</source>
        <translation>Riassumi i documenti indicizzati</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="60"/>
        <source>Summarize the documents the index holds (those in the chosen folder, if any) without reading the files again.</source>
        <translation>Riassumi i documenti dell’indice (quelli della cartella scelta, se c’è) senza rileggere i file.</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="65"/>
        <source>Choose a folder to summarize</source>
        <translation>Scegli una cartella da riassumere</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="75"/>
        <source>Folder: %s</source>
        <translation>Cartella: %s</translation>
    </message>
    <message>
        <source>Covered %d of %d document(s) in %.0f s · %d model call(s)</source>
        <translation type="vanished">%d documenti su %d coperti in %.0f s · %d chiamate al modello</translation>
    </message>
    <message>
        <source>Done in %.0f s · %d chunk(s) · %d model call(s)</source>
        <translation type="vanished">Fatto in %.0f s · %d frammenti · %d chiamate al modello</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="111"/>
        <source>Covered %d of %n document(s) in %.0f s</source>
        <translation>
            <numerusform>Documento coperto: %d su %n in %.0f s</numerusform>
            <numerusform>Documenti coperti: %d su %n in %.0f s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="116"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n frammento</numerusform>
            <numerusform>%n frammenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="113"/>
        <location filename="../../ui/tools_view.py" line="117"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n chiamata al modello</numerusform>
            <numerusform>%n chiamate al modello</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="115"/>
        <source>Done in %.0f s</source>
        <translation>Fatto in %.0f s</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location filename="../../ui/tool_panel.py" line="72"/>
        <source>Text to use</source>
        <translation>Testo da usare</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="73"/>
        <source>Paste text here, or choose or drop a file.</source>
        <translation>Incolla qui un testo, o scegli o trascina un file.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="74"/>
        <location filename="../../ui/tool_panel.py" line="146"/>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="75"/>
        <source>Chosen file</source>
        <translation>File scelto</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="76"/>
        <source>Choose &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="77"/>
        <source>Use text instead</source>
        <translation>Usa invece un testo</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="79"/>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="80"/>
        <source>S&amp;top</source>
        <translation>I&amp;nterrompi</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="82"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="84"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="89"/>
        <source>Model warning</source>
        <translation>Avviso sul modello</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="91"/>
        <source>Choose a better model…</source>
        <translation>Scegli un modello migliore…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="92"/>
        <source>Choose a better model</source>
        <translation>Scegli un modello migliore</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="96"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>Copy result</source>
        <translation>Copia il risultato</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>&amp;Save…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>Save result</source>
        <translation>Salva il risultato</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="140"/>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="184"/>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="233"/>
        <source>Stopped; nothing was kept.</source>
        <translation>Interrotto; non è stato conservato nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="234"/>
        <source>Not finished.</source>
        <translation>Non completato.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="250"/>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="253"/>
        <source>Save the result</source>
        <translation>Salva il risultato</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="259"/>
        <source>Saved to %s</source>
        <translation>Salvato in %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="263"/>
        <source>Could not save %s: %s</source>
        <translation>Impossibile salvare %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="254"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Testo (*.txt *.md);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <location filename="../../ui/tools_view.py" line="275"/>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="279"/>
        <source>Summarize</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="282"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="284"/>
        <source>Extract</source>
        <translation>Estrai</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="280"/>
        <source>Translate</source>
        <translation>Traduci</translation>
    </message>
</context>
<context>
    <name>TranslatePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="130"/>
        <source>&amp;To:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="136"/>
        <source>&amp;Glossary:</source>
        <translation>&amp;Glossario:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="137"/>
        <source>optional: term = translation; term2 = translation2</source>
        <translation>facoltativo: termine = traduzione; termine2 = traduzione2</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>detected</source>
        <translation>rilevata</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>given</source>
        <translation>indicata</translation>
    </message>
    <message>
        <source>From %s (%s) to %s · %d segment(s) in %.0f s</source>
        <translation type="vanished">Da %s (%s) a %s · %d segmenti in %.0f s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="159"/>
        <source>From %s (%s) to %s · %n segment(s) in %.0f s</source>
        <translation>
            <numerusform>Da %s (%s) a %s · %n segmento in %.0f s</numerusform>
            <numerusform>Da %s (%s) a %s · %n segmenti in %.0f s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Welcome to Deskmate</source>
        <translation>Ti diamo il benvenuto in Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Deskmate is an assistant that runs entirely on this computer. The language model, your conversations and your documents never leave it: no account, no cloud, no telemetry. Ask it anything below, or add a folder of documents so it can answer from them and cite the file and page.</source>
        <translation>Deskmate è un assistente che funziona interamente su questo computer. Il modello linguistico, le tue conversazioni e i tuoi documenti non lo lasciano mai: niente account, niente cloud, niente telemetria. Chiedigli qualsiasi cosa qui sotto, o aggiungi una cartella di documenti perché possa rispondere in base a essi e citare il file e la pagina.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>Add a documents folder…</source>
        <translation>Aggiungi una cartella di documenti…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="57"/>
        <location filename="../../ui/welcome.py" line="160"/>
        <source>Add a documents folder</source>
        <translation>Aggiungi una cartella di documenti</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58"/>
        <source>Choose a model…</source>
        <translation>Scegli un modello…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Choose a model for this computer</source>
        <translation>Scegli un modello per questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Start chatting</source>
        <translation>Inizia a chattare</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Close the welcome and start chatting</source>
        <translation>Chiudi il benvenuto e inizia a chattare</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92"/>
        <source>The bundled model</source>
        <translation>Il modello incluso</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="94"/>
        <source>&lt;b&gt;Can:&lt;/b&gt; answer short questions quickly, quote your documents with their file and page, and work with no network at all.&lt;br&gt;&lt;b&gt;Cannot:&lt;/b&gt; translate reliably, write long or careful text, or reason through hard problems: it has only 135 million parameters. A larger model from the list does these far better.</source>
        <translation>&lt;b&gt;Può:&lt;/b&gt; rispondere in fretta a domande brevi, citare i tuoi documenti con file e pagina e funzionare senza alcuna rete.&lt;br&gt;&lt;b&gt;Non può:&lt;/b&gt; tradurre in modo affidabile, scrivere testi lunghi o curati o ragionare su problemi difficili: ha solo 135 milioni di parametri. Un modello più grande dell’elenco lo fa molto meglio.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="109"/>
        <location filename="../../ui/welcome.py" line="113"/>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110"/>
        <source>Checking memory, cores and GPU…</source>
        <translation>Verifica di memoria, core e GPU…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115"/>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Recommended models</source>
        <translation>Modelli consigliati</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="126"/>
        <source>None of the catalogue&apos;s models fits in the memory free now; the bundled model still works. Close other programs and look again in Models.</source>
        <translation>Nessuno dei modelli del catalogo sta nella memoria libera ora; il modello incluso funziona comunque. Chiudi altri programmi e riprova in Modelli.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="144"/>
        <source>Recommended</source>
        <translation>Consigliato</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Translate</source>
        <translation type="vanished">Traduci</translation>
    </message>
</context>
</TS>
