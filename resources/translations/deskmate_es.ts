<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiSwitch</name>
    <message>
        <location filename="../../ui/api_switch.py" line="29"/>
        <source>Serve the local &amp;API</source>
        <translation>Servir la &amp;API local</translation>
    </message>
    <message>
        <location filename="../../ui/api_switch.py" line="31"/>
        <source>Let programs on this computer use the model through an OpenAI-compatible API</source>
        <translation>Permite que los programas de este equipo usen el modelo mediante una API compatible con OpenAI</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="172"/>
        <source>Choose a model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="178"/>
        <source>Models that fit this computer</source>
        <translation>Modelos que caben en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="180"/>
        <source>This computer: %s</source>
        <translation>Este equipo: %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="182"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="183"/>
        <source>Downloads start only when you click Download. Files are checked against their SHA-256 checksum before they are used. This is the only part of Deskmate that uses the network.</source>
        <translation>Las descargas solo empiezan cuando hace clic en Descargar. Cada archivo se comprueba con su suma SHA-256 antes de usarse. Es la única parte de Deskmate que usa la red.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="190"/>
        <source>Available models</source>
        <translation>Modelos disponibles</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="197"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="201"/>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="202"/>
        <location filename="../../ui/catalogue_dialog.py" line="300"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="205"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="208"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="251"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="279"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="291"/>
        <source>Paused; click Download to resume.</source>
        <translation>En pausa; haga clic en Descargar para continuar.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="292"/>
        <source>Checking the checksum…</source>
        <translation>Comprobando la suma de verificación…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="304"/>
        <source>Done: %s</source>
        <translation>Listo: %s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="149"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Pregunte lo que quiera. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="159"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="162"/>
        <source>Message Deskmate (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Deskmate (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="163"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="164"/>
        <source>Type a message; Enter sends it, Shift+Enter adds a line</source>
        <translation>Escriba un mensaje; Intro lo envía, Mayús+Intro añade una línea</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="169"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="170"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="172"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="173"/>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="174"/>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="197"/>
        <source>Model for answers</source>
        <translation>Modelo para las respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="198"/>
        <source>The model that answers; switching stops an answer in progress</source>
        <translation>El modelo que responde; cambiarlo detiene la respuesta en curso</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="202"/>
        <source>Copy chat</source>
        <translation>Copiar el chat</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="203"/>
        <source>Copy the whole conversation</source>
        <translation>Copiar toda la conversación</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="204"/>
        <source>Copy the conversation as Markdown</source>
        <translation>Copiar la conversación en Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="207"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="208"/>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="209"/>
        <source>Save the conversation as Markdown, JSON or PDF</source>
        <translation>Guardar la conversación en Markdown, JSON o PDF</translation>
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
        <translation>Servidor de la oficina</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="248"/>
        <source>%s (bundled)</source>
        <translation>%s (incluido)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="266"/>
        <source>Use my documents</source>
        <translation>Usar mis documentos</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="267"/>
        <source>Use my documents in this conversation</source>
        <translation>Usar mis documentos en esta conversación</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="268"/>
        <source>Answers quote your indexed documents and cite them</source>
        <translation>Las respuestas citan sus documentos indexados e indican la fuente</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="270"/>
        <source>Which documents to use</source>
        <translation>Qué documentos usar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="271"/>
        <location filename="../../ui/chat_view.py" line="297"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="475"/>
        <source>Delete message?</source>
        <translation>¿Eliminar el mensaje?</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="476"/>
        <source>Delete this message? The messages after it stay in the conversation.</source>
        <translation>¿Eliminar este mensaje? Los mensajes posteriores se quedan en la conversación.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="512"/>
        <source>Send a message first: there is no conversation to export yet.</source>
        <translation>Envíe primero un mensaje: todavía no hay ninguna conversación que exportar.</translation>
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
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="523"/>
        <source>Could not export the conversation to %s: %s. Choose another folder.</source>
        <translation>No se pudo exportar la conversación a %s: %s. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ClassifyView</name>
    <message>
        <location filename="../../ui/classify_view.py" line="100"/>
        <source>Classify</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="118"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="120"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="131"/>
        <source>1. Examples: a text and its label a row (type, paste with Ctrl+V, or load a CSV)</source>
        <translation>1. Ejemplos: un texto y su etiqueta por fila (escriba, pegue con Ctrl+V o cargue un CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="133"/>
        <location filename="../../ui/classify_view.py" line="140"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="134"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="138"/>
        <source>Text column</source>
        <translation>Columna de texto</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="139"/>
        <source>Label column</source>
        <translation>Columna de etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="142"/>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Cargar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="143"/>
        <source>Add &amp;row</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>Te&amp;xt column:</source>
        <translation>Columna de te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>La&amp;bel column:</source>
        <translation>Columna de eti&amp;queta:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="156"/>
        <source>2. Train</source>
        <translation>2. Entrenar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="158"/>
        <source>Classifier name</source>
        <translation>Nombre del clasificador</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="159"/>
        <source>e.g. tickets</source>
        <translation>p. ej., tickets</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="160"/>
        <source>Replace a classifier of this name</source>
        <translation>Reemplazar un clasificador con este nombre</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="161"/>
        <source>&amp;Train</source>
        <translation>En&amp;trenar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="162"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="165"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="173"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="175"/>
        <source>Confusion table</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="184"/>
        <source>3. Label a CSV file or a folder of documents</source>
        <translation>3. Etiquetar un archivo CSV o una carpeta de documentos</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="186"/>
        <source>Classifier</source>
        <translation>Clasificador</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="187"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="189"/>
        <source>Column to label</source>
        <translation>Columna que etiquetar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="191"/>
        <source>Write to</source>
        <translation>Escribir en</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="192"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="193"/>
        <source>Label my &amp;indexed documents</source>
        <translation>Etiquetar mis documentos &amp;indexados</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="194"/>
        <source>Label every indexed document with this classifier and keep the labels in the index, so a chat can use only the documents of one label</source>
        <translation>Etiquetar cada documento indexado con este clasificador y guardar las etiquetas en el índice, para que un chat pueda usar solo los documentos de una etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="197"/>
        <source>Classifier:</source>
        <translation>Clasificador:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="200"/>
        <source>C&amp;hoose CSV…</source>
        <translation>Elegir CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="201"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="202"/>
        <source>File or folder:</source>
        <translation>Archivo o carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="203"/>
        <source>Column:</source>
        <translation>Columna:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="204"/>
        <source>Write to:</source>
        <translation>Escribir en:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="232"/>
        <source>Load examples</source>
        <translation>Cargar ejemplos</translation>
    </message>
    <message>
        <source>%d rows loaded from %s.</source>
        <translation type="vanished">%d filas cargadas desde %s.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="272"/>
        <source>Give the classifier a name first.</source>
        <translation>Primero dé un nombre al clasificador.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="275"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="288"/>
        <source>Choose a CSV file to label</source>
        <translation>Elija un archivo CSV que etiquetar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="306"/>
        <source>Choose a folder of documents to label</source>
        <translation>Elija una carpeta de documentos que etiquetar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="313"/>
        <source>%s (every document in it)</source>
        <translation>%s (todos sus documentos)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="320"/>
        <source>Choose a classifier, and a CSV file or a folder, first.</source>
        <translation>Primero elija un clasificador y un archivo CSV o una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="325"/>
        <source>Labelling…</source>
        <translation>Etiquetando…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="336"/>
        <source>Choose a classifier first (train one above).</source>
        <translation>Primero elija un clasificador (entrene uno arriba).</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="342"/>
        <source>Labelling your indexed documents…</source>
        <translation>Etiquetando sus documentos indexados…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="392"/>
        <source>Stopped; the documents labelled so far keep their label. Label again to go on from there.</source>
        <translation>Detenido; los documentos etiquetados hasta ahora conservan su etiqueta. Vuelva a etiquetar para seguir desde ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="395"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Detenido; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="399"/>
        <source>Cross-validated accuracy %.2f (%d examples, %d folds, %.1f s). Per label: %s</source>
        <translation>Exactitud con validación cruzada %.2f (%d ejemplos, %d particiones, %.1f s). Por etiqueta: %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="404"/>
        <source>→ %s</source>
        <translation>→ %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="409"/>
        <source>Saved &apos;%s&apos;. Rows of the table: the true label; columns: the predicted one.</source>
        <translation>«%s» guardado. Filas de la tabla: la etiqueta real; columnas: la predicha.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="413"/>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <source>%d rows written to %s (%.1f s).</source>
        <translation type="vanished">%d filas escritas en %s (%.1f s).</translation>
    </message>
    <message>
        <source>Labelled %1 indexed documents with &apos;%2&apos; (%3 s).</source>
        <translation type="vanished">%1 documentos indexados etiquetados con «%2» (%3 s).</translation>
    </message>
    <message>
        <source>%1 were labelled before and have not changed.</source>
        <translation type="vanished">%1 ya estaban etiquetados y no han cambiado.</translation>
    </message>
    <message>
        <source>%1 have no indexed text and got no label.</source>
        <translation type="vanished">%1 no tienen texto indexado y no recibieron etiqueta.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="428"/>
        <source>In a chat with &quot;Use my documents&quot;, choose a label to use only those documents.</source>
        <translation>En un chat con «Usar mis documentos», elija una etiqueta para usar solo esos documentos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="256"/>
        <source>%n row(s) loaded from %s.</source>
        <translation>
            <numerusform>%n fila cargada desde %s.</numerusform>
            <numerusform>%n filas cargadas desde %s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="416"/>
        <source>%n row(s) written to %s (%.1f s).</source>
        <translation>
            <numerusform>%n fila escrita en %s (%.1f s).</numerusform>
            <numerusform>%n filas escritas en %s (%.1f s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="422"/>
        <source>Labelled %n indexed document(s) with &apos;%1&apos; (%2 s).</source>
        <translation>
            <numerusform>%n documento indexado etiquetado con «%1» (%2 s).</numerusform>
            <numerusform>%n documentos indexados etiquetados con «%1» (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="425"/>
        <source>%n were labelled before and have not changed.</source>
        <translation>
            <numerusform>%n ya estaba etiquetado y no ha cambiado.</numerusform>
            <numerusform>%n ya estaban etiquetados y no han cambiado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="427"/>
        <source>%n have no indexed text and got no label.</source>
        <translation>
            <numerusform>%n no tiene texto indexado y no recibió etiqueta.</numerusform>
            <numerusform>%n no tienen texto indexado y no recibieron etiqueta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/code_blocks.py" line="226"/>
        <location filename="../../ui/code_blocks.py" line="227"/>
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="228"/>
        <source>Copy this code block</source>
        <translation>Copiar este bloque de código</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="239"/>
        <location filename="../../ui/code_blocks.py" line="254"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="253"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="254"/>
        <source>Code in %s</source>
        <translation>Código en %s</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/conversation_list.py" line="72"/>
        <location filename="../../ui/conversation_list.py" line="74"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="75"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="78"/>
        <location filename="../../ui/conversation_list.py" line="79"/>
        <source>Search conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="84"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="94"/>
        <location filename="../../ui/conversation_list.py" line="184"/>
        <source>No conversations yet.</source>
        <translation>Todavía no hay conversaciones.</translation>
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
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="118"/>
        <location filename="../../ui/conversation_list.py" line="243"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="119"/>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="165"/>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="183"/>
        <source>No conversation matches “%s”.</source>
        <translation>Ninguna conversación coincide con «%s».</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Rename conversation</source>
        <translation>Cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="273"/>
        <source>Delete conversation?</source>
        <translation>¿Eliminar la conversación?</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="274"/>
        <source>Delete “%s” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar «%s» y todos sus mensajes? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../ui/tools_view.py" line="171"/>
        <source>Counts per label</source>
        <translation>Recuento por etiqueta</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Algo salió mal: %s. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <location filename="../../ui/documents_view.py" line="163"/>
        <source>Add files to the index</source>
        <translation>Añadir archivos al índice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add a folder and watch it</source>
        <translation>Añadir una carpeta y vigilarla</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan</source>
        <translation>Volver a analizar</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan added folders for changes</source>
        <translation>Volver a analizar las carpetas añadidas en busca de cambios</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove the selected items from the index</source>
        <translation>Quitar del índice los elementos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open the selected file</source>
        <translation>Abrir el archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="84"/>
        <source>Indexed documents</source>
        <translation>Documentos indexados</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="91"/>
        <source>No documents yet. Add files or folders, or drop them on the window.</source>
        <translation>Todavía no hay documentos. Añada archivos o carpetas, o suéltelos sobre la ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="94"/>
        <source>Index summary</source>
        <translation>Resumen del índice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="109"/>
        <source>Indexing status</source>
        <translation>Estado de la indexación</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Stop indexing; finished files stay indexed</source>
        <translation>Detener la indexación; los archivos terminados siguen indexados</translation>
    </message>
    <message>
        <source>%d indexed · %d failed · %d folders watched</source>
        <translation type="vanished">%d indexados · %d con error · %d carpetas vigiladas</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="167"/>
        <source>Add a folder to the index</source>
        <translation>Añadir una carpeta al índice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="200"/>
        <source>No application could open %s.</source>
        <translation>Ninguna aplicación pudo abrir %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="211"/>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <source>%d of %d files · %.1f chunks/s · %s</source>
        <translation type="vanished">%d de %d archivos · %.1f fragmentos/s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="222"/>
        <source>%s: page %s of %s</source>
        <translation>%s: página %s de %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="228"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="242"/>
        <source>Added %d, updated %d, unchanged %d, moved %d, removed %d.</source>
        <translation>Añadidos %d, actualizados %d, sin cambios %d, movidos %d, quitados %d.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="245"/>
        <source>Indexing cancelled; finished files stay indexed. </source>
        <translation>Indexación cancelada; los archivos terminados siguen indexados. </translation>
    </message>
    <message>
        <source>%d file(s) could not be indexed (see Reason).</source>
        <translation type="vanished">%d archivo(s) no se pudieron indexar (vea Motivo).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="249"/>
        <source>Missing folders (kept): %s</source>
        <translation>Carpetas que faltan (se conservan): %s</translation>
    </message>
    <message>
        <source>Skipped %d generated or vendored file(s) and folder(s): %s.</source>
        <translation type="vanished">Se omitieron %d archivo(s) y carpeta(s) generados o de terceros: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="263"/>
        <source>Left out as generated or vendored (Settings &gt; Documents to include them):</source>
        <translation>Omitidos por ser generados o de terceros (Configuración &gt; Documentos para incluirlos):</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Indexed</source>
        <translation>Indexado</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="129"/>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="148"/>
        <source>%d indexed · %d failed · %n folder(s) watched</source>
        <translation>
            <numerusform>%d indexados · %d con error · %n carpeta vigilada</numerusform>
            <numerusform>%d indexados · %d con error · %n carpetas vigiladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="219"/>
        <source>%d of %n file(s) · %.1f chunks/s · %s</source>
        <translation>
            <numerusform>%d de %n archivo · %.1f fragmentos/s · %s</numerusform>
            <numerusform>%d de %n archivos · %.1f fragmentos/s · %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="247"/>
        <source>%n file(s) could not be indexed (see Reason).</source>
        <translation>
            <numerusform>%n archivo no se pudo indexar (vea Motivo).</numerusform>
            <numerusform>%n archivos no se pudieron indexar (vea Motivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="254"/>
        <source>Skipped %n generated or vendored file(s) and folder(s): %s.</source>
        <translation>
            <numerusform>Se omitió %n archivo o carpeta generado o de terceros: %s.</numerusform>
            <numerusform>Se omitieron %n archivos y carpetas generados o de terceros: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/explain_panel.py" line="43"/>
        <source>Why these sources?</source>
        <translation>¿Por qué estas fuentes?</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="51"/>
        <source>Question: %s</source>
        <translation>Pregunta: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="54"/>
        <source>Looking at what retrieval considered…</source>
        <translation>Revisando lo que consideró la búsqueda…</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="57"/>
        <source>What retrieval found</source>
        <translation>Lo que encontró la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="59"/>
        <source>Passages retrieval considered</source>
        <translation>Pasajes que consideró la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>File · place</source>
        <translation>Archivo · lugar</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Combined</source>
        <translation>Combinada</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="61"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="62"/>
        <source>The file and the page (or slide, sheet…) of the passage</source>
        <translation>El archivo y la página (o diapositiva, hoja…) del pasaje</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="63"/>
        <source>Keyword score (BM25): 0 means no word in common with the question</source>
        <translation>Puntuación de palabras clave (BM25): 0 significa ninguna palabra en común con la pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="64"/>
        <source>How close the passage&apos;s meaning is to the question (cosine similarity, up to 1)</source>
        <translation>Cuánto se acerca el significado del pasaje a la pregunta (similitud coseno, hasta 1)</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="65"/>
        <source>The score retrieval ranks by: keywords and meaning together</source>
        <translation>La puntuación con la que ordena la búsqueda: palabras clave y significado juntos</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="66"/>
        <source>Whether the answer read this passage, and as which [n]</source>
        <translation>Si la respuesta leyó este pasaje, y como qué [n]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="67"/>
        <source>Why it was used, or why not</source>
        <translation>Por qué se usó, o por qué no</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="82"/>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="90"/>
        <source>Could not explain the sources: %s</source>
        <translation>No se pudieron explicar las fuentes: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="103"/>
        <source>yes [%d]</source>
        <translation>sí [%d]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%d passages considered, %d used.</source>
        <translation type="vanished">%d pasajes considerados, %d usados.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="129"/>
        <source>The passages answer the question: its best sentence scores %.2f (%.2f is needed).</source>
        <translation>Los pasajes responden a la pregunta: su mejor frase obtiene %.2f (se necesita %.2f).</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="132"/>
        <source>Not in your documents: the best sentence scores %.2f, under the %.2f needed to count as an answer.</source>
        <translation>No está en sus documentos: la mejor frase obtiene %.2f, por debajo del %.2f necesario para contar como respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="135"/>
        <source>Best sentence: “%s”</source>
        <translation>Mejor frase: «%s»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/explain_panel.py" line="126"/>
        <source>%n passage(s) considered, %d used.</source>
        <translation>
            <numerusform>%n pasaje considerado, %d usado(s).</numerusform>
            <numerusform>%n pasajes considerados, %d usado(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractPanel</name>
    <message>
        <location filename="../../ui/extract_panel.py" line="74"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="75"/>
        <source>What to ask of every document, e.g. What is the notice period?</source>
        <translation>Qué preguntar a cada documento, p. ej., ¿Cuál es el plazo de preaviso?</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="77"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="78"/>
        <source>The folder whose documents to ask</source>
        <translation>La carpeta cuyos documentos consultar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose f&amp;older…</source>
        <translation>Elegir ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose folder</source>
        <translation>Elegir carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="81"/>
        <source>Table file</source>
        <translation>Archivo de tabla</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="82"/>
        <source>A .xlsx or .csv file for the table</source>
        <translation>Un archivo .xlsx o .csv para la tabla</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose table file</source>
        <translation>Elegir archivo de tabla</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose tabl&amp;e file…</source>
        <translation>Elegir archivo de tab&amp;la…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="84"/>
        <source>Start over (ask every document again and replace the table)</source>
        <translation>Empezar de nuevo (volver a preguntar a cada documento y reemplazar la tabla)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="85"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="89"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="94"/>
        <source>Rows of the table</source>
        <translation>Filas de la tabla</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="96"/>
        <source>Citation or reason</source>
        <translation>Cita o motivo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="105"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="107"/>
        <source>Ta&amp;ble:</source>
        <translation>Ta&amp;bla:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="138"/>
        <source>Choose the folder of documents</source>
        <translation>Elegir la carpeta de documentos</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="149"/>
        <source>Where to write the table</source>
        <translation>Dónde escribir la tabla</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="176"/>
        <source>Choose a folder of documents and a table file (.xlsx or .csv) first.</source>
        <translation>Primero elija una carpeta de documentos y un archivo de tabla (.xlsx o .csv).</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="183"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%d document(s); %d already answered in the table</source>
        <translation type="vanished">%d documento(s); %d ya respondidos en la tabla</translation>
    </message>
    <message>
        <source>%d document(s)</source>
        <translation type="vanished">%d documento(s)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="206"/>
        <source>Document %d of %d: %s</source>
        <translation>Documento %d de %d: %s</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="227"/>
        <source>Not finished.</source>
        <translation>Sin terminar.</translation>
    </message>
    <message>
        <source>%d row(s) in %s: %d found, %d not found, %d not read</source>
        <translation type="vanished">%d fila(s) en %s: %d encontradas, %d no encontradas, %d no leídas</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="238"/>
        <source>Stopped. %s. Run again to answer the rest.</source>
        <translation>Detenido. %s. Vuelva a ejecutar para responder el resto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="202"/>
        <source>%n document(s); %d already answered in the table</source>
        <translation>
            <numerusform>%n documento; %d ya respondido(s) en la tabla</numerusform>
            <numerusform>%n documentos; %d ya respondidos en la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="203"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="234"/>
        <source>%n row(s) in %s: %d found, %d not found, %d not read</source>
        <translation>
            <numerusform>%n fila en %s: %d encontrada, %d no encontrada, %d no leída</numerusform>
            <numerusform>%n filas en %s: %d encontradas, %d no encontradas, %d no leídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitTexts</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>GPU offload available</source>
        <translation>Descarga en GPU disponible</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>%s memory (%s free) · %d CPU cores · %s</source>
        <translation type="vanished">%s de memoria (%s libre) · %d núcleos de CPU · %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>May be slow</source>
        <translation>Puede ir lento</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="67"/>
        <source>Will not fit</source>
        <translation>No cabe</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="71"/>
        <source>about %s tokens/s here</source>
        <translation>unos %s tokens/s aquí</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="74"/>
        <source>needs about %s of memory</source>
        <translation>necesita unos %s de memoria</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_dialog.py" line="62"/>
        <source>%s memory (%s free) · %n CPU core(s) · %s</source>
        <translation>
            <numerusform>%s de memoria (%s libre) · %n núcleo de CPU · %s</numerusform>
            <numerusform>%s de memoria (%s libre) · %n núcleos de CPU · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../ui/workers.py" line="34"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Algo salió mal: %s. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <location filename="../../ui/label_filter.py" line="29"/>
        <source>Which labelled documents to use</source>
        <translation>Qué documentos etiquetados usar</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="30"/>
        <source>Keep to the documents a classifier labelled so (Classify page: Label my indexed documents)</source>
        <translation>Limitarse a los documentos que un clasificador etiquetó así (página Clasificar: Etiquetar mis documentos indexados)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="47"/>
        <source>Any label</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="50"/>
        <source>Only %1 (%2, %3)</source>
        <translation>Solo %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="68"/>
        <source>Only %1 (%2, none now)</source>
        <translation>Solo %1 (%2, ninguno ahora)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>C&amp;lassify</source>
        <translation>C&amp;lasificar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models: choose, download and tune (Ctrl+M)</source>
        <translation>Modelos: elegir, descargar y ajustar (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Network status</source>
        <translation>Estado de la red</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Conversation title</source>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar en las conversaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;Focus message box</source>
        <translation>Ir al cuadro de &amp;mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>S&amp;top answer</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Rename conversation…</source>
        <translation>Cambiar el &amp;nombre de la conversación…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Delete conversation…</source>
        <translation>&amp;Eliminar la conversación…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;About Deskmate</source>
        <translation>&amp;Acerca de Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar el diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Model: %s · context %s tokens</source>
        <translation>Modelo: %s · contexto de %s tokens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Office server %s</source>
        <translation>Servidor de la oficina %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>API on %s</source>
        <translation>API en %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading %s…</source>
        <translation>Cargando %s…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Answer finished: %s</source>
        <translation>Respuesta terminada: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source> · stopped</source>
        <translation> · detenida</translation>
    </message>
    <message>
        <source>%d tokens · %s tokens/s%s</source>
        <translation type="vanished">%d tokens · %s tokens/s%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Diagnostics copied (no conversation text is included).</source>
        <translation>Diagnóstico copiado (no incluye texto de las conversaciones).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Answers come from the office server at %s: your messages (and passages from your documents) are sent there. Documents and history stay on this computer.</source>
        <translation>Las respuestas vienen del servidor de la oficina en %s: sus mensajes (y pasajes de sus documentos) se envían allí. Los documentos y el historial se quedan en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>Your conversations, documents and models stay on this computer; nothing is sent anywhere.</source>
        <translation>Sus conversaciones, documentos y modelos se quedan en este equipo; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>About Deskmate</source>
        <translation>Acerca de Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Deskmate %s

A private assistant. %s</source>
        <translation>Deskmate %s

Un asistente privado. %s</translation>
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
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="157"/>
        <source>Open this link in your browser?

%s</source>
        <translation>¿Abrir este enlace en el navegador?

%s</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="279"/>
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="280"/>
        <source>Copy this message as text</source>
        <translation>Copiar este mensaje como texto</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate this answer</source>
        <translation>Regenerar esta respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="282"/>
        <source>Answer again; this answer is kept as another version</source>
        <translation>Responder de nuevo; esta respuesta se conserva como otra versión</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit this message</source>
        <translation>Editar este mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="285"/>
        <source>Edit and send again; the conversation branches and nothing is lost</source>
        <translation>Editar y enviar de nuevo; la conversación se ramifica y no se pierde nada</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="288"/>
        <source>Delete only this message; its replies stay</source>
        <translation>Eliminar solo este mensaje; sus respuestas se quedan</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="320"/>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="321"/>
        <source>Show the previous version</source>
        <translation>Mostrar la versión anterior</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Show the next version</source>
        <translation>Mostrar la versión siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="363"/>
        <source>on the office server</source>
        <translation>en el servidor de la oficina</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="364"/>
        <source>Written by the office server at %1, as the routing setting chose</source>
        <translation>Escrito por el servidor de la oficina en %1, según la configuración de enrutamiento</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="366"/>
        <source>Answered on the office server at %1</source>
        <translation>Respondido en el servidor de la oficina en %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="380"/>
        <source>Version %d of %d</source>
        <translation>Versión %d de %d</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="419"/>
        <source>Edit your message</source>
        <translation>Editar su mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="420"/>
        <source>Enter sends the edited message, Esc cancels</source>
        <translation>Intro envía el mensaje editado, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="426"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="428"/>
        <source>Send the edited message</source>
        <translation>Enviar el mensaje editado</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="430"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="431"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="469"/>
        <source>Not in your documents</source>
        <translation>No está en sus documentos</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="487"/>
        <source>_Thinking…_</source>
        <translation>_Pensando…_</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="489"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="490"/>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="620"/>
        <source>not found in the cited passages</source>
        <translation>no aparece en los pasajes citados</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="623"/>
        <source>Why these sources?</source>
        <translation>¿Por qué estas fuentes?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="625"/>
        <source>Why these sources? Show what retrieval considered</source>
        <translation>¿Por qué estas fuentes? Mostrar lo que consideró la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="626"/>
        <source>Which passages were searched, their scores, and why each was used or not</source>
        <translation>Qué pasajes se buscaron, sus puntuaciones y por qué se usó o no cada uno</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="635"/>
        <source>Closest files: %s</source>
        <translation>Archivos más cercanos: %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="636"/>
        <source>Nothing in your documents comes close.</source>
        <translation>Nada en sus documentos se le acerca.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="638"/>
        <source>Not in your documents. %s</source>
        <translation>No está en sus documentos. %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="643"/>
        <source>Closest:</source>
        <translation>Más cercanos:</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="647"/>
        <source>Not in your documents: they do not answer this question.</source>
        <translation>No está en sus documentos: no responden a esta pregunta.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="649"/>
        <source>Quoted from your documents.</source>
        <translation>Citado de sus documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="652"/>
        <source>Every sentence is supported by the cited passages.</source>
        <translation>Cada frase está respaldada por los pasajes citados.</translation>
    </message>
    <message>
        <source>%d of %d sentences are not found in the cited passages: %s</source>
        <translation type="vanished">%d de %d frases no aparecen en los pasajes citados: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/message_view.py" line="653"/>
        <source>%n of %d sentences are not found in the cited passages: %s</source>
        <translation>
            <numerusform>%n de %d frases no aparece en los pasajes citados: %s</numerusform>
            <numerusform>%n de %d frases no aparecen en los pasajes citados: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSettingsForm</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="53"/>
        <source>Settings for this model</source>
        <translation>Configuración de este modelo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="56"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="58"/>
        <source>All (GPU builds)</source>
        <translation>Todas (versiones con GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="66"/>
        <source>Context length (tokens)</source>
        <translation>Longitud del contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="67"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="68"/>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
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
        <translation>Instrucción del sistema</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="100"/>
        <location filename="../../ui/models_dialog.py" line="106"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="115"/>
        <source>Hardware fit</source>
        <translation>Adecuación al equipo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="139"/>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="140"/>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="141"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="142"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="144"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="170"/>
        <source>damaged: %s</source>
        <translation>dañado: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="171"/>
        <source> (bundled)</source>
        <translation> (incluido)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="173"/>
        <source> — in use</source>
        <translation> — en uso</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>may be slow</source>
        <translation>puede ir lento</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="181"/>
        <source>will not fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="204"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="212"/>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="213"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="222"/>
        <source>Not imported: %s</source>
        <translation>No importado: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="248"/>
        <source>Model will not fit</source>
        <translation>El modelo no cabe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="249"/>
        <source>This model %s.

Load it anyway?</source>
        <translation>Este modelo %s.

¿Cargarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="264"/>
        <source>This model is in use; choose another one first.</source>
        <translation>Este modelo está en uso; elija otro primero.</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Fit</source>
        <translation>¿Cabe?</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/chat_view.py" line="104"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="107"/>
        <source>Dismiss notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../ui/preset_picker.py" line="51"/>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="52"/>
        <source>Who answers: the persona&apos;s system prompt is used for this conversation</source>
        <translation>Quién responde: la instrucción del sistema del perfil se usa en esta conversación</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="54"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="55"/>
        <source>How freely the model picks its words</source>
        <translation>Con cuánta libertad elige el modelo sus palabras</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="62"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="65"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="66"/>
        <location filename="../../ui/preset_picker.py" line="193"/>
        <source>Show advanced sampling values</source>
        <translation>Mostrar los valores avanzados de muestreo</translation>
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
        <translation>Valores de muestreo sin procesar</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="102"/>
        <source>System prompt of the persona</source>
        <translation>Instrucción del sistema del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="103"/>
        <source>New persona…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="104"/>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <location filename="../../ui/preset_picker.py" line="218"/>
        <source>New persona</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="110"/>
        <source>Sent as</source>
        <translation>Se envía como</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="111"/>
        <source>System prompt</source>
        <translation>Instrucción del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="183"/>
        <source>The system prompt from Settings.</source>
        <translation>La instrucción del sistema de la configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="184"/>
        <source>How freely the model picks its words (temperature %s, top-p %s)</source>
        <translation>Con cuánta libertad elige el modelo sus palabras (temperatura %s, top-p %s)</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="192"/>
        <source>Hide advanced sampling values</source>
        <translation>Ocultar los valores avanzados de muestreo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="219"/>
        <source>System prompt (how this persona answers):</source>
        <translation>Instrucción del sistema (cómo responde este perfil):</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="228"/>
        <source>The persona was not saved: %s</source>
        <translation>El perfil no se guardó: %s</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Concise</source>
        <translation>Conciso</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Programmer</source>
        <translation>Programador</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Model default</source>
        <translation>Predeterminado del modelo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="147"/>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="139"/>
        <source>The assistant as set up in Settings.</source>
        <translation>El asistente tal como está en la configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Short, direct answers.</source>
        <translation>Respuestas breves y directas.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Explains step by step, with an example.</source>
        <translation>Explica paso a paso, con un ejemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Improves the text you give it.</source>
        <translation>Mejora el texto que le da.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Code first, in fenced blocks.</source>
        <translation>Primero el código, en bloques.</translation>
    </message>
    <message>
        <source>The temperature and top-p saved for this model.</source>
        <translation type="vanished">La temperatura y el top-p guardados para este modelo.</translation>
    </message>
    <message>
        <source>Always the most likely words: repeatable, factual.</source>
        <translation type="vanished">Siempre las palabras más probables: repetible, objetivo.</translation>
    </message>
    <message>
        <source>A little variety, still focused.</source>
        <translation type="vanished">Algo de variedad, sin perder el foco.</translation>
    </message>
    <message>
        <source>More varied wording and ideas.</source>
        <translation type="vanished">Expresiones e ideas más variadas.</translation>
    </message>
</context>
<context>
    <name>SentimentPanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="217"/>
        <source>Type a text, or choose or drop a CSV file (one row a text).</source>
        <translation>Escriba un texto, o elija o suelte un archivo CSV (un texto por fila).</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="219"/>
        <source>&amp;Column:</source>
        <translation>Col&amp;umna:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="221"/>
        <source>&amp;Write to:</source>
        <translation>Escri&amp;bir en:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="223"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%d rows written to %s

</source>
        <translation type="vanished">%d filas escritas en %s

</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="263"/>
        <source>%s · %.0f rows/s</source>
        <translation>%s · %.0f filas/s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="268"/>
        <source>%s (confidence %.2f)

%s</source>
        <translation>%s (confianza %.2f)

%s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="269"/>
        <source>Neutral means a statement of fact, without an opinion.</source>
        <translation>Neutral significa una afirmación de hechos, sin opinión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="261"/>
        <source>%n row(s) written to %s

</source>
        <translation>
            <numerusform>%n fila escrita en %s

</numerusform>
            <numerusform>%n filas escritas en %s

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Settings pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Change data folder</source>
        <translation>Cambiar la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
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
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>System language (%s)</source>
        <translation>Idioma del sistema (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>The window changes language as soon as you press OK</source>
        <translation>La ventana cambia de idioma en cuanto pulse Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>Largest file to index</source>
        <translation>Archivo más grande que indexar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Also index generated and vendored files</source>
        <translation>Indexar también archivos generados y de terceros</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Minified scripts, search indexes, lock files, node_modules, build output and virtual environments are skipped unless this is on</source>
        <translation>Los scripts minificados, índices de búsqueda, archivos de bloqueo, node_modules, resultados de compilación y entornos virtuales se omiten salvo que esto esté activado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Read scanned pages and images (OCR; slower)</source>
        <translation>Leer páginas escaneadas e imágenes (OCR; más lento)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Text is recognised on this computer, offline, a few seconds a page; scans are read after the other files</source>
        <translation>El texto se reconoce en este equipo, sin conexión, en unos segundos por página; los escaneos se leen después de los demás archivos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Read scanned pages and images by OCR</source>
        <translation>Leer páginas escaneadas e imágenes con OCR</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Add watched folder</source>
        <translation>Añadir una carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Remove watched folder</source>
        <translation>Quitar la carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Skip files larger than</source>
        <translation>Omitir archivos de más de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>&lt;h3&gt;Nothing leaves this computer&lt;/h3&gt;&lt;p&gt;Deskmate runs its language model and its document search on this computer. Your conversations, documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, checks for no updates and downloads nothing by itself.&lt;/p&gt;&lt;p&gt;The only network use is a model download that you start yourself from the model manager.&lt;/p&gt;&lt;p&gt;To delete everything Deskmate stored, quit it and delete the data folder shown on the General page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nada sale de este equipo&lt;/h3&gt;&lt;p&gt;Deskmate ejecuta su modelo de lenguaje y su búsqueda en documentos en este equipo. Sus conversaciones, documentos, índice y configuración se guardan solo en su carpeta de datos. Deskmate no envía telemetría, no busca actualizaciones y no descarga nada por su cuenta.&lt;/p&gt;&lt;p&gt;El único uso de la red es la descarga de un modelo que usted mismo inicia desde el gestor de modelos.&lt;/p&gt;&lt;p&gt;Para borrar todo lo que Deskmate guardó, ciérrelo y elimine la carpeta de datos que aparece en la página General.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Privacy statement</source>
        <translation>Declaración de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Deskmate will use %s after a restart. Your current data stays in %s; move it yourself if you want to keep it.</source>
        <translation>Deskmate usará %s después de reiniciarse. Sus datos actuales se quedan en %s; muévalos usted mismo si quiere conservarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Watch a documents folder</source>
        <translation>Vigilar una carpeta de documentos</translation>
    </message>
</context>
<context>
    <name>SourceCards</name>
    <message>
        <location filename="../../ui/source_cards.py" line="85"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="101"/>
        <source>[%d] %s · %s</source>
        <translation>[%d] %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="102"/>
        <source>Open source %d: %s, %s</source>
        <translation>Abrir la fuente %d: %s, %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="105"/>
        <source>[%d] %s · p. %d</source>
        <translation>[%d] %s · pág. %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="106"/>
        <source>Open source %d: %s, page %d</source>
        <translation>Abrir la fuente %d: %s, página %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="107"/>
        <source>page %d</source>
        <translation>página %d</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../ui/viewer.py" line="347"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="349"/>
        <source>Position in the file</source>
        <translation>Posición en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="353"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="355"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="356"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ajustar la página al ancho (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="359"/>
        <source>Open in the system viewer</source>
        <translation>Abrir en el visor del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="360"/>
        <source>Open the file in the system viewer</source>
        <translation>Abrir el archivo en el visor del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="362"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="363"/>
        <source>Close the viewer (Esc)</source>
        <translation>Cerrar el visor (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="370"/>
        <source>Viewer status</source>
        <translation>Estado del visor</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="379"/>
        <source>Text of the cited part</source>
        <translation>Texto de la parte citada</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="382"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="384"/>
        <source>Opening the file</source>
        <translation>Abriendo el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="440"/>
        <source>Opening %s…</source>
        <translation>Abriendo %s…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="467"/>
        <source>Page %d</source>
        <translation>Página %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="476"/>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="514"/>
        <source>Page %d of %d</source>
        <translation>Página %d de %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="517"/>
        <location filename="../../ui/viewer.py" line="592"/>
        <source>The cited passage is highlighted.</source>
        <translation>El pasaje citado está resaltado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="519"/>
        <source>The cited passage, read from this picture by OCR: %s</source>
        <translation>El pasaje citado, leído de esta imagen con OCR: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="522"/>
        <source>The cited passage could not be marked on this page (a scanned page, or the file changed since it was indexed): %s</source>
        <translation>No se pudo marcar el pasaje citado en esta página (una página escaneada, o el archivo cambió desde que se indexó): %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="525"/>
        <source>The cited passage is on page %d.</source>
        <translation>El pasaje citado está en la página %d.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="594"/>
        <source>The file changed since it was indexed: the cited passage was not found. It read: %s</source>
        <translation>El archivo cambió desde que se indexó: no se encontró el pasaje citado. Decía: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="597"/>
        <source>The cited passage is in %s.</source>
        <translation>El pasaje citado está en %s.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="598"/>
        <source>page %d</source>
        <translation>página %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="641"/>
        <source>%s cannot be shown here: %s. The cited passage is below; &quot;Open in the system viewer&quot; may still open it.</source>
        <translation>%s no se puede mostrar aquí: %s. El pasaje citado está abajo; «Abrir en el visor del sistema» quizá pueda abrirlo.</translation>
    </message>
</context>
<context>
    <name>SummarizePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="44"/>
        <source>Choose f&amp;older…</source>
        <translation>Elegir ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="47"/>
        <source>&amp;Length:</source>
        <translation>&amp;Longitud:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Short</source>
        <translation>Corta</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Bullet points</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="51"/>
        <source>St&amp;yle:</source>
        <translation>E&amp;stilo:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Quote the document</source>
        <translation>Citar el documento</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="53"/>
        <source>Written by the model</source>
        <translation>Escrito por el modelo</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="56"/>
        <source>&amp;Focus:</source>
        <translation>En&amp;foque:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="57"/>
        <source>optional: what should it be about?</source>
        <translation>opcional: ¿de qué debe tratar?</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="58"/>
        <source>From the &amp;index</source>
        <translation>Desde el &amp;índice</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="59"/>
        <source>Summarize the indexed documents</source>
        <translation>Resumir los documentos indexados</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="60"/>
        <source>Summarize the documents the index holds (those in the chosen folder, if any) without reading the files again.</source>
        <translation>Resumir los documentos del índice (los de la carpeta elegida, si la hay) sin volver a leer los archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="65"/>
        <source>Choose a folder to summarize</source>
        <translation>Elija una carpeta que resumir</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="75"/>
        <source>Folder: %s</source>
        <translation>Carpeta: %s</translation>
    </message>
    <message>
        <source>Covered %d of %d document(s) in %.0f s · %d model call(s)</source>
        <translation type="vanished">%d de %d documento(s) cubiertos en %.0f s · %d llamada(s) al modelo</translation>
    </message>
    <message>
        <source>Done in %.0f s · %d chunk(s) · %d model call(s)</source>
        <translation type="vanished">Listo en %.0f s · %d fragmento(s) · %d llamada(s) al modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="111"/>
        <source>Covered %d of %n document(s) in %.0f s</source>
        <translation>
            <numerusform>%d de %n documento cubierto en %.0f s</numerusform>
            <numerusform>%d de %n documentos cubiertos en %.0f s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="116"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="113"/>
        <location filename="../../ui/tools_view.py" line="117"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n llamada al modelo</numerusform>
            <numerusform>%n llamadas al modelo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="115"/>
        <source>Done in %.0f s</source>
        <translation>Listo en %.0f s</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location filename="../../ui/tool_panel.py" line="72"/>
        <source>Text to use</source>
        <translation>Texto que usar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="73"/>
        <source>Paste text here, or choose or drop a file.</source>
        <translation>Pegue un texto aquí, o elija o suelte un archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="74"/>
        <location filename="../../ui/tool_panel.py" line="146"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="75"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="76"/>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="77"/>
        <source>Use text instead</source>
        <translation>Usar texto en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="79"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="80"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="82"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="84"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="89"/>
        <source>Model warning</source>
        <translation>Aviso sobre el modelo</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="91"/>
        <source>Choose a better model…</source>
        <translation>Elegir un modelo mejor…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="92"/>
        <source>Choose a better model</source>
        <translation>Elegir un modelo mejor</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="96"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="97"/>
        <source>Copy result</source>
        <translation>Copiar el resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>Save result</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="140"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="184"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="233"/>
        <source>Stopped; nothing was kept.</source>
        <translation>Detenido; no se conservó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="234"/>
        <source>Not finished.</source>
        <translation>Sin terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="250"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="253"/>
        <source>Save the result</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="259"/>
        <source>Saved to %s</source>
        <translation>Guardado en %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="263"/>
        <source>Could not save %s: %s</source>
        <translation>No se pudo guardar %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="254"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <location filename="../../ui/tools_view.py" line="275"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="279"/>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="282"/>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="284"/>
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="280"/>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
</context>
<context>
    <name>TranslatePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="130"/>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="136"/>
        <source>&amp;Glossary:</source>
        <translation>Gl&amp;osario:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="137"/>
        <source>optional: term = translation; term2 = translation2</source>
        <translation>opcional: término = traducción; término2 = traducción2</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>given</source>
        <translation>indicado</translation>
    </message>
    <message>
        <source>From %s (%s) to %s · %d segment(s) in %.0f s</source>
        <translation type="vanished">De %s (%s) a %s · %d segmento(s) en %.0f s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="159"/>
        <source>From %s (%s) to %s · %n segment(s) in %.0f s</source>
        <translation>
            <numerusform>De %s (%s) a %s · %n segmento en %.0f s</numerusform>
            <numerusform>De %s (%s) a %s · %n segmentos en %.0f s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Welcome to Deskmate</source>
        <translation>Le damos la bienvenida a Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Deskmate is an assistant that runs entirely on this computer. The language model, your conversations and your documents never leave it: no account, no cloud, no telemetry. Ask it anything below, or add a folder of documents so it can answer from them and cite the file and page.</source>
        <translation>Deskmate es un asistente que funciona por completo en este equipo. El modelo de lenguaje, sus conversaciones y sus documentos nunca salen de él: sin cuenta, sin nube, sin telemetría. Pregúntele lo que quiera abajo, o añada una carpeta de documentos para que responda a partir de ellos y cite el archivo y la página.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>Add a documents folder…</source>
        <translation>Añadir una carpeta de documentos…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="57"/>
        <location filename="../../ui/welcome.py" line="160"/>
        <source>Add a documents folder</source>
        <translation>Añadir una carpeta de documentos</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58"/>
        <source>Choose a model…</source>
        <translation>Elegir un modelo…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Choose a model for this computer</source>
        <translation>Elegir un modelo para este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Close the welcome and start chatting</source>
        <translation>Cerrar la bienvenida y empezar a chatear</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92"/>
        <source>The bundled model</source>
        <translation>El modelo incluido</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="94"/>
        <source>&lt;b&gt;Can:&lt;/b&gt; answer short questions quickly, quote your documents with their file and page, and work with no network at all.&lt;br&gt;&lt;b&gt;Cannot:&lt;/b&gt; translate reliably, write long or careful text, or reason through hard problems: it has only 135 million parameters. A larger model from the list does these far better.</source>
        <translation>&lt;b&gt;Puede:&lt;/b&gt; responder rápido a preguntas cortas, citar sus documentos con su archivo y página, y funcionar sin ninguna conexión.&lt;br&gt;&lt;b&gt;No puede:&lt;/b&gt; traducir con fiabilidad, escribir textos largos o cuidados ni razonar problemas difíciles: solo tiene 135 millones de parámetros. Un modelo más grande de la lista lo hace mucho mejor.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="109"/>
        <location filename="../../ui/welcome.py" line="113"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110"/>
        <source>Checking memory, cores and GPU…</source>
        <translation>Comprobando la memoria, los núcleos y la GPU…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115"/>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Recommended models</source>
        <translation>Modelos recomendados</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="126"/>
        <source>None of the catalogue&apos;s models fits in the memory free now; the bundled model still works. Close other programs and look again in Models.</source>
        <translation>Ninguno de los modelos del catálogo cabe en la memoria libre ahora; el modelo incluido sigue funcionando. Cierre otros programas y vuelva a mirar en Modelos.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="144"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Translate</source>
        <translation type="vanished">Traducir</translation>
    </message>
</context>
</TS>
