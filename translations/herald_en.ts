<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only (lupdate -pluralonly): without them, tr("%n ...", nullptr, n) reads
     "1 notifications". Every other English text is the source text itself. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n notifications while you were away</source>
        <comment>catch-up summary</comment>
        <translation>
            <numerusform>%n notification while you were away</numerusform>
            <numerusform>%n notifications while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n channels, most on %1</source>
        <comment>catch-up summary</comment>
        <translation>
            <numerusform>On %n channel, most on %1</numerusform>
            <numerusform>On %n channels, most on %1</numerusform>
        </translation>
    </message>
</context>
</TS>
