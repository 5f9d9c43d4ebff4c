<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>tfi::AppJsonParser</name>
    <message>
        <source>app.json is not a text file (binary or a Git LFS pointer); skipped</source>
        <translation>app.json ist keine Textdatei (binär oder ein Git-LFS-Pointer); übersprungen</translation>
    </message>
    <message>
        <source>app.json is empty</source>
        <translation>app.json ist leer</translation>
    </message>
    <message>
        <source>app.json holds more than one document; only the first was read</source>
        <translation>app.json enthält mehr als ein Dokument; nur das erste wurde gelesen</translation>
    </message>
    <message>
        <source>the top level of app.json is not a JSON object</source>
        <translation>die oberste Ebene von app.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>app.json is written as YAML, not JSON; Heroku will not accept it</source>
        <translation>app.json ist als YAML statt als JSON geschrieben; Heroku akzeptiert das nicht</translation>
    </message>
    <message>
        <source>a buildpack entry has no "url"</source>
        <translation>ein Buildpack-Eintrag hat keine "url"</translation>
    </message>
    <message>
        <source>"buildpacks" should be an array</source>
        <translation>"buildpacks" sollte ein Array sein</translation>
    </message>
    <message>
        <source>"%1" should be a string</source>
        <translation>"%1" sollte ein String sein</translation>
    </message>
    <message>
        <source>"env" should be an object of variable names</source>
        <translation>"env" sollte ein Objekt mit Variablennamen sein</translation>
    </message>
    <message>
        <source>"required" of variable %1 should be true or false</source>
        <translation>"required" der Variable %1 sollte true oder false sein</translation>
    </message>
    <message>
        <source>variable %1 names an unknown generator; only "secret" exists</source>
        <translation>Variable %1 nennt einen unbekannten Generator; es gibt nur "secret"</translation>
    </message>
    <message>
        <source>the value of variable %1 should be a string</source>
        <translation>der Wert der Variable %1 sollte ein String sein</translation>
    </message>
    <message>
        <source>variable %1 should be a string or an object</source>
        <translation>Variable %1 sollte ein String oder ein Objekt sein</translation>
    </message>
    <message>
        <source>the quantity of process type %1 should be a whole number</source>
        <translation>die Anzahl des Prozesstyps %1 sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the size of process type %1 should be a string</source>
        <translation>die Größe des Prozesstyps %1 sollte ein String sein</translation>
    </message>
    <message>
        <source>process type %1 should be an object with quantity and size</source>
        <translation>Prozesstyp %1 sollte ein Objekt mit quantity und size sein</translation>
    </message>
    <message>
        <source>a formation entry has no "process"</source>
        <translation>ein formation-Eintrag hat kein "process"</translation>
    </message>
    <message>
        <source>"formation" should be an object of process types</source>
        <translation>"formation" sollte ein Objekt mit Prozesstypen sein</translation>
    </message>
    <message>
        <source>"scripts" should be an object</source>
        <translation>"scripts" sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>script %1 has no command</source>
        <translation>Skript %1 hat keinen Befehl</translation>
    </message>
    <message>
        <source>"addons" should be an array</source>
        <translation>"addons" sollte ein Array sein</translation>
    </message>
    <message>
        <source>an add-on entry has no plan</source>
        <translation>ein Add-on-Eintrag hat keinen Plan</translation>
    </message>
    <message>
        <source>"environments" should be an object</source>
        <translation>"environments" sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>environment %1 should be an object</source>
        <translation>Umgebung %1 sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>could not read app.json: %1</source>
        <translation>app.json konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::Audit</name>
    <message>
        <source>Reading files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Parsing manifests</source>
        <translation>Manifeste werden analysiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Applying rules</source>
        <translation>Regeln werden angewendet</translation>
    </message>
</context>
<context>
    <name>tfi::ChecklistModel</name>
    <message numerus="yes">
        <source>Priority %1 (%2 of %n done)</source>
        <translation>
            <numerusform>Priorität %1 (%2 von %n erledigt)</numerusform>
            <numerusform>Priorität %1 (%2 von %n erledigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolves %n finding(s)</source>
        <translation>
            <numerusform>Behebt %n Befund</numerusform>
            <numerusform>Behebt %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Resolved: no findings left (%n item(s))</source>
        <translation>
            <numerusform>Erledigt: keine Befunde mehr (%n Punkt)</numerusform>
            <numerusform>Erledigt: keine Befunde mehr (%n Punkte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::ChecklistView</name>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <source>Tick an item when it is fixed; double-click the note column to add a note. Double-click an item to see its findings. Progress is kept for this repository.</source>
        <translation>Haken Sie einen Punkt ab, sobald er behoben ist; doppelklicken Sie in die Notizspalte, um eine Notiz hinzuzufügen. Doppelklicken Sie auf einen Punkt, um seine Befunde zu sehen. Der Fortschritt wird für dieses Repository gespeichert.</translation>
    </message>
    <message>
        <source>The checklist could not be saved: %1</source>
        <translation>Die Checkliste konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::Cli</name>
    <message>
        <source>not a git repository</source>
        <translation>kein Git-Repository</translation>
    </message>
    <message>
        <source>%1, with uncommitted changes</source>
        <translation>%1, mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>Twelve-Factor Inspector %1</source>
        <translation>Twelve-Factor Inspector %1</translation>
    </message>
    <message>
        <source>Repository: %1 (%2)</source>
        <translation>Repository: %1 (%2)</translation>
    </message>
    <message>
        <source>Overall score: %1</source>
        <translation>Gesamtbewertung: %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling</source>
        <translation>
            <numerusform>%n verwaiste Referenz</numerusform>
            <numerusform>%n verwaiste Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 infos, %4 suppressed</source>
        <translation>Befunde: %1 Fehler, %2 Warnungen, %3 Hinweise, %4 unterdrückt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read completely:</source>
        <translation>
            <numerusform>%n Datei konnte nicht vollständig gelesen werden:</numerusform>
            <numerusform>%n Dateien konnten nicht vollständig gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>no environment "%1"; the repository has %2</source>
        <translation>keine Umgebung "%1"; das Repository hat %2</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not "%2"</source>
        <translation>--%1 braucht eine positive Zahl, nicht "%2"</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Audits a repository's deploy manifests against the twelve-factor methodology.</source>
        <translation>Prüft die Deploy-Manifeste eines Repositorys anhand der Zwölf-Faktoren-Methodik.</translation>
    </message>
    <message>
        <source>The audit command.</source>
        <translation>Der Befehl audit.</translation>
    </message>
    <message>
        <source>Any path inside the repository, or a plain directory.</source>
        <translation>Ein beliebiger Pfad innerhalb des Repositorys oder ein einfaches Verzeichnis.</translation>
    </message>
    <message>
        <source>Audit this revision (branch, tag, commit id, HEAD~N) from git objects.</source>
        <translation>Diese Revision (Branch, Tag, Commit-ID, HEAD~N) aus den Git-Objekten prüfen.</translation>
    </message>
    <message>
        <source>Report format: json, text, sarif, html, markdown, pdf or dot.</source>
        <translation>Berichtsformat: json, text, sarif, html, markdown, pdf oder dot.</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>Den Bericht in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding at or above this severity (error, warning, info) is present.</source>
        <translation>Mit Exit-Code 1 beenden, wenn ein Befund mit diesem oder einem höheren Schweregrad (error, warning, info) vorliegt.</translation>
    </message>
    <message>
        <source>Skip files larger than this many bytes (default 8388608).</source>
        <translation>Dateien überspringen, die größer als diese Anzahl Bytes sind (Standard 8388608).</translation>
    </message>
    <message>
        <source>Reject YAML nested deeper than this (default 200).</source>
        <translation>YAML ablehnen, das tiefer als diese Anzahl Ebenen verschachtelt ist (Standard 200).</translation>
    </message>
    <message>
        <source>Read at most this many documents per YAML file (default 10000).</source>
        <translation>Höchstens so viele Dokumente pro YAML-Datei lesen (Standard 10000).</translation>
    </message>
    <message>
        <source>Reject YAML documents with more aliases than this (default 10000).</source>
        <translation>YAML-Dokumente mit mehr Aliasen als diesem Wert ablehnen (Standard 10000).</translation>
    </message>
    <message>
        <source>Scan at most this many commits of history for secrets (default 10000; 0 turns the scan off).</source>
        <translation>Höchstens so viele Commits der Historie nach Secrets durchsuchen (Standard 10000; 0 schaltet die Suche ab).</translation>
    </message>
    <message>
        <source>Key for value digests, so digests compare across runs (default: random per run, or $TFI_DIGEST_KEY).</source>
        <translation>Schlüssel für Wert-Digests, damit Digests über mehrere Läufe hinweg vergleichbar sind (Standard: zufällig pro Lauf oder $TFI_DIGEST_KEY).</translation>
    </message>
    <message>
        <source>With --format dot: the port map of this environment only (default: every environment, one cluster each).</source>
        <translation>Mit --format dot: nur die Portkarte dieser Umgebung (Standard: jede Umgebung, je ein Cluster).</translation>
    </message>
    <message>
        <source>audit needs a path</source>
        <translation>audit braucht einen Pfad</translation>
    </message>
    <message>
        <source>audit takes one path</source>
        <translation>audit akzeptiert nur einen Pfad</translation>
    </message>
    <message>
        <source>unknown format "%1"; use one of %2</source>
        <translation>unbekanntes Format "%1"; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>the %1 format is not supported yet</source>
        <translation>das Format %1 wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>the pdf format writes binary data; use --output FILE or redirect standard output</source>
        <translation>das Format pdf schreibt Binärdaten; verwenden Sie --output FILE oder leiten Sie die Standardausgabe um</translation>
    </message>
    <message>
        <source>--fail-on takes error, warning or info, not "%1"</source>
        <translation>--fail-on akzeptiert error, warning oder info, nicht "%1"</translation>
    </message>
    <message>
        <source>--history-limit needs a number of commits, not "%1"</source>
        <translation>--history-limit braucht eine Anzahl von Commits, nicht "%1"</translation>
    </message>
    <message>
        <source>cannot write the PDF report: %1</source>
        <translation>der PDF-Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Shows what each workload gets in each environment: variables, image, replicas, probes, resources and backing services.</source>
        <translation>Zeigt, was jeder Workload in jeder Umgebung erhält: Variablen, Image, Replikate, Probes, Ressourcen und unterstützende Dienste.</translation>
    </message>
    <message>
        <source>The diff command.</source>
        <translation>Der Befehl diff.</translation>
    </message>
    <message>
        <source>Compare at this revision instead of the working tree.</source>
        <translation>Auf dieser Revision statt im Arbeitsverzeichnis vergleichen.</translation>
    </message>
    <message>
        <source>Show only this workload.</source>
        <translation>Nur diesen Workload anzeigen.</translation>
    </message>
    <message>
        <source>Show only these environments, comma-separated.</source>
        <translation>Nur diese Umgebungen anzeigen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Hide rows that are the same in every environment.</source>
        <translation>Zeilen ausblenden, die in allen Umgebungen gleich sind.</translation>
    </message>
    <message>
        <source>diff needs exactly one path</source>
        <translation>diff braucht genau einen Pfad</translation>
    </message>
    <message>
        <source>no workload is called "%1"</source>
        <translation>es gibt keinen Workload namens "%1"</translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>(same as %1)</source>
        <translation>(wie %1)</translation>
    </message>
    <message>
        <source>Lists the bundled workshop examples, or writes one as a git repository with its history.</source>
        <translation>Listet die mitgelieferten Workshop-Beispiele auf oder schreibt eines als Git-Repository mit seiner Historie.</translation>
    </message>
    <message>
        <source>The examples command.</source>
        <translation>Der Befehl examples.</translation>
    </message>
    <message>
        <source>Write the example NAME into a new directory under DIR.</source>
        <translation>Das Beispiel NAME in ein neues Verzeichnis unter DIR schreiben.</translation>
    </message>
    <message>
        <source>use: examples, or examples materialize NAME DIR</source>
        <translation>Verwendung: examples oder examples materialize NAME DIR</translation>
    </message>
    <message>
        <source>Usage: %1 audit PATH [--rev REV] [--format json|text] [--output FILE] [--fail-on error|warning|info]
       %1 diff PATH [--rev REV] [--workload NAME] [--env A,B] [--only-differences]
       %1 examples [materialize NAME DIR]
Run "%1 audit --help" for every option.</source>
        <translation>Verwendung: %1 audit PATH [--rev REV] [--format json|text] [--output FILE] [--fail-on error|warning|info]
            %1 diff PATH [--rev REV] [--workload NAME] [--env A,B] [--only-differences]
            %1 examples [materialize NAME DIR]
Führen Sie "%1 audit --help" aus, um alle Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>tfi::ComposeParser</name>
    <message>
        <source>"%1" must be a list</source>
        <translation>"%1" muss eine Liste sein</translation>
    </message>
    <message>
        <source>"%1" must be a mapping</source>
        <translation>"%1" muss ein Mapping sein</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are nested deeper than %1 levels</source>
        <translation>Merge-Keys (&lt;&lt;) sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) must refer to a mapping or a list of mappings</source>
        <translation>ein Merge-Key (&lt;&lt;) muss auf ein Mapping oder eine Liste von Mappings verweisen</translation>
    </message>
    <message>
        <source>the required variable %1 is not set in .env</source>
        <translation>die erforderliche Variable %1 ist in .env nicht gesetzt</translation>
    </message>
    <message>
        <source>the value has an invalid ${...} interpolation</source>
        <translation>der Wert enthält eine ungültige ${...}-Interpolation</translation>
    </message>
    <message>
        <source>the items of "%1" must be strings</source>
        <translation>die Elemente von "%1" müssen Strings sein</translation>
    </message>
    <message>
        <source>"%1" must be a string or a list</source>
        <translation>"%1" muss ein String oder eine Liste sein</translation>
    </message>
    <message>
        <source>the entries of "%1" must be KEY=VALUE strings</source>
        <translation>die Einträge von "%1" müssen KEY=VALUE-Strings sein</translation>
    </message>
    <message>
        <source>"%1" must be a mapping or a list</source>
        <translation>"%1" muss ein Mapping oder eine Liste sein</translation>
    </message>
    <message>
        <source>the top level of a Compose file must be a mapping</source>
        <translation>die oberste Ebene einer Compose-Datei muss ein Mapping sein</translation>
    </message>
    <message>
        <source>"services" must be a mapping of service names</source>
        <translation>"services" muss ein Mapping von Service-Namen sein</translation>
    </message>
    <message>
        <source>the service "%1" must be a mapping</source>
        <translation>der Service "%1" muss ein Mapping sein</translation>
    </message>
    <message>
        <source>"%1" must be a string</source>
        <translation>"%1" muss ein String sein</translation>
    </message>
    <message>
        <source>the entries of "%1" must be service names</source>
        <translation>die Einträge von "%1" müssen Service-Namen sein</translation>
    </message>
    <message>
        <source>"%1" needs a whole number</source>
        <translation>"%1" braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>unknown duration "%1"</source>
        <translation>unbekannte Dauer "%1"</translation>
    </message>
    <message>
        <source>a service secret needs a name or a "source"</source>
        <translation>ein Service-Secret braucht einen Namen oder eine "source"</translation>
    </message>
    <message>
        <source>"extends" needs the name of a service</source>
        <translation>"extends" braucht den Namen eines Service</translation>
    </message>
    <message>
        <source>"extends" is nested deeper than %1 levels</source>
        <translation>"extends" ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>"extends" refers to the file %1, which is not in the repository</source>
        <translation>"extends" verweist auf die Datei %1, die nicht im Repository liegt</translation>
    </message>
    <message>
        <source>"extends" of the service "%1" forms a cycle</source>
        <translation>"extends" des Service "%1" bildet einen Zyklus</translation>
    </message>
    <message>
        <source>"extends" refers to the unknown service "%1"</source>
        <translation>"extends" verweist auf den unbekannten Service "%1"</translation>
    </message>
    <message>
        <source>an entry of "%1" has no variable name</source>
        <translation>ein Eintrag von "%1" hat keinen Variablennamen</translation>
    </message>
    <message>
        <source>the variable %1 must have a string value</source>
        <translation>die Variable %1 muss einen String-Wert haben</translation>
    </message>
    <message>
        <source>the variable name "%1" contains spaces</source>
        <translation>der Variablenname "%1" enthält Leerzeichen</translation>
    </message>
    <message>
        <source>an "env_file" entry needs a path</source>
        <translation>ein "env_file"-Eintrag braucht einen Pfad</translation>
    </message>
    <message>
        <source>"%1" must be a string or a mapping</source>
        <translation>"%1" muss ein String oder ein Mapping sein</translation>
    </message>
    <message>
        <source>the entries of "%1" must be port numbers or port strings</source>
        <translation>die Einträge von "%1" müssen Portnummern oder Port-Strings sein</translation>
    </message>
    <message>
        <source>the port uses the variable %1, which .env does not set; Compose would use an empty value</source>
        <translation>der Port verwendet die Variable %1, die .env nicht setzt; Compose würde einen leeren Wert verwenden</translation>
    </message>
    <message>
        <source>unknown port syntax "%1"</source>
        <translation>unbekannte Port-Syntax "%1"</translation>
    </message>
    <message>
        <source>unknown port protocol "%1"</source>
        <translation>unbekanntes Port-Protokoll "%1"</translation>
    </message>
    <message>
        <source>"expose" takes container ports only, not "%1"</source>
        <translation>"expose" akzeptiert nur Container-Ports, nicht "%1"</translation>
    </message>
    <message>
        <source>a port mapping needs a "target" port</source>
        <translation>ein Port-Mapping braucht einen "target"-Port</translation>
    </message>
    <message>
        <source>the published and container port ranges of "%1" differ in length</source>
        <translation>der veröffentlichte und der Container-Portbereich von "%1" sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>a container port range needs a published range of the same length in "%1"</source>
        <translation>ein Container-Portbereich braucht in "%1" einen veröffentlichten Bereich gleicher Länge</translation>
    </message>
    <message>
        <source>the port range "%1" has more than %2 ports; only the first %2 were read</source>
        <translation>der Portbereich "%1" umfasst mehr als %2 Ports; nur die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>the file declares more than %1 ports; the rest were skipped</source>
        <translation>die Datei deklariert mehr als %1 Ports; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <source>unknown volume syntax "%1"</source>
        <translation>unbekannte Volume-Syntax "%1"</translation>
    </message>
    <message>
        <source>a volume mount needs a "target" path</source>
        <translation>ein Volume-Mount braucht einen "target"-Pfad</translation>
    </message>
    <message>
        <source>the entries of "%1" must be strings or mappings</source>
        <translation>die Einträge von "%1" müssen Strings oder Mappings sein</translation>
    </message>
    <message>
        <source>a healthcheck test must start with CMD, CMD-SHELL or NONE</source>
        <translation>ein Healthcheck-Test muss mit CMD, CMD-SHELL oder NONE beginnen</translation>
    </message>
    <message>
        <source>a healthcheck test must be a string or a list</source>
        <translation>ein Healthcheck-Test muss ein String oder eine Liste sein</translation>
    </message>
    <message>
        <source>the Compose file is not a readable text file; skipped</source>
        <translation>die Compose-Datei ist keine lesbare Textdatei; übersprungen</translation>
    </message>
    <message>
        <source>could not read the Compose file: %1</source>
        <translation>die Compose-Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::DashboardView</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Factor %1, %2: %3</source>
        <translation>Faktor %1, %2: %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n finding(s)</source>
        <translation>
            <numerusform>%1 · %n Befund</numerusform>
            <numerusform>%1 · %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>← All factors</source>
        <translation>← Alle Faktoren</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Noch keine Prüfung.</translation>
    </message>
    <message>
        <source>Overall score out of 100</source>
        <translation>Gesamtbewertung (von 100 Punkten)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed</source>
        <translation>
            <numerusform>%n unterdrückt</numerusform>
            <numerusform>%n unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Score %1 of 100.</source>
        <translation>Bewertung: %1 von 100 Punkten.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>What passes</source>
        <translation>Was erfüllt ist</translation>
    </message>
    <message>
        <source>Nothing recorded as passing yet.</source>
        <translation>Bisher ist nichts als erfüllt erfasst.</translation>
    </message>
</context>
<context>
    <name>tfi::DockerfileParser</name>
    <message>
        <source>the parser directive %1 is given more than once; the first one applies</source>
        <translation>die Parser-Direktive %1 ist mehrfach angegeben; die erste gilt</translation>
    </message>
    <message>
        <source>the escape directive must be a backslash or a backtick; the backslash applies</source>
        <translation>die escape-Direktive muss ein Backslash oder ein Backtick sein; es gilt der Backslash</translation>
    </message>
    <message>
        <source>the heredoc %1 is not terminated</source>
        <translation>das Heredoc %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a heredoc is not terminated</source>
        <translation>ein Heredoc ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unknown instruction %1</source>
        <translation>unbekannte Anweisung %1</translation>
    </message>
    <message>
        <source>a line does not start with a known instruction</source>
        <translation>eine Zeile beginnt nicht mit einer bekannten Anweisung</translation>
    </message>
    <message>
        <source>%1 needs at least one argument</source>
        <translation>%1 braucht mindestens ein Argument</translation>
    </message>
    <message>
        <source>%1 comes before the first FROM instruction</source>
        <translation>%1 steht vor der ersten FROM-Anweisung</translation>
    </message>
    <message>
        <source>SHELL must be written as a JSON array of strings</source>
        <translation>SHELL muss als JSON-Array von Strings geschrieben werden</translation>
    </message>
    <message>
        <source>unknown flag --%1 for %2</source>
        <translation>unbekanntes Flag --%1 für %2</translation>
    </message>
    <message>
        <source>unknown flag for %1</source>
        <translation>unbekanntes Flag für %1</translation>
    </message>
    <message>
        <source>%1 looks like exec form but is not valid JSON; it runs through a shell</source>
        <translation>%1 sieht nach Exec-Form aus, ist aber kein gültiges JSON; der Befehl läuft über eine Shell</translation>
    </message>
    <message>
        <source>the JSON array of %1 must hold only strings</source>
        <translation>das JSON-Array von %1 darf nur Strings enthalten</translation>
    </message>
    <message>
        <source>invalid build stage name %1</source>
        <translation>ungültiger Build-Stage-Name %1</translation>
    </message>
    <message>
        <source>invalid build stage name</source>
        <translation>ungültiger Build-Stage-Name</translation>
    </message>
    <message>
        <source>the build stage name %1 is used twice</source>
        <translation>der Build-Stage-Name %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>FROM needs an image, optionally followed by AS and a stage name</source>
        <translation>FROM braucht ein Image, optional gefolgt von AS und einem Stage-Namen</translation>
    </message>
    <message>
        <source>FROM uses the variable %1, which has no default in a global ARG</source>
        <translation>FROM verwendet die Variable %1, die in keinem globalen ARG einen Standardwert hat</translation>
    </message>
    <message>
        <source>too many stages build on each other; this stage does not inherit its base stage's settings</source>
        <translation>zu viele Stages bauen aufeinander auf; diese Stage übernimmt nicht die Einstellungen ihrer Basis-Stage</translation>
    </message>
    <message>
        <source>ENV %1 has no value</source>
        <translation>ENV %1 hat keinen Wert</translation>
    </message>
    <message>
        <source>ENV needs a name and a value</source>
        <translation>ENV braucht einen Namen und einen Wert</translation>
    </message>
    <message>
        <source>ENV expects name=value pairs; an entry has no "="</source>
        <translation>ENV erwartet Name=Wert-Paare; ein Eintrag hat kein "="</translation>
    </message>
    <message>
        <source>an ENV name is empty</source>
        <translation>ein ENV-Name ist leer</translation>
    </message>
    <message>
        <source>an ARG name is empty</source>
        <translation>ein ARG-Name ist leer</translation>
    </message>
    <message>
        <source>EXPOSE uses the variable %1, which has no known value</source>
        <translation>EXPOSE verwendet die Variable %1, deren Wert nicht bekannt ist</translation>
    </message>
    <message>
        <source>EXPOSE uses a variable that has no known value</source>
        <translation>EXPOSE verwendet eine Variable, deren Wert nicht bekannt ist</translation>
    </message>
    <message>
        <source>invalid EXPOSE port %1</source>
        <translation>ungültiger EXPOSE-Port %1</translation>
    </message>
    <message>
        <source>invalid EXPOSE port</source>
        <translation>ungültiger EXPOSE-Port</translation>
    </message>
    <message numerus="yes">
        <source>EXPOSE names more than %n port(s); the rest are left out</source>
        <translation>
            <numerusform>EXPOSE nennt mehr als %n Port; der Rest wird ausgelassen</numerusform>
            <numerusform>EXPOSE nennt mehr als %n Ports; der Rest wird ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE takes no arguments</source>
        <translation>HEALTHCHECK NONE akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>HEALTHCHECK needs CMD or NONE</source>
        <translation>HEALTHCHECK braucht CMD oder NONE</translation>
    </message>
    <message>
        <source>HEALTHCHECK CMD needs a command</source>
        <translation>HEALTHCHECK CMD braucht einen Befehl</translation>
    </message>
    <message>
        <source>the Dockerfile has no instructions</source>
        <translation>das Dockerfile enthält keine Anweisungen</translation>
    </message>
    <message>
        <source>the Dockerfile has no FROM instruction</source>
        <translation>das Dockerfile enthält keine FROM-Anweisung</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this Dockerfile not reported</source>
        <translation>
            <numerusform>%n weiteres Problem in diesem Dockerfile wurde nicht gemeldet</numerusform>
            <numerusform>%n weitere Probleme in diesem Dockerfile wurden nicht gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is not text and was not read as a Dockerfile</source>
        <translation>die Datei ist kein Text und wurde nicht als Dockerfile gelesen</translation>
    </message>
    <message>
        <source>the Dockerfile is larger than the size limit and was not read</source>
        <translation>das Dockerfile überschreitet die Größengrenze und wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>tfi::DotenvParser</name>
    <message>
        <source>%1 more malformed lines were not reported</source>
        <translation>%1 weitere fehlerhafte Zeilen wurden nicht gemeldet</translation>
    </message>
    <message>
        <source>the line has a value but no variable name</source>
        <translation>die Zeile hat einen Wert, aber keinen Variablennamen</translation>
    </message>
    <message>
        <source>the line does not start with a variable name</source>
        <translation>die Zeile beginnt nicht mit einem Variablennamen</translation>
    </message>
    <message>
        <source>the variable name "%1" is followed by text that is not "="</source>
        <translation>auf den Variablennamen "%1" folgt Text, der nicht "=" ist</translation>
    </message>
    <message>
        <source>the value of %1 opens a quote that is never closed</source>
        <translation>der Wert von %1 öffnet ein Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of %1</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen von %1</translation>
    </message>
    <message>
        <source>the dotenv file is not a readable text file; skipped</source>
        <translation>die dotenv-Datei ist keine lesbare Textdatei; übersprungen</translation>
    </message>
    <message>
        <source>the dotenv file is larger than %1 bytes; skipped</source>
        <translation>die dotenv-Datei ist größer als %1 Bytes; übersprungen</translation>
    </message>
</context>
<context>
    <name>tfi::EditorLauncher</name>
    <message>
        <source>%1 is not in the working tree (it may exist only at the audited revision).</source>
        <translation>%1 liegt nicht im Arbeitsverzeichnis (die Datei existiert möglicherweise nur in der geprüften Revision).</translation>
    </message>
    <message>
        <source>No editor could be started for %1.</source>
        <translation>Für %1 konnte kein Editor gestartet werden.</translation>
    </message>
</context>
<context>
    <name>tfi::EnvDiff</name>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>Probes</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>backing services</source>
        <translation>unterstützende Dienste</translation>
    </message>
</context>
<context>
    <name>tfi::EnvDiffView</name>
    <message>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Workload:</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Image, replicas, probes, resources</source>
        <translation>Image, Replikate, Probes, Ressourcen</translation>
    </message>
    <message>
        <source>Amber: the value differs from the other environments. Red: not set where the workload runs. Italic: sensitive, shown masked. Hover a cell for where it is set.</source>
        <translation>Orange: Der Wert weicht von den anderen Umgebungen ab. Rot: nicht gesetzt, obwohl der Workload dort läuft. Kursiv: sensibel, maskiert angezeigt. Zeigen Sie mit der Maus auf eine Zelle, um zu sehen, wo der Wert gesetzt wird.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 across %n environment(s)</source>
        <translation>
            <numerusform>%1, %2 in %n Umgebung</numerusform>
            <numerusform>%1, %2 in %n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n weicht ab</numerusform>
            <numerusform>%n weichen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::EnvMatrixModel</name>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not set in %2</source>
        <translation>%1 ist in %2 nicht gesetzt</translation>
    </message>
    <message>
        <source>Set at %1:%2</source>
        <translation>Gesetzt in %1:%2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Sensitive: the value is masked</source>
        <translation>Sensibel: Der Wert ist maskiert</translation>
    </message>
    <message>
        <source>Same secret as %1</source>
        <translation>Gleiches Secret wie %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 (shared secret)</source>
        <translation>%1 (gemeinsames Secret)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
</context>
<context>
    <name>tfi::Examples</name>
    <message>
        <source>the example %1 has no history</source>
        <translation>das Beispiel %1 hat keine Historie</translation>
    </message>
    <message>
        <source>the history of the example %1 cannot be read</source>
        <translation>die Historie des Beispiels %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>commit %1 in the history of the example %2 is malformed</source>
        <translation>Commit %1 in der Historie des Beispiels %2 ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot create a git repository in %1: %2</source>
        <translation>in %1 kann kein Git-Repository angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot stage %1: %2</source>
        <translation>%1 kann nicht zum Commit vorgemerkt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot commit "%1": %2</source>
        <translation>"%1" kann nicht committet werden: %2</translation>
    </message>
    <message>
        <source>the history of the example %1 writes %2, which it does not have</source>
        <translation>die Historie des Beispiels %1 schreibt %2, das im Beispiel nicht vorkommt</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the history of the example %1 does not end with the example's files</source>
        <translation>die Historie des Beispiels %1 endet nicht mit den Dateien des Beispiels</translation>
    </message>
    <message>
        <source>Legacy shop</source>
        <translation>Legacy-Shop</translation>
    </message>
    <message>
        <source>A shop that works on one machine and breaks most factors: secrets in manifests and in the git history, :latest images, migrations at start-up, sticky sessions, logs written to files.</source>
        <translation>Ein Shop, der auf einem einzigen Rechner funktioniert und die meisten Faktoren verletzt: Secrets in Manifesten und in der Git-Historie, :latest-Images, Migrationen beim Start, Sticky Sessions, Logs in Dateien.</translation>
    </message>
    <message>
        <source>Halfway shop</source>
        <translation>Halb umgebauter Shop</translation>
    </message>
    <message>
        <source>The same shop halfway refactored: config in environment variables, Kustomize overlays, Compose with an override and a Procfile release phase, with drift left between the environments and logs still written to a file.</source>
        <translation>Derselbe Shop, zur Hälfte umgebaut: Konfiguration in Umgebungsvariablen, Kustomize-Overlays, Compose mit Override-Datei und eine Release-Phase im Procfile – dazu Abweichungen zwischen den Umgebungen und Logs, die weiterhin in eine Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>Twelve-factor shop</source>
        <translation>Twelve-Factor-Shop</translation>
    </message>
    <message>
        <source>The same shop well factored: Secrets by reference only, images pinned by digest, probes, resources, an autoscaling component, a release phase, stdout logs and dependencies locked with hashes.</source>
        <translation>Derselbe Shop, sauber nach den zwölf Faktoren aufgebaut: Secrets nur per Referenz, Images per Digest fixiert, Probes, Ressourcen, eine Autoscaling-Komponente, eine Release-Phase, Logs auf stdout und mit Hashes festgeschriebene Abhängigkeiten.</translation>
    </message>
    <message>
        <source>there is no example called "%1"</source>
        <translation>es gibt kein Beispiel namens "%1"</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>tfi::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>HTML page (single file)</source>
        <translation>HTML-Seite (einzelne Datei)</translation>
    </message>
    <message>
        <source>Markdown (for a pull request)</source>
        <translation>Markdown (für einen Pull-Request)</translation>
    </message>
    <message>
        <source>JSON (report format version 1)</source>
        <translation>JSON (Berichtsformat Version 1)</translation>
    </message>
    <message>
        <source>SARIF (code scanning)</source>
        <translation>SARIF (Code-Scanning)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Preview of the report's contents:</source>
        <translation>Vorschau des Berichtsinhalts:</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>reports are never written inside the inspected repository; choose another folder</source>
        <translation>Berichte werden nie im geprüften Repository gespeichert; wählen Sie einen anderen Ordner</translation>
    </message>
</context>
<context>
    <name>tfi::Factor</name>
    <message>
        <source>Codebase</source>
        <translation>Codebasis</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Backing services</source>
        <translation>Unterstützende Dienste</translation>
    </message>
    <message>
        <source>Build, release, run</source>
        <translation>Build, Release, Run</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Port binding</source>
        <translation>Bindung an Ports</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Nebenläufigkeit</translation>
    </message>
    <message>
        <source>Disposability</source>
        <translation>Einweggebrauch</translation>
    </message>
    <message>
        <source>Dev/prod parity</source>
        <translation>Gleichheit von Entwicklung und Produktion</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Admin processes</source>
        <translation>Admin-Prozesse</translation>
    </message>
</context>
<context>
    <name>tfi::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (unterdrückt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
</context>
<context>
    <name>tfi::FindingsView</name>
    <message>
        <source>Show suppressed</source>
        <translation>Unterdrückte anzeigen</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>All factors</source>
        <translation>Alle Faktoren</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>Factor filter</source>
        <translation>Faktorfilter</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Regelfilter</translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation>Umgebungsfilter</translation>
    </message>
    <message>
        <source>Workload filter</source>
        <translation>Workload-Filter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>All workloads</source>
        <translation>Alle Workloads</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 von %n Befund</numerusform>
            <numerusform>%1 von %n Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und wie Sie ihn beheben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Factor: %1. %2</source>
        <translation>Faktor: %1. %2</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Workload: %1</translation>
    </message>
    <message>
        <source>At %1:%2</source>
        <translation>Stelle: %1:%2</translation>
    </message>
    <message>
        <source>Introduced in commit %1 on %2%3</source>
        <translation>Eingeführt in Commit %1 am %2%3</translation>
    </message>
    <message>
        <source> (no longer in the tree)</source>
        <translation> (nicht mehr im aktuellen Stand)</translation>
    </message>
    <message>
        <source>Suppressed by %1: %2</source>
        <translation>Unterdrückt durch %1: %2</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>(%1 cannot be shown: it is binary, too large or not in the audited tree)</source>
        <translation>(%1 kann nicht angezeigt werden: Die Datei ist binär, zu groß oder nicht im geprüften Stand enthalten)</translation>
    </message>
</context>
<context>
    <name>tfi::FlyTomlParser</name>
    <message>
        <source>"%1" should be a string</source>
        <translation>"%1" sollte ein String sein</translation>
    </message>
    <message>
        <source>"%1" should be a number, not a string</source>
        <translation>"%1" sollte eine Zahl sein, kein String</translation>
    </message>
    <message>
        <source>"%1" should be a whole number</source>
        <translation>"%1" sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>"%1" should hold only strings</source>
        <translation>"%1" sollte nur Strings enthalten</translation>
    </message>
    <message>
        <source>"%1" should be a list of strings</source>
        <translation>"%1" sollte eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>entries of "%1" should be tables</source>
        <translation>Einträge von "%1" sollten Tabellen sein</translation>
    </message>
    <message>
        <source>"%1" should be a table</source>
        <translation>"%1" sollte eine Tabelle sein</translation>
    </message>
    <message>
        <source>too many ports, checks and mounts across processes; the rest were skipped</source>
        <translation>zu viele Ports, Checks und Mounts über alle Prozesse hinweg; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <source>fly.toml is not a text file (binary or a Git LFS pointer); skipped</source>
        <translation>fly.toml ist keine Textdatei (binär oder ein Git-LFS-Pointer); übersprungen</translation>
    </message>
    <message>
        <source>dotted keys nest deeper than %1 levels; fly.toml skipped</source>
        <translation>gepunktete Schlüssel sind tiefer als %1 Ebenen verschachtelt; fly.toml übersprungen</translation>
    </message>
    <message>
        <source>could not parse TOML: %1</source>
        <translation>TOML konnte nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>the command of process %1 should hold only strings</source>
        <translation>der Befehl des Prozesses %1 sollte nur Strings enthalten</translation>
    </message>
    <message>
        <source>the command of process %1 should be a string</source>
        <translation>der Befehl des Prozesses %1 sollte ein String sein</translation>
    </message>
    <message>
        <source>variable %1 should be a string</source>
        <translation>Variable %1 sollte ein String sein</translation>
    </message>
    <message>
        <source>[http_service] has no internal_port</source>
        <translation>[http_service] hat keinen internal_port</translation>
    </message>
    <message>
        <source>a [[services]] entry has no internal_port</source>
        <translation>ein [[services]]-Eintrag hat keinen internal_port</translation>
    </message>
    <message>
        <source>a [[services.ports]] entry has no port</source>
        <translation>ein [[services.ports]]-Eintrag hat keinen port</translation>
    </message>
    <message>
        <source>check %1 should be a table</source>
        <translation>Check %1 sollte eine Tabelle sein</translation>
    </message>
    <message>
        <source>check %1 has no type</source>
        <translation>Check %1 hat keinen Typ</translation>
    </message>
    <message>
        <source>check %1 has no port and there is no [http_service] to take it from</source>
        <translation>Check %1 hat keinen Port, und es gibt keinen [http_service], von dem er übernommen werden könnte</translation>
    </message>
    <message>
        <source>a mount needs both source and destination</source>
        <translation>ein Mount braucht sowohl source als auch destination</translation>
    </message>
    <message>
        <source>release_command is empty</source>
        <translation>release_command ist leer</translation>
    </message>
    <message>
        <source>kill_timeout is out of range</source>
        <translation>kill_timeout liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>kill_timeout is not a duration such as "30s"</source>
        <translation>kill_timeout ist keine Dauer wie "30s"</translation>
    </message>
    <message>
        <source>kill_timeout should be a number of seconds or a duration such as "30s"</source>
        <translation>kill_timeout sollte eine Anzahl Sekunden oder eine Dauer wie "30s" sein</translation>
    </message>
    <message>
        <source>"processes" names %1, which is not a process of this app</source>
        <translation>"processes" nennt %1, das kein Prozess dieser App ist</translation>
    </message>
    <message>
        <source>the dockerfile path leaves the repository</source>
        <translation>der dockerfile-Pfad führt aus dem Repository heraus</translation>
    </message>
    <message>
        <source>could not read fly.toml: %1</source>
        <translation>fly.toml konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::HelmParser</name>
    <message>
        <source>%1 is not a YAML mapping</source>
        <translation>%1 ist kein YAML-Mapping</translation>
    </message>
    <message>
        <source>the chart has no name</source>
        <translation>das Chart hat keinen Namen</translation>
    </message>
    <message>
        <source>could not read the chart: %1</source>
        <translation>das Chart konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Helm reads only the first document of a values file; the others were ignored</source>
        <translation>Helm liest nur das erste Dokument einer Values-Datei; die übrigen wurden ignoriert</translation>
    </message>
    <message>
        <source>the values expand to more than %1 nodes; the rest was not read</source>
        <translation>die Values expandieren zu mehr als %1 Knoten; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>could not read the values: %1</source>
        <translation>die Values konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::HelmRender</name>
    <message>
        <source>{{ %1 }} closes no block and was ignored</source>
        <translation>{{ %1 }} schließt keinen Block und wurde ignoriert</translation>
    </message>
    <message>
        <source>a template action is not closed; the rest of the template was read as text</source>
        <translation>eine Template-Aktion ist nicht geschlossen; der Rest des Templates wurde als Text gelesen</translation>
    </message>
    <message>
        <source>template blocks are nested too deeply; the rest of the template was not rendered</source>
        <translation>Template-Blöcke sind zu tief verschachtelt; der Rest des Templates wurde nicht gerendert</translation>
    </message>
    <message>
        <source>a block has a second {{ else }}; it was ignored</source>
        <translation>ein Block hat ein zweites {{ else }}; es wurde ignoriert</translation>
    </message>
    <message>
        <source>this {{ %1 }} block is not closed by {{ end }}</source>
        <translation>dieser {{ %1 }}-Block wird nicht durch {{ end }} geschlossen</translation>
    </message>
    <message>
        <source>the template takes too many steps to render; the rest was not rendered</source>
        <translation>das Rendern des Templates braucht zu viele Schritte; der Rest wurde nicht gerendert</translation>
    </message>
    <message>
        <source>the template renders to more than %1 characters; the rest was not rendered</source>
        <translation>das Template ergibt mehr als %1 Zeichen; der Rest wurde nicht gerendert</translation>
    </message>
    <message>
        <source>the range over "%1" cannot be resolved from the values; what it renders was left out</source>
        <translation>die range-Schleife über "%1" lässt sich nicht aus den Values auflösen; ihre Ausgabe wurde ausgelassen</translation>
    </message>
    <message>
        <source>the replicas of workload %1 cannot be resolved from the values of environment "%2": %3</source>
        <translation>die Replikate des Workloads %1 lassen sich nicht aus den Values der Umgebung "%2" auflösen: %3</translation>
    </message>
    <message>
        <source>a container port of workload %1 cannot be resolved from the values of environment "%2": %3</source>
        <translation>ein Container-Port des Workloads %1 lässt sich nicht aus den Values der Umgebung "%2" auflösen: %3</translation>
    </message>
    <message>
        <source>the termination grace period of workload %1 cannot be resolved from the values of environment "%2": %3</source>
        <translation>die Termination Grace Period des Workloads %1 lässt sich nicht aus den Values der Umgebung "%2" auflösen: %3</translation>
    </message>
    <message>
        <source>the replicas of workload %1 are not a number</source>
        <translation>die Replikate des Workloads %1 sind keine Zahl</translation>
    </message>
    <message>
        <source>a container port of workload %1 is not a number</source>
        <translation>ein Container-Port des Workloads %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the termination grace period of workload %1 is not a number</source>
        <translation>die Termination Grace Period des Workloads %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>a %1 in this template has no metadata.name; it is named %2 here</source>
        <translation>ein Objekt vom Typ %1 in diesem Template hat keinen metadata.name; es heißt hier %2</translation>
    </message>
    <message>
        <source>an env entry of workload %1 has no name and was ignored</source>
        <translation>ein env-Eintrag des Workloads %1 hat keinen Namen und wurde ignoriert</translation>
    </message>
    <message>
        <source>the name of an env entry of workload %1 cannot be resolved (%2); it was ignored</source>
        <translation>der Name eines env-Eintrags des Workloads %1 lässt sich nicht auflösen (%2); der Eintrag wurde ignoriert</translation>
    </message>
    <message>
        <source>the template is larger than %1 bytes and was not rendered</source>
        <translation>das Template ist größer als %1 Bytes und wurde nicht gerendert</translation>
    </message>
    <message>
        <source>could not render the template: %1</source>
        <translation>das Template konnte nicht gerendert werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::History</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation>die Historie kann nicht durchlaufen werden: %1</translation>
    </message>
    <message>
        <source>cannot read commit %1: %2</source>
        <translation>Commit %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the tree of commit %1: %2</source>
        <translation>der Tree von Commit %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot compare commit %1 with its parent: %2</source>
        <translation>Commit %1 kann nicht mit seinem Eltern-Commit verglichen werden: %2</translation>
    </message>
    <message>
        <source>cannot open the repository to scan its history: %1</source>
        <translation>das Repository kann nicht zum Durchsuchen der Historie geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot scan the history of revision %1: not a commit id</source>
        <translation>die Historie der Revision %1 kann nicht durchsucht werden: keine Commit-ID</translation>
    </message>
    <message>
        <source>the repository is a shallow clone, so its history is partial: commits before the clone's depth were not scanned for secrets</source>
        <translation>das Repository ist ein Shallow Clone, daher ist seine Historie unvollständig: Commits vor der Klontiefe wurden nicht nach Secrets durchsucht</translation>
    </message>
    <message numerus="yes">
        <source>the history scan stopped at the newest %n commit(s); older commits were not scanned for secrets</source>
        <translation>
            <numerusform>die Suche in der Historie umfasste nur den neuesten %n Commit; ältere Commits wurden nicht nach Secrets durchsucht</numerusform>
            <numerusform>die Suche in der Historie umfasste nur die neuesten %n Commits; ältere Commits wurden nicht nach Secrets durchsucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::KubernetesParser</name>
    <message>
        <source>the %1 has no metadata.name</source>
        <translation>%1 hat keinen metadata.name</translation>
    </message>
    <message>
        <source>List objects nest too deeply; the inner ones were skipped</source>
        <translation>List-Objekte sind zu tief verschachtelt; die inneren wurden übersprungen</translation>
    </message>
    <message>
        <source>a volume claim template has no metadata.name and was ignored</source>
        <translation>ein Volume Claim Template hat keinen metadata.name und wurde ignoriert</translation>
    </message>
    <message>
        <source>the %1 "%2" has no pod template (spec.template.spec)</source>
        <translation>%1 "%2" hat kein Pod-Template (spec.template.spec)</translation>
    </message>
    <message>
        <source>a volume entry is not a mapping and was ignored</source>
        <translation>ein Volume-Eintrag ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>a volume has no name and was ignored</source>
        <translation>ein Volume hat keinen Namen und wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "%1" is not a mapping and was ignored</source>
        <translation>ein Eintrag von "%1" ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>a container has no name</source>
        <translation>ein Container hat keinen Namen</translation>
    </message>
    <message>
        <source>an env entry is not a mapping and was ignored</source>
        <translation>ein env-Eintrag ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>an env entry has no name and was ignored</source>
        <translation>ein env-Eintrag hat keinen Namen und wurde ignoriert</translation>
    </message>
    <message>
        <source>the value of environment variable %1 is not a string; it was ignored</source>
        <translation>der Wert der Umgebungsvariable %1 ist kein String; er wurde ignoriert</translation>
    </message>
    <message>
        <source>the value of environment variable %1 is an unquoted number or boolean, which Kubernetes rejects; quote it</source>
        <translation>der Wert der Umgebungsvariable %1 ist eine Zahl oder ein Boolean ohne Anführungszeichen, was Kubernetes ablehnt; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>valueFrom of environment variable %1 names no known source</source>
        <translation>valueFrom der Umgebungsvariable %1 nennt keine bekannte Quelle</translation>
    </message>
    <message>
        <source>an envFrom entry names neither a configMapRef nor a secretRef and was ignored</source>
        <translation>ein envFrom-Eintrag nennt weder eine configMapRef noch eine secretRef und wurde ignoriert</translation>
    </message>
    <message>
        <source>a port entry is not a mapping and was ignored</source>
        <translation>ein Port-Eintrag ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>a volumeMounts entry is not a mapping and was ignored</source>
        <translation>ein volumeMounts-Eintrag ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>a Service port entry is not a mapping and was ignored</source>
        <translation>ein Port-Eintrag eines Service ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>the value of ConfigMap key %1 is an unquoted number or boolean, which Kubernetes rejects; quote it</source>
        <translation>der Wert des ConfigMap-Schlüssels %1 ist eine Zahl oder ein Boolean ohne Anführungszeichen, was Kubernetes ablehnt; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>the value of ConfigMap key %1 is not a string; it was ignored</source>
        <translation>der Wert des ConfigMap-Schlüssels %1 ist kein String; er wurde ignoriert</translation>
    </message>
    <message>
        <source>the data of Secret key %1 is not a string</source>
        <translation>der data-Wert des Secret-Schlüssels %1 ist kein String</translation>
    </message>
    <message>
        <source>the data of Secret key %1 is not valid base64</source>
        <translation>der data-Wert des Secret-Schlüssels %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the stringData of Secret key %1 is not a string</source>
        <translation>der stringData-Wert des Secret-Schlüssels %1 ist kein String</translation>
    </message>
    <message>
        <source>an Ingress path has no backend</source>
        <translation>ein Ingress-Pfad hat kein Backend</translation>
    </message>
    <message>
        <source>could not read the document: %1</source>
        <translation>das Dokument konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::KustomizationParser</name>
    <message>
        <source>an entry of "%1" is not a path and was ignored</source>
        <translation>ein Eintrag von "%1" ist kein Pfad und wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "patchesStrategicMerge" is not a path or a YAML string and was ignored</source>
        <translation>ein Eintrag von "patchesStrategicMerge" ist weder ein Pfad noch ein YAML-String und wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "%1" is not a mapping and was ignored</source>
        <translation>ein Eintrag von "%1" ist kein Mapping und wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "%1" has neither a path nor a patch and was ignored</source>
        <translation>ein Eintrag von "%1" hat weder path noch patch und wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "images" has no name and was ignored</source>
        <translation>ein Eintrag von "images" hat keinen Namen und wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "replicas" needs a name and a count; it was ignored</source>
        <translation>ein Eintrag von "replicas" braucht einen Namen und eine Anzahl; er wurde ignoriert</translation>
    </message>
    <message>
        <source>a line of env file %1 has no variable name</source>
        <translation>eine Zeile der env-Datei %1 hat keinen Variablennamen</translation>
    </message>
    <message>
        <source>an entry of "%1" has no name</source>
        <translation>ein Eintrag von "%1" hat keinen Namen</translation>
    </message>
    <message>
        <source>a literal of generator %1 is not KEY=VALUE and was ignored</source>
        <translation>ein Literal des Generators %1 hat nicht die Form KEY=VALUE und wurde ignoriert</translation>
    </message>
    <message>
        <source>the kustomization is empty</source>
        <translation>die Kustomization ist leer</translation>
    </message>
    <message>
        <source>the kustomization is not a YAML mapping</source>
        <translation>die Kustomization ist kein YAML-Mapping</translation>
    </message>
    <message>
        <source>could not read the kustomization: %1</source>
        <translation>die Kustomization konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::Kustomize</name>
    <message>
        <source>the kustomization is too large or too deep to render its labels, annotations and generator options</source>
        <translation>die Kustomization ist zu groß oder zu tief verschachtelt, um ihre Labels, Annotationen und Generator-Optionen zu rendern</translation>
    </message>
    <message>
        <source>the overlay expands to more than %1 YAML nodes; the rest was not rendered</source>
        <translation>das Overlay expandiert zu mehr als %1 YAML-Knoten; der Rest wurde nicht gerendert</translation>
    </message>
    <message>
        <source>the overlay needs more than %1 steps to render; the remaining patches and transformers were skipped</source>
        <translation>das Overlay braucht zum Rendern mehr als %1 Schritte; die übrigen Patches und Transformer wurden übersprungen</translation>
    </message>
    <message>
        <source>kustomizations nest more than %1 levels deep; %2 was not rendered</source>
        <translation>Kustomizations sind mehr als %1 Ebenen tief verschachtelt; %2 wurde nicht gerendert</translation>
    </message>
    <message>
        <source>kustomization %1 includes itself (a cycle); it was not rendered again</source>
        <translation>Kustomization %1 bindet sich selbst ein (ein Zyklus); sie wurde nicht erneut gerendert</translation>
    </message>
    <message>
        <source>the overlay includes more than %1 kustomizations; the rest was not rendered</source>
        <translation>das Overlay bindet mehr als %1 Kustomizations ein; der Rest wurde nicht gerendert</translation>
    </message>
    <message>
        <source>%1 has no kustomization.yaml</source>
        <translation>%1 hat keine kustomization.yaml</translation>
    </message>
    <message>
        <source>%1 is listed as a component but is not a kind: Component</source>
        <translation>%1 ist als Komponente aufgeführt, ist aber nicht kind: Component</translation>
    </message>
    <message>
        <source>%1 is a Component; list it under components, not resources</source>
        <translation>%1 ist eine Component; führen Sie sie unter components auf, nicht unter resources</translation>
    </message>
    <message>
        <source>remote resource %1 is not fetched; the rendering leaves it out</source>
        <translation>die Remote-Ressource %1 wird nicht abgerufen; das Rendering lässt sie aus</translation>
    </message>
    <message>
        <source>component %1 is outside the repository</source>
        <translation>Komponente %1 liegt außerhalb des Repositorys</translation>
    </message>
    <message>
        <source>"%1" is not applied by the built-in rendering; the rendered values may differ from kustomize build</source>
        <translation>"%1" wird vom eingebauten Rendering nicht angewendet; die gerenderten Werte können von kustomize build abweichen</translation>
    </message>
    <message>
        <source>%1 is included twice; the second copy was left out</source>
        <translation>%1 ist zweimal eingebunden; die zweite Kopie wurde ausgelassen</translation>
    </message>
    <message>
        <source>resource %1 is outside the repository</source>
        <translation>Ressource %1 liegt außerhalb des Repositorys</translation>
    </message>
    <message>
        <source>resource %1 is not a text file</source>
        <translation>Ressource %1 ist keine Textdatei</translation>
    </message>
    <message>
        <source>an object in %1 has no kind or metadata.name; it was left out</source>
        <translation>ein Objekt in %1 hat kein kind oder keinen metadata.name; es wurde ausgelassen</translation>
    </message>
    <message>
        <source>resource %1 was not found</source>
        <translation>Ressource %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>a document of %1 is not a mapping; it was left out</source>
        <translation>ein Dokument in %1 ist kein Mapping; es wurde ausgelassen</translation>
    </message>
    <message>
        <source>a document of %1 is too large or too deep to render; it was left out</source>
        <translation>ein Dokument in %1 ist zum Rendern zu groß oder zu tief verschachtelt; es wurde ausgelassen</translation>
    </message>
    <message>
        <source>patch file %1 was not found</source>
        <translation>Patch-Datei %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the patch target pattern "%1" is not a valid regular expression; the patch was skipped</source>
        <translation>das Muster "%1" des Patch-Ziels ist kein gültiger regulärer Ausdruck; der Patch wurde übersprungen</translation>
    </message>
    <message>
        <source>the patch target selector "%1" cannot be read; the patch was skipped</source>
        <translation>der Selektor "%1" des Patch-Ziels kann nicht gelesen werden; der Patch wurde übersprungen</translation>
    </message>
    <message>
        <source>a patchesJson6902 patch is not a list of operations; it was skipped</source>
        <translation>ein patchesJson6902-Patch ist keine Liste von Operationen; er wurde übersprungen</translation>
    </message>
    <message>
        <source>a patchesStrategicMerge patch is a list, not an object; it was skipped</source>
        <translation>ein patchesStrategicMerge-Patch ist eine Liste, kein Objekt; er wurde übersprungen</translation>
    </message>
    <message>
        <source>a JSON 6902 patch needs a target; it was skipped</source>
        <translation>ein JSON-6902-Patch braucht ein Ziel (target); er wurde übersprungen</translation>
    </message>
    <message>
        <source>a strategic merge patch is not an object; it was skipped</source>
        <translation>ein Strategic-Merge-Patch ist kein Objekt; er wurde übersprungen</translation>
    </message>
    <message>
        <source>the patch for %1 %2 matches no resource; it was skipped</source>
        <translation>der Patch für %1 %2 passt auf keine Ressource; er wurde übersprungen</translation>
    </message>
    <message>
        <source>unknown JSON patch operation "%1"; the patch was not applied to %2</source>
        <translation>unbekannte JSON-Patch-Operation "%1"; der Patch wurde nicht auf %2 angewendet</translation>
    </message>
    <message>
        <source>JSON patch operation %1 on path "%2" failed for %3; the patch was not applied to it</source>
        <translation>JSON-Patch-Operation %1 auf Pfad "%2" ist für %3 fehlgeschlagen; der Patch wurde darauf nicht angewendet</translation>
    </message>
    <message>
        <source>generator %1 sets key %2 twice; the second value was ignored</source>
        <translation>Generator %1 setzt den Schlüssel %2 zweimal; der zweite Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>env file %1 of generator %2 is not in the repository; its keys are missing from the rendering</source>
        <translation>die env-Datei %1 des Generators %2 liegt nicht im Repository; ihre Schlüssel fehlen im Rendering</translation>
    </message>
    <message>
        <source>file %1 of generator %2 is not in the repository; its key is missing from the rendering</source>
        <translation>die Datei %1 des Generators %2 liegt nicht im Repository; ihr Schlüssel fehlt im Rendering</translation>
    </message>
    <message>
        <source>generator %1 has an unknown behavior "%2"; it was skipped</source>
        <translation>Generator %1 hat ein unbekanntes behavior "%2"; er wurde übersprungen</translation>
    </message>
    <message>
        <source>generator %1 has behavior %2 but no base generates %1; it was skipped</source>
        <translation>Generator %1 hat behavior %2, aber keine Base erzeugt %1; er wurde übersprungen</translation>
    </message>
    <message>
        <source>replicas entry %1 matches no workload</source>
        <translation>der replicas-Eintrag %1 passt auf keinen Workload</translation>
    </message>
    <message>
        <source>could not render the kustomization: %1</source>
        <translation>die Kustomization konnte nicht gerendert werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::Main</name>
    <message>
        <source>Shows how well a repository follows the twelve-factor methodology.</source>
        <translation>Zeigt, wie gut ein Repository der Zwölf-Faktoren-Methodik folgt.</translation>
    </message>
    <message>
        <source>Audit this revision.</source>
        <translation>Diese Revision prüfen.</translation>
    </message>
    <message>
        <source>The language of the interface (en, de).</source>
        <translation>Die Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <source>The repository to open.</source>
        <translation>Das zu öffnende Repository.</translation>
    </message>
    <message>
        <source>twelve-factor-inspector: %1 Commands are audit, diff and examples.</source>
        <translation>twelve-factor-inspector: %1 Befehle sind audit, diff und examples.</translation>
    </message>
</context>
<context>
    <name>tfi::MainWindow</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Env Diff</source>
        <translation>&amp;Umgebungsvergleich</translation>
    </message>
    <message>
        <source>&amp;Port Map</source>
        <translation>&amp;Portkarte</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>D&amp;iagnosen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The revision to audit: the working tree, a branch, a tag or a recent commit</source>
        <translation>Die zu prüfende Revision: das Arbeitsverzeichnis, ein Branch, ein Tag oder einer der letzten Commits</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Repository öffnen</translation>
    </message>
    <message>
        <source>Audit cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Files changed on disk; auditing again.</source>
        <translation>Dateien auf dem Datenträger wurden geändert; die Prüfung wird wiederholt.</translation>
    </message>
    <message>
        <source>Open a repository to audit it.</source>
        <translation>Öffnen Sie ein Repository, um es zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>&amp;Repository öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Bei&amp;spiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Audit Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Twelve-Factor Inspector</source>
        <translation>Ü&amp;ber Twelve-Factor Inspector</translation>
    </message>
    <message>
        <source>About Twelve-Factor Inspector</source>
        <translation>Über Twelve-Factor Inspector</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Revision: </source>
        <translation>Revision: </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Drop or choose the folder of a repository.</source>
        <translation>%1 ist kein Ordner. Ziehen Sie den Ordner eines Repositorys hierher oder wählen Sie ihn aus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audited %n file(s) in %1 s.</source>
        <translation>
            <numerusform>%n Datei in %1 s geprüft.</numerusform>
            <numerusform>%n Dateien in %1 s geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit could not run.</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Audit failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>No temporary folder for the example: %1</source>
        <translation>Für das Beispiel konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when the application starts next time.</source>
        <translation>Die Sprache wird beim nächsten Start der Anwendung geändert.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>D&amp;iagnostics (%1)</source>
        <translation>D&amp;iagnosen (%1)</translation>
    </message>
    <message>
        <source>Twelve-Factor Inspector</source>
        <translation>Twelve-Factor Inspector</translation>
    </message>
    <message>
        <source>working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>%1 (%2) — Twelve-Factor Inspector</source>
        <translation>%1 (%2) — Twelve-Factor Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twelve-Factor Inspector %1&lt;/h3&gt;&lt;p&gt;Shows how well a service follows the twelve-factor methodology, from its repository and deploy manifests. The inspected repository is only read.&lt;/p&gt;&lt;p&gt;Qt %2 · libgit2 %3 · yaml-cpp %4 · Graphviz for the port map layout&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twelve-Factor Inspector %1&lt;/h3&gt;&lt;p&gt;Zeigt anhand des Repositorys und seiner Deploy-Manifeste, wie gut ein Dienst der Zwölf-Faktoren-Methodik folgt. Das geprüfte Repository wird nur gelesen.&lt;/p&gt;&lt;p&gt;Qt %2 · libgit2 %3 · yaml-cpp %4 · Graphviz für das Layout der Portkarte&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text and one factor at a time, for projecting in a workshop; Page Up and Page Down step through the factors, F5 or Escape ends it</source>
        <translation>Größere Schrift und ein Faktor nach dem anderen, für den Beamer im Workshop; Bild auf und Bild ab blättern durch die Faktoren, F5 oder Escape beendet den Modus</translation>
    </message>
</context>
<context>
    <name>tfi::ModelBuilder</name>
    <message>
        <source>could not parse this file: %1</source>
        <translation>diese Datei konnte nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>could not parse this file</source>
        <translation>diese Datei konnte nicht geparst werden</translation>
    </message>
</context>
<context>
    <name>tfi::PortMap</name>
    <message>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replikat</numerusform>
            <numerusform>%n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 :%2</source>
        <translation>%1 :%2</translation>
    </message>
</context>
<context>
    <name>tfi::PortMapView</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole map into the view</source>
        <translation>Die ganze Karte in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Click a process or a connection to see where it is declared.</source>
        <translation>Klicken Sie auf einen Prozess oder eine Verbindung, um zu sehen, wo das Element deklariert ist.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>No processes in this environment.</source>
        <translation>Keine Prozesse in dieser Umgebung.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n Befund:</numerusform>
            <numerusform>%n Befunde:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: named here, but nothing in this environment provides it</source>
        <translation>%1: hier genannt, aber nichts in dieser Umgebung stellt es bereit</translation>
    </message>
    <message>
        <source>%1 (%2), declared at %3</source>
        <translation>%1 (%2), deklariert in %3</translation>
    </message>
    <message>
        <source>first named at %1</source>
        <translation>zuerst genannt in %1</translation>
    </message>
    <message>
        <source>%1 → %2 through %3 on port %4, set at %5</source>
        <translation>%1 → %2 über %3 auf Port %4, gesetzt in %5</translation>
    </message>
    <message>
        <source>%1 → %2 through %3, set at %4</source>
        <translation>%1 → %2 über %3, gesetzt in %4</translation>
    </message>
    <message>
        <source>Dangling: nothing in this environment is called %1.</source>
        <translation>Verwaist: Nichts in dieser Umgebung heißt %1.</translation>
    </message>
    <message>
        <source>Port mismatch: %1 does not serve port %2.</source>
        <translation>Port-Abweichung: %1 bedient Port %2 nicht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save the map as SVG or PNG</source>
        <translation>Die Karte als SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save Port Map</source>
        <translation>Portkarte speichern</translation>
    </message>
    <message>
        <source>The image could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::ProcfileParser</name>
    <message>
        <source>the file is not text and was not read as a Procfile</source>
        <translation>die Datei ist kein Text und wurde nicht als Procfile gelesen</translation>
    </message>
    <message>
        <source>the Procfile is larger than the size limit and was not read</source>
        <translation>das Procfile überschreitet die Größengrenze und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>malformed Procfile line; expected "type: command" with a type made of letters, digits, "_" and "-"</source>
        <translation>fehlerhafte Procfile-Zeile; erwartet wird "type: command" mit einem Typ aus Buchstaben, Ziffern, "_" und "-"</translation>
    </message>
    <message>
        <source>the process type %1 has no command</source>
        <translation>der Prozesstyp %1 hat keinen Befehl</translation>
    </message>
    <message>
        <source>the process type %1 is defined again; the definition on line %2 is used</source>
        <translation>der Prozesstyp %1 wird erneut definiert; die Definition in Zeile %2 wird verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this Procfile not reported</source>
        <translation>
            <numerusform>%n weiteres Problem in diesem Procfile wurde nicht gemeldet</numerusform>
            <numerusform>%n weitere Probleme in diesem Procfile wurden nicht gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>the Procfile declares no process types</source>
        <translation>das Procfile deklariert keine Prozesstypen</translation>
    </message>
</context>
<context>
    <name>tfi::RenderYamlParser</name>
    <message>
        <source>render.yaml is not a text file (binary or a Git LFS pointer); skipped</source>
        <translation>render.yaml ist keine Textdatei (binär oder ein Git-LFS-Pointer); übersprungen</translation>
    </message>
    <message>
        <source>render.yaml holds more than one document; only the first was read</source>
        <translation>render.yaml enthält mehr als ein Dokument; nur das erste wurde gelesen</translation>
    </message>
    <message>
        <source>the top level of render.yaml is not a mapping</source>
        <translation>die oberste Ebene von render.yaml ist kein Mapping</translation>
    </message>
    <message>
        <source>"%1" should be a single value</source>
        <translation>"%1" sollte ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>"%1" should be a list</source>
        <translation>"%1" sollte eine Liste sein</translation>
    </message>
    <message>
        <source>a project should be a mapping</source>
        <translation>ein Projekt sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>a project environment has no name</source>
        <translation>eine Projektumgebung hat keinen Namen</translation>
    </message>
    <message>
        <source>a service should be a mapping</source>
        <translation>ein Service sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>a service has no name; skipped</source>
        <translation>ein Service hat keinen Namen; übersprungen</translation>
    </message>
    <message>
        <source>service %1 has no type; skipped</source>
        <translation>Service %1 hat keinen Typ; übersprungen</translation>
    </message>
    <message>
        <source>service %1 has an unknown type</source>
        <translation>Service %1 hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>numInstances of service %1 should be a whole number</source>
        <translation>numInstances von Service %1 sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>scaling of service %1 has no whole-number maxInstances</source>
        <translation>scaling von Service %1 hat kein ganzzahliges maxInstances</translation>
    </message>
    <message>
        <source>scaling of service %1 should be a mapping</source>
        <translation>scaling von Service %1 sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>the dockerfilePath of service %1 leaves the repository</source>
        <translation>der dockerfilePath von Service %1 führt aus dem Repository heraus</translation>
    </message>
    <message>
        <source>the image of service %1 has no url</source>
        <translation>das Image von Service %1 hat keine url</translation>
    </message>
    <message>
        <source>the image of service %1 should be a mapping with a url</source>
        <translation>das Image von Service %1 sollte ein Mapping mit einer url sein</translation>
    </message>
    <message>
        <source>cron job %1 has no schedule</source>
        <translation>Cron-Job %1 hat keinen Zeitplan</translation>
    </message>
    <message>
        <source>the disk of service %1 needs a name and a mountPath</source>
        <translation>die Disk von Service %1 braucht einen Namen und einen mountPath</translation>
    </message>
    <message>
        <source>the disk of service %1 should be a mapping</source>
        <translation>die Disk von Service %1 sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>a database should be a mapping</source>
        <translation>eine Datenbank sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>a database has no name; skipped</source>
        <translation>eine Datenbank hat keinen Namen; übersprungen</translation>
    </message>
    <message>
        <source>an env var group should be a mapping</source>
        <translation>eine Umgebungsvariablengruppe sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>an env var group has no name; skipped</source>
        <translation>eine Umgebungsvariablengruppe hat keinen Namen; übersprungen</translation>
    </message>
    <message>
        <source>an envVars entry should be a mapping</source>
        <translation>ein envVars-Eintrag sollte ein Mapping sein</translation>
    </message>
    <message>
        <source>an env var group cannot include another group</source>
        <translation>eine Umgebungsvariablengruppe kann keine andere Gruppe einbinden</translation>
    </message>
    <message>
        <source>fromGroup should name an env var group</source>
        <translation>fromGroup sollte eine Umgebungsvariablengruppe nennen</translation>
    </message>
    <message>
        <source>an envVars entry has no key</source>
        <translation>ein envVars-Eintrag hat keinen key</translation>
    </message>
    <message>
        <source>the value of %1 should be a single value</source>
        <translation>der Wert von %1 sollte ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>the source of %1 should be a mapping with a name</source>
        <translation>die Quelle von %1 sollte ein Mapping mit einem Namen sein</translation>
    </message>
    <message>
        <source>the source of %1 names no database or service</source>
        <translation>die Quelle von %1 nennt weder eine Datenbank noch einen Service</translation>
    </message>
    <message>
        <source>the source of %1 names no property</source>
        <translation>die Quelle von %1 nennt keine Eigenschaft (property)</translation>
    </message>
    <message>
        <source>generateValue of %1 should be true or false</source>
        <translation>generateValue von %1 sollte true oder false sein</translation>
    </message>
    <message>
        <source>%1 has sync but no value; only "sync: false" is meaningful</source>
        <translation>%1 hat sync, aber keinen Wert; nur "sync: false" ist sinnvoll</translation>
    </message>
    <message>
        <source>%1 has no value, source or generateValue</source>
        <translation>%1 hat weder value noch source noch generateValue</translation>
    </message>
    <message>
        <source>could not read render.yaml: %1</source>
        <translation>render.yaml konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::RepoSnapshot</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>path does not exist: %1</source>
        <translation>Pfad existiert nicht: %1</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>--rev needs a git repository, but %1 is not inside one</source>
        <translation>--rev braucht ein Git-Repository, aber %1 liegt in keinem</translation>
    </message>
    <message>
        <source>not a directory: %1</source>
        <translation>kein Verzeichnis: %1</translation>
    </message>
    <message>
        <source>cannot open the repository at %1: %2</source>
        <translation>das Repository in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a bare repository with no working tree; name a revision with --rev</source>
        <translation>%1 ist ein Bare-Repository ohne Arbeitsverzeichnis; geben Sie mit --rev eine Revision an</translation>
    </message>
    <message>
        <source>the repository at %1 has no commits yet</source>
        <translation>das Repository in %1 hat noch keine Commits</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown revision '%1' in %2</source>
        <translation>unbekannte Revision '%1' in %2</translation>
    </message>
    <message>
        <source>revision '%1' does not name a commit</source>
        <translation>Revision '%1' bezeichnet keinen Commit</translation>
    </message>
    <message>
        <source>cannot read the tree of %1: %2</source>
        <translation>der Tree von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot walk the tree of %1: %2</source>
        <translation>der Tree von %1 kann nicht durchlaufen werden: %2</translation>
    </message>
    <message>
        <source>cannot open the object database: %1</source>
        <translation>die Objektdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the object of this file: %1</source>
        <translation>das Objekt dieser Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>skipped: %1 bytes is over the size limit of %2 bytes</source>
        <translation>übersprungen: %1 Bytes überschreiten die Größengrenze von %2 Bytes</translation>
    </message>
    <message>
        <source>symbolic link points outside the repository (%1); not followed</source>
        <translation>symbolischer Link zeigt aus dem Repository heraus (%1); nicht gefolgt</translation>
    </message>
    <message>
        <source>cannot read the index of %1: %2</source>
        <translation>der Index von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot compute the status of the working tree: %1</source>
        <translation>der Status des Arbeitsverzeichnisses kann nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>cannot read this file: %1</source>
        <translation>diese Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::Report</name>
    <message>
        <source>History: %1</source>
        <translation>Historie: %1</translation>
    </message>
    <message>
        <source>Suppressed: %1</source>
        <translation>Unterdrückt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag.</numerusform>
            <numerusform>… und %n weitere Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: see the HTML or PDF report for the picture.</source>
        <translation>%1: Die Grafik finden Sie im HTML- oder PDF-Bericht.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the page layout is not supported</source>
        <translation>das Seitenlayout wird nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>dem PDF kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>das PDF kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Priority 1: fix first</source>
        <translation>Priorität 1: zuerst beheben</translation>
    </message>
    <message>
        <source>Priority 2: fix soon</source>
        <translation>Priorität 2: bald beheben</translation>
    </message>
    <message>
        <source>Priority 3: worth improving</source>
        <translation>Priorität 3: lohnt eine Verbesserung</translation>
    </message>
    <message>
        <source>workload %1 in %2</source>
        <translation>Workload %1 in %2</translation>
    </message>
    <message>
        <source>workload %1</source>
        <translation>Workload %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>introduced in commit %1 on %2</source>
        <translation>eingeführt in Commit %1 am %2</translation>
    </message>
    <message>
        <source>introduced in commit %1 on %2, removed since but still in the history</source>
        <translation>eingeführt in Commit %1 am %2, inzwischen entfernt, aber noch in der Historie</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>%1 (source: %2, %3)</source>
        <translation>%1 (Quelle: %2, %3)</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Overall score %1. %2, %3 and %4; %5.</source>
        <translation>Gesamtbewertung %1. %2, %3 und %4; %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info finding(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed</source>
        <translation>
            <numerusform>%n unterdrückt</numerusform>
            <numerusform>%n unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Punkt</numerusform>
            <numerusform>%1: %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs fixing.</source>
        <translation>Es gibt nichts zu beheben.</translation>
    </message>
    <message>
        <source>Score of each factor</source>
        <translation>Bewertung je Faktor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status: %1. Score: %2. %3.</source>
        <translation>Status: %1. Bewertung: %2. %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1. %2.</source>
        <translation>Status: %1. %2.</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>What already passes</source>
        <translation>Was bereits erfüllt ist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Environment differences</source>
        <translation>Unterschiede zwischen Umgebungen</translation>
    </message>
    <message>
        <source>The repository defines no environments; values are shown under %1.</source>
        <translation>Das Repository definiert keine Umgebungen; die Werte werden unter %1 angezeigt.</translation>
    </message>
    <message>
        <source>Environments: %1. Highlighted rows differ between environments or are missing in one of them.</source>
        <translation>Umgebungen: %1. Hervorgehobene Zeilen unterscheiden sich zwischen den Umgebungen oder fehlen in einer davon.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>%1 (same secret as %2)</source>
        <translation>%1 (gleiches Secret wie %2)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No environment variables were found.</source>
        <translation>Es wurden keine Umgebungsvariablen gefunden.</translation>
    </message>
    <message>
        <source>Port map</source>
        <translation>Portkarte</translation>
    </message>
    <message>
        <source>Which process listens on which port, and who connects to it, per environment.</source>
        <translation>Welcher Prozess auf welchem Port lauscht und wer sich damit verbindet – je Umgebung.</translation>
    </message>
    <message>
        <source>Port map of %1</source>
        <translation>Portkarte von %1</translation>
    </message>
    <message>
        <source>Remediation checklist</source>
        <translation>Checkliste zur Behebung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) done</source>
        <translation>
            <numerusform>%1 von %n Punkt erledigt</numerusform>
            <numerusform>%1 von %n Punkten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Gelesene Dateien</translation>
    </message>
    <message>
        <source>History scanned</source>
        <translation>Durchsuchte Historie</translation>
    </message>
    <message numerus="yes">
        <source>up to %n commit(s)</source>
        <translation>
            <numerusform>bis zu %n Commit</numerusform>
            <numerusform>bis zu %n Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Suppressed findings</source>
        <translation>Unterdrückte Befunde</translation>
    </message>
    <message>
        <source>No finding was suppressed.</source>
        <translation>Es wurde kein Befund unterdrückt.</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed finding(s)</source>
        <translation>
            <numerusform>%n unterdrückter Befund</numerusform>
            <numerusform>%n unterdrückte Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Every file could be read.</source>
        <translation>Alle Dateien konnten gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read completely; the rest of the audit went on.</source>
        <translation>
            <numerusform>%n Datei konnte nicht vollständig gelesen werden; die übrige Prüfung wurde fortgesetzt.</numerusform>
            <numerusform>%n Dateien konnten nicht vollständig gelesen werden; die übrige Prüfung wurde fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s)</source>
        <translation>
            <numerusform>%n Diagnose</numerusform>
            <numerusform>%n Diagnosen</numerusform>
        </translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Twelve-factor audit</source>
        <translation>Twelve-Factor-Prüfung</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Twelve-Factor Inspector %1</source>
        <translation>Twelve-Factor Inspector %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>not a git repository</source>
        <translation>kein Git-Repository</translation>
    </message>
    <message>
        <source>%1, with uncommitted changes</source>
        <translation>%1, mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>git objects of the revision</source>
        <translation>Git-Objekte der Revision</translation>
    </message>
    <message>
        <source>working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Tool-Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The twelve factors</source>
        <translation>Die zwölf Faktoren</translation>
    </message>
    <message>
        <source>Each factor with its status, the findings with the lines they were seen at, what to do about them, and what the repository already does right.</source>
        <translation>Jeder Faktor mit seinem Status, die Befunde mit den Zeilen, in denen sie gefunden wurden, was dagegen zu tun ist und was das Repository bereits richtig macht.</translation>
    </message>
</context>
<context>
    <name>tfi::Revisions</name>
    <message>
        <source>Working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
</context>
<context>
    <name>tfi::RuleEngine</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>the rules of factor %1 stopped early: %2</source>
        <translation>die Regeln von Faktor %1 wurden vorzeitig beendet: %2</translation>
    </message>
    <message>
        <source>nothing in this repository gives this factor anything to judge</source>
        <translation>in diesem Repository gibt es nichts, was dieser Faktor beurteilen könnte</translation>
    </message>
</context>
<context>
    <name>tfi::Rules</name>
    <message>
        <source>the repository declares no admin tasks, jobs or database migrations</source>
        <translation>das Repository deklariert keine Admin-Aufgaben, Jobs oder Datenbankmigrationen</translation>
    </message>
    <message>
        <source>%1, the start script of %2, runs "%3" every time a process starts; replicas race on the schema and a failed migration becomes a crash loop.</source>
        <translation>%1, das Startskript von %2, führt bei jedem Prozessstart "%3" aus; Replikate konkurrieren um das Schema, und eine fehlgeschlagene Migration wird zur Crash-Loop.</translation>
    </message>
    <message>
        <source>%1 (%2) runs "%3" in its start command, so every process that starts runs the migration; replicas race on the schema and a failed migration becomes a crash loop.</source>
        <translation>%1 (%2) führt in seinem Startbefehl "%3" aus, sodass jeder startende Prozess die Migration ausführt; Replikate konkurrieren um das Schema, und eine fehlgeschlagene Migration wird zur Crash-Loop.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 runs "%3" before the app, so every container that starts runs the migration; replicas race on the schema and a failed migration becomes a crash loop.</source>
        <translation>%1 in %2 führt vor der App "%3" aus, sodass jeder startende Container die Migration ausführt; Replikate konkurrieren um das Schema, und eine fehlgeschlagene Migration wird zur Crash-Loop.</translation>
    </message>
    <message>
        <source>Init container "%1" of %2 (%3) runs "%4" in every pod it starts, so replicas and the old and new pods of a rolling update race on the schema.</source>
        <translation>Der Init-Container "%1" von %2 (%3) führt in jedem Pod, den er startet, "%4" aus, sodass Replikate sowie alte und neue Pods eines Rolling Updates um das Schema konkurrieren.</translation>
    </message>
    <message>
        <source>CronJob %1 (%2) sets no startingDeadlineSeconds: a run that cannot start on time may start arbitrarily late, and after more than 100 missed schedules the CronJob is not scheduled at all.</source>
        <translation>CronJob %1 (%2) setzt kein startingDeadlineSeconds: Ein Lauf, der nicht pünktlich starten kann, startet womöglich beliebig spät, und nach mehr als 100 verpassten Terminen wird der CronJob überhaupt nicht mehr eingeplant.</translation>
    </message>
    <message>
        <source>The jobs of CronJob %1 (%2) set no activeDeadlineSeconds: a run that hangs is never stopped and, with concurrencyPolicy Forbid, blocks every later run.</source>
        <translation>Die Jobs von CronJob %1 (%2) setzen kein activeDeadlineSeconds: Ein hängender Lauf wird nie beendet und blockiert mit concurrencyPolicy Forbid jeden späteren Lauf.</translation>
    </message>
    <message>
        <source>The Procfile's release phase runs admin tasks once per release, not in every process.</source>
        <translation>Die Release-Phase des Procfile führt Admin-Aufgaben einmal pro Release aus, nicht in jedem Prozess.</translation>
    </message>
    <message>
        <source>fly.toml runs a release_command once per deploy, before the new machines start.</source>
        <translation>fly.toml führt einmal pro Deploy ein release_command aus, bevor die neuen Machines starten.</translation>
    </message>
    <message>
        <source>app.json runs the %1 script as a one-off process.</source>
        <translation>app.json führt das Skript %1 als einmaligen Prozess aus.</translation>
    </message>
    <message>
        <source>Job %1 runs as a one-off process in the same environment as the app.</source>
        <translation>Job %1 läuft als einmaliger Prozess in derselben Umgebung wie die App.</translation>
    </message>
    <message>
        <source>Helm hook %1 (%2) runs as a one-off process of the release.</source>
        <translation>Helm-Hook %1 (%2) läuft als einmaliger Prozess des Release.</translation>
    </message>
    <message>
        <source>render.yaml runs a preDeployCommand once per deploy, before the new instances start.</source>
        <translation>render.yaml führt einmal pro Deploy einen preDeployCommand aus, bevor die neuen Instanzen starten.</translation>
    </message>
    <message>
        <source>Database migrations run when the app starts</source>
        <translation>Datenbankmigrationen laufen beim Start der App</translation>
    </message>
    <message>
        <source>Admin tasks such as schema migrations run as one-off processes against a release, not inside the long-running processes. Run at start, a migration executes in every replica and on every restart: replicas race on the schema, start-up gets slow, and a failing migration turns into a crash loop.</source>
        <translation>Admin-Aufgaben wie Schemamigrationen laufen als einmalige Prozesse gegen ein Release, nicht innerhalb der langlebigen Prozesse. Beim Start ausgeführt, läuft eine Migration in jedem Replikat und bei jedem Neustart: Replikate konkurrieren um das Schema, der Start wird langsam, und eine fehlschlagende Migration wird zur Crash-Loop.</translation>
    </message>
    <message>
        <source>Run migrations once per release in a one-off process (a release phase, a pre-deploy command, a Kubernetes Job or Helm hook) and start the app without them.</source>
        <translation>Führen Sie Migrationen einmal pro Release in einem einmaligen Prozess aus (einer Release-Phase, einem Pre-Deploy-Befehl, einem Kubernetes-Job oder Helm-Hook) und starten Sie die App ohne sie.</translation>
    </message>
    <message>
        <source>release: python manage.py migrate
web: gunicorn app.wsgi</source>
        <translation>release: python manage.py migrate
web: gunicorn app.wsgi</translation>
    </message>
    <message>
        <source>kind: Job
metadata:
  annotations:
    "helm.sh/hook": pre-upgrade,pre-install
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          command: ["python", "manage.py", "migrate"]</source>
        <translation>kind: Job
metadata:
  annotations:
    "helm.sh/hook": pre-upgrade,pre-install
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          command: ["python", "manage.py", "migrate"]</translation>
    </message>
    <message>
        <source>migrate:
  build: .
  command: ["python", "manage.py", "migrate"]
  restart: "no"
web:
  depends_on:
    migrate:
      condition: service_completed_successfully</source>
        <translation>migrate:
  build: .
  command: ["python", "manage.py", "migrate"]
  restart: "no"
web:
  depends_on:
    migrate:
      condition: service_completed_successfully</translation>
    </message>
    <message>
        <source>CMD ["gunicorn", "app.wsgi"]  # migrations run in a release job</source>
        <translation>CMD ["gunicorn", "app.wsgi"]  # Migrationen laufen in einem Release-Job</translation>
    </message>
    <message>
        <source>[deploy]
  release_command = "python manage.py migrate"</source>
        <translation>[deploy]
  release_command = "python manage.py migrate"</translation>
    </message>
    <message>
        <source>preDeployCommand: python manage.py migrate</source>
        <translation>preDeployCommand: python manage.py migrate</translation>
    </message>
    <message>
        <source>An init container runs migrations in every pod</source>
        <translation>Ein Init-Container führt Migrationen in jedem Pod aus</translation>
    </message>
    <message>
        <source>Admin processes run once, as one-off processes of a release. An init container runs in every pod of the workload, so each replica and both sides of a rolling update apply the same migration concurrently.</source>
        <translation>Admin-Prozesse laufen einmal, als einmalige Prozesse eines Release. Ein Init-Container läuft in jedem Pod des Workloads, sodass jedes Replikat und beide Seiten eines Rolling Updates dieselbe Migration gleichzeitig anwenden.</translation>
    </message>
    <message>
        <source>Move the migration into a Kubernetes Job (or a Helm pre-upgrade hook, or an Argo CD PreSync hook) that runs once per release, before the new pods roll out.</source>
        <translation>Verlagern Sie die Migration in einen Kubernetes-Job (oder einen pre-upgrade-Hook von Helm oder einen PreSync-Hook von Argo CD), der einmal pro Release läuft, bevor die neuen Pods ausgerollt werden.</translation>
    </message>
    <message>
        <source>kind: Job
metadata:
  name: migrate
  annotations:
    "helm.sh/hook": pre-upgrade,pre-install
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          command: ["python", "manage.py", "migrate"]</source>
        <translation>kind: Job
metadata:
  name: migrate
  annotations:
    "helm.sh/hook": pre-upgrade,pre-install
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          command: ["python", "manage.py", "migrate"]</translation>
    </message>
    <message>
        <source>A CronJob has no starting deadline</source>
        <translation>Ein CronJob hat keine Startfrist</translation>
    </message>
    <message>
        <source>Scheduled admin processes should run when they are due or not at all. Without startingDeadlineSeconds a delayed run may start at any later time, and once the controller counts more than 100 missed schedules it stops scheduling the CronJob altogether.</source>
        <translation>Geplante Admin-Prozesse sollten laufen, wenn sie fällig sind, oder gar nicht. Ohne startingDeadlineSeconds kann ein verspäteter Lauf zu einem beliebigen späteren Zeitpunkt starten, und sobald der Controller mehr als 100 verpasste Termine zählt, plant er den CronJob überhaupt nicht mehr ein.</translation>
    </message>
    <message>
        <source>Set startingDeadlineSeconds to how late a run may still usefully start (for example a fraction of the schedule's interval).</source>
        <translation>Setzen Sie startingDeadlineSeconds auf die Verspätung, mit der ein Lauf noch sinnvoll starten kann (zum Beispiel einen Bruchteil des Zeitplanintervalls).</translation>
    </message>
    <message>
        <source>spec:
  schedule: "*/15 * * * *"
  startingDeadlineSeconds: 300</source>
        <translation>spec:
  schedule: "*/15 * * * *"
  startingDeadlineSeconds: 300</translation>
    </message>
    <message>
        <source>A hung run of a CronJob blocks all later runs</source>
        <translation>Ein hängender Lauf eines CronJobs blockiert alle späteren Läufe</translation>
    </message>
    <message>
        <source>Admin processes are one-off: they start, do their work and end. A run without activeDeadlineSeconds that hangs never ends, and with concurrencyPolicy Forbid the CronJob starts no other run while it lasts, so the task silently stops happening.</source>
        <translation>Admin-Prozesse sind einmalig: sie starten, erledigen ihre Arbeit und enden. Ein hängender Lauf ohne activeDeadlineSeconds endet nie, und mit concurrencyPolicy Forbid startet der CronJob währenddessen keinen weiteren Lauf, sodass die Aufgabe unbemerkt nicht mehr ausgeführt wird.</translation>
    </message>
    <message>
        <source>Set activeDeadlineSeconds on the job template to a limit the task should never need, so a hung run is stopped and reported as failed.</source>
        <translation>Setzen Sie activeDeadlineSeconds im Job-Template auf ein Limit, das die Aufgabe nie brauchen sollte, damit ein hängender Lauf beendet und als fehlgeschlagen gemeldet wird.</translation>
    </message>
    <message>
        <source>spec:
  jobTemplate:
    spec:
      activeDeadlineSeconds: 1800
      backoffLimit: 2</source>
        <translation>spec:
  jobTemplate:
    spec:
      activeDeadlineSeconds: 1800
      backoffLimit: 2</translation>
    </message>
    <message>
        <source>the repository names no backing service</source>
        <translation>das Repository nennt keinen unterstützenden Dienst</translation>
    </message>
    <message>
        <source>%1 in %2 points at %3, which inside a container is the container itself, not the backing service</source>
        <translation>%1 in %2 zeigt auf %3, was innerhalb eines Containers der Container selbst ist, nicht der unterstützende Dienst</translation>
    </message>
    <message>
        <source>%1 in %2 addresses its backing service by the IP address %3 instead of a name</source>
        <translation>%1 in %2 spricht seinen unterstützenden Dienst über die IP-Adresse %3 statt über einen Namen an</translation>
    </message>
    <message>
        <source>%1 in %2 comes from the Secret %3</source>
        <translation>%1 in %2 stammt aus dem Secret %3</translation>
    </message>
    <message>
        <source>%1 in %2 comes from the ConfigMap %3</source>
        <translation>%1 in %2 stammt aus der ConfigMap %3</translation>
    </message>
    <message>
        <source>%1 in %2 is attached from %3</source>
        <translation>%1 in %2 wird aus %3 angebunden</translation>
    </message>
    <message>
        <source>the Ingress %1 routes to the Service %2, which this repository does not define</source>
        <translation>der Ingress %1 leitet an den Service %2 weiter, den dieses Repository nicht definiert</translation>
    </message>
    <message>
        <source>%1 names %2 in %3, but no service of that name is defined</source>
        <translation>%1 nennt %2 in %3, aber es ist kein Dienst dieses Namens definiert</translation>
    </message>
    <message>
        <source>%1 reaches %2 through %3, but no workload, Service or add-on in this repository is called %2</source>
        <translation>%1 erreicht %2 über %3, aber kein Workload, Service oder Add-on in diesem Repository heißt %2</translation>
    </message>
    <message>
        <source>%1 is declared as an attached resource (%2)</source>
        <translation>%1 ist als angebundene Ressource deklariert (%2)</translation>
    </message>
    <message>
        <source>%1 writes the backing service address %2 into the code instead of reading it from config</source>
        <translation>%1 schreibt die Adresse %2 des unterstützenden Dienstes in den Code, statt sie aus der Konfiguration zu lesen</translation>
    </message>
    <message>
        <source>%1 writes the address of its %2 service (%3) into the code instead of reading it from config</source>
        <translation>%1 schreibt die Adresse seines %2-Dienstes (%3) in den Code, statt sie aus der Konfiguration zu lesen</translation>
    </message>
    <message>
        <source>A backing service address is written into the code</source>
        <translation>Die Adresse eines unterstützenden Dienstes steht im Code</translation>
    </message>
    <message>
        <source>A twelve-factor app makes no distinction between local and third-party services: each is an attached resource located by config. An address written into the code means a new build for every move of the database and the same code cannot run against another environment's service.</source>
        <translation>Eine Zwölf-Faktoren-App unterscheidet nicht zwischen lokalen Diensten und Diensten von Drittanbietern: Jeder ist eine angebundene Ressource, die über die Konfiguration gefunden wird. Eine in den Code geschriebene Adresse bedeutet bei jedem Umzug der Datenbank einen neuen Build, und derselbe Code kann nicht gegen den Dienst einer anderen Umgebung laufen.</translation>
    </message>
    <message>
        <source>Read the service's URL from an environment variable (DATABASE_URL, REDIS_URL) and pass it to the client.</source>
        <translation>Lesen Sie die URL des Dienstes aus einer Umgebungsvariablen (DATABASE_URL, REDIS_URL) und übergeben Sie sie dem Client.</translation>
    </message>
    <message>
        <source>A reference names a service that nothing provides</source>
        <translation>Eine Referenz nennt einen Dienst, den nichts bereitstellt</translation>
    </message>
    <message>
        <source>Backing services are attached by name or URL, and the deployment must provide what the app is attached to. A reference to a service that no workload, Service or add-on provides fails at runtime, or silently depends on something deployed by hand.</source>
        <translation>Unterstützende Dienste werden über Namen oder URL angebunden, und das Deployment muss bereitstellen, woran die App angebunden ist. Eine Referenz auf einen Dienst, den kein Workload, Service oder Add-on bereitstellt, schlägt zur Laufzeit fehl oder hängt unbemerkt von etwas ab, das von Hand deployt wurde.</translation>
    </message>
    <message>
        <source>Define the service in the same deployment, fix the name, or point the variable at the managed service's address through config.</source>
        <translation>Definieren Sie den Dienst im selben Deployment, korrigieren Sie den Namen, oder richten Sie die Variable über die Konfiguration auf die Adresse des verwalteten Dienstes.</translation>
    </message>
    <message>
        <source>Add the Service (an ExternalName Service for a managed database) or correct the host in the variable.</source>
        <translation>Fügen Sie den Service hinzu (einen ExternalName-Service für eine verwaltete Datenbank) oder korrigieren Sie den Host in der Variablen.</translation>
    </message>
    <message>
        <source>Add the service to the Compose file or correct the name in depends_on.</source>
        <translation>Fügen Sie den Service der Compose-Datei hinzu oder korrigieren Sie den Namen in depends_on.</translation>
    </message>
    <message>
        <source>A backing service is addressed as localhost outside development</source>
        <translation>Ein unterstützender Dienst wird außerhalb der Entwicklung als localhost angesprochen</translation>
    </message>
    <message>
        <source>Backing services are attached resources reached over the network by a name the environment provides. In a container, localhost is the container itself: a deployed process configured for a database on localhost cannot reach it.</source>
        <translation>Unterstützende Dienste sind angebundene Ressourcen, die über das Netzwerk unter einem Namen erreicht werden, den die Umgebung bereitstellt. In einem Container ist localhost der Container selbst: Ein deployter Prozess, der für eine Datenbank auf localhost konfiguriert ist, kann sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Point the variable at the service's name (a Service, a Compose service, a managed database host) and keep localhost for development settings.</source>
        <translation>Richten Sie die Variable auf den Namen des Dienstes (ein Service, ein Compose-Service, der Host einer verwalteten Datenbank) und verwenden Sie localhost nur in Entwicklungseinstellungen.</translation>
    </message>
    <message>
        <source>Use the Service name, e.g. `postgres://app@postgres:5432/app`, and take the URL from a Secret.</source>
        <translation>Verwenden Sie den Namen des Service, z. B. `postgres://app@postgres:5432/app`, und beziehen Sie die URL aus einem Secret.</translation>
    </message>
    <message>
        <source>A backing service is addressed by IP address</source>
        <translation>Ein unterstützender Dienst wird über eine IP-Adresse angesprochen</translation>
    </message>
    <message>
        <source>Attached resources should be swappable by changing config, and a DNS name lets the service move without touching the app. An IP address pins the deployment to one network layout and breaks silently when the service is replaced or fails over.</source>
        <translation>Angebundene Ressourcen sollten sich durch eine Änderung der Konfiguration austauschen lassen, und mit einem DNS-Namen kann der Dienst umziehen, ohne dass die App angefasst wird. Eine IP-Adresse bindet das Deployment an ein bestimmtes Netzwerklayout und bricht unbemerkt, wenn der Dienst ersetzt wird oder ein Failover stattfindet.</translation>
    </message>
    <message>
        <source>Address the service by a DNS name: a Service or ExternalName Service, or the managed service's endpoint name.</source>
        <translation>Sprechen Sie den Dienst über einen DNS-Namen an: einen Service oder ExternalName-Service oder den Endpunktnamen des verwalteten Dienstes.</translation>
    </message>
    <message>
        <source>Create an ExternalName Service (or a Service with Endpoints) for the address and use its name.</source>
        <translation>Legen Sie für die Adresse einen ExternalName-Service (oder einen Service mit Endpoints) an und verwenden Sie dessen Namen.</translation>
    </message>
    <message>
        <source>container %1 of %2</source>
        <translation>Container %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2) runs %3 without a tag, so every pull may start a different image</source>
        <translation>%1 (%2) führt %3 ohne Tag aus, sodass jeder Pull ein anderes Image starten kann</translation>
    </message>
    <message>
        <source>%1 (%2) runs %3:latest, so every pull may start a different image</source>
        <translation>%1 (%2) führt %3:latest aus, sodass jeder Pull ein anderes Image starten kann</translation>
    </message>
    <message>
        <source>%1 (%2) runs an image pinned by digest</source>
        <translation>%1 (%2) führt ein per Digest fixiertes Image aus</translation>
    </message>
    <message>
        <source>%1 (%2) runs release %3 of %4</source>
        <translation>%1 (%2) führt Release %3 von %4 aus</translation>
    </message>
    <message>
        <source>%1 (%2) runs %3:%4; the tag names a branch or an environment rather than a release, and no version label says which build runs</source>
        <translation>%1 (%2) führt %3:%4 aus; der Tag benennt einen Branch oder eine Umgebung statt eines Release, und kein Versionslabel gibt an, welcher Build läuft</translation>
    </message>
    <message>
        <source>%1 sets the tag of %2 to latest, so every pull may start a different image</source>
        <translation>%1 setzt den Tag von %2 auf latest, sodass jeder Pull ein anderes Image starten kann</translation>
    </message>
    <message>
        <source>%1 sets %2 to latest, so every pull may start a different image</source>
        <translation>%1 setzt %2 auf latest, sodass jeder Pull ein anderes Image starten kann</translation>
    </message>
    <message>
        <source>%1 (%2) runs %3 every time it starts, so each start may run different code than the release that was tested</source>
        <translation>%1 (%2) führt bei jedem Start %3 aus, sodass jeder Start anderen Code ausführen kann als das getestete Release</translation>
    </message>
    <message>
        <source>service %1 builds its image on the %2 host when it is deployed (%3); build and tag the image once, then deploy that image</source>
        <translation>Service %1 baut sein Image beim Deploy auf dem Host der Umgebung %2 (%3); bauen und taggen Sie das Image einmal und deployen Sie dann genau dieses Image</translation>
    </message>
    <message>
        <source>the %1 of %2 runs %3 every time a container starts; do it in a RUN instruction so the image holds the result</source>
        <translation>%1 in %2 führt bei jedem Containerstart %3 aus; erledigen Sie das in einer RUN-Anweisung, damit das Image das Ergebnis enthält</translation>
    </message>
    <message>
        <source>%1 sets %2=%3 in the image, so the image only fits the %4 environment</source>
        <translation>%1 setzt %2=%3 im Image, sodass das Image nur zur Umgebung %4 passt</translation>
    </message>
    <message>
        <source>%1 copies %2 into the image, so its settings travel with every deploy of the image</source>
        <translation>%1 kopiert %2 in das Image, sodass dessen Einstellungen bei jedem Deploy des Image mitgeliefert werden</translation>
    </message>
    <message>
        <source>%1 copies %2 into the image as %3, so the build picks the environment</source>
        <translation>%1 kopiert %2 als %3 in das Image, sodass der Build die Umgebung festlegt</translation>
    </message>
    <message>
        <source>A deploy runs an image by a tag that moves</source>
        <translation>Ein Deploy führt ein Image über einen veränderlichen Tag aus</translation>
    </message>
    <message>
        <source>Build, release and run are separate stages: a release is one build combined with one config, and it never changes once made. An image without a tag, or tagged latest, is a different build whenever someone pushes, so restarting a process or adding a node can silently run code that was never released.</source>
        <translation>Build, Release und Run sind getrennte Phasen: Ein Release ist ein Build kombiniert mit einer Konfiguration und ändert sich nach seiner Erstellung nie mehr. Ein Image ohne Tag oder mit dem Tag latest ist nach jedem Push ein anderer Build, sodass der Neustart eines Prozesses oder ein zusätzlicher Node unbemerkt Code ausführen kann, der nie released wurde.</translation>
    </message>
    <message>
        <source>Deploy images by an immutable reference: a version tag the build writes once (1.4.2, or the git commit), or better a digest.</source>
        <translation>Deployen Sie Images über eine unveränderliche Referenz: einen Versions-Tag, den der Build einmalig schreibt (1.4.2 oder den Git-Commit), oder besser einen Digest.</translation>
    </message>
    <message>
        <source>Kubernetes: image: ghcr.io/acme/web:1.4.2 (or ghcr.io/acme/web@sha256:...), set per release by your pipeline or a Kustomize images: entry.</source>
        <translation>Kubernetes: image: ghcr.io/acme/web:1.4.2 (oder ghcr.io/acme/web@sha256:...), pro Release gesetzt von Ihrer Pipeline oder einem images:-Eintrag in Kustomize.</translation>
    </message>
    <message>
        <source>Kustomize: images: - name: ghcr.io/acme/web newTag: "1.4.2" (kustomize edit set image in the release job).</source>
        <translation>Kustomize: images: - name: ghcr.io/acme/web newTag: "1.4.2" (kustomize edit set image im Release-Job).</translation>
    </message>
    <message>
        <source>Helm: leave image.tag empty to use the chart's appVersion, or set it per release with --set image.tag=1.4.2.</source>
        <translation>Helm: Lassen Sie image.tag leer, um die appVersion des Charts zu verwenden, oder setzen Sie den Wert pro Release mit --set image.tag=1.4.2.</translation>
    </message>
    <message>
        <source>Compose: image: postgres:16.2 instead of image: postgres.</source>
        <translation>Compose: image: postgres:16.2 statt image: postgres.</translation>
    </message>
    <message>
        <source>fly.toml: [build] image = "registry.fly.io/web:1.4.2", or deploy with fly deploy --image at a fixed tag.</source>
        <translation>fly.toml: [build] image = "registry.fly.io/web:1.4.2", oder deployen Sie mit fly deploy --image und einem festen Tag.</translation>
    </message>
    <message>
        <source>render.yaml: image: url: ghcr.io/acme/web:1.4.2 with a fixed tag.</source>
        <translation>render.yaml: image: url: ghcr.io/acme/web:1.4.2 mit festem Tag.</translation>
    </message>
    <message>
        <source>A process builds or installs code when it starts</source>
        <translation>Ein Prozess baut oder installiert beim Start Code</translation>
    </message>
    <message>
        <source>The build stage turns code into an executable bundle; the run stage only starts it. Installing dependencies or compiling when a process starts makes every start a new, untested build: slower, fragile when a registry is down, and possibly different from what was released.</source>
        <translation>Die Build-Phase macht aus Code ein ausführbares Paket; die Run-Phase startet es nur. Wer beim Prozessstart Abhängigkeiten installiert oder kompiliert, macht jeden Start zu einem neuen, ungetesteten Build: langsamer, anfällig, wenn eine Registry ausfällt, und womöglich anders als das, was released wurde.</translation>
    </message>
    <message>
        <source>Move the install or compile step into the build (a RUN instruction in the Dockerfile, or the platform's build command) and start the built artefact.</source>
        <translation>Verlagern Sie den Installations- oder Kompilierschritt in den Build (eine RUN-Anweisung im Dockerfile oder den Build-Befehl der Plattform) und starten Sie das gebaute Artefakt.</translation>
    </message>
    <message>
        <source>Dockerfile: RUN pip install -r requirements.txt, then CMD ["gunicorn", "app:app"].</source>
        <translation>Dockerfile: RUN pip install -r requirements.txt, dann CMD ["gunicorn", "app:app"].</translation>
    </message>
    <message>
        <source>Procfile: web: gunicorn app:app; the buildpack installs requirements.txt during the build.</source>
        <translation>Procfile: web: gunicorn app:app; das Buildpack installiert requirements.txt während des Builds.</translation>
    </message>
    <message>
        <source>Kubernetes: build an image that already holds the dependencies and set command: ["node", "server.js"].</source>
        <translation>Kubernetes: Bauen Sie ein Image, das die Abhängigkeiten bereits enthält, und setzen Sie command: ["node", "server.js"].</translation>
    </message>
    <message>
        <source>Compose: deploy image: ghcr.io/acme/web:1.4.2 built by CI instead of build: in the production file.</source>
        <translation>Compose: Deployen Sie in der Produktionsdatei das von der CI gebaute image: ghcr.io/acme/web:1.4.2 statt build:.</translation>
    </message>
    <message>
        <source>fly.toml: install in the Dockerfile; [processes] only starts the app.</source>
        <translation>fly.toml: Installieren Sie im Dockerfile; [processes] startet nur die App.</translation>
    </message>
    <message>
        <source>render.yaml: buildCommand: pip install -r requirements.txt, startCommand: gunicorn app:app.</source>
        <translation>render.yaml: buildCommand: pip install -r requirements.txt, startCommand: gunicorn app:app.</translation>
    </message>
    <message>
        <source>The image is built for one environment</source>
        <translation>Das Image ist für eine einzige Umgebung gebaut</translation>
    </message>
    <message>
        <source>One build is released to every environment; what differs is the config added at release. An image that names its environment (a settings profile, a copied .env.production) cannot be promoted from staging to production unchanged, so what runs in production is not what was tested.</source>
        <translation>Ein einziger Build wird in jede Umgebung released; was sich unterscheidet, ist die beim Release hinzugefügte Konfiguration. Ein Image, das seine Umgebung festschreibt (ein Einstellungsprofil, eine kopierte .env.production), lässt sich nicht unverändert von Staging in die Produktion übernehmen, sodass in der Produktion nicht das läuft, was getestet wurde.</translation>
    </message>
    <message>
        <source>Set the environment's settings at deploy time (environment variables from the manifest, a ConfigMap or the platform) and build one image for all environments.</source>
        <translation>Setzen Sie die Einstellungen der Umgebung beim Deploy (Umgebungsvariablen aus dem Manifest, einer ConfigMap oder der Plattform) und bauen Sie ein einziges Image für alle Umgebungen.</translation>
    </message>
    <message>
        <source>Dockerfile: drop ENV SPRING_PROFILES_ACTIVE=prod and COPY .env.production; set SPRING_PROFILES_ACTIVE in the deployment's env instead.</source>
        <translation>Dockerfile: Entfernen Sie ENV SPRING_PROFILES_ACTIVE=prod und COPY .env.production; setzen Sie SPRING_PROFILES_ACTIVE stattdessen im env des Deployments.</translation>
    </message>
    <message>
        <source>Nothing says which release is running</source>
        <translation>Nichts gibt an, welches Release läuft</translation>
    </message>
    <message>
        <source>Every release should have a unique identifier, such as a version or a timestamp, that never changes. A tag named after a branch or an environment (main, staging) points at a different build after each push, so nobody can tell which build runs or roll back to the previous one.</source>
        <translation>Jedes Release sollte eine eindeutige, unveränderliche Kennung haben, etwa eine Version oder einen Zeitstempel. Ein Tag, der nach einem Branch oder einer Umgebung benannt ist (main, staging), zeigt nach jedem Push auf einen anderen Build, sodass niemand sagen kann, welcher Build läuft, und niemand zum vorherigen zurückkehren kann.</translation>
    </message>
    <message>
        <source>Tag images with the version or the git commit, and record it on the workload (app.kubernetes.io/version label or an OCI version label).</source>
        <translation>Taggen Sie Images mit der Version oder dem Git-Commit und vermerken Sie diese am Workload (Label app.kubernetes.io/version oder ein OCI-Versionslabel).</translation>
    </message>
    <message>
        <source>Kubernetes: image: ghcr.io/acme/web:3f9c2ab and labels: app.kubernetes.io/version: "3f9c2ab".</source>
        <translation>Kubernetes: image: ghcr.io/acme/web:3f9c2ab und labels: app.kubernetes.io/version: "3f9c2ab".</translation>
    </message>
    <message>
        <source>Compose: image: ghcr.io/acme/web:${RELEASE:?} with RELEASE set to the version by the deploy job.</source>
        <translation>Compose: image: ghcr.io/acme/web:${RELEASE:?}, wobei der Deploy-Job RELEASE auf die Version setzt.</translation>
    </message>
    <message>
        <source>the repository has no Dockerfile or deploy manifest that builds or runs the app</source>
        <translation>das Repository hat kein Dockerfile und kein Deploy-Manifest, das die App baut oder ausführt</translation>
    </message>
    <message numerus="yes">
        <source>%1 look like copies of one app, one per environment: they share %n file(s), %2 of them identical</source>
        <translation>
            <numerusform>%1 sehen wie Kopien einer App aus, eine pro Umgebung: sie haben %n Datei gemeinsam, davon %2 identisch</numerusform>
            <numerusform>%1 sehen wie Kopien einer App aus, eine pro Umgebung: sie haben %n Dateien gemeinsam, davon %2 identisch</numerusform>
        </translation>
    </message>
    <message>
        <source>(repository root)</source>
        <translation>(Stammverzeichnis des Repositorys)</translation>
    </message>
    <message numerus="yes">
        <source>this repository holds %n deployable app(s): %1. Each is a codebase of its own in the twelve-factor sense</source>
        <translation>
            <numerusform>dieses Repository enthält %n deploybare App: %1. Sie ist im Sinne der Zwölf-Faktoren-Methode eine eigene Codebasis</numerusform>
            <numerusform>dieses Repository enthält %n deploybare Apps: %1. Jede ist im Sinne der Zwölf-Faktoren-Methode eine eigene Codebasis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository deploys %n Helm chart(s): %1</source>
        <translation>
            <numerusform>dieses Repository deployt %n Helm-Chart: %1</numerusform>
            <numerusform>dieses Repository deployt %n Helm-Charts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository deploys %n kustomize base(s): %1</source>
        <translation>
            <numerusform>dieses Repository deployt %n Kustomize-Base: %1</numerusform>
            <numerusform>dieses Repository deployt %n Kustomize-Bases: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository deploys %n Compose project(s): %1</source>
        <translation>
            <numerusform>dieses Repository deployt %n Compose-Projekt: %1</numerusform>
            <numerusform>dieses Repository deployt %n Compose-Projekte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>The code is not under version control</source>
        <translation>Der Code steht nicht unter Versionskontrolle</translation>
    </message>
    <message>
        <source>A twelve-factor app is always tracked in a version control system: one codebase, many deploys. Every deploy is a commit of that codebase, which is what makes a release traceable and repeatable.</source>
        <translation>Eine Zwölf-Faktoren-App wird immer in einem Versionskontrollsystem verwaltet: eine Codebasis, viele Deploys. Jeder Deploy ist ein Commit dieser Codebasis, und genau das macht ein Release nachvollziehbar und wiederholbar.</translation>
    </message>
    <message>
        <source>Put the code into a git repository and deploy from its commits. If this directory is an export of a repository, audit the repository itself.</source>
        <translation>Legen Sie den Code in einem Git-Repository ab und deployen Sie aus dessen Commits. Ist dieses Verzeichnis ein Export eines Repositorys, prüfen Sie das Repository selbst.</translation>
    </message>
    <message>
        <source>The app is copied once per environment</source>
        <translation>Die App liegt für jede Umgebung als eigene Kopie vor</translation>
    </message>
    <message>
        <source>There is one codebase per app, and each environment is a deploy of it. Copies of the app per environment drift apart: a fix lands in one copy and not the others, and what runs in staging stops predicting what runs in production.</source>
        <translation>Es gibt eine Codebasis pro App, und jede Umgebung ist ein Deploy davon. Kopien der App pro Umgebung driften auseinander: Ein Fix landet in einer Kopie und nicht in den anderen, und was in Staging läuft, sagt bald nichts mehr darüber aus, was in der Produktion läuft.</translation>
    </message>
    <message>
        <source>Keep one copy of the app and move what differs between environments into configuration: environment variables, a Kustomize overlay, a Helm values file or a Compose file per environment.</source>
        <translation>Behalten Sie eine einzige Kopie der App und verlagern Sie, was sich zwischen den Umgebungen unterscheidet, in die Konfiguration: Umgebungsvariablen, ein Kustomize-Overlay, eine Helm-Values-Datei oder eine Compose-Datei pro Umgebung.</translation>
    </message>
    <message>
        <source>Kustomize: keep the manifests once in base/ and put what differs in overlays/staging/ and overlays/prod/, which list ../../base as a resource.</source>
        <translation>Kustomize: Halten Sie die Manifeste einmal in base/ und legen Sie die Unterschiede in overlays/staging/ und overlays/prod/ ab, die ../../base als Ressource aufführen.</translation>
    </message>
    <message>
        <source>Compose: one compose.yaml for the app, and compose.prod.yaml holding only the settings production changes (docker compose -f compose.yaml -f compose.prod.yaml up).</source>
        <translation>Compose: eine compose.yaml für die App und eine compose.prod.yaml, die nur die Einstellungen enthält, die in der Produktion abweichen (docker compose -f compose.yaml -f compose.prod.yaml up).</translation>
    </message>
    <message>
        <source>Helm: one chart, with values-staging.yaml and values-prod.yaml holding the differences.</source>
        <translation>Helm: ein Chart, dazu values-staging.yaml und values-prod.yaml mit den Unterschieden.</translation>
    </message>
    <message>
        <source>The repository holds several deployable apps</source>
        <translation>Das Repository enthält mehrere deploybare Apps</translation>
    </message>
    <message>
        <source>The twelve-factor app has one codebase per app; several apps in one repository form a distributed system, where each component is an app of its own. A monorepo can work, but each app still needs its own build, release and deploy.</source>
        <translation>Die Zwölf-Faktoren-App hat eine Codebasis pro App; mehrere Apps in einem Repository bilden ein verteiltes System, in dem jede Komponente eine eigene App ist. Ein Monorepo kann funktionieren, aber jede App braucht trotzdem ihren eigenen Build, ihr eigenes Release und ihren eigenen Deploy.</translation>
    </message>
    <message>
        <source>Make sure each app builds, releases and deploys on its own, with its own dependencies and version; shared code belongs in libraries the apps depend on.</source>
        <translation>Stellen Sie sicher, dass jede App für sich gebaut, released und deployt wird, mit eigenen Abhängigkeiten und eigener Version; gemeinsamer Code gehört in Bibliotheken, von denen die Apps abhängen.</translation>
    </message>
    <message>
        <source>The audited working tree has uncommitted changes</source>
        <translation>Das geprüfte Arbeitsverzeichnis enthält nicht committete Änderungen</translation>
    </message>
    <message>
        <source>Every deploy is a commit of the codebase. A working tree with uncommitted changes is a state no commit holds, so nothing can be deployed from it as it stands, and the audit describes that state rather than a release.</source>
        <translation>Jeder Deploy ist ein Commit der Codebasis. Ein Arbeitsverzeichnis mit nicht committeten Änderungen ist ein Zustand, den kein Commit enthält; so wie es ist, lässt sich daraus nichts deployen, und die Prüfung beschreibt diesen Zustand statt eines Release.</translation>
    </message>
    <message>
        <source>Commit or stash the changes and audit again, or audit a commit with --rev.</source>
        <translation>Committen oder stashen Sie die Änderungen und prüfen Sie erneut, oder prüfen Sie mit --rev einen Commit.</translation>
    </message>
    <message>
        <source>%1 is not a git repository, so there is no commit that a deploy could name</source>
        <translation>%1 ist kein Git-Repository, daher gibt es keinen Commit, auf den sich ein Deploy beziehen könnte</translation>
    </message>
    <message>
        <source>the working tree has uncommitted changes and the repository has no commit yet</source>
        <translation>das Arbeitsverzeichnis enthält nicht committete Änderungen, und das Repository hat noch keinen Commit</translation>
    </message>
    <message>
        <source>the working tree has uncommitted changes; the audit read them, not commit %1</source>
        <translation>das Arbeitsverzeichnis enthält nicht committete Änderungen; die Prüfung hat diese gelesen, nicht Commit %1</translation>
    </message>
    <message>
        <source>the repository declares no processes to scale</source>
        <translation>das Repository deklariert keine zu skalierenden Prozesse</translation>
    </message>
    <message>
        <source>%1 serves traffic through the Service %2 but runs a single replica, and no HorizontalPodAutoscaler scales it</source>
        <translation>%1 bedient Traffic über den Service %2, läuft aber mit nur einem Replikat, und kein HorizontalPodAutoscaler skaliert den Workload</translation>
    </message>
    <message>
        <source>%1 sets replicas to %2 while the HorizontalPodAutoscaler %3 scales it; every apply resets the replica count the autoscaler chose</source>
        <translation>%1 setzt replicas auf %2, während der HorizontalPodAutoscaler %3 den Workload skaliert; jedes Apply setzt die vom Autoscaler gewählte Replikatanzahl zurück</translation>
    </message>
    <message>
        <source>%1 runs %2, which keeps several long-running processes in one container</source>
        <translation>%1 führt %2 aus, das mehrere langlebige Prozesse in einem Container betreibt</translation>
    </message>
    <message>
        <source>%1 sends a process to the background with &amp; and runs another in the same container</source>
        <translation>%1 schickt einen Prozess mit &amp; in den Hintergrund und führt im selben Container einen weiteren aus</translation>
    </message>
    <message>
        <source>%1 (container %2)</source>
        <translation>%1 (Container %2)</translation>
    </message>
    <message>
        <source>container %1 of %2 requests neither CPU nor memory</source>
        <translation>Container %1 von %2 fordert weder CPU noch Arbeitsspeicher an</translation>
    </message>
    <message>
        <source>container %1 of %2 requests no CPU</source>
        <translation>Container %1 von %2 fordert keine CPU an</translation>
    </message>
    <message>
        <source>container %1 of %2 requests no memory</source>
        <translation>Container %1 von %2 fordert keinen Arbeitsspeicher an</translation>
    </message>
    <message>
        <source>%1 declares separate process types that scale independently: %2</source>
        <translation>%1 deklariert getrennte Prozesstypen, die unabhängig voneinander skalieren: %2</translation>
    </message>
    <message>
        <source>the image %1 runs as separate workloads that scale independently: %2</source>
        <translation>das Image %1 läuft als getrennte Workloads, die unabhängig voneinander skalieren: %2</translation>
    </message>
    <message>
        <source>A web workload runs a single replica</source>
        <translation>Ein Web-Workload läuft mit nur einem Replikat</translation>
    </message>
    <message>
        <source>A twelve-factor app handles more load by running more copies of a process, not by growing one. A process that serves traffic as a single replica cannot absorb a peak, and every restart, rollout or node drain takes it offline.</source>
        <translation>Eine Zwölf-Faktoren-App bewältigt mehr Last, indem sie mehr Kopien eines Prozesses ausführt, nicht indem sie einen einzelnen vergrößert. Ein Prozess, der Traffic als einzelnes Replikat bedient, kann keine Lastspitze abfangen, und jeder Neustart, jedes Rollout und jeder Node-Drain nimmt ihn offline.</translation>
    </message>
    <message>
        <source>Run at least two replicas of processes that serve traffic in production, or let a HorizontalPodAutoscaler scale them.</source>
        <translation>Betreiben Sie Prozesse, die in der Produktion Traffic bedienen, mit mindestens zwei Replikaten, oder lassen Sie sie von einem HorizontalPodAutoscaler skalieren.</translation>
    </message>
    <message>
        <source>In the Deployment, set `spec.replicas: 2` or more, or add a HorizontalPodAutoscaler with `scaleTargetRef` naming the Deployment and `minReplicas: 2`.</source>
        <translation>Setzen Sie im Deployment `spec.replicas: 2` oder mehr, oder fügen Sie einen HorizontalPodAutoscaler mit `minReplicas: 2` hinzu, dessen `scaleTargetRef` das Deployment nennt.</translation>
    </message>
    <message>
        <source>A workload scaled by an autoscaler also fixes its replica count</source>
        <translation>Ein von einem Autoscaler skalierter Workload legt zusätzlich seine Replikatanzahl fest</translation>
    </message>
    <message>
        <source>When an autoscaler owns the number of processes, the manifest should not also pin it. Each apply of a manifest that sets replicas scales the workload back to that number, undoing what the autoscaler decided under load.</source>
        <translation>Wenn ein Autoscaler über die Anzahl der Prozesse bestimmt, sollte das Manifest sie nicht zusätzlich festlegen. Jedes Apply eines Manifests, das replicas setzt, skaliert den Workload auf diese Zahl zurück und macht rückgängig, was der Autoscaler unter Last entschieden hat.</translation>
    </message>
    <message>
        <source>Remove `spec.replicas` from workloads that a HorizontalPodAutoscaler targets and set the range with the autoscaler's minReplicas and maxReplicas.</source>
        <translation>Entfernen Sie `spec.replicas` aus Workloads, auf die ein HorizontalPodAutoscaler zielt, und legen Sie den Bereich über minReplicas und maxReplicas des Autoscalers fest.</translation>
    </message>
    <message>
        <source>Delete the `replicas:` line of the Deployment; keep `minReplicas` in the HorizontalPodAutoscaler.</source>
        <translation>Löschen Sie die Zeile `replicas:` im Deployment; behalten Sie `minReplicas` im HorizontalPodAutoscaler.</translation>
    </message>
    <message>
        <source>Several long-running processes share one container</source>
        <translation>Mehrere langlebige Prozesse teilen sich einen Container</translation>
    </message>
    <message>
        <source>Twelve-factor apps give each type of work its own process type so that each can be scaled, restarted and observed on its own. A process manager or a shell that backgrounds one program and runs another hides processes from the platform: they scale together, crash silently and log through one stream.</source>
        <translation>Zwölf-Faktoren-Apps geben jeder Art von Arbeit einen eigenen Prozesstyp, damit sich jeder für sich skalieren, neu starten und beobachten lässt. Ein Prozessmanager oder eine Shell, die ein Programm in den Hintergrund schickt und ein weiteres ausführt, verbirgt Prozesse vor der Plattform: sie skalieren gemeinsam, stürzen unbemerkt ab und loggen über einen einzigen Stream.</translation>
    </message>
    <message>
        <source>Run one process per container and declare each kind of work as its own process type, service or workload.</source>
        <translation>Führen Sie einen Prozess pro Container aus und deklarieren Sie jede Art von Arbeit als eigenen Prozesstyp, Service oder Workload.</translation>
    </message>
    <message>
        <source>Give each program its own line: `web: gunicorn app:app` and `worker: celery -A app worker`.</source>
        <translation>Geben Sie jedem Programm eine eigene Zeile: `web: gunicorn app:app` und `worker: celery -A app worker`.</translation>
    </message>
    <message>
        <source>Split the service in two that share the build: `web` with the server command and `worker` with the worker command.</source>
        <translation>Teilen Sie den Service in zwei Services mit gemeinsamem Build auf: `web` mit dem Server-Befehl und `worker` mit dem Worker-Befehl.</translation>
    </message>
    <message>
        <source>Let CMD start one program in the foreground (exec form, e.g. `CMD ["gunicorn", "app:app"]`) and run other programs from their own containers.</source>
        <translation>Lassen Sie CMD ein einziges Programm im Vordergrund starten (Exec-Form, z. B. `CMD ["gunicorn", "app:app"]`) und führen Sie andere Programme in eigenen Containern aus.</translation>
    </message>
    <message>
        <source>Run each program in its own container or Deployment instead of `sh -c "a &amp; b"`.</source>
        <translation>Führen Sie jedes Programm in einem eigenen Container oder Deployment aus statt mit `sh -c "a &amp; b"`.</translation>
    </message>
    <message>
        <source>A container does not request CPU or memory</source>
        <translation>Ein Container fordert weder CPU noch Arbeitsspeicher an</translation>
    </message>
    <message>
        <source>Scaling out means the platform places many processes side by side. Without resource requests the scheduler cannot tell how many fit on a node, so processes get overpacked, starve each other and get evicted under load, and autoscaling on utilisation has nothing to measure against.</source>
        <translation>Horizontal skalieren heißt, dass die Plattform viele Prozesse nebeneinander platziert. Ohne Resource Requests kann der Scheduler nicht erkennen, wie viele davon auf einen Node passen; Prozesse werden zu dicht gepackt, nehmen sich gegenseitig Ressourcen weg und werden unter Last verdrängt, und ein Autoscaling nach Auslastung hat keinen Bezugswert.</translation>
    </message>
    <message>
        <source>Declare CPU and memory requests for every container.</source>
        <translation>Deklarieren Sie für jeden Container Requests für CPU und Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Add `resources: {requests: {cpu: 100m, memory: 128Mi}}` to the container, sized from what it uses.</source>
        <translation>Fügen Sie dem Container `resources: {requests: {cpu: 100m, memory: 128Mi}}` hinzu, bemessen nach seinem tatsächlichen Verbrauch.</translation>
    </message>
    <message>
        <source>A secret is written into a deployment manifest</source>
        <translation>Ein Secret steht in einem Deployment-Manifest</translation>
    </message>
    <message>
        <source>Config that varies between deploys, credentials above all, belongs in the environment and not in files that ship with the code: everyone who can read the repository can read a secret written there, and every environment ends up sharing it. The twelve-factor way injects it as an environment variable at deploy time; hardened setups (CIS Kubernetes 5.4.1) prefer Secrets mounted as files. Both keep the value out of the code, which a literal in a manifest does not.</source>
        <translation>Konfiguration, die sich zwischen Deploys unterscheidet, allen voran Zugangsdaten, gehört in die Umgebung und nicht in Dateien, die mit dem Code ausgeliefert werden: Wer das Repository lesen kann, kann auch ein dort hinterlegtes Secret lesen, und am Ende teilen sich alle Umgebungen denselben Wert. Nach der Zwölf-Faktoren-Methode wird es beim Deploy als Umgebungsvariable injiziert; gehärtete Setups (CIS Kubernetes 5.4.1) bevorzugen als Dateien gemountete Secrets. Beides hält den Wert aus dem Code heraus, ein Literal im Manifest dagegen nicht.</translation>
    </message>
    <message>
        <source>Remove the value from the manifest, rotate the credential (it stays in the git history), and inject it at deploy time from a secret store.</source>
        <translation>Entfernen Sie den Wert aus dem Manifest, rotieren Sie die Zugangsdaten (sie bleiben in der Git-Historie) und injizieren Sie sie beim Deploy aus einem Secret Store.</translation>
    </message>
    <message>
        <source>In Kubernetes, read it from a Secret with `valueFrom: {secretKeyRef: {name: app-secrets, key: DB_PASSWORD}}`, or mount the Secret as a file and point the app at it (DB_PASSWORD_FILE=/run/secrets/db-password).</source>
        <translation>Lesen Sie den Wert in Kubernetes mit `valueFrom: {secretKeyRef: {name: app-secrets, key: DB_PASSWORD}}` aus einem Secret, oder mounten Sie das Secret als Datei und verweisen Sie die App darauf (DB_PASSWORD_FILE=/run/secrets/db-password).</translation>
    </message>
    <message>
        <source>In Compose, write `DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}` and keep the value in an untracked .env file, or use a top-level `secrets:` entry that is mounted at /run/secrets.</source>
        <translation>Schreiben Sie in Compose `DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}` und halten Sie den Wert in einer nicht versionierten .env-Datei, oder verwenden Sie einen `secrets:`-Eintrag auf oberster Ebene, der unter /run/secrets gemountet wird.</translation>
    </message>
    <message>
        <source>In a Dockerfile, drop the ENV or ARG default and pass the value when the container starts (`docker run -e`); build-time secrets go through `RUN --mount=type=secret`, because ARG and ENV values are stored in the image.</source>
        <translation>Entfernen Sie im Dockerfile den ENV- oder ARG-Standardwert und übergeben Sie den Wert beim Containerstart (`docker run -e`); Secrets für den Build gehören in `RUN --mount=type=secret`, denn ARG- und ENV-Werte werden im Image gespeichert.</translation>
    </message>
    <message>
        <source>In app.json, declare the variable without a value (`"required": true`) or with `"generator": "secret"`, and set it with `heroku config:set`.</source>
        <translation>Deklarieren Sie die Variable in app.json ohne Wert (`"required": true`) oder mit `"generator": "secret"` und setzen Sie sie mit `heroku config:set`.</translation>
    </message>
    <message>
        <source>In fly.toml, remove it from [env] and set it with `fly secrets set NAME=...`.</source>
        <translation>Entfernen Sie sie in fly.toml aus [env] und setzen Sie sie mit `fly secrets set NAME=...`.</translation>
    </message>
    <message>
        <source>In render.yaml, use `sync: false` and set the value in the dashboard, or `generateValue: true`, or `fromDatabase` for database credentials.</source>
        <translation>Verwenden Sie in render.yaml `sync: false` und setzen Sie den Wert im Dashboard, oder nutzen Sie `generateValue: true` oder für Datenbank-Zugangsdaten `fromDatabase`.</translation>
    </message>
    <message>
        <source>In Helm values, leave the value empty and reference an existing Secret (most charts offer `existingSecret`), or pass it at install time from a secret store.</source>
        <translation>Lassen Sie den Wert in den Helm-Values leer und referenzieren Sie ein vorhandenes Secret (die meisten Charts bieten `existingSecret`), oder übergeben Sie ihn bei der Installation aus einem Secret Store.</translation>
    </message>
    <message>
        <source>In Kustomize, generate a Secret from an untracked env file (`secretGenerator` with `envs:`) instead of writing the value into a ConfigMap.</source>
        <translation>Erzeugen Sie in Kustomize ein Secret aus einer nicht versionierten env-Datei (`secretGenerator` mit `envs:`), statt den Wert in eine ConfigMap zu schreiben.</translation>
    </message>
    <message>
        <source>In a Procfile, let the command read the value from the environment (`--token "$API_TOKEN"`) and set it on the platform.</source>
        <translation>Lassen Sie im Procfile den Befehl den Wert aus der Umgebung lesen (`--token "$API_TOKEN"`) und setzen Sie ihn auf der Plattform.</translation>
    </message>
    <message>
        <source>A .env file with real secrets is in the repository</source>
        <translation>Eine .env-Datei mit echten Secrets liegt im Repository</translation>
    </message>
    <message>
        <source>A .env file is a developer's local stand-in for the environment. Committed, it turns per-deploy config into code that everyone with the repository shares, secrets included. Commit a template with placeholders (.env.example) and keep the real values in the environment or a secret store; whether the app then reads them as variables (twelve-factor) or as mounted files (CIS Kubernetes 5.4.1), they stay out of the repository.</source>
        <translation>Eine .env-Datei ist der lokale Ersatz eines Entwicklers für die Umgebung. Wird sie committet, wird Konfiguration, die pro Deploy gilt, zu Code, den alle mit Zugriff auf das Repository teilen, Secrets eingeschlossen. Committen Sie eine Vorlage mit Platzhaltern (.env.example) und halten Sie die echten Werte in der Umgebung oder einem Secret Store; ob die App sie dann als Variablen (Zwölf-Faktoren-Methode) oder als gemountete Dateien (CIS Kubernetes 5.4.1) liest, sie bleiben aus dem Repository heraus.</translation>
    </message>
    <message>
        <source>Remove the file from git (`git rm --cached`), add it to .gitignore, commit a .env.example with placeholders instead, and rotate every credential it held: the old values stay in the git history.</source>
        <translation>Entfernen Sie die Datei aus Git (`git rm --cached`), tragen Sie sie in .gitignore ein, committen Sie stattdessen eine .env.example mit Platzhaltern und rotieren Sie alle Zugangsdaten, die sie enthielt: Die alten Werte bleiben in der Git-Historie.</translation>
    </message>
    <message>
        <source>Keep `.env` in .gitignore and commit `.env.example` with `STRIPE_SECRET_KEY=` (empty) or `STRIPE_SECRET_KEY=&lt;your-key&gt;`.</source>
        <translation>Belassen Sie `.env` in .gitignore und committen Sie `.env.example` mit `STRIPE_SECRET_KEY=` (leer) oder `STRIPE_SECRET_KEY=&lt;your-key&gt;`.</translation>
    </message>
    <message>
        <source>A Kubernetes Secret with real values is committed</source>
        <translation>Ein Kubernetes-Secret mit echten Werten ist committet</translation>
    </message>
    <message>
        <source>The data of a Kubernetes Secret is only base64-encoded, which anyone can decode: committing the manifest publishes the credentials to everyone with the repository and ties them to the code. Keep Secrets out of git, or commit them encrypted (SealedSecret, SOPS) or as references (ExternalSecret); the pod can then read them as environment variables, the twelve-factor way, or as mounted files, the hardened way of CIS Kubernetes 5.4.1.</source>
        <translation>Die Daten eines Kubernetes-Secrets sind nur base64-kodiert, was jeder dekodieren kann: Wer das Manifest committet, veröffentlicht die Zugangsdaten für alle mit Zugriff auf das Repository und bindet sie an den Code. Halten Sie Secrets aus Git heraus, oder committen Sie sie verschlüsselt (SealedSecret, SOPS) oder als Referenzen (ExternalSecret); der Pod kann sie dann als Umgebungsvariablen lesen, wie es die Zwölf-Faktoren-Methode vorsieht, oder als gemountete Dateien, wie es die Härtung nach CIS Kubernetes 5.4.1 vorsieht.</translation>
    </message>
    <message>
        <source>Remove the Secret's values from git, rotate the credentials, and create the Secret from a secret store at deploy time.</source>
        <translation>Entfernen Sie die Werte des Secrets aus Git, rotieren Sie die Zugangsdaten und erzeugen Sie das Secret beim Deploy aus einem Secret Store.</translation>
    </message>
    <message>
        <source>Replace the manifest with a SealedSecret (`kubeseal -o yaml &lt; secret.yaml &gt; sealed-secret.yaml`), an ExternalSecret that reads the values from your vault, or a SOPS-encrypted file.</source>
        <translation>Ersetzen Sie das Manifest durch ein SealedSecret (`kubeseal -o yaml &lt; secret.yaml &gt; sealed-secret.yaml`), ein ExternalSecret, das die Werte aus Ihrem Vault liest, oder eine mit SOPS verschlüsselte Datei.</translation>
    </message>
    <message>
        <source>Use `secretGenerator` with `envs:` pointing at an untracked file instead of `literals:`.</source>
        <translation>Verwenden Sie `secretGenerator` mit `envs:`, das auf eine nicht versionierte Datei zeigt, statt `literals:`.</translation>
    </message>
    <message>
        <source>An environment variable refers to a ConfigMap or Secret that nothing defines</source>
        <translation>Eine Umgebungsvariable verweist auf eine ConfigMap oder ein Secret, die nirgends definiert sind</translation>
    </message>
    <message>
        <source>Twelve-factor config is injected from outside the code, and the manifests are where that wiring is written down. A reference to a ConfigMap or Secret that no manifest, generator or secret operator of the repository creates makes every deploy depend on an undocumented manual step, and when the object or key is missing the pod does not start (CreateContainerConfigError).</source>
        <translation>Konfiguration wird nach der Zwölf-Faktoren-Methode von außerhalb des Codes injiziert, und in den Manifesten ist diese Verdrahtung festgehalten. Ein Verweis auf eine ConfigMap oder ein Secret, die weder ein Manifest noch ein Generator oder Secret-Operator des Repositorys erzeugt, macht jeden Deploy von einem undokumentierten manuellen Schritt abhängig, und fehlt das Objekt oder der Schlüssel, startet der Pod nicht (CreateContainerConfigError).</translation>
    </message>
    <message>
        <source>Define the object in the repository (a ConfigMap manifest or configMapGenerator; for a Secret an ExternalSecret, a SealedSecret or a secretGenerator reading an untracked file), correct the name or key, or mark the reference `optional: true` when the app works without it.</source>
        <translation>Definieren Sie das Objekt im Repository (ein ConfigMap-Manifest oder einen configMapGenerator; für ein Secret ein ExternalSecret, ein SealedSecret oder einen secretGenerator, der eine nicht versionierte Datei liest), korrigieren Sie den Namen oder Schlüssel, oder markieren Sie die Referenz mit `optional: true`, wenn die App auch ohne sie funktioniert.</translation>
    </message>
    <message>
        <source>For a Secret kept in a vault, commit an ExternalSecret whose `target.name` is the name the Deployment reads, so the reference is defined in the repository.</source>
        <translation>Committen Sie für ein Secret, das in einem Vault liegt, ein ExternalSecret, dessen `target.name` der Name ist, den das Deployment liest, damit die Referenz im Repository definiert ist.</translation>
    </message>
    <message>
        <source>An environment variable is set twice in one container</source>
        <translation>Eine Umgebungsvariable wird in einem Container doppelt gesetzt</translation>
    </message>
    <message>
        <source>Each variable has one value per deploy. When a container sets the same name twice only one value takes effect (the last one, in Kubernetes and Compose), so the other is dead config that misleads readers, and tools that patch or merge manifests may keep a different one.</source>
        <translation>Jede Variable hat pro Deploy genau einen Wert. Setzt ein Container denselben Namen zweimal, wirkt nur ein Wert (in Kubernetes und Compose der letzte); der andere ist tote Konfiguration, die Leser in die Irre führt, und Werkzeuge, die Manifeste patchen oder zusammenführen, behalten womöglich einen anderen.</translation>
    </message>
    <message>
        <source>Keep one entry per variable and delete the other.</source>
        <translation>Behalten Sie einen Eintrag pro Variable und löschen Sie den anderen.</translation>
    </message>
    <message>
        <source>A service address is hard-coded to localhost or an IP address</source>
        <translation>Eine Dienstadresse ist fest auf localhost oder eine IP-Adresse codiert</translation>
    </message>
    <message>
        <source>Config is everything that varies between deploys, and the address of a backing service is the prime example. Inside a container, localhost is the container itself, and a fixed IP address breaks as soon as the service moves; a name that the platform resolves (a Kubernetes Service, a Compose service, a managed database's host), set per environment, keeps one build deployable everywhere.</source>
        <translation>Konfiguration ist alles, was sich zwischen Deploys unterscheidet, und die Adresse eines unterstützenden Dienstes ist das Paradebeispiel. Innerhalb eines Containers ist localhost der Container selbst, und eine feste IP-Adresse bricht, sobald der Dienst umzieht; ein Name, den die Plattform auflöst (ein Kubernetes-Service, ein Compose-Service, der Host einer verwalteten Datenbank) und der pro Umgebung gesetzt wird, hält einen einzigen Build überall deploybar.</translation>
    </message>
    <message>
        <source>Point at a DNS name that the platform resolves and set it per environment.</source>
        <translation>Verweisen Sie auf einen DNS-Namen, den die Plattform auflöst, und setzen Sie ihn pro Umgebung.</translation>
    </message>
    <message>
        <source>Use the Service name (`postgres://app@db.shop.svc:5432/shop`); for a database outside the cluster, an ExternalName Service gives it a stable name.</source>
        <translation>Verwenden Sie den Namen des Service (`postgres://app@db.shop.svc:5432/shop`); einer Datenbank außerhalb des Clusters gibt ein ExternalName-Service einen stabilen Namen.</translation>
    </message>
    <message>
        <source>Use the Compose service name (`redis://cache:6379`), not localhost.</source>
        <translation>Verwenden Sie den Namen des Compose-Service (`redis://cache:6379`), nicht localhost.</translation>
    </message>
    <message>
        <source>Leave the address out of the image and set it when the container starts.</source>
        <translation>Lassen Sie die Adresse aus dem Image heraus und setzen Sie sie beim Containerstart.</translation>
    </message>
    <message>
        <source>Configuration for one environment is committed as a file of the code</source>
        <translation>Die Konfiguration einer Umgebung ist als Datei im Code committet</translation>
    </message>
    <message>
        <source>Grouping config into a file per environment (settings_prod.py, config/production.json, application-prod.yml) does not scale: every new deploy needs a new file and a new build, and production's hosts and credentials live in the code. A twelve-factor app reads such values from environment variables, which vary per deploy while the code stays the same.</source>
        <translation>Konfiguration in einer Datei pro Umgebung zu bündeln (settings_prod.py, config/production.json, application-prod.yml) skaliert nicht: Jeder neue Deploy braucht eine neue Datei und einen neuen Build, und die Hosts und Zugangsdaten der Produktion stehen im Code. Eine Zwölf-Faktoren-App liest solche Werte aus Umgebungsvariablen, die sich pro Deploy unterscheiden, während der Code gleich bleibt.</translation>
    </message>
    <message>
        <source>Move the values that differ per deploy (hosts, URLs, credentials) into environment variables read by one settings module, and keep only defaults that hold everywhere in code.</source>
        <translation>Verlagern Sie die Werte, die sich pro Deploy unterscheiden (Hosts, URLs, Zugangsdaten), in Umgebungsvariablen, die ein einziges Einstellungsmodul liest, und belassen Sie im Code nur Standardwerte, die überall gelten.</translation>
    </message>
    <message>
        <source>A secret is written into a source file</source>
        <translation>Ein Secret steht in einer Quelldatei</translation>
    </message>
    <message>
        <source>A credential in a source file is config mistaken for code: it ships with every copy of the repository and every build, cannot differ between deploys, and cannot be rotated without a release. Read it from the environment, the twelve-factor way, or from a mounted secret file, the hardened way of CIS Kubernetes 5.4.1.</source>
        <translation>Zugangsdaten in einer Quelldatei sind Konfiguration, die mit Code verwechselt wurde: sie werden mit jeder Kopie des Repositorys und jedem Build ausgeliefert, können sich zwischen Deploys nicht unterscheiden und lassen sich ohne Release nicht rotieren. Lesen Sie sie aus der Umgebung, wie es die Zwölf-Faktoren-Methode vorsieht, oder aus einer gemounteten Secret-Datei, wie es die Härtung nach CIS Kubernetes 5.4.1 vorsieht.</translation>
    </message>
    <message>
        <source>Replace the literal with a lookup (os.environ["SECRET_KEY"], process.env.API_TOKEN), rotate the credential, and keep the value in the deploy environment or a secret store.</source>
        <translation>Ersetzen Sie das Literal durch einen Lookup (os.environ["SECRET_KEY"], process.env.API_TOKEN), rotieren Sie die Zugangsdaten und halten Sie den Wert in der Deploy-Umgebung oder einem Secret Store.</translation>
    </message>
    <message>
        <source>A secret removed from the code is still in the git history</source>
        <translation>Ein aus dem Code entferntes Secret steht noch in der Git-Historie</translation>
    </message>
    <message>
        <source>Deleting a committed secret does not unpublish it: every clone keeps the commit that added it. This rule reports each secret once, at the oldest scanned commit that added it, and only when the audited revision no longer holds it; a secret still present is reported by the rule for the file it is in. Config belongs in the environment or in a mounted secret file (CIS Kubernetes 5.4.1), never in a commit.</source>
        <translation>Das Löschen eines committeten Secrets macht seine Veröffentlichung nicht rückgängig: Jeder Klon behält den Commit, der es hinzugefügt hat. Diese Regel meldet jedes Secret einmal, beim ältesten durchsuchten Commit, der es hinzugefügt hat, und nur, wenn die geprüfte Revision es nicht mehr enthält; ein noch vorhandenes Secret meldet die Regel für die Datei, in der es steht. Konfiguration gehört in die Umgebung oder in eine gemountete Secret-Datei (CIS Kubernetes 5.4.1), niemals in einen Commit.</translation>
    </message>
    <message>
        <source>Rotate the credential now and treat it as leaked. Rewriting the history (git filter-repo) helps only after the rotation, and only for clones made afterwards.</source>
        <translation>Rotieren Sie die Zugangsdaten sofort und behandeln Sie sie als kompromittiert. Das Umschreiben der Historie (git filter-repo) hilft erst nach der Rotation und nur für danach erstellte Klone.</translation>
    </message>
    <message>
        <source>Compose service</source>
        <translation>Compose-Service</translation>
    </message>
    <message>
        <source>fly.toml app</source>
        <translation>fly.toml-App</translation>
    </message>
    <message>
        <source>render.yaml service</source>
        <translation>render.yaml-Service</translation>
    </message>
    <message>
        <source>app.json</source>
        <translation>app.json</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>the repository has no deploy manifests, env files or config objects, and no secrets were found in its files</source>
        <translation>das Repository hat keine Deploy-Manifeste, env-Dateien oder Konfigurationsobjekte, und in seinen Dateien wurden keine Secrets gefunden</translation>
    </message>
    <message>
        <source>the Secret %1 is committed encrypted with SOPS, so its values are not in clear</source>
        <translation>das Secret %1 ist mit SOPS verschlüsselt committet, seine Werte liegen also nicht im Klartext vor</translation>
    </message>
    <message>
        <source>the SealedSecret %1 keeps its values encrypted in git</source>
        <translation>das SealedSecret %1 hält seine Werte verschlüsselt in Git</translation>
    </message>
    <message>
        <source>the ExternalSecret %1 fetches its values from a secret store instead of the repository</source>
        <translation>das ExternalSecret %1 holt seine Werte aus einem Secret Store statt aus dem Repository</translation>
    </message>
    <message>
        <source>key %1 of ConfigMap %2 (%3)</source>
        <translation>Schlüssel %1 der ConfigMap %2 (%3)</translation>
    </message>
    <message>
        <source>the Helm value %1 (%2)</source>
        <translation>der Helm-Wert %1 (%2)</translation>
    </message>
    <message>
        <source>the build argument %1 of %2 (%3)</source>
        <translation>das Build-Argument %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>the ARG default %1 (%2)</source>
        <translation>der ARG-Standardwert %1 (%2)</translation>
    </message>
    <message>
        <source>ENV %1 (%2)</source>
        <translation>ENV %1 (%2)</translation>
    </message>
    <message>
        <source>%1 in the env group %2 (%3)</source>
        <translation>%1 in der Env-Gruppe %2 (%3)</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 in the %2 %3 (%4)</source>
        <translation>%1 in %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1 holds %2 in clear</source>
        <translation>%1 ist %2 im Klartext</translation>
    </message>
    <message>
        <source>%1 holds %2 in clear; a ConfigMap is no place for secrets</source>
        <translation>%1 ist %2 im Klartext; eine ConfigMap ist kein Ort für Secrets</translation>
    </message>
    <message>
        <source>%1 holds %2 in clear, and build arguments are stored in the image</source>
        <translation>%1 ist %2 im Klartext, und Build-Argumente werden im Image gespeichert</translation>
    </message>
    <message>
        <source>%1 is a template with placeholders; the real values stay out of the repository</source>
        <translation>%1 ist eine Vorlage mit Platzhaltern; die echten Werte bleiben außerhalb des Repositorys</translation>
    </message>
    <message numerus="yes">
        <source>the template %1 holds %n real secret(s) instead of placeholders: %2</source>
        <translation>
            <numerusform>die Vorlage %1 enthält %n echtes Secret statt Platzhaltern: %2</numerusform>
            <numerusform>die Vorlage %1 enthält %n echte Secrets statt Platzhaltern: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is committed with %n secret(s): %2</source>
        <translation>
            <numerusform>%1 ist mit %n Secret committet: %2</numerusform>
            <numerusform>%1 ist mit %n Secrets committet: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n secret(s) (%2) and is not ignored by git, so the next `git add` commits it</source>
        <translation>
            <numerusform>%1 enthält %n Secret (%2) und wird von Git nicht ignoriert, sodass das nächste `git add` die Datei committet</numerusform>
            <numerusform>%1 enthält %n Secrets (%2) und wird von Git nicht ignoriert, sodass das nächste `git add` die Datei committet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Secret %1 (%2) is committed with %n value(s) in clear (base64 is only an encoding): %3</source>
        <translation>
            <numerusform>das Secret %1 (%2) ist mit %n Wert im Klartext committet (base64 ist nur eine Kodierung): %3</numerusform>
            <numerusform>das Secret %1 (%2) ist mit %n Werten im Klartext committet (base64 ist nur eine Kodierung): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretGenerator %1 (%2) writes %n value(s) as literals: %3</source>
        <translation>
            <numerusform>der secretGenerator %1 (%2) schreibt %n Wert als Literal: %3</numerusform>
            <numerusform>der secretGenerator %1 (%2) schreibt %n Werte als Literale: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretGenerator %1 (%2) reads %3, which is committed with %n secret value(s): %4</source>
        <translation>
            <numerusform>der secretGenerator %1 (%2) liest die Datei %3, die mit %n geheimen Wert committet ist: %4</numerusform>
            <numerusform>der secretGenerator %1 (%2) liest die Datei %3, die mit %n geheimen Werten committet ist: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is written into %2 at line %3</source>
        <translation>%1 steht in %2 in Zeile %3</translation>
    </message>
    <message>
        <source>%1 assigns %2 to %3</source>
        <translation>In %1 wird %3 %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 holds %2 (%3)</source>
        <translation>In %1 steht %2 (%3)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>In %1 steht %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; the same value is also committed in %n other place(s)</source>
        <translation>
            <numerusform>%1; derselbe Wert ist auch an %n weiteren Stelle committet</numerusform>
            <numerusform>%1; derselbe Wert ist auch an %n weiteren Stellen committet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) loads the Secret %3, which is created outside the repository like every Secret of this repository; make sure each environment creates it</source>
        <translation>%1 (%2) lädt das Secret %3, das wie jedes Secret dieses Repositorys außerhalb des Repositorys erzeugt wird; stellen Sie sicher, dass jede Umgebung es anlegt</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) reads the Secret %4, which is created outside the repository like every Secret of this repository; make sure each environment creates it</source>
        <translation>%1 in %2 (%3) liest das Secret %4, das wie jedes Secret dieses Repositorys außerhalb des Repositorys erzeugt wird; stellen Sie sicher, dass jede Umgebung es anlegt</translation>
    </message>
    <message>
        <source>%1 (%2) loads every key of the %3 %4, which no manifest, generator or secret operator in the repository defines</source>
        <translation>%1 (%2) lädt alle Schlüssel von %3 %4, aber kein Manifest, kein Generator und kein Secret-Operator im Repository definiert dieses Objekt</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) reads the %4 %5, which no manifest, generator or secret operator in the repository defines</source>
        <translation>%1 in %2 (%3) liest %4 %5, aber kein Manifest, kein Generator und kein Secret-Operator im Repository definiert dieses Objekt</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) reads the key %4 of the %5 %6, but the %5 in %7 has no such key</source>
        <translation>%1 in %2 (%3) liest den Schlüssel %4 von %5 %6, aber die Definition von %5 %6 in %7 enthält diesen Schlüssel nicht</translation>
    </message>
    <message>
        <source>%1 is set twice in %2 (%3): first at line %4, again at line %5; only one value takes effect</source>
        <translation>%1 wird in %2 (%3) zweimal gesetzt: zuerst in Zeile %4, erneut in Zeile %5; nur ein Wert wird wirksam</translation>
    </message>
    <message>
        <source>%1 points at %2, which inside a container is the container itself</source>
        <translation>%1 zeigt auf %2, was innerhalb eines Containers der Container selbst ist</translation>
    </message>
    <message>
        <source>%1 points at the fixed IP address %2</source>
        <translation>%1 zeigt auf die feste IP-Adresse %2</translation>
    </message>
    <message>
        <source>%1 holds the configuration of the %2 environment in the code, including the address %3</source>
        <translation>%1 enthält die Konfiguration der Umgebung %2 im Code, einschließlich der Adresse %3</translation>
    </message>
    <message>
        <source>%1 was committed in %2 (%3, %4) in %5 and removed later; rotate it</source>
        <translation>%1 wurde in %2 (%3, %4) in %5 committet und später entfernt; rotieren Sie diese Zugangsdaten</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) take their values from Secrets or platform-generated secrets instead of literals</source>
        <translation>
            <numerusform>%n Variable bezieht ihren Wert aus einem Secret oder einem von der Plattform erzeugten Secret statt aus einem Literal</numerusform>
            <numerusform>%n Variablen beziehen ihre Werte aus Secrets oder von der Plattform erzeugten Secrets statt aus Literalen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mounts the Secret %2 as files, the hardened way of CIS Kubernetes 5.4.1</source>
        <translation>%1 mountet das Secret %2 als Dateien, gehärtet nach CIS Kubernetes 5.4.1</translation>
    </message>
    <message>
        <source>the repository root</source>
        <translation>dem Stammverzeichnis des Repositorys</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>JavaScript/TypeScript</source>
        <translation>JavaScript/TypeScript</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Ruby</source>
        <translation>Ruby</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>PHP</source>
        <translation>PHP</translation>
    </message>
    <message>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>requirements.txt, pyproject.toml, Pipfile or setup.py</source>
        <translation>requirements.txt, pyproject.toml, Pipfile oder setup.py</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>go.mod</source>
        <translation>go.mod</translation>
    </message>
    <message>
        <source>Gemfile</source>
        <translation>Gemfile</translation>
    </message>
    <message>
        <source>pom.xml or build.gradle</source>
        <translation>pom.xml oder build.gradle</translation>
    </message>
    <message>
        <source>composer.json</source>
        <translation>composer.json</translation>
    </message>
    <message>
        <source>Cargo.toml</source>
        <translation>Cargo.toml</translation>
    </message>
    <message>
        <source>%1 code in %2 imports %3, but no %4 declares its dependencies</source>
        <translation>%1-Code in %2 importiert %3, aber kein %4 deklariert seine Abhängigkeiten</translation>
    </message>
    <message>
        <source>package-lock.json, yarn.lock or pnpm-lock.yaml</source>
        <translation>package-lock.json, yarn.lock oder pnpm-lock.yaml</translation>
    </message>
    <message>
        <source>%1 locks the exact versions of the dependencies %2 declares</source>
        <translation>%1 fixiert die exakten Versionen der Abhängigkeiten, die %2 deklariert</translation>
    </message>
    <message>
        <source>%1 declares dependencies but there is no %2 next to it, so each install may resolve different versions</source>
        <translation>%1 deklariert Abhängigkeiten, aber daneben liegt kein %2, sodass jede Installation andere Versionen auflösen kann</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not pin %n package(s) with ==: %2</source>
        <translation>
            <numerusform>%1 fixiert %n Paket nicht mit ==: %2</numerusform>
            <numerusform>%1 fixiert %n Pakete nicht mit ==: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepts any version of %n package(s): %2</source>
        <translation>
            <numerusform>%1 akzeptiert jede Version von %n Paket: %2</numerusform>
            <numerusform>%1 akzeptiert jede Version von %n Paketen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 builds FROM %2 without a tag, which means whatever "latest" is at build time</source>
        <translation>%1 baut FROM %2 ohne Tag, also mit dem, was zur Build-Zeit "latest" ist</translation>
    </message>
    <message>
        <source>%1 builds FROM %2:latest, which changes whenever a new version is pushed</source>
        <translation>%1 baut FROM %2:latest, das sich bei jedem Push einer neuen Version ändert</translation>
    </message>
    <message>
        <source>every base image of %1 is pinned by digest</source>
        <translation>jedes Basis-Image von %1 ist per Digest fixiert</translation>
    </message>
    <message>
        <source>%1 installs %2 with %3 without pinning a version</source>
        <translation>%1 installiert %2 mit %3, ohne eine Version festzulegen</translation>
    </message>
    <message>
        <source>%1 downloads %2 with ADD and never checks what it got</source>
        <translation>%1 lädt %2 mit ADD herunter und prüft nie, was dabei ankommt</translation>
    </message>
    <message>
        <source>Code uses packages that no manifest declares</source>
        <translation>Code verwendet Pakete, die kein Manifest deklariert</translation>
    </message>
    <message>
        <source>A twelve-factor app declares all its dependencies, completely and exactly, in a manifest, and never relies on packages that happen to be installed on the machine. That is what lets a new developer or a fresh build server set the app up with one command.</source>
        <translation>Eine Zwölf-Faktoren-App deklariert alle ihre Abhängigkeiten vollständig und exakt in einem Manifest und verlässt sich nie auf Pakete, die zufällig auf dem Rechner installiert sind. Nur so können neue Entwickler oder ein frischer Build-Server die App mit einem einzigen Befehl aufsetzen.</translation>
    </message>
    <message>
        <source>Add the language's dependency manifest next to the code and list every package it imports: requirements.txt or pyproject.toml, package.json, go.mod, Gemfile, pom.xml or build.gradle, composer.json, Cargo.toml.</source>
        <translation>Legen Sie das Abhängigkeitsmanifest der Sprache neben den Code und führen Sie darin jedes importierte Paket auf: requirements.txt oder pyproject.toml, package.json, go.mod, Gemfile, pom.xml oder build.gradle, composer.json, Cargo.toml.</translation>
    </message>
    <message>
        <source>Dockerfile: COPY the manifest and install from it (COPY requirements.txt . then RUN pip install -r requirements.txt) instead of naming packages in RUN.</source>
        <translation>Dockerfile: Kopieren Sie das Manifest mit COPY und installieren Sie daraus (COPY requirements.txt . und dann RUN pip install -r requirements.txt), statt Pakete in RUN aufzuzählen.</translation>
    </message>
    <message>
        <source>Dependencies are declared but not locked</source>
        <translation>Abhängigkeiten sind deklariert, aber nicht per Lockfile fixiert</translation>
    </message>
    <message>
        <source>Declaring dependencies is half the job: with version ranges and no lockfile, two builds of the same commit can install different versions. A committed lockfile makes the build repeatable, so the release that was tested is the release that runs.</source>
        <translation>Abhängigkeiten zu deklarieren ist nur die halbe Arbeit: Mit Versionsbereichen und ohne Lockfile können zwei Builds desselben Commits unterschiedliche Versionen installieren. Ein committetes Lockfile macht den Build wiederholbar, sodass genau das Release läuft, das getestet wurde.</translation>
    </message>
    <message>
        <source>Generate the lockfile (npm install, poetry lock, bundle lock, go mod tidy, composer update --lock, cargo generate-lockfile), commit it, and install from it in the build (npm ci, poetry install --no-root, bundle install --deployment).</source>
        <translation>Erzeugen Sie das Lockfile (npm install, poetry lock, bundle lock, go mod tidy, composer update --lock, cargo generate-lockfile), committen Sie es und installieren Sie im Build daraus (npm ci, poetry install --no-root, bundle install --deployment).</translation>
    </message>
    <message>
        <source>Dockerfile: COPY package.json package-lock.json ./ then RUN npm ci --omit=dev.</source>
        <translation>Dockerfile: COPY package.json package-lock.json ./ und dann RUN npm ci --omit=dev.</translation>
    </message>
    <message>
        <source>A dependency manifest accepts any version</source>
        <translation>Ein Abhängigkeitsmanifest akzeptiert jede Version</translation>
    </message>
    <message>
        <source>A dependency declaration is only exact when it names versions. pip has no lockfile, so a requirements file without == pins installs whatever is newest on the day of the build; "*" or "latest" in package.json invites a new major version on the next lock update.</source>
        <translation>Eine Abhängigkeitsdeklaration ist nur dann exakt, wenn sie Versionen nennt. pip hat kein Lockfile, daher installiert eine requirements-Datei ohne ==-Pins das, was am Tag des Builds am neuesten ist; "*" oder "latest" in package.json holt beim nächsten Lock-Update womöglich eine neue Major-Version herein.</translation>
    </message>
    <message>
        <source>Pin every package with == in requirements files (pip-compile or pip freeze can write them), and give package.json dependencies a version range instead of "*" or "latest".</source>
        <translation>Fixieren Sie in requirements-Dateien jedes Paket mit == (pip-compile oder pip freeze können diese Dateien erzeugen), und geben Sie Abhängigkeiten in package.json einen Versionsbereich statt "*" oder "latest".</translation>
    </message>
    <message>
        <source>The Dockerfile installs system packages without versions</source>
        <translation>Das Dockerfile installiert Systempakete ohne Versionen</translation>
    </message>
    <message>
        <source>System packages are dependencies too. apt-get install or apk add without versions installs whatever the mirror holds on the day of the build, so rebuilding the same commit can produce a different image.</source>
        <translation>Auch Systempakete sind Abhängigkeiten. apt-get install oder apk add ohne Versionen installiert, was der Mirror am Tag des Builds bereithält, sodass ein erneuter Build desselben Commits ein anderes Image ergeben kann.</translation>
    </message>
    <message>
        <source>Pin the packages (apt-get install curl=7.88.1-10+deb12u5, apk add curl=8.5.0-r0), or pin the base image by digest and rebuild on purpose when you want updates.</source>
        <translation>Fixieren Sie die Pakete (apt-get install curl=7.88.1-10+deb12u5, apk add curl=8.5.0-r0), oder fixieren Sie das Basis-Image per Digest und bauen Sie gezielt neu, wenn Sie Updates möchten.</translation>
    </message>
    <message>
        <source>Dockerfile: RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 &amp;&amp; rm -rf /var/lib/apt/lists/*</source>
        <translation>Dockerfile: RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 &amp;&amp; rm -rf /var/lib/apt/lists/*</translation>
    </message>
    <message>
        <source>The Dockerfile installs language packages without versions</source>
        <translation>Das Dockerfile installiert Sprachpakete ohne Versionen</translation>
    </message>
    <message>
        <source>Packages named directly in pip install, npm install or gem install bypass the app's manifest and lockfile: each build takes the newest version, and nothing in the repository says which one the image holds.</source>
        <translation>Pakete, die direkt in pip install, npm install oder gem install genannt werden, umgehen Manifest und Lockfile der App: Jeder Build nimmt die neueste Version, und nichts im Repository gibt an, welche davon das Image enthält.</translation>
    </message>
    <message>
        <source>Install from the manifest (pip install -r requirements.txt, npm ci), or pin each package: pip install gunicorn==22.0.0, npm install -g pm2@5.3.1, gem install bundler -v 2.5.6.</source>
        <translation>Installieren Sie aus dem Manifest (pip install -r requirements.txt, npm ci) oder fixieren Sie jedes Paket: pip install gunicorn==22.0.0, npm install -g pm2@5.3.1, gem install bundler -v 2.5.6.</translation>
    </message>
    <message>
        <source>Dockerfile: COPY requirements.txt . and RUN pip install --no-cache-dir -r requirements.txt</source>
        <translation>Dockerfile: COPY requirements.txt . und RUN pip install --no-cache-dir -r requirements.txt</translation>
    </message>
    <message>
        <source>A Dockerfile builds on a base image without a version</source>
        <translation>Ein Dockerfile baut auf einem Base-Image ohne Version auf</translation>
    </message>
    <message>
        <source>The base image is the app's largest dependency: its operating system, runtime and libraries. Without a tag, or with "latest", each build may start from a different image, and the runtime can change major version under the app.</source>
        <translation>Das Base-Image ist die größte Abhängigkeit der App: Betriebssystem, Laufzeitumgebung und Bibliotheken. Ohne Tag oder mit "latest" kann jeder Build von einem anderen Image ausgehen, und die Laufzeitumgebung kann unter der App die Hauptversion wechseln.</translation>
    </message>
    <message>
        <source>Name a version tag (python:3.12-slim), or a digest for a fully repeatable build (python:3.12-slim@sha256:...), and update it deliberately.</source>
        <translation>Geben Sie einen Versions-Tag an (python:3.12-slim) oder für einen vollständig reproduzierbaren Build einen Digest (python:3.12-slim@sha256:...), und aktualisieren Sie ihn bewusst.</translation>
    </message>
    <message>
        <source>Dockerfile: FROM node:20.11-bookworm-slim instead of FROM node.</source>
        <translation>Dockerfile: FROM node:20.11-bookworm-slim statt FROM node.</translation>
    </message>
    <message>
        <source>A Dockerfile downloads a file with ADD without a checksum</source>
        <translation>Ein Dockerfile lädt mit ADD eine Datei ohne Prüfsumme herunter</translation>
    </message>
    <message>
        <source>A file downloaded at build time is a dependency that no manifest declares. Without a checksum, the build takes whatever the URL serves that day, whether a new version or a tampered file.</source>
        <translation>Eine beim Build heruntergeladene Datei ist eine Abhängigkeit, die in keinem Manifest deklariert ist. Ohne Prüfsumme übernimmt der Build, was die URL an diesem Tag ausliefert – sei es eine neue Version oder eine manipulierte Datei.</translation>
    </message>
    <message>
        <source>Give ADD a checksum (ADD --checksum=sha256:... URL dest), or download with curl and verify with sha256sum -c in the same RUN.</source>
        <translation>Geben Sie ADD eine Prüfsumme mit (ADD --checksum=sha256:... URL dest), oder laden Sie die Datei mit curl herunter und prüfen Sie sie im selben RUN mit sha256sum -c.</translation>
    </message>
    <message>
        <source>Dockerfile: ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /tmp/</source>
        <translation>Dockerfile: ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /tmp/</translation>
    </message>
    <message>
        <source>the repository holds no source code, dependency manifest or Dockerfile</source>
        <translation>das Repository enthält weder Quellcode noch ein Abhängigkeitsmanifest noch ein Dockerfile</translation>
    </message>
    <message>
        <source>the repository declares no processes or environment configuration to compare</source>
        <translation>das Repository deklariert keine Prozesse und keine Umgebungskonfiguration, die sich vergleichen ließen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Development uses %1 (%2), but the deployed configuration uses %3 (%4).</source>
        <translation>Die Entwicklung verwendet %1 (%2), die deployte Konfiguration jedoch %3 (%4).</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, but %4 runs %2 %5.</source>
        <translation>%1 verwendet %2 %3, %4 dagegen %2 %5.</translation>
    </message>
    <message>
        <source>Image %1 is deployed at %2 different versions (%3); the environments have drifted apart by more than one promotion step.</source>
        <translation>Image %1 ist in %2 verschiedenen Versionen deployt (%3); die Umgebungen sind um mehr als einen Promotion-Schritt auseinandergedriftet.</translation>
    </message>
    <message>
        <source>%1 has no health check in %2, but has one in %3; the environments behave differently during deploys and failures.</source>
        <translation>%1 hat in %2 keinen Health-Check, in %3 aber schon; die Umgebungen verhalten sich bei Deployments und Ausfällen unterschiedlich.</translation>
    </message>
    <message>
        <source>%1 sets no resource requests or limits in %2, but sets them in %3; the environments schedule and throttle it differently.</source>
        <translation>%1 setzt in %2 keine Resource-Requests oder -Limits, in %3 aber schon; die Umgebungen planen und drosseln den Workload unterschiedlich.</translation>
    </message>
    <message>
        <source>%1=%2 in %3, which is deployed configuration: the app runs with development behaviour (debug pages, verbose errors, unoptimised code).</source>
        <translation>%1=%2 in %3, also in deployter Konfiguration: Die App läuft mit Entwicklungsverhalten (Debug-Seiten, ausführliche Fehlermeldungen, nicht optimierter Code).</translation>
    </message>
    <message>
        <source>%1=%2 for %3 in %4, which is deployed configuration: the app runs with development behaviour (debug pages, verbose errors, unoptimised code).</source>
        <translation>%1=%2 für %3 in %4, also in deployter Konfiguration: Die App läuft mit Entwicklungsverhalten (Debug-Seiten, ausführliche Fehlermeldungen, nicht optimierter Code).</translation>
    </message>
    <message>
        <source>%1=%2 in %3, which is deployed configuration: debug logging is costly and may write sensitive data to the logs.</source>
        <translation>%1=%2 in %3, also in deployter Konfiguration: Debug-Logging ist teuer und kann sensible Daten in die Logs schreiben.</translation>
    </message>
    <message>
        <source>%1=%2 for %3 in %4, which is deployed configuration: debug logging is costly and may write sensitive data to the logs.</source>
        <translation>%1=%2 für %3 in %4, also in deployter Konfiguration: Debug-Logging ist teuer und kann sensible Daten in die Logs schreiben.</translation>
    </message>
    <message>
        <source>%1 is set for %2 in %3 but not in %4.</source>
        <translation>%1 ist für %2 in %3 gesetzt, aber nicht in %4.</translation>
    </message>
    <message>
        <source>%1 is declared in %2, but the deployed configuration (%3) does not set it.</source>
        <translation>%1 ist in %2 deklariert, wird aber von der deployten Konfiguration (%3) nicht gesetzt.</translation>
    </message>
    <message>
        <source>Development uses a different backing service than production</source>
        <translation>Die Entwicklung verwendet einen anderen unterstützenden Dienst als die Produktion</translation>
    </message>
    <message>
        <source>The twelve-factor developer resists using a lighter backing service locally (SQLite for PostgreSQL, memcached for Redis). Adapters hide the differences only until a query, lock or data type behaves differently, and then code that passed every local test fails in production.</source>
        <translation>Zwölf-Faktor-Entwickler widerstehen der Versuchung, lokal einen leichtgewichtigeren unterstützenden Dienst zu verwenden (SQLite statt PostgreSQL, memcached statt Redis). Adapter verbergen die Unterschiede nur so lange, bis sich eine Abfrage, eine Sperre oder ein Datentyp anders verhält – und dann scheitert Code in der Produktion, der jeden lokalen Test bestanden hat.</translation>
    </message>
    <message>
        <source>Run the same kind of backing service in development as in production; containers make that cheap.</source>
        <translation>Betreiben Sie in der Entwicklung dieselbe Art von unterstützendem Dienst wie in der Produktion; mit Containern ist das günstig.</translation>
    </message>
    <message>
        <source>db:
  image: postgres:16
web:
  environment:
    DATABASE_URL: postgres://app@db:5432/app</source>
        <translation>db:
  image: postgres:16
web:
  environment:
    DATABASE_URL: postgres://app@db:5432/app</translation>
    </message>
    <message>
        <source>DATABASE_URL=postgres://app@localhost:5432/app</source>
        <translation>DATABASE_URL=postgres://app@localhost:5432/app</translation>
    </message>
    <message>
        <source>A backing service runs at different major versions</source>
        <translation>Ein unterstützender Dienst läuft in unterschiedlichen Hauptversionen</translation>
    </message>
    <message>
        <source>Every deploy of the app (developer machines, staging, production) should use the same type and version of each backing service. Major versions change behaviour and syntax, so a difference lets bugs through that only one environment shows.</source>
        <translation>Jedes Deployment der App (Entwicklerrechner, Staging, Produktion) sollte für jeden unterstützenden Dienst denselben Typ und dieselbe Version verwenden. Hauptversionen ändern Verhalten und Syntax; ein Unterschied lässt also Fehler durch, die nur in einer Umgebung auftreten.</translation>
    </message>
    <message>
        <source>Pin the same major version everywhere, and upgrade all environments together, development first.</source>
        <translation>Legen Sie überall dieselbe Hauptversion fest und aktualisieren Sie alle Umgebungen gemeinsam, die Entwicklung zuerst.</translation>
    </message>
    <message>
        <source>db:
  image: postgres:16-alpine</source>
        <translation>db:
  image: postgres:16-alpine</translation>
    </message>
    <message>
        <source>image: postgres:16.4</source>
        <translation>image: postgres:16.4</translation>
    </message>
    <message>
        <source>Environments run versions of the app that have drifted apart</source>
        <translation>Umgebungen betreiben auseinandergedriftete Versionen der App</translation>
    </message>
    <message>
        <source>Dev/prod parity keeps the time gap small: code written today is deployed within hours or days. One environment ahead of another is a normal promotion step; three different versions, or major versions apart, mean environments that are no longer promoted through.</source>
        <translation>Gleichheit von Entwicklung und Produktion hält den zeitlichen Abstand klein: Heute geschriebener Code ist innerhalb von Stunden oder Tagen deployt. Dass eine Umgebung einer anderen voraus ist, ist ein normaler Promotion-Schritt; drei verschiedene Versionen oder Hauptversionen Abstand bedeuten Umgebungen, durch die nicht mehr promotet wird.</translation>
    </message>
    <message>
        <source>Promote the same image through the environments in order, and retire or update environments that are left behind.</source>
        <translation>Promoten Sie dasselbe Image der Reihe nach durch die Umgebungen, und bauen Sie zurückgebliebene Umgebungen ab oder aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>A health check exists in one environment only</source>
        <translation>Ein Health-Check existiert nur in einer Umgebung</translation>
    </message>
    <message>
        <source>Environments that differ in how the platform checks a process behave differently during deploys and failures: one waits for the app to be ready, the other routes traffic at once. Parity makes staging a rehearsal of production.</source>
        <translation>Umgebungen, in denen die Plattform einen Prozess unterschiedlich prüft, verhalten sich bei Deployments und Ausfällen unterschiedlich: Die eine wartet, bis die App bereit ist, die andere leitet sofort Traffic weiter. Gleichheit macht Staging zur Generalprobe für die Produktion.</translation>
    </message>
    <message>
        <source>Declare the same health check in every environment.</source>
        <translation>Deklarieren Sie in jeder Umgebung denselben Health-Check.</translation>
    </message>
    <message>
        <source>healthCheckPath: /healthz</source>
        <translation>healthCheckPath: /healthz</translation>
    </message>
    <message>
        <source>[[http_service.checks]]
  path = "/healthz"
  interval = "15s"</source>
        <translation>[[http_service.checks]]
  path = "/healthz"
  interval = "15s"</translation>
    </message>
    <message>
        <source>Resource requests or limits exist in one environment only</source>
        <translation>Resource-Requests oder -Limits existieren nur in einer Umgebung</translation>
    </message>
    <message>
        <source>Sizes may differ between environments, but whether a process has requests and limits at all changes how it is scheduled, throttled and killed. A process that is unbounded in one environment hides out-of-memory and CPU problems until it reaches the other.</source>
        <translation>Die Größen dürfen sich zwischen Umgebungen unterscheiden, aber ob ein Prozess überhaupt Requests und Limits hat, ändert, wie er eingeplant, gedrosselt und beendet wird. Ein Prozess, der in einer Umgebung unbegrenzt ist, verbirgt Speicher- und CPU-Probleme, bis er in die andere gelangt.</translation>
    </message>
    <message>
        <source>Set requests and limits in every environment; let the sizes differ, not their presence.</source>
        <translation>Setzen Sie Requests und Limits in jeder Umgebung; unterscheiden dürfen sich die Größen, nicht ihr Vorhandensein.</translation>
    </message>
    <message>
        <source>resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    memory: 256Mi</source>
        <translation>resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    memory: 256Mi</translation>
    </message>
    <message>
        <source>Deployed configuration turns on development mode</source>
        <translation>Die deployte Konfiguration schaltet den Entwicklungsmodus ein</translation>
    </message>
    <message>
        <source>Parity means the same code runs the same way everywhere, with differences only in config such as hosts and credentials. A debug or development mode in deployed configuration changes behaviour itself: it exposes stack traces and debug pages, disables caches and optimisations, and often leaks secrets.</source>
        <translation>Gleichheit bedeutet, dass derselbe Code überall gleich läuft und sich nur die Konfiguration unterscheidet, etwa Hosts und Zugangsdaten. Ein Debug- oder Entwicklungsmodus in deployter Konfiguration ändert das Verhalten selbst: Er zeigt Stacktraces und Debug-Seiten, schaltet Caches und Optimierungen ab und gibt oft Secrets preis.</translation>
    </message>
    <message>
        <source>Set the production mode in deployed configuration and keep debug switches in development-only files (a Compose override, a local .env).</source>
        <translation>Setzen Sie in deployter Konfiguration den Produktionsmodus und halten Sie Debug-Schalter in Dateien, die nur der Entwicklung dienen (ein Compose-Override, eine lokale .env).</translation>
    </message>
    <message>
        <source>env:
  - name: NODE_ENV
    value: production</source>
        <translation>env:
  - name: NODE_ENV
    value: production</translation>
    </message>
    <message>
        <source># docker-compose.override.yml (development only)
services:
  web:
    environment:
      DEBUG: "1"</source>
        <translation># docker-compose.override.yml (nur Entwicklung)
services:
  web:
    environment:
      DEBUG: "1"</translation>
    </message>
    <message>
        <source>Deployed configuration logs at debug level</source>
        <translation>Die deployte Konfiguration loggt auf Debug-Level</translation>
    </message>
    <message>
        <source>A debug log level is a development setting. In a deployed environment it costs throughput and storage, buries the events that matter and tends to write request bodies, tokens and personal data into the logs.</source>
        <translation>Ein Debug-Log-Level ist eine Entwicklungseinstellung. In einer deployten Umgebung kostet er Durchsatz und Speicherplatz, begräbt die wichtigen Ereignisse und schreibt gern Request-Bodies, Tokens und personenbezogene Daten in die Logs.</translation>
    </message>
    <message>
        <source>Log at info (or warning) in deployed environments and raise the level only while investigating.</source>
        <translation>Loggen Sie in deployten Umgebungen auf info (oder warning) und erhöhen Sie den Level nur während einer Fehlersuche.</translation>
    </message>
    <message>
        <source>env:
  - name: LOG_LEVEL
    value: info</source>
        <translation>env:
  - name: LOG_LEVEL
    value: info</translation>
    </message>
    <message>
        <source>A variable is set in some environments only</source>
        <translation>Eine Variable ist nur in manchen Umgebungen gesetzt</translation>
    </message>
    <message>
        <source>Config varies between deploys in its values, not in its shape. A variable that one deployed environment sets and another lacks makes the app take a different code path there, so what was tested is not what runs.</source>
        <translation>Konfiguration unterscheidet sich zwischen Deployments in ihren Werten, nicht in ihrer Form. Eine Variable, die eine deployte Umgebung setzt und einer anderen fehlt, lässt die App dort einen anderen Codepfad nehmen – was getestet wurde, ist also nicht das, was läuft.</translation>
    </message>
    <message>
        <source>Set the variable in every environment of the workload (with that environment's value), or remove it where it is not needed any more.</source>
        <translation>Setzen Sie die Variable in jeder Umgebung des Workloads (mit dem jeweiligen Wert der Umgebung), oder entfernen Sie sie dort, wo sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>A variable of the .env template is not set by the deployment</source>
        <translation>Eine Variable der .env-Vorlage wird vom Deployment nicht gesetzt</translation>
    </message>
    <message>
        <source>The .env template lists the config the app reads. A variable that developers set from it but the deployment manifests never set means production runs on the app's built-in default where development runs on an explicit value.</source>
        <translation>Die .env-Vorlage listet die Konfiguration auf, die die App liest. Eine Variable, die Entwickler daraus setzen, die Deployment-Manifeste aber nie, bedeutet: Die Produktion läuft mit dem eingebauten Standardwert der App, die Entwicklung mit einem expliziten Wert.</translation>
    </message>
    <message>
        <source>Set the variable in the deployment's config (a ConfigMap, Secret or the platform's config vars), or drop it from the template if the app no longer reads it.</source>
        <translation>Setzen Sie die Variable in der Konfiguration des Deployments (in einer ConfigMap, einem Secret oder den Config-Vars der Plattform), oder streichen Sie sie aus der Vorlage, wenn die App sie nicht mehr liest.</translation>
    </message>
    <message>
        <source>env:
  - name: CACHE_TTL
    valueFrom:
      configMapKeyRef:
        name: app-config
        key: CACHE_TTL</source>
        <translation>env:
  - name: CACHE_TTL
    valueFrom:
      configMapKeyRef:
        name: app-config
        key: CACHE_TTL</translation>
    </message>
    <message>
        <source>the repository declares no long-running process and no container image</source>
        <translation>das Repository deklariert keinen langlebigen Prozess und kein Container-Image</translation>
    </message>
    <message>
        <source>Container "%1" of %2 (%3) has no readinessProbe, so it receives traffic before it can serve and during its shutdown.</source>
        <translation>Container "%1" von %2 (%3) hat keine readinessProbe und erhält daher schon Traffic, bevor er Anfragen bedienen kann, und auch während des Herunterfahrens.</translation>
    </message>
    <message>
        <source>Container "%1" of %2 (%3) has no livenessProbe, so a hung process is never restarted.</source>
        <translation>Container "%1" von %2 (%3) hat keine livenessProbe, daher wird ein hängender Prozess nie neu gestartet.</translation>
    </message>
    <message>
        <source>%1 in %2 runs through a shell without exec, so the shell is PID 1 and SIGTERM never reaches the app.</source>
        <translation>%1 in %2 läuft ohne exec über eine Shell; die Shell ist daher PID 1, und SIGTERM erreicht die App nie.</translation>
    </message>
    <message>
        <source>Container "%1" of %2 (%3) runs its command through "%4 -c" without exec, so the shell is PID 1 and SIGTERM never reaches the app.</source>
        <translation>Container "%1" von %2 (%3) führt seinen Befehl ohne exec über "%4 -c" aus; die Shell ist daher PID 1, und SIGTERM erreicht die App nie.</translation>
    </message>
    <message>
        <source>%1 (%2) is given no time to shut down: it is killed at once, dropping in-flight requests and jobs.</source>
        <translation>%1 (%2) bekommt keine Zeit zum Herunterfahren: Der Prozess wird sofort beendet, laufende Requests und Jobs gehen verloren.</translation>
    </message>
    <message>
        <source>%1 (%2) may take %3 seconds to stop; deploys and scale-downs wait that long for a process that does not exit.</source>
        <translation>%1 (%2) darf bis zu %3 Sekunden zum Beenden brauchen; Deployments und Herunterskalierungen warten so lange auf einen Prozess, der sich nicht beendet.</translation>
    </message>
    <message>
        <source>%1 stops with SIGKILL, which cannot be caught: the process never gets to finish its work or close its connections.</source>
        <translation>%1 wird mit SIGKILL beendet, das sich nicht abfangen lässt: Der Prozess kann seine Arbeit nie abschließen und seine Verbindungen nicht schließen.</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3) but stops it with SIG%4; %2 shuts down gracefully only on SIG%5 and drops open connections otherwise.</source>
        <translation>%1 führt %2 (%3) aus, beendet es aber mit SIG%4; %2 fährt nur bei SIG%5 geordnet herunter und bricht sonst offene Verbindungen ab.</translation>
    </message>
    <message>
        <source>%1 stops with SIG%2, but its Dockerfile %3 declares STOPSIGNAL SIG%4 on line %5; the process is built for one of the two.</source>
        <translation>%1 wird mit SIG%2 beendet, sein Dockerfile %3 deklariert aber in Zeile %5 STOPSIGNAL SIG%4; der Prozess ist nur auf eines der beiden Signale ausgelegt.</translation>
    </message>
    <message>
        <source>Service %1 (%2) has no healthcheck in Compose and its image declares no HEALTHCHECK, so nothing notices when it stops answering.</source>
        <translation>Service %1 (%2) hat in Compose keinen healthcheck, und sein Image deklariert keinen HEALTHCHECK; niemand bemerkt also, wenn er nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>The image of %1 declares no HEALTHCHECK and nothing else in the repository probes it, so nothing notices when it stops answering.</source>
        <translation>Das Image von %1 deklariert keinen HEALTHCHECK, und auch sonst prüft es nichts im Repository; niemand bemerkt also, wenn es nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>%1 polls for another service (%2) before the app starts, so a start can take as long as that service is away.</source>
        <translation>%1 wartet vor dem Start der App auf einen anderen Service (%2); ein Start kann also so lange dauern, wie dieser Service nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 sleeps %2 seconds before the app starts ("%3"); every start, restart and scale-up waits for it.</source>
        <translation>%1 wartet vor dem Start der App %2 Sekunden ("%3"); jeder Start, Neustart und jede Hochskalierung wartet darauf.</translation>
    </message>
    <message>
        <source>Container "%1" of %2 runs a preStop hook, so it stops taking work before SIGTERM arrives.</source>
        <translation>Container "%1" von %2 führt einen preStop-Hook aus und nimmt daher keine Arbeit mehr an, bevor SIGTERM eintrifft.</translation>
    </message>
    <message>
        <source>%1 starts the app under %2, which forwards signals and reaps children as PID 1.</source>
        <translation>%1 startet die App unter %2, das als PID 1 Signale weiterleitet und Kindprozesse abräumt.</translation>
    </message>
    <message>
        <source>%1 handles SIGTERM, so the process can finish its work and exit cleanly.</source>
        <translation>%1 behandelt SIGTERM, der Prozess kann also seine Arbeit abschließen und sich sauber beenden.</translation>
    </message>
    <message>
        <source>A container that serves traffic has no readiness probe</source>
        <translation>Ein Container, der Traffic bedient, hat keine Readiness-Probe</translation>
    </message>
    <message>
        <source>Disposable processes start and stop at any moment: on every deploy, scale-up and node drain. A readiness probe tells the platform when a new process can take requests and when a stopping one should get no more, so starts and stops lose no traffic.</source>
        <translation>Einwegprozesse starten und stoppen jederzeit: bei jedem Deployment, jeder Hochskalierung und jedem Node-Drain. Eine Readiness-Probe teilt der Plattform mit, wann ein neuer Prozess Anfragen annehmen kann und wann ein stoppender keine mehr bekommen soll, damit beim Starten und Stoppen kein Traffic verloren geht.</translation>
    </message>
    <message>
        <source>Add a readinessProbe that checks the app can serve (an HTTP health endpoint, or a TCP check of its port).</source>
        <translation>Fügen Sie eine readinessProbe hinzu, die prüft, ob die App Anfragen bedienen kann (ein HTTP-Health-Endpoint oder ein TCP-Check ihres Ports).</translation>
    </message>
    <message>
        <source>readinessProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: 5</source>
        <translation>readinessProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: 5</translation>
    </message>
    <message>
        <source>A long-running container has no liveness probe</source>
        <translation>Ein langlebiger Container hat keine Liveness-Probe</translation>
    </message>
    <message>
        <source>A disposable process can be thrown away and replaced at any time. A liveness probe lets the platform do that for a process that hangs without exiting, instead of leaving it stuck until someone notices.</source>
        <translation>Ein Einwegprozess kann jederzeit verworfen und ersetzt werden. Mit einer Liveness-Probe erledigt die Plattform das für einen Prozess, der hängt, ohne sich zu beenden, statt ihn festhängen zu lassen, bis es jemand bemerkt.</translation>
    </message>
    <message>
        <source>Add a livenessProbe that fails only when the process itself is stuck; do not make it depend on backing services, or their outage restarts every replica.</source>
        <translation>Fügen Sie eine livenessProbe hinzu, die nur fehlschlägt, wenn der Prozess selbst hängt; machen Sie sie nicht von unterstützenden Diensten abhängig, sonst startet deren Ausfall jedes Replikat neu.</translation>
    </message>
    <message>
        <source>livenessProbe:
  httpGet:
    path: /livez
    port: http
  periodSeconds: 10
  failureThreshold: 3</source>
        <translation>livenessProbe:
  httpGet:
    path: /livez
    port: http
  periodSeconds: 10
  failureThreshold: 3</translation>
    </message>
    <message>
        <source>The process runs under a shell that does not pass on SIGTERM</source>
        <translation>Der Prozess läuft unter einer Shell, die SIGTERM nicht weitergibt</translation>
    </message>
    <message>
        <source>Processes shut down gracefully when they receive SIGTERM. When a command runs as "sh -c ..." (Dockerfile shell form, or an explicit shell), the shell is PID 1: it does not forward the signal, so the app is killed after the grace period instead of finishing its requests.</source>
        <translation>Prozesse fahren geordnet herunter, wenn sie SIGTERM erhalten. Läuft ein Befehl als "sh -c ..." (Shell-Form im Dockerfile oder eine explizite Shell), ist die Shell PID 1: Sie leitet das Signal nicht weiter, und die App wird nach Ablauf der Grace Period beendet, statt ihre Requests abzuschließen.</translation>
    </message>
    <message>
        <source>Run the program directly in exec form, or end the shell script with "exec" so the app replaces the shell and receives signals itself.</source>
        <translation>Führen Sie das Programm direkt in der Exec-Form aus, oder beenden Sie das Shell-Skript mit "exec", damit die App die Shell ersetzt und Signale selbst empfängt.</translation>
    </message>
    <message>
        <source>CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]</source>
        <translation>CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]</translation>
    </message>
    <message>
        <source>command: ["sh", "-c", "./prepare.sh &amp;&amp; exec gunicorn app:app"]</source>
        <translation>command: ["sh", "-c", "./prepare.sh &amp;&amp; exec gunicorn app:app"]</translation>
    </message>
    <message>
        <source>command: ["sh", "-c", "./prepare.sh &amp;&amp; exec npm start"]</source>
        <translation>command: ["sh", "-c", "./prepare.sh &amp;&amp; exec npm start"]</translation>
    </message>
    <message>
        <source>The process gets no time to shut down</source>
        <translation>Der Prozess bekommt keine Zeit zum Herunterfahren</translation>
    </message>
    <message>
        <source>Disposability means a process can be stopped at any time without losing work. A grace period of zero kills it at once, so in-flight requests fail and jobs are cut off half done.</source>
        <translation>Einweggebrauch bedeutet, dass ein Prozess jederzeit gestoppt werden kann, ohne dass Arbeit verloren geht. Eine Grace Period von null beendet ihn sofort; laufende Requests schlagen fehl und Jobs werden mittendrin abgebrochen.</translation>
    </message>
    <message>
        <source>Give the process a grace period a little longer than its longest request or job step (the platform default of about 10 to 30 seconds suits most web processes).</source>
        <translation>Geben Sie dem Prozess eine Grace Period, die etwas länger ist als sein längster Request oder Job-Schritt (der Plattform-Standard von etwa 10 bis 30 Sekunden passt für die meisten Web-Prozesse).</translation>
    </message>
    <message>
        <source>terminationGracePeriodSeconds: 30</source>
        <translation>terminationGracePeriodSeconds: 30</translation>
    </message>
    <message>
        <source>stop_grace_period: 30s</source>
        <translation>stop_grace_period: 30s</translation>
    </message>
    <message>
        <source>kill_timeout = 30</source>
        <translation>kill_timeout = 30</translation>
    </message>
    <message>
        <source>The process may take more than five minutes to stop</source>
        <translation>Der Prozess braucht möglicherweise mehr als fünf Minuten zum Beenden</translation>
    </message>
    <message>
        <source>Disposable processes shut down quickly. A very long grace period hides a process that does not exit on SIGTERM and makes every deploy, rollback and scale-down wait for it.</source>
        <translation>Einwegprozesse fahren schnell herunter. Eine sehr lange Grace Period verdeckt einen Prozess, der sich bei SIGTERM nicht beendet, und lässt jedes Deployment, jeden Rollback und jede Herunterskalierung auf ihn warten.</translation>
    </message>
    <message>
        <source>Make the process stop within seconds on SIGTERM (finish or hand back the current work) and lower the grace period; move long work into jobs that can be resumed.</source>
        <translation>Sorgen Sie dafür, dass der Prozess bei SIGTERM innerhalb von Sekunden stoppt (die laufende Arbeit abschließen oder zurückgeben), und verkürzen Sie die Grace Period; verlagern Sie lange Arbeiten in Jobs, die sich fortsetzen lassen.</translation>
    </message>
    <message>
        <source>terminationGracePeriodSeconds: 60</source>
        <translation>terminationGracePeriodSeconds: 60</translation>
    </message>
    <message>
        <source>stop_grace_period: 60s</source>
        <translation>stop_grace_period: 60s</translation>
    </message>
    <message>
        <source>kill_timeout = 60</source>
        <translation>kill_timeout = 60</translation>
    </message>
    <message>
        <source>The process is stopped with SIGKILL</source>
        <translation>Der Prozess wird mit SIGKILL beendet</translation>
    </message>
    <message>
        <source>A disposable process shuts down gracefully when asked to. SIGKILL cannot be caught, so a process stopped with it never finishes its requests, releases its locks or returns its jobs to the queue.</source>
        <translation>Ein Einwegprozess fährt geordnet herunter, wenn er dazu aufgefordert wird. SIGKILL lässt sich nicht abfangen; ein damit beendeter Prozess schließt also nie seine Requests ab, gibt seine Sperren nicht frei und stellt seine Jobs nicht in die Warteschlange zurück.</translation>
    </message>
    <message>
        <source>Remove the stop signal setting so SIGTERM is used, or use the signal the program documents for a graceful stop.</source>
        <translation>Entfernen Sie die Einstellung für das Stoppsignal, damit SIGTERM verwendet wird, oder verwenden Sie das Signal, das das Programm für ein geordnetes Beenden dokumentiert.</translation>
    </message>
    <message>
        <source>STOPSIGNAL SIGTERM</source>
        <translation>STOPSIGNAL SIGTERM</translation>
    </message>
    <message>
        <source>stop_signal: SIGTERM</source>
        <translation>stop_signal: SIGTERM</translation>
    </message>
    <message>
        <source>kill_signal = "SIGTERM"</source>
        <translation>kill_signal = "SIGTERM"</translation>
    </message>
    <message>
        <source>The stop signal does not match what the program expects</source>
        <translation>Das Stoppsignal entspricht nicht dem, was das Programm erwartet</translation>
    </message>
    <message>
        <source>Graceful shutdown only works when the process gets the signal it treats as "finish and exit". Some servers use another signal than SIGTERM (nginx and php-fpm: SIGQUIT; Apache httpd: SIGWINCH), and a Compose stop_signal that disagrees with the image's STOPSIGNAL means one of them is wrong.</source>
        <translation>Geordnetes Herunterfahren funktioniert nur, wenn der Prozess das Signal erhält, das er als "abschließen und beenden" versteht. Manche Server verwenden ein anderes Signal als SIGTERM (nginx und php-fpm: SIGQUIT; Apache httpd: SIGWINCH), und ein stop_signal in Compose, das dem STOPSIGNAL des Images widerspricht, bedeutet, dass eines von beiden falsch ist.</translation>
    </message>
    <message>
        <source>Use the program's graceful stop signal, and set it in one place (the image's STOPSIGNAL) so every platform sends the same one.</source>
        <translation>Verwenden Sie das Signal des Programms für geordnetes Beenden und legen Sie es an einer Stelle fest (im STOPSIGNAL des Images), damit jede Plattform dasselbe sendet.</translation>
    </message>
    <message>
        <source>FROM nginx:1.27
STOPSIGNAL SIGQUIT</source>
        <translation>FROM nginx:1.27
STOPSIGNAL SIGQUIT</translation>
    </message>
    <message>
        <source>stop_signal: SIGQUIT  # nginx</source>
        <translation>stop_signal: SIGQUIT  # nginx</translation>
    </message>
    <message>
        <source>kill_signal = "SIGQUIT"  # nginx</source>
        <translation>kill_signal = "SIGQUIT"  # nginx</translation>
    </message>
    <message>
        <source>Nothing checks that the service still answers</source>
        <translation>Nichts prüft, ob der Service noch antwortet</translation>
    </message>
    <message>
        <source>Disposable processes are replaced when they go bad, which needs something to notice that they did. Without a healthcheck a service that hangs but does not exit stays "running", and dependants that wait for it to be healthy cannot.</source>
        <translation>Einwegprozesse werden ersetzt, wenn sie ausfallen – dazu muss aber etwas bemerken, dass sie ausgefallen sind. Ohne healthcheck bleibt ein Service, der hängt, sich aber nicht beendet, im Zustand "running", und abhängige Services, die darauf warten, dass er healthy wird, warten vergeblich.</translation>
    </message>
    <message>
        <source>Add a HEALTHCHECK to the image, or a healthcheck to the Compose service, that calls a cheap health endpoint.</source>
        <translation>Fügen Sie dem Image einen HEALTHCHECK oder dem Compose-Service einen healthcheck hinzu, der einen günstigen Health-Endpoint aufruft.</translation>
    </message>
    <message>
        <source>HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-fsS", "http://localhost:8000/healthz"]</source>
        <translation>HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-fsS", "http://localhost:8000/healthz"]</translation>
    </message>
    <message>
        <source>healthcheck:
  test: ["CMD", "curl", "-fsS", "http://localhost:8000/healthz"]
  interval: 30s</source>
        <translation>healthcheck:
  test: ["CMD", "curl", "-fsS", "http://localhost:8000/healthz"]
  interval: 30s</translation>
    </message>
    <message>
        <source>The process sleeps before it starts</source>
        <translation>Der Prozess wartet vor dem Start eine feste Zeit</translation>
    </message>
    <message>
        <source>Disposable processes start fast, so that scaling out, restarting a crashed process and deploying take seconds. A fixed sleep before the app starts slows every one of those and usually papers over an ordering problem that it does not solve.</source>
        <translation>Einwegprozesse starten schnell, damit Hochskalieren, das Neustarten eines abgestürzten Prozesses und Deployments nur Sekunden dauern. Ein festes sleep vor dem Start der App verlangsamt all das und überdeckt meist ein Reihenfolgeproblem, ohne es zu lösen.</translation>
    </message>
    <message>
        <source>Remove the sleep; let the app retry its connections with backoff, and use a readiness probe or healthcheck to hold traffic until it is ready.</source>
        <translation>Entfernen Sie das sleep; lassen Sie die App ihre Verbindungen mit Backoff wiederholen, und halten Sie Traffic mit einer Readiness-Probe oder einem healthcheck zurück, bis sie bereit ist.</translation>
    </message>
    <message>
        <source>command: ["gunicorn", "app:app"]
readinessProbe:
  httpGet:
    path: /healthz
    port: 8000</source>
        <translation>command: ["gunicorn", "app:app"]
readinessProbe:
  httpGet:
    path: /healthz
    port: 8000</translation>
    </message>
    <message>
        <source>depends_on:
  db:
    condition: service_healthy</source>
        <translation>depends_on:
  db:
    condition: service_healthy</translation>
    </message>
    <message>
        <source>web: gunicorn app:app</source>
        <translation>web: gunicorn app:app</translation>
    </message>
    <message>
        <source>The process waits for another service before it starts</source>
        <translation>Der Prozess wartet vor dem Start auf einen anderen Service</translation>
    </message>
    <message>
        <source>Disposable processes start fast and cope with backing services that come and go. Polling for a database or broker before starting (wait-for-it, dockerize -wait, an until loop) makes start time depend on another service and hides the app's own lack of reconnect logic.</source>
        <translation>Einwegprozesse starten schnell und kommen mit unterstützenden Diensten zurecht, die kommen und gehen. Vor dem Start auf eine Datenbank oder einen Broker zu warten (wait-for-it, dockerize -wait, eine until-Schleife), macht die Startzeit von einem anderen Service abhängig und verdeckt, dass der App selbst eine Logik zum Wiederverbinden fehlt.</translation>
    </message>
    <message>
        <source>Start the app at once and let it retry its connections with backoff; in Compose, order start-up with depends_on and a healthcheck instead of a wait script.</source>
        <translation>Starten Sie die App sofort und lassen Sie sie ihre Verbindungen mit Backoff wiederholen; ordnen Sie in Compose den Start mit depends_on und einem healthcheck statt mit einem Warte-Skript.</translation>
    </message>
    <message>
        <source>Retry the connection in the app and gate traffic with a readinessProbe.</source>
        <translation>Wiederholen Sie den Verbindungsaufbau in der App und steuern Sie den Traffic mit einer readinessProbe.</translation>
    </message>
    <message>
        <source>the repository declares no process and no logging configuration to judge</source>
        <translation>das Repository deklariert keinen Prozess und keine Logging-Konfiguration, die sich beurteilen ließen</translation>
    </message>
    <message>
        <source>%1 writes logs to a file (%2) instead of to stdout.</source>
        <translation>%1 schreibt Logs in eine Datei (%2) statt nach stdout.</translation>
    </message>
    <message>
        <source>%1 sends logs to a file (%2); the process writes its logs to files instead of to stdout.</source>
        <translation>%1 leitet Logs in eine Datei (%2); der Prozess schreibt seine Logs in Dateien statt nach stdout.</translation>
    </message>
    <message>
        <source>%1 sends its logs to a standard stream.</source>
        <translation>%1 leitet seine Logs in einen Standard-Stream.</translation>
    </message>
    <message>
        <source>%1 sends its logs to the console (stdout).</source>
        <translation>%1 leitet seine Logs auf die Konsole (stdout).</translation>
    </message>
    <message>
        <source>%1 sends its logs to stdout.</source>
        <translation>%1 leitet seine Logs nach stdout.</translation>
    </message>
    <message>
        <source>%1 configures a console appender (stdout).</source>
        <translation>%1 konfiguriert einen Console-Appender (stdout).</translation>
    </message>
    <message>
        <source>%1 redirects the process output to a file ("%2"), so its logs never reach the platform's log stream.</source>
        <translation>%1 leitet die Ausgabe des Prozesses in eine Datei um ("%2"); seine Logs erreichen daher nie den Log-Stream der Plattform.</translation>
    </message>
    <message>
        <source>%1, the start script of %2, redirects the process output to a file ("%3"), so its logs never reach the platform's log stream.</source>
        <translation>%1, das Startskript von %2, leitet die Ausgabe des Prozesses in eine Datei um ("%3"); seine Logs erreichen daher nie den Log-Stream der Plattform.</translation>
    </message>
    <message>
        <source>Container "%1" of %2 (%3) mounts a volume at %4, a sign that it writes log files instead of a log stream.</source>
        <translation>Container "%1" von %2 (%3) bindet ein Volume unter %4 ein – ein Zeichen dafür, dass er Logdateien statt eines Log-Streams schreibt.</translation>
    </message>
    <message>
        <source>%1 installs logrotate, so the image expects to keep rotating log files on its own disk.</source>
        <translation>%1 installiert logrotate; das Image geht also davon aus, Logdateien selbst auf seiner eigenen Festplatte zu rotieren.</translation>
    </message>
    <message>
        <source>%1 links its log files to stdout and stderr.</source>
        <translation>%1 verlinkt seine Logdateien auf stdout und stderr.</translation>
    </message>
    <message>
        <source>%1 copies a logrotate configuration into the image, so the image expects to keep rotating log files on its own disk.</source>
        <translation>%1 kopiert eine logrotate-Konfiguration in das Image; das Image geht also davon aus, Logdateien selbst auf seiner eigenen Festplatte zu rotieren.</translation>
    </message>
    <message>
        <source>%1 declares a volume at %2, a sign that the process writes log files instead of a log stream.</source>
        <translation>%1 deklariert ein Volume unter %2 – ein Zeichen dafür, dass der Prozess Logdateien statt eines Log-Streams schreibt.</translation>
    </message>
    <message>
        <source>%1 is set, so the process writes its logs to stdout as they happen.</source>
        <translation>%1 ist gesetzt, der Prozess schreibt seine Logs also sofort nach stdout.</translation>
    </message>
    <message>
        <source>The app writes its logs to a file</source>
        <translation>Die App schreibt ihre Logs in eine Datei</translation>
    </message>
    <message>
        <source>A twelve-factor app treats logs as an event stream: it writes them, unbuffered, to stdout and lets the execution environment route them. Log files live on a disposable container's disk, vanish with it, fill it up, and are invisible to the platform's log tools.</source>
        <translation>Eine Zwölf-Faktor-App behandelt Logs als Ereignisstrom: Sie schreibt sie ungepuffert nach stdout und überlässt das Weiterleiten der Ausführungsumgebung. Logdateien liegen auf der Festplatte eines Einweg-Containers, verschwinden mit ihm, füllen sie und sind für die Log-Werkzeuge der Plattform unsichtbar.</translation>
    </message>
    <message>
        <source>Log to stdout (or stderr) and leave collection, storage and rotation to the platform.</source>
        <translation>Loggen Sie nach stdout (oder stderr) und überlassen Sie Sammlung, Speicherung und Rotation der Plattform.</translation>
    </message>
    <message>
        <source>The logging configuration writes to files</source>
        <translation>Die Logging-Konfiguration schreibt in Dateien</translation>
    </message>
    <message>
        <source>Logs are a stream of events that the environment collects from stdout. A file or rolling-file appender keeps them on the container's own disk, where they are lost when the process is replaced and unseen by the platform's log routing.</source>
        <translation>Logs sind ein Ereignisstrom, den die Umgebung von stdout einsammelt. Ein File- oder Rolling-File-Appender hält sie auf der eigenen Festplatte des Containers, wo sie verloren gehen, wenn der Prozess ersetzt wird, und vom Log-Routing der Plattform nicht gesehen werden.</translation>
    </message>
    <message>
        <source>Use a console appender that writes to stdout, and remove the file appenders (or keep them only in a local-development profile).</source>
        <translation>Verwenden Sie einen Console-Appender, der nach stdout schreibt, und entfernen Sie die File-Appender (oder behalten Sie sie nur in einem Profil für die lokale Entwicklung).</translation>
    </message>
    <message>
        <source>The start command redirects output to a log file</source>
        <translation>Der Startbefehl leitet die Ausgabe in eine Logdatei um</translation>
    </message>
    <message>
        <source>The process's stdout is its log stream, which the platform captures and routes. Redirecting it to a file in the start command hides every log line from the platform and leaves them on a disk that disappears with the container.</source>
        <translation>Die stdout-Ausgabe des Prozesses ist sein Log-Stream, den die Plattform erfasst und weiterleitet. Wer sie im Startbefehl in eine Datei umleitet, verbirgt jede Logzeile vor der Plattform und lässt sie auf einer Festplatte liegen, die mit dem Container verschwindet.</translation>
    </message>
    <message>
        <source>Remove the redirection and let the process write to stdout and stderr.</source>
        <translation>Entfernen Sie die Umleitung und lassen Sie den Prozess nach stdout und stderr schreiben.</translation>
    </message>
    <message>
        <source>CMD ["gunicorn", "app:app"]</source>
        <translation>CMD ["gunicorn", "app:app"]</translation>
    </message>
    <message>
        <source>command: ["gunicorn", "app:app"]</source>
        <translation>command: ["gunicorn", "app:app"]</translation>
    </message>
    <message>
        <source>A volume is mounted for log files</source>
        <translation>Für Logdateien ist ein Volume eingebunden</translation>
    </message>
    <message>
        <source>An app that logs to stdout needs no place to keep log files. A volume at a log directory means the process writes files there, which the platform's log stream does not see and which someone has to collect and rotate.</source>
        <translation>Eine App, die nach stdout loggt, braucht keinen Ablageort für Logdateien. Ein Volume in einem Log-Verzeichnis bedeutet, dass der Prozess dort Dateien schreibt, die der Log-Stream der Plattform nicht sieht und die jemand einsammeln und rotieren muss.</translation>
    </message>
    <message>
        <source>Make the process log to stdout and drop the log volume; if a legacy program can only write files, link them to /dev/stdout in the image.</source>
        <translation>Lassen Sie den Prozess nach stdout loggen und entfernen Sie das Log-Volume; kann ein Altprogramm nur Dateien schreiben, verlinken Sie diese im Image auf /dev/stdout.</translation>
    </message>
    <message>
        <source>RUN ln -sf /dev/stdout /var/log/app/access.log</source>
        <translation>RUN ln -sf /dev/stdout /var/log/app/access.log</translation>
    </message>
    <message>
        <source>The image rotates its own log files</source>
        <translation>Das Image rotiert seine Logdateien selbst</translation>
    </message>
    <message>
        <source>Rotating logs is the environment's job: the app writes one stream to stdout and never concerns itself with storage. Installing or configuring logrotate in the image means it manages log files on its own disk.</source>
        <translation>Das Rotieren von Logs ist Aufgabe der Umgebung: Die App schreibt einen einzigen Stream nach stdout und kümmert sich nie um die Speicherung. Wird logrotate im Image installiert oder konfiguriert, verwaltet es Logdateien auf seiner eigenen Festplatte.</translation>
    </message>
    <message>
        <source>Log to stdout, remove logrotate and its configuration from the image, and let the platform's log routing handle retention.</source>
        <translation>Loggen Sie nach stdout, entfernen Sie logrotate und seine Konfiguration aus dem Image, und überlassen Sie die Aufbewahrung dem Log-Routing der Plattform.</translation>
    </message>
    <message>
        <source>no process in this repository serves a port</source>
        <translation>kein Prozess in diesem Repository bedient einen Port</translation>
    </message>
    <message>
        <source>%1 binds the port the platform gives it in $PORT</source>
        <translation>%1 bindet den Port, den die Plattform in $PORT vorgibt</translation>
    </message>
    <message>
        <source>the %1 process listens on port %2 written into its command instead of the port %3 gives it in $PORT</source>
        <translation>der Prozess %1 lauscht auf dem in seinen Befehl geschriebenen Port %2 statt auf dem Port, den %3 in $PORT vorgibt</translation>
    </message>
    <message>
        <source>the %1 process starts %2 without a port, so it listens on the server's default port instead of the port %3 gives it in $PORT</source>
        <translation>der Prozess %1 startet %2 ohne Port und lauscht daher auf dem Standardport des Servers statt auf dem Port, den %3 in $PORT vorgibt</translation>
    </message>
    <message>
        <source>the code of %1 reads its port from $PORT</source>
        <translation>der Code von %1 liest seinen Port aus $PORT</translation>
    </message>
    <message>
        <source>the %1 process runs code that listens on the fixed port %2 and never reads the port %3 gives it in $PORT</source>
        <translation>der Prozess %1 führt Code aus, der auf dem festen Port %2 lauscht und den Port, den %3 in $PORT vorgibt, nie liest</translation>
    </message>
    <message>
        <source>%1 listens on %2, the internal_port fly.toml routes to</source>
        <translation>%1 lauscht auf %2, dem internal_port, an den fly.toml weiterleitet</translation>
    </message>
    <message>
        <source>the fly process %1 listens on port %2, but fly.toml routes its traffic to internal_port %3</source>
        <translation>der fly-Prozess %1 lauscht auf Port %2, fly.toml leitet seinen Traffic aber an internal_port %3</translation>
    </message>
    <message>
        <source>the Service %1 sends port %2 to the container port named %3, which no container of %4 defines; the Service has no endpoints for it</source>
        <translation>der Service %1 leitet Port %2 an den Container-Port namens %3 weiter, den kein Container von %4 definiert; der Service hat dafür keine Endpoints</translation>
    </message>
    <message>
        <source>the Service %1 sends port %2 to container port %3, but %4 declares only %5</source>
        <translation>der Service %1 leitet Port %2 an Container-Port %3 weiter, %4 deklariert aber nur %5</translation>
    </message>
    <message>
        <source>the Service %1 routes to ports that %2 declares</source>
        <translation>der Service %1 leitet an Ports weiter, die %2 deklariert</translation>
    </message>
    <message>
        <source>the %1 of container %2 in %3 checks the port named %4, which the container does not define; the probe always fails</source>
        <translation>die %1 von Container %2 in %3 prüft den Port namens %4, den der Container nicht definiert; die Probe schlägt immer fehl</translation>
    </message>
    <message>
        <source>the %1 of container %2 in %3 checks port %4, which the container does not declare (it declares %5)</source>
        <translation>die %1 von Container %2 in %3 prüft Port %4, den der Container nicht deklariert (er deklariert %5)</translation>
    </message>
    <message>
        <source>%1 sends traffic to container port %2, but %3 EXPOSEs only %4</source>
        <translation>%1 sendet Traffic an Container-Port %2, aber %3 gibt per EXPOSE nur %4 frei</translation>
    </message>
    <message>
        <source>%1 runs in the node's network namespace (hostNetwork: true) instead of binding its own port behind a Service</source>
        <translation>%1 läuft im Netzwerk-Namespace des Nodes (hostNetwork: true), statt hinter einem Service seinen eigenen Port zu binden</translation>
    </message>
    <message>
        <source>container %1 of %2 takes port %3 of its node (hostPort) for container port %4</source>
        <translation>Container %1 von %2 belegt für Container-Port %4 den Port %3 seines Nodes (hostPort)</translation>
    </message>
    <message>
        <source>%1 deploys %2 into the %3 app server instead of running a self-contained process that binds its own port</source>
        <translation>%1 deployt %2 in den App-Server %3, statt einen eigenständigen Prozess auszuführen, der seinen eigenen Port bindet</translation>
    </message>
    <message>
        <source>%1 and %2 both publish host port %3/%4; the second to start fails to bind it</source>
        <translation>%1 und %2 veröffentlichen beide Host-Port %3/%4; der zweite, der startet, kann ihn nicht binden</translation>
    </message>
    <message>
        <source>the Service %1 selects pods labelled %2, but no workload in this repository has those labels; it has no endpoints</source>
        <translation>der Service %1 wählt Pods mit den Labels %2 aus, aber kein Workload in diesem Repository hat diese Labels; er hat keine Endpoints</translation>
    </message>
    <message>
        <source>the Ingress %1 routes to the port named %2 of the Service %3, which defines no port of that name (named ports: %4)</source>
        <translation>das Ingress %1 leitet an den Port namens %2 des Service %3 weiter, der keinen Port dieses Namens definiert (benannte Ports: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 sets PORT to %2, but its command listens on port %3 written into it, so the variable is never used</source>
        <translation>%1 setzt PORT auf %2, sein Befehl lauscht aber auf dem fest eingetragenen Port %3; die Variable wird also nie verwendet</translation>
    </message>
    <message>
        <source>the Ingress %1 sends traffic to port %2 of the Service %3, which serves only %4</source>
        <translation>das Ingress %1 sendet Traffic an Port %2 des Service %3, der nur %4 bedient</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port %3 through %4, but that is the host port %2 is published on; other services reach it on its container port %5</source>
        <translation>%1 erreicht %2 auf Port %3 über %4, das ist aber der Host-Port, auf dem %2 veröffentlicht ist; andere Services erreichen es auf seinem Container-Port %5</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port %3 through %4, but the Service %2 serves only %5</source>
        <translation>%1 erreicht %2 auf Port %3 über %4, aber der Service %2 bedient nur %5</translation>
    </message>
    <message>
        <source>A web process ignores the port the platform assigns</source>
        <translation>Ein Web-Prozess ignoriert den Port, den die Plattform zuweist</translation>
    </message>
    <message>
        <source>A twelve-factor app exports its service by binding to a port it is told about, and the platform routes requests to that port. Heroku and Render hand the port to the web process in $PORT, fly.toml names it as internal_port; a process that listens elsewhere is never reached and the release fails its boot check.</source>
        <translation>Eine Zwölf-Faktor-App exportiert ihren Dienst, indem sie sich an einen Port bindet, der ihr mitgeteilt wird, und die Plattform leitet Anfragen an diesen Port. Heroku und Render übergeben dem Web-Prozess den Port in $PORT, fly.toml nennt ihn internal_port; ein Prozess, der anderswo lauscht, wird nie erreicht, und der Release scheitert an der Startprüfung.</translation>
    </message>
    <message>
        <source>Bind the web process to the port from the environment ($PORT) or to the port the platform manifest routes to.</source>
        <translation>Binden Sie den Web-Prozess an den Port aus der Umgebung ($PORT) oder an den Port, an den das Plattform-Manifest weiterleitet.</translation>
    </message>
    <message>
        <source>Write the port as the variable: `web: gunicorn app:app --bind 0.0.0.0:$PORT` or `web: uvicorn app:app --host 0.0.0.0 --port $PORT`.</source>
        <translation>Schreiben Sie den Port als Variable: `web: gunicorn app:app --bind 0.0.0.0:$PORT` oder `web: uvicorn app:app --host 0.0.0.0 --port $PORT`.</translation>
    </message>
    <message>
        <source>Use `startCommand: gunicorn app:app --bind 0.0.0.0:$PORT`, or set the PORT env var to the port the command binds.</source>
        <translation>Verwenden Sie `startCommand: gunicorn app:app --bind 0.0.0.0:$PORT`, oder setzen Sie die Umgebungsvariable PORT auf den Port, den der Befehl bindet.</translation>
    </message>
    <message>
        <source>Make `internal_port` in [http_service] the port the process listens on, or have the process read it from an [env] PORT that matches.</source>
        <translation>Setzen Sie `internal_port` in [http_service] auf den Port, auf dem der Prozess lauscht, oder lassen Sie den Prozess ihn aus einem passenden [env] PORT lesen.</translation>
    </message>
    <message>
        <source>A Service targets a port its pods do not declare</source>
        <translation>Ein Service zielt auf einen Port, den seine Pods nicht deklarieren</translation>
    </message>
    <message>
        <source>Port binding works when the port the process listens on, the port the container declares and the port the router sends to are the same. A Service whose targetPort names no port of its pods routes requests nowhere: a named targetPort that no container defines gives the Service no endpoints at all.</source>
        <translation>Port-Bindung funktioniert, wenn der Port, auf dem der Prozess lauscht, der Port, den der Container deklariert, und der Port, an den der Router sendet, übereinstimmen. Ein Service, dessen targetPort keinen Port seiner Pods bezeichnet, leitet Anfragen ins Leere: Ein benannter targetPort, den kein Container definiert, lässt den Service ganz ohne Endpoints.</translation>
    </message>
    <message>
        <source>Point targetPort at a containerPort the selected pods declare, preferably by its name.</source>
        <translation>Richten Sie targetPort auf einen containerPort, den die ausgewählten Pods deklarieren, vorzugsweise über seinen Namen.</translation>
    </message>
    <message>
        <source>Name the container port (`ports: [{name: http, containerPort: 8080}]`) and use `targetPort: http` in the Service.</source>
        <translation>Benennen Sie den Container-Port (`ports: [{name: http, containerPort: 8080}]`) und verwenden Sie im Service `targetPort: http`.</translation>
    </message>
    <message>
        <source>A probe checks a port the container does not declare</source>
        <translation>Eine Probe prüft einen Port, den der Container nicht deklariert</translation>
    </message>
    <message>
        <source>The ports a process binds are part of its contract with the platform. A probe aimed at a port the container does not declare is usually a typo or a stale number: a probe on a port name the container does not define always fails, and the platform keeps restarting or withholding a healthy process.</source>
        <translation>Die Ports, die ein Prozess bindet, sind Teil seines Vertrags mit der Plattform. Eine Probe, die auf einen vom Container nicht deklarierten Port zielt, ist meist ein Tippfehler oder eine veraltete Nummer: Eine Probe auf einen Port-Namen, den der Container nicht definiert, schlägt immer fehl, und die Plattform startet einen gesunden Prozess immer wieder neu oder hält ihn zurück.</translation>
    </message>
    <message>
        <source>Aim probes at a port the container declares, by name where it has one.</source>
        <translation>Richten Sie Probes auf einen Port, den der Container deklariert – über seinen Namen, sofern er einen hat.</translation>
    </message>
    <message>
        <source>Use `httpGet: {path: /healthz, port: http}` with `http` defined in the container's ports, or declare the probe's port in `ports`.</source>
        <translation>Verwenden Sie `httpGet: {path: /healthz, port: http}` mit `http` in den Ports des Containers, oder deklarieren Sie den Port der Probe unter `ports`.</translation>
    </message>
    <message>
        <source>The Dockerfile EXPOSEs other ports than the manifest uses</source>
        <translation>Das Dockerfile gibt per EXPOSE andere Ports frei, als das Manifest verwendet</translation>
    </message>
    <message>
        <source>The port an app binds should be stated once and agree everywhere it is written down. When the image says it listens on one port and the manifest routes to another, one of them is stale, and the next reader or platform that trusts the wrong one sends traffic nowhere.</source>
        <translation>Der Port, den eine App bindet, sollte einmal festgelegt werden und überall übereinstimmen, wo er notiert ist. Wenn das Image angibt, auf einem Port zu lauschen, und das Manifest an einen anderen weiterleitet, ist einer davon veraltet – und wer als Nächstes dem falschen vertraut, ob Mensch oder Plattform, schickt Traffic ins Leere.</translation>
    </message>
    <message>
        <source>Make EXPOSE name the port the process binds and route to that port, or drop the stale declaration.</source>
        <translation>Geben Sie per EXPOSE den Port an, den der Prozess bindet, und leiten Sie an diesen Port weiter, oder entfernen Sie die veraltete Angabe.</translation>
    </message>
    <message>
        <source>Publish the exposed port, e.g. `ports: ["8080:8080"]` for `EXPOSE 8080`, or fix EXPOSE.</source>
        <translation>Veröffentlichen Sie den freigegebenen Port, z. B. `ports: ["8080:8080"]` für `EXPOSE 8080`, oder korrigieren Sie EXPOSE.</translation>
    </message>
    <message>
        <source>Set `internal_port` to the port the Dockerfile EXPOSEs, or fix EXPOSE.</source>
        <translation>Setzen Sie `internal_port` auf den Port, den das Dockerfile per EXPOSE freigibt, oder korrigieren Sie EXPOSE.</translation>
    </message>
    <message>
        <source>A container takes a port of its node</source>
        <translation>Ein Container belegt einen Port seines Nodes</translation>
    </message>
    <message>
        <source>A twelve-factor process binds its own port and lets the routing layer expose it. A hostPort ties each replica to a port of the node it lands on: two replicas cannot share a node, scaling out stalls when ports run out, and the node's address becomes part of the app's contract.</source>
        <translation>Ein Zwölf-Faktor-Prozess bindet seinen eigenen Port und überlässt es der Routing-Schicht, ihn freizugeben. Ein hostPort bindet jedes Replikat an einen Port des Nodes, auf dem es landet: Zwei Replikate können sich keinen Node teilen, das Hochskalieren stockt, wenn die Ports ausgehen, und die Adresse des Nodes wird Teil des Vertrags der App.</translation>
    </message>
    <message>
        <source>Remove hostPort and expose the container port through a Service or Ingress.</source>
        <translation>Entfernen Sie hostPort und geben Sie den Container-Port über einen Service oder ein Ingress frei.</translation>
    </message>
    <message>
        <source>Delete `hostPort` from the container port and add a Service with `targetPort` set to the container port.</source>
        <translation>Löschen Sie `hostPort` aus dem Container-Port und fügen Sie einen Service hinzu, dessen `targetPort` auf den Container-Port gesetzt ist.</translation>
    </message>
    <message>
        <source>A workload shares the node's network</source>
        <translation>Ein Workload teilt sich das Netzwerk des Nodes</translation>
    </message>
    <message>
        <source>With hostNetwork a process binds ports directly on the node instead of on its own address. Its port is no longer its own: replicas collide on one node, it can reach every service on the node's loopback, and the platform cannot route to it like any other process.</source>
        <translation>Mit hostNetwork bindet ein Prozess Ports direkt auf dem Node statt auf seiner eigenen Adresse. Sein Port gehört nicht mehr ihm allein: Replikate kollidieren auf einem Node, der Prozess erreicht jeden Dienst auf dem Loopback des Nodes, und die Plattform kann ihn nicht wie jeden anderen Prozess ansprechen.</translation>
    </message>
    <message>
        <source>Remove hostNetwork and expose the process's port through a Service; keep host networking for node agents (DaemonSets) that need it.</source>
        <translation>Entfernen Sie hostNetwork und geben Sie den Port des Prozesses über einen Service frei; behalten Sie Host-Networking den Node-Agents (DaemonSets) vor, die es brauchen.</translation>
    </message>
    <message>
        <source>Delete `hostNetwork: true` from the pod spec and add a Service.</source>
        <translation>Löschen Sie `hostNetwork: true` aus der Pod-Spezifikation und fügen Sie einen Service hinzu.</translation>
    </message>
    <message>
        <source>The app is deployed into an app server</source>
        <translation>Die App wird in einen App-Server deployt</translation>
    </message>
    <message>
        <source>A twelve-factor app is self-contained: it brings its web server as a library and binds a port itself. Dropping a WAR into Tomcat, JBoss or Jetty makes the server, its configuration and its port part of the environment instead of the app.</source>
        <translation>Eine Zwölf-Faktor-App ist in sich abgeschlossen: Sie bringt ihren Webserver als Bibliothek mit und bindet selbst einen Port. Wird ein WAR in Tomcat, JBoss oder Jetty abgelegt, werden der Server, seine Konfiguration und sein Port Teil der Umgebung statt der App.</translation>
    </message>
    <message>
        <source>Package the app with an embedded server (Spring Boot, Quarkus, Micronaut, embedded Jetty or Tomcat) and run it as one process that binds its port.</source>
        <translation>Paketieren Sie die App mit einem eingebetteten Server (Spring Boot, Quarkus, Micronaut, eingebettetes Jetty oder Tomcat) und führen Sie sie als einen Prozess aus, der seinen Port bindet.</translation>
    </message>
    <message>
        <source>Build an executable JAR and run it on a JRE base image: `FROM eclipse-temurin:21-jre`, `COPY app.jar /app.jar`, `CMD ["java", "-jar", "/app.jar"]`.</source>
        <translation>Bauen Sie ein ausführbares JAR und führen Sie es auf einem JRE-Base-Image aus: `FROM eclipse-temurin:21-jre`, `COPY app.jar /app.jar`, `CMD ["java", "-jar", "/app.jar"]`.</translation>
    </message>
    <message>
        <source>Two services publish the same host port</source>
        <translation>Zwei Services veröffentlichen denselben Host-Port</translation>
    </message>
    <message>
        <source>Each process binds a port of its own, and each published port belongs to one process. When two services of one Compose project publish the same host port, only the first to start gets it and the other fails.</source>
        <translation>Jeder Prozess bindet einen eigenen Port, und jeder veröffentlichte Port gehört zu genau einem Prozess. Veröffentlichen zwei Services eines Compose-Projekts denselben Host-Port, erhält ihn nur der zuerst gestartete, und der andere schlägt fehl.</translation>
    </message>
    <message>
        <source>Publish each service on a host port of its own.</source>
        <translation>Veröffentlichen Sie jeden Service auf einem eigenen Host-Port.</translation>
    </message>
    <message>
        <source>Change one mapping, e.g. `"8081:8080"`, or drop `ports:` from services that only other services reach.</source>
        <translation>Ändern Sie eine Zuordnung, z. B. `"8081:8080"`, oder entfernen Sie `ports:` bei Services, die nur von anderen Services erreicht werden.</translation>
    </message>
    <message>
        <source>A Service selects no workload</source>
        <translation>Ein Service wählt keinen Workload aus</translation>
    </message>
    <message>
        <source>A Service is how a process's bound port is exported to the others. A Service whose selector matches no pod has no endpoints: everything that connects to it fails, usually because a label was renamed on one side only.</source>
        <translation>Über einen Service wird der gebundene Port eines Prozesses für die anderen exportiert. Ein Service, dessen Selector auf keinen Pod passt, hat keine Endpoints: Alles, was sich mit ihm verbindet, schlägt fehl – meist, weil ein Label nur auf einer Seite umbenannt wurde.</translation>
    </message>
    <message>
        <source>Make the Service's selector match the pod template labels of the workload it fronts, or remove the stale Service.</source>
        <translation>Passen Sie den Selector des Service an die Pod-Template-Labels des Workloads an, vor dem er steht, oder entfernen Sie den veralteten Service.</translation>
    </message>
    <message>
        <source>Copy the labels from `spec.template.metadata.labels` of the Deployment into the Service's `spec.selector`.</source>
        <translation>Kopieren Sie die Labels aus `spec.template.metadata.labels` des Deployments in den `spec.selector` des Service.</translation>
    </message>
    <message>
        <source>A named port is never defined</source>
        <translation>Ein benannter Port wird nirgends definiert</translation>
    </message>
    <message>
        <source>Naming ports keeps the chain from router to process in one place, but only when the name exists. An Ingress that routes to a port name its Service does not define has no backend, and every request gets an error.</source>
        <translation>Benannte Ports halten die Kette vom Router bis zum Prozess an einer Stelle zusammen – aber nur, wenn es den Namen auch gibt. Ein Ingress, das an einen Port-Namen weiterleitet, den sein Service nicht definiert, hat kein Backend, und jede Anfrage erhält einen Fehler.</translation>
    </message>
    <message>
        <source>Use a port name the Service defines, or give the Service's port that name.</source>
        <translation>Verwenden Sie einen Port-Namen, den der Service definiert, oder geben Sie dem Port des Service diesen Namen.</translation>
    </message>
    <message>
        <source>Name the Service port (`ports: [{name: http, port: 80, targetPort: http}]`) and refer to it as `service: {name: web, port: {name: http}}`.</source>
        <translation>Benennen Sie den Service-Port (`ports: [{name: http, port: 80, targetPort: http}]`) und verweisen Sie darauf mit `service: {name: web, port: {name: http}}`.</translation>
    </message>
    <message>
        <source>PORT is set but the process does not use it</source>
        <translation>PORT ist gesetzt, wird vom Prozess aber nicht verwendet</translation>
    </message>
    <message>
        <source>A twelve-factor process takes the port to bind from its config. When PORT is set but the command binds a literal port, the config says one thing and the process does another: whoever reads PORT to route traffic sends it to a port nobody listens on.</source>
        <translation>Ein Zwölf-Faktor-Prozess entnimmt den zu bindenden Port seiner Konfiguration. Ist PORT gesetzt, bindet der Befehl aber einen fest eingetragenen Port, sagt die Konfiguration das eine und der Prozess tut das andere: Wer PORT liest, um Traffic weiterzuleiten, schickt ihn an einen Port, auf dem niemand lauscht.</translation>
    </message>
    <message>
        <source>Bind the port from the variable ($PORT), or drop the stale PORT setting.</source>
        <translation>Binden Sie den Port aus der Variablen ($PORT), oder entfernen Sie die veraltete PORT-Einstellung.</translation>
    </message>
    <message>
        <source>Write `command: gunicorn app:app --bind 0.0.0.0:${PORT}` so the command uses the configured port.</source>
        <translation>Schreiben Sie `command: gunicorn app:app --bind 0.0.0.0:${PORT}`, damit der Befehl den konfigurierten Port verwendet.</translation>
    </message>
    <message>
        <source>Use `args: ["--port", "$(PORT)"]` so the container binds the port its env names.</source>
        <translation>Verwenden Sie `args: ["--port", "$(PORT)"]`, damit der Container den Port bindet, den seine Umgebung angibt.</translation>
    </message>
    <message>
        <source>A connection uses a port its target does not serve</source>
        <translation>Eine Verbindung nutzt einen Port, den ihr Ziel nicht bedient</translation>
    </message>
    <message>
        <source>Processes find each other through the ports they export. A connection string that names a port the Service does not have, or a Compose service's host-side published port instead of its container port, reaches nothing inside the deployment.</source>
        <translation>Prozesse finden einander über die Ports, die sie exportieren. Ein Connection-String, der einen Port nennt, den der Service nicht hat, oder den hostseitig veröffentlichten Port eines Compose-Service statt seines Container-Ports, erreicht innerhalb des Deployments nichts.</translation>
    </message>
    <message>
        <source>Connect to the port the target exports: the Service's port, or the Compose service's container port.</source>
        <translation>Verbinden Sie sich mit dem Port, den das Ziel exportiert: dem Port des Service oder dem Container-Port des Compose-Service.</translation>
    </message>
    <message>
        <source>With `ports: ["5433:5432"]` other services still connect to `db:5432`; the 5433 is for the host only.</source>
        <translation>Mit `ports: ["5433:5432"]` verbinden sich andere Services weiterhin mit `db:5432`; 5433 gilt nur für den Host.</translation>
    </message>
    <message>
        <source>Use the Service's `port` in the URL, not the container's targetPort or a nodePort.</source>
        <translation>Verwenden Sie in der URL den `port` des Service, nicht den targetPort des Containers oder einen nodePort.</translation>
    </message>
    <message>
        <source>the repository declares no processes</source>
        <translation>das Repository deklariert keine Prozesse</translation>
    </message>
    <message>
        <source>%1 mounts the node directory %2 (hostPath volume %3); its files stay on whichever node the pod ran on</source>
        <translation>%1 bindet das Node-Verzeichnis %2 ein (hostPath-Volume %3); seine Dateien bleiben auf dem Node, auf dem der Pod gerade lief</translation>
    </message>
    <message>
        <source>%1 stores uploads on a volume mounted at %2 instead of in object storage</source>
        <translation>%1 speichert Uploads auf einem unter %2 eingebundenen Volume statt in einem Object Storage</translation>
    </message>
    <message>
        <source>%1 keeps data on the PersistentVolumeClaim %2 mounted at %3, but the replicas of a Deployment are meant to be interchangeable and disposable</source>
        <translation>%1 hält Daten auf dem PersistentVolumeClaim %2, eingebunden unter %3, dabei sollen die Replikate eines Deployments austauschbar und wegwerfbar sein</translation>
    </message>
    <message>
        <source>%1 keeps data in the emptyDir volume %2 at %3; it is lost when the pod goes and is not shared with other replicas</source>
        <translation>%1 hält Daten im emptyDir-Volume %2 unter %3; sie gehen verloren, wenn der Pod verschwindet, und werden nicht mit anderen Replikaten geteilt</translation>
    </message>
    <message>
        <source>%1 stores uploads on the volume %2 mounted at %3 instead of in object storage</source>
        <translation>%1 speichert Uploads auf dem unter %3 eingebundenen Volume %2 statt in einem Object Storage</translation>
    </message>
    <message>
        <source>%1 keeps data in the volume %2 mounted at %3; a second instance would not see it</source>
        <translation>%1 hält Daten im unter %3 eingebundenen Volume %2; eine zweite Instanz würde sie nicht sehen</translation>
    </message>
    <message>
        <source>%1 bind-mounts the host directory %2 at %3, which ties it to one machine</source>
        <translation>%1 bindet das Host-Verzeichnis %2 per Bind-Mount unter %3 ein und ist damit an eine Maschine gebunden</translation>
    </message>
    <message>
        <source>%1 keeps its database in a local SQLite file (%2); each process gets its own copy and loses it on restart</source>
        <translation>%1 hält seine Datenbank in einer lokalen SQLite-Datei (%2); jeder Prozess erhält eine eigene Kopie und verliert sie beim Neustart</translation>
    </message>
    <message>
        <source>the Service %1 pins each client to one pod (sessionAffinity: ClientIP)</source>
        <translation>der Service %1 bindet jeden Client an einen Pod (sessionAffinity: ClientIP)</translation>
    </message>
    <message>
        <source>the Service %1 pins each client to one pod (%2)</source>
        <translation>der Service %1 bindet jeden Client an einen Pod (%2)</translation>
    </message>
    <message>
        <source>the Ingress %1 pins each client to one pod (%2)</source>
        <translation>das Ingress %1 bindet jeden Client an einen Pod (%2)</translation>
    </message>
    <message>
        <source>the Compose service %1 pins each client to one container (%2)</source>
        <translation>der Compose-Service %1 bindet jeden Client an einen Container (%2)</translation>
    </message>
    <message>
        <source>%1 stores uploaded files on local disk: %2 points at the local path %3</source>
        <translation>%1 speichert hochgeladene Dateien auf der lokalen Festplatte: %2 zeigt auf den lokalen Pfad %3</translation>
    </message>
    <message>
        <source>%1 stores uploads on the fly volume %2 mounted at %3; each machine has its own volume</source>
        <translation>%1 speichert Uploads auf dem fly-Volume %2, eingebunden unter %3; jede Maschine hat ihr eigenes Volume</translation>
    </message>
    <message>
        <source>%1 keeps sessions in a MemoryStore inside the process</source>
        <translation>%1 hält Sessions in einem MemoryStore innerhalb des Prozesses</translation>
    </message>
    <message>
        <source>%1 configures express-session without a store, so sessions live in the memory of one process</source>
        <translation>%1 konfiguriert express-session ohne Store; die Sessions liegen also im Speicher eines einzelnen Prozesses</translation>
    </message>
    <message>
        <source>%1 keeps sessions in the module-level variable %2 of a web app; each process has its own and loses them on restart</source>
        <translation>%1 hält Sessions in der Modulvariablen %2 einer Web-App; jeder Prozess hat seine eigenen und verliert sie beim Neustart</translation>
    </message>
    <message>
        <source>%1 keeps Django sessions in the cache, and the cache is the per-process local memory cache</source>
        <translation>%1 hält Django-Sessions im Cache, und der Cache ist der lokale Speicher-Cache des jeweiligen Prozesses</translation>
    </message>
    <message>
        <source>A process depends on a directory of its host</source>
        <translation>Ein Prozess hängt von einem Verzeichnis seines Hosts ab</translation>
    </message>
    <message>
        <source>Twelve-factor processes share nothing with the machine they run on, so the platform can start them anywhere. A host directory mounted into the process ties it to one node: what it writes there stays behind when the process moves, and another node starts without it.</source>
        <translation>Zwölf-Faktor-Prozesse teilen nichts mit der Maschine, auf der sie laufen, damit die Plattform sie überall starten kann. Ein in den Prozess eingebundenes Host-Verzeichnis bindet ihn an einen Node: Was er dort schreibt, bleibt zurück, wenn der Prozess umzieht, und ein anderer Node startet ohne diese Daten.</translation>
    </message>
    <message>
        <source>Keep persistent data in a backing service (database, object storage) and use ConfigMaps, Secrets or the image for files the process reads.</source>
        <translation>Halten Sie persistente Daten in einem unterstützenden Dienst (Datenbank, Object Storage) und verwenden Sie für Dateien, die der Prozess liest, ConfigMaps, Secrets oder das Image.</translation>
    </message>
    <message>
        <source>Replace the `hostPath` volume with a backing service, or an `emptyDir` for scratch space.</source>
        <translation>Ersetzen Sie das `hostPath`-Volume durch einen unterstützenden Dienst oder für temporären Arbeitsspeicher durch ein `emptyDir`.</translation>
    </message>
    <message>
        <source>Drop the bind mount from the deployed Compose file; keep source mounts in compose.override.yaml for development.</source>
        <translation>Entfernen Sie den Bind-Mount aus der deployten Compose-Datei; behalten Sie Quellcode-Mounts für die Entwicklung in compose.override.yaml.</translation>
    </message>
    <message>
        <source>A stateless process keeps state on a volume</source>
        <translation>Ein zustandsloser Prozess hält Zustand auf einem Volume</translation>
    </message>
    <message>
        <source>Twelve-factor processes are stateless and share nothing: any data that must persist lives in a stateful backing service. An app process that writes to a volume or a local SQLite file cannot be scaled out or replaced freely, because each copy sees different data and a ReadWriteOnce claim attaches to one node only.</source>
        <translation>Zwölf-Faktor-Prozesse sind zustandslos und teilen nichts: Alle Daten, die erhalten bleiben müssen, liegen in einem zustandsbehafteten unterstützenden Dienst. Ein App-Prozess, der auf ein Volume oder in eine lokale SQLite-Datei schreibt, lässt sich nicht frei hochskalieren oder ersetzen, denn jede Kopie sieht andere Daten, und ein ReadWriteOnce-Claim lässt sich nur an einen Node anbinden.</translation>
    </message>
    <message>
        <source>Move the data into a database or object storage that all processes reach through config; run data stores that need volumes as StatefulSets or managed services.</source>
        <translation>Verlagern Sie die Daten in eine Datenbank oder einen Object Storage, den alle Prozesse über die Konfiguration erreichen; betreiben Sie Datenspeicher, die Volumes brauchen, als StatefulSets oder verwaltete Dienste.</translation>
    </message>
    <message>
        <source>Remove the persistentVolumeClaim from the Deployment and point the app at a backing service, e.g. `DATABASE_URL` from a Secret.</source>
        <translation>Entfernen Sie den persistentVolumeClaim aus dem Deployment und verweisen Sie die App auf einen unterstützenden Dienst, z. B. `DATABASE_URL` aus einem Secret.</translation>
    </message>
    <message>
        <source>Let the app service write to the database service instead of a mounted data directory.</source>
        <translation>Lassen Sie den App-Service in den Datenbank-Service schreiben statt in ein eingebundenes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>An emptyDir volume is used as a data store</source>
        <translation>Ein emptyDir-Volume wird als Datenspeicher verwendet</translation>
    </message>
    <message>
        <source>A process's local disk is a scratch space for a single transaction, never a store. An emptyDir lives only as long as its pod and belongs to one replica, so data kept in it disappears on every rollout and is invisible to the other replicas.</source>
        <translation>Die lokale Festplatte eines Prozesses ist ein Zwischenspeicher für eine einzelne Transaktion, niemals ein dauerhafter Speicher. Ein emptyDir lebt nur so lange wie sein Pod und gehört zu einem Replikat; darin abgelegte Daten verschwinden also bei jedem Rollout und sind für die anderen Replikate unsichtbar.</translation>
    </message>
    <message>
        <source>Store the data in a backing service; keep emptyDir for temporary files and caches (/tmp, /var/cache).</source>
        <translation>Speichern Sie die Daten in einem unterstützenden Dienst; verwenden Sie emptyDir nur für temporäre Dateien und Caches (/tmp, /var/cache).</translation>
    </message>
    <message>
        <source>Mount the emptyDir at a scratch path such as /tmp, and write lasting data to a database or bucket.</source>
        <translation>Binden Sie das emptyDir unter einem temporären Pfad wie /tmp ein und schreiben Sie dauerhafte Daten in eine Datenbank oder einen Bucket.</translation>
    </message>
    <message>
        <source>Requests are pinned to one process with sticky sessions</source>
        <translation>Anfragen werden per Sticky Sessions an einen Prozess gebunden</translation>
    </message>
    <message>
        <source>Sticky sessions exist to hide state that a process keeps in memory between requests. Twelve-factor processes keep session state in a backing service, so any process can answer any request and one can be restarted without logging users out.</source>
        <translation>Sticky Sessions dienen dazu, Zustand zu verbergen, den ein Prozess zwischen Anfragen im Speicher hält. Zwölf-Faktor-Prozesse halten den Session-Zustand in einem unterstützenden Dienst, sodass jeder Prozess jede Anfrage beantworten und einer neu gestartet werden kann, ohne Benutzer abzumelden.</translation>
    </message>
    <message>
        <source>Keep session data in a store such as Redis or the database, then remove the affinity setting.</source>
        <translation>Halten Sie Session-Daten in einem Store wie Redis oder der Datenbank und entfernen Sie dann die Affinity-Einstellung.</translation>
    </message>
    <message>
        <source>Remove `sessionAffinity: ClientIP` from the Service or the affinity annotation from the Ingress once sessions live in a shared store.</source>
        <translation>Entfernen Sie `sessionAffinity: ClientIP` aus dem Service bzw. die Affinity-Annotation aus dem Ingress, sobald die Sessions in einem gemeinsamen Store liegen.</translation>
    </message>
    <message>
        <source>Remove the `loadbalancer.sticky` Traefik label once sessions live in a shared store.</source>
        <translation>Entfernen Sie das Traefik-Label `loadbalancer.sticky`, sobald die Sessions in einem gemeinsamen Store liegen.</translation>
    </message>
    <message>
        <source>Uploaded files are stored on local disk</source>
        <translation>Hochgeladene Dateien werden auf der lokalen Festplatte gespeichert</translation>
    </message>
    <message>
        <source>A file a user uploads must outlive the process that received it and be visible to every other process. Written to a local directory or volume, it vanishes on restart or is served by only one replica.</source>
        <translation>Eine von einem Benutzer hochgeladene Datei muss den Prozess überdauern, der sie empfangen hat, und für jeden anderen Prozess sichtbar sein. In ein lokales Verzeichnis oder Volume geschrieben, verschwindet sie beim Neustart oder wird nur von einem Replikat ausgeliefert.</translation>
    </message>
    <message>
        <source>Store uploads in object storage (S3, GCS, Azure Blob) configured through the environment.</source>
        <translation>Speichern Sie Uploads in einem über die Umgebung konfigurierten Object Storage (S3, GCS, Azure Blob).</translation>
    </message>
    <message>
        <source>Drop the uploads volume and configure a storage backend, e.g. django-storages or Active Storage with an S3 bucket named in config.</source>
        <translation>Entfernen Sie das Upload-Volume und konfigurieren Sie ein Storage-Backend, z. B. django-storages oder Active Storage mit einem in der Konfiguration benannten S3-Bucket.</translation>
    </message>
    <message>
        <source>Use Tigris or another object store instead of a [mounts] volume for uploads.</source>
        <translation>Verwenden Sie für Uploads Tigris oder einen anderen Object Storage statt eines [mounts]-Volumes.</translation>
    </message>
    <message>
        <source>Sessions are kept in process memory</source>
        <translation>Sessions werden im Prozessspeicher gehalten</translation>
    </message>
    <message>
        <source>A process may cache data in memory for one request, never assume it will be there for the next. Sessions kept in process memory are lost on every restart and missing on every other process, which forces sticky sessions and breaks scaling.</source>
        <translation>Ein Prozess darf Daten für eine Anfrage im Speicher cachen, aber nie davon ausgehen, dass sie bei der nächsten noch da sind. Im Prozessspeicher gehaltene Sessions gehen bei jedem Neustart verloren und fehlen in jedem anderen Prozess; das erzwingt Sticky Sessions und verhindert die Skalierung.</translation>
    </message>
    <message>
        <source>Keep sessions in a shared store (Redis, Memcached, the database) or in signed cookies.</source>
        <translation>Halten Sie Sessions in einem gemeinsamen Store (Redis, Memcached, die Datenbank) oder in signierten Cookies.</translation>
    </message>
    <message>
        <source>A suppression has expired</source>
        <translation>Eine Unterdrückung ist abgelaufen</translation>
    </message>
    <message>
        <source>Suppressions with an expiry date are promises to fix something by then. Once the date has passed the suppression no longer applies, so the finding it hid is reported again.</source>
        <translation>Unterdrückungen mit Ablaufdatum sind Versprechen, etwas bis dahin zu beheben. Sobald das Datum verstrichen ist, gilt die Unterdrückung nicht mehr, und der Befund, den sie verborgen hat, wird wieder gemeldet.</translation>
    </message>
    <message>
        <source>Fix the finding, or extend the expiry in .twelve-factor.yml with a reason that still holds.</source>
        <translation>Beheben Sie den Befund, oder verlängern Sie das Ablaufdatum in .twelve-factor.yml mit einer Begründung, die weiterhin zutrifft.</translation>
    </message>
    <message>
        <source>%1 of %2 holds the same secret value in %3 as in %4, so whoever can read %3 holds a production credential.</source>
        <translation>%1 von %2 hat in %3 denselben geheimen Wert wie in %4; wer %3 lesen kann, besitzt damit Zugangsdaten für die Produktion.</translation>
    </message>
    <message>
        <source>A production secret is used in another environment too</source>
        <translation>Ein Secret der Produktion wird auch in einer anderen Umgebung verwendet</translation>
    </message>
    <message>
        <source>Environments are kept apart so that a mistake or a leak in one stays there. A secret that production shares with staging or development is only as safe as the least guarded of them, and rotating it breaks them all at once.</source>
        <translation>Umgebungen werden getrennt, damit ein Fehler oder ein Leck in einer von ihnen dort bleibt. Ein Secret, das die Produktion mit Staging oder der Entwicklung teilt, ist nur so sicher wie die am schlechtesten geschützte dieser Umgebungen, und wer es rotiert, legt alle zugleich lahm.</translation>
    </message>
    <message>
        <source>Give every environment its own credentials, and rotate the production secret, since it has been readable wherever the other environment is.</source>
        <translation>Geben Sie jeder Umgebung eigene Zugangsdaten und rotieren Sie das Secret der Produktion, denn es war überall dort lesbar, wo die andere Umgebung lesbar ist.</translation>
    </message>
</context>
<context>
    <name>tfi::Secrets</name>
    <message>
        <source>an AWS access key ID</source>
        <translation>eine AWS Access Key ID</translation>
    </message>
    <message>
        <source>an AWS secret access key</source>
        <translation>ein AWS Secret Access Key</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <source>a GitLab access token</source>
        <translation>ein GitLab-Access-Token</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>eine Slack-Webhook-URL</translation>
    </message>
    <message>
        <source>a Stripe live key</source>
        <translation>ein Stripe-Live-Key</translation>
    </message>
    <message>
        <source>a Stripe test key</source>
        <translation>ein Stripe-Test-Key</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>ein Google-API-Key</translation>
    </message>
    <message>
        <source>an npm access token</source>
        <translation>ein npm-Access-Token</translation>
    </message>
    <message>
        <source>a SendGrid API key</source>
        <translation>ein SendGrid-API-Key</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>ein JSON Web Token</translation>
    </message>
    <message>
        <source>a URL with a password</source>
        <translation>eine URL mit Passwort</translation>
    </message>
    <message>
        <source>a secret value</source>
        <translation>ein geheimer Wert</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
</context>
<context>
    <name>tfi::Suppressions</name>
    <message>
        <source>kube-score/ignore: %1</source>
        <translation>kube-score/ignore: %1</translation>
    </message>
    <message>
        <source>exempt from Polaris check %1</source>
        <translation>vom Polaris-Check %1 ausgenommen</translation>
    </message>
    <message>
        <source>exempt from every Polaris check</source>
        <translation>von allen Polaris-Checks ausgenommen</translation>
    </message>
    <message>
        <source>kube-linter check %1 ignored</source>
        <translation>kube-linter-Check %1 ignoriert</translation>
    </message>
    <message>
        <source>"suppressions" must be a list</source>
        <translation>"suppressions" muss eine Liste sein</translation>
    </message>
    <message>
        <source>a suppression must be a mapping</source>
        <translation>eine Unterdrückung muss ein Mapping sein</translation>
    </message>
    <message>
        <source>suppression without a rule; use "*" for every rule</source>
        <translation>Unterdrückung ohne Regel; verwenden Sie "*" für alle Regeln</translation>
    </message>
    <message>
        <source>suppression of %1 has no reason; it is ignored</source>
        <translation>die Unterdrückung von %1 hat keine Begründung; sie wird ignoriert</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD); the suppression is ignored</source>
        <translation>"%1" ist kein Datum (YYYY-MM-DD); die Unterdrückung wird ignoriert</translation>
    </message>
    <message>
        <source>inline suppression of %1 has no reason ("-- reason"); it is ignored</source>
        <translation>die Inline-Unterdrückung von %1 hat keine Begründung ("-- reason"); sie wird ignoriert</translation>
    </message>
    <message>
        <source>gitleaks:allow</source>
        <translation>gitleaks:allow</translation>
    </message>
    <message>
        <source>hadolint ignore=%1</source>
        <translation>hadolint ignore=%1</translation>
    </message>
    <message>
        <source>the suppression of %1 expired on %2 and no longer applies</source>
        <translation>die Unterdrückung von %1 ist am %2 abgelaufen und gilt nicht mehr</translation>
    </message>
</context>
<context>
    <name>tfi::WelcomePage</name>
    <message>
        <source>Twelve-Factor Inspector</source>
        <translation>Twelve-Factor Inspector</translation>
    </message>
    <message>
        <source>Open a git repository to see how well its service follows the twelve-factor methodology: a dashboard per factor with evidence, the differences between environments, a map of processes and ports, and a checklist of what to fix. The repository is only read, never changed.</source>
        <translation>Öffnen Sie ein Git-Repository, um zu sehen, wie gut sein Dienst der Zwölf-Faktoren-Methodik folgt: eine Übersicht je Faktor mit Nachweisen, die Unterschiede zwischen den Umgebungen, eine Karte der Prozesse und Ports sowie eine Checkliste mit allem, was zu beheben ist. Das Repository wird nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation>Repository öffnen…</translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation>Zuletzt geöffnete Repositorys</translation>
    </message>
    <message>
        <source>Workshop examples</source>
        <translation>Workshop-Beispiele</translation>
    </message>
    <message>
        <source>Examples open as fresh git repositories with a short history in a temporary folder.</source>
        <translation>Beispiele werden als neue Git-Repositorys mit kurzer Historie in einem temporären Ordner geöffnet.</translation>
    </message>
    <message>
        <source>or drop a folder onto this window</source>
        <translation>oder ziehen Sie einen Ordner auf dieses Fenster</translation>
    </message>
    <message>
        <source>No repositories opened yet.</source>
        <translation>Noch keine Repositorys geöffnet.</translation>
    </message>
</context>
<context>
    <name>tfi::Yaml</name>
    <message>
        <source>the stream has %1 documents; only the first %2 were read</source>
        <translation>der Stream enthält %1 Dokumente; nur die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>YAML nesting is deeper than %1 levels; document skipped</source>
        <translation>die YAML-Verschachtelung ist tiefer als %1 Ebenen; Dokument übersprungen</translation>
    </message>
    <message>
        <source>the document uses %1 aliases, more than the limit of %2; skipped</source>
        <translation>das Dokument verwendet %1 Aliase, mehr als das Limit von %2; übersprungen</translation>
    </message>
    <message>
        <source>could not parse YAML: %1</source>
        <translation>YAML konnte nicht geparst werden: %1</translation>
    </message>
</context>
<context>
    <name>tfi::YamlFieldReader</name>
    <message>
        <source>"%1" should be a whole number; the value was ignored</source>
        <translation>"%1" sollte eine ganze Zahl sein; der Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" should be true or false; the value was ignored</source>
        <translation>"%1" sollte true oder false sein; der Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" should be a single value; it was ignored</source>
        <translation>"%1" sollte ein einzelner Wert sein; er wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" should be a list of strings; it was read as a single element</source>
        <translation>"%1" sollte eine Liste von Strings sein; der Wert wurde als einzelnes Element gelesen</translation>
    </message>
    <message>
        <source>"%1" should be a list of strings; it was ignored</source>
        <translation>"%1" sollte eine Liste von Strings sein; der Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>an entry of "%1" is not a string and was ignored</source>
        <translation>ein Eintrag von "%1" ist kein String und wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" should be a list; it was ignored</source>
        <translation>"%1" sollte eine Liste sein; der Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" should be a mapping; it was ignored</source>
        <translation>"%1" sollte ein Mapping sein; der Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" should be a port number or name; it was ignored</source>
        <translation>"%1" sollte eine Portnummer oder ein Portname sein; der Wert wurde ignoriert</translation>
    </message>
    <message>
        <source>"%1" is outside the port range 1-65535; it was ignored</source>
        <translation>"%1" liegt außerhalb des Portbereichs 1-65535; der Wert wurde ignoriert</translation>
    </message>
</context>
</TS>