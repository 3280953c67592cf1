<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ExecutionTable</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value Stored/Retrieved</source>
        <translation>Valor guardado/leído</translation>
    </message>
    <message>
        <source>Cache State</source>
        <translation>Estado de la caché</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>LearningMode</name>
    <message>
        <source>Step-by-Step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Concept Flow</source>
        <translation>Flujo del concepto</translation>
    </message>
    <message>
        <source>Execution Sample</source>
        <translation>Ejemplo comentado</translation>
    </message>
    <message>
        <source>Execution Table</source>
        <translation>Tabla de ejecución</translation>
    </message>
    <message>
        <source>Variable Tracker</source>
        <translation>Seguimiento de variables</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>Momentos clave</translation>
    </message>
    <message>
        <source>Visual Quiz</source>
        <translation>Cuestionario visual</translation>
    </message>
    <message>
        <source>Concept Snapshot</source>
        <translation>Resumen del concepto</translation>
    </message>
    <message>
        <source>Full Transcript</source>
        <translation>Transcripción completa</translation>
    </message>
    <message>
        <source>Code, execution table, live cache and playback together</source>
        <translation>Código, tabla de ejecución, caché en vivo y reproducción juntos</translation>
    </message>
    <message>
        <source>A diagram of the flow whose current step lights up</source>
        <translation>Un diagrama del flujo en el que se ilumina el paso actual</translation>
    </message>
    <message>
        <source>The code and what each line does</source>
        <translation>El código y lo que hace cada línea</translation>
    </message>
    <message>
        <source>One row per step: action, key, value, cache state, output</source>
        <translation>Una fila por paso: acción, clave, valor, estado de la caché, salida</translation>
    </message>
    <message>
        <source>Every variable and the cache after each step</source>
        <translation>Cada variable y la caché después de cada paso</translation>
    </message>
    <message>
        <source>The moments of the trace worth stopping at, with answers</source>
        <translation>Los momentos de la traza en los que conviene detenerse, con respuestas</translation>
    </message>
    <message>
        <source>Questions about the trace, with hints</source>
        <translation>Preguntas sobre la traza, con pistas</translation>
    </message>
    <message>
        <source>The concept in a few bullets</source>
        <translation>El concepto en unas pocas viñetas</translation>
    </message>
    <message>
        <source>The whole story of the trace, step by step</source>
        <translation>Toda la historia de la traza, paso a paso</translation>
    </message>
</context>
<context>
    <name>LessonChecker</name>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>the %1 of step %2 is %3</source>
        <translation>%1 del paso %2 es %3</translation>
    </message>
    <message>
        <source>the %1 first reads %2 at %3</source>
        <translation>%1 muestra %2 por primera vez en %3</translation>
    </message>
    <message>
        <source>%1 after step %2 is %3</source>
        <translation>%1 después del paso %2 es %3</translation>
    </message>
    <message>
        <source>not supported in CacheTutor: %1</source>
        <translation>no compatible con CacheTutor: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>step %1 is beyond the trace, which has %2 steps</source>
        <translation>el paso %1 está fuera de la traza, que tiene %2 pasos</translation>
    </message>
    <message>
        <source>the changed script does not run: %1</source>
        <translation>el script modificado no se ejecuta: %1</translation>
    </message>
    <message>
        <source>step %1 %2 does not change (%3)</source>
        <translation>el paso %1 %2 no cambia (%3)</translation>
    </message>
    <message>
        <source>step %1 %2 changes (%3 → %4) but is not listed</source>
        <translation>el paso %1 %2 cambia (%3 → %4) pero no aparece en la lista</translation>
    </message>
    <message>
        <source>no step&apos;s %1 reads %2</source>
        <translation>en ningún paso %1 muestra %2</translation>
    </message>
    <message>
        <source>the computed answer is none of the options: %1</source>
        <translation>la respuesta calculada no es ninguna de las opciones: %1</translation>
    </message>
    <message>
        <source>the answer %1 (%2) disagrees with the trace: %3</source>
        <translation>la respuesta %1 (%2) no coincide con la traza: %3</translation>
    </message>
    <message>
        <source>does not run: %1</source>
        <translation>no se ejecuta: %1</translation>
    </message>
    <message>
        <source>%1 of step %2</source>
        <translation>%1 del paso %2</translation>
    </message>
    <message>
        <source>first step whose %1 reads %2</source>
        <translation>primer paso en el que %1 muestra %2</translation>
    </message>
    <message>
        <source>%1 after step %2</source>
        <translation>%1 después del paso %2</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>After Step %1</source>
        <translation>Tras el paso %1</translation>
    </message>
    <message>
        <source>cache contents</source>
        <translation>contenido de la caché</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Execution Table</source>
        <translation>Tabla de ejecución</translation>
    </message>
    <message>
        <source>One row per step</source>
        <translation>Una fila por paso</translation>
    </message>
    <message>
        <source>The tables show the first %1 of %2 steps.</source>
        <translation>Las tablas muestran los primeros %1 de %2 pasos.</translation>
    </message>
    <message>
        <source>Variable Tracker</source>
        <translation>Seguimiento de variables</translation>
    </message>
    <message>
        <source>Each variable after each step</source>
        <translation>Cada variable después de cada paso</translation>
    </message>
    <message>
        <source>Concept Flow</source>
        <translation>Flujo del concepto</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>Momentos clave</translation>
    </message>
    <message>
        <source>steps %1</source>
        <translation>pasos %1</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>What if line %1 were:</source>
        <translation>¿Y si la línea %1 fuera:</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Tu respuesta:</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Pista: %1</translation>
    </message>
    <message>
        <source>Concept Snapshot</source>
        <translation>Resumen del concepto</translation>
    </message>
    <message>
        <source>Full Transcript</source>
        <translation>Transcripción completa</translation>
    </message>
    <message>
        <source>Answer Sheet</source>
        <translation>Hoja de respuestas</translation>
    </message>
    <message>
        <source>computed from the trace: %1</source>
        <translation>calculada a partir de la traza: %1</translation>
    </message>
    <message>
        <source>the changed cells checked against a trace of the changed script</source>
        <translation>las celdas que cambian, comprobadas con una traza del script modificado</translation>
    </message>
    <message>
        <source>as written in the lesson</source>
        <translation>tal como figura en la lección</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected a non-empty string, got &quot;&quot;</source>
        <translation>se esperaba una cadena no vacía, se encontró &quot;&quot;</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un array, se encontró %1</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>falta el campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>expected a line of text, got %1</source>
        <translation>se esperaba una línea de texto, se encontró %1</translation>
    </message>
    <message>
        <source>expected one line, got a line break in %1</source>
        <translation>se esperaba una sola línea, pero %1 contiene un salto de línea</translation>
    </message>
    <message>
        <source>expected a string or an array of lines, got %1</source>
        <translation>se esperaba una cadena o un array de líneas, se encontró %1</translation>
    </message>
    <message>
        <source>expected a non-empty script</source>
        <translation>se esperaba un script no vacío</translation>
    </message>
    <message>
        <source>expected a number of seconds or null, got %1</source>
        <translation>se esperaba un número de segundos o null, se encontró %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>se esperaba un entero, se encontró %1</translation>
    </message>
    <message>
        <source>unknown flow event %1</source>
        <translation>evento de flujo desconocido %1</translation>
    </message>
    <message>
        <source>expected a step number of at least 1, got %1</source>
        <translation>se esperaba un número de paso de al menos 1, se encontró %1</translation>
    </message>
    <message>
        <source>expected a step number of at most %1, got %2</source>
        <translation>se esperaba un número de paso de como máximo %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected a column of the execution table (%1), got %2</source>
        <translation>se esperaba una columna de la tabla de ejecución (%1), se encontró %2</translation>
    </message>
    <message>
        <source>expected &quot;choice&quot;, &quot;predict&quot; or &quot;what-if&quot;, got %1</source>
        <translation>se esperaba &quot;choice&quot;, &quot;predict&quot; o &quot;what-if&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected &quot;column&quot;, &quot;steps&quot; or both</source>
        <translation>se esperaba &quot;column&quot;, &quot;steps&quot; o ambos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;cell&quot;, &quot;firstStep&quot; or &quot;variable&quot;, got %1</source>
        <translation>se esperaba exactamente uno de &quot;cell&quot;, &quot;firstStep&quot; o &quot;variable&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected a line of the script, 1 to %1, got %2</source>
        <translation>se esperaba una línea del script, de 1 a %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected a line number of at least 1, got %1</source>
        <translation>se esperaba un número de línea de al menos 1, se encontró %1</translation>
    </message>
    <message>
        <source>expected a column other than &quot;Step&quot;, which only numbers the rows</source>
        <translation>se esperaba una columna distinta de &quot;Step&quot;, que solo numera las filas</translation>
    </message>
    <message>
        <source>expected no &quot;%1&quot; in a &quot;%2&quot; question</source>
        <translation>no se esperaba &quot;%1&quot; en una pregunta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected at least 2 options, got %1</source>
        <translation>se esperaban al menos 2 opciones, se encontraron %1</translation>
    </message>
    <message>
        <source>expected at most %1 options (A–Z), got %2</source>
        <translation>se esperaban como máximo %1 opciones (A–Z), se encontraron %2</translation>
    </message>
    <message>
        <source>expected no &quot;answer&quot; in a &quot;predict&quot; question: the answer is computed from &quot;answerFrom&quot;</source>
        <translation>no se esperaba &quot;answer&quot; en una pregunta &quot;predict&quot;: la respuesta se calcula a partir de &quot;answerFrom&quot;</translation>
    </message>
    <message>
        <source>expected a letter A–%1 naming one of the %2 options, got %3</source>
        <translation>se esperaba una letra A–%1 que indique una de las %2 opciones, se encontró %3</translation>
    </message>
    <message>
        <source>expected a letter naming one of the options, got %1</source>
        <translation>se esperaba una letra que indique una de las opciones, se encontró %1</translation>
    </message>
    <message>
        <source>expected {&quot;cell&quot;: COLUMN, &quot;step&quot;: N} in a &quot;predict&quot; question: what a step outputs or stores</source>
        <translation>se esperaba {&quot;cell&quot;: COLUMN, &quot;step&quot;: N} en una pregunta &quot;predict&quot;: lo que un paso muestra o guarda</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got %2</source>
        <translation>se esperaba &quot;%1&quot;, se encontró %2</translation>
    </message>
    <message>
        <source>this CacheTutor reads lesson format version %1, the file says %2</source>
        <translation>este CacheTutor lee la versión %1 del formato de lecciones y el archivo indica la %2</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and &apos;-&apos; only, got %1</source>
        <translation>se esperaban solo minúsculas, dígitos y &apos;-&apos;, se encontró %1</translation>
    </message>
    <message>
        <source>too large: %1 bytes, the limit is %2 MB</source>
        <translation>demasiado grande: %1 bytes, el límite es %2 MB</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>not a lesson: a lesson file is JSON starting with &apos;{&apos; (see docs/lesson-format.md)</source>
        <translation>no es una lección: un archivo de lección es JSON y empieza por &apos;{&apos; (ver docs/lesson-format.md)</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: JSON no válido: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>se esperaba un objeto JSON en el nivel superior, se encontró %1</translation>
    </message>
    <message>
        <source>cannot read: it is a folder, not a file</source>
        <translation>no se puede leer: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>expected one entry per %1 of the lesson: %2, got %3</source>
        <translation>se esperaba una entrada por cada %1 de la lección: %2, se encontraron %3</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;de&quot; or &quot;pt_BR&quot;, got %1</source>
        <translation>se esperaba un código de idioma como &quot;de&quot; o &quot;pt_BR&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>concept-flow node</source>
        <translation>nodo del flujo de conceptos</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>momento clave</translation>
    </message>
    <message>
        <source>quiz question</source>
        <translation>pregunta del cuestionario</translation>
    </message>
    <message>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>snapshot bullet</source>
        <translation>punto del resumen del concepto</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
</context>
<context>
    <name>Narrator</name>
    <message>
        <source> second</source>
        <translation> segundo</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>for the default %1</source>
        <translation>durante el tiempo por defecto de %1</translation>
    </message>
    <message>
        <source>with no expiry (the default timeout is None)</source>
        <translation>sin caducidad (el timeout por defecto es None)</translation>
    </message>
    <message>
        <source>with no expiry (timeout=None)</source>
        <translation>sin caducidad (timeout=None)</translation>
    </message>
    <message>
        <source>already expired (a timeout of %1 means &quot;don&apos;t cache&quot;)</source>
        <translation>ya caducado (un timeout de %1 significa «no guardar en caché»)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>durante %1</translation>
    </message>
    <message>
        <source>with timeout %1</source>
        <translation>con timeout %1</translation>
    </message>
    <message>
        <source>%1 raises %2.</source>
        <translation>%1 lanza %2.</translation>
    </message>
    <message>
        <source>cache.get finds %1 and returns %2.</source>
        <translation>cache.get encuentra %1 y devuelve %2.</translation>
    </message>
    <message>
        <source>cache.get finds %1 expired, removes it, and returns the default %2.</source>
        <translation>cache.get encuentra la entrada %1 caducada, la elimina y devuelve el valor por defecto %2.</translation>
    </message>
    <message>
        <source>cache.get finds nothing for %1 and returns the default %2.</source>
        <translation>cache.get no encuentra nada para %1 y devuelve el valor por defecto %2.</translation>
    </message>
    <message>
        <source>cache.set stores %1 under %2 %3.</source>
        <translation>cache.set guarda %1 en %2 %3.</translation>
    </message>
    <message>
        <source>cache.add stores %1 under %2 %3, because %2 was not in the cache, and returns True.</source>
        <translation>cache.add guarda %1 en %2 %3, porque %2 no estaba en la caché, y devuelve True.</translation>
    </message>
    <message>
        <source>cache.add leaves %1 alone because it already holds a live value, and returns False.</source>
        <translation>cache.add deja %1 como está porque ya tiene un valor vigente, y devuelve False.</translation>
    </message>
    <message>
        <source>cache.get_or_set finds %1 and returns %2.</source>
        <translation>cache.get_or_set encuentra %1 y devuelve %2.</translation>
    </message>
    <message>
        <source>cache.get_or_set finds nothing for %1, stores %2 and returns it.</source>
        <translation>cache.get_or_set no encuentra nada para %1, guarda %2 y lo devuelve.</translation>
    </message>
    <message numerus="yes">
        <source>cache.get_many finds %n of the keys asked for and returns %1.</source>
        <translation>
            <numerusform>cache.get_many encuentra %n de las claves pedidas y devuelve %1.</numerusform>
            <numerusform>cache.get_many encuentra %n de las claves pedidas y devuelve %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cache.set_many stores every pair of the dict and returns %1 (no key failed).</source>
        <translation>cache.set_many guarda cada par del dict y devuelve %1 (no falló ninguna clave).</translation>
    </message>
    <message>
        <source>cache.delete removes %1 and returns True.</source>
        <translation>cache.delete elimina %1 y devuelve True.</translation>
    </message>
    <message>
        <source>cache.delete finds nothing to remove for %1 and returns False.</source>
        <translation>cache.delete no encuentra nada que eliminar para %1 y devuelve False.</translation>
    </message>
    <message>
        <source>cache.delete_many removes each of the keys that is stored.</source>
        <translation>cache.delete_many elimina cada una de las claves que están guardadas.</translation>
    </message>
    <message>
        <source>%1 finds a live entry for %2: True.</source>
        <translation>%1 encuentra una entrada vigente para %2: True.</translation>
    </message>
    <message>
        <source>&apos;in cache&apos;</source>
        <translation>&apos;in cache&apos;</translation>
    </message>
    <message>
        <source>%1 finds no live entry for %2: False.</source>
        <translation>%1 no encuentra ninguna entrada vigente para %2: False.</translation>
    </message>
    <message>
        <source>%1 changes %2 to %3 and returns it.</source>
        <translation>%1 cambia %2 a %3 y lo devuelve.</translation>
    </message>
    <message>
        <source>cache.touch gives %1 a new expiry, %2, and returns True.</source>
        <translation>cache.touch da a %1 una nueva caducidad, %2, y devuelve True.</translation>
    </message>
    <message>
        <source>cache.touch finds no live entry for %1 and returns False.</source>
        <translation>cache.touch no encuentra ninguna entrada vigente para %1 y devuelve False.</translation>
    </message>
    <message>
        <source>cache.clear empties the whole cache.</source>
        <translation>cache.clear vacía toda la caché.</translation>
    </message>
    <message>
        <source>%1 moves %2 to version %3 and returns it.</source>
        <translation>%1 pasa %2 a la versión %3 y la devuelve.</translation>
    </message>
    <message>
        <source>cache.close does nothing on the local-memory cache.</source>
        <translation>cache.close no hace nada en la caché de memoria local.</translation>
    </message>
    <message>
        <source>cache.make_key builds the internal key %1.</source>
        <translation>cache.make_key construye la clave interna %1.</translation>
    </message>
    <message>
        <source>print writes: %1</source>
        <translation>print escribe: %1</translation>
    </message>
    <message>
        <source>time.sleep moves the virtual clock forward %1, to %2.</source>
        <translation>time.sleep adelanta el reloj virtual %1, hasta %2.</translation>
    </message>
    <message>
        <source>time.time reads the virtual clock: %1.</source>
        <translation>time.time lee el reloj virtual: %1.</translation>
    </message>
    <message>
        <source>%1 returns %2.</source>
        <translation>%1 devuelve %2.</translation>
    </message>
    <message numerus="yes">
        <source>The cache was full, so it first culled %n of its least recently used entries.</source>
        <translation>
            <numerusform>La caché estaba llena, así que primero eliminó %n entrada, la menos usada recientemente.</numerusform>
            <numerusform>La caché estaba llena, así que primero eliminó %n entradas, las menos usadas recientemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Django warns: %1</source>
        <translation>Django avisa: %1</translation>
    </message>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 pasa a ser %2</translation>
    </message>
    <message>
        <source>%1 is deleted</source>
        <translation>%1 se elimina</translation>
    </message>
    <message>
        <source>Line %1 tests an if condition.</source>
        <translation>La línea %1 evalúa una condición if.</translation>
    </message>
    <message>
        <source>Line %1 tests the while condition.</source>
        <translation>La línea %1 evalúa la condición del while.</translation>
    </message>
    <message>
        <source>Line %1 starts the next round of the for loop.</source>
        <translation>La línea %1 empieza la siguiente vuelta del bucle for.</translation>
    </message>
    <message>
        <source>Line %1 returns from the function.</source>
        <translation>La línea %1 sale de la función con return.</translation>
    </message>
    <message>
        <source>Line %1 runs.</source>
        <translation>Se ejecuta la línea %1.</translation>
    </message>
    <message>
        <source>The statement raises %1.</source>
        <translation>La instrucción lanza %1.</translation>
    </message>
    <message>
        <source>Step %1 (line %2): %3</source>
        <translation>Paso %1 (línea %2): %3</translation>
    </message>
</context>
<context>
    <name>PracticeGenerator</name>
    <message>
        <source>What will step %1 output?</source>
        <translation>¿Qué mostrará el paso %1?</translation>
    </message>
    <message>
        <source>What will step %1 (%2) output?</source>
        <translation>¿Qué mostrará el paso %1 (%2)?</translation>
    </message>
    <message>
        <source>Look at what the cache holds just before: the Cache State column at step %1.</source>
        <translation>Fíjate en lo que contiene la caché justo antes: la columna Estado de la caché en el paso %1.</translation>
    </message>
    <message>
        <source>This is the first step: the cache starts empty.</source>
        <translation>Este es el primer paso: la caché empieza vacía.</translation>
    </message>
    <message>
        <source>What is in the cache after step %1?</source>
        <translation>¿Qué hay en la caché después del paso %1?</translation>
    </message>
    <message>
        <source>Follow the Action column up to step %1: which calls stored, changed or removed entries?</source>
        <translation>Sigue la columna Acción hasta el paso %1: ¿qué llamadas guardaron, cambiaron o eliminaron entradas?</translation>
    </message>
    <message>
        <source>%1 After it the cache holds %2.</source>
        <translation>%1 Después, la caché contiene %2.</translation>
    </message>
    <message>
        <source>After step %1, the cache has to make room (culling). Which key goes first?</source>
        <translation>Tras el paso %1, la caché tiene que hacer sitio (culling). ¿Qué clave sale primero?</translation>
    </message>
    <message>
        <source>LocMemCache culls the least recently used entries first, and the Cache State column lists entries least recently used first. A get or a set makes an entry the most recently used.</source>
        <translation>LocMemCache elimina primero las entradas menos usadas recientemente, y la columna Estado de la caché las enumera empezando por la menos usada recientemente. Un get o un set convierte una entrada en la usada más recientemente.</translation>
    </message>
    <message>
        <source>After step %1 the cache holds %2, least recently used first, so %3 is the first to go.</source>
        <translation>Tras el paso %1, la caché contiene %2 (la entrada menos usada recientemente primero), así que %3 sale primero.</translation>
    </message>
    <message>
        <source>At which step does the cache first become empty?</source>
        <translation>¿En qué paso se queda vacía la caché por primera vez?</translation>
    </message>
    <message>
        <source>Look down the Cache State column for the first {}.</source>
        <translation>Busca en la columna Estado de la caché el primer {}.</translation>
    </message>
    <message>
        <source>%1 The Cache State column reads {} for the first time at step %2.</source>
        <translation>%1 La columna Estado de la caché muestra {} por primera vez en el paso %2.</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Could not read the progress file %1: %2</source>
        <translation>No se pudo leer el archivo de progreso %1: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than a progress file can be</source>
        <translation>el archivo tiene %1 bytes, más de lo que puede ocupar un archivo de progreso</translation>
    </message>
    <message>
        <source>The progress file %1 is damaged (%2), so progress starts empty.</source>
        <translation>El archivo de progreso %1 está dañado (%2), así que el progreso empieza vacío.</translation>
    </message>
    <message>
        <source>The file is left as it is until progress is next saved; a copy could not be made.</source>
        <translation>El archivo se deja como está hasta la próxima vez que se guarde el progreso; no se pudo hacer una copia.</translation>
    </message>
    <message>
        <source>A copy of it was kept as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;, got %2</source>
        <translation>format: se esperaba &quot;%1&quot;, se encontró %2</translation>
    </message>
    <message>
        <source>version: %1 was written by a newer CacheTutor; this one reads version %2</source>
        <translation>version: %1 lo escribió un CacheTutor más reciente; este lee la versión %2</translation>
    </message>
    <message>
        <source>version: expected %1, got %2</source>
        <translation>version: se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>lessons: expected an object, got %1</source>
        <translation>lessons: se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: se esperaba un objeto, se encontró %2</translation>
    </message>
    <message>
        <source>%1.lastStep: expected a step number (0 or more), got %2</source>
        <translation>%1.lastStep: se esperaba un número de paso (0 o más), se encontró %2</translation>
    </message>
    <message>
        <source>%1.answers: expected an object, got %2</source>
        <translation>%1.answers: se esperaba un objeto, se encontró %2</translation>
    </message>
    <message>
        <source>%1: expected a question number (0 or more) as the key</source>
        <translation>%1: se esperaba un número de pregunta (0 o más) como clave</translation>
    </message>
    <message>
        <source>%1.answer: expected a string, got %2</source>
        <translation>%1.answer: se esperaba una cadena, se encontró %2</translation>
    </message>
    <message>
        <source>%1.correct: expected true or false, got %2</source>
        <translation>%1.correct: se esperaba true o false, se encontró %2</translation>
    </message>
    <message>
        <source>Could not save progress: the folder %1 cannot be created.</source>
        <translation>No se pudo guardar el progreso: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not save progress to %1: %2. Your progress is kept until the app closes.</source>
        <translation>No se pudo guardar el progreso en %1: %2. Tu progreso se conserva hasta que se cierre la aplicación.</translation>
    </message>
</context>
<context>
    <name>cachetutor::BackendOptionsDialog</name>
    <message>
        <source>Cache Backend Options</source>
        <translation>Opciones del backend de caché</translation>
    </message>
    <message>
        <source>Cache backend options</source>
        <translation>Opciones del backend de caché</translation>
    </message>
    <message>
        <source>The settings of the playground&apos;s cache, as in Django&apos;s &lt;code&gt;CACHES[&apos;default&apos;]&lt;/code&gt; for &lt;code&gt;LocMemCache&lt;/code&gt;. They apply to the next run.</source>
        <translation>La configuración de la caché del entorno de pruebas, como en &lt;code&gt;CACHES[&apos;default&apos;]&lt;/code&gt; de Django para &lt;code&gt;LocMemCache&lt;/code&gt;. Se aplica en la próxima ejecución.</translation>
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
        <translation>Cuando la caché contiene tantas entradas (las caducadas también cuentan), guardar una más provoca antes una purga. Por defecto, 300.</translation>
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
        <translation>Una purga elimina 1/N de las entradas, empezando por las menos usadas recientemente; 0 vacía toda la caché. Por defecto, 3.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>Se antepone a cada clave interna para que varias cachés puedan compartir un mismo almacén. Por defecto, vacío.</translation>
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
        <translation>La versión de clave que se usa cuando una llamada no indica ninguna; forma parte de cada clave interna. Por defecto, 1.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;None — never expire</source>
        <translation>&amp;None: nunca caduca</translation>
    </message>
    <message>
        <source>TIMEOUT None, never expire</source>
        <translation>TIMEOUT None, nunca caduca</translation>
    </message>
    <message>
        <source>TIMEOUT = None: entries set without a timeout never expire</source>
        <translation>TIMEOUT = None: las entradas guardadas sin timeout nunca caducan</translation>
    </message>
    <message>
        <source>TIMEOUT in seconds</source>
        <translation>TIMEOUT en segundos</translation>
    </message>
    <message>
        <source>Seconds an entry lives when set() gives no timeout; Django keeps int(TIMEOUT), so 2.5 is 2, and 0 expires at once. Default 300.</source>
        <translation>Segundos que vive una entrada cuando set() no indica timeout; Django usa int(TIMEOUT), así que 2.5 queda en 2, y 0 caduca al instante. Por defecto, 300.</translation>
    </message>
    <message>
        <source>&amp;TIMEOUT:</source>
        <translation>&amp;TIMEOUT:</translation>
    </message>
    <message>
        <source>Example internal key</source>
        <translation>Ejemplo de clave interna</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Use these settings for the next run</source>
        <translation>Usar esta configuración en la próxima ejecución</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the settings as they were</source>
        <translation>Dejar la configuración como estaba</translation>
    </message>
    <message>
        <source>Restore &amp;Django Defaults</source>
        <translation>Restaurar valores de &amp;Django</translation>
    </message>
    <message>
        <source>Restore Django defaults</source>
        <translation>Restaurar los valores por defecto de Django</translation>
    </message>
    <message>
        <source>MAX_ENTRIES 300, CULL_FREQUENCY 3, KEY_PREFIX empty, VERSION 1, TIMEOUT 300</source>
        <translation>MAX_ENTRIES 300, CULL_FREQUENCY 3, KEY_PREFIX vacío, VERSION 1, TIMEOUT 300</translation>
    </message>
    <message>
        <source>cache.set(&apos;greet&apos;, …) stores the internal key &apos;%1&apos;</source>
        <translation>cache.set(&apos;greet&apos;, …) guarda la clave interna &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cachetutor::CacheStateModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>expired (still stored)</source>
        <translation>caducada (aún guardada)</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>caduca en %1 s</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Made Key</source>
        <translation>Clave interna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>cachetutor::CodeView</name>
    <message>
        <source>Line numbers and breakpoints</source>
        <translation>Números de línea y puntos de interrupción</translation>
    </message>
    <message>
        <source>Click a line number to set or clear a breakpoint</source>
        <translation>Haz clic en un número de línea para poner o quitar un punto de interrupción</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Editable: type a script and press Run</source>
        <translation>Editable: escribe un script y pulsa Ejecutar</translation>
    </message>
    <message>
        <source>Read-only: click a line to jump to its first step</source>
        <translation>Solo lectura: haz clic en una línea para ir a su primer paso</translation>
    </message>
</context>
<context>
    <name>cachetutor::ConceptFlowView</name>
    <message>
        <source>Concept flow</source>
        <translation>Flujo del concepto</translation>
    </message>
    <message>
        <source>No box is lit at this step.</source>
        <translation>En este paso no se ilumina ningún recuadro.</translation>
    </message>
    <message>
        <source>Lit now: %1.</source>
        <translation>Iluminado ahora: %1.</translation>
    </message>
    <message>
        <source>This script has no concept flow.

Lessons from the course come with a diagram of how their cache calls fit together; while you step through, the boxes each step touches light up here.</source>
        <translation>Este script no tiene flujo del concepto.

Las lecciones del curso incluyen un diagrama de cómo encajan sus llamadas a la caché; mientras avanzas paso a paso, aquí se iluminan los recuadros por los que pasa cada paso.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Lights up when a step does: %1</source>
        <translation>Se ilumina cuando un paso hace: %1</translation>
    </message>
    <message>
        <source>Lit at this step.</source>
        <translation>Iluminado en este paso.</translation>
    </message>
    <message>
        <source>● now</source>
        <translation>● ahora</translation>
    </message>
</context>
<context>
    <name>cachetutor::CourseOutline</name>
    <message>
        <source>Course outline</source>
        <translation>Índice del curso</translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation>Resumen del curso</translation>
    </message>
    <message>
        <source>The course&apos;s lessons; press Enter or click one to open it</source>
        <translation>Las lecciones del curso; pulsa Intro o haz clic en una para abrirla</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
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
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>%1
(and %2 more problems in this file)</source>
        <translation>%1
(y %2 problemas más en este archivo)</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>%1 — could not be loaded</source>
        <translation>%1: no se pudo cargar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Lesson file %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el archivo de lección %1: %2</translation>
    </message>
    <message>
        <source>No lessons found.</source>
        <translation>No se encontraron lecciones.</translation>
    </message>
    <message>
        <source>Course: 1 lesson</source>
        <translation>Curso: 1 lección</translation>
    </message>
    <message>
        <source>Course: %1 lessons</source>
        <translation>Curso: %1 lecciones</translation>
    </message>
    <message>
        <source>Course: 1 lesson, %1 completed</source>
        <translation>Curso: 1 lección, %1 completada</translation>
    </message>
    <message>
        <source>Course: %1 lessons, %2 completed</source>
        <translation>Curso: %1 lecciones, %2 completadas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Completed: the question answered right</source>
        <translation>Completada: pregunta respondida correctamente</translation>
    </message>
    <message>
        <source>Completed: all %1 questions answered right</source>
        <translation>Completada: las %1 preguntas respondidas correctamente</translation>
    </message>
    <message>
        <source>Started (this lesson has no quiz)</source>
        <translation>Empezada (esta lección no tiene cuestionario)</translation>
    </message>
    <message>
        <source>Started: %1 of %2 questions answered right, %3 answered</source>
        <translation>Empezada: %1 de %2 preguntas respondidas correctamente, %3 respondidas</translation>
    </message>
</context>
<context>
    <name>cachetutor::ExecutionSampleView</name>
    <message>
        <source>A comment: Python skips it.</source>
        <translation>Un comentario: Python lo ignora.</translation>
    </message>
    <message>
        <source>Sets things up; not a step of its own.</source>
        <translation>Prepara algo; no es un paso propio.</translation>
    </message>
    <message>
        <source>Never runs in this trace.</source>
        <translation>Nunca se ejecuta en esta traza.</translation>
    </message>
    <message>
        <source>The code and what it does</source>
        <translation>El código y lo que hace</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>Framework and duration</source>
        <translation>Framework y duración</translation>
    </message>
    <message>
        <source>What the sample does</source>
        <translation>Qué hace el ejemplo</translation>
    </message>
    <message>
        <source>Each line of the script and what it does</source>
        <translation>Cada línea del script y lo que hace</translation>
    </message>
    <message>
        <source>Each line of the script beside what its first run did. Double-click a line to go to its first step.</source>
        <translation>Cada línea del script junto a lo que hizo la primera vez que se ejecutó. Haz doble clic en una línea para ir a su primer paso.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Your script</source>
        <translation>Tu script</translation>
    </message>
    <message>
        <source>This script has no lesson description. Lessons from the course say what their sample does; below, each line of your code sits beside what it did when it ran.</source>
        <translation>Este script no tiene descripción de lección. Las lecciones del curso explican qué hace su ejemplo; abajo, cada línea de tu código aparece junto a lo que hizo al ejecutarse.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>(runs %1 times)</source>
        <translation>(se ejecuta %1 veces)</translation>
    </message>
    <message>
        <source>Run the script to see what each line does.</source>
        <translation>Ejecuta el script para ver qué hace cada línea.</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value Stored/Retrieved</source>
        <translation>Valor guardado/leído</translation>
    </message>
    <message>
        <source>Cache State</source>
        <translation>Estado de la caché</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
</context>
<context>
    <name>cachetutor::KeyMomentsView</name>
    <message>
        <source>Key moments</source>
        <translation>Momentos clave</translation>
    </message>
    <message>
        <source>No key moments</source>
        <translation>No hay momentos clave</translation>
    </message>
    <message>
        <source>Hide answer</source>
        <translation>Ocultar respuesta</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Mostrar respuesta</translation>
    </message>
    <message>
        <source>Hide the answer again</source>
        <translation>Volver a ocultar la respuesta</translation>
    </message>
    <message>
        <source>Try answering first, then check here</source>
        <translation>Intenta responder primero y luego compruébalo aquí</translation>
    </message>
    <message>
        <source>This script has no key moments.

Lessons from the course come with questions about particular steps of the trace, each with a button that takes you to the step.</source>
        <translation>Este script no tiene momentos clave.

Las lecciones del curso incluyen preguntas sobre pasos concretos de la traza, cada una con un botón que te lleva a ese paso.</translation>
    </message>
    <message>
        <source>Key moment %1</source>
        <translation>Momento clave %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>● This step</source>
        <translation>● Este paso</translation>
    </message>
    <message>
        <source>This moment is about the step you are on</source>
        <translation>Este momento trata del paso en el que estás</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Respuesta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Show or hide the answer</source>
        <translation>Mostrar u ocultar la respuesta</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Ir al paso %1</translation>
    </message>
    <message>
        <source>Run the script first: there are no steps to go to yet.</source>
        <translation>Ejecuta primero el script: todavía no hay pasos a los que ir.</translation>
    </message>
    <message>
        <source>The trace has only 1 step, so there is no step %1. Was the script changed?</source>
        <translation>La traza solo tiene 1 paso, así que no existe el paso %1. ¿Se ha cambiado el script?</translation>
    </message>
    <message>
        <source>The trace has only %1 steps, so there is no step %2. Was the script changed?</source>
        <translation>La traza solo tiene %1 pasos, así que no existe el paso %2. ¿Se ha cambiado el script?</translation>
    </message>
    <message>
        <source>Jump to step %1 and see what it did</source>
        <translation>Ir al paso %1 y ver qué hizo</translation>
    </message>
</context>
<context>
    <name>cachetutor::LessonEditorDialog</name>
    <message>
        <source>Answer from: column</source>
        <translation>Respuesta de: columna</translation>
    </message>
    <message>
        <source>Save as Lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Editor de lecciones</translation>
    </message>
    <message>
        <source>Lesson sections</source>
        <translation>Secciones de la lección</translation>
    </message>
    <message>
        <source>my-lesson</source>
        <translation>mi-leccion</translation>
    </message>
    <message>
        <source>Lesson name</source>
        <translation>Nombre de la lección</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and &apos;-&apos;: what --lesson takes; the file is saved as &lt;name&gt;.json</source>
        <translation>Minúsculas, dígitos y &apos;-&apos;: lo que admite --lesson; el archivo se guarda como &lt;name&gt;.json</translation>
    </message>
    <message>
        <source>Timeouts in Django&apos;s cache</source>
        <translation>Timeouts en la caché de Django</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>Shown above the lesson and in the course outline</source>
        <translation>Se muestra encima de la lección y en el índice del curso</translation>
    </message>
    <message>
        <source>~10 mins</source>
        <translation>~10 min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How long the lesson takes, as the outline shows it</source>
        <translation>Cuánto dura la lección, tal como lo muestra el índice</translation>
    </message>
    <message>
        <source>What the sample does, in a sentence or two</source>
        <translation>Qué hace el ejemplo, en una o dos frases</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>The playground&apos;s script: edit it there, then save the lesson again</source>
        <translation>El script del entorno de pruebas: edítalo allí y vuelve a guardar la lección</translation>
    </message>
    <message>
        <source>Steps of the script</source>
        <translation>Pasos del script</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Scrip&amp;t:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <source>The lesson is the playground&apos;s script with the material below. Every answer is checked against the script&apos;s trace as you type.</source>
        <translation>La lección es el script del entorno de pruebas con el material de abajo. Cada respuesta se comprueba con la traza del script mientras escribes.</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Lit by</source>
        <translation>Se ilumina con</translation>
    </message>
    <message>
        <source>Concept flow</source>
        <translation>Flujo del concepto</translation>
    </message>
    <message>
        <source>Flow events separated by commas: start, cache.set, cache.get:hit, end</source>
        <translation>Eventos de flujo separados por comas: start, cache.set, cache.get:hit, end</translation>
    </message>
    <message>
        <source>One box of the concept-flow diagram per row, top to bottom. It lights up at a step that gives one of its events, separated by commas: &lt;code&gt;start&lt;/code&gt;, &lt;code&gt;cache.set&lt;/code&gt;, &lt;code&gt;cache.get:hit&lt;/code&gt;, &lt;code&gt;cache.get:miss&lt;/code&gt;, &lt;code&gt;end&lt;/code&gt; …</source>
        <translation>Un recuadro del diagrama del flujo del concepto por fila, de arriba abajo. Se ilumina en un paso que produce uno de sus eventos, separados por comas: &lt;code&gt;start&lt;/code&gt;, &lt;code&gt;cache.set&lt;/code&gt;, &lt;code&gt;cache.get:hit&lt;/code&gt;, &lt;code&gt;cache.get:miss&lt;/code&gt;, &lt;code&gt;end&lt;/code&gt; …</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Recuadro</translation>
    </message>
    <message>
        <source>Concept &amp;Flow</source>
        <translation>&amp;Flujo del concepto</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Momentos clave</translation>
    </message>
    <message>
        <source>The steps it points at, separated by commas: 3, 4</source>
        <translation>Los pasos a los que se refiere, separados por comas: 3, 4</translation>
    </message>
    <message>
        <source>Questions about the trace, with their answers and the steps they point at (separated by commas: &lt;code&gt;3, 4&lt;/code&gt;).</source>
        <translation>Preguntas sobre la traza, con sus respuestas y los pasos a los que se refieren (separados por comas: &lt;code&gt;3, 4&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>&amp;Key Moments</source>
        <translation>&amp;Momentos clave</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Answer from: step</source>
        <translation>Respuesta de: paso</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>The options separated by &quot; | &quot;: None | &apos;Hello&apos; | Error</source>
        <translation>Las opciones separadas por &quot; | &quot;: None | &apos;Hello&apos; | Error</translation>
    </message>
    <message>
        <source>The letter of the right option: A is the first</source>
        <translation>La letra de la opción correcta: A es la primera</translation>
    </message>
    <message>
        <source>The execution-table column that holds the answer, so the answer key is checked against the trace</source>
        <translation>La columna de la tabla de ejecución que contiene la respuesta, para comprobar la clave de respuestas con la traza</translation>
    </message>
    <message>
        <source>The step whose cell holds the answer</source>
        <translation>El paso cuya celda contiene la respuesta</translation>
    </message>
    <message>
        <source>Choice questions: the options separated by “ | ”, the right one&apos;s letter, and where the execution table holds the answer (a column and a step), so that the answer key is computed from the trace. Predict and what-if questions are kept as the lesson has them.</source>
        <translation>Preguntas de opción múltiple: las opciones separadas por « | », la letra de la correcta y dónde tiene la respuesta la tabla de ejecución (una columna y un paso), para que la clave de respuestas se calcule a partir de la traza. Las preguntas de predicción y de «¿y si…?» se conservan tal como las tiene la lección.</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>One bullet per line</source>
        <translation>Una viñeta por línea</translation>
    </message>
    <message>
        <source>Concept snapshot</source>
        <translation>Resumen del concepto</translation>
    </message>
    <message>
        <source>The concept snapshot&apos;s bullets, one per line</source>
        <translation>Las viñetas del resumen del concepto, una por línea</translation>
    </message>
    <message>
        <source>A written transcript or introduction (optional)</source>
        <translation>Una transcripción escrita o una introducción (opcional)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>A written transcript or introduction</source>
        <translation>Una transcripción escrita o una introducción</translation>
    </message>
    <message>
        <source>Where the material differs from Django (optional)</source>
        <translation>Dónde se aparta el material de Django (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Where the published material differs from Django, in one short note</source>
        <translation>Dónde se aparta de Django el material publicado, en una nota breve</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>T&amp;ranscript:</source>
        <translation>Transcri&amp;pción:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Not&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Snapshot &amp;&amp; Transcript</source>
        <translation>&amp;Resumen &amp;&amp; transcripción</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Notes for you, not for the class: presentation mode shows a step&apos;s note when the lesson reaches it (“Pause here: ask the class what cache.get will return”).</source>
        <translation>Notas para ti, no para la clase: el modo presentación muestra la nota de un paso cuando la lección llega a él («Para aquí: pregunta a la clase qué devolverá cache.get»).</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>A&amp;notaciones</translation>
    </message>
    <message>
        <source>Check against the trace</source>
        <translation>Comprobar con la traza</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Double-click a problem to go to it</source>
        <translation>Haz doble clic en un problema para ir a él</translation>
    </message>
    <message>
        <source>&amp;Save Lesson…</source>
        <translation>&amp;Guardar lección…</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Write the lesson file; enabled when every answer agrees with the trace</source>
        <translation>Escribir el archivo de la lección; disponible cuando todas las respuestas coinciden con la traza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Añadir una fila al final</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
    <message>
        <source>The playground has no script yet.</source>
        <translation>El entorno de pruebas todavía no tiene script.</translation>
    </message>
    <message>
        <source>The script does not run, so nothing can be checked against its trace.</source>
        <translation>El script no se ejecuta, así que no se puede comprobar nada con su traza.</translation>
    </message>
    <message>
        <source>The script runs in %1 steps: the steps this lesson names are 1 to %1.</source>
        <translation>El script se ejecuta en %1 pasos: los pasos que cita esta lección van del 1 al %1.</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(calculada)</translation>
    </message>
    <message>
        <source>(typed answer)</source>
        <translation>(respuesta escrita)</translation>
    </message>
    <message>
        <source>A predict question: kept as the lesson has it</source>
        <translation>Una pregunta de predicción: se conserva tal como la tiene la lección</translation>
    </message>
    <message>
        <source>A what-if question: kept as the lesson has it</source>
        <translation>Una pregunta de «¿y si…?»: se conserva tal como la tiene la lección</translation>
    </message>
    <message>
        <source>An answer source the table cannot show: kept as the lesson has it</source>
        <translation>Un origen de respuesta que la tabla no puede mostrar: se conserva tal como lo tiene la lección</translation>
    </message>
    <message>
        <source>predict</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>¿y si…?</translation>
    </message>
    <message>
        <source>expected step numbers separated by commas, like 3, 4; got %1</source>
        <translation>se esperaban números de paso separados por comas, como 3, 4; se encontró %1</translation>
    </message>
    <message>
        <source>expected the letter of the right option (A is the first), got %1</source>
        <translation>se esperaba la letra de la opción correcta (A es la primera), se encontró %1</translation>
    </message>
    <message>
        <source>expected the column that holds the answer at step %1</source>
        <translation>se esperaba la columna que contiene la respuesta en el paso %1</translation>
    </message>
    <message>
        <source>expected the step whose %1 holds the answer, got %2</source>
        <translation>se esperaba el paso cuya columna %1 contiene la respuesta, se encontró %2</translation>
    </message>
    <message>
        <source>expected a step number, got %1</source>
        <translation>se esperaba un número de paso, se encontró %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Every answer agrees with the trace&lt;/b&gt;</source>
        <translation>&lt;b&gt;✔ Todas las respuestas coinciden con la traza&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ %1&lt;/b&gt;: the lesson can be saved once every answer agrees with the trace.</source>
        <translation>&lt;b&gt;✘ %1&lt;/b&gt;: la lección se podrá guardar cuando todas las respuestas coincidan con la traza.</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>CacheTutor lessons (*.json)</source>
        <translation>Lecciones de CacheTutor (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
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
        <translation>Trazando: %1 pasos</translation>
    </message>
    <message>
        <source>Line %1 never runs in this trace</source>
        <translation>La línea %1 nunca se ejecuta en esta traza</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;▶&amp;nbsp;&lt;/span&gt; just ran &amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;➜&amp;nbsp;&lt;/span&gt; runs next &amp;nbsp;&amp;nbsp; ● breakpoint (click the gutter)</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;▶&amp;nbsp;&lt;/span&gt; acaba de ejecutarse &amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;➜&amp;nbsp;&lt;/span&gt; se ejecuta después &amp;nbsp;&amp;nbsp; ● punto de interrupción (clic en el margen)</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <source>Live cache state</source>
        <translation>Estado actual de la caché</translation>
    </message>
    <message>
        <source>Clock, hits and misses</source>
        <translation>Reloj, aciertos y fallos</translation>
    </message>
    <message>
        <source>Live cache title</source>
        <translation>Título de la caché en vivo</translation>
    </message>
    <message>
        <source>Execution table</source>
        <translation>Tabla de ejecución</translation>
    </message>
    <message>
        <source>Variable tracker</source>
        <translation>Seguimiento de variables</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Salida de la consola</translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Curso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your learning style&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elige tu estilo de aprendizaje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Learning styles</source>
        <translation>Estilos de aprendizaje</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>Arrastra hasta cualquier paso</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Step 0000000 of 0000000</source>
        <translation>Paso 0000000 de 0000000</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>Pasos por segundo al reproducir</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <source>Tracing progress</source>
        <translation>Progreso de la traza</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Primer paso</translation>
    </message>
    <message>
        <source>Go back to the start, before the first step</source>
        <translation>Volver al inicio, antes del primer paso</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Retroceder un paso</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Reproducir los pasos uno tras otro</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Run the next step</source>
        <translation>Ejecutar el siguiente paso</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>Ú&amp;ltimo paso</translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation>Ir al último paso</translation>
    </message>
    <message>
        <source>&amp;Open Script...</source>
        <translation>&amp;Abrir script...</translation>
    </message>
    <message>
        <source>Open a Python script and trace it</source>
        <translation>Abrir un script de Python y trazarlo</translation>
    </message>
    <message>
        <source>Open &amp;Lesson...</source>
        <translation>Abrir &amp;lección...</translation>
    </message>
    <message>
        <source>Open a lesson file (.json) and check it against the engine</source>
        <translation>Abrir un archivo de lección (.json) y comprobarlo con el motor</translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder...</source>
        <translation>Abrir &amp;carpeta de lecciones...</translation>
    </message>
    <message>
        <source>Add every lesson of a folder to the course outline</source>
        <translation>Añadir todas las lecciones de una carpeta al índice del curso</translation>
    </message>
    <message>
        <source>Reset &amp;Progress...</source>
        <translation>&amp;Reiniciar progreso...</translation>
    </message>
    <message>
        <source>Forget every answer and step saved for every lesson</source>
        <translation>Olvidar todas las respuestas y pasos guardados de todas las lecciones</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>Reiniciar progreso</translation>
    </message>
    <message>
        <source>Forget every saved answer in every lesson?</source>
        <translation>¿Olvidar todas las respuestas guardadas de todas las lecciones?</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Step</source>
        <translation>Copiar &amp;enlace al paso</translation>
    </message>
    <message>
        <source>Put the command that opens this step on the clipboard, to share it</source>
        <translation>Copiar al portapapeles el comando que abre este paso, para compartirlo</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <source>See the lesson handout as it prints, then print it</source>
        <translation>Ver la ficha de la lección tal como se imprimirá y luego imprimirla</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>&amp;Guardar script</translation>
    </message>
    <message>
        <source>Save the script in the code view</source>
        <translation>Guardar el script de la vista de código</translation>
    </message>
    <message>
        <source>Save Script &amp;As...</source>
        <translation>Guardar script c&amp;omo...</translation>
    </message>
    <message>
        <source>Save the script under a new name</source>
        <translation>Guardar el script con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit CacheTutor</source>
        <translation>Salir de CacheTutor</translation>
    </message>
    <message>
        <source>&amp;Edit Script</source>
        <translation>&amp;Editar script</translation>
    </message>
    <message>
        <source>Type or paste your own script, then run it</source>
        <translation>Escribe o pega tu propio script y luego ejecútalo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Trace the script in the code view again</source>
        <translation>Volver a trazar el script de la vista de código</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Stop tracing a long script and keep the last good trace</source>
        <translation>Detener la traza de un script largo y conservar la última traza válida</translation>
    </message>
    <message>
        <source>&amp;Backend Options...</source>
        <translation>&amp;Opciones del backend...</translation>
    </message>
    <message>
        <source>MAX_ENTRIES, CULL_FREQUENCY, KEY_PREFIX, VERSION and TIMEOUT of the cache</source>
        <translation>MAX_ENTRIES, CULL_FREQUENCY, KEY_PREFIX, VERSION y TIMEOUT de la caché</translation>
    </message>
    <message>
        <source>Show &amp;Future Steps</source>
        <translation>Mostrar pasos &amp;futuros</translation>
    </message>
    <message>
        <source>Show the rows of steps that have not run yet, greyed</source>
        <translation>Mostrar en gris las filas de los pasos que aún no se han ejecutado</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>Texto más grande en todos los paneles</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>Texto más pequeño en todos los paneles</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto a su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen, large text and only the panels you pick, for teaching a class</source>
        <translation>Pantalla completa, texto grande y solo los paneles que elijas, para dar clase</translation>
    </message>
    <message>
        <source>Learning Styles List</source>
        <translation>Lista de estilos de aprendizaje</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Live Cache</source>
        <translation>Caché en vivo</translation>
    </message>
    <message>
        <source>Execution Table, Tracker and Console</source>
        <translation>Tabla de ejecución, seguimiento y consola</translation>
    </message>
    <message>
        <source>Playback Toolbar</source>
        <translation>Barra de reproducción</translation>
    </message>
    <message>
        <source>Show this panel in presentation mode</source>
        <translation>Mostrar este panel en el modo presentación</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Colores: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Ver la lista de atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About CacheTutor</source>
        <translation>A&amp;cerca de CacheTutor</translation>
    </message>
    <message>
        <source>What CacheTutor is</source>
        <translation>Qué es CacheTutor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Execution &amp;Table (CSV or Markdown)...</source>
        <translation>&amp;Tabla de ejecución (CSV o Markdown)...</translation>
    </message>
    <message>
        <source>&amp;Variable Tracker (CSV or Markdown)...</source>
        <translation>Seguimiento de &amp;variables (CSV o Markdown)...</translation>
    </message>
    <message>
        <source>&amp;Lesson Handout (HTML or PDF)...</source>
        <translation>&amp;Ficha de la lección (HTML o PDF)...</translation>
    </message>
    <message>
        <source>Current &amp;View (PNG)...</source>
        <translation>Vista act&amp;ual (PNG)...</translation>
    </message>
    <message>
        <source>Write a file for handouts and slides</source>
        <translation>Guardar un archivo para fichas y diapositivas</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>A&amp;prender</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Show CacheTutor in this language from the next start</source>
        <translation>Mostrar CacheTutor en este idioma a partir del próximo inicio</translation>
    </message>
    <message>
        <source>The language changes when CacheTutor starts again</source>
        <translation>El idioma cambia la próxima vez que se inicie CacheTutor</translation>
    </message>
    <message>
        <source>Presentation &amp;Panels</source>
        <translation>Pa&amp;neles de presentación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Execution Table</source>
        <translation>Tabla de ejecución</translation>
    </message>
    <message>
        <source>Variable Tracker</source>
        <translation>Seguimiento de variables</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The script&apos;s options comment is wrong: %1</source>
        <translation>El comentario de opciones del script es incorrecto: %1</translation>
    </message>
    <message>
        <source>Tracing...</source>
        <translation>Trazando…</translation>
    </message>
    <message>
        <source>The script could not be traced (out of memory?); the views keep the last trace</source>
        <translation>No se pudo trazar el script (¿falta de memoria?); las vistas conservan la última traza</translation>
    </message>
    <message>
        <source>This script cannot run: %1</source>
        <translation>Este script no se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>Not run: line %1: %2</source>
        <translation>No ejecutado: línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n steps; the views keep the last trace</source>
        <translation>
            <numerusform>Cancelado tras %n paso; las vistas conservan la última traza</numerusform>
            <numerusform>Cancelado tras %n pasos; las vistas conservan la última traza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Traced %n steps</source>
        <translation>
            <numerusform>%n paso trazado</numerusform>
            <numerusform>%n pasos trazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Traced %1 steps; stopped by %2</source>
        <translation>%1 pasos trazados; detenido por %2</translation>
    </message>
    <message>
        <source>%1: no lesson here loads</source>
        <translation>%1: aquí no se puede cargar ninguna lección</translation>
    </message>
    <message numerus="yes">
        <source>Added %n lesson file(s) from %1</source>
        <translation>
            <numerusform>Se añadió %n archivo de lección de %1</numerusform>
            <numerusform>Se añadieron %n archivos de lección de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson not opened: %1</source>
        <translation>Lección no abierta: %1</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>No se puede abrir %1:</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Abrir carpeta de lecciones</translation>
    </message>
    <message>
        <source>CacheTutor lessons (*.json);;All files (*)</source>
        <translation>Lecciones de CacheTutor (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Progress not saved: %1</source>
        <translation>Progreso no guardado: %1</translation>
    </message>
    <message>
        <source>The changed script cannot run: %1</source>
        <translation>El script modificado no se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>There is no trace to export yet</source>
        <translation>Todavía no hay ninguna traza que exportar</translation>
    </message>
    <message>
        <source>%1: the view exports as .png</source>
        <translation>%1: la vista se exporta como .png</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>%1: the lesson exports as .html or .pdf</source>
        <translation>%1: la lección se exporta como .html o .pdf</translation>
    </message>
    <message>
        <source>%1: the tables export as .csv or .md</source>
        <translation>%1: las tablas se exportan como .csv o .md</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>Abrir script</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a script</source>
        <translation>No se puede abrir %1: es una carpeta, no un script</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB; scripts can be up to %3 MB</source>
        <translation>No se puede abrir %1: ocupa %2 MB y un script puede ocupar como máximo %3 MB</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a text file (byte %2 is a NUL byte); a script is Python source saved as UTF-8</source>
        <translation>No se puede abrir %1: no es un archivo de texto (el byte %2 es un byte NUL); un script es código fuente de Python guardado como UTF-8</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text (byte %2, 0x%3, is not valid UTF-8); save it as UTF-8 and open it again</source>
        <translation>No se puede abrir %1: no es texto UTF-8 (el byte %2, 0x%3, no es UTF-8 válido); guárdalo como UTF-8 y vuelve a abrirlo</translation>
    </message>
    <message>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Scripts de Python (*.py);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Guardar script</translation>
    </message>
    <message>
        <source>Cannot save %1: %2
Your script is still here; try another place.</source>
        <translation>No se puede guardar %1: %2
Tu script sigue aquí; prueba en otra ubicación.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>Could not autosave to %1: %2</source>
        <translation>No se pudo guardar automáticamente en %1: %2</translation>
    </message>
    <message>
        <source>Restored the unsaved script from your last session</source>
        <translation>Se ha recuperado el script sin guardar de tu última sesión</translation>
    </message>
    <message>
        <source>Start: nothing has run yet. Press → to run line %1.</source>
        <translation>Inicio: todavía no se ha ejecutado nada. Pulsa → para ejecutar la línea %1.</translation>
    </message>
    <message>
        <source>This script has no steps.</source>
        <translation>Este script no tiene pasos.</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Paso %1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live cache&lt;/b&gt;: empty — nothing is stored after this step</source>
        <translation>&lt;b&gt;Caché en vivo&lt;/b&gt;: vacía; no hay nada guardado después de este paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live cache&lt;/b&gt; (least recently used first)</source>
        <translation>&lt;b&gt;Caché en vivo&lt;/b&gt; (la menos usada recientemente primero)</translation>
    </message>
    <message>
        <source>Clock: %1 s   Hits: %2   Misses: %3</source>
        <translation>Reloj: %1 s   Aciertos: %2   Fallos: %3</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
    <message>
        <source>This step: hit — the stored value is %1</source>
        <translation>Este paso: acierto; el valor guardado es %1</translation>
    </message>
    <message>
        <source>This step: miss — cache.get returned the default %1</source>
        <translation>Este paso: fallo; cache.get devolvió el valor por defecto %1</translation>
    </message>
    <message numerus="yes">
        <source>Start (%n steps)</source>
        <translation>
            <numerusform>Inicio (%n paso)</numerusform>
            <numerusform>Inicio (%n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usa</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About CacheTutor</source>
        <translation>Acerca de CacheTutor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CacheTutor %1&lt;/h3&gt;&lt;p&gt;Step through Django&apos;s low-level cache API (&lt;code&gt;from django.core.cache import cache&lt;/code&gt;) one statement at a time.&lt;/p&gt;&lt;p&gt;Every table, tracker and answer comes from running the script through an engine with Django&apos;s LocMemCache rules on a virtual clock.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CacheTutor %1&lt;/h3&gt;&lt;p&gt;Recorre la API de caché de bajo nivel de Django (&lt;code&gt;from django.core.cache import cache&lt;/code&gt;) instrucción a instrucción.&lt;/p&gt;&lt;p&gt;Cada tabla, seguimiento y respuesta se obtiene ejecutando el script en un motor con las reglas de LocMemCache de Django sobre un reloj virtual.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>%1%2 — CacheTutor</source>
        <translation>%1%2 — CacheTutor</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Nota del docente</translation>
    </message>
    <message>
        <source>Save as &amp;Lesson...</source>
        <translation>Guardar como &amp;lección...</translation>
    </message>
    <message>
        <source>Turn this script into a lesson file, checked against its trace as you edit</source>
        <translation>Convertir este script en un archivo de lección, comprobado con su traza mientras lo editas</translation>
    </message>
    <message>
        <source>Save as Lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <source>The lesson was saved but could not be opened:
%1</source>
        <translation>La lección se guardó, pero no se pudo abrir:
%1</translation>
    </message>
    <message>
        <source>Teacher&apos;s note: %1</source>
        <translation>Nota del docente: %1</translation>
    </message>
</context>
<context>
    <name>cachetutor::QuizView</name>
    <message>
        <source>Visual quiz</source>
        <translation>Cuestionario visual</translation>
    </message>
    <message>
        <source>Quiz questions</source>
        <translation>Preguntas del cuestionario</translation>
    </message>
    <message>
        <source>This script has no quiz.

Lessons from the course come with one: a few questions about what the trace did, with hints and instant feedback. Press Practice for questions generated from this trace.</source>
        <translation>Este script no tiene cuestionario.

Las lecciones del curso traen uno: unas cuantas preguntas sobre lo que hizo la traza, con pistas y corrección inmediata. Pulsa Practicar para obtener preguntas generadas a partir de esta traza.</translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>Sin cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the quiz</source>
        <translation>Reiniciar el cuestionario</translation>
    </message>
    <message>
        <source>Clear every answer and start the quiz again</source>
        <translation>Borrar todas las respuestas y empezar el cuestionario de nuevo</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Practice questions</source>
        <translation>Preguntas de práctica</translation>
    </message>
    <message>
        <source>Add fresh questions generated from this trace (they do not count toward the score)</source>
        <translation>Añadir preguntas nuevas generadas a partir de esta traza (no cuentan para la puntuación)</translation>
    </message>
    <message>
        <source>Step %1 has not run yet: answer before you step on.</source>
        <translation>El paso %1 aún no se ha ejecutado: responde antes de avanzar.</translation>
    </message>
    <message>
        <source>Step %1 has already run. Go back to step %2 to try it fresh.</source>
        <translation>El paso %1 ya se ha ejecutado. Vuelve al paso %2 para intentarlo sin ver la respuesta.</translation>
    </message>
    <message>
        <source>Practice question %1</source>
        <translation>Pregunta de práctica %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <source>Practice %1</source>
        <translation>Práctica %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What if line %1 were:  &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>¿Y si la línea %1 fuera:  &lt;code&gt;%2&lt;/code&gt;?</translation>
    </message>
    <message>
        <source>Changed line</source>
        <translation>Línea modificada</translation>
    </message>
    <message>
        <source>Whether the step has run</source>
        <translation>Si el paso ya se ha ejecutado</translation>
    </message>
    <message>
        <source>Go to Step %1</source>
        <translation>Ir al paso %1</translation>
    </message>
    <message>
        <source>Go to the step before</source>
        <translation>Ir al paso anterior</translation>
    </message>
    <message>
        <source>Show the trace just before the step you are asked about</source>
        <translation>Mostrar la traza justo antes del paso por el que se pregunta</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <source>Type what it outputs, as Python shows it, e.g. &apos;Hello&apos; or None</source>
        <translation>Escribe lo que muestra, tal como lo muestra Python, p. ej. &apos;Hello&apos; o None</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Give an answer, then check it</source>
        <translation>Da una respuesta y luego compruébala</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Show hint</source>
        <translation>Mostrar pista</translation>
    </message>
    <message>
        <source>Show a hint for this question and highlight the table cells it points at</source>
        <translation>Mostrar una pista para esta pregunta y resaltar las celdas de la tabla a las que se refiere</translation>
    </message>
    <message>
        <source>Show the Difference</source>
        <translation>Mostrar la diferencia</translation>
    </message>
    <message>
        <source>Show the difference</source>
        <translation>Mostrar la diferencia</translation>
    </message>
    <message>
        <source>Trace the changed script and show both execution tables side by side</source>
        <translation>Trazar el script modificado y mostrar las dos tablas de ejecución una junto a otra</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Pista: %1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Show Me Step %1</source>
        <translation>Ver el paso %1</translation>
    </message>
    <message>
        <source>Go to the step that proves it</source>
        <translation>Ir al paso que lo demuestra</translation>
    </message>
    <message>
        <source>Go to the step whose row proves the answer</source>
        <translation>Ir al paso cuya fila demuestra la respuesta</translation>
    </message>
    <message>
        <source>✔ Correct</source>
        <translation>✔ Correcto</translation>
    </message>
    <message>
        <source>✘ Not quite — the answer is %1</source>
        <translation>✘ No exactamente: la respuesta es %1</translation>
    </message>
    <message>
        <source>✘ Not quite — the answer is %1. %2</source>
        <translation>✘ No exactamente: la respuesta es %1. %2</translation>
    </message>
    <message>
        <source>Hide hint</source>
        <translation>Ocultar pista</translation>
    </message>
    <message>
        <source>No quiz for this script: try Practice</source>
        <translation>No hay cuestionario para este script: prueba Practicar</translation>
    </message>
    <message>
        <source>Score: %1 of %2 answered correctly</source>
        <translation>Puntuación: %1 de %2 respondidas correctamente</translation>
    </message>
</context>
<context>
    <name>cachetutor::SnapshotView</name>
    <message>
        <source>Concept snapshot</source>
        <translation>Resumen del concepto</translation>
    </message>
    <message>
        <source>Key ideas</source>
        <translation>Ideas clave</translation>
    </message>
    <message>
        <source>Note on this lesson</source>
        <translation>Nota sobre esta lección</translation>
    </message>
    <message>
        <source>Where the course material differs from what Django does</source>
        <translation>Dónde se aparta el material del curso de lo que hace Django</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Concept Snapshot</source>
        <translation>Resumen del concepto</translation>
    </message>
    <message>
        <source>This script has no concept snapshot.</source>
        <translation>Este script no tiene resumen del concepto.</translation>
    </message>
    <message>
        <source>Lessons from the course sum up their key ideas here, in a few large bullets a teacher can put on the projector.</source>
        <translation>Las lecciones del curso resumen aquí sus ideas clave, en unas pocas viñetas grandes que un docente puede proyectar en clase.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>cachetutor::TimelineSlider</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>Arrastra hasta cualquier paso</translation>
    </message>
    <message>
        <source>Drag to any step; red dots mark breakpoints, orange triangles errors</source>
        <translation>Arrastra hasta cualquier paso; los puntos rojos marcan puntos de interrupción y los triángulos naranjas, errores</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>breakpoint</source>
        <translation>punto de interrupción</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Step %1 — %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n breakpoints</source>
        <translation>
            <numerusform>%n punto de interrupción</numerusform>
            <numerusform>%n puntos de interrupción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cachetutor::TranscriptView</name>
    <message>
        <source>Full transcript</source>
        <translation>Transcripción completa</translation>
    </message>
    <message>
        <source>Click a step number to go to that step</source>
        <translation>Haz clic en un número de paso para ir a ese paso</translation>
    </message>
    <message>
        <source>Written transcript</source>
        <translation>Transcripción escrita</translation>
    </message>
    <message>
        <source>This script has no written transcript. Lessons from the course come with one; below is what each step did, as CacheTutor tells it.</source>
        <translation>Este script no tiene transcripción escrita. Las lecciones del curso traen una; abajo está lo que hizo cada paso, contado por CacheTutor.</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Run the script to see what every step does.</source>
        <translation>Ejecuta el script para ver qué hace cada paso.</translation>
    </message>
    <message>
        <source>The script ran no steps.</source>
        <translation>El script no ejecutó ningún paso.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 steps.</source>
        <translation>Se muestran los primeros %1 de %2 pasos.</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Ir al paso %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source> (line %1): %2</source>
        <translation> (línea %1): %2</translation>
    </message>
    <message>
        <source>… %1 more steps are not shown here; the timeline and the execution table have them all.</source>
        <translation>… otros %1 pasos no se muestran aquí; la línea de tiempo y la tabla de ejecución los tienen todos.</translation>
    </message>
</context>
<context>
    <name>cachetutor::VariableTrackerModel</name>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>After Step %1</source>
        <translation>Tras el paso %1</translation>
    </message>
    <message>
        <source>cache contents</source>
        <translation>contenido de la caché</translation>
    </message>
</context>
<context>
    <name>cachetutor::WhatIfDialog</name>
    <message>
        <source>What If — %1</source>
        <translation>¿Y si…? — %1</translation>
    </message>
    <message>
        <source>step %1 %2: %3 → %4</source>
        <translation>paso %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nothing in the execution table changes.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No cambia nada en la tabla de ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n cell(s) change (marked ≠): %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cambia %n celda (marcada con ≠): %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cambian %n celdas (marcadas con ≠): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The lesson&apos;s script&lt;/b&gt;</source>
        <translation>&lt;b&gt;El script de la lección&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Execution table of the lesson&apos;s script</source>
        <translation>Tabla de ejecución del script de la lección</translation>
    </message>
    <message>
        <source>&lt;b&gt;With the change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Con el cambio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Execution table of the changed script</source>
        <translation>Tabla de ejecución del script modificado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Step through Django&apos;s low-level cache API</source>
        <translation>Recorre paso a paso la API de caché de bajo nivel de Django</translation>
    </message>
    <message>
        <source>A Python script to trace (default: the first lesson)</source>
        <translation>Un script de Python para trazar (por defecto: la primera lección)</translation>
    </message>
    <message>
        <source>Show the trace after step N (0 = Start)</source>
        <translation>Mostrar la traza tras el paso N (0 = inicio)</translation>
    </message>
    <message>
        <source>Open a lesson file, or a shipped lesson by name (cachetutor-trace --list-lessons)</source>
        <translation>Abrir un archivo de lección, o una lección incluida por su nombre (cachetutor-trace --list-lessons)</translation>
    </message>
    <message>
        <source>Learning style by name or number: %1</source>
        <translation>Estilo de aprendizaje por nombre o número: %1</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large text</source>
        <translation>Empezar en modo presentación: pantalla completa, texto grande</translation>
    </message>
    <message>
        <source>Render the window to FILE.png and exit</source>
        <translation>Guardar una imagen de la ventana en FILE.png y salir</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800</source>
        <translation>Tamaño de la ventana, p. ej. 1280x800</translation>
    </message>
    <message>
        <source>Write the execution table to FILE (.csv or .md) and exit</source>
        <translation>Escribir la tabla de ejecución en FILE (.csv o .md) y salir</translation>
    </message>
    <message>
        <source>Write the variable tracker to FILE (.csv or .md) and exit</source>
        <translation>Escribir el seguimiento de variables en FILE (.csv o .md) y salir</translation>
    </message>
    <message>
        <source>Write the lesson handout to FILE (.html or .pdf) and exit</source>
        <translation>Escribir la ficha de la lección en FILE (.html o .pdf) y salir</translation>
    </message>
    <message>
        <source>Show CacheTutor in this language: en, de or es</source>
        <translation>Mostrar CacheTutor en este idioma: en, de o es</translation>
    </message>
</context>
</TS>
