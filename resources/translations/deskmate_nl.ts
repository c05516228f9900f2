<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ApiSwitch</name>
    <message>
        <location filename="../../ui/api_switch.py" line="29"/>
        <source>Serve the local &amp;API</source>
        <translation>Lokale &amp;API aanbieden</translation>
    </message>
    <message>
        <location filename="../../ui/api_switch.py" line="31"/>
        <source>Let programs on this computer use the model through an OpenAI-compatible API</source>
        <translation>Laat programma’s op deze computer het model gebruiken via een OpenAI-compatibele API</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="172"/>
        <source>Choose a model</source>
        <translation>Een model kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="178"/>
        <source>Models that fit this computer</source>
        <translation>Modellen die op deze computer passen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="180"/>
        <source>This computer: %s</source>
        <translation>Deze computer: %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="182"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="183"/>
        <source>Downloads start only when you click Download. Files are checked against their SHA-256 checksum before they are used. This is the only part of Deskmate that uses the network.</source>
        <translation>Downloads beginnen pas als je op Downloaden klikt. Elk bestand wordt vóór gebruik gecontroleerd aan de hand van de SHA-256-controlesom. Dit is het enige deel van Deskmate dat het netwerk gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="190"/>
        <source>Available models</source>
        <translation>Beschikbare modellen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="197"/>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="201"/>
        <source>Download status</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="202"/>
        <location filename="../../ui/catalogue_dialog.py" line="300"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="205"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="208"/>
        <source>Use this model</source>
        <translation>Dit model gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="251"/>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="279"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="291"/>
        <source>Paused; click Download to resume.</source>
        <translation>Gepauzeerd; klik op Downloaden om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="292"/>
        <source>Checking the checksum…</source>
        <translation>Controlesom controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="304"/>
        <source>Done: %s</source>
        <translation>Klaar: %s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="149"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Vraag wat je wilt. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="159"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="162"/>
        <source>Message Deskmate (Enter to send, Shift+Enter for a new line)</source>
        <translation>Bericht aan Deskmate (Enter om te versturen, Shift+Enter voor een nieuwe regel)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="163"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="164"/>
        <source>Type a message; Enter sends it, Shift+Enter adds a line</source>
        <translation>Typ een bericht; Enter verstuurt het, Shift+Enter voegt een regel toe</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="169"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="170"/>
        <source>Send message</source>
        <translation>Bericht versturen</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="172"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="173"/>
        <source>Stop the answer</source>
        <translation>Antwoord stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="174"/>
        <source>Stop the answer (Esc)</source>
        <translation>Antwoord stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="197"/>
        <source>Model for answers</source>
        <translation>Model voor antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="198"/>
        <source>The model that answers; switching stops an answer in progress</source>
        <translation>Het model dat antwoordt; wisselen stopt een antwoord dat bezig is</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="202"/>
        <source>Copy chat</source>
        <translation>Chat kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="203"/>
        <source>Copy the whole conversation</source>
        <translation>Het hele gesprek kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="204"/>
        <source>Copy the conversation as Markdown</source>
        <translation>Het gesprek als Markdown kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="207"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="208"/>
        <source>Export the conversation</source>
        <translation>Het gesprek exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="209"/>
        <source>Save the conversation as Markdown, JSON or PDF</source>
        <translation>Het gesprek opslaan als Markdown, JSON of PDF</translation>
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
        <translation>Kantoorserver</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="248"/>
        <source>%s (bundled)</source>
        <translation>%s (meegeleverd)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="266"/>
        <source>Use my documents</source>
        <translation>Mijn documenten gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="267"/>
        <source>Use my documents in this conversation</source>
        <translation>Mijn documenten gebruiken in dit gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="268"/>
        <source>Answers quote your indexed documents and cite them</source>
        <translation>Antwoorden citeren je geïndexeerde documenten en vermelden de bron</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="270"/>
        <source>Which documents to use</source>
        <translation>Welke documenten je gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="271"/>
        <location filename="../../ui/chat_view.py" line="297"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="475"/>
        <source>Delete message?</source>
        <translation>Bericht verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="476"/>
        <source>Delete this message? The messages after it stay in the conversation.</source>
        <translation>Dit bericht verwijderen? De berichten erna blijven in het gesprek.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="512"/>
        <source>Send a message first: there is no conversation to export yet.</source>
        <translation>Stuur eerst een bericht: er is nog geen gesprek om te exporteren.</translation>
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
        <translation>Gesprek exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="523"/>
        <source>Could not export the conversation to %s: %s. Choose another folder.</source>
        <translation>Het gesprek kon niet naar %s worden geëxporteerd: %s. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>ClassifyView</name>
    <message>
        <location filename="../../ui/classify_view.py" line="100"/>
        <source>Classify</source>
        <translation>Classificeren</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="118"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="131"/>
        <source>1. Examples: a text and its label a row (type, paste with Ctrl+V, or load a CSV)</source>
        <translation>1. Voorbeelden: per rij een tekst en het label ervan (typ, plak met Ctrl+V of laad een CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="134"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="138"/>
        <source>Text column</source>
        <translation>Tekstkolom</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="139"/>
        <source>Label column</source>
        <translation>Labelkolom</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="142"/>
        <source>&amp;Load CSV…</source>
        <translation>CSV &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="143"/>
        <source>Add &amp;row</source>
        <translation>&amp;Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>Te&amp;xt column:</source>
        <translation>Te&amp;kstkolom:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>La&amp;bel column:</source>
        <translation>La&amp;belkolom:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="156"/>
        <source>2. Train</source>
        <translation>2. Trainen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="158"/>
        <source>Classifier name</source>
        <translation>Naam van de classificator</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="159"/>
        <source>e.g. tickets</source>
        <translation>bijv. tickets</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="160"/>
        <source>Replace a classifier of this name</source>
        <translation>Classificator met deze naam vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="161"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="162"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="165"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="173"/>
        <source>Accuracy</source>
        <translation>Nauwkeurigheid</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="175"/>
        <source>Confusion table</source>
        <translation>Verwarringsmatrix</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="184"/>
        <source>3. Label a CSV file or a folder of documents</source>
        <translation>3. Een CSV-bestand of een map met documenten labelen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="186"/>
        <source>Classifier</source>
        <translation>Classificator</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="187"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="189"/>
        <source>Column to label</source>
        <translation>Kolom om te labelen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="191"/>
        <source>Write to</source>
        <translation>Schrijven naar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="192"/>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="193"/>
        <source>Label my &amp;indexed documents</source>
        <translation>Mijn &amp;geïndexeerde documenten labelen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="194"/>
        <source>Label every indexed document with this classifier and keep the labels in the index, so a chat can use only the documents of one label</source>
        <translation>Elk geïndexeerd document labelen met deze classificator en de labels in de index bewaren, zodat een chat alleen de documenten met één label kan gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="197"/>
        <source>Classifier:</source>
        <translation>Classificator:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="200"/>
        <source>C&amp;hoose CSV…</source>
        <translation>CSV k&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="201"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="202"/>
        <source>File or folder:</source>
        <translation>Bestand of map:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="203"/>
        <source>Column:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="204"/>
        <source>Write to:</source>
        <translation>Schrijven naar:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="232"/>
        <source>Load examples</source>
        <translation>Voorbeelden laden</translation>
    </message>
    <message>
        <source>%d rows loaded from %s.</source>
        <translation type="vanished">%d rijen geladen uit %s.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="272"/>
        <source>Give the classifier a name first.</source>
        <translation>Geef de classificator eerst een naam.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="275"/>
        <source>Training…</source>
        <translation>Trainen…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="288"/>
        <source>Choose a CSV file to label</source>
        <translation>Kies een CSV-bestand om te labelen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="306"/>
        <source>Choose a folder of documents to label</source>
        <translation>Kies een map met documenten om te labelen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="313"/>
        <source>%s (every document in it)</source>
        <translation>%s (alle documenten erin)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="320"/>
        <source>Choose a classifier, and a CSV file or a folder, first.</source>
        <translation>Kies eerst een classificator en een CSV-bestand of een map.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="325"/>
        <source>Labelling…</source>
        <translation>Labelen…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="336"/>
        <source>Choose a classifier first (train one above).</source>
        <translation>Kies eerst een classificator (train er hierboven een).</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="342"/>
        <source>Labelling your indexed documents…</source>
        <translation>Je geïndexeerde documenten worden gelabeld…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="392"/>
        <source>Stopped; the documents labelled so far keep their label. Label again to go on from there.</source>
        <translation>Gestopt; de documenten die al gelabeld zijn, houden hun label. Label opnieuw om vanaf daar verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="395"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="399"/>
        <source>Cross-validated accuracy %.2f (%d examples, %d folds, %.1f s). Per label: %s</source>
        <translation>Kruisgevalideerde nauwkeurigheid %.2f (%d voorbeelden, %d folds, %.1f s). Per label: %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="404"/>
        <source>→ %s</source>
        <translation>→ %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="409"/>
        <source>Saved &apos;%s&apos;. Rows of the table: the true label; columns: the predicted one.</source>
        <translation>‘%s’ opgeslagen. Rijen van de tabel: het echte label; kolommen: het voorspelde.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="413"/>
        <source>no text</source>
        <translation>geen tekst</translation>
    </message>
    <message>
        <source>%d rows written to %s (%.1f s).</source>
        <translation type="vanished">%d rijen geschreven naar %s (%.1f s).</translation>
    </message>
    <message>
        <source>Labelled %1 indexed documents with &apos;%2&apos; (%3 s).</source>
        <translation type="vanished">%1 geïndexeerde documenten gelabeld met ‘%2’ (%3 s).</translation>
    </message>
    <message>
        <source>%1 were labelled before and have not changed.</source>
        <translation type="vanished">%1 waren al gelabeld en zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 have no indexed text and got no label.</source>
        <translation type="vanished">%1 hebben geen geïndexeerde tekst en kregen geen label.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="428"/>
        <source>In a chat with &quot;Use my documents&quot;, choose a label to use only those documents.</source>
        <translation>Kies in een chat met ‘Mijn documenten gebruiken’ een label om alleen die documenten te gebruiken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="256"/>
        <source>%n row(s) loaded from %s.</source>
        <translation>
            <numerusform>%n rij geladen uit %s.</numerusform>
            <numerusform>%n rijen geladen uit %s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="416"/>
        <source>%n row(s) written to %s (%.1f s).</source>
        <translation>
            <numerusform>%n rij geschreven naar %s (%.1f s).</numerusform>
            <numerusform>%n rijen geschreven naar %s (%.1f s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="422"/>
        <source>Labelled %n indexed document(s) with &apos;%1&apos; (%2 s).</source>
        <translation>
            <numerusform>%n geïndexeerd document gelabeld met ‘%1’ (%2 s).</numerusform>
            <numerusform>%n geïndexeerde documenten gelabeld met ‘%1’ (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="425"/>
        <source>%n were labelled before and have not changed.</source>
        <translation>
            <numerusform>%n was al gelabeld en is niet gewijzigd.</numerusform>
            <numerusform>%n waren al gelabeld en zijn niet gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="427"/>
        <source>%n have no indexed text and got no label.</source>
        <translation>
            <numerusform>%n heeft geen geïndexeerde tekst en kreeg geen label.</numerusform>
            <numerusform>%n hebben geen geïndexeerde tekst en kregen geen label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/code_blocks.py" line="226"/>
        <location filename="../../ui/code_blocks.py" line="227"/>
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="228"/>
        <source>Copy this code block</source>
        <translation>Dit codeblok kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="239"/>
        <location filename="../../ui/code_blocks.py" line="254"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="253"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="254"/>
        <source>Code in %s</source>
        <translation>Code in %s</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/conversation_list.py" line="72"/>
        <location filename="../../ui/conversation_list.py" line="74"/>
        <source>New chat</source>
        <translation>Nieuwe chat</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="75"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Een nieuw gesprek beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="78"/>
        <location filename="../../ui/conversation_list.py" line="79"/>
        <source>Search conversations</source>
        <translation>Gesprekken doorzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="84"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="94"/>
        <location filename="../../ui/conversation_list.py" line="184"/>
        <source>No conversations yet.</source>
        <translation>Nog geen gesprekken.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="102"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="117"/>
        <location filename="../../ui/conversation_list.py" line="241"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="118"/>
        <location filename="../../ui/conversation_list.py" line="243"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="119"/>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="165"/>
        <source>Older</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="183"/>
        <source>No conversation matches “%s”.</source>
        <translation>Geen gesprek komt overeen met ‘%s’.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Rename conversation</source>
        <translation>Naam van gesprek wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="273"/>
        <source>Delete conversation?</source>
        <translation>Gesprek verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="274"/>
        <source>Delete “%s” and all its messages? This cannot be undone.</source>
        <translation>‘%s’ en alle berichten erin verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../ui/tools_view.py" line="171"/>
        <source>Counts per label</source>
        <translation>Aantal per label</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Er ging iets mis: %s. Details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <location filename="../../ui/documents_view.py" line="163"/>
        <source>Add files to the index</source>
        <translation>Bestanden aan de index toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add a folder and watch it</source>
        <translation>Een map toevoegen en bewaken</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan</source>
        <translation>Opnieuw scannen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan added folders for changes</source>
        <translation>Toegevoegde mappen opnieuw scannen op wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove the selected items from the index</source>
        <translation>Geselecteerde items uit de index verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open the selected file</source>
        <translation>Geselecteerd bestand openen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="84"/>
        <source>Indexed documents</source>
        <translation>Geïndexeerde documenten</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Chunks</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="91"/>
        <source>No documents yet. Add files or folders, or drop them on the window.</source>
        <translation>Nog geen documenten. Voeg bestanden of mappen toe, of sleep ze naar het venster.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="94"/>
        <source>Index summary</source>
        <translation>Overzicht van de index</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Voortgang van het indexeren</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="109"/>
        <source>Indexing status</source>
        <translation>Status van het indexeren</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Stop indexing; finished files stay indexed</source>
        <translation>Indexeren stoppen; voltooide bestanden blijven geïndexeerd</translation>
    </message>
    <message>
        <source>%d indexed · %d failed · %d folders watched</source>
        <translation type="vanished">%d geïndexeerd · %d mislukt · %d mappen bewaakt</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="167"/>
        <source>Add a folder to the index</source>
        <translation>Een map aan de index toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="200"/>
        <source>No application could open %s.</source>
        <translation>Geen enkele app kon %s openen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="211"/>
        <source>Looking for files…</source>
        <translation>Bestanden zoeken…</translation>
    </message>
    <message>
        <source>%d of %d files · %.1f chunks/s · %s</source>
        <translation type="vanished">%d van %d bestanden · %.1f fragmenten/s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="222"/>
        <source>%s: page %s of %s</source>
        <translation>%s: pagina %s van %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="228"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="242"/>
        <source>Added %d, updated %d, unchanged %d, moved %d, removed %d.</source>
        <translation>Toegevoegd %d, bijgewerkt %d, ongewijzigd %d, verplaatst %d, verwijderd %d.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="245"/>
        <source>Indexing cancelled; finished files stay indexed. </source>
        <translation>Indexeren geannuleerd; voltooide bestanden blijven geïndexeerd. </translation>
    </message>
    <message>
        <source>%d file(s) could not be indexed (see Reason).</source>
        <translation type="vanished">%d bestand(en) konden niet worden geïndexeerd (zie Reden).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="249"/>
        <source>Missing folders (kept): %s</source>
        <translation>Ontbrekende mappen (bewaard): %s</translation>
    </message>
    <message>
        <source>Skipped %d generated or vendored file(s) and folder(s): %s.</source>
        <translation type="vanished">%d gegenereerde of meegeleverde bestand(en) en map(pen) overgeslagen: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="263"/>
        <source>Left out as generated or vendored (Settings &gt; Documents to include them):</source>
        <translation>Weggelaten als gegenereerd of meegeleverd (Instellingen &gt; Documenten om ze op te nemen):</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Indexed</source>
        <translation>Geïndexeerd</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="129"/>
        <source>Unavailable</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="148"/>
        <source>%d indexed · %d failed · %n folder(s) watched</source>
        <translation>
            <numerusform>%d geïndexeerd · %d mislukt · %n map bewaakt</numerusform>
            <numerusform>%d geïndexeerd · %d mislukt · %n mappen bewaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="219"/>
        <source>%d of %n file(s) · %.1f chunks/s · %s</source>
        <translation>
            <numerusform>%d van %n bestand · %.1f fragmenten/s · %s</numerusform>
            <numerusform>%d van %n bestanden · %.1f fragmenten/s · %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="247"/>
        <source>%n file(s) could not be indexed (see Reason).</source>
        <translation>
            <numerusform>%n bestand kon niet worden geïndexeerd (zie Reden).</numerusform>
            <numerusform>%n bestanden konden niet worden geïndexeerd (zie Reden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="254"/>
        <source>Skipped %n generated or vendored file(s) and folder(s): %s.</source>
        <translation>
            <numerusform>%n gegenereerd of meegeleverd bestand of map overgeslagen: %s.</numerusform>
            <numerusform>%n gegenereerde of meegeleverde bestanden en mappen overgeslagen: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/explain_panel.py" line="43"/>
        <source>Why these sources?</source>
        <translation>Waarom deze bronnen?</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="51"/>
        <source>Question: %s</source>
        <translation>Vraag: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="54"/>
        <source>Looking at what retrieval considered…</source>
        <translation>Bekijken wat het zoeken heeft meegewogen…</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="57"/>
        <source>What retrieval found</source>
        <translation>Wat het zoeken heeft gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="59"/>
        <source>Passages retrieval considered</source>
        <translation>Passages die het zoeken heeft meegewogen</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>File · place</source>
        <translation>Bestand · plaats</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Combined</source>
        <translation>Gecombineerd</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="62"/>
        <source>The file and the page (or slide, sheet…) of the passage</source>
        <translation>Het bestand en de pagina (of dia, werkblad…) van de passage</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="63"/>
        <source>Keyword score (BM25): 0 means no word in common with the question</source>
        <translation>Trefwoordscore (BM25): 0 betekent geen enkel woord gemeen met de vraag</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="64"/>
        <source>How close the passage&apos;s meaning is to the question (cosine similarity, up to 1)</source>
        <translation>Hoe dicht de betekenis van de passage bij de vraag ligt (cosinusgelijkenis, tot 1)</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="65"/>
        <source>The score retrieval ranks by: keywords and meaning together</source>
        <translation>De score waarop het zoeken rangschikt: trefwoorden en betekenis samen</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="66"/>
        <source>Whether the answer read this passage, and as which [n]</source>
        <translation>Of het antwoord deze passage heeft gelezen, en als welke [n]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="67"/>
        <source>Why it was used, or why not</source>
        <translation>Waarom ze wel of niet is gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="82"/>
        <source>Close the explanation</source>
        <translation>Uitleg sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="90"/>
        <source>Could not explain the sources: %s</source>
        <translation>De bronnen konden niet worden uitgelegd: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="103"/>
        <source>yes [%d]</source>
        <translation>ja [%d]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%d passages considered, %d used.</source>
        <translation type="vanished">%d passages meegewogen, %d gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="129"/>
        <source>The passages answer the question: its best sentence scores %.2f (%.2f is needed).</source>
        <translation>De passages beantwoorden de vraag: de beste zin scoort %.2f (%.2f is nodig).</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="132"/>
        <source>Not in your documents: the best sentence scores %.2f, under the %.2f needed to count as an answer.</source>
        <translation>Niet in je documenten: de beste zin scoort %.2f, onder de %.2f die nodig is om als antwoord te gelden.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="135"/>
        <source>Best sentence: “%s”</source>
        <translation>Beste zin: ‘%s’</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/explain_panel.py" line="126"/>
        <source>%n passage(s) considered, %d used.</source>
        <translation>
            <numerusform>%n passage meegewogen, %d gebruikt.</numerusform>
            <numerusform>%n passages meegewogen, %d gebruikt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractPanel</name>
    <message>
        <location filename="../../ui/extract_panel.py" line="74"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="75"/>
        <source>What to ask of every document, e.g. What is the notice period?</source>
        <translation>Wat je elk document vraagt, bijv. Wat is de opzegtermijn?</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="77"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="78"/>
        <source>The folder whose documents to ask</source>
        <translation>De map met de documenten om te bevragen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose folder</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="81"/>
        <source>Table file</source>
        <translation>Tabelbestand</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="82"/>
        <source>A .xlsx or .csv file for the table</source>
        <translation>Een .xlsx- of .csv-bestand voor de tabel</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose table file</source>
        <translation>Tabelbestand kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose tabl&amp;e file…</source>
        <translation>Tabelbestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="84"/>
        <source>Start over (ask every document again and replace the table)</source>
        <translation>Opnieuw beginnen (elk document opnieuw vragen en de tabel vervangen)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="85"/>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="89"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="94"/>
        <source>Rows of the table</source>
        <translation>Rijen van de tabel</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="96"/>
        <source>Citation or reason</source>
        <translation>Citaat of reden</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="105"/>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>Ma&amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="107"/>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;bel:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="138"/>
        <source>Choose the folder of documents</source>
        <translation>De map met documenten kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="149"/>
        <source>Where to write the table</source>
        <translation>Waar de tabel naartoe moet</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="176"/>
        <source>Choose a folder of documents and a table file (.xlsx or .csv) first.</source>
        <translation>Kies eerst een map met documenten en een tabelbestand (.xlsx of .csv).</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="183"/>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>%d document(s); %d already answered in the table</source>
        <translation type="vanished">%d document(en); %d al beantwoord in de tabel</translation>
    </message>
    <message>
        <source>%d document(s)</source>
        <translation type="vanished">%d document(en)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="206"/>
        <source>Document %d of %d: %s</source>
        <translation>Document %d van %d: %s</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>not read</source>
        <translation>niet gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="227"/>
        <source>Not finished.</source>
        <translation>Niet klaar.</translation>
    </message>
    <message>
        <source>%d row(s) in %s: %d found, %d not found, %d not read</source>
        <translation type="vanished">%d rij(en) in %s: %d gevonden, %d niet gevonden, %d niet gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="238"/>
        <source>Stopped. %s. Run again to answer the rest.</source>
        <translation>Gestopt. %s. Voer opnieuw uit om de rest te beantwoorden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="202"/>
        <source>%n document(s); %d already answered in the table</source>
        <translation>
            <numerusform>%n document; %d al beantwoord in de tabel</numerusform>
            <numerusform>%n documenten; %d al beantwoord in de tabel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="203"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="234"/>
        <source>%n row(s) in %s: %d found, %d not found, %d not read</source>
        <translation>
            <numerusform>%n rij in %s: %d gevonden, %d niet gevonden, %d niet gelezen</numerusform>
            <numerusform>%n rijen in %s: %d gevonden, %d niet gevonden, %d niet gelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitTexts</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>GPU offload available</source>
        <translation>GPU-offload beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>CPU only</source>
        <translation>Alleen CPU</translation>
    </message>
    <message>
        <source>%s memory (%s free) · %d CPU cores · %s</source>
        <translation type="vanished">%s geheugen (%s vrij) · %d CPU-kernen · %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>Fits</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>May be slow</source>
        <translation>Kan traag zijn</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="67"/>
        <source>Will not fit</source>
        <translation>Past niet</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="71"/>
        <source>about %s tokens/s here</source>
        <translation>hier ongeveer %s tokens/s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="74"/>
        <source>needs about %s of memory</source>
        <translation>heeft ongeveer %s geheugen nodig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_dialog.py" line="62"/>
        <source>%s memory (%s free) · %n CPU core(s) · %s</source>
        <translation>
            <numerusform>%s geheugen (%s vrij) · %n CPU-kern · %s</numerusform>
            <numerusform>%s geheugen (%s vrij) · %n CPU-kernen · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../ui/workers.py" line="34"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Er ging iets mis: %s. Details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <location filename="../../ui/label_filter.py" line="29"/>
        <source>Which labelled documents to use</source>
        <translation>Welke gelabelde documenten je gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="30"/>
        <source>Keep to the documents a classifier labelled so (Classify page: Label my indexed documents)</source>
        <translation>Alleen de documenten die een classificator zo heeft gelabeld (pagina Classificeren: Mijn geïndexeerde documenten labelen)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="47"/>
        <source>Any label</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="50"/>
        <source>Only %1 (%2, %3)</source>
        <translation>Alleen %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="68"/>
        <source>Only %1 (%2, none now)</source>
        <translation>Alleen %1 (%2, nu geen)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
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
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Tools</source>
        <translation>Hulp&amp;middelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>C&amp;lassify</source>
        <translation>C&amp;lassificeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models: choose, download and tune (Ctrl+M)</source>
        <translation>Modellen: kiezen, downloaden en afstellen (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Instellingen (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading model…</source>
        <translation>Model laden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Model status</source>
        <translation>Modelstatus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Generation speed</source>
        <translation>Generatiesnelheid</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Network status</source>
        <translation>Netwerkstatus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>New chat</source>
        <translation>Nieuwe chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Conversation title</source>
        <translation>Titel van het gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nieuwe chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Search conversations</source>
        <translation>Gesprekken door&amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;Focus message box</source>
        <translation>Naar het &amp;berichtvak</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>S&amp;top answer</source>
        <translation>Antwoord s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Rename conversation…</source>
        <translation>Naam van gesprek &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Delete conversation…</source>
        <translation>Gesprek &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;About Deskmate</source>
        <translation>&amp;Over Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Model: %s · context %s tokens</source>
        <translation>Model: %s · context %s tokens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Office server %s</source>
        <translation>Kantoorserver %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>API on %s</source>
        <translation>API op %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>No model loaded</source>
        <translation>Geen model geladen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading %s…</source>
        <translation>%s laden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Answer finished: %s</source>
        <translation>Antwoord klaar: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source> · stopped</source>
        <translation> · gestopt</translation>
    </message>
    <message>
        <source>%d tokens · %s tokens/s%s</source>
        <translation type="vanished">%d tokens · %s tokens/s%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Diagnostics copied (no conversation text is included).</source>
        <translation>Diagnose gekopieerd (zonder tekst uit gesprekken).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Answers come from the office server at %s: your messages (and passages from your documents) are sent there. Documents and history stay on this computer.</source>
        <translation>Antwoorden komen van de kantoorserver op %s: je berichten (en passages uit je documenten) worden daarheen gestuurd. Documenten en geschiedenis blijven op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>Your conversations, documents and models stay on this computer; nothing is sent anywhere.</source>
        <translation>Je gesprekken, documenten en modellen blijven op deze computer; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>About Deskmate</source>
        <translation>Over Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Deskmate %s

A private assistant. %s</source>
        <translation>Deskmate %s

Een privé-assistent. %s</translation>
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
            <numerusform>%n token · %s tokens/s%s</numerusform>
            <numerusform>%n tokens · %s tokens/s%s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../ui/message_view.py" line="156"/>
        <source>Open link?</source>
        <translation>Link openen?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="157"/>
        <source>Open this link in your browser?

%s</source>
        <translation>Deze link in je browser openen?

%s</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy message</source>
        <translation>Bericht kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="280"/>
        <source>Copy this message as text</source>
        <translation>Dit bericht als tekst kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate</source>
        <translation>Opnieuw genereren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate this answer</source>
        <translation>Dit antwoord opnieuw genereren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="282"/>
        <source>Answer again; this answer is kept as another version</source>
        <translation>Opnieuw antwoorden; dit antwoord blijft bewaard als een andere versie</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit this message</source>
        <translation>Dit bericht bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="285"/>
        <source>Edit and send again; the conversation branches and nothing is lost</source>
        <translation>Bewerken en opnieuw versturen; het gesprek vertakt en er gaat niets verloren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete this message</source>
        <translation>Dit bericht verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="288"/>
        <source>Delete only this message; its replies stay</source>
        <translation>Alleen dit bericht verwijderen; de antwoorden erop blijven</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Your message</source>
        <translation>Je bericht</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="320"/>
        <source>Previous version</source>
        <translation>Vorige versie</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="321"/>
        <source>Show the previous version</source>
        <translation>De vorige versie tonen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Next version</source>
        <translation>Volgende versie</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Show the next version</source>
        <translation>De volgende versie tonen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="363"/>
        <source>on the office server</source>
        <translation>op de kantoorserver</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="364"/>
        <source>Written by the office server at %1, as the routing setting chose</source>
        <translation>Geschreven door de kantoorserver op %1, zoals de routeringsinstelling bepaalde</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="366"/>
        <source>Answered on the office server at %1</source>
        <translation>Beantwoord op de kantoorserver op %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="380"/>
        <source>Version %d of %d</source>
        <translation>Versie %d van %d</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="419"/>
        <source>Edit your message</source>
        <translation>Je bericht bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="420"/>
        <source>Enter sends the edited message, Esc cancels</source>
        <translation>Enter verstuurt het bewerkte bericht, Esc annuleert</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="426"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="428"/>
        <source>Send the edited message</source>
        <translation>Het bewerkte bericht versturen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="430"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="431"/>
        <source>Cancel editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="469"/>
        <source>Not in your documents</source>
        <translation>Niet in je documenten</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="487"/>
        <source>_Thinking…_</source>
        <translation>_Aan het nadenken…_</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="489"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="490"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="620"/>
        <source>not found in the cited passages</source>
        <translation>niet gevonden in de geciteerde passages</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="623"/>
        <source>Why these sources?</source>
        <translation>Waarom deze bronnen?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="625"/>
        <source>Why these sources? Show what retrieval considered</source>
        <translation>Waarom deze bronnen? Laten zien wat het zoeken heeft meegewogen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="626"/>
        <source>Which passages were searched, their scores, and why each was used or not</source>
        <translation>Welke passages zijn doorzocht, hun scores en waarom elke wel of niet is gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="635"/>
        <source>Closest files: %s</source>
        <translation>Dichtstbijzijnde bestanden: %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="636"/>
        <source>Nothing in your documents comes close.</source>
        <translation>Niets in je documenten komt in de buurt.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="638"/>
        <source>Not in your documents. %s</source>
        <translation>Niet in je documenten. %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="643"/>
        <source>Closest:</source>
        <translation>Dichtstbij:</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="647"/>
        <source>Not in your documents: they do not answer this question.</source>
        <translation>Niet in je documenten: ze beantwoorden deze vraag niet.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="649"/>
        <source>Quoted from your documents.</source>
        <translation>Geciteerd uit je documenten.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="652"/>
        <source>Every sentence is supported by the cited passages.</source>
        <translation>Elke zin wordt ondersteund door de geciteerde passages.</translation>
    </message>
    <message>
        <source>%d of %d sentences are not found in the cited passages: %s</source>
        <translation type="vanished">%d van de %d zinnen staan niet in de geciteerde passages: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/message_view.py" line="653"/>
        <source>%n of %d sentences are not found in the cited passages: %s</source>
        <translation>
            <numerusform>%n van de %d zinnen staat niet in de geciteerde passages: %s</numerusform>
            <numerusform>%n van de %d zinnen staan niet in de geciteerde passages: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSettingsForm</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="53"/>
        <source>Settings for this model</source>
        <translation>Instellingen voor dit model</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="56"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="58"/>
        <source>All (GPU builds)</source>
        <translation>Alle (GPU-versies)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="66"/>
        <source>Context length (tokens)</source>
        <translation>Contextlengte (tokens)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="67"/>
        <source>CPU threads</source>
        <translation>CPU-threads</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="68"/>
        <source>GPU layers</source>
        <translation>GPU-lagen</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="69"/>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="70"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="71"/>
        <source>System prompt</source>
        <translation>Systeemprompt</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="100"/>
        <location filename="../../ui/models_dialog.py" line="106"/>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="115"/>
        <source>Hardware fit</source>
        <translation>Past bij de hardware</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="139"/>
        <source>Import GGUF…</source>
        <translation>GGUF importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="140"/>
        <source>Download…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="141"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="142"/>
        <source>Use this model</source>
        <translation>Dit model gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="144"/>
        <source>Remove from list</source>
        <translation>Uit de lijst verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="170"/>
        <source>damaged: %s</source>
        <translation>beschadigd: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="171"/>
        <source> (bundled)</source>
        <translation> (meegeleverd)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="173"/>
        <source> — in use</source>
        <translation> — in gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>fits</source>
        <translation>past</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>may be slow</source>
        <translation>kan traag zijn</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="181"/>
        <source>will not fit</source>
        <translation>past niet</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="204"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="212"/>
        <source>Import a model</source>
        <translation>Een model importeren</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="213"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-modellen (*.gguf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="222"/>
        <source>Not imported: %s</source>
        <translation>Niet geïmporteerd: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="248"/>
        <source>Model will not fit</source>
        <translation>Model past niet</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="249"/>
        <source>This model %s.

Load it anyway?</source>
        <translation>Dit model %s.

Toch laden?</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="264"/>
        <source>This model is in use; choose another one first.</source>
        <translation>Dit model is in gebruik; kies eerst een ander.</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Architecture</source>
        <translation>Architectuur</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Quantization</source>
        <translation>Kwantisatie</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>License</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Fit</source>
        <translation>Past?</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/chat_view.py" line="104"/>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="107"/>
        <source>Dismiss notice</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../ui/preset_picker.py" line="51"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="52"/>
        <source>Who answers: the persona&apos;s system prompt is used for this conversation</source>
        <translation>Wie antwoordt: de systeemprompt van de persona geldt voor dit gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="54"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="55"/>
        <source>How freely the model picks its words</source>
        <translation>Hoe vrij het model zijn woorden kiest</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="62"/>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="65"/>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="66"/>
        <location filename="../../ui/preset_picker.py" line="193"/>
        <source>Show advanced sampling values</source>
        <translation>Geavanceerde samplingwaarden tonen</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="90"/>
        <location filename="../../ui/preset_picker.py" line="108"/>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
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
        <translation>Ruwe samplingwaarden</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="102"/>
        <source>System prompt of the persona</source>
        <translation>Systeemprompt van de persona</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="103"/>
        <source>New persona…</source>
        <translation>Nieuwe persona…</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="104"/>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <location filename="../../ui/preset_picker.py" line="218"/>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="110"/>
        <source>Sent as</source>
        <translation>Verstuurd als</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="111"/>
        <source>System prompt</source>
        <translation>Systeemprompt</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="183"/>
        <source>The system prompt from Settings.</source>
        <translation>De systeemprompt uit de instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="184"/>
        <source>How freely the model picks its words (temperature %s, top-p %s)</source>
        <translation>Hoe vrij het model zijn woorden kiest (temperatuur %s, top-p %s)</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="192"/>
        <source>Hide advanced sampling values</source>
        <translation>Geavanceerde samplingwaarden verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="219"/>
        <source>System prompt (how this persona answers):</source>
        <translation>Systeemprompt (hoe deze persona antwoordt):</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="228"/>
        <source>The persona was not saved: %s</source>
        <translation>De persona is niet opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Concise</source>
        <translation>Beknopt</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Teacher</source>
        <translation>Leraar</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Editor</source>
        <translation>Redacteur</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Programmer</source>
        <translation>Programmeur</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Model default</source>
        <translation>Standaard van het model</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Precise</source>
        <translation>Precies</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Balanced</source>
        <translation>Gebalanceerd</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="147"/>
        <source>Creative</source>
        <translation>Creatief</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="139"/>
        <source>The assistant as set up in Settings.</source>
        <translation>De assistent zoals ingesteld in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Short, direct answers.</source>
        <translation>Korte, directe antwoorden.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Explains step by step, with an example.</source>
        <translation>Legt stap voor stap uit, met een voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Improves the text you give it.</source>
        <translation>Verbetert de tekst die je het geeft.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Code first, in fenced blocks.</source>
        <translation>Eerst code, in codeblokken.</translation>
    </message>
    <message>
        <source>The temperature and top-p saved for this model.</source>
        <translation type="vanished">De temperatuur en top-p die voor dit model zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Always the most likely words: repeatable, factual.</source>
        <translation type="vanished">Altijd de waarschijnlijkste woorden: herhaalbaar, feitelijk.</translation>
    </message>
    <message>
        <source>A little variety, still focused.</source>
        <translation type="vanished">Wat variatie, nog steeds gericht.</translation>
    </message>
    <message>
        <source>More varied wording and ideas.</source>
        <translation type="vanished">Gevarieerdere formuleringen en ideeën.</translation>
    </message>
</context>
<context>
    <name>SentimentPanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="217"/>
        <source>Type a text, or choose or drop a CSV file (one row a text).</source>
        <translation>Typ een tekst, of kies of sleep een CSV-bestand hierheen (één tekst per rij).</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="219"/>
        <source>&amp;Column:</source>
        <translation>Ko&amp;lom:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="221"/>
        <source>&amp;Write to:</source>
        <translation>Schrijven &amp;naar:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="223"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>%d rows written to %s

</source>
        <translation type="vanished">%d rijen geschreven naar %s

</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="263"/>
        <source>%s · %.0f rows/s</source>
        <translation>%s · %.0f rijen/s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="268"/>
        <source>%s (confidence %.2f)

%s</source>
        <translation>%s (betrouwbaarheid %.2f)

%s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="269"/>
        <source>Neutral means a statement of fact, without an opinion.</source>
        <translation>Neutraal betekent een feitelijke uitspraak, zonder mening.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="261"/>
        <source>%n row(s) written to %s

</source>
        <translation>
            <numerusform>%n rij geschreven naar %s

</numerusform>
            <numerusform>%n rijen geschreven naar %s

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Settings pages</source>
        <translation>Pagina’s van de instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Change data folder</source>
        <translation>Gegevensmap wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Default model</source>
        <translation>Standaardmodel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>System language (%s)</source>
        <translation>Systeemtaal (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>The window changes language as soon as you press OK</source>
        <translation>Het venster wisselt van taal zodra je op OK drukt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>Largest file to index</source>
        <translation>Grootste bestand om te indexeren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Also index generated and vendored files</source>
        <translation>Ook gegenereerde en meegeleverde bestanden indexeren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Minified scripts, search indexes, lock files, node_modules, build output and virtual environments are skipped unless this is on</source>
        <translation>Geminimaliseerde scripts, zoekindexen, lockbestanden, node_modules, build-uitvoer en virtuele omgevingen worden overgeslagen, tenzij dit aan staat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Read scanned pages and images (OCR; slower)</source>
        <translation>Gescande pagina’s en afbeeldingen lezen (OCR; trager)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Text is recognised on this computer, offline, a few seconds a page; scans are read after the other files</source>
        <translation>Tekst wordt op deze computer herkend, offline, in een paar seconden per pagina; scans worden na de andere bestanden gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Read scanned pages and images by OCR</source>
        <translation>Gescande pagina’s en afbeeldingen lezen met OCR</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Watched folders</source>
        <translation>Bewaakte mappen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Add folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Add watched folder</source>
        <translation>Bewaakte map toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Remove watched folder</source>
        <translation>Bewaakte map verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Skip files larger than</source>
        <translation>Alleen bestanden indexeren tot</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>&lt;h3&gt;Nothing leaves this computer&lt;/h3&gt;&lt;p&gt;Deskmate runs its language model and its document search on this computer. Your conversations, documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, checks for no updates and downloads nothing by itself.&lt;/p&gt;&lt;p&gt;The only network use is a model download that you start yourself from the model manager.&lt;/p&gt;&lt;p&gt;To delete everything Deskmate stored, quit it and delete the data folder shown on the General page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Niets verlaat deze computer&lt;/h3&gt;&lt;p&gt;Deskmate draait zijn taalmodel en zijn zoekfunctie voor documenten op deze computer. Je gesprekken, documenten, index en instellingen worden alleen in je gegevensmap opgeslagen. Deskmate verstuurt geen telemetrie, zoekt niet naar updates en downloadt niets uit zichzelf.&lt;/p&gt;&lt;p&gt;Het netwerk wordt alleen gebruikt voor een modeldownload die je zelf start in het modelbeheer.&lt;/p&gt;&lt;p&gt;Wil je alles wissen wat Deskmate heeft opgeslagen, sluit het dan af en verwijder de gegevensmap die op de pagina Algemeen staat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Choose the data folder</source>
        <translation>Gegevensmap kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Deskmate will use %s after a restart. Your current data stays in %s; move it yourself if you want to keep it.</source>
        <translation>Deskmate gebruikt %s na een herstart. Je huidige gegevens blijven in %s; verplaats ze zelf als je ze wilt houden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Watch a documents folder</source>
        <translation>Een documentenmap bewaken</translation>
    </message>
</context>
<context>
    <name>SourceCards</name>
    <message>
        <location filename="../../ui/source_cards.py" line="85"/>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="101"/>
        <source>[%d] %s · %s</source>
        <translation>[%d] %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="102"/>
        <source>Open source %d: %s, %s</source>
        <translation>Bron %d openen: %s, %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="105"/>
        <source>[%d] %s · p. %d</source>
        <translation>[%d] %s · p. %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="106"/>
        <source>Open source %d: %s, page %d</source>
        <translation>Bron %d openen: %s, pagina %d</translation>
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
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="349"/>
        <source>Position in the file</source>
        <translation>Positie in het bestand</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next page (Page Down)</source>
        <translation>Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="353"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Uitzoomen (Ctrl+min)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="355"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="356"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Inzoomen (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit width</source>
        <translation>Aan breedte aanpassen</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Pagina aan de breedte aanpassen (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="359"/>
        <source>Open in the system viewer</source>
        <translation>Openen in de systeemviewer</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="360"/>
        <source>Open the file in the system viewer</source>
        <translation>Het bestand openen in de systeemviewer</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="362"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="363"/>
        <source>Close the viewer (Esc)</source>
        <translation>Viewer sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="370"/>
        <source>Viewer status</source>
        <translation>Status van de viewer</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="379"/>
        <source>Text of the cited part</source>
        <translation>Tekst van het geciteerde deel</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="382"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="384"/>
        <source>Opening the file</source>
        <translation>Bestand wordt geopend</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="440"/>
        <source>Opening %s…</source>
        <translation>%s openen…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="467"/>
        <source>Page %d</source>
        <translation>Pagina %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="476"/>
        <source>%d of %d</source>
        <translation>%d van %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="514"/>
        <source>Page %d of %d</source>
        <translation>Pagina %d van %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="517"/>
        <location filename="../../ui/viewer.py" line="592"/>
        <source>The cited passage is highlighted.</source>
        <translation>De geciteerde passage is gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="519"/>
        <source>The cited passage, read from this picture by OCR: %s</source>
        <translation>De geciteerde passage, met OCR uit deze afbeelding gelezen: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="522"/>
        <source>The cited passage could not be marked on this page (a scanned page, or the file changed since it was indexed): %s</source>
        <translation>De geciteerde passage kon niet op deze pagina worden gemarkeerd (een gescande pagina, of het bestand is gewijzigd sinds het indexeren): %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="525"/>
        <source>The cited passage is on page %d.</source>
        <translation>De geciteerde passage staat op pagina %d.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="594"/>
        <source>The file changed since it was indexed: the cited passage was not found. It read: %s</source>
        <translation>Het bestand is gewijzigd sinds het indexeren: de geciteerde passage is niet gevonden. Die luidde: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="597"/>
        <source>The cited passage is in %s.</source>
        <translation>De geciteerde passage staat in %s.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="598"/>
        <source>page %d</source>
        <translation>pagina %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="641"/>
        <source>%s cannot be shown here: %s. The cited passage is below; &quot;Open in the system viewer&quot; may still open it.</source>
        <translation>%s kan hier niet worden getoond: %s. De geciteerde passage staat hieronder; ‘Openen in de systeemviewer’ kan het misschien toch openen.</translation>
    </message>
</context>
<context>
    <name>SummarizePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="44"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="47"/>
        <source>&amp;Length:</source>
        <translation>&amp;Lengte:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Short</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Bullet points</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="51"/>
        <source>St&amp;yle:</source>
        <translation>St&amp;ijl:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Quote the document</source>
        <translation>Het document citeren</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="53"/>
        <source>Written by the model</source>
        <translation>Door het model geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="56"/>
        <source>&amp;Focus:</source>
        <translation>&amp;Focus:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="57"/>
        <source>optional: what should it be about?</source>
        <translation>optioneel: waar moet het over gaan?</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="58"/>
        <source>From the &amp;index</source>
        <translation>Uit de in&amp;dex</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="59"/>
        <source>Summarize the indexed documents</source>
        <translation>De geïndexeerde documenten samenvatten</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="60"/>
        <source>Summarize the documents the index holds (those in the chosen folder, if any) without reading the files again.</source>
        <translation>De documenten in de index samenvatten (die in de gekozen map, als die er is) zonder de bestanden opnieuw te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="65"/>
        <source>Choose a folder to summarize</source>
        <translation>Kies een map om samen te vatten</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="75"/>
        <source>Folder: %s</source>
        <translation>Map: %s</translation>
    </message>
    <message>
        <source>Covered %d of %d document(s) in %.0f s · %d model call(s)</source>
        <translation type="vanished">%d van %d document(en) verwerkt in %.0f s · %d modelaanroep(en)</translation>
    </message>
    <message>
        <source>Done in %.0f s · %d chunk(s) · %d model call(s)</source>
        <translation type="vanished">Klaar in %.0f s · %d fragment(en) · %d modelaanroep(en)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="111"/>
        <source>Covered %d of %n document(s) in %.0f s</source>
        <translation>
            <numerusform>%d van %n document verwerkt in %.0f s</numerusform>
            <numerusform>%d van %n documenten verwerkt in %.0f s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="116"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="113"/>
        <location filename="../../ui/tools_view.py" line="117"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n modelaanroep</numerusform>
            <numerusform>%n modelaanroepen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="115"/>
        <source>Done in %.0f s</source>
        <translation>Klaar in %.0f s</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location filename="../../ui/tool_panel.py" line="72"/>
        <source>Text to use</source>
        <translation>Te gebruiken tekst</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="73"/>
        <source>Paste text here, or choose or drop a file.</source>
        <translation>Plak hier tekst, of kies of sleep een bestand hierheen.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="74"/>
        <location filename="../../ui/tool_panel.py" line="146"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="75"/>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="76"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="77"/>
        <source>Use text instead</source>
        <translation>In plaats daarvan tekst gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="79"/>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="80"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="82"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="89"/>
        <source>Model warning</source>
        <translation>Modelwaarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="91"/>
        <source>Choose a better model…</source>
        <translation>Een beter model kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="92"/>
        <source>Choose a better model</source>
        <translation>Een beter model kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="96"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>Copy result</source>
        <translation>Resultaat kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>Save result</source>
        <translation>Resultaat opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="140"/>
        <source>Choose a file</source>
        <translation>Een bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="184"/>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="233"/>
        <source>Stopped; nothing was kept.</source>
        <translation>Gestopt; er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="234"/>
        <source>Not finished.</source>
        <translation>Niet klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="250"/>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="253"/>
        <source>Save the result</source>
        <translation>Het resultaat opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="259"/>
        <source>Saved to %s</source>
        <translation>Opgeslagen in %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="263"/>
        <source>Could not save %s: %s</source>
        <translation>%s kon niet worden opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="254"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Tekst (*.txt *.md);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <location filename="../../ui/tools_view.py" line="275"/>
        <source>Tools</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="279"/>
        <source>Summarize</source>
        <translation>Samenvatten</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="282"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="284"/>
        <source>Extract</source>
        <translation>Extraheren</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="280"/>
        <source>Translate</source>
        <translation>Vertalen</translation>
    </message>
</context>
<context>
    <name>TranslatePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="130"/>
        <source>&amp;To:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="136"/>
        <source>&amp;Glossary:</source>
        <translation>&amp;Woordenlijst:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="137"/>
        <source>optional: term = translation; term2 = translation2</source>
        <translation>optioneel: term = vertaling; term2 = vertaling2</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>detected</source>
        <translation>herkend</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>given</source>
        <translation>opgegeven</translation>
    </message>
    <message>
        <source>From %s (%s) to %s · %d segment(s) in %.0f s</source>
        <translation type="vanished">Van %s (%s) naar %s · %d segment(en) in %.0f s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="159"/>
        <source>From %s (%s) to %s · %n segment(s) in %.0f s</source>
        <translation>
            <numerusform>Van %s (%s) naar %s · %n segment in %.0f s</numerusform>
            <numerusform>Van %s (%s) naar %s · %n segmenten in %.0f s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Welcome to Deskmate</source>
        <translation>Welkom bij Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Deskmate is an assistant that runs entirely on this computer. The language model, your conversations and your documents never leave it: no account, no cloud, no telemetry. Ask it anything below, or add a folder of documents so it can answer from them and cite the file and page.</source>
        <translation>Deskmate is een assistent die volledig op deze computer draait. Het taalmodel, je gesprekken en je documenten verlaten hem nooit: geen account, geen cloud, geen telemetrie. Vraag hieronder wat je wilt, of voeg een map met documenten toe, zodat Deskmate daaruit kan antwoorden en het bestand en de pagina kan noemen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>Add a documents folder…</source>
        <translation>Een documentenmap toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="57"/>
        <location filename="../../ui/welcome.py" line="160"/>
        <source>Add a documents folder</source>
        <translation>Een documentenmap toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58"/>
        <source>Choose a model…</source>
        <translation>Een model kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Choose a model for this computer</source>
        <translation>Een model voor deze computer kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Start chatting</source>
        <translation>Beginnen met chatten</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Close the welcome and start chatting</source>
        <translation>Welkom sluiten en beginnen met chatten</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92"/>
        <source>The bundled model</source>
        <translation>Het meegeleverde model</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="94"/>
        <source>&lt;b&gt;Can:&lt;/b&gt; answer short questions quickly, quote your documents with their file and page, and work with no network at all.&lt;br&gt;&lt;b&gt;Cannot:&lt;/b&gt; translate reliably, write long or careful text, or reason through hard problems: it has only 135 million parameters. A larger model from the list does these far better.</source>
        <translation>&lt;b&gt;Kan:&lt;/b&gt; korte vragen snel beantwoorden, je documenten citeren met bestand en pagina, en werken zonder enig netwerk.&lt;br&gt;&lt;b&gt;Kan niet:&lt;/b&gt; betrouwbaar vertalen, lange of zorgvuldige teksten schrijven of moeilijke problemen doordenken: het heeft maar 135 miljoen parameters. Een groter model uit de lijst doet dat veel beter.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="109"/>
        <location filename="../../ui/welcome.py" line="113"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110"/>
        <source>Checking memory, cores and GPU…</source>
        <translation>Geheugen, kernen en GPU controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115"/>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Recommended models</source>
        <translation>Aanbevolen modellen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="126"/>
        <source>None of the catalogue&apos;s models fits in the memory free now; the bundled model still works. Close other programs and look again in Models.</source>
        <translation>Geen van de modellen uit de catalogus past nu in het vrije geheugen; het meegeleverde model werkt nog steeds. Sluit andere programma’s en kijk opnieuw bij Modellen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="144"/>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Translate</source>
        <translation type="vanished">Vertalen</translation>
    </message>
</context>
</TS>
