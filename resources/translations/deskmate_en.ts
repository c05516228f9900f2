<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClassifyView</name>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="256"/>
        <source>%n row(s) loaded from %s.</source>
        <translation>
            <numerusform>%n row loaded from %s.</numerusform>
            <numerusform>%n rows loaded from %s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="416"/>
        <source>%n row(s) written to %s (%.1f s).</source>
        <translation>
            <numerusform>%n row written to %s (%.1f s).</numerusform>
            <numerusform>%n rows written to %s (%.1f s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="422"/>
        <source>Labelled %n indexed document(s) with &apos;%1&apos; (%2 s).</source>
        <translation>
            <numerusform>Labelled %n indexed document with &apos;%1&apos; (%2 s).</numerusform>
            <numerusform>Labelled %n indexed documents with &apos;%1&apos; (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="425"/>
        <source>%n were labelled before and have not changed.</source>
        <translation>
            <numerusform>%n was labelled before and has not changed.</numerusform>
            <numerusform>%n were labelled before and have not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/classify_view.py" line="427"/>
        <source>%n have no indexed text and got no label.</source>
        <translation>
            <numerusform>%n has no indexed text and got no label.</numerusform>
            <numerusform>%n have no indexed text and got no label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="148"/>
        <source>%d indexed · %d failed · %n folder(s) watched</source>
        <translation>
            <numerusform>%d indexed · %d failed · %n folder watched</numerusform>
            <numerusform>%d indexed · %d failed · %n folders watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="219"/>
        <source>%d of %n file(s) · %.1f chunks/s · %s</source>
        <translation>
            <numerusform>%d of %n file · %.1f chunks/s · %s</numerusform>
            <numerusform>%d of %n files · %.1f chunks/s · %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="247"/>
        <source>%n file(s) could not be indexed (see Reason).</source>
        <translation>
            <numerusform>%n file could not be indexed (see Reason).</numerusform>
            <numerusform>%n files could not be indexed (see Reason).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_view.py" line="254"/>
        <source>Skipped %n generated or vendored file(s) and folder(s): %s.</source>
        <translation>
            <numerusform>Skipped %n generated or vendored file or folder: %s.</numerusform>
            <numerusform>Skipped %n generated or vendored files and folders: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message numerus="yes">
        <location filename="../../ui/explain_panel.py" line="126"/>
        <source>%n passage(s) considered, %d used.</source>
        <translation>
            <numerusform>%n passage considered, %d used.</numerusform>
            <numerusform>%n passages considered, %d used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractPanel</name>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="202"/>
        <source>%n document(s); %d already answered in the table</source>
        <translation>
            <numerusform>%n document; %d already answered in the table</numerusform>
            <numerusform>%n documents; %d already answered in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="203"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/extract_panel.py" line="234"/>
        <source>%n row(s) in %s: %d found, %d not found, %d not read</source>
        <translation>
            <numerusform>%n row in %s: %d found, %d not found, %d not read</numerusform>
            <numerusform>%n rows in %s: %d found, %d not found, %d not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitTexts</name>
    <message numerus="yes">
        <location filename="../../ui/catalogue_dialog.py" line="62"/>
        <source>%s memory (%s free) · %n CPU core(s) · %s</source>
        <translation>
            <numerusform>%s memory (%s free) · %n CPU core · %s</numerusform>
            <numerusform>%s memory (%s free) · %n CPU cores · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <name>MessageView</name>
    <message numerus="yes">
        <location filename="../../ui/message_view.py" line="653"/>
        <source>%n of %d sentences are not found in the cited passages: %s</source>
        <translation>
            <numerusform>%n of %d sentences is not found in the cited passages: %s</numerusform>
            <numerusform>%n of %d sentences are not found in the cited passages: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentimentPanel</name>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="261"/>
        <source>%n row(s) written to %s

</source>
        <translation>
            <numerusform>%n row written to %s

</numerusform>
            <numerusform>%n rows written to %s

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarizePanel</name>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="111"/>
        <source>Covered %d of %n document(s) in %.0f s</source>
        <translation>
            <numerusform>Covered %d of %n document in %.0f s</numerusform>
            <numerusform>Covered %d of %n documents in %.0f s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="116"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="113"/>
        <location filename="../../ui/tools_view.py" line="117"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n model call</numerusform>
            <numerusform>%n model calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatePanel</name>
    <message numerus="yes">
        <location filename="../../ui/tools_view.py" line="159"/>
        <source>From %s (%s) to %s · %n segment(s) in %.0f s</source>
        <translation>
            <numerusform>From %s (%s) to %s · %n segment in %.0f s</numerusform>
            <numerusform>From %s (%s) to %s · %n segments in %.0f s</numerusform>
        </translation>
    </message>
</context>
</TS>
