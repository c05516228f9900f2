<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiSwitch</name>
    <message>
        <location filename="../../ui/api_switch.py" line="29"/>
        <source>Serve the local &amp;API</source>
        <translation>Servir a &amp;API local</translation>
    </message>
    <message>
        <location filename="../../ui/api_switch.py" line="31"/>
        <source>Let programs on this computer use the model through an OpenAI-compatible API</source>
        <translation>Permite que programas deste computador usem o modelo por uma API compatível com a OpenAI</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="172"/>
        <source>Choose a model</source>
        <translation>Escolher um modelo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="178"/>
        <source>Models that fit this computer</source>
        <translation>Modelos que cabem neste computador</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="180"/>
        <source>This computer: %s</source>
        <translation>Este computador: %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="182"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="183"/>
        <source>Downloads start only when you click Download. Files are checked against their SHA-256 checksum before they are used. This is the only part of Deskmate that uses the network.</source>
        <translation>Os downloads só começam quando você clica em Baixar. Cada arquivo é conferido pelo checksum SHA-256 antes de ser usado. Esta é a única parte do Deskmate que usa a rede.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="190"/>
        <source>Available models</source>
        <translation>Modelos disponíveis</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="197"/>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="201"/>
        <source>Download status</source>
        <translation>Status do download</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="202"/>
        <location filename="../../ui/catalogue_dialog.py" line="300"/>
        <source>Download</source>
        <translation>Baixar</translation>
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
        <translation>Pausado; clique em Baixar para continuar.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="292"/>
        <source>Checking the checksum…</source>
        <translation>Conferindo o checksum…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="304"/>
        <source>Done: %s</source>
        <translation>Concluído: %s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="149"/>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Pergunte o que quiser. Tudo fica neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="159"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="162"/>
        <source>Message Deskmate (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensagem para o Deskmate (Enter para enviar, Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="163"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="164"/>
        <source>Type a message; Enter sends it, Shift+Enter adds a line</source>
        <translation>Digite uma mensagem; Enter envia, Shift+Enter adiciona uma linha</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="169"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="170"/>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="172"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="173"/>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="174"/>
        <source>Stop the answer (Esc)</source>
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="197"/>
        <source>Model for answers</source>
        <translation>Modelo para as respostas</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="198"/>
        <source>The model that answers; switching stops an answer in progress</source>
        <translation>O modelo que responde; trocar de modelo para a resposta em andamento</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="202"/>
        <source>Copy chat</source>
        <translation>Copiar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="203"/>
        <source>Copy the whole conversation</source>
        <translation>Copiar a conversa inteira</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="204"/>
        <source>Copy the conversation as Markdown</source>
        <translation>Copiar a conversa em Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="207"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="208"/>
        <source>Export the conversation</source>
        <translation>Exportar a conversa</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="209"/>
        <source>Save the conversation as Markdown, JSON or PDF</source>
        <translation>Salvar a conversa em Markdown, JSON ou PDF</translation>
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
        <translation>Servidor do escritório</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="248"/>
        <source>%s (bundled)</source>
        <translation>%s (incluído)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="266"/>
        <source>Use my documents</source>
        <translation>Usar meus documentos</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="267"/>
        <source>Use my documents in this conversation</source>
        <translation>Usar meus documentos nesta conversa</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="268"/>
        <source>Answers quote your indexed documents and cite them</source>
        <translation>As respostas citam seus documentos indexados e indicam a fonte</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="270"/>
        <source>Which documents to use</source>
        <translation>Quais documentos usar</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="271"/>
        <location filename="../../ui/chat_view.py" line="297"/>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="475"/>
        <source>Delete message?</source>
        <translation>Excluir a mensagem?</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="476"/>
        <source>Delete this message? The messages after it stay in the conversation.</source>
        <translation>Excluir esta mensagem? As mensagens depois dela continuam na conversa.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="512"/>
        <source>Send a message first: there is no conversation to export yet.</source>
        <translation>Envie uma mensagem primeiro: ainda não há conversa para exportar.</translation>
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
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="523"/>
        <source>Could not export the conversation to %s: %s. Choose another folder.</source>
        <translation>Não foi possível exportar a conversa para %s: %s. Escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>ClassifyView</name>
    <message>
        <location filename="../../ui/classify_view.py" line="100"/>
        <source>Classify</source>
        <translation>Classificar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="118"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="131"/>
        <source>1. Examples: a text and its label a row (type, paste with Ctrl+V, or load a CSV)</source>
        <translation>1. Exemplos: um texto e seu rótulo por linha (digite, cole com Ctrl+V ou carregue um CSV)</translation>
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
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="134"/>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="138"/>
        <source>Text column</source>
        <translation>Coluna do texto</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="139"/>
        <source>Label column</source>
        <translation>Coluna do rótulo</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="142"/>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Carregar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="143"/>
        <source>Add &amp;row</source>
        <translation>Adicionar &amp;linha</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>Te&amp;xt column:</source>
        <translation>Coluna do te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="144"/>
        <source>La&amp;bel column:</source>
        <translation>Coluna do &amp;rótulo:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="156"/>
        <source>2. Train</source>
        <translation>2. Treinar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="158"/>
        <source>Classifier name</source>
        <translation>Nome do classificador</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="159"/>
        <source>e.g. tickets</source>
        <translation>ex.: chamados</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="160"/>
        <source>Replace a classifier of this name</source>
        <translation>Substituir um classificador com este nome</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="161"/>
        <source>&amp;Train</source>
        <translation>&amp;Treinar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="162"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="165"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="173"/>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="175"/>
        <source>Confusion table</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="184"/>
        <source>3. Label a CSV file or a folder of documents</source>
        <translation>3. Rotular um arquivo CSV ou uma pasta de documentos</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="186"/>
        <source>Classifier</source>
        <translation>Classificador</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="187"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="189"/>
        <source>Column to label</source>
        <translation>Coluna a rotular</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="191"/>
        <source>Write to</source>
        <translation>Gravar em</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="192"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="193"/>
        <source>Label my &amp;indexed documents</source>
        <translation>Rotular meus documentos &amp;indexados</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="194"/>
        <source>Label every indexed document with this classifier and keep the labels in the index, so a chat can use only the documents of one label</source>
        <translation>Rotular cada documento indexado com este classificador e guardar os rótulos no índice, para que uma conversa use só os documentos de um rótulo</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="197"/>
        <source>Classifier:</source>
        <translation>Classificador:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="200"/>
        <source>C&amp;hoose CSV…</source>
        <translation>Escol&amp;her CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="201"/>
        <source>Choose &amp;folder…</source>
        <translation>Escolher pa&amp;sta…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="202"/>
        <source>File or folder:</source>
        <translation>Arquivo ou pasta:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="203"/>
        <source>Column:</source>
        <translation>Coluna:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="204"/>
        <source>Write to:</source>
        <translation>Gravar em:</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="232"/>
        <source>Load examples</source>
        <translation>Carregar exemplos</translation>
    </message>
    <message>
        <source>%d rows loaded from %s.</source>
        <translation type="vanished">%d linhas carregadas de %s.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="272"/>
        <source>Give the classifier a name first.</source>
        <translation>Primeiro dê um nome ao classificador.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="275"/>
        <source>Training…</source>
        <translation>Treinando…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="288"/>
        <source>Choose a CSV file to label</source>
        <translation>Escolha um arquivo CSV para rotular</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="306"/>
        <source>Choose a folder of documents to label</source>
        <translation>Escolha uma pasta de documentos para rotular</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="313"/>
        <source>%s (every document in it)</source>
        <translation>%s (todos os documentos dela)</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="320"/>
        <source>Choose a classifier, and a CSV file or a folder, first.</source>
        <translation>Primeiro escolha um classificador e um arquivo CSV ou uma pasta.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="325"/>
        <source>Labelling…</source>
        <translation>Rotulando…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="336"/>
        <source>Choose a classifier first (train one above).</source>
        <translation>Primeiro escolha um classificador (treine um acima).</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="342"/>
        <source>Labelling your indexed documents…</source>
        <translation>Rotulando seus documentos indexados…</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="392"/>
        <source>Stopped; the documents labelled so far keep their label. Label again to go on from there.</source>
        <translation>Parado; os documentos rotulados até agora mantêm o rótulo. Rotule de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="395"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Parado; nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="399"/>
        <source>Cross-validated accuracy %.2f (%d examples, %d folds, %.1f s). Per label: %s</source>
        <translation>Acurácia com validação cruzada %.2f (%d exemplos, %d partições, %.1f s). Por rótulo: %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="404"/>
        <source>→ %s</source>
        <translation>→ %s</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="409"/>
        <source>Saved &apos;%s&apos;. Rows of the table: the true label; columns: the predicted one.</source>
        <translation>“%s” salvo. Linhas da tabela: o rótulo real; colunas: o previsto.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="413"/>
        <source>no text</source>
        <translation>sem texto</translation>
    </message>
    <message>
        <source>%d rows written to %s (%.1f s).</source>
        <translation type="vanished">%d linhas gravadas em %s (%.1f s).</translation>
    </message>
    <message>
        <source>Labelled %1 indexed documents with &apos;%2&apos; (%3 s).</source>
        <translation type="vanished">%1 documentos indexados rotulados com “%2” (%3 s).</translation>
    </message>
    <message>
        <source>%1 were labelled before and have not changed.</source>
        <translation type="vanished">%1 já estavam rotulados e não mudaram.</translation>
    </message>
    <message>
        <source>%1 have no indexed text and got no label.</source>
        <translation type="vanished">%1 não têm texto indexado e não receberam rótulo.</translation>
    </message>
    <message>
        <location filename="../../ui/classify_view.py" line="428"/>
        <source>In a chat with &quot;Use my documents&quot;, choose a label to use only those documents.</source>
        <translation>Em uma conversa com “Usar meus documentos”, escolha um rótulo para usar só esses documentos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="256"/>
        <source>%n row(s) loaded from %s.</source>
        <translation>
            <numerusform>%n linha carregada de %s.</numerusform>
            <numerusform>%n linhas carregadas de %s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="416"/>
        <source>%n row(s) written to %s (%.1f s).</source>
        <translation>
            <numerusform>%n linha gravada em %s (%.1f s).</numerusform>
            <numerusform>%n linhas gravadas em %s (%.1f s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="422"/>
        <source>Labelled %n indexed document(s) with &apos;%1&apos; (%2 s).</source>
        <translation>
            <numerusform>%n documento indexado rotulado com “%1” (%2 s).</numerusform>
            <numerusform>%n documentos indexados rotulados com “%1” (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="425"/>
        <source>%n were labelled before and have not changed.</source>
        <translation>
            <numerusform>%n já estava rotulado e não mudou.</numerusform>
            <numerusform>%n já estavam rotulados e não mudaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="427"/>
        <source>%n have no indexed text and got no label.</source>
        <translation>
            <numerusform>%n não tem texto indexado e não recebeu rótulo.</numerusform>
            <numerusform>%n não têm texto indexado e não receberam rótulo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/code_blocks.py" line="226"/>
        <location filename="../../ui/code_blocks.py" line="227"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../../ui/code_blocks.py" line="228"/>
        <source>Copy this code block</source>
        <translation>Copiar este bloco de código</translation>
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
        <translation>Código em %s</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/conversation_list.py" line="72"/>
        <location filename="../../ui/conversation_list.py" line="74"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="75"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Começar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="78"/>
        <location filename="../../ui/conversation_list.py" line="79"/>
        <source>Search conversations</source>
        <translation>Buscar nas conversas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="84"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="94"/>
        <location filename="../../ui/conversation_list.py" line="184"/>
        <source>No conversations yet.</source>
        <translation>Nenhuma conversa ainda.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="102"/>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="117"/>
        <location filename="../../ui/conversation_list.py" line="241"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="118"/>
        <location filename="../../ui/conversation_list.py" line="243"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="119"/>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Pinned</source>
        <translation>Fixadas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="163"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="164"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="165"/>
        <source>Older</source>
        <translation>Mais antigas</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="183"/>
        <source>No conversation matches “%s”.</source>
        <translation>Nenhuma conversa corresponde a “%s”.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="239"/>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Rename conversation</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="263"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="273"/>
        <source>Delete conversation?</source>
        <translation>Excluir a conversa?</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="274"/>
        <source>Delete “%s” and all its messages? This cannot be undone.</source>
        <translation>Excluir “%s” e todas as mensagens? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../ui/tools_view.py" line="171"/>
        <source>Counts per label</source>
        <translation>Contagem por rótulo</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Algo deu errado: %s. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="68"/>
        <location filename="../../ui/documents_view.py" line="163"/>
        <source>Add files to the index</source>
        <translation>Adicionar arquivos ao índice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="70"/>
        <source>Add a folder and watch it</source>
        <translation>Adicionar uma pasta e monitorá-la</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="72"/>
        <source>Re-scan added folders for changes</source>
        <translation>Verificar de novo as pastas adicionadas em busca de mudanças</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="74"/>
        <source>Remove the selected items from the index</source>
        <translation>Remover do índice os itens selecionados</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="76"/>
        <source>Open the selected file</source>
        <translation>Abrir o arquivo selecionado</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="84"/>
        <source>Indexed documents</source>
        <translation>Documentos indexados</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Trechos</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="86"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="91"/>
        <source>No documents yet. Add files or folders, or drop them on the window.</source>
        <translation>Nenhum documento ainda. Adicione arquivos ou pastas, ou arraste-os para a janela.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="94"/>
        <source>Index summary</source>
        <translation>Resumo do índice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="109"/>
        <source>Indexing status</source>
        <translation>Status da indexação</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="110"/>
        <source>Stop indexing; finished files stay indexed</source>
        <translation>Parar a indexação; os arquivos concluídos continuam indexados</translation>
    </message>
    <message>
        <source>%d indexed · %d failed · %d folders watched</source>
        <translation type="vanished">%d indexados · %d com falha · %d pastas monitoradas</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="167"/>
        <source>Add a folder to the index</source>
        <translation>Adicionar uma pasta ao índice</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="200"/>
        <source>No application could open %s.</source>
        <translation>Nenhum aplicativo conseguiu abrir %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="211"/>
        <source>Looking for files…</source>
        <translation>Procurando arquivos…</translation>
    </message>
    <message>
        <source>%d of %d files · %.1f chunks/s · %s</source>
        <translation type="vanished">%d de %d arquivos · %.1f trechos/s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="222"/>
        <source>%s: page %s of %s</source>
        <translation>%s: página %s de %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="228"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="242"/>
        <source>Added %d, updated %d, unchanged %d, moved %d, removed %d.</source>
        <translation>Adicionados %d, atualizados %d, inalterados %d, movidos %d, removidos %d.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="245"/>
        <source>Indexing cancelled; finished files stay indexed. </source>
        <translation>Indexação cancelada; os arquivos concluídos continuam indexados. </translation>
    </message>
    <message>
        <source>%d file(s) could not be indexed (see Reason).</source>
        <translation type="vanished">%d arquivo(s) não puderam ser indexados (veja Motivo).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="249"/>
        <source>Missing folders (kept): %s</source>
        <translation>Pastas ausentes (mantidas): %s</translation>
    </message>
    <message>
        <source>Skipped %d generated or vendored file(s) and folder(s): %s.</source>
        <translation type="vanished">%d arquivo(s) e pasta(s) gerados ou de terceiros foram ignorados: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="263"/>
        <source>Left out as generated or vendored (Settings &gt; Documents to include them):</source>
        <translation>Deixados de fora por serem gerados ou de terceiros (Configurações &gt; Documentos para incluí-los):</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Indexed</source>
        <translation>Indexado</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="128"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../../ui/documents_view.py" line="129"/>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="148"/>
        <source>%d indexed · %d failed · %n folder(s) watched</source>
        <translation>
            <numerusform>%d indexados · %d com falha · %n pasta monitorada</numerusform>
            <numerusform>%d indexados · %d com falha · %n pastas monitoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="219"/>
        <source>%d of %n file(s) · %.1f chunks/s · %s</source>
        <translation>
            <numerusform>%d de %n arquivo · %.1f trechos/s · %s</numerusform>
            <numerusform>%d de %n arquivos · %.1f trechos/s · %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="247"/>
        <source>%n file(s) could not be indexed (see Reason).</source>
        <translation>
            <numerusform>%n arquivo não pôde ser indexado (veja Motivo).</numerusform>
            <numerusform>%n arquivos não puderam ser indexados (veja Motivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="254"/>
        <source>Skipped %n generated or vendored file(s) and folder(s): %s.</source>
        <translation>
            <numerusform>%n arquivo ou pasta gerado ou de terceiros foi ignorado: %s.</numerusform>
            <numerusform>%n arquivos e pastas gerados ou de terceiros foram ignorados: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/explain_panel.py" line="43"/>
        <source>Why these sources?</source>
        <translation>Por que estas fontes?</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="51"/>
        <source>Question: %s</source>
        <translation>Pergunta: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="54"/>
        <source>Looking at what retrieval considered…</source>
        <translation>Verificando o que a busca considerou…</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="57"/>
        <source>What retrieval found</source>
        <translation>O que a busca encontrou</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="59"/>
        <source>Passages retrieval considered</source>
        <translation>Passagens que a busca considerou</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>File · place</source>
        <translation>Arquivo · local</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="60"/>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
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
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="62"/>
        <source>The file and the page (or slide, sheet…) of the passage</source>
        <translation>O arquivo e a página (ou slide, planilha…) da passagem</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="63"/>
        <source>Keyword score (BM25): 0 means no word in common with the question</source>
        <translation>Pontuação de palavras-chave (BM25): 0 significa nenhuma palavra em comum com a pergunta</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="64"/>
        <source>How close the passage&apos;s meaning is to the question (cosine similarity, up to 1)</source>
        <translation>Quanto o significado da passagem se aproxima da pergunta (similaridade de cosseno, até 1)</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="65"/>
        <source>The score retrieval ranks by: keywords and meaning together</source>
        <translation>A pontuação que a busca usa para ordenar: palavras-chave e significado juntos</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="66"/>
        <source>Whether the answer read this passage, and as which [n]</source>
        <translation>Se a resposta leu esta passagem, e como qual [n]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="67"/>
        <source>Why it was used, or why not</source>
        <translation>Por que foi usada, ou por que não</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="82"/>
        <source>Close the explanation</source>
        <translation>Fechar a explicação</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="90"/>
        <source>Could not explain the sources: %s</source>
        <translation>Não foi possível explicar as fontes: %s</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="103"/>
        <source>yes [%d]</source>
        <translation>sim [%d]</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="104"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%d passages considered, %d used.</source>
        <translation type="vanished">%d passagens consideradas, %d usadas.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="129"/>
        <source>The passages answer the question: its best sentence scores %.2f (%.2f is needed).</source>
        <translation>As passagens respondem à pergunta: a melhor frase tem %.2f (é preciso %.2f).</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="132"/>
        <source>Not in your documents: the best sentence scores %.2f, under the %.2f needed to count as an answer.</source>
        <translation>Não está nos seus documentos: a melhor frase tem %.2f, abaixo dos %.2f necessários para contar como resposta.</translation>
    </message>
    <message>
        <location filename="../../ui/explain_panel.py" line="135"/>
        <source>Best sentence: “%s”</source>
        <translation>Melhor frase: “%s”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/explain_panel.py" line="126"/>
        <source>%n passage(s) considered, %d used.</source>
        <translation>
            <numerusform>%n passagem considerada, %d usada(s).</numerusform>
            <numerusform>%n passagens consideradas, %d usada(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractPanel</name>
    <message>
        <location filename="../../ui/extract_panel.py" line="74"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="75"/>
        <source>What to ask of every document, e.g. What is the notice period?</source>
        <translation>O que perguntar a cada documento, ex.: Qual é o prazo de aviso prévio?</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="77"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="78"/>
        <source>The folder whose documents to ask</source>
        <translation>A pasta cujos documentos consultar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose f&amp;older…</source>
        <translation>Esc&amp;olher pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="79"/>
        <source>Choose folder</source>
        <translation>Escolher pasta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="81"/>
        <source>Table file</source>
        <translation>Arquivo da tabela</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="82"/>
        <source>A .xlsx or .csv file for the table</source>
        <translation>Um arquivo .xlsx ou .csv para a tabela</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose table file</source>
        <translation>Escolher arquivo da tabela</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="83"/>
        <source>Choose tabl&amp;e file…</source>
        <translation>Escolher arquivo da ta&amp;bela…</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="84"/>
        <source>Start over (ask every document again and replace the table)</source>
        <translation>Começar de novo (perguntar de novo a cada documento e substituir a tabela)</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="85"/>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="86"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="87"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="89"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="94"/>
        <source>Rows of the table</source>
        <translation>Linhas da tabela</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="95"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="96"/>
        <source>Citation or reason</source>
        <translation>Citação ou motivo</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="105"/>
        <source>&amp;Question:</source>
        <translation>Pe&amp;rgunta:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="107"/>
        <source>Ta&amp;ble:</source>
        <translation>&amp;Tabela:</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="138"/>
        <source>Choose the folder of documents</source>
        <translation>Escolher a pasta de documentos</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="149"/>
        <source>Where to write the table</source>
        <translation>Onde gravar a tabela</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="176"/>
        <source>Choose a folder of documents and a table file (.xlsx or .csv) first.</source>
        <translation>Primeiro escolha uma pasta de documentos e um arquivo de tabela (.xlsx ou .csv).</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="183"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%d document(s); %d already answered in the table</source>
        <translation type="vanished">%d documento(s); %d já respondidos na tabela</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="210"/>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="227"/>
        <source>Not finished.</source>
        <translation>Não concluído.</translation>
    </message>
    <message>
        <source>%d row(s) in %s: %d found, %d not found, %d not read</source>
        <translation type="vanished">%d linha(s) em %s: %d encontradas, %d não encontradas, %d não lidas</translation>
    </message>
    <message>
        <location filename="../../ui/extract_panel.py" line="238"/>
        <source>Stopped. %s. Run again to answer the rest.</source>
        <translation>Parado. %s. Execute de novo para responder o restante.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="202"/>
        <source>%n document(s); %d already answered in the table</source>
        <translation>
            <numerusform>%n documento; %d já respondido(s) na tabela</numerusform>
            <numerusform>%n documentos; %d já respondidos na tabela</numerusform>
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
            <numerusform>%n linha em %s: %d encontrada, %d não encontrada, %d não lida</numerusform>
            <numerusform>%n linhas em %s: %d encontradas, %d não encontradas, %d não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitTexts</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>GPU offload available</source>
        <translation>Descarregamento na GPU disponível</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="61"/>
        <source>CPU only</source>
        <translation>Só CPU</translation>
    </message>
    <message>
        <source>%s memory (%s free) · %d CPU cores · %s</source>
        <translation type="vanished">%s de memória (%s livre) · %d núcleos de CPU · %s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="66"/>
        <source>May be slow</source>
        <translation>Pode ficar lento</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="67"/>
        <source>Will not fit</source>
        <translation>Não cabe</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="71"/>
        <source>about %s tokens/s here</source>
        <translation>cerca de %s tokens/s aqui</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="74"/>
        <source>needs about %s of memory</source>
        <translation>precisa de cerca de %s de memória</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_dialog.py" line="62"/>
        <source>%s memory (%s free) · %n CPU core(s) · %s</source>
        <translation>
            <numerusform>%s de memória (%s livre) · %n núcleo de CPU · %s</numerusform>
            <numerusform>%s de memória (%s livre) · %n núcleos de CPU · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../ui/workers.py" line="34"/>
        <source>Something went wrong: %s. Details are in the log file.</source>
        <translation>Algo deu errado: %s. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <location filename="../../ui/label_filter.py" line="29"/>
        <source>Which labelled documents to use</source>
        <translation>Quais documentos rotulados usar</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="30"/>
        <source>Keep to the documents a classifier labelled so (Classify page: Label my indexed documents)</source>
        <translation>Usar só os documentos que um classificador rotulou assim (página Classificar: Rotular meus documentos indexados)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="47"/>
        <source>Any label</source>
        <translation>Qualquer rótulo</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="50"/>
        <source>Only %1 (%2, %3)</source>
        <translation>Só %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/label_filter.py" line="68"/>
        <source>Only %1 (%2, none now)</source>
        <translation>Só %1 (%2, nenhum agora)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;Chat</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>C&amp;lassify</source>
        <translation>C&amp;lassificar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Models: choose, download and tune (Ctrl+M)</source>
        <translation>Modelos: escolher, baixar e ajustar (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Configurações (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Model status</source>
        <translation>Status do modelo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Generation speed</source>
        <translation>Velocidade de geração</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Network status</source>
        <translation>Status da rede</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Conversation title</source>
        <translation>Título da conversa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar nas conversas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;Focus message box</source>
        <translation>Ir para a caixa de &amp;mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>S&amp;top answer</source>
        <translation>&amp;Parar a resposta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Rename conversation…</source>
        <translation>&amp;Renomear conversa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Delete conversation…</source>
        <translation>&amp;Excluir conversa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;About Deskmate</source>
        <translation>&amp;Sobre o Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidade</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir a pasta de &amp;dados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Model: %s · context %s tokens</source>
        <translation>Modelo: %s · contexto de %s tokens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Office server %s</source>
        <translation>Servidor do escritório %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>API on %s</source>
        <translation>API em %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Loading %s…</source>
        <translation>Carregando %s…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Answer finished: %s</source>
        <translation>Resposta concluída: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source> · stopped</source>
        <translation> · parada</translation>
    </message>
    <message>
        <source>%d tokens · %s tokens/s%s</source>
        <translation type="vanished">%d tokens · %s tokens/s%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Diagnostics copied (no conversation text is included).</source>
        <translation>Diagnóstico copiado (nenhum texto das conversas foi incluído).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Answers come from the office server at %s: your messages (and passages from your documents) are sent there. Documents and history stay on this computer.</source>
        <translation>As respostas vêm do servidor do escritório em %s: suas mensagens (e passagens dos seus documentos) são enviadas para lá. Documentos e histórico ficam neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>Your conversations, documents and models stay on this computer; nothing is sent anywhere.</source>
        <translation>Suas conversas, documentos e modelos ficam neste computador; nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>About Deskmate</source>
        <translation>Sobre o Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Deskmate %s

A private assistant. %s</source>
        <translation>Deskmate %s

Um assistente privado. %s</translation>
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
        <translation>Abrir o link?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="157"/>
        <source>Open this link in your browser?

%s</source>
        <translation>Abrir este link no navegador?

%s</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../ui/message_view.py" line="272"/>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="280"/>
        <source>Copy this message as text</source>
        <translation>Copiar esta mensagem como texto</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="281"/>
        <source>Regenerate this answer</source>
        <translation>Gerar esta resposta de novo</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="282"/>
        <source>Answer again; this answer is kept as another version</source>
        <translation>Responder de novo; esta resposta fica guardada como outra versão</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="284"/>
        <source>Edit this message</source>
        <translation>Editar esta mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="285"/>
        <source>Edit and send again; the conversation branches and nothing is lost</source>
        <translation>Editar e enviar de novo; a conversa se ramifica e nada se perde</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="287"/>
        <source>Delete this message</source>
        <translation>Excluir esta mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="288"/>
        <source>Delete only this message; its replies stay</source>
        <translation>Excluir só esta mensagem; as respostas continuam</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Your message</source>
        <translation>Sua mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="291"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="320"/>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="321"/>
        <source>Show the previous version</source>
        <translation>Mostrar a versão anterior</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="322"/>
        <source>Show the next version</source>
        <translation>Mostrar a próxima versão</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="363"/>
        <source>on the office server</source>
        <translation>no servidor do escritório</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="364"/>
        <source>Written by the office server at %1, as the routing setting chose</source>
        <translation>Escrito pelo servidor do escritório em %1, conforme a configuração de roteamento</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="366"/>
        <source>Answered on the office server at %1</source>
        <translation>Respondido no servidor do escritório em %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="380"/>
        <source>Version %d of %d</source>
        <translation>Versão %d de %d</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="419"/>
        <source>Edit your message</source>
        <translation>Editar sua mensagem</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="420"/>
        <source>Enter sends the edited message, Esc cancels</source>
        <translation>Enter envia a mensagem editada, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="426"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="428"/>
        <source>Send the edited message</source>
        <translation>Enviar a mensagem editada</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="430"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="431"/>
        <source>Cancel editing</source>
        <translation>Cancelar a edição</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="469"/>
        <source>Not in your documents</source>
        <translation>Não está nos seus documentos</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="487"/>
        <source>_Thinking…_</source>
        <translation>_Pensando…_</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="489"/>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="490"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="620"/>
        <source>not found in the cited passages</source>
        <translation>não encontrada nas passagens citadas</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="623"/>
        <source>Why these sources?</source>
        <translation>Por que estas fontes?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="625"/>
        <source>Why these sources? Show what retrieval considered</source>
        <translation>Por que estas fontes? Mostrar o que a busca considerou</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="626"/>
        <source>Which passages were searched, their scores, and why each was used or not</source>
        <translation>Quais passagens foram buscadas, suas pontuações e por que cada uma foi usada ou não</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="635"/>
        <source>Closest files: %s</source>
        <translation>Arquivos mais próximos: %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="636"/>
        <source>Nothing in your documents comes close.</source>
        <translation>Nada nos seus documentos chega perto.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="638"/>
        <source>Not in your documents. %s</source>
        <translation>Não está nos seus documentos. %s</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="643"/>
        <source>Closest:</source>
        <translation>Mais próximos:</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="647"/>
        <source>Not in your documents: they do not answer this question.</source>
        <translation>Não está nos seus documentos: eles não respondem a esta pergunta.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="649"/>
        <source>Quoted from your documents.</source>
        <translation>Citado dos seus documentos.</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="652"/>
        <source>Every sentence is supported by the cited passages.</source>
        <translation>Cada frase é sustentada pelas passagens citadas.</translation>
    </message>
    <message>
        <source>%d of %d sentences are not found in the cited passages: %s</source>
        <translation type="vanished">%d de %d frases não foram encontradas nas passagens citadas: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/message_view.py" line="653"/>
        <source>%n of %d sentences are not found in the cited passages: %s</source>
        <translation>
            <numerusform>%n de %d frases não foi encontrada nas passagens citadas: %s</numerusform>
            <numerusform>%n de %d frases não foram encontradas nas passagens citadas: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSettingsForm</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="53"/>
        <source>Settings for this model</source>
        <translation>Configurações deste modelo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="56"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="58"/>
        <source>All (GPU builds)</source>
        <translation>Todas (versões com GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="66"/>
        <source>Context length (tokens)</source>
        <translation>Tamanho do contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="67"/>
        <source>CPU threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="68"/>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
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
        <translation>Prompt do sistema</translation>
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
        <translation>Adequação ao hardware</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="139"/>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="140"/>
        <source>Download…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="141"/>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="142"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="144"/>
        <source>Remove from list</source>
        <translation>Remover da lista</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="170"/>
        <source>damaged: %s</source>
        <translation>danificado: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="171"/>
        <source> (bundled)</source>
        <translation> (incluído)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="173"/>
        <source> — in use</source>
        <translation> — em uso</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="180"/>
        <source>may be slow</source>
        <translation>pode ficar lento</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="181"/>
        <source>will not fit</source>
        <translation>não cabe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="204"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="212"/>
        <source>Import a model</source>
        <translation>Importar um modelo</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="213"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="222"/>
        <source>Not imported: %s</source>
        <translation>Não importado: %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="248"/>
        <source>Model will not fit</source>
        <translation>O modelo não cabe</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="249"/>
        <source>This model %s.

Load it anyway?</source>
        <translation>Este modelo %s.

Carregar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="264"/>
        <source>This model is in use; choose another one first.</source>
        <translation>Este modelo está em uso; escolha outro primeiro.</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="102"/>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="103"/>
        <source>Fit</source>
        <translation>Cabe?</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Seções</translation>
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
        <translation>Fechar o aviso</translation>
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
        <translation>Quem responde: o prompt do sistema do perfil é usado nesta conversa</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="54"/>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="55"/>
        <source>How freely the model picks its words</source>
        <translation>Com quanta liberdade o modelo escolhe as palavras</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="62"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="65"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="66"/>
        <location filename="../../ui/preset_picker.py" line="193"/>
        <source>Show advanced sampling values</source>
        <translation>Mostrar os valores avançados de amostragem</translation>
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
        <translation>Valores brutos de amostragem</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="102"/>
        <source>System prompt of the persona</source>
        <translation>Prompt do sistema do perfil</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="103"/>
        <source>New persona…</source>
        <translation>Novo perfil…</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="104"/>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <location filename="../../ui/preset_picker.py" line="218"/>
        <source>New persona</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="110"/>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="111"/>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="183"/>
        <source>The system prompt from Settings.</source>
        <translation>O prompt do sistema das configurações.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="184"/>
        <source>How freely the model picks its words (temperature %s, top-p %s)</source>
        <translation>Com quanta liberdade o modelo escolhe as palavras (temperatura %s, top-p %s)</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="192"/>
        <source>Hide advanced sampling values</source>
        <translation>Ocultar os valores avançados de amostragem</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="215"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="219"/>
        <source>System prompt (how this persona answers):</source>
        <translation>Prompt do sistema (como este perfil responde):</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="228"/>
        <source>The persona was not saved: %s</source>
        <translation>O perfil não foi salvo: %s</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Concise</source>
        <translation>Conciso</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Teacher</source>
        <translation>Professor</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Editor</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Programmer</source>
        <translation>Programador</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="146"/>
        <source>Model default</source>
        <translation>Padrão do modelo</translation>
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
        <translation>Criativo</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="139"/>
        <source>The assistant as set up in Settings.</source>
        <translation>O assistente como está nas configurações.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="140"/>
        <source>Short, direct answers.</source>
        <translation>Respostas curtas e diretas.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="141"/>
        <source>Explains step by step, with an example.</source>
        <translation>Explica passo a passo, com um exemplo.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="142"/>
        <source>Improves the text you give it.</source>
        <translation>Melhora o texto que você dá a ele.</translation>
    </message>
    <message>
        <location filename="../../ui/preset_picker.py" line="143"/>
        <source>Code first, in fenced blocks.</source>
        <translation>Código primeiro, em blocos.</translation>
    </message>
    <message>
        <source>The temperature and top-p saved for this model.</source>
        <translation type="vanished">A temperatura e o top-p salvos para este modelo.</translation>
    </message>
    <message>
        <source>Always the most likely words: repeatable, factual.</source>
        <translation type="vanished">Sempre as palavras mais prováveis: repetível, factual.</translation>
    </message>
    <message>
        <source>A little variety, still focused.</source>
        <translation type="vanished">Um pouco de variedade, ainda focado.</translation>
    </message>
    <message>
        <source>More varied wording and ideas.</source>
        <translation type="vanished">Palavras e ideias mais variadas.</translation>
    </message>
</context>
<context>
    <name>SentimentPanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="217"/>
        <source>Type a text, or choose or drop a CSV file (one row a text).</source>
        <translation>Digite um texto, ou escolha ou arraste um arquivo CSV (um texto por linha).</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="219"/>
        <source>&amp;Column:</source>
        <translation>C&amp;oluna:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="221"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Gravar em:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="223"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>%d rows written to %s

</source>
        <translation type="vanished">%d linhas gravadas em %s

</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="263"/>
        <source>%s · %.0f rows/s</source>
        <translation>%s · %.0f linhas/s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="268"/>
        <source>%s (confidence %.2f)

%s</source>
        <translation>%s (confiança %.2f)

%s</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="269"/>
        <source>Neutral means a statement of fact, without an opinion.</source>
        <translation>Neutro significa uma afirmação de fato, sem opinião.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="261"/>
        <source>%n row(s) written to %s

</source>
        <translation>
            <numerusform>%n linha gravada em %s

</numerusform>
            <numerusform>%n linhas gravadas em %s

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Settings pages</source>
        <translation>Páginas das configurações</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Change data folder</source>
        <translation>Alterar a pasta de dados</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Open data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Idioma do sistema (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>The window changes language as soon as you press OK</source>
        <translation>A janela muda de idioma assim que você clicar em OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>Largest file to index</source>
        <translation>Maior arquivo a indexar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Also index generated and vendored files</source>
        <translation>Indexar também arquivos gerados e de terceiros</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Minified scripts, search indexes, lock files, node_modules, build output and virtual environments are skipped unless this is on</source>
        <translation>Scripts minificados, índices de busca, arquivos de lock, node_modules, saídas de build e ambientes virtuais são ignorados, a menos que isto esteja ativado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Read scanned pages and images (OCR; slower)</source>
        <translation>Ler páginas digitalizadas e imagens (OCR; mais lento)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Text is recognised on this computer, offline, a few seconds a page; scans are read after the other files</source>
        <translation>O texto é reconhecido neste computador, offline, em alguns segundos por página; as digitalizações são lidas depois dos outros arquivos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Read scanned pages and images by OCR</source>
        <translation>Ler páginas digitalizadas e imagens por OCR</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Watched folders</source>
        <translation>Pastas monitoradas</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Add watched folder</source>
        <translation>Adicionar pasta monitorada</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Remove watched folder</source>
        <translation>Remover pasta monitorada</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Skip files larger than</source>
        <translation>Ignorar arquivos maiores que</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>&lt;h3&gt;Nothing leaves this computer&lt;/h3&gt;&lt;p&gt;Deskmate runs its language model and its document search on this computer. Your conversations, documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, checks for no updates and downloads nothing by itself.&lt;/p&gt;&lt;p&gt;The only network use is a model download that you start yourself from the model manager.&lt;/p&gt;&lt;p&gt;To delete everything Deskmate stored, quit it and delete the data folder shown on the General page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nada sai deste computador&lt;/h3&gt;&lt;p&gt;O Deskmate executa seu modelo de linguagem e sua busca em documentos neste computador. Suas conversas, documentos, índice e configurações ficam salvos apenas na sua pasta de dados. O Deskmate não envia telemetria, não procura atualizações e não baixa nada por conta própria.&lt;/p&gt;&lt;p&gt;O único uso da rede é o download de um modelo que você mesmo inicia no gerenciador de modelos.&lt;/p&gt;&lt;p&gt;Para apagar tudo o que o Deskmate salvou, feche-o e exclua a pasta de dados mostrada na página Geral.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Privacy statement</source>
        <translation>Declaração de privacidade</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Choose the data folder</source>
        <translation>Escolher a pasta de dados</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Deskmate will use %s after a restart. Your current data stays in %s; move it yourself if you want to keep it.</source>
        <translation>O Deskmate vai usar %s depois de reiniciar. Seus dados atuais continuam em %s; mova-os você mesmo se quiser mantê-los.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Watch a documents folder</source>
        <translation>Monitorar uma pasta de documentos</translation>
    </message>
</context>
<context>
    <name>SourceCards</name>
    <message>
        <location filename="../../ui/source_cards.py" line="85"/>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="101"/>
        <source>[%d] %s · %s</source>
        <translation>[%d] %s · %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="102"/>
        <source>Open source %d: %s, %s</source>
        <translation>Abrir a fonte %d: %s, %s</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="105"/>
        <source>[%d] %s · p. %d</source>
        <translation>[%d] %s · p. %d</translation>
    </message>
    <message>
        <location filename="../../ui/source_cards.py" line="106"/>
        <source>Open source %d: %s, page %d</source>
        <translation>Abrir a fonte %d: %s, página %d</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="349"/>
        <source>Position in the file</source>
        <translation>Posição no arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="350"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="352"/>
        <source>Next page (Page Down)</source>
        <translation>Próxima página (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="353"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Diminuir o zoom (Ctrl+menos)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="355"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="356"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Aumentar o zoom (Ctrl+mais)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="357"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ajustar a página à largura (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="359"/>
        <source>Open in the system viewer</source>
        <translation>Abrir no visualizador do sistema</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="360"/>
        <source>Open the file in the system viewer</source>
        <translation>Abrir o arquivo no visualizador do sistema</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="362"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="363"/>
        <source>Close the viewer (Esc)</source>
        <translation>Fechar o visualizador (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="370"/>
        <source>Viewer status</source>
        <translation>Status do visualizador</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="379"/>
        <source>Text of the cited part</source>
        <translation>Texto da parte citada</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="382"/>
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="384"/>
        <source>Opening the file</source>
        <translation>Abrindo o arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="440"/>
        <source>Opening %s…</source>
        <translation>Abrindo %s…</translation>
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
        <translation>A passagem citada está destacada.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="519"/>
        <source>The cited passage, read from this picture by OCR: %s</source>
        <translation>A passagem citada, lida desta imagem por OCR: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="522"/>
        <source>The cited passage could not be marked on this page (a scanned page, or the file changed since it was indexed): %s</source>
        <translation>Não foi possível marcar a passagem citada nesta página (uma página digitalizada, ou o arquivo mudou desde a indexação): %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="525"/>
        <source>The cited passage is on page %d.</source>
        <translation>A passagem citada está na página %d.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="594"/>
        <source>The file changed since it was indexed: the cited passage was not found. It read: %s</source>
        <translation>O arquivo mudou desde a indexação: a passagem citada não foi encontrada. Ela dizia: %s</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="597"/>
        <source>The cited passage is in %s.</source>
        <translation>A passagem citada está em %s.</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="598"/>
        <source>page %d</source>
        <translation>página %d</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="641"/>
        <source>%s cannot be shown here: %s. The cited passage is below; &quot;Open in the system viewer&quot; may still open it.</source>
        <translation>%s não pode ser exibido aqui: %s. A passagem citada está abaixo; “Abrir no visualizador do sistema” talvez ainda consiga abri-lo.</translation>
    </message>
</context>
<context>
    <name>SummarizePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="44"/>
        <source>Choose f&amp;older…</source>
        <translation>Esc&amp;olher pasta…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="47"/>
        <source>&amp;Length:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Short</source>
        <translation>Curto</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="48"/>
        <source>Bullet points</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="51"/>
        <source>St&amp;yle:</source>
        <translation>Est&amp;ilo:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="52"/>
        <source>Quote the document</source>
        <translation>Citar o documento</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="53"/>
        <source>Written by the model</source>
        <translation>Escrito pelo modelo</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="56"/>
        <source>&amp;Focus:</source>
        <translation>&amp;Foco:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="57"/>
        <source>optional: what should it be about?</source>
        <translation>opcional: sobre o que deve ser?</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="58"/>
        <source>From the &amp;index</source>
        <translation>Do í&amp;ndice</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="59"/>
        <source>Summarize the indexed documents</source>
        <translation>Resumir os documentos indexados</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="60"/>
        <source>Summarize the documents the index holds (those in the chosen folder, if any) without reading the files again.</source>
        <translation>Resumir os documentos do índice (os da pasta escolhida, se houver) sem ler os arquivos de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="65"/>
        <source>Choose a folder to summarize</source>
        <translation>Escolha uma pasta para resumir</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="75"/>
        <source>Folder: %s</source>
        <translation>Pasta: %s</translation>
    </message>
    <message>
        <source>Covered %d of %d document(s) in %.0f s · %d model call(s)</source>
        <translation type="vanished">%d de %d documento(s) cobertos em %.0f s · %d chamada(s) ao modelo</translation>
    </message>
    <message>
        <source>Done in %.0f s · %d chunk(s) · %d model call(s)</source>
        <translation type="vanished">Concluído em %.0f s · %d trecho(s) · %d chamada(s) ao modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="111"/>
        <source>Covered %d of %n document(s) in %.0f s</source>
        <translation>
            <numerusform>%d de %n documento coberto em %.0f s</numerusform>
            <numerusform>%d de %n documentos cobertos em %.0f s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="116"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n trecho</numerusform>
            <numerusform>%n trechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="113"/>
        <location filename="../../ui/tools_view.py" line="117"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n chamada ao modelo</numerusform>
            <numerusform>%n chamadas ao modelo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="115"/>
        <source>Done in %.0f s</source>
        <translation>Concluído em %.0f s</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location filename="../../ui/tool_panel.py" line="72"/>
        <source>Text to use</source>
        <translation>Texto a usar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="73"/>
        <source>Paste text here, or choose or drop a file.</source>
        <translation>Cole um texto aqui, ou escolha ou arraste um arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="74"/>
        <location filename="../../ui/tool_panel.py" line="146"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="75"/>
        <source>Chosen file</source>
        <translation>Arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="76"/>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="77"/>
        <source>Use text instead</source>
        <translation>Usar texto em vez disso</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="79"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="80"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="82"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="89"/>
        <source>Model warning</source>
        <translation>Aviso sobre o modelo</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="91"/>
        <source>Choose a better model…</source>
        <translation>Escolher um modelo melhor…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="92"/>
        <source>Choose a better model</source>
        <translation>Escolher um modelo melhor</translation>
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
        <translation>Copiar resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="98"/>
        <source>Save result</source>
        <translation>Salvar resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="140"/>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="184"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="233"/>
        <source>Stopped; nothing was kept.</source>
        <translation>Parado; nada foi mantido.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="234"/>
        <source>Not finished.</source>
        <translation>Não concluído.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="250"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="253"/>
        <source>Save the result</source>
        <translation>Salvar o resultado</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="259"/>
        <source>Saved to %s</source>
        <translation>Salvo em %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="263"/>
        <source>Could not save %s: %s</source>
        <translation>Não foi possível salvar %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/tool_panel.py" line="254"/>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Texto (*.txt *.md);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <location filename="../../ui/tools_view.py" line="275"/>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="279"/>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="282"/>
        <source>Sentiment</source>
        <translation>Sentimento</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="284"/>
        <source>Extract</source>
        <translation>Extrair</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="280"/>
        <source>Translate</source>
        <translation>Traduzir</translation>
    </message>
</context>
<context>
    <name>TranslatePanel</name>
    <message>
        <location filename="../../ui/tools_view.py" line="130"/>
        <source>&amp;To:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="136"/>
        <source>&amp;Glossary:</source>
        <translation>&amp;Glossário:</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="137"/>
        <source>optional: term = translation; term2 = translation2</source>
        <translation>opcional: termo = tradução; termo2 = tradução2</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <location filename="../../ui/tools_view.py" line="158"/>
        <source>given</source>
        <translation>informado</translation>
    </message>
    <message>
        <source>From %s (%s) to %s · %d segment(s) in %.0f s</source>
        <translation type="vanished">De %s (%s) para %s · %d segmento(s) em %.0f s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="159"/>
        <source>From %s (%s) to %s · %n segment(s) in %.0f s</source>
        <translation>
            <numerusform>De %s (%s) para %s · %n segmento em %.0f s</numerusform>
            <numerusform>De %s (%s) para %s · %n segmentos em %.0f s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Welcome to Deskmate</source>
        <translation>Boas-vindas ao Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="50"/>
        <source>Deskmate is an assistant that runs entirely on this computer. The language model, your conversations and your documents never leave it: no account, no cloud, no telemetry. Ask it anything below, or add a folder of documents so it can answer from them and cite the file and page.</source>
        <translation>O Deskmate é um assistente que funciona inteiramente neste computador. O modelo de linguagem, suas conversas e seus documentos nunca saem dele: sem conta, sem nuvem, sem telemetria. Pergunte o que quiser abaixo, ou adicione uma pasta de documentos para que ele responda com base neles e cite o arquivo e a página.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>Add a documents folder…</source>
        <translation>Adicionar uma pasta de documentos…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="57"/>
        <location filename="../../ui/welcome.py" line="160"/>
        <source>Add a documents folder</source>
        <translation>Adicionar uma pasta de documentos</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58"/>
        <source>Choose a model…</source>
        <translation>Escolher um modelo…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Choose a model for this computer</source>
        <translation>Escolher um modelo para este computador</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Start chatting</source>
        <translation>Começar a conversar</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Close the welcome and start chatting</source>
        <translation>Fechar as boas-vindas e começar a conversar</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92"/>
        <source>The bundled model</source>
        <translation>O modelo incluído</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="94"/>
        <source>&lt;b&gt;Can:&lt;/b&gt; answer short questions quickly, quote your documents with their file and page, and work with no network at all.&lt;br&gt;&lt;b&gt;Cannot:&lt;/b&gt; translate reliably, write long or careful text, or reason through hard problems: it has only 135 million parameters. A larger model from the list does these far better.</source>
        <translation>&lt;b&gt;Pode:&lt;/b&gt; responder rápido a perguntas curtas, citar seus documentos com arquivo e página e funcionar sem nenhuma rede.&lt;br&gt;&lt;b&gt;Não pode:&lt;/b&gt; traduzir com confiança, escrever textos longos ou cuidadosos nem raciocinar sobre problemas difíceis: ele tem só 135 milhões de parâmetros. Um modelo maior da lista faz isso muito melhor.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="109"/>
        <location filename="../../ui/welcome.py" line="113"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110"/>
        <source>Checking memory, cores and GPU…</source>
        <translation>Verificando memória, núcleos e GPU…</translation>
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
        <translation>Nenhum dos modelos do catálogo cabe na memória livre agora; o modelo incluído continua funcionando. Feche outros programas e veja de novo em Modelos.</translation>
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
        <translation type="vanished">Traduzir</translation>
    </message>
</context>
</TS>
