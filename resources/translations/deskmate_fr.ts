<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="27" />
        <source>Download a model</source>
        <translation>Télécharger un modèle</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="29" />
        <source>Downloads start only when you click Download. Files are checked against their SHA-256 checksum before they are used. This is the only part of Deskmate that uses the network.</source>
        <translation>Un téléchargement ne commence que lorsque vous cliquez sur Télécharger. Chaque fichier est vérifié avec sa somme SHA-256 avant d'être utilisé. C'est la seule partie de Deskmate qui utilise le réseau.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="34" />
        <source>Available models</source>
        <translation>Modèles disponibles</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="40" />
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="43" />
        <location filename="../../ui/catalogue_dialog.py" line="90" />
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="44" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="68" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="81" />
        <source>Paused; click Download to resume.</source>
        <translation>En pause ; cliquez sur Télécharger pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="82" />
        <source>Checking the checksum…</source>
        <translation>Vérification de la somme de contrôle…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.py" line="82" />
        <source>Done: %s</source>
        <translation>Terminé : %s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="69" />
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Posez votre question. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="77" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="80" />
        <source>Message Deskmate (Enter to send, Shift+Enter for a new line)</source>
        <translation>Écrire à Deskmate (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="81" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="82" />
        <source>Type a message; Enter sends it, Shift+Enter adds a line</source>
        <translation>Tapez un message ; Entrée l’envoie, Maj+Entrée ajoute une ligne</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="87" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="88" />
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="90" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="91" />
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="92" />
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../ui/conversation_list.py" line="21" />
        <location filename="../../ui/conversation_list.py" line="22" />
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="23" />
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="26" />
        <location filename="../../ui/conversation_list.py" line="27" />
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="31" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="87" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="88" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="95" />
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="95" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="105" />
        <source>Delete conversation?</source>
        <translation>Supprimer la conversation ?</translation>
    </message>
    <message>
        <location filename="../../ui/conversation_list.py" line="106" />
        <source>Delete “%s” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « %s » et tous ses messages ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <location filename="../../ui/main_window.py" line="86" />
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <location filename="../../ui/main_window.py" line="128" />
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Model status</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <source>Generation speed</source>
        <translation>Vitesse de génération</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;Search conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>&amp;Focus message box</source>
        <translation>Aller à la &amp;zone de message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>S&amp;top answer</source>
        <translation>A&amp;rrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Rename conversation…</source>
        <translation>Re&amp;nommer la conversation…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Delete conversation…</source>
        <translation>&amp;Supprimer la conversation…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>&amp;About Deskmate</source>
        <translation>&amp;À propos de Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Model: %s · context %s tokens</source>
        <translation>Modèle : %s · contexte de %s jetons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Loading %s…</source>
        <translation>Chargement de %s…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>Answer finished: %s</source>
        <translation>Réponse terminée : %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source> · stopped</source>
        <translation> · arrêtée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>%d tokens · %s tokens/s%s</source>
        <translation>%d jetons · %s jetons/s%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <source>Diagnostics copied (no conversation text is included).</source>
        <translation>Diagnostic copié (aucun texte de conversation n’est inclus).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>About Deskmate</source>
        <translation>À propos de Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>Deskmate %s

A private assistant. Your conversations, documents and models stay on this computer; nothing is sent anywhere.</source>
        <translation>Deskmate %s

Un assistant privé. Vos conversations, documents et modèles restent sur cet ordinateur ; rien n’est envoyé nulle part.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../ui/message_view.py" line="55" />
        <source>Open link?</source>
        <translation>Ouvrir le lien ?</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="56" />
        <source>Open this link in your browser?

%s</source>
        <translation>Ouvrir ce lien dans votre navigateur ?

%s</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../ui/message_view.py" line="71" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="71" />
        <source>Deskmate</source>
        <translation>Deskmate</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="76" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="77" />
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="78" />
        <source>Copy this message as text</source>
        <translation>Copier ce message en texte</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="81" />
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="81" />
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="97" />
        <source>_Thinking…_</source>
        <translation>_Réflexion…_</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="99" />
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../ui/message_view.py" line="99" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>ModelSettingsForm</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="30" />
        <source>Settings for this model</source>
        <translation>Paramètres de ce modèle</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="32" />
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="33" />
        <source>All (GPU builds)</source>
        <translation>Toutes (versions GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="41" />
        <source>Context length (tokens)</source>
        <translation>Longueur de contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="42" />
        <source>CPU threads</source>
        <translation>Fils d’exécution CPU</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="43" />
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="44" />
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="45" />
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="46" />
        <source>System prompt</source>
        <translation>Consigne système</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../ui/models_dialog.py" line="75" />
        <location filename="../../ui/models_dialog.py" line="79" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="88" />
        <source>Hardware fit</source>
        <translation>Adéquation au matériel</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="105" />
        <source>Import GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="106" />
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="107" />
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="108" />
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="110" />
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="136" />
        <source>damaged: %s</source>
        <translation>endommagé : %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="137" />
        <source> (bundled)</source>
        <translation> (fourni)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="139" />
        <source> — in use</source>
        <translation> — utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="146" />
        <source>fits</source>
        <translation>tient en mémoire</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="146" />
        <source>may be slow</source>
        <translation>risque d’être lent</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="147" />
        <source>will not fit</source>
        <translation>ne tiendra pas</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="170" />
        <source>&lt;b&gt;%s&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="178" />
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="179" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="188" />
        <source>Not imported: %s</source>
        <translation>Non importé : %s</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="214" />
        <source>Model will not fit</source>
        <translation>Le modèle ne tiendra pas en mémoire</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="215" />
        <source>This model %s.

Load it anyway?</source>
        <translation>Ce modèle %s.

Le charger quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/models_dialog.py" line="230" />
        <source>This model is in use; choose another one first.</source>
        <translation>Ce modèle est utilisé ; choisissez-en d’abord un autre.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/chat_view.py" line="35" />
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="38" />
        <source>Dismiss notice</source>
        <translation>Fermer l’avis</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="25" />
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="26" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="29" />
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43" />
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44" />
        <source>Change data folder</source>
        <translation>Changer de dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46" />
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52" />
        <location filename="../../ui/settings_dialog.py" line="62" />
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60" />
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68" />
        <location filename="../../ui/settings_dialog.py" line="79" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74" />
        <location filename="../../ui/settings_dialog.py" line="80" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87" />
        <source>Largest file to index</source>
        <translation>Plus gros fichier à indexer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89" />
        <location filename="../../ui/settings_dialog.py" line="101" />
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91" />
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92" />
        <source>Add watched folder</source>
        <translation>Ajouter un dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94" />
        <source>Remove watched folder</source>
        <translation>Retirer le dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100" />
        <source>Skip files larger than</source>
        <translation>Ignorer les fichiers de plus de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107" />
        <source>&lt;h3&gt;Nothing leaves this computer&lt;/h3&gt;&lt;p&gt;Deskmate runs its language model and its document search on this computer. Your conversations, documents, index and settings are stored only in your data folder. Deskmate sends no telemetry, checks for no updates and downloads nothing by itself.&lt;/p&gt;&lt;p&gt;The only network use is a model download that you start yourself from the model manager.&lt;/p&gt;&lt;p&gt;To delete everything Deskmate stored, quit it and delete the data folder shown on the General page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien ne quitte cet ordinateur&lt;/h3&gt;&lt;p&gt;Deskmate exécute son modèle de langue et sa recherche dans les documents sur cet ordinateur. Vos conversations, documents, index et paramètres sont enregistrés uniquement dans votre dossier de données. Deskmate n’envoie aucune télémétrie, ne cherche aucune mise à jour et ne télécharge rien de lui-même.&lt;/p&gt;&lt;p&gt;Le seul usage du réseau est un téléchargement de modèle que vous lancez vous-même depuis le gestionnaire de modèles.&lt;/p&gt;&lt;p&gt;Pour effacer tout ce que Deskmate a enregistré, quittez-le et supprimez le dossier de données indiqué sur la page Général.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115" />
        <source>Privacy statement</source>
        <translation>Déclaration de confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121" />
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124" />
        <source>Deskmate will use %s after a restart. Your current data stays in %s; move it yourself if you want to keep it.</source>
        <translation>Deskmate utilisera %s après un redémarrage. Vos données actuelles restent dans %s ; déplacez-les vous-même si vous voulez les garder.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132" />
        <source>Watch a documents folder</source>
        <translation>Surveiller un dossier de documents</translation>
    </message>
</context>
</TS>