<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiSwitch</name>
    <message>
        <location filename="../../ui/api_switch.py" line="29"/>
        <source>Serve the local &amp;API</source>
        <translation>Lokale &amp;API bereitstellen</translation>
    </message>
    <message>
        <location filename="../../ui/api_switch.py" line="31"/>
        <source>Let programs on this computer use the model through an OpenAI-compatible API</source>
        <translation>Programme auf diesem Computer dürfen das Modell über eine OpenAI-kompatible API nutzen</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="172"/>
        <source>Choose a model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="178"/>
        <source>Models that fit this computer</source>
        <translation>Modelle, die zu diesem Computer passen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="180"/>
        <source>This computer: %s</source>
        <translation>Dieser Computer: %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="182"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="183"/>
        <source>Downloads start only when you click Download. Files are checked against their SHA-256 checksum before they are used. This is the only part of Deskmate that uses the network.</source>
        <translation>Ein Download beginnt erst, wenn Sie auf „Herunterladen“ klicken. Jede Datei wird vor der Verwendung anhand ihrer SHA-256-Prüfsumme kontrolliert. Nur dieser Teil von Deskmate nutzt das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="190"/>
        <source>Available models</source>
        <translation>Verfügbare Modelle</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="197"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="201"/>
        <source>Download status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="202"/>
        <location filename="../../ui/catalogue_dialog.py" line="300"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="205"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="208"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="251"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="279"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="291"/>
        <source>Paused; click Download to resume.</source>
        <translation>Angehalten; zum Fortsetzen auf „Herunterladen“ klicken.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="292"/>
        <source>Checking the checksum…</source>
        <translation>Prüfsumme wird kontrolliert…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="304"/>
        <source>Done: %s</source>
        <translation>Fertig: %s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="149"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Fragen Sie, was Sie möchten. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="159"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="162"/>
        <source>Message Deskmate (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Deskmate (Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="163"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="164"/>
        <source>Type a message; Enter sends it, Shift+Enter adds a line</source>
        <translation>Nachricht eingeben; Eingabe sendet sie, Umschalt+Eingabe fügt eine Zeile hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="169"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="170"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="172"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="173"/>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="174"/>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="197"/>
        <source>Model for answers</source>
        <translation>Modell für Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="198"/>
        <source>The model that answers; switching stops an answer in progress</source>
        <translation>Das Modell, das antwortet; ein Wechsel stoppt eine laufende Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="202"/>
        <source>Copy chat</source>
        <translation>Chat kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="203"/>
        <source>Copy the whole conversation</source>
        <translation>Ganze Unterhaltung kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="204"/>
        <source>Copy the conversation as Markdown</source>
        <translation>Unterhaltung als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="207"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="208"/>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="209"/>
        <source>Save the conversation as Markdown, JSON or PDF</source>
        <translation>Unterhaltung als Markdown, JSON oder PDF speichern</translation>
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
        <translation>Büroserver</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="248"/>
        <source>%s (bundled)</source>
        <translation>%s (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="266"/>
        <source>Use my documents</source>
        <translation>Meine Dokumente verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="267"/>
        <source>Use my documents in this conversation</source>
        <translation>Meine Dokumente in dieser Unterhaltung verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="268"/>
        <source>Answers quote your indexed documents and cite them</source>
        <translation>Antworten zitieren Ihre indexierten Dokumente und nennen die Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="270"/>
        <source>Which documents to use</source>
        <translation>Welche Dokumente verwendet werden</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="271"/>
        <location filename="../../ui/chat_view.py" line="297"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="475"/>
        <source>Delete message?</source>
        <translation>Nachricht löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="476"/>
        <source>Delete this message? The messages after it stay in the conversation.</source>
        <translation>Diese Nachricht löschen? Die Nachrichten danach bleiben in der Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="512"/>
        <source>Send a message first: there is no conversation to export yet.</source>
        <translation>Senden Sie zuerst eine Nachricht: Es gibt noch keine Unterhaltung zum Exportieren.</translation>
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
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="523"/>
        <source>Could not export the conversation to %s: %s. Choose another folder.</source>
        <translation>Die Unterhaltung konnte nicht nach %s exportiert werden: %s. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ClassifyView</name>
    <message>
        <location filename="../../ui/classify_view.py" line="100"/>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="118"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="131"/>
        <source>1. Examples: a text and its label a row (type, paste with Ctrl+V, or load a CSV)</source>
        <translation>1. Beispiele: pro Zeile ein Text und sein Label (eingeben, mit Strg+V einfügen oder eine CSV laden)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="138"/>
        <source>Text column</source>
        <translation>Textspalte</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="139"/>
        <source>Label column</source>
        <translation>Label-Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="142"/>
        <source>&amp;Load CSV…</source>
        <translation>CSV &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="143"/>
        <source>Add &amp;row</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>Te&amp;xt column:</source>
        <translation>Te&amp;xtspalte:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>La&amp;bel column:</source>
        <translation>La&amp;bel-Spalte:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="156"/>
        <source>2. Train</source>
        <translation>2. Trainieren</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="158"/>
        <source>Classifier name</source>
        <translation>Name des Klassifikators</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="159"/>
        <source>e.g. tickets</source>
        <translation>z. B. Tickets</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="160"/>
        <source>Replace a classifier of this name</source>
        <translation>Klassifikator mit diesem Namen ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="161"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="162"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="165"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="173"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="175"/>
        <source>Confusion table</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="184"/>
        <source>3. Label a CSV file or a folder of documents</source>
        <translation>3. Eine CSV-Datei oder einen Dokumentordner labeln</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="186"/>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="187"/>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="189"/>
        <source>Column to label</source>
        <translation>Zu labelnde Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="191"/>
        <source>Write to</source>
        <translation>Schreiben nach</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="192"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="193"/>
        <source>Label my &amp;indexed documents</source>
        <translation>Meine &amp;indexierten Dokumente labeln</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="194"/>
        <source>Label every indexed document with this classifier and keep the labels in the index, so a chat can use only the documents of one label</source>
        <translation>Jedes indexierte Dokument mit diesem Klassifikator labeln und die Labels im Index behalten, damit ein Chat nur die Dokumente eines Labels verwenden kann</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="197"/>
        <source>Classifier:</source>
        <translation>Klassifikator:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="200"/>
        <source>C&amp;hoose CSV…</source>
        <translation>CSV aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="201"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="202"/>
        <source>File or folder:</source>
        <translation>Datei oder Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="203"/>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="204"/>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="232"/>
        <source>Load examples</source>
        <translation>Beispiele laden</translation>
    </message>
    <message>
        <source>%d rows loaded from %s.</source>
        <translation type="vanished">%d Zeilen aus %s geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="272"/>
        <source>Give the classifier a name first.</source>
        <translation>Geben Sie dem Klassifikator zuerst einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="275"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="288"/>
        <source>Choose a CSV file to label</source>
        <translation>CSV-Datei zum Labeln auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="306"/>
        <source>Choose a folder of documents to label</source>
        <translation>Dokumentordner zum Labeln auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="313"/>
        <source>%s (every document in it)</source>
        <translation>%s (alle darin enthaltenen Dokumente)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="320"/>
        <source>Choose a classifier, and a CSV file or a folder, first.</source>
        <translation>Wählen Sie zuerst einen Klassifikator und eine CSV-Datei oder einen Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="325"/>
        <source>Labelling…</source>
        <translation>Labeln läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="336"/>
        <source>Choose a classifier first (train one above).</source>
        <translation>Wählen Sie zuerst einen Klassifikator (trainieren Sie oben einen).</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="342"/>
        <source>Labelling your indexed documents…</source>
        <translation>Ihre indexierten Dokumente werden gelabelt…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="392"/>
        <source>Stopped; the documents labelled so far keep their label. Label again to go on from there.</source>
        <translation>Gestoppt; die bisher gelabelten Dokumente behalten ihr Label. Labeln Sie erneut, um dort weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="395"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Gestoppt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="399"/>
        <source>Cross-validated accuracy %.2f (%d examples, %d folds, %.1f s). Per label: %s</source>
        <translation>Kreuzvalidierte Genauigkeit %.2f (%d Beispiele, %d Folds, %.1f s). Pro Label: %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="404"/>
        <source>→ %s</source>
        <translation>→ %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="409"/>
        <source>Saved &apos;%s&apos;. Rows of the table: the true label; columns: the predicted one.</source>
        <translation>„%s“ gespeichert. Zeilen der Tabelle: das tatsächliche Label; Spalten: das vorhergesagte.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="413"/>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>%d rows written to %s (%.1f s).</source>
        <translation type="vanished">%d Zeilen in %s geschrieben (%.1f s).</translation>
    </message>
    <message>
        <source>Labelled %1 indexed documents with &apos;%2&apos; (%3 s).</source>
        <translation type="vanished">%1 indexierte Dokumente mit „%2“ gelabelt (%3 s).</translation>
    </message>
    <message>
        <source>%1 were labelled before and have not changed.</source>
        <translation type="vanished">%1 waren schon gelabelt und haben sich nicht geändert.</translation>
    </message>
    <message>
        <source>%1 have no indexed text and got no label.</source>
        <translation type="vanished">%1 haben keinen indexierten Text und bekamen kein Label.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="428"/>
        <source>In a chat with &quot;Use my documents&quot;, choose a label to use only those documents.</source>
        <translation>Wählen Sie in einem Chat mit „Meine Dokumente verwenden“ ein Label, um nur diese Dokumente zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="256"/>
        <source>%n row(s) loaded from %s.</source>
        <translation>
            <numerusform>%n Zeile aus %s geladen.</numerusform>
            <numerusform>%n Zeilen aus %s geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="416"/>
        <source>%n row(s) written to %s (%.1f s).</source>
        <translation>
            <numerusform>%n Zeile in %s geschrieben (%.1f s).</numerusform>
            <numerusform>%n Zeilen in %s geschrieben (%.1f s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="422"/>
        <source>Labelled %n indexed document(s) with &apos;%1&apos; (%2 s).</source>
        <translation>
            <numerusform>%n indexiertes Dokument mit „%1“ gelabelt (%2 s).</numerusform>
            <numerusform>%n indexierte Dokumente mit „%1“ gelabelt (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="425"/>
        <source>%n were labelled before and have not changed.</source>
        <translation>
            <numerusform>%n war schon gelabelt und hat sich nicht geändert.</numerusform>
            <numerusform>%n waren schon gelabelt und haben sich nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="427"/>
        <source>%n have no indexed text and got no label.</source>
        <translation>
            <numerusform>%n hat keinen indexierten Text und bekam kein Label.</numerusform>
            <numerusform>%n haben keinen indexierten Text und bekamen kein Label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/code_blocks.py" line="226"/>
        <location filename="../../ui/code_blocks.py" line="227"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="228"/>
        <source>Copy this code block</source>
        <translation>Diesen Codeblock kopieren</translation>
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
        <translation>Code</translation>
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
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="75"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="78"/>
        <location filename="../../ui/conversation_list.py" line="79"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="84"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="94"/>
        <location filename="../../ui/conversation_list.py" line="184"/>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
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
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="118"/>
        <location filename="../../ui/conversation_list.py" line="243"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="119"/>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="165"/>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="183"/>
        <source>No conversation matches “%s”.</source>
        <translation>Keine Unterhaltung passt zu „%s“.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="273"/>
        <source>Delete conversation?</source>
        <translation>Unterhaltung löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="274"/>
        <source>Delete “%s” and all its messages? This cannot be undone.</source>
        <translation>„%s“ und alle Nachrichten darin löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../ui/tools_view.py" line="171"/>
        <source>Counts per label</source>
        <translation>Anzahl pro Label</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen: %s. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <location filename="../../ui/documents_view.py" line="163"/>
        <source>Add files to the index</source>
        <translation>Dateien zum Index hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add a folder and watch it</source>
        <translation>Ordner hinzufügen und überwachen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan added folders for changes</source>
        <translation>Hinzugefügte Ordner erneut auf Änderungen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove the selected items from the index</source>
        <translation>Ausgewählte Einträge aus dem Index entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open the selected file</source>
        <translation>Ausgewählte Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="84"/>
        <source>Indexed documents</source>
        <translation>Indexierte Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Chunks</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="91"/>
        <source>No documents yet. Add files or folders, or drop them on the window.</source>
        <translation>Noch keine Dokumente. Fügen Sie Dateien oder Ordner hinzu oder ziehen Sie sie auf das Fenster.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="94"/>
        <source>Index summary</source>
        <translation>Index-Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indexierung</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="109"/>
        <source>Indexing status</source>
        <translation>Status der Indexierung</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Stop indexing; finished files stay indexed</source>
        <translation>Indexierung stoppen; fertige Dateien bleiben indexiert</translation>
    </message>
    <message>
        <source>%d indexed · %d failed · %d folders watched</source>
        <translation type="vanished">%d indexiert · %d fehlgeschlagen · %d Ordner überwacht</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="167"/>
        <source>Add a folder to the index</source>
        <translation>Ordner zum Index hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="200"/>
        <source>No application could open %s.</source>
        <translation>Keine Anwendung konnte %s öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="211"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>%d of %d files · %.1f chunks/s · %s</source>
        <translation type="vanished">%d von %d Dateien · %.1f Abschnitte/s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="222"/>
        <source>%s: page %s of %s</source>
        <translation>%s: Seite %s von %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="228"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="242"/>
        <source>Added %d, updated %d, unchanged %d, moved %d, removed %d.</source>
        <translation>Hinzugefügt %d, aktualisiert %d, unverändert %d, verschoben %d, entfernt %d.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="245"/>
        <source>Indexing cancelled; finished files stay indexed. </source>
        <translation>Indexierung abgebrochen; fertige Dateien bleiben indexiert. </translation>
    </message>
    <message>
        <source>%d file(s) could not be indexed (see Reason).</source>
        <translation type="vanished">%d Datei(en) konnten nicht indexiert werden (siehe Grund).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="249"/>
        <source>Missing folders (kept): %s</source>
        <translation>Fehlende Ordner (behalten): %s</translation>
    </message>
    <message>
        <source>Skipped %d generated or vendored file(s) and folder(s): %s.</source>
        <translation type="vanished">%d generierte oder mitgelieferte Fremddatei(en) und Ordner übersprungen: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="263"/>
        <source>Left out as generated or vendored (Settings &gt; Documents to include them):</source>
        <translation>Als generiert oder mitgeliefert ausgelassen (Einstellungen &gt; Dokumente, um sie einzuschließen):</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Indexed</source>
        <translation>Indexiert</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="129"/>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="148"/>
        <source>%d indexed · %d failed · %n folder(s) watched</source>
        <translation>
            <numerusform>%d indexiert · %d fehlgeschlagen · %n Ordner überwacht</numerusform>
            <numerusform>%d indexiert · %d fehlgeschlagen · %n Ordner überwacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="219"/>
        <source>%d of %n file(s) · %.1f chunks/s · %s</source>
        <translation>
            <numerusform>%d von %n Datei · %.1f Abschnitte/s · %s</numerusform>
            <numerusform>%d von %n Dateien · %.1f Abschnitte/s · %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="247"/>
        <source>%n file(s) could not be indexed (see Reason).</source>
        <translation>
            <numerusform>%n Datei konnte nicht indexiert werden (siehe Grund).</numerusform>
            <numerusform>%n Dateien konnten nicht indexiert werden (siehe Grund).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="254"/>
        <source>Skipped %n generated or vendored file(s) and folder(s): %s.</source>
        <translation>
            <numerusform>%n generierte oder mitgelieferte Datei bzw. Ordner übersprungen: %s.</numerusform>
            <numerusform>%n generierte oder mitgelieferte Dateien und Ordner übersprungen: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/explain_panel.py" line="43"/>
        <source>Why these sources?</source>
        <translation>Warum diese Quellen?</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="51"/>
        <source>Question: %s</source>
        <translation>Frage: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="54"/>
        <source>Looking at what retrieval considered…</source>
        <translation>Es wird geprüft, was die Suche berücksichtigt hat…</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="57"/>
        <source>What retrieval found</source>
        <translation>Was die Suche gefunden hat</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="59"/>
        <source>Passages retrieval considered</source>
        <translation>Von der Suche berücksichtigte Textstellen</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>File · place</source>
        <translation>Datei · Stelle</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Combined</source>
        <translation>Kombiniert</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="62"/>
        <source>The file and the page (or slide, sheet…) of the passage</source>
        <translation>Datei und Seite (oder Folie, Tabellenblatt…) der Textstelle</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="63"/>
        <source>Keyword score (BM25): 0 means no word in common with the question</source>
        <translation>Schlüsselwort-Wert (BM25): 0 heißt kein gemeinsames Wort mit der Frage</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="64"/>
        <source>How close the passage&apos;s meaning is to the question (cosine similarity, up to 1)</source>
        <translation>Wie nah die Bedeutung der Textstelle an der Frage liegt (Kosinus-Ähnlichkeit, bis 1)</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="65"/>
        <source>The score retrieval ranks by: keywords and meaning together</source>
        <translation>Der Wert, nach dem die Suche sortiert: Schlüsselwörter und Bedeutung zusammen</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="66"/>
        <source>Whether the answer read this passage, and as which [n]</source>
        <translation>Ob die Antwort diese Textstelle gelesen hat, und als welche [n]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="67"/>
        <source>Why it was used, or why not</source>
        <translation>Warum sie verwendet wurde oder nicht</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="82"/>
        <source>Close the explanation</source>
        <translation>Erklärung schließen</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="90"/>
        <source>Could not explain the sources: %s</source>
        <translation>Die Quellen konnten nicht erklärt werden: %s</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <source>%d passages considered, %d used.</source>
        <translation type="vanished">%d Textstellen berücksichtigt, %d verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="129"/>
        <source>The passages answer the question: its best sentence scores %.2f (%.2f is needed).</source>
        <translation>Die Textstellen beantworten die Frage: Ihr bester Satz erreicht %.2f (nötig sind %.2f).</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="132"/>
        <source>Not in your documents: the best sentence scores %.2f, under the %.2f needed to count as an answer.</source>
        <translation>Nicht in Ihren Dokumenten: Der beste Satz erreicht %.2f, weniger als die %.2f, die für eine Antwort nötig sind.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="135"/>
        <source>Best sentence: “%s”</source>
        <translation>Bester Satz: „%s“</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/explain_panel.py" line="126"/>
        <source>%n passage(s) considered, %d used.</source>
        <translation>
            <numerusform>%n Textstelle berücksichtigt, %d verwendet.</numerusform>
            <numerusform>%n Textstellen berücksichtigt, %d verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractPanel</name>
    <message>
        <location filename="../../ui/extract_panel.py" line="74"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="75"/>
        <source>What to ask of every document, e.g. What is the notice period?</source>
        <translation>Was jedes Dokument gefragt wird, z. B. Wie lang ist die Kündigungsfrist?</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="77"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="78"/>
        <source>The folder whose documents to ask</source>
        <translation>Der Ordner, dessen Dokumente gefragt werden</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="81"/>
        <source>Table file</source>
        <translation>Tabellendatei</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="82"/>
        <source>A .xlsx or .csv file for the table</source>
        <translation>Eine .xlsx- oder .csv-Datei für die Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose table file</source>
        <translation>Tabellendatei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose tabl&amp;e file…</source>
        <translation>Tabellen&amp;datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="84"/>
        <source>Start over (ask every document again and replace the table)</source>
        <translation>Neu beginnen (jedes Dokument erneut fragen und die Tabelle ersetzen)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="85"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>Run</source>
        <translation>Ausführen</translation>
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
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="94"/>
        <source>Rows of the table</source>
        <translation>Zeilen der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="96"/>
        <source>Citation or reason</source>
        <translation>Zitat oder Grund</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="105"/>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>Ord&amp;ner:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="107"/>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="138"/>
        <source>Choose the folder of documents</source>
        <translation>Dokumentordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="149"/>
        <source>Where to write the table</source>
        <translation>Wohin die Tabelle geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="176"/>
        <source>Choose a folder of documents and a table file (.xlsx or .csv) first.</source>
        <translation>Wählen Sie zuerst einen Dokumentordner und eine Tabellendatei (.xlsx oder .csv).</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="183"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%d document(s); %d already answered in the table</source>
        <translation type="vanished">%d Dokument(e); %d schon in der Tabelle beantwortet</translation>
    </message>
    <message>
        <source>%d document(s)</source>
        <translation type="vanished">%d Dokument(e)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="206"/>
        <source>Document %d of %d: %s</source>
        <translation>Dokument %d von %d: %s</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="227"/>
        <source>Not finished.</source>
        <translation>Nicht fertig.</translation>
    </message>
    <message>
        <source>%d row(s) in %s: %d found, %d not found, %d not read</source>
        <translation type="vanished">%d Zeile(n) in %s: %d gefunden, %d nicht gefunden, %d nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="238"/>
        <source>Stopped. %s. Run again to answer the rest.</source>
        <translation>Gestoppt. %s. Erneut ausführen, um den Rest zu beantworten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="202"/>
        <source>%n document(s); %d already answered in the table</source>
        <translation>
            <numerusform>%n Dokument; %d schon in der Tabelle beantwortet</numerusform>
            <numerusform>%n Dokumente; %d schon in der Tabelle beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="203"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="234"/>
        <source>%n row(s) in %s: %d found, %d not found, %d not read</source>
        <translation>
            <numerusform>%n Zeile in %s: %d gefunden, %d nicht gefunden, %d nicht gelesen</numerusform>
            <numerusform>%n Zeilen in %s: %d gefunden, %d nicht gefunden, %d nicht gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitTexts</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>GPU offload available</source>
        <translation>GPU-Auslagerung verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>%s memory (%s free) · %d CPU cores · %s</source>
        <translation type="vanished">%s Arbeitsspeicher (%s frei) · %d CPU-Kerne · %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>May be slow</source>
        <translation>Könnte langsam sein</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="67"/>
        <source>Will not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="71"/>
        <source>about %s tokens/s here</source>
        <translation>hier etwa %s Tokens/s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="74"/>
        <source>needs about %s of memory</source>
        <translation>braucht etwa %s Arbeitsspeicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_dialog.py" line="62"/>
        <source>%s memory (%s free) · %n CPU core(s) · %s</source>
        <translation>
            <numerusform>%s Arbeitsspeicher (%s frei) · %n CPU-Kern · %s</numerusform>
            <numerusform>%s Arbeitsspeicher (%s frei) · %n CPU-Kerne · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../ui/workers.py" line="34"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen: %s. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <location filename="../../ui/label_filter.py" line="29"/>
        <source>Which labelled documents to use</source>
        <translation>Welche gelabelten Dokumente verwendet werden</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="30"/>
        <source>Keep to the documents a classifier labelled so (Classify page: Label my indexed documents)</source>
        <translation>Nur die Dokumente verwenden, die ein Klassifikator so gelabelt hat (Seite „Klassifizieren“: Meine indexierten Dokumente labeln)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="47"/>
        <source>Any label</source>
        <translation>Beliebiges Label</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="50"/>
        <source>Only %1 (%2, %3)</source>
        <translation>Nur %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="68"/>
        <source>Only %1 (%2, none now)</source>
        <translation>Nur %1 (%2, derzeit keine)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
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
        <translation>Dok&amp;umente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>C&amp;lassify</source>
        <translation>&amp;Klassifizieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models: choose, download and tune (Ctrl+M)</source>
        <translation>Modelle: auswählen, herunterladen und einstellen (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Generation speed</source>
        <translation>Generierungsgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Network status</source>
        <translation>Netzwerkstatus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Search conversations</source>
        <translation>Unterhaltungen durch&amp;suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;Focus message box</source>
        <translation>Zum &amp;Nachrichtenfeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>S&amp;top answer</source>
        <translation>Antwort s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Rename conversation…</source>
        <translation>Unterhaltung &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Delete conversation…</source>
        <translation>Unterhaltung &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;About Deskmate</source>
        <translation>&amp;Über Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Open &amp;data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Model: %s · context %s tokens</source>
        <translation>Modell: %s · Kontext %s Tokens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Office server %s</source>
        <translation>Büroserver %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>API on %s</source>
        <translation>API auf %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading %s…</source>
        <translation>%s wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Answer finished: %s</source>
        <translation>Antwort fertig: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source> · stopped</source>
        <translation> · gestoppt</translation>
    </message>
    <message>
        <source>%d tokens · %s tokens/s%s</source>
        <translation type="vanished">%d Tokens · %s Tokens/s%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Diagnostics copied (no conversation text is included).</source>
        <translation>Diagnose kopiert (ohne Text aus Unterhaltungen).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Answers come from the office server at %s: your messages (and passages from your documents) are sent there. Documents and history stay on this computer.</source>
        <translation>Antworten kommen vom Büroserver unter %s: Ihre Nachrichten (und Textstellen aus Ihren Dokumenten) werden dorthin gesendet. Dokumente und Verlauf bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>Your conversations, documents and models stay on this computer; nothing is sent anywhere.</source>
        <translation>Ihre Unterhaltungen, Dokumente und Modelle bleiben auf diesem Computer; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>About Deskmate</source>
        <translation>Über Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Deskmate %s

A private assistant. %s</source>
        <translation>Deskmate %s

Ein privater Assistent. %s</translation>
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
            <numerusform>%n Token · %s Tokens/s%s</numerusform>
            <numerusform>%n Tokens · %s Tokens/s%s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../ui/message_view.py" line="156"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="157"/>
        <source>Open this link in your browser?

%s</source>
        <translation>Diesen Link im Browser öffnen?

%s</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="280"/>
        <source>Copy this message as text</source>
        <translation>Diese Nachricht als Text kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate this answer</source>
        <translation>Diese Antwort neu generieren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="282"/>
        <source>Answer again; this answer is kept as another version</source>
        <translation>Erneut antworten; diese Antwort bleibt als weitere Version erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit this message</source>
        <translation>Diese Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="285"/>
        <source>Edit and send again; the conversation branches and nothing is lost</source>
        <translation>Bearbeiten und erneut senden; die Unterhaltung verzweigt sich, nichts geht verloren</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="288"/>
        <source>Delete only this message; its replies stay</source>
        <translation>Nur diese Nachricht löschen; die Antworten darauf bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="320"/>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="321"/>
        <source>Show the previous version</source>
        <translation>Vorherige Version anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Show the next version</source>
        <translation>Nächste Version anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="363"/>
        <source>on the office server</source>
        <translation>auf dem Büroserver</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="364"/>
        <source>Written by the office server at %1, as the routing setting chose</source>
        <translation>Vom Büroserver unter %1 geschrieben, wie es die Routing-Einstellung vorsah</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="366"/>
        <source>Answered on the office server at %1</source>
        <translation>Auf dem Büroserver unter %1 beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="380"/>
        <source>Version %d of %d</source>
        <translation>Version %d von %d</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="419"/>
        <source>Edit your message</source>
        <translation>Ihre Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="420"/>
        <source>Enter sends the edited message, Esc cancels</source>
        <translation>Eingabe sendet die bearbeitete Nachricht, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="426"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="428"/>
        <source>Send the edited message</source>
        <translation>Bearbeitete Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="430"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="431"/>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="469"/>
        <source>Not in your documents</source>
        <translation>Nicht in Ihren Dokumenten</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="487"/>
        <source>_Thinking…_</source>
        <translation>_Denkt nach…_</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="489"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="490"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="620"/>
        <source>not found in the cited passages</source>
        <translation>nicht in den zitierten Textstellen gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="623"/>
        <source>Why these sources?</source>
        <translation>Warum diese Quellen?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="625"/>
        <source>Why these sources? Show what retrieval considered</source>
        <translation>Warum diese Quellen? Zeigen, was die Suche berücksichtigt hat</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="626"/>
        <source>Which passages were searched, their scores, and why each was used or not</source>
        <translation>Welche Textstellen durchsucht wurden, ihre Werte und warum jede verwendet wurde oder nicht</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="635"/>
        <source>Closest files: %s</source>
        <translation>Nächstliegende Dateien: %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="636"/>
        <source>Nothing in your documents comes close.</source>
        <translation>Nichts in Ihren Dokumenten kommt dem nahe.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="638"/>
        <source>Not in your documents. %s</source>
        <translation>Nicht in Ihren Dokumenten. %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="643"/>
        <source>Closest:</source>
        <translation>Am nächsten:</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="647"/>
        <source>Not in your documents: they do not answer this question.</source>
        <translation>Nicht in Ihren Dokumenten: Sie beantworten diese Frage nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="649"/>
        <source>Quoted from your documents.</source>
        <translation>Aus Ihren Dokumenten zitiert.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="652"/>
        <source>Every sentence is supported by the cited passages.</source>
        <translation>Jeder Satz wird von den zitierten Textstellen gestützt.</translation>
    </message>
    <message>
        <source>%d of %d sentences are not found in the cited passages: %s</source>
        <translation type="vanished">%d von %d Sätzen stehen nicht in den zitierten Textstellen: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/message_view.py" line="653"/>
        <source>%n of %d sentences are not found in the cited passages: %s</source>
        <translation>
            <numerusform>%n von %d Sätzen steht nicht in den zitierten Textstellen: %s</numerusform>
            <numerusform>%n von %d Sätzen stehen nicht in den zitierten Textstellen: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSettingsForm</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="53"/>
        <source>Settings for this model</source>
        <translation>Einstellungen für dieses Modell</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="56"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="58"/>
        <source>All (GPU builds)</source>
        <translation>Alle (GPU-Versionen)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="66"/>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="67"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="68"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="69"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="70"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="71"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="100"/>
        <location filename="../../ui/models_dialog.py" line="106"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="115"/>
        <source>Hardware fit</source>
        <translation>Passt zur Hardware</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="139"/>
        <source>Import GGUF…</source>
        <translation>GGUF importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="140"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="141"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="142"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="144"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="170"/>
        <source>damaged: %s</source>
        <translation>beschädigt: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="171"/>
        <source> (bundled)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="173"/>
        <source> — in use</source>
        <translation> — in Verwendung</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>may be slow</source>
        <translation>könnte langsam sein</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="181"/>
        <source>will not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="204"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="212"/>
        <source>Import a model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="213"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="222"/>
        <source>Not imported: %s</source>
        <translation>Nicht importiert: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="248"/>
        <source>Model will not fit</source>
        <translation>Modell passt nicht</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="249"/>
        <source>This model %s.

Load it anyway?</source>
        <translation>Dieses Modell %s.

Trotzdem laden?</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="264"/>
        <source>This model is in use; choose another one first.</source>
        <translation>Dieses Modell wird verwendet; wählen Sie zuerst ein anderes.</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Fit</source>
        <translation>Passt?</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/chat_view.py" line="104"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="107"/>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
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
        <translation>Wer antwortet: Der Systemprompt der Persona gilt für diese Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="54"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="55"/>
        <source>How freely the model picks its words</source>
        <translation>Wie frei das Modell seine Wörter wählt</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="62"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="65"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="66"/>
        <location filename="../../ui/preset_picker.py" line="193"/>
        <source>Show advanced sampling values</source>
        <translation>Erweiterte Sampling-Werte anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="90"/>
        <location filename="../../ui/preset_picker.py" line="108"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Sampling-Rohwerte</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="102"/>
        <source>System prompt of the persona</source>
        <translation>Systemprompt der Persona</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="103"/>
        <source>New persona…</source>
        <translation>Neue Persona…</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="104"/>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <location filename="../../ui/preset_picker.py" line="218"/>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="110"/>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="111"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="183"/>
        <source>The system prompt from Settings.</source>
        <translation>Der Systemprompt aus den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="184"/>
        <source>How freely the model picks its words (temperature %s, top-p %s)</source>
        <translation>Wie frei das Modell seine Wörter wählt (Temperatur %s, Top-p %s)</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="192"/>
        <source>Hide advanced sampling values</source>
        <translation>Erweiterte Sampling-Werte ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="219"/>
        <source>System prompt (how this persona answers):</source>
        <translation>Systemprompt (wie diese Persona antwortet):</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="228"/>
        <source>The persona was not saved: %s</source>
        <translation>Die Persona wurde nicht gespeichert: %s</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Concise</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Teacher</source>
        <translation>Lehrer</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Editor</source>
        <translation>Lektor</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Programmer</source>
        <translation>Programmierer</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="147"/>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="139"/>
        <source>The assistant as set up in Settings.</source>
        <translation>Der Assistent, wie in den Einstellungen eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Short, direct answers.</source>
        <translation>Kurze, direkte Antworten.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Explains step by step, with an example.</source>
        <translation>Erklärt Schritt für Schritt, mit einem Beispiel.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Improves the text you give it.</source>
        <translation>Verbessert den Text, den Sie ihm geben.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Code first, in fenced blocks.</source>
        <translation>Zuerst Code, in Codeblöcken.</translation>
    </message>
    <message>
        <source>The temperature and top-p saved for this model.</source>
        <translation type="vanished">Die für dieses Modell gespeicherte Temperatur und Top-p.</translation>
    </message>
    <message>
        <source>Always the most likely words: repeatable, factual.</source>
        <translation type="vanished">Immer die wahrscheinlichsten Wörter: wiederholbar, sachlich.</translation>
    </message>
    <message>
        <source>A little variety, still focused.</source>
        <translation type="vanished">Etwas Abwechslung, weiterhin fokussiert.</translation>
    </message>
    <message>
        <source>More varied wording and ideas.</source>
        <translation type="vanished">Abwechslungsreichere Formulierungen und Ideen.</translation>
    </message>
</context>
<context>
    <name>SentimentPanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="217"/>
        <source>Type a text, or choose or drop a CSV file (one row a text).</source>
        <translation>Text eingeben oder eine CSV-Datei auswählen bzw. hierher ziehen (pro Zeile ein Text).</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="219"/>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="221"/>
        <source>&amp;Write to:</source>
        <translation>Schreiben &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="223"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%d rows written to %s

</source>
        <translation type="vanished">%d Zeilen in %s geschrieben

</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="263"/>
        <source>%s · %.0f rows/s</source>
        <translation>%s · %.0f Zeilen/s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="268"/>
        <source>%s (confidence %.2f)

%s</source>
        <translation>%s (Konfidenz %.2f)

%s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="269"/>
        <source>Neutral means a statement of fact, without an opinion.</source>
        <translation>Neutral heißt: eine Tatsachenaussage ohne Meinung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="261"/>
        <source>%n row(s) written to %s

</source>
        <translation>
            <numerusform>%n Zeile in %s geschrieben

</numerusform>
            <numerusform>%n Zeilen in %s geschrieben

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Change data folder</source>
        <translation>Datenordner ändern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>System language (%s)</source>
        <translation>Systemsprache (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>The window changes language as soon as you press OK</source>
        <translation>Das Fenster wechselt die Sprache, sobald Sie auf OK klicken</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>Largest file to index</source>
        <translation>Größte zu indexierende Datei</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Also index generated and vendored files</source>
        <translation>Auch generierte und mitgelieferte Fremddateien indexieren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Minified scripts, search indexes, lock files, node_modules, build output and virtual environments are skipped unless this is on</source>
        <translation>Minimierte Skripte, Suchindizes, Lock-Dateien, node_modules, Build-Ausgaben und virtuelle Umgebungen werden übersprungen, außer diese Option ist aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Read scanned pages and images (OCR; slower)</source>
        <translation>Gescannte Seiten und Bilder lesen (OCR; langsamer)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Text is recognised on this computer, offline, a few seconds a page; scans are read after the other files</source>
        <translation>Text wird auf diesem Computer offline erkannt, einige Sekunden pro Seite; Scans werden nach den anderen Dateien gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Read scanned pages and images by OCR</source>
        <translation>Gescannte Seiten und Bilder per OCR lesen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Add watched folder</source>
        <translation>Überwachten Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Remove watched folder</source>
        <translation>Überwachten Ordner entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Skip files larger than</source>
        <translation>Nur Dateien indexieren bis</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>&lt;h3&gt;Nothing leaves this computer&lt;/h3&gt;&lt;p&gt;Deskmate runs its language model and its document search on this computer. Your conversations, documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, checks for no updates and downloads nothing by itself.&lt;/p&gt;&lt;p&gt;The only network use is a model download that you start yourself from the model manager.&lt;/p&gt;&lt;p&gt;To delete everything Deskmate stored, quit it and delete the data folder shown on the General page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nichts verlässt diesen Computer&lt;/h3&gt;&lt;p&gt;Deskmate führt sein Sprachmodell und seine Dokumentsuche auf diesem Computer aus. Ihre Unterhaltungen, Dokumente, der Index und die Einstellungen werden nur in Ihrem Datenordner gespeichert. Deskmate sendet keine Telemetrie, sucht nicht nach Updates und lädt nichts von sich aus herunter.&lt;/p&gt;&lt;p&gt;Das Netzwerk wird nur für einen Modell-Download genutzt, den Sie selbst in der Modellverwaltung starten.&lt;/p&gt;&lt;p&gt;Um alles zu löschen, was Deskmate gespeichert hat, beenden Sie Deskmate und löschen Sie den Datenordner, der auf der Seite „Allgemein“ angezeigt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Privacy statement</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Deskmate will use %s after a restart. Your current data stays in %s; move it yourself if you want to keep it.</source>
        <translation>Deskmate verwendet nach einem Neustart %s. Ihre bisherigen Daten bleiben in %s; verschieben Sie sie selbst, wenn Sie sie behalten möchten.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Watch a documents folder</source>
        <translation>Dokumentordner überwachen</translation>
    </message>
</context>
<context>
    <name>SourceCards</name>
    <message>
        <location filename="../../ui/source_cards.py" line="85"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="101"/>
        <source>[%d] %s · %s</source>
        <translation>[%d] %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="102"/>
        <source>Open source %d: %s, %s</source>
        <translation>Quelle %d öffnen: %s, %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="105"/>
        <source>[%d] %s · p. %d</source>
        <translation>[%d] %s · S. %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="106"/>
        <source>Open source %d: %s, page %d</source>
        <translation>Quelle %d öffnen: %s, Seite %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="107"/>
        <source>page %d</source>
        <translation>Seite %d</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../ui/viewer.py" line="347"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="349"/>
        <source>Position in the file</source>
        <translation>Position in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="353"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="355"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="356"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Seite an die Breite anpassen (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="359"/>
        <source>Open in the system viewer</source>
        <translation>Im Systembetrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="360"/>
        <source>Open the file in the system viewer</source>
        <translation>Datei im Systembetrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="362"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="363"/>
        <source>Close the viewer (Esc)</source>
        <translation>Betrachter schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="370"/>
        <source>Viewer status</source>
        <translation>Status des Betrachters</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="379"/>
        <source>Text of the cited part</source>
        <translation>Text des zitierten Teils</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="382"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="384"/>
        <source>Opening the file</source>
        <translation>Datei wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="440"/>
        <source>Opening %s…</source>
        <translation>%s wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="467"/>
        <source>Page %d</source>
        <translation>Seite %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="476"/>
        <source>%d of %d</source>
        <translation>%d von %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="514"/>
        <source>Page %d of %d</source>
        <translation>Seite %d von %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="517"/>
        <location filename="../../ui/viewer.py" line="592"/>
        <source>The cited passage is highlighted.</source>
        <translation>Die zitierte Textstelle ist hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="519"/>
        <source>The cited passage, read from this picture by OCR: %s</source>
        <translation>Die zitierte Textstelle, per OCR aus diesem Bild gelesen: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="522"/>
        <source>The cited passage could not be marked on this page (a scanned page, or the file changed since it was indexed): %s</source>
        <translation>Die zitierte Textstelle ließ sich auf dieser Seite nicht markieren (eine gescannte Seite, oder die Datei hat sich seit der Indexierung geändert): %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="525"/>
        <source>The cited passage is on page %d.</source>
        <translation>Die zitierte Textstelle steht auf Seite %d.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="594"/>
        <source>The file changed since it was indexed: the cited passage was not found. It read: %s</source>
        <translation>Die Datei hat sich seit der Indexierung geändert: Die zitierte Textstelle wurde nicht gefunden. Sie lautete: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="597"/>
        <source>The cited passage is in %s.</source>
        <translation>Die zitierte Textstelle steht in %s.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="598"/>
        <source>page %d</source>
        <translation>Seite %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="641"/>
        <source>%s cannot be shown here: %s. The cited passage is below; &quot;Open in the system viewer&quot; may still open it.</source>
        <translation>%s kann hier nicht angezeigt werden: %s. Die zitierte Textstelle steht unten; „Im Systembetrachter öffnen“ kann die Datei vielleicht trotzdem öffnen.</translation>
    </message>
</context>
<context>
    <name>SummarizePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="44"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="47"/>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Bullet points</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="51"/>
        <source>St&amp;yle:</source>
        <translation>St&amp;il:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Quote the document</source>
        <translation>Dokument zitieren</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="53"/>
        <source>Written by the model</source>
        <translation>Vom Modell geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="56"/>
        <source>&amp;Focus:</source>
        <translation>&amp;Schwerpunkt:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="57"/>
        <source>optional: what should it be about?</source>
        <translation>optional: Worum soll es gehen?</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="58"/>
        <source>From the &amp;index</source>
        <translation>Aus dem Inde&amp;x</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="59"/>
        <source>Summarize the indexed documents</source>
        <translation>Die indexierten Dokumente zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="60"/>
        <source>Summarize the documents the index holds (those in the chosen folder, if any) without reading the files again.</source>
        <translation>Die Dokumente im Index zusammenfassen (die im gewählten Ordner, falls einer gewählt ist), ohne die Dateien erneut zu lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="65"/>
        <source>Choose a folder to summarize</source>
        <translation>Ordner zum Zusammenfassen auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="75"/>
        <source>Folder: %s</source>
        <translation>Ordner: %s</translation>
    </message>
    <message>
        <source>Covered %d of %d document(s) in %.0f s · %d model call(s)</source>
        <translation type="vanished">%d von %d Dokument(en) in %.0f s erfasst · %d Modellaufruf(e)</translation>
    </message>
    <message>
        <source>Done in %.0f s · %d chunk(s) · %d model call(s)</source>
        <translation type="vanished">Fertig in %.0f s · %d Abschnitt(e) · %d Modellaufruf(e)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="111"/>
        <source>Covered %d of %n document(s) in %.0f s</source>
        <translation>
            <numerusform>%d von %n Dokument erfasst in %.0f s</numerusform>
            <numerusform>%d von %n Dokumenten erfasst in %.0f s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="116"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="113"/>
        <location filename="../../ui/tools_view.py" line="117"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n Modellaufruf</numerusform>
            <numerusform>%n Modellaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="115"/>
        <source>Done in %.0f s</source>
        <translation>Fertig in %.0f s</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location filename="../../ui/tool_panel.py" line="72"/>
        <source>Text to use</source>
        <translation>Zu verwendender Text</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="73"/>
        <source>Paste text here, or choose or drop a file.</source>
        <translation>Text hier einfügen oder eine Datei auswählen bzw. hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="74"/>
        <location filename="../../ui/tool_panel.py" line="146"/>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="75"/>
        <source>Chosen file</source>
        <translation>Ausgewählte Datei</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="76"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="77"/>
        <source>Use text instead</source>
        <translation>Stattdessen Text verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="79"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="80"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="82"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="89"/>
        <source>Model warning</source>
        <translation>Modellwarnung</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="91"/>
        <source>Choose a better model…</source>
        <translation>Besseres Modell auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="92"/>
        <source>Choose a better model</source>
        <translation>Ein besseres Modell auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="96"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>Copy result</source>
        <translation>Ergebnis kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>&amp;Save…</source>
        <translation>S&amp;peichern…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>Save result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="140"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="184"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="233"/>
        <source>Stopped; nothing was kept.</source>
        <translation>Gestoppt; nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="234"/>
        <source>Not finished.</source>
        <translation>Nicht fertig.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="250"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="253"/>
        <source>Save the result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="259"/>
        <source>Saved to %s</source>
        <translation>Gespeichert in %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="263"/>
        <source>Could not save %s: %s</source>
        <translation>%s konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="254"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Text (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <location filename="../../ui/tools_view.py" line="275"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="279"/>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="282"/>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="284"/>
        <source>Extract</source>
        <translation>Extrahieren</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="280"/>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
</context>
<context>
    <name>TranslatePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="130"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="136"/>
        <source>&amp;Glossary:</source>
        <translation>&amp;Glossar:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="137"/>
        <source>optional: term = translation; term2 = translation2</source>
        <translation>optional: Begriff = Übersetzung; Begriff2 = Übersetzung2</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>From %s (%s) to %s · %d segment(s) in %.0f s</source>
        <translation type="vanished">Von %s (%s) nach %s · %d Segment(e) in %.0f s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="159"/>
        <source>From %s (%s) to %s · %n segment(s) in %.0f s</source>
        <translation>
            <numerusform>Von %s (%s) nach %s · %n Segment in %.0f s</numerusform>
            <numerusform>Von %s (%s) nach %s · %n Segmente in %.0f s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Welcome to Deskmate</source>
        <translation>Willkommen bei Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Deskmate is an assistant that runs entirely on this computer. The language model, your conversations and your documents never leave it: no account, no cloud, no telemetry. Ask it anything below, or add a folder of documents so it can answer from them and cite the file and page.</source>
        <translation>Deskmate ist ein Assistent, der vollständig auf diesem Computer läuft. Das Sprachmodell, Ihre Unterhaltungen und Ihre Dokumente verlassen ihn nie: kein Konto, keine Cloud, keine Telemetrie. Stellen Sie unten eine beliebige Frage, oder fügen Sie einen Dokumentordner hinzu, damit Deskmate daraus antworten und Datei und Seite nennen kann.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>Add a documents folder…</source>
        <translation>Dokumentordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="57"/>
        <location filename="../../ui/welcome.py" line="160"/>
        <source>Add a documents folder</source>
        <translation>Dokumentordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58"/>
        <source>Choose a model…</source>
        <translation>Modell auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Choose a model for this computer</source>
        <translation>Ein Modell für diesen Computer auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Start chatting</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Close the welcome and start chatting</source>
        <translation>Willkommen schließen und loslegen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92"/>
        <source>The bundled model</source>
        <translation>Das mitgelieferte Modell</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="94"/>
        <source>&lt;b&gt;Can:&lt;/b&gt; answer short questions quickly, quote your documents with their file and page, and work with no network at all.&lt;br&gt;&lt;b&gt;Cannot:&lt;/b&gt; translate reliably, write long or careful text, or reason through hard problems: it has only 135 million parameters. A larger model from the list does these far better.</source>
        <translation>&lt;b&gt;Kann:&lt;/b&gt; kurze Fragen schnell beantworten, Ihre Dokumente mit Datei und Seite zitieren und ganz ohne Netzwerk arbeiten.&lt;br&gt;&lt;b&gt;Kann nicht:&lt;/b&gt; zuverlässig übersetzen, lange oder sorgfältige Texte schreiben oder schwierige Probleme durchdenken: Es hat nur 135 Millionen Parameter. Ein größeres Modell aus der Liste kann das viel besser.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="109"/>
        <location filename="../../ui/welcome.py" line="113"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110"/>
        <source>Checking memory, cores and GPU…</source>
        <translation>Arbeitsspeicher, Kerne und GPU werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115"/>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Recommended models</source>
        <translation>Empfohlene Modelle</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="126"/>
        <source>None of the catalogue&apos;s models fits in the memory free now; the bundled model still works. Close other programs and look again in Models.</source>
        <translation>Keines der Modelle im Katalog passt in den gerade freien Arbeitsspeicher; das mitgelieferte Modell funktioniert weiterhin. Schließen Sie andere Programme und sehen Sie unter „Modelle“ noch einmal nach.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="144"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Translate</source>
        <translation type="vanished">Übersetzen</translation>
    </message>
</context>
</TS>
