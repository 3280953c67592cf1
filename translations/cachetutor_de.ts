<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExecutionTable</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value Stored/Retrieved</source>
        <translation>Gespeicherter/gelesener Wert</translation>
    </message>
    <message>
        <source>Cache State</source>
        <translation>Cache-Zustand</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
</context>
<context>
    <name>LearningMode</name>
    <message>
        <source>Step-by-Step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Concept Flow</source>
        <translation>Konzeptfluss</translation>
    </message>
    <message>
        <source>Execution Sample</source>
        <translation>Codebeispiel</translation>
    </message>
    <message>
        <source>Execution Table</source>
        <translation>Ausführungstabelle</translation>
    </message>
    <message>
        <source>Variable Tracker</source>
        <translation>Variablenverlauf</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>Schlüsselmomente</translation>
    </message>
    <message>
        <source>Visual Quiz</source>
        <translation>Visuelles Quiz</translation>
    </message>
    <message>
        <source>Concept Snapshot</source>
        <translation>Konzeptübersicht</translation>
    </message>
    <message>
        <source>Full Transcript</source>
        <translation>Gesamtprotokoll</translation>
    </message>
    <message>
        <source>Code, execution table, live cache and playback together</source>
        <translation>Code, Ausführungstabelle, Live-Cache und Wiedergabe zusammen</translation>
    </message>
    <message>
        <source>A diagram of the flow whose current step lights up</source>
        <translation>Ein Diagramm des Ablaufs, in dem der aktuelle Schritt aufleuchtet</translation>
    </message>
    <message>
        <source>The code and what each line does</source>
        <translation>Der Code und was jede Zeile tut</translation>
    </message>
    <message>
        <source>One row per step: action, key, value, cache state, output</source>
        <translation>Eine Zeile pro Schritt: Aktion, Schlüssel, Wert, Cache-Zustand, Ausgabe</translation>
    </message>
    <message>
        <source>Every variable and the cache after each step</source>
        <translation>Jede Variable und der Cache nach jedem Schritt</translation>
    </message>
    <message>
        <source>The moments of the trace worth stopping at, with answers</source>
        <translation>Die Momente des Ablaufs, bei denen sich Innehalten lohnt, mit Antworten</translation>
    </message>
    <message>
        <source>Questions about the trace, with hints</source>
        <translation>Fragen zum Ablauf, mit Hinweisen</translation>
    </message>
    <message>
        <source>The concept in a few bullets</source>
        <translation>Das Konzept in wenigen Stichpunkten</translation>
    </message>
    <message>
        <source>The whole story of the trace, step by step</source>
        <translation>Die ganze Geschichte des Ablaufs, Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>LessonChecker</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>the %1 of step %2 is %3</source>
        <translation>%1 in Schritt %2 ist %3</translation>
    </message>
    <message>
        <source>the %1 first reads %2 at %3</source>
        <translation>%1 zeigt %2 zum ersten Mal bei %3</translation>
    </message>
    <message>
        <source>%1 after step %2 is %3</source>
        <translation>%1 nach Schritt %2 ist %3</translation>
    </message>
    <message>
        <source>not supported in CacheTutor: %1</source>
        <translation>in CacheTutor nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>step %1 is beyond the trace, which has %2 steps</source>
        <translation>Schritt %1 liegt hinter dem Ende des Ablaufs, der %2 Schritte hat</translation>
    </message>
    <message>
        <source>the changed script does not run: %1</source>
        <translation>das geänderte Skript läuft nicht: %1</translation>
    </message>
    <message>
        <source>step %1 %2 does not change (%3)</source>
        <translation>Schritt %1 %2 ändert sich nicht (%3)</translation>
    </message>
    <message>
        <source>step %1 %2 changes (%3 → %4) but is not listed</source>
        <translation>Schritt %1 %2 ändert sich (%3 → %4), ist aber nicht aufgeführt</translation>
    </message>
    <message>
        <source>no step&apos;s %1 reads %2</source>
        <translation>bei keinem Schritt zeigt %1 den Wert %2</translation>
    </message>
    <message>
        <source>the computed answer is none of the options: %1</source>
        <translation>die berechnete Antwort ist keine der Optionen: %1</translation>
    </message>
    <message>
        <source>the answer %1 (%2) disagrees with the trace: %3</source>
        <translation>die Antwort %1 (%2) widerspricht dem Ablauf: %3</translation>
    </message>
    <message>
        <source>does not run: %1</source>
        <translation>läuft nicht: %1</translation>
    </message>
    <message>
        <source>%1 of step %2</source>
        <translation>%1 in Schritt %2</translation>
    </message>
    <message>
        <source>first step whose %1 reads %2</source>
        <translation>erster Schritt, bei dem %1 den Wert %2 zeigt</translation>
    </message>
    <message>
        <source>%1 after step %2</source>
        <translation>%1 nach Schritt %2</translation>
    </message>
</context>
<context>
    <name>LessonExporter</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>After Step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <source>cache contents</source>
        <translation>Cache-Inhalt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Execution Table</source>
        <translation>Ausführungstabelle</translation>
    </message>
    <message>
        <source>One row per step</source>
        <translation>Eine Zeile pro Schritt</translation>
    </message>
    <message>
        <source>The tables show the first %1 of %2 steps.</source>
        <translation>Die Tabellen zeigen die ersten %1 von %2 Schritten.</translation>
    </message>
    <message>
        <source>Variable Tracker</source>
        <translation>Variablenverlauf</translation>
    </message>
    <message>
        <source>Each variable after each step</source>
        <translation>Jede Variable nach jedem Schritt</translation>
    </message>
    <message>
        <source>Concept Flow</source>
        <translation>Konzeptfluss</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>Schlüsselmomente</translation>
    </message>
    <message>
        <source>steps %1</source>
        <translation>Schritte %1</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>What if line %1 were:</source>
        <translation>Was wäre, wenn Zeile %1 so lautete:</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Deine Antwort:</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Concept Snapshot</source>
        <translation>Konzeptübersicht</translation>
    </message>
    <message>
        <source>Full Transcript</source>
        <translation>Gesamtprotokoll</translation>
    </message>
    <message>
        <source>Answer Sheet</source>
        <translation>Lösungsblatt</translation>
    </message>
    <message>
        <source>computed from the trace: %1</source>
        <translation>aus dem Ablauf berechnet: %1</translation>
    </message>
    <message>
        <source>the changed cells checked against a trace of the changed script</source>
        <translation>die geänderten Zellen, geprüft an einem Ablauf des geänderten Skripts</translation>
    </message>
    <message>
        <source>as written in the lesson</source>
        <translation>wie in der Lektion angegeben</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a non-empty string, got &quot;&quot;</source>
        <translation>nicht leere Zeichenkette erwartet, erhalten: &quot;&quot;</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a line of text, got %1</source>
        <translation>eine Textzeile erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected one line, got a line break in %1</source>
        <translation>eine Zeile erwartet, aber %1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>expected a string or an array of lines, got %1</source>
        <translation>Zeichenkette oder Array von Zeilen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a non-empty script</source>
        <translation>nicht leeres Skript erwartet</translation>
    </message>
    <message>
        <source>expected a number of seconds or null, got %1</source>
        <translation>Anzahl Sekunden oder null erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown flow event %1</source>
        <translation>unbekanntes Flussereignis %1</translation>
    </message>
    <message>
        <source>expected a step number of at least 1, got %1</source>
        <translation>Schrittnummer von mindestens 1 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a step number of at most %1, got %2</source>
        <translation>Schrittnummer von höchstens %1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a column of the execution table (%1), got %2</source>
        <translation>eine Spalte der Ausführungstabelle erwartet (%1), erhalten: %2</translation>
    </message>
    <message>
        <source>expected &quot;choice&quot;, &quot;predict&quot; or &quot;what-if&quot;, got %1</source>
        <translation>&quot;choice&quot;, &quot;predict&quot; oder &quot;what-if&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected &quot;column&quot;, &quot;steps&quot; or both</source>
        <translation>&quot;column&quot;, &quot;steps&quot; oder beides erwartet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;cell&quot;, &quot;firstStep&quot; or &quot;variable&quot;, got %1</source>
        <translation>genau eines von &quot;cell&quot;, &quot;firstStep&quot; oder &quot;variable&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a line of the script, 1 to %1, got %2</source>
        <translation>eine Zeile des Skripts erwartet, 1 bis %1, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a line number of at least 1, got %1</source>
        <translation>Zeilennummer von mindestens 1 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a column other than &quot;Step&quot;, which only numbers the rows</source>
        <translation>eine andere Spalte als &quot;Step&quot; erwartet, denn diese nummeriert nur die Zeilen</translation>
    </message>
    <message>
        <source>expected no &quot;%1&quot; in a &quot;%2&quot; question</source>
        <translation>kein &quot;%1&quot; in einer &quot;%2&quot;-Frage erwartet</translation>
    </message>
    <message>
        <source>expected at least 2 options, got %1</source>
        <translation>mindestens 2 Optionen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected at most %1 options (A–Z), got %2</source>
        <translation>höchstens %1 Optionen erwartet (A–Z), erhalten: %2</translation>
    </message>
    <message>
        <source>expected no &quot;answer&quot; in a &quot;predict&quot; question: the answer is computed from &quot;answerFrom&quot;</source>
        <translation>kein &quot;answer&quot; in einer &quot;predict&quot;-Frage erwartet: Die Antwort wird aus &quot;answerFrom&quot; berechnet</translation>
    </message>
    <message>
        <source>expected a letter A–%1 naming one of the %2 options, got %3</source>
        <translation>einen Buchstaben A–%1 erwartet, der eine der %2 Optionen nennt, erhalten: %3</translation>
    </message>
    <message>
        <source>expected a letter naming one of the options, got %1</source>
        <translation>einen Buchstaben erwartet, der eine der Optionen nennt, erhalten: %1</translation>
    </message>
    <message>
        <source>expected {&quot;cell&quot;: COLUMN, &quot;step&quot;: N} in a &quot;predict&quot; question: what a step outputs or stores</source>
        <translation>{&quot;cell&quot;: COLUMN, &quot;step&quot;: N} in einer &quot;predict&quot;-Frage erwartet: was ein Schritt ausgibt oder speichert</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got %2</source>
        <translation>&quot;%1&quot; erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>this CacheTutor reads lesson format version %1, the file says %2</source>
        <translation>dieses CacheTutor liest Lektionsformat-Version %1, die Datei hat Version %2</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and &apos;-&apos; only, got %1</source>
        <translation>nur Kleinbuchstaben, Ziffern und &apos;-&apos; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>too large: %1 bytes, the limit is %2 MB</source>
        <translation>zu groß: %1 Bytes, die Grenze liegt bei %2 MB</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>not a lesson: a lesson file is JSON starting with &apos;{&apos; (see docs/lesson-format.md)</source>
        <translation>keine Lektion: Eine Lektionsdatei ist JSON und beginnt mit &apos;{&apos; (siehe docs/lesson-format.md)</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>auf oberster Ebene ein JSON-Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>cannot read: it is a folder, not a file</source>
        <translation>nicht lesbar: Das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>expected one entry per %1 of the lesson: %2, got %3</source>
        <translation>ein Eintrag je %1 der Lektion erwartet: %2, erhalten: %3</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;de&quot; or &quot;pt_BR&quot;, got %1</source>
        <translation>Sprachcode wie &quot;de&quot; oder &quot;pt_BR&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>concept-flow node</source>
        <translation>Konzeptfluss-Knoten</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>quiz question</source>
        <translation>Quizfrage</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Antwortmöglichkeit</translation>
    </message>
    <message>
        <source>snapshot bullet</source>
        <translation>Stichpunkt der Konzeptübersicht</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>Narrator</name>
    <message>
        <source> second</source>
        <translation> Sekunde</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>for the default %1</source>
        <translation>für die Standarddauer von %1</translation>
    </message>
    <message>
        <source>with no expiry (the default timeout is None)</source>
        <translation>ohne Ablaufzeit (der Standard-Timeout ist None)</translation>
    </message>
    <message>
        <source>with no expiry (timeout=None)</source>
        <translation>ohne Ablaufzeit (timeout=None)</translation>
    </message>
    <message>
        <source>already expired (a timeout of %1 means &quot;don&apos;t cache&quot;)</source>
        <translation>bereits abgelaufen (ein Timeout von %1 bedeutet „nicht cachen“)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>with timeout %1</source>
        <translation>mit Timeout %1</translation>
    </message>
    <message>
        <source>%1 raises %2.</source>
        <translation>%1 löst %2 aus.</translation>
    </message>
    <message>
        <source>cache.get finds %1 and returns %2.</source>
        <translation>cache.get findet %1 und gibt %2 zurück.</translation>
    </message>
    <message>
        <source>cache.get finds %1 expired, removes it, and returns the default %2.</source>
        <translation>cache.get findet den Eintrag %1 abgelaufen vor, entfernt ihn und gibt den Standardwert %2 zurück.</translation>
    </message>
    <message>
        <source>cache.get finds nothing for %1 and returns the default %2.</source>
        <translation>cache.get findet nichts für %1 und gibt den Standardwert %2 zurück.</translation>
    </message>
    <message>
        <source>cache.set stores %1 under %2 %3.</source>
        <translation>cache.set speichert %1 unter %2 %3.</translation>
    </message>
    <message>
        <source>cache.add stores %1 under %2 %3, because %2 was not in the cache, and returns True.</source>
        <translation>cache.add speichert %1 unter %2 %3, weil %2 nicht im Cache war, und gibt True zurück.</translation>
    </message>
    <message>
        <source>cache.add leaves %1 alone because it already holds a live value, and returns False.</source>
        <translation>cache.add lässt %1 unverändert, weil dort schon ein gültiger Wert liegt, und gibt False zurück.</translation>
    </message>
    <message>
        <source>cache.get_or_set finds %1 and returns %2.</source>
        <translation>cache.get_or_set findet %1 und gibt %2 zurück.</translation>
    </message>
    <message>
        <source>cache.get_or_set finds nothing for %1, stores %2 and returns it.</source>
        <translation>cache.get_or_set findet nichts für %1, speichert %2 und gibt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>cache.get_many finds %n of the keys asked for and returns %1.</source>
        <translation>
            <numerusform>cache.get_many findet %n der angefragten Schlüssel und gibt %1 zurück.</numerusform>
            <numerusform>cache.get_many findet %n der angefragten Schlüssel und gibt %1 zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>cache.set_many stores every pair of the dict and returns %1 (no key failed).</source>
        <translation>cache.set_many speichert jedes Paar des Dicts und gibt %1 zurück (kein Schlüssel ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>cache.delete removes %1 and returns True.</source>
        <translation>cache.delete entfernt %1 und gibt True zurück.</translation>
    </message>
    <message>
        <source>cache.delete finds nothing to remove for %1 and returns False.</source>
        <translation>cache.delete findet für %1 nichts zu entfernen und gibt False zurück.</translation>
    </message>
    <message>
        <source>cache.delete_many removes each of the keys that is stored.</source>
        <translation>cache.delete_many entfernt jeden der Schlüssel, der gespeichert ist.</translation>
    </message>
    <message>
        <source>%1 finds a live entry for %2: True.</source>
        <translation>%1 findet einen gültigen Eintrag für %2: True.</translation>
    </message>
    <message>
        <source>&apos;in cache&apos;</source>
        <translation>&apos;in cache&apos;</translation>
    </message>
    <message>
        <source>%1 finds no live entry for %2: False.</source>
        <translation>%1 findet keinen gültigen Eintrag für %2: False.</translation>
    </message>
    <message>
        <source>%1 changes %2 to %3 and returns it.</source>
        <translation>%1 ändert %2 auf %3 und gibt den Wert zurück.</translation>
    </message>
    <message>
        <source>cache.touch gives %1 a new expiry, %2, and returns True.</source>
        <translation>cache.touch gibt %1 eine neue Ablaufzeit, %2, und gibt True zurück.</translation>
    </message>
    <message>
        <source>cache.touch finds no live entry for %1 and returns False.</source>
        <translation>cache.touch findet keinen gültigen Eintrag für %1 und gibt False zurück.</translation>
    </message>
    <message>
        <source>cache.clear empties the whole cache.</source>
        <translation>cache.clear leert den gesamten Cache.</translation>
    </message>
    <message>
        <source>%1 moves %2 to version %3 and returns it.</source>
        <translation>%1 verschiebt %2 auf Version %3 und gibt sie zurück.</translation>
    </message>
    <message>
        <source>cache.close does nothing on the local-memory cache.</source>
        <translation>cache.close bewirkt beim lokalen Speicher-Cache nichts.</translation>
    </message>
    <message>
        <source>cache.make_key builds the internal key %1.</source>
        <translation>cache.make_key bildet den internen Schlüssel %1.</translation>
    </message>
    <message>
        <source>print writes: %1</source>
        <translation>print schreibt: %1</translation>
    </message>
    <message>
        <source>time.sleep moves the virtual clock forward %1, to %2.</source>
        <translation>time.sleep stellt die virtuelle Uhr %1 vor, auf %2.</translation>
    </message>
    <message>
        <source>time.time reads the virtual clock: %1.</source>
        <translation>time.time liest die virtuelle Uhr: %1.</translation>
    </message>
    <message>
        <source>%1 returns %2.</source>
        <translation>%1 gibt %2 zurück.</translation>
    </message>
    <message numerus="yes">
        <source>The cache was full, so it first culled %n of its least recently used entries.</source>
        <translation>
            <numerusform>Der Cache war voll, daher hat er zuerst %n Eintrag entfernt, den am längsten nicht benutzten.</numerusform>
            <numerusform>Der Cache war voll, daher hat er zuerst %n Einträge entfernt, die am längsten nicht benutzten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Django warns: %1</source>
        <translation>Django warnt: %1</translation>
    </message>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 wird zu %2</translation>
    </message>
    <message>
        <source>%1 is deleted</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Line %1 tests an if condition.</source>
        <translation>Zeile %1 prüft eine if-Bedingung.</translation>
    </message>
    <message>
        <source>Line %1 tests the while condition.</source>
        <translation>Zeile %1 prüft die while-Bedingung.</translation>
    </message>
    <message>
        <source>Line %1 starts the next round of the for loop.</source>
        <translation>Zeile %1 beginnt die nächste Runde der for-Schleife.</translation>
    </message>
    <message>
        <source>Line %1 returns from the function.</source>
        <translation>Zeile %1 kehrt aus der Funktion zurück.</translation>
    </message>
    <message>
        <source>Line %1 runs.</source>
        <translation>Zeile %1 wird ausgeführt.</translation>
    </message>
    <message>
        <source>The statement raises %1.</source>
        <translation>Die Anweisung löst %1 aus.</translation>
    </message>
    <message>
        <source>Step %1 (line %2): %3</source>
        <translation>Schritt %1 (Zeile %2): %3</translation>
    </message>
</context>
<context>
    <name>PracticeGenerator</name>
    <message>
        <source>What will step %1 output?</source>
        <translation>Was gibt Schritt %1 aus?</translation>
    </message>
    <message>
        <source>What will step %1 (%2) output?</source>
        <translation>Was gibt Schritt %1 (%2) aus?</translation>
    </message>
    <message>
        <source>Look at what the cache holds just before: the Cache State column at step %1.</source>
        <translation>Schau dir an, was der Cache direkt davor enthält: die Spalte Cache-Zustand bei Schritt %1.</translation>
    </message>
    <message>
        <source>This is the first step: the cache starts empty.</source>
        <translation>Das ist der erste Schritt: Der Cache ist anfangs leer.</translation>
    </message>
    <message>
        <source>What is in the cache after step %1?</source>
        <translation>Was ist nach Schritt %1 im Cache?</translation>
    </message>
    <message>
        <source>Follow the Action column up to step %1: which calls stored, changed or removed entries?</source>
        <translation>Verfolge die Spalte Aktion bis Schritt %1: Welche Aufrufe haben Einträge gespeichert, geändert oder entfernt?</translation>
    </message>
    <message>
        <source>%1 After it the cache holds %2.</source>
        <translation>%1 Danach enthält der Cache %2.</translation>
    </message>
    <message>
        <source>After step %1, the cache has to make room (culling). Which key goes first?</source>
        <translation>Nach Schritt %1 muss der Cache Platz schaffen (Culling). Welcher Schlüssel fliegt zuerst raus?</translation>
    </message>
    <message>
        <source>LocMemCache culls the least recently used entries first, and the Cache State column lists entries least recently used first. A get or a set makes an entry the most recently used.</source>
        <translation>LocMemCache entfernt zuerst die am längsten nicht benutzten Einträge, und die Spalte Cache-Zustand listet die Einträge vom am längsten nicht benutzten an. Ein get oder set macht einen Eintrag zum zuletzt benutzten.</translation>
    </message>
    <message>
        <source>After step %1 the cache holds %2, least recently used first, so %3 is the first to go.</source>
        <translation>Nach Schritt %1 enthält der Cache %2 (der am längsten nicht benutzte Eintrag zuerst), also fliegt %3 als Erstes raus.</translation>
    </message>
    <message>
        <source>At which step does the cache first become empty?</source>
        <translation>Bei welchem Schritt wird der Cache zum ersten Mal leer?</translation>
    </message>
    <message>
        <source>Look down the Cache State column for the first {}.</source>
        <translation>Such in der Spalte Cache-Zustand nach dem ersten {}.</translation>
    </message>
    <message>
        <source>%1 The Cache State column reads {} for the first time at step %2.</source>
        <translation>%1 Die Spalte Cache-Zustand zeigt bei Schritt %2 zum ersten Mal {}.</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Could not read the progress file %1: %2</source>
        <translation>Die Fortschrittsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than a progress file can be</source>
        <translation>die Datei hat %1 Bytes, mehr als eine Fortschrittsdatei haben kann</translation>
    </message>
    <message>
        <source>The progress file %1 is damaged (%2), so progress starts empty.</source>
        <translation>Die Fortschrittsdatei %1 ist beschädigt (%2), daher beginnt der Fortschritt leer.</translation>
    </message>
    <message>
        <source>The file is left as it is until progress is next saved; a copy could not be made.</source>
        <translation>Die Datei bleibt unverändert, bis der Fortschritt das nächste Mal gespeichert wird; eine Kopie konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A copy of it was kept as %1.</source>
        <translation>Eine Kopie wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>auf oberster Ebene ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;, got %2</source>
        <translation>format: &quot;%1&quot; erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>version: %1 was written by a newer CacheTutor; this one reads version %2</source>
        <translation>version: %1 stammt von einem neueren CacheTutor; dieser liest Version %2</translation>
    </message>
    <message>
        <source>version: expected %1, got %2</source>
        <translation>version: %1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>lessons: expected an object, got %1</source>
        <translation>lessons: Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.lastStep: expected a step number (0 or more), got %2</source>
        <translation>%1.lastStep: Schrittnummer (0 oder mehr) erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.answers: expected an object, got %2</source>
        <translation>%1.answers: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: expected a question number (0 or more) as the key</source>
        <translation>%1: Fragenummer (0 oder mehr) als Schlüssel erwartet</translation>
    </message>
    <message>
        <source>%1.answer: expected a string, got %2</source>
        <translation>%1.answer: Zeichenkette erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1.correct: expected true or false, got %2</source>
        <translation>%1.correct: true oder false erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>Could not save progress: the folder %1 cannot be created.</source>
        <translation>Fortschritt nicht gespeichert: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save progress to %1: %2. Your progress is kept until the app closes.</source>
        <translation>Fortschritt konnte nicht in %1 gespeichert werden: %2. Dein Fortschritt bleibt erhalten, bis die App geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>cachetutor::BackendOptionsDialog</name>
    <message>
        <source>Cache Backend Options</source>
        <translation>Cache-Backend-Optionen</translation>
    </message>
    <message>
        <source>Cache backend options</source>
        <translation>Cache-Backend-Optionen</translation>
    </message>
    <message>
        <source>The settings of the playground&apos;s cache, as in Django&apos;s &lt;code&gt;CACHES[&apos;default&apos;]&lt;/code&gt; for &lt;code&gt;LocMemCache&lt;/code&gt;. They apply to the next run.</source>
        <translation>Die Einstellungen des Playground-Caches, wie in Djangos &lt;code&gt;CACHES[&apos;default&apos;]&lt;/code&gt; für &lt;code&gt;LocMemCache&lt;/code&gt;. Sie gelten ab dem nächsten Lauf.</translation>
    </message>
    <message>
        <source>OPTIONS[&apos;&amp;MAX_ENTRIES&apos;]:</source>
        <translation>OPTIONS[&apos;&amp;MAX_ENTRIES&apos;]:</translation>
    </message>
    <message>
        <source>OPTIONS[&apos;MAX_ENTRIES&apos;]</source>
        <translation>OPTIONS[&apos;MAX_ENTRIES&apos;]</translation>
    </message>
    <message>
        <source>When the cache holds this many entries (expired ones count too), storing one more culls first. Default 300.</source>
        <translation>Wenn der Cache so viele Einträge enthält (abgelaufene zählen mit), wird vor dem Speichern eines weiteren zuerst ausgedünnt. Standard: 300.</translation>
    </message>
    <message>
        <source>OPTIONS[&apos;C&amp;ULL_FREQUENCY&apos;]:</source>
        <translation>OPTIONS[&apos;C&amp;ULL_FREQUENCY&apos;]:</translation>
    </message>
    <message>
        <source>OPTIONS[&apos;CULL_FREQUENCY&apos;]</source>
        <translation>OPTIONS[&apos;CULL_FREQUENCY&apos;]</translation>
    </message>
    <message>
        <source>A cull removes 1/N of the entries, least recently used first; 0 clears the whole cache. Default 3.</source>
        <translation>Ein Ausdünnen entfernt 1/N der Einträge, die am längsten nicht benutzten zuerst; 0 leert den gesamten Cache. Standard: 3.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>&amp;KEY_PREFIX:</source>
        <translation>&amp;KEY_PREFIX:</translation>
    </message>
    <message>
        <source>KEY_PREFIX</source>
        <translation>KEY_PREFIX</translation>
    </message>
    <message>
        <source>Put in front of every internal key, so that caches can share one store. Default empty.</source>
        <translation>Wird jedem internen Schlüssel vorangestellt, damit sich mehrere Caches einen Speicher teilen können. Standard: leer.</translation>
    </message>
    <message>
        <source>&amp;VERSION:</source>
        <translation>&amp;VERSION:</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>The key version used when a call gives none; part of every internal key. Default 1.</source>
        <translation>Die Schlüsselversion, wenn ein Aufruf keine angibt; Teil jedes internen Schlüssels. Standard: 1.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;None — never expire</source>
        <translation>&amp;None – läuft nie ab</translation>
    </message>
    <message>
        <source>TIMEOUT None, never expire</source>
        <translation>TIMEOUT None, läuft nie ab</translation>
    </message>
    <message>
        <source>TIMEOUT = None: entries set without a timeout never expire</source>
        <translation>TIMEOUT = None: Einträge, die ohne Timeout gesetzt werden, laufen nie ab</translation>
    </message>
    <message>
        <source>TIMEOUT in seconds</source>
        <translation>TIMEOUT in Sekunden</translation>
    </message>
    <message>
        <source>Seconds an entry lives when set() gives no timeout; Django keeps int(TIMEOUT), so 2.5 is 2, and 0 expires at once. Default 300.</source>
        <translation>Sekunden, die ein Eintrag lebt, wenn set() keinen Timeout angibt; Django verwendet int(TIMEOUT), also wird aus 2.5 eine 2, und 0 läuft sofort ab. Standard: 300.</translation>
    </message>
    <message>
        <source>&amp;TIMEOUT:</source>
        <translation>&amp;TIMEOUT:</translation>
    </message>
    <message>
        <source>Example internal key</source>
        <translation>Beispiel für einen internen Schlüssel</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Use these settings for the next run</source>
        <translation>Diese Einstellungen für den nächsten Lauf verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep the settings as they were</source>
        <translation>Die Einstellungen unverändert lassen</translation>
    </message>
    <message>
        <source>Restore &amp;Django Defaults</source>
        <translation>&amp;Django-Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore Django defaults</source>
        <translation>Django-Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>MAX_ENTRIES 300, CULL_FREQUENCY 3, KEY_PREFIX empty, VERSION 1, TIMEOUT 300</source>
        <translation>MAX_ENTRIES 300, CULL_FREQUENCY 3, KEY_PREFIX leer, VERSION 1, TIMEOUT 300</translation>
    </message>
    <message>
        <source>cache.set(&apos;greet&apos;, …) stores the internal key &apos;%1&apos;</source>
        <translation>cache.set(&apos;greet&apos;, …) speichert den internen Schlüssel &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cachetutor::CacheStateModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired (still stored)</source>
        <translation>abgelaufen (noch gespeichert)</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Made Key</source>
        <translation>Int. Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>cachetutor::CodeView</name>
    <message>
        <source>Line numbers and breakpoints</source>
        <translation>Zeilennummern und Haltepunkte</translation>
    </message>
    <message>
        <source>Click a line number to set or clear a breakpoint</source>
        <translation>Auf eine Zeilennummer klicken, um einen Haltepunkt zu setzen oder zu entfernen</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Editable: type a script and press Run</source>
        <translation>Bearbeitbar: Skript eingeben und Ausführen drücken</translation>
    </message>
    <message>
        <source>Read-only: click a line to jump to its first step</source>
        <translation>Schreibgeschützt: auf eine Zeile klicken, um zu ihrem ersten Schritt zu springen</translation>
    </message>
</context>
<context>
    <name>cachetutor::ConceptFlowView</name>
    <message>
        <source>Concept flow</source>
        <translation>Konzeptfluss</translation>
    </message>
    <message>
        <source>No box is lit at this step.</source>
        <translation>Bei diesem Schritt leuchtet kein Kasten.</translation>
    </message>
    <message>
        <source>Lit now: %1.</source>
        <translation>Leuchtet jetzt: %1.</translation>
    </message>
    <message>
        <source>This script has no concept flow.

Lessons from the course come with a diagram of how their cache calls fit together; while you step through, the boxes each step touches light up here.</source>
        <translation>Dieses Skript hat keinen Konzeptfluss.

Lektionen aus dem Kurs bringen ein Diagramm mit, wie ihre Cache-Aufrufe zusammenspielen; während du durch die Schritte gehst, leuchten hier die Kästen auf, die jeder Schritt berührt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Lights up when a step does: %1</source>
        <translation>Leuchtet auf, wenn ein Schritt Folgendes tut: %1</translation>
    </message>
    <message>
        <source>Lit at this step.</source>
        <translation>Leuchtet bei diesem Schritt.</translation>
    </message>
    <message>
        <source>● now</source>
        <translation>● jetzt</translation>
    </message>
</context>
<context>
    <name>cachetutor::CourseOutline</name>
    <message>
        <source>Course outline</source>
        <translation>Kursübersicht</translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation>Kurszusammenfassung</translation>
    </message>
    <message>
        <source>The course&apos;s lessons; press Enter or click one to open it</source>
        <translation>Die Lektionen des Kurses; Eingabe drücken oder eine anklicken, um sie zu öffnen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>◐ %1/%2</source>
        <translation>◐ %1/%2</translation>
    </message>
    <message>
        <source>◐</source>
        <translation>◐</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1
(and %2 more problems in this file)</source>
        <translation>%1
(und %2 weitere Probleme in dieser Datei)</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>%1 — could not be loaded</source>
        <translation>%1 – konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Lesson file %1 could not be loaded: %2</source>
        <translation>Die Lektionsdatei %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>No lessons found.</source>
        <translation>Keine Lektionen gefunden.</translation>
    </message>
    <message>
        <source>Course: 1 lesson</source>
        <translation>Kurs: 1 Lektion</translation>
    </message>
    <message>
        <source>Course: %1 lessons</source>
        <translation>Kurs: %1 Lektionen</translation>
    </message>
    <message>
        <source>Course: 1 lesson, %1 completed</source>
        <translation>Kurs: 1 Lektion, %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Course: %1 lessons, %2 completed</source>
        <translation>Kurs: %1 Lektionen, %2 abgeschlossen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Completed: the question answered right</source>
        <translation>Abgeschlossen: die Frage richtig beantwortet</translation>
    </message>
    <message>
        <source>Completed: all %1 questions answered right</source>
        <translation>Abgeschlossen: alle %1 Fragen richtig beantwortet</translation>
    </message>
    <message>
        <source>Started (this lesson has no quiz)</source>
        <translation>Begonnen (diese Lektion hat kein Quiz)</translation>
    </message>
    <message>
        <source>Started: %1 of %2 questions answered right, %3 answered</source>
        <translation>Begonnen: %1 von %2 Fragen richtig beantwortet, %3 beantwortet</translation>
    </message>
</context>
<context>
    <name>cachetutor::ExecutionSampleView</name>
    <message>
        <source>A comment: Python skips it.</source>
        <translation>Ein Kommentar: Python überspringt ihn.</translation>
    </message>
    <message>
        <source>Sets things up; not a step of its own.</source>
        <translation>Bereitet etwas vor; kein eigener Schritt.</translation>
    </message>
    <message>
        <source>Never runs in this trace.</source>
        <translation>Läuft in diesem Ablauf nie.</translation>
    </message>
    <message>
        <source>The code and what it does</source>
        <translation>Der Code und was er tut</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>Framework and duration</source>
        <translation>Framework und Dauer</translation>
    </message>
    <message>
        <source>What the sample does</source>
        <translation>Was das Beispiel tut</translation>
    </message>
    <message>
        <source>Each line of the script and what it does</source>
        <translation>Jede Zeile des Skripts und was sie tut</translation>
    </message>
    <message>
        <source>Each line of the script beside what its first run did. Double-click a line to go to its first step.</source>
        <translation>Jede Zeile des Skripts neben dem, was ihr erster Lauf bewirkt hat. Doppelklick auf eine Zeile springt zu ihrem ersten Schritt.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <source>Your script</source>
        <translation>Dein Skript</translation>
    </message>
    <message>
        <source>This script has no lesson description. Lessons from the course say what their sample does; below, each line of your code sits beside what it did when it ran.</source>
        <translation>Dieses Skript hat keine Lektionsbeschreibung. Lektionen aus dem Kurs erklären, was ihr Beispiel tut; unten steht jede Zeile deines Codes neben dem, was sie beim Ausführen bewirkt hat.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>(runs %1 times)</source>
        <translation>(läuft %1-mal)</translation>
    </message>
    <message>
        <source>Run the script to see what each line does.</source>
        <translation>Führe das Skript aus, um zu sehen, was jede Zeile tut.</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
</context>
<context>
    <name>cachetutor::ExecutionTableModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value Stored/Retrieved</source>
        <translation>Gespeicherter/gelesener Wert</translation>
    </message>
    <message>
        <source>Cache State</source>
        <translation>Cache-Zustand</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>cachetutor::KeyMomentsView</name>
    <message>
        <source>Key moments</source>
        <translation>Schlüsselmomente</translation>
    </message>
    <message>
        <source>No key moments</source>
        <translation>Keine Schlüsselmomente</translation>
    </message>
    <message>
        <source>Hide answer</source>
        <translation>Antwort verbergen</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Hide the answer again</source>
        <translation>Die Antwort wieder verbergen</translation>
    </message>
    <message>
        <source>Try answering first, then check here</source>
        <translation>Erst selbst antworten, dann hier nachsehen</translation>
    </message>
    <message>
        <source>This script has no key moments.

Lessons from the course come with questions about particular steps of the trace, each with a button that takes you to the step.</source>
        <translation>Dieses Skript hat keine Schlüsselmomente.

Lektionen aus dem Kurs bringen Fragen zu bestimmten Schritten des Ablaufs mit, jede mit einer Schaltfläche, die dich zu dem Schritt bringt.</translation>
    </message>
    <message>
        <source>Key moment %1</source>
        <translation>Schlüsselmoment %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>● This step</source>
        <translation>● Dieser Schritt</translation>
    </message>
    <message>
        <source>This moment is about the step you are on</source>
        <translation>Dieser Moment betrifft den Schritt, bei dem du gerade bist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Antwort:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Show or hide the answer</source>
        <translation>Die Antwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Zu Schritt %1</translation>
    </message>
    <message>
        <source>Run the script first: there are no steps to go to yet.</source>
        <translation>Führe zuerst das Skript aus: Es gibt noch keine Schritte, zu denen man springen kann.</translation>
    </message>
    <message>
        <source>The trace has only 1 step, so there is no step %1. Was the script changed?</source>
        <translation>Der Ablauf hat nur 1 Schritt, also gibt es keinen Schritt %1. Wurde das Skript geändert?</translation>
    </message>
    <message>
        <source>The trace has only %1 steps, so there is no step %2. Was the script changed?</source>
        <translation>Der Ablauf hat nur %1 Schritte, also gibt es keinen Schritt %2. Wurde das Skript geändert?</translation>
    </message>
    <message>
        <source>Jump to step %1 and see what it did</source>
        <translation>Zu Schritt %1 springen und sehen, was er bewirkt hat</translation>
    </message>
</context>
<context>
    <name>cachetutor::LessonEditorDialog</name>
    <message>
        <source>Answer from: column</source>
        <translation>Antwort aus: Spalte</translation>
    </message>
    <message>
        <source>Save as Lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Lektionseditor</translation>
    </message>
    <message>
        <source>Lesson sections</source>
        <translation>Abschnitte der Lektion</translation>
    </message>
    <message>
        <source>my-lesson</source>
        <translation>meine-lektion</translation>
    </message>
    <message>
        <source>Lesson name</source>
        <translation>Name der Lektion</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and &apos;-&apos;: what --lesson takes; the file is saved as &lt;name&gt;.json</source>
        <translation>Kleinbuchstaben, Ziffern und &apos;-&apos;: das, was --lesson erwartet; die Datei wird als &lt;name&gt;.json gespeichert</translation>
    </message>
    <message>
        <source>Timeouts in Django&apos;s cache</source>
        <translation>Timeouts in Djangos Cache</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>Shown above the lesson and in the course outline</source>
        <translation>Wird über der Lektion und in der Kursübersicht angezeigt</translation>
    </message>
    <message>
        <source>~10 mins</source>
        <translation>~10 Min.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long the lesson takes, as the outline shows it</source>
        <translation>Wie lange die Lektion dauert, so wie die Übersicht es anzeigt</translation>
    </message>
    <message>
        <source>What the sample does, in a sentence or two</source>
        <translation>Was das Beispiel tut, in ein bis zwei Sätzen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>The playground&apos;s script: edit it there, then save the lesson again</source>
        <translation>Das Skript des Playgrounds: dort bearbeiten und die Lektion dann erneut speichern</translation>
    </message>
    <message>
        <source>Steps of the script</source>
        <translation>Schritte des Skripts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Scrip&amp;t:</source>
        <translation>S&amp;kript:</translation>
    </message>
    <message>
        <source>The lesson is the playground&apos;s script with the material below. Every answer is checked against the script&apos;s trace as you type.</source>
        <translation>Die Lektion besteht aus dem Skript des Playgrounds und dem Material unten. Jede Antwort wird schon beim Tippen mit dem Ablauf des Skripts abgeglichen.</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Lit by</source>
        <translation>Leuchtet bei</translation>
    </message>
    <message>
        <source>Concept flow</source>
        <translation>Konzeptfluss</translation>
    </message>
    <message>
        <source>Flow events separated by commas: start, cache.set, cache.get:hit, end</source>
        <translation>Flussereignisse, durch Kommas getrennt: start, cache.set, cache.get:hit, end</translation>
    </message>
    <message>
        <source>One box of the concept-flow diagram per row, top to bottom. It lights up at a step that gives one of its events, separated by commas: &lt;code&gt;start&lt;/code&gt;, &lt;code&gt;cache.set&lt;/code&gt;, &lt;code&gt;cache.get:hit&lt;/code&gt;, &lt;code&gt;cache.get:miss&lt;/code&gt;, &lt;code&gt;end&lt;/code&gt; …</source>
        <translation>Ein Kasten des Konzeptfluss-Diagramms pro Zeile, von oben nach unten. Er leuchtet bei einem Schritt auf, der eines seiner Ereignisse auslöst, durch Kommas getrennt: &lt;code&gt;start&lt;/code&gt;, &lt;code&gt;cache.set&lt;/code&gt;, &lt;code&gt;cache.get:hit&lt;/code&gt;, &lt;code&gt;cache.get:miss&lt;/code&gt;, &lt;code&gt;end&lt;/code&gt; …</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Concept &amp;Flow</source>
        <translation>Konzept&amp;fluss</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Schlüsselmomente</translation>
    </message>
    <message>
        <source>The steps it points at, separated by commas: 3, 4</source>
        <translation>Die Schritte, auf die sie sich bezieht, durch Kommas getrennt: 3, 4</translation>
    </message>
    <message>
        <source>Questions about the trace, with their answers and the steps they point at (separated by commas: &lt;code&gt;3, 4&lt;/code&gt;).</source>
        <translation>Fragen zum Ablauf, mit ihren Antworten und den Schritten, auf die sie sich beziehen (durch Kommas getrennt: &lt;code&gt;3, 4&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>&amp;Key Moments</source>
        <translation>Schlüssel&amp;momente</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Answer from: step</source>
        <translation>Antwort aus: Schritt</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>The options separated by &quot; | &quot;: None | &apos;Hello&apos; | Error</source>
        <translation>Die Optionen, getrennt durch &quot; | &quot;: None | &apos;Hello&apos; | Error</translation>
    </message>
    <message>
        <source>The letter of the right option: A is the first</source>
        <translation>Der Buchstabe der richtigen Option: A ist die erste</translation>
    </message>
    <message>
        <source>The execution-table column that holds the answer, so the answer key is checked against the trace</source>
        <translation>Die Spalte der Ausführungstabelle, die die Antwort enthält, damit der Lösungsschlüssel am Ablauf geprüft wird</translation>
    </message>
    <message>
        <source>The step whose cell holds the answer</source>
        <translation>Der Schritt, dessen Zelle die Antwort enthält</translation>
    </message>
    <message>
        <source>Choice questions: the options separated by “ | ”, the right one&apos;s letter, and where the execution table holds the answer (a column and a step), so that the answer key is computed from the trace. Predict and what-if questions are kept as the lesson has them.</source>
        <translation>Auswahlfragen: die Optionen, getrennt durch „ | “, der Buchstabe der richtigen und wo die Ausführungstabelle die Antwort enthält (eine Spalte und ein Schritt), damit der Lösungsschlüssel aus dem Ablauf berechnet wird. Vorhersage- und Was-wäre-wenn-Fragen bleiben so, wie die Lektion sie hat.</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>One bullet per line</source>
        <translation>Ein Stichpunkt pro Zeile</translation>
    </message>
    <message>
        <source>Concept snapshot</source>
        <translation>Konzeptübersicht</translation>
    </message>
    <message>
        <source>The concept snapshot&apos;s bullets, one per line</source>
        <translation>Die Stichpunkte der Konzeptübersicht, einer pro Zeile</translation>
    </message>
    <message>
        <source>A written transcript or introduction (optional)</source>
        <translation>Ein schriftliches Protokoll oder eine Einführung (optional)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>A written transcript or introduction</source>
        <translation>Ein schriftliches Protokoll oder eine Einführung</translation>
    </message>
    <message>
        <source>Where the material differs from Django (optional)</source>
        <translation>Wo das Material von Django abweicht (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Where the published material differs from Django, in one short note</source>
        <translation>Wo das veröffentlichte Material von Django abweicht, in einer kurzen Anmerkung</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Übersicht:</translation>
    </message>
    <message>
        <source>T&amp;ranscript:</source>
        <translation>Pr&amp;otokoll:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Anmerkun&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Snapshot &amp;&amp; Transcript</source>
        <translation>Übersicht &amp;&amp; P&amp;rotokoll</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes for you, not for the class: presentation mode shows a step&apos;s note when the lesson reaches it (“Pause here: ask the class what cache.get will return”).</source>
        <translation>Notizen für dich, nicht für die Klasse: Der Präsentationsmodus zeigt die Notiz eines Schritts, wenn die Lektion ihn erreicht („Hier anhalten: die Klasse fragen, was cache.get zurückgibt“).</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Check against the trace</source>
        <translation>Mit dem Ablauf abgleichen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Double-click a problem to go to it</source>
        <translation>Doppelklick auf ein Problem springt zu ihm</translation>
    </message>
    <message>
        <source>&amp;Save Lesson…</source>
        <translation>Lektion &amp;speichern…</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Write the lesson file; enabled when every answer agrees with the trace</source>
        <translation>Die Lektionsdatei schreiben; möglich, sobald jede Antwort zum Ablauf passt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Am Ende eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
    <message>
        <source>The playground has no script yet.</source>
        <translation>Der Playground hat noch kein Skript.</translation>
    </message>
    <message>
        <source>The script does not run, so nothing can be checked against its trace.</source>
        <translation>Das Skript läuft nicht, daher lässt sich nichts mit seinem Ablauf abgleichen.</translation>
    </message>
    <message>
        <source>The script runs in %1 steps: the steps this lesson names are 1 to %1.</source>
        <translation>Das Skript läuft in %1 Schritten: Die Schritte, die diese Lektion nennt, reichen von 1 bis %1.</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(berechnet)</translation>
    </message>
    <message>
        <source>(typed answer)</source>
        <translation>(eingegebene Antwort)</translation>
    </message>
    <message>
        <source>A predict question: kept as the lesson has it</source>
        <translation>Eine Vorhersagefrage: bleibt, wie die Lektion sie hat</translation>
    </message>
    <message>
        <source>A what-if question: kept as the lesson has it</source>
        <translation>Eine Was-wäre-wenn-Frage: bleibt, wie die Lektion sie hat</translation>
    </message>
    <message>
        <source>An answer source the table cannot show: kept as the lesson has it</source>
        <translation>Eine Antwortquelle, die die Tabelle nicht zeigen kann: bleibt, wie die Lektion sie hat</translation>
    </message>
    <message>
        <source>predict</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>expected step numbers separated by commas, like 3, 4; got %1</source>
        <translation>durch Kommas getrennte Schrittnummern erwartet, etwa 3, 4; erhalten: %1</translation>
    </message>
    <message>
        <source>expected the letter of the right option (A is the first), got %1</source>
        <translation>den Buchstaben der richtigen Option erwartet (A ist die erste), erhalten: %1</translation>
    </message>
    <message>
        <source>expected the column that holds the answer at step %1</source>
        <translation>die Spalte erwartet, die bei Schritt %1 die Antwort enthält</translation>
    </message>
    <message>
        <source>expected the step whose %1 holds the answer, got %2</source>
        <translation>den Schritt erwartet, dessen Spalte %1 die Antwort enthält, erhalten: %2</translation>
    </message>
    <message>
        <source>expected a step number, got %1</source>
        <translation>Schrittnummer erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Every answer agrees with the trace&lt;/b&gt;</source>
        <translation>&lt;b&gt;✔ Jede Antwort passt zum Ablauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ %1&lt;/b&gt;: the lesson can be saved once every answer agrees with the trace.</source>
        <translation>&lt;b&gt;✘ %1&lt;/b&gt;: Die Lektion lässt sich speichern, sobald jede Antwort zum Ablauf passt.</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>CacheTutor lessons (*.json)</source>
        <translation>CacheTutor-Lektionen (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>cachetutor::MainWindow</name>
    <message>
        <source>CacheTutor</source>
        <translation>CacheTutor</translation>
    </message>
    <message>
        <source>Tracing: %1 steps</source>
        <translation>Ablauf wird aufgezeichnet: %1 Schritte</translation>
    </message>
    <message>
        <source>Line %1 never runs in this trace</source>
        <translation>Zeile %1 läuft in diesem Ablauf nie</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;▶&amp;nbsp;&lt;/span&gt; just ran &amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;➜&amp;nbsp;&lt;/span&gt; runs next &amp;nbsp;&amp;nbsp; ● breakpoint (click the gutter)</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;▶&amp;nbsp;&lt;/span&gt; gerade ausgeführt &amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;➜&amp;nbsp;&lt;/span&gt; als Nächstes &amp;nbsp;&amp;nbsp; ● Haltepunkt (Randleiste anklicken)</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>Live cache state</source>
        <translation>Aktueller Cache-Zustand</translation>
    </message>
    <message>
        <source>Clock, hits and misses</source>
        <translation>Uhr, Treffer und Fehltreffer</translation>
    </message>
    <message>
        <source>Live cache title</source>
        <translation>Titel des Live-Caches</translation>
    </message>
    <message>
        <source>Execution table</source>
        <translation>Ausführungstabelle</translation>
    </message>
    <message>
        <source>Variable tracker</source>
        <translation>Variablenverlauf</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your learning style&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wähle deinen Lernstil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Learning styles</source>
        <translation>Lernstile</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>Zu einem beliebigen Schritt ziehen</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Step 0000000 of 0000000</source>
        <translation>Schritt 0000000 von 0000000</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>Schritte pro Sekunde beim Abspielen</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <source>Tracing progress</source>
        <translation>Fortschritt der Aufzeichnung</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>Go back to the start, before the first step</source>
        <translation>Zurück zum Anfang, vor den ersten Schritt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Die Schritte nacheinander abspielen</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Run the next step</source>
        <translation>Den nächsten Schritt ausführen</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation>Zum letzten Schritt gehen</translation>
    </message>
    <message>
        <source>&amp;Open Script...</source>
        <translation>Skript ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a Python script and trace it</source>
        <translation>Ein Python-Skript öffnen und seinen Ablauf aufzeichnen</translation>
    </message>
    <message>
        <source>Open &amp;Lesson...</source>
        <translation>&amp;Lektion öffnen...</translation>
    </message>
    <message>
        <source>Open a lesson file (.json) and check it against the engine</source>
        <translation>Eine Lektionsdatei (.json) öffnen und mit der Engine prüfen</translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder...</source>
        <translation>Lektions&amp;ordner öffnen...</translation>
    </message>
    <message>
        <source>Add every lesson of a folder to the course outline</source>
        <translation>Alle Lektionen eines Ordners zur Kursübersicht hinzufügen</translation>
    </message>
    <message>
        <source>Reset &amp;Progress...</source>
        <translation>&amp;Fortschritt zurücksetzen...</translation>
    </message>
    <message>
        <source>Forget every answer and step saved for every lesson</source>
        <translation>Alle gespeicherten Antworten und Schritte aller Lektionen vergessen</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>Forget every saved answer in every lesson?</source>
        <translation>Alle gespeicherten Antworten in allen Lektionen vergessen?</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Step</source>
        <translation>Lin&amp;k zum Schritt kopieren</translation>
    </message>
    <message>
        <source>Put the command that opens this step on the clipboard, to share it</source>
        <translation>Den Befehl, der diesen Schritt öffnet, in die Zwischenablage legen, um ihn zu teilen</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Druckvorschau...</translation>
    </message>
    <message>
        <source>See the lesson handout as it prints, then print it</source>
        <translation>Das Handout zur Lektion so sehen, wie es gedruckt wird, und dann drucken</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>Skript &amp;speichern</translation>
    </message>
    <message>
        <source>Save the script in the code view</source>
        <translation>Das Skript in der Codeansicht speichern</translation>
    </message>
    <message>
        <source>Save Script &amp;As...</source>
        <translation>Skript speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Save the script under a new name</source>
        <translation>Das Skript unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit CacheTutor</source>
        <translation>CacheTutor beenden</translation>
    </message>
    <message>
        <source>&amp;Edit Script</source>
        <translation>Skript &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Type or paste your own script, then run it</source>
        <translation>Eigenes Skript eintippen oder einfügen und dann ausführen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Trace the script in the code view again</source>
        <translation>Den Ablauf des Skripts in der Codeansicht neu aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Ausführung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop tracing a long script and keep the last good trace</source>
        <translation>Die Aufzeichnung eines langen Skripts stoppen und den letzten gültigen Ablauf behalten</translation>
    </message>
    <message>
        <source>&amp;Backend Options...</source>
        <translation>Backend-&amp;Optionen...</translation>
    </message>
    <message>
        <source>MAX_ENTRIES, CULL_FREQUENCY, KEY_PREFIX, VERSION and TIMEOUT of the cache</source>
        <translation>MAX_ENTRIES, CULL_FREQUENCY, KEY_PREFIX, VERSION und TIMEOUT des Caches</translation>
    </message>
    <message>
        <source>Show &amp;Future Steps</source>
        <translation>&amp;Zukünftige Schritte zeigen</translation>
    </message>
    <message>
        <source>Show the rows of steps that have not run yet, greyed</source>
        <translation>Die Zeilen noch nicht ausgeführter Schritte ausgegraut zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>Größere Schrift in allen Bereichen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>Kleinere Schrift in allen Bereichen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Schrift in normaler Größe</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large text and only the panels you pick, for teaching a class</source>
        <translation>Vollbild, große Schrift und nur die gewählten Bereiche – für den Unterricht</translation>
    </message>
    <message>
        <source>Learning Styles List</source>
        <translation>Liste der Lernstile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Live Cache</source>
        <translation>Live-Cache</translation>
    </message>
    <message>
        <source>Execution Table, Tracker and Console</source>
        <translation>Ausführungstabelle, Variablenverlauf und Konsole</translation>
    </message>
    <message>
        <source>Playback Toolbar</source>
        <translation>Wiedergabeleiste</translation>
    </message>
    <message>
        <source>Show this panel in presentation mode</source>
        <translation>Diesen Bereich im Präsentationsmodus zeigen</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Farben: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About CacheTutor</source>
        <translation>Ü&amp;ber CacheTutor</translation>
    </message>
    <message>
        <source>What CacheTutor is</source>
        <translation>Was CacheTutor ist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Execution &amp;Table (CSV or Markdown)...</source>
        <translation>&amp;Ausführungstabelle (CSV oder Markdown)...</translation>
    </message>
    <message>
        <source>&amp;Variable Tracker (CSV or Markdown)...</source>
        <translation>&amp;Variablenverlauf (CSV oder Markdown)...</translation>
    </message>
    <message>
        <source>&amp;Lesson Handout (HTML or PDF)...</source>
        <translation>&amp;Handout zur Lektion (HTML oder PDF)...</translation>
    </message>
    <message>
        <source>Current &amp;View (PNG)...</source>
        <translation>Aktuelle A&amp;nsicht (PNG)...</translation>
    </message>
    <message>
        <source>Write a file for handouts and slides</source>
        <translation>Eine Datei für Handouts und Folien schreiben</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Skript</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Show CacheTutor in this language from the next start</source>
        <translation>CacheTutor ab dem nächsten Start in dieser Sprache anzeigen</translation>
    </message>
    <message>
        <source>The language changes when CacheTutor starts again</source>
        <translation>Die Sprache wechselt beim nächsten Start von CacheTutor</translation>
    </message>
    <message>
        <source>Presentation &amp;Panels</source>
        <translation>Präsentations&amp;bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Execution Table</source>
        <translation>Ausführungstabelle</translation>
    </message>
    <message>
        <source>Variable Tracker</source>
        <translation>Variablenverlauf</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The script&apos;s options comment is wrong: %1</source>
        <translation>Der Optionskommentar des Skripts ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>Tracing...</source>
        <translation>Ablauf wird aufgezeichnet …</translation>
    </message>
    <message>
        <source>The script could not be traced (out of memory?); the views keep the last trace</source>
        <translation>Der Ablauf des Skripts konnte nicht aufgezeichnet werden (zu wenig Speicher?); die Ansichten behalten den letzten Ablauf</translation>
    </message>
    <message>
        <source>This script cannot run: %1</source>
        <translation>Dieses Skript kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Not run: line %1: %2</source>
        <translation>Nicht ausgeführt: Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n steps; the views keep the last trace</source>
        <translation>
            <numerusform>Nach %n Schritt abgebrochen; die Ansichten behalten den letzten Ablauf</numerusform>
            <numerusform>Nach %n Schritten abgebrochen; die Ansichten behalten den letzten Ablauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Traced %n steps</source>
        <translation>
            <numerusform>%n Schritt aufgezeichnet</numerusform>
            <numerusform>%n Schritte aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Traced %1 steps; stopped by %2</source>
        <translation>%1 Schritte aufgezeichnet; angehalten durch %2</translation>
    </message>
    <message>
        <source>%1: no lesson here loads</source>
        <translation>%1: Hier lässt sich keine Lektion laden</translation>
    </message>
    <message numerus="yes">
        <source>Added %n lesson file(s) from %1</source>
        <translation>
            <numerusform>%n Lektionsdatei aus %1 hinzugefügt</numerusform>
            <numerusform>%n Lektionsdateien aus %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson not opened: %1</source>
        <translation>Lektion nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>%1 kann nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Lektionsordner öffnen</translation>
    </message>
    <message>
        <source>CacheTutor lessons (*.json);;All files (*)</source>
        <translation>CacheTutor-Lektionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Progress not saved: %1</source>
        <translation>Fortschritt nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The changed script cannot run: %1</source>
        <translation>Das geänderte Skript kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>There is no trace to export yet</source>
        <translation>Es gibt noch keinen Ablauf zum Exportieren</translation>
    </message>
    <message>
        <source>%1: the view exports as .png</source>
        <translation>%1: Die Ansicht wird als .png exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the lesson exports as .html or .pdf</source>
        <translation>%1: Die Lektion wird als .html oder .pdf exportiert</translation>
    </message>
    <message>
        <source>%1: the tables export as .csv or .md</source>
        <translation>%1: Die Tabellen werden als .csv oder .md exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>Skript öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a script</source>
        <translation>%1 kann nicht geöffnet werden: Das ist ein Ordner, kein Skript</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB; scripts can be up to %3 MB</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei hat %2 MB; Skripte dürfen höchstens %3 MB groß sein</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a text file (byte %2 is a NUL byte); a script is Python source saved as UTF-8</source>
        <translation>%1 kann nicht geöffnet werden: Das ist keine Textdatei (Byte %2 ist ein NUL-Byte); ein Skript ist als UTF-8 gespeicherter Python-Quelltext</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text (byte %2, 0x%3, is not valid UTF-8); save it as UTF-8 and open it again</source>
        <translation>%1 kann nicht geöffnet werden: Das ist kein UTF-8-Text (Byte %2, 0x%3, ist kein gültiges UTF-8); speichere die Datei als UTF-8 und öffne sie erneut</translation>
    </message>
    <message>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python-Skripte (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2
Your script is still here; try another place.</source>
        <translation>%1 kann nicht gespeichert werden: %2
Dein Skript ist noch da; versuche es an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Could not autosave to %1: %2</source>
        <translation>Automatisches Speichern nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Restored the unsaved script from your last session</source>
        <translation>Das ungespeicherte Skript aus deiner letzten Sitzung wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>Start: nothing has run yet. Press → to run line %1.</source>
        <translation>Start: Noch ist nichts gelaufen. Drücke →, um Zeile %1 auszuführen.</translation>
    </message>
    <message>
        <source>This script has no steps.</source>
        <translation>Dieses Skript hat keine Schritte.</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Schritt %1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live cache&lt;/b&gt;: empty — nothing is stored after this step</source>
        <translation>&lt;b&gt;Live-Cache&lt;/b&gt;: leer – nach diesem Schritt ist nichts gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live cache&lt;/b&gt; (least recently used first)</source>
        <translation>&lt;b&gt;Live-Cache&lt;/b&gt; (am längsten nicht benutzte zuerst)</translation>
    </message>
    <message>
        <source>Clock: %1 s   Hits: %2   Misses: %3</source>
        <translation>Uhr: %1 s   Treffer: %2   Fehltreffer: %3</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>This step: hit — the stored value is %1</source>
        <translation>Dieser Schritt: Treffer – der gespeicherte Wert ist %1</translation>
    </message>
    <message>
        <source>This step: miss — cache.get returned the default %1</source>
        <translation>Dieser Schritt: Fehltreffer – cache.get hat den Standardwert %1 zurückgegeben</translation>
    </message>
    <message numerus="yes">
        <source>Start (%n steps)</source>
        <translation>
            <numerusform>Start (%n Schritt)</numerusform>
            <numerusform>Start (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About CacheTutor</source>
        <translation>Über CacheTutor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CacheTutor %1&lt;/h3&gt;&lt;p&gt;Step through Django&apos;s low-level cache API (&lt;code&gt;from django.core.cache import cache&lt;/code&gt;) one statement at a time.&lt;/p&gt;&lt;p&gt;Every table, tracker and answer comes from running the script through an engine with Django&apos;s LocMemCache rules on a virtual clock.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CacheTutor %1&lt;/h3&gt;&lt;p&gt;Djangos Low-Level-Cache-API (&lt;code&gt;from django.core.cache import cache&lt;/code&gt;) Anweisung für Anweisung durchgehen.&lt;/p&gt;&lt;p&gt;Jede Tabelle, jeder Verlauf und jede Antwort entsteht, indem das Skript durch eine Engine mit den Regeln von Djangos LocMemCache auf einer virtuellen Uhr läuft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1%2 — CacheTutor</source>
        <translation>%1%2 — CacheTutor</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Notiz der Lehrkraft</translation>
    </message>
    <message>
        <source>Save as &amp;Lesson...</source>
        <translation>Als &amp;Lektion speichern...</translation>
    </message>
    <message>
        <source>Turn this script into a lesson file, checked against its trace as you edit</source>
        <translation>Aus diesem Skript eine Lektionsdatei machen, die beim Bearbeiten mit ihrem Ablauf abgeglichen wird</translation>
    </message>
    <message>
        <source>Save as Lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>The lesson was saved but could not be opened:
%1</source>
        <translation>Die Lektion wurde gespeichert, konnte aber nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Teacher&apos;s note: %1</source>
        <translation>Notiz der Lehrkraft: %1</translation>
    </message>
</context>
<context>
    <name>cachetutor::QuizView</name>
    <message>
        <source>Visual quiz</source>
        <translation>Visuelles Quiz</translation>
    </message>
    <message>
        <source>Quiz questions</source>
        <translation>Quizfragen</translation>
    </message>
    <message>
        <source>This script has no quiz.

Lessons from the course come with one: a few questions about what the trace did, with hints and instant feedback. Press Practice for questions generated from this trace.</source>
        <translation>Dieses Skript hat kein Quiz.

Lektionen aus dem Kurs bringen eines mit: ein paar Fragen dazu, was der Ablauf getan hat, mit Hinweisen und sofortiger Rückmeldung. Drücke Üben für Fragen, die aus diesem Ablauf erzeugt werden.</translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>Kein Quiz</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the quiz</source>
        <translation>Das Quiz zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every answer and start the quiz again</source>
        <translation>Alle Antworten löschen und das Quiz neu beginnen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Practice questions</source>
        <translation>Übungsfragen</translation>
    </message>
    <message>
        <source>Add fresh questions generated from this trace (they do not count toward the score)</source>
        <translation>Neue Fragen aus diesem Ablauf hinzufügen (sie zählen nicht zur Punktzahl)</translation>
    </message>
    <message>
        <source>Step %1 has not run yet: answer before you step on.</source>
        <translation>Schritt %1 ist noch nicht gelaufen: Antworte, bevor du weitergehst.</translation>
    </message>
    <message>
        <source>Step %1 has already run. Go back to step %2 to try it fresh.</source>
        <translation>Schritt %1 ist schon gelaufen. Geh zurück zu Schritt %2, um es unvoreingenommen zu versuchen.</translation>
    </message>
    <message>
        <source>Practice question %1</source>
        <translation>Übungsfrage %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Practice %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>What if line %1 were:  &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>Was wäre, wenn Zeile %1 so lautete:  &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Changed line</source>
        <translation>Geänderte Zeile</translation>
    </message>
    <message>
        <source>Whether the step has run</source>
        <translation>Ob der Schritt schon gelaufen ist</translation>
    </message>
    <message>
        <source>Go to Step %1</source>
        <translation>Zu Schritt %1</translation>
    </message>
    <message>
        <source>Go to the step before</source>
        <translation>Zum Schritt davor</translation>
    </message>
    <message>
        <source>Show the trace just before the step you are asked about</source>
        <translation>Den Ablauf direkt vor dem gefragten Schritt zeigen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>Type what it outputs, as Python shows it, e.g. &apos;Hello&apos; or None</source>
        <translation>Gib ein, was ausgegeben wird, so wie Python es zeigt, z. B. &apos;Hello&apos; oder None</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Give an answer, then check it</source>
        <translation>Gib eine Antwort und prüfe sie dann</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Show hint</source>
        <translation>Hinweis zeigen</translation>
    </message>
    <message>
        <source>Show a hint for this question and highlight the table cells it points at</source>
        <translation>Einen Hinweis zu dieser Frage zeigen und die Tabellenzellen hervorheben, auf die er zeigt</translation>
    </message>
    <message>
        <source>Show the Difference</source>
        <translation>Unterschied zeigen</translation>
    </message>
    <message>
        <source>Show the difference</source>
        <translation>Den Unterschied zeigen</translation>
    </message>
    <message>
        <source>Trace the changed script and show both execution tables side by side</source>
        <translation>Den Ablauf des geänderten Skripts aufzeichnen und beide Ausführungstabellen nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Show Me Step %1</source>
        <translation>Schritt %1 zeigen</translation>
    </message>
    <message>
        <source>Go to the step that proves it</source>
        <translation>Zu dem Schritt gehen, der es beweist</translation>
    </message>
    <message>
        <source>Go to the step whose row proves the answer</source>
        <translation>Zu dem Schritt gehen, dessen Zeile die Antwort beweist</translation>
    </message>
    <message>
        <source>✔ Correct</source>
        <translation>✔ Richtig</translation>
    </message>
    <message>
        <source>✘ Not quite — the answer is %1</source>
        <translation>✘ Nicht ganz – die Antwort ist %1</translation>
    </message>
    <message>
        <source>✘ Not quite — the answer is %1. %2</source>
        <translation>✘ Nicht ganz – die Antwort ist %1. %2</translation>
    </message>
    <message>
        <source>Hide hint</source>
        <translation>Hinweis verbergen</translation>
    </message>
    <message>
        <source>No quiz for this script: try Practice</source>
        <translation>Kein Quiz für dieses Skript: Probier Üben</translation>
    </message>
    <message>
        <source>Score: %1 of %2 answered correctly</source>
        <translation>Punkte: %1 von %2 richtig beantwortet</translation>
    </message>
</context>
<context>
    <name>cachetutor::SnapshotView</name>
    <message>
        <source>Concept snapshot</source>
        <translation>Konzeptübersicht</translation>
    </message>
    <message>
        <source>Key ideas</source>
        <translation>Kernideen</translation>
    </message>
    <message>
        <source>Note on this lesson</source>
        <translation>Anmerkung zu dieser Lektion</translation>
    </message>
    <message>
        <source>Where the course material differs from what Django does</source>
        <translation>Wo das Kursmaterial von dem abweicht, was Django tut</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Concept Snapshot</source>
        <translation>Konzeptübersicht</translation>
    </message>
    <message>
        <source>This script has no concept snapshot.</source>
        <translation>Dieses Skript hat keine Konzeptübersicht.</translation>
    </message>
    <message>
        <source>Lessons from the course sum up their key ideas here, in a few large bullets a teacher can put on the projector.</source>
        <translation>Lektionen aus dem Kurs fassen hier ihre Kernideen zusammen, in wenigen großen Stichpunkten, die eine Lehrkraft an die Wand projizieren kann.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
</context>
<context>
    <name>cachetutor::TimelineSlider</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>Zu einem beliebigen Schritt ziehen</translation>
    </message>
    <message>
        <source>Drag to any step; red dots mark breakpoints, orange triangles errors</source>
        <translation>Zu einem beliebigen Schritt ziehen; rote Punkte markieren Haltepunkte, orange Dreiecke Fehler</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>breakpoint</source>
        <translation>Haltepunkt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Step %1 — %2</source>
        <translation>Schritt %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n breakpoints</source>
        <translation>
            <numerusform>%n Haltepunkt</numerusform>
            <numerusform>%n Haltepunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cachetutor::TranscriptView</name>
    <message>
        <source>Full transcript</source>
        <translation>Gesamtprotokoll</translation>
    </message>
    <message>
        <source>Click a step number to go to that step</source>
        <translation>Auf eine Schrittnummer klicken, um zu diesem Schritt zu gehen</translation>
    </message>
    <message>
        <source>Written transcript</source>
        <translation>Schriftliches Protokoll</translation>
    </message>
    <message>
        <source>This script has no written transcript. Lessons from the course come with one; below is what each step did, as CacheTutor tells it.</source>
        <translation>Dieses Skript hat kein schriftliches Protokoll. Lektionen aus dem Kurs bringen eines mit; unten steht, was jeder Schritt getan hat, erzählt von CacheTutor.</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Run the script to see what every step does.</source>
        <translation>Führe das Skript aus, um zu sehen, was jeder Schritt tut.</translation>
    </message>
    <message>
        <source>The script ran no steps.</source>
        <translation>Das Skript hat keine Schritte ausgeführt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 steps.</source>
        <translation>Die ersten %1 von %2 Schritten werden gezeigt.</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Zu Schritt %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source> (line %1): %2</source>
        <translation> (Zeile %1): %2</translation>
    </message>
    <message>
        <source>… %1 more steps are not shown here; the timeline and the execution table have them all.</source>
        <translation>… %1 weitere Schritte werden hier nicht gezeigt; die Zeitleiste und die Ausführungstabelle enthalten alle.</translation>
    </message>
</context>
<context>
    <name>cachetutor::VariableTrackerModel</name>
    <message>
        <source>N/A</source>
        <translation>–</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>After Step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <source>cache contents</source>
        <translation>Cache-Inhalt</translation>
    </message>
</context>
<context>
    <name>cachetutor::WhatIfDialog</name>
    <message>
        <source>What If — %1</source>
        <translation>Was wäre, wenn – %1</translation>
    </message>
    <message>
        <source>step %1 %2: %3 → %4</source>
        <translation>Schritt %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nothing in the execution table changes.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;In der Ausführungstabelle ändert sich nichts.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n cell(s) change (marked ≠): %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n Zelle ändert sich (mit ≠ markiert): %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n Zellen ändern sich (mit ≠ markiert): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The lesson&apos;s script&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Skript der Lektion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Execution table of the lesson&apos;s script</source>
        <translation>Ausführungstabelle des Skripts der Lektion</translation>
    </message>
    <message>
        <source>&lt;b&gt;With the change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mit der Änderung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Execution table of the changed script</source>
        <translation>Ausführungstabelle des geänderten Skripts</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Step through Django&apos;s low-level cache API</source>
        <translation>Djangos Low-Level-Cache-API Schritt für Schritt durchgehen</translation>
    </message>
    <message>
        <source>A Python script to trace (default: the first lesson)</source>
        <translation>Ein Python-Skript, dessen Ablauf aufgezeichnet wird (Standard: die erste Lektion)</translation>
    </message>
    <message>
        <source>Show the trace after step N (0 = Start)</source>
        <translation>Den Ablauf nach Schritt N zeigen (0 = Start)</translation>
    </message>
    <message>
        <source>Open a lesson file, or a shipped lesson by name (cachetutor-trace --list-lessons)</source>
        <translation>Eine Lektionsdatei öffnen oder eine mitgelieferte Lektion über ihren Namen (cachetutor-trace --list-lessons)</translation>
    </message>
    <message>
        <source>Learning style by name or number: %1</source>
        <translation>Lernstil nach Name oder Nummer: %1</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large text</source>
        <translation>Im Präsentationsmodus starten: Vollbild, große Schrift</translation>
    </message>
    <message>
        <source>Render the window to FILE.png and exit</source>
        <translation>Das Fenster als FILE.png speichern und beenden</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800</source>
        <translation>Fenstergröße, z. B. 1280x800</translation>
    </message>
    <message>
        <source>Write the execution table to FILE (.csv or .md) and exit</source>
        <translation>Die Ausführungstabelle in FILE (.csv oder .md) schreiben und beenden</translation>
    </message>
    <message>
        <source>Write the variable tracker to FILE (.csv or .md) and exit</source>
        <translation>Den Variablenverlauf in FILE (.csv oder .md) schreiben und beenden</translation>
    </message>
    <message>
        <source>Write the lesson handout to FILE (.html or .pdf) and exit</source>
        <translation>Das Handout zur Lektion in FILE (.html oder .pdf) schreiben und beenden</translation>
    </message>
    <message>
        <source>Show CacheTutor in this language: en, de or es</source>
        <translation>CacheTutor in dieser Sprache anzeigen: en, de oder es</translation>
    </message>
</context>
</TS>
