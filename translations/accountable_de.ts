<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtRiskView</name>
    <message>
        <source>Customers at risk</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>past twice their usual gap</source>
        <translation>über doppeltem Abstand</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Rückkehr unwahrscheinlich</translation>
    </message>
    <message>
        <source>P(alive) below 50 %</source>
        <translation>P(aktiv) unter 50 %</translation>
    </message>
    <message>
        <source>model not fitted</source>
        <translation>Modell nicht angepasst</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Gefährdeter Wert</translation>
    </message>
    <message>
        <source>revenue of the last 12 months</source>
        <translation>Umsatz der letzten 12 Monate</translation>
    </message>
</context>
<context>
    <name>BestCustomers</name>
    <message>
        <source>no active customers</source>
        <translation>keine aktiven Kunden</translation>
    </message>
    <message>
        <source>of %1 active</source>
        <translation>von %1 aktiven</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Anteil Bestkunden</translation>
    </message>
    <message>
        <source>of 12-month revenue</source>
        <translation>am 12-Monats-Umsatz</translation>
    </message>
    <message>
        <source>no revenue in 12 months</source>
        <translation>kein Umsatz in 12 Monaten</translation>
    </message>
    <message>
        <source>Top 20 %&apos;s share</source>
        <translation>Anteil der Top 20 %</translation>
    </message>
    <message>
        <source>%1 of %2 buyers</source>
        <translation>%1 von %2 Käufern</translation>
    </message>
    <message>
        <source>nobody with 2 orders</source>
        <translation>niemand mit 2 Bestellungen</translation>
    </message>
    <message>
        <source>best: none with 2 orders</source>
        <translation>beste: keiner mit 2 Bestellungen</translation>
    </message>
    <message>
        <source>rest: none with 2 orders</source>
        <translation>übrige: keiner mit 2 Bestellungen</translation>
    </message>
    <message>
        <source>best vs other active</source>
        <translation>beste vs. übrige aktive</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation>Bestellabstand (Tage)</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 5000000</source>
        <translation>--customers erwartet eine ganze Zahl von 1 bis 5000000</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <source>%1 already exists; the demo company is written to a new database</source>
        <translation>%1 existiert bereits; das Demo-Unternehmen wird in eine neue Datenbank geschrieben</translation>
    </message>
    <message>
        <source>name at least one CSV file to import</source>
        <translation>geben Sie mindestens eine CSV-Datei zum Importieren an</translation>
    </message>
    <message>
        <source>importing %1: %2%, %3 rows</source>
        <translation>%1 wird importiert: %2%, %3 Zeilen</translation>
    </message>
    <message>
        <source>... %1 errors in all; the first %2 are shown</source>
        <translation>... insgesamt %1 Fehler; die ersten %2 werden angezeigt</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>... %1 warnings in all; the first %2 are shown</source>
        <translation>... insgesamt %1 Warnungen; die ersten %2 werden angezeigt</translation>
    </message>
    <message>
        <source>1 error; nothing was imported</source>
        <translation>1 Fehler; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 errors; nothing was imported</source>
        <translation>%1 Fehler; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert</translation>
    </message>
    <message>
        <source>accountable import: valid, nothing written (%1); %2 warnings; %3 s</source>
        <translation>accountable import: gültig, nichts geschrieben (%1); %2 Warnungen; %3 s</translation>
    </message>
    <message>
        <source>accountable import: %1; %2 warnings; %3 s</source>
        <translation>accountable import: %1; %2 Warnungen; %3 s</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no criteria set named &quot;%1&quot; in the database (stored: %2); give a name or a FILE.json</source>
        <translation>kein Kriteriensatz namens &quot;%1&quot; in der Datenbank (gespeichert: %2); geben Sie einen Namen oder eine FILE.json an</translation>
    </message>
    <message>
        <source>--period takes a month (2026-10), a quarter (2026-Q3) or a year (2026), not &quot;%1&quot;</source>
        <translation>--period erwartet einen Monat (2026-10), ein Quartal (2026-Q3) oder ein Jahr (2026), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format takes json or text, not &quot;%1&quot;</source>
        <translation>--format erwartet json oder text, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no database at %1 (create one with accountable demo or accountable import)</source>
        <translation>keine Datenbank unter %1 (legen Sie eine mit accountable demo oder accountable import an)</translation>
    </message>
    <message>
        <source>--kind monthly|quarterly is required</source>
        <translation>--kind monthly|quarterly ist erforderlich</translation>
    </message>
    <message>
        <source>--kind takes monthly or quarterly, not &quot;%1&quot;</source>
        <translation>--kind erwartet monthly oder quarterly, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--period is required: a month (2026-10), a quarter (2026-Q3) or a year (2026)</source>
        <translation>--period ist erforderlich: ein Monat (2026-10), ein Quartal (2026-Q3) oder ein Jahr (2026)</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf ist erforderlich</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size erwartet WIDTHxHEIGHT in Pixeln, z. B. 1920x1080</translation>
    </message>
    <message>
        <source>the figures could not be shown</source>
        <translation>die Kennzahlen konnten nicht angezeigt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>no file name given; expected %1</source>
        <translation>kein Dateiname angegeben; erwartet wird %1</translation>
    </message>
    <message>
        <source>%1 is a folder; expected %2</source>
        <translation>%1 ist ein Ordner; erwartet wird %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; %3 is a few kilobytes</source>
        <translation>%1 ist größer als %2 MiB; %3 ist nur wenige Kilobyte groß</translation>
    </message>
    <message>
        <source>--last-day takes a date written YYYY-MM-DD, from 1900-01-01 to 9999-12-31</source>
        <translation>--last-day erwartet ein Datum im Format YYYY-MM-DD, von 1900-01-01 bis 9999-12-31</translation>
    </message>
    <message>
        <source>--replace (the kinds of data given) and --replace-all (the whole company) exclude each other</source>
        <translation>--replace (die angegebenen Datenarten) und --replace-all (das ganze Unternehmen) schließen einander aus</translation>
    </message>
    <message>
        <source>a criteria file</source>
        <translation>eine Kriteriendatei</translation>
    </message>
    <message>
        <source>--criteria takes a set&apos;s name or a FILE.json, not an empty name</source>
        <translation>--criteria erwartet den Namen eines Kriteriensatzes oder eine FILE.json, keinen leeren Namen</translation>
    </message>
    <message>
        <source>--targets takes a FILE.json, not an empty name</source>
        <translation>--targets erwartet eine FILE.json, keinen leeren Namen</translation>
    </message>
    <message>
        <source>a targets file</source>
        <translation>eine Zieldatei</translation>
    </message>
    <message>
        <source>a pack covers a month (--kind monthly, e.g. 2026-09) or a quarter (--kind quarterly, e.g. 2026-Q3); there is no pack for a whole year (%1) yet</source>
        <translation>Sitzungsunterlagen umfassen einen Monat (--kind monthly, z. B. 2026-09) oder ein Quartal (--kind quarterly, z. B. 2026-Q3); für ein ganzes Jahr (%1) gibt es noch keine Unterlagen</translation>
    </message>
    <message>
        <source>a monthly pack covers a month, e.g. 2026-09; for %1 use --kind quarterly</source>
        <translation>monatliche Sitzungsunterlagen umfassen einen Monat, z. B. 2026-09; verwenden Sie für %1 --kind quarterly</translation>
    </message>
    <message>
        <source>a quarterly pack covers a quarter, e.g. 2026-Q3; for %1 use --kind monthly</source>
        <translation>vierteljährliche Sitzungsunterlagen umfassen ein Quartal, z. B. 2026-Q3; verwenden Sie für %1 --kind monthly</translation>
    </message>
    <message>
        <source>--problems takes the name of a CSV file to write</source>
        <translation>--problems erwartet den Namen einer CSV-Datei, in die geschrieben wird</translation>
    </message>
    <message>
        <source>  %1 (built in; nothing stored yet)</source>
        <translation>  %1 (eingebaut; noch nichts gespeichert)</translation>
    </message>
    <message>
        <source>versions 1 to %1</source>
        <translation>Versionen 1 bis %1</translation>
    </message>
    <message>
        <source>(in force: version %1)</source>
        <translation>(gilt: Version %1)</translation>
    </message>
    <message>
        <source>no criteria set %1 is stored</source>
        <translation>kein Kriteriensatz %1 gespeichert</translation>
    </message>
    <message>
        <source>criteria save needs --name NAME</source>
        <translation>criteria save braucht --name NAME</translation>
    </message>
    <message>
        <source>criteria save needs --file FILE.json</source>
        <translation>criteria save braucht --file DATEI.json</translation>
    </message>
    <message>
        <source>%1: %2; nothing was saved</source>
        <translation>%1: %2; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>accountable criteria: %1 is in force for the window, pack and metrics</source>
        <translation>accountable criteria: %1 gilt jetzt für das Fenster, pack und metrics</translation>
    </message>
    <message>
        <source>criteria takes list, show NAME[@VERSION], save --name NAME --file FILE.json [--author NAME], or use NAME[@VERSION]</source>
        <translation>criteria erwartet list, show NAME[@VERSION], save --name NAME --file FILE.json [--author NAME] oder use NAME[@VERSION]</translation>
    </message>
    <message>
        <source>(author not recorded)</source>
        <translation>(Autor nicht erfasst)</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(Zeitpunkt unbekannt)</translation>
    </message>
    <message>
        <source>saved %1 by %2</source>
        <translation>gespeichert %1 von %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation>--author braucht einen Namen</translation>
    </message>
    <message>
        <source>accountable criteria: saved %1 as version %2 by %3 (a new version; the earlier ones are kept)</source>
        <translation>accountable criteria: %1 als Version %2 von %3 gespeichert (eine neue Version; die früheren bleiben erhalten)</translation>
    </message>
    <message>
        <source>--view NAME is required (one of %1)</source>
        <translation>--view NAME ist erforderlich (eines von %1)</translation>
    </message>
    <message>
        <source>--view takes one of %1, not &quot;%2&quot;</source>
        <translation>--view erwartet eines von %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--out FILE.csv is required</source>
        <translation>--out FILE.csv ist erforderlich</translation>
    </message>
    <message>
        <source>the view %1 shows no table to export</source>
        <translation>die Ansicht %1 zeigt keine Tabelle zum Exportieren</translation>
    </message>
    <message>
        <source>targets takes list [--period P], import FILE.json, or export FILE.json [--period P]</source>
        <translation>targets erwartet list [--period P], import FILE.json oder export FILE.json [--period P]</translation>
    </message>
    <message>
        <source>no targets are set</source>
        <translation>es sind keine Ziele gesetzt</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>accountable targets: %1 targets set for %2 periods (a target on the same metric and period is replaced)</source>
        <translation>accountable targets: %1 Ziele für %2 Zeiträume gesetzt (ein Ziel für dieselbe Kennzahl und denselben Zeitraum wird ersetzt)</translation>
    </message>
    <message>
        <source>import takes the periods from the file; --period is for list and export</source>
        <translation>import übernimmt die Zeiträume aus der Datei; --period gilt für list und export</translation>
    </message>
    <message>
        <source>the criteria dialog could not be opened</source>
        <translation>der Kriteriendialog konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>accountable demo: %1 customers, %2 orders, %3 contacts, %4 answers, %7 targets and %8 actions written to %5 in %6 s</source>
        <translation>accountable demo: %1 Kunden, %2 Bestellungen, %3 Kontakte, %4 Antworten, %7 Ziele und %8 Maßnahmen in %5 geschrieben (%6 s)</translation>
    </message>
    <message>
        <source>accountable pack: %1 pages written to %2 in %3 s (data %4 s, figures %5 s, sections %6 s, pages %7 s)</source>
        <translation>accountable pack: %1 Seiten in %3 s nach %2 geschrieben (Daten %4 s, Kennzahlen %5 s, Abschnitte %6 s, Seiten %7 s)</translation>
    </message>
    <message>
        <source>--meeting takes monthly or quarterly, not &quot;%1&quot;</source>
        <translation>--meeting erwartet monthly oder quarterly, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--meeting needs the period it reviews: --period 2026-09 (monthly) or --period 2026-Q3 (quarterly)</source>
        <translation>--meeting braucht den Zeitraum der Besprechung: --period 2026-09 (monatlich) oder --period 2026-Q3 (vierteljährlich)</translation>
    </message>
    <message>
        <source>--slide, --privacy and --presenter go with --meeting monthly|quarterly</source>
        <translation>--slide, --privacy und --presenter gelten nur zusammen mit --meeting monthly|quarterly</translation>
    </message>
    <message>
        <source>--slide takes a slide number from 1, not &quot;%1&quot;</source>
        <translation>--slide erwartet eine Foliennummer ab 1, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the meeting could not be started</source>
        <translation>die Besprechung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>--slide %1: %2 has %3 slides (1 to %3)</source>
        <translation>--slide %1: %2 hat %3 Folien (1 bis %3)</translation>
    </message>
    <message>
        <source>accountable: creating the demo company in %1…</source>
        <translation>accountable: das Demo-Unternehmen wird in %1 angelegt…</translation>
    </message>
    <message>
        <source>copy needs --from DB and --to DB</source>
        <translation>copy braucht --from DB und --to DB</translation>
    </message>
    <message>
        <source>--from and --to name the same database</source>
        <translation>--from und --to nennen dieselbe Datenbank</translation>
    </message>
    <message>
        <source>accountable copy: %1 copied to %2 in %3 s (%4)</source>
        <translation>accountable copy: %1 nach %2 kopiert in %3 s (%4)</translation>
    </message>
    <message>
        <source>Usage:
  accountable [--db FILE] [--period P] [--view NAME]       the desktop app
  accountable --db FILE --view NAME --period P --size WxH --screenshot F.png
                                                            one view, headless
  accountable --db FILE --meeting monthly|quarterly --period P [--slide N] [--privacy]
                                                            meeting mode (keys: docs/meeting.md)
  accountable demo    --db FILE [--customers N] [--seed S]  a realistic demo company
  accountable import  --db FILE [--replace|--replace-all] [--date-format FMT] [--validate-only]
                      [--problems PROBLEMS.csv] FILE.csv...  DATA.md files, all or nothing;
                      --replace: the kinds of data given are replaced, others kept;
                      --replace-all: the whole company becomes these files
  accountable metrics --db FILE --period P [--format json|text]
                      [--criteria NAME|FILE.json] [--targets FILE.json]
  accountable pack    --db FILE --kind monthly|quarterly --period P --out pack.pdf
  accountable export  --db FILE --view NAME --period P [--criteria NAME|FILE.json]
                      --out FILE.csv                         the table the view shows
  accountable copy    --from DB --to DB [--replace]          a whole company, SQLite or PostgreSQL
                      either way, all or nothing
  accountable grant   --db postgresql://… --read-only ROLE | --read-write ROLE
                      what a database role may do with a shared company
  accountable criteria --db FILE list | show NAME[@VERSION] | use NAME[@VERSION]
                      | save --name NAME --file FILE.json [--author NAME]
                      best-customer criteria; save adds a version (author: --author,
                      else the login name), list and show tell who saved each and when
  accountable targets --db FILE list [--period P] | import FILE.json
                      | export FILE.json [--period P]        targets and owners

The window, metrics, pack and export also take --segment S, --region R and --owner O:
the figures of those customers only (the window&apos;s Data &gt; Filter customers).
--db takes a SQLite file path or postgresql://user@host:port/dbname.
</source>
        <translation>Aufruf:
  accountable [--db FILE] [--period P] [--view NAME]       die Desktop-App
  accountable --db FILE --view NAME --period P --size WxH --screenshot F.png
                                                            eine Ansicht, ohne Fenster
  accountable --db FILE --meeting monthly|quarterly --period P [--slide N] [--privacy]
                                                            Besprechungsmodus (Tasten: docs/meeting.md)
  accountable demo    --db FILE [--customers N] [--seed S]  ein realistisches Demo-Unternehmen
  accountable import  --db FILE [--replace|--replace-all] [--date-format FMT] [--validate-only]
                      [--problems PROBLEMS.csv] FILE.csv...  Dateien nach DATA.md, alles oder nichts;
                      --replace: die angegebenen Datenarten werden ersetzt, andere bleiben;
                      --replace-all: das ganze Unternehmen besteht danach aus diesen Dateien
  accountable metrics --db FILE --period P [--format json|text]
                      [--criteria NAME|FILE.json] [--targets FILE.json]
  accountable pack    --db FILE --kind monthly|quarterly --period P --out pack.pdf
  accountable export  --db FILE --view NAME --period P [--criteria NAME|FILE.json]
                      --out FILE.csv                         die Tabelle, die die Ansicht zeigt
  accountable copy    --from DB --to DB [--replace]          ein ganzes Unternehmen, SQLite oder PostgreSQL
                      in beide Richtungen, ganz oder gar nicht
  accountable grant   --db postgresql://… --read-only ROLE | --read-write ROLE
                      was eine Datenbankrolle mit einem gemeinsam genutzten Unternehmen tun darf
  accountable criteria --db FILE list | show NAME[@VERSION] | use NAME[@VERSION]
                      | save --name NAME --file FILE.json [--author NAME]
                      Bestkunden-Kriterien; save fügt eine Version hinzu (Autor: --author,
                      sonst der Anmeldename), list und show zeigen, wer welche Version wann gespeichert hat
  accountable targets --db FILE list [--period P] | import FILE.json
                      | export FILE.json [--period P]        Ziele und Verantwortliche

Das Fenster, metrics, pack und export verstehen auch --segment S, --region R und --owner O:
nur die Kennzahlen dieser Kunden (im Fenster: Daten &gt; Kunden filtern).
--db erwartet einen SQLite-Dateipfad oder postgresql://user@host:port/dbname.
</translation>
    </message>
    <message>
        <source>grant needs one of --read-only ROLE or --read-write ROLE</source>
        <translation>grant braucht entweder --read-only ROLE oder --read-write ROLE</translation>
    </message>
    <message>
        <source>grant works on a PostgreSQL company (postgresql://…); an SQLite file is made read-only with its file permissions</source>
        <translation>grant gilt für ein Unternehmen auf PostgreSQL (postgresql://…); eine SQLite-Datei wird über ihre Dateiberechtigungen schreibgeschützt</translation>
    </message>
    <message>
        <source>accountable grant: %1 may now open and present %2, not change it</source>
        <translation>accountable grant: %1 darf %2 jetzt öffnen und präsentieren, aber nicht ändern</translation>
    </message>
    <message>
        <source>accountable grant: %1 may now open and change %2</source>
        <translation>accountable grant: %1 darf %2 jetzt öffnen und ändern</translation>
    </message>
    <message>
        <source>--dialog takes criteria, settings, help or connect, not &quot;%1&quot;</source>
        <translation>--dialog erwartet criteria, settings, help oder connect, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Keep yours (saved over theirs), or reload to see theirs?</source>
        <translation>Ihre Version behalten (sie überschreibt die andere) oder neu laden, um die andere zu sehen?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>Andere Version neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Customers gained</source>
        <translation>Gewonnene Kunden</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Zurückgewonnene Kunden</translation>
    </message>
    <message>
        <source>Net change in customers</source>
        <translation>Netto-Kundenzuwachs</translation>
    </message>
    <message>
        <source>Active at the start</source>
        <translation>Aktiv zu Beginn</translation>
    </message>
    <message>
        <source>Active at the end</source>
        <translation>Aktiv am Ende</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Verlorener Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Rettungskontakte</translation>
    </message>
    <message>
        <source>Customers rescued</source>
        <translation>Gerettete Kunden</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Rettungsquote</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Innerhalb des SLA gelöst</translation>
    </message>
    <message>
        <source>Median days to resolve</source>
        <translation>Median der Lösungsdauer (Tage)</translation>
    </message>
    <message>
        <source>Overdue customers</source>
        <translation>Überfällige Kunden</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwerden je 100 Kunden</translation>
    </message>
    <message>
        <source>Feedback asked after the sale</source>
        <translation>Feedback nach dem Kauf erfragt</translation>
    </message>
    <message>
        <source>Customers followed up</source>
        <translation>Nachgefasste Kunden</translation>
    </message>
    <message>
        <source>Re-engaged with an order</source>
        <translation>Mit einer Bestellung reaktiviert</translation>
    </message>
    <message>
        <source>Re-engagement rate</source>
        <translation>Reaktivierungsquote</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Best customers&apos; revenue share</source>
        <translation>Umsatzanteil der besten Kunden</translation>
    </message>
    <message>
        <source>Top 20 % revenue share</source>
        <translation>Umsatzanteil der Top 20 %</translation>
    </message>
    <message>
        <source>Days between orders, best</source>
        <translation>Tage zwischen Bestellungen, beste</translation>
    </message>
    <message>
        <source>Days between orders, the rest</source>
        <translation>Tage zwischen Bestellungen, übrige</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Ausgaben je aktivem Kunden</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>Umsatz je Ausgabeneinheit</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 is a count: type a whole number, e.g. 12</source>
        <translation>%1 ist eine Anzahl: geben Sie eine ganze Zahl ein, z. B. 12</translation>
    </message>
    <message>
        <source>%1 is an amount: type a number in currency units, e.g. 12500</source>
        <translation>%1 ist ein Betrag: geben Sie eine Zahl in Währungseinheiten ein, z. B. 12500</translation>
    </message>
    <message>
        <source>%1 is a percentage: type a number from 0 to 100, e.g. 2.5</source>
        <translation>%1 ist ein Prozentsatz: geben Sie eine Zahl von 0 bis 100 ein, z. B. 2,5</translation>
    </message>
    <message>
        <source>%1 is a number of days: type a number, e.g. 2.5</source>
        <translation>%1 ist eine Anzahl von Tagen: geben Sie eine Zahl ein, z. B. 2,5</translation>
    </message>
    <message>
        <source>%1 is a score from -100 to 100: type a number, e.g. 35</source>
        <translation>%1 ist ein Wert von -100 bis 100: geben Sie eine Zahl ein, z. B. 35</translation>
    </message>
    <message>
        <source>%1 takes a number, e.g. 1.5</source>
        <translation>%1 erwartet eine Zahl, z. B. 1,5</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 kann nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: the amount is too large</source>
        <translation>%1: der Betrag ist zu groß</translation>
    </message>
    <message>
        <source>%1 is a number of days: type 0 or more</source>
        <translation>%1 ist eine Anzahl von Tagen: geben Sie 0 oder mehr ein</translation>
    </message>
    <message>
        <source>%1 is a score from -100 to 100</source>
        <translation>%1 ist ein Wert von -100 bis 100</translation>
    </message>
    <message>
        <source>%1: the number is too large</source>
        <translation>%1: die Zahl ist zu groß</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3 to %4)</source>
        <translation>Q%1 %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>FY%2 Q%1 (%3 to %4)</source>
        <translation>GJ%2 Q%1 (%3 bis %4)</translation>
    </message>
    <message>
        <source>FY%1 (%2 to %3)</source>
        <translation>GJ%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>bn %1</source>
        <translation>Mrd. %1</translation>
    </message>
    <message>
        <source>M %1</source>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>k %1</source>
        <translation>Tsd. %1</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Customers whose first day as a customer (acquired on) falls in the period.</source>
        <translation>Kunden, deren erster Tag als Kunde (Gewonnen am) in den Zeitraum fällt.</translation>
    </message>
    <message>
        <source>Customers whose loss date (lost on) falls in the period.</source>
        <translation>Kunden, deren Verlustdatum (Verloren am) in den Zeitraum fällt.</translation>
    </message>
    <message>
        <source>Customers whose win-back date falls in the period: lost before, customers again.</source>
        <translation>Kunden, deren Rückgewinnungsdatum in den Zeitraum fällt: zuvor verloren, jetzt wieder Kunden.</translation>
    </message>
    <message>
        <source>Customers gained plus customers won back minus customers lost in the period.</source>
        <translation>Gewonnene plus zurückgewonnene minus verlorene Kunden im Zeitraum.</translation>
    </message>
    <message>
        <source>Customers active on the day before the period starts: acquired by then and not lost (or lost and won back again).</source>
        <translation>Kunden, die am Tag vor Beginn des Zeitraums aktiv sind: bis dahin gewonnen und nicht verloren (oder verloren und wieder zurückgewonnen).</translation>
    </message>
    <message>
        <source>Customers active on the period&apos;s last day.</source>
        <translation>Kunden, die am letzten Tag des Zeitraums aktiv sind.</translation>
    </message>
    <message>
        <source>Customers lost in the period divided by the customers active at its start. None when no customer was active at the start.</source>
        <translation>Im Zeitraum verlorene Kunden geteilt durch die zu seinem Beginn aktiven Kunden. Kein Wert, wenn zu Beginn kein Kunde aktiv war.</translation>
    </message>
    <message>
        <source>The yearly revenue that walked out: for every customer lost in the period, the sum of their orders in the 365 days up to their loss date.</source>
        <translation>Der Jahresumsatz, der abgewandert ist: für jeden im Zeitraum verlorenen Kunden die Summe seiner Bestellungen in den 365 Tagen bis zu seinem Verlustdatum.</translation>
    </message>
    <message>
        <source>The sum of all order amounts dated in the period.</source>
        <translation>Die Summe aller Bestellbeträge mit Datum im Zeitraum.</translation>
    </message>
    <message>
        <source>The customers lost in the period grouped by the reason they gave (&quot;Unknown&quot; when none was recorded): how many, and the yearly value they took with them; the largest value first.</source>
        <translation>Die im Zeitraum verlorenen Kunden, gruppiert nach dem genannten Verlustgrund (&quot;Unknown&quot;, wenn keiner erfasst wurde): wie viele es sind und welchen Jahresumsatz sie mitgenommen haben; der größte Wert zuerst.</translation>
    </message>
    <message>
        <source>Contacts in the period in the rescue category: a customer at risk reached out to.</source>
        <translation>Kontakte im Zeitraum in der Kategorie Rettung: Ein gefährdeter Kunde wurde angesprochen.</translation>
    </message>
    <message>
        <source>Rescue contacts whose customer was not lost within 90 days after the contact.</source>
        <translation>Rettungskontakte, deren Kunde binnen 90 Tagen nach dem Kontakt nicht verloren wurde.</translation>
    </message>
    <message>
        <source>Customers rescued divided by rescue contacts in the period. None when there was no rescue contact.</source>
        <translation>Gerettete Kunden geteilt durch die Rettungskontakte im Zeitraum. Kein Wert, wenn es keinen Rettungskontakt gab.</translation>
    </message>
    <message>
        <source>Contacts in the period marked as a complaint.</source>
        <translation>Kontakte im Zeitraum, die als Beschwerde markiert sind.</translation>
    </message>
    <message>
        <source>The share of the period&apos;s complaints resolved within the service level (2 days unless set otherwise in Settings); complaints still open count as not within.</source>
        <translation>Der Anteil der Beschwerden des Zeitraums, die innerhalb des SLA gelöst wurden (2 Tage, sofern in den Einstellungen nicht anders festgelegt); noch offene Beschwerden gelten als nicht innerhalb des SLA gelöst.</translation>
    </message>
    <message>
        <source>The middle number of days from complaint to resolution over the period&apos;s resolved complaints (the mean of the two middle ones for an even count).</source>
        <translation>Der Median der Tage von der Beschwerde bis zur Lösung über die gelösten Beschwerden des Zeitraums (bei gerader Anzahl der Mittelwert der beiden mittleren Werte).</translation>
    </message>
    <message>
        <source>Active customers with orders on at least two days whose days since their last order exceed twice their usual (median) gap between orders.</source>
        <translation>Aktive Kunden mit Bestellungen an mindestens zwei Tagen, bei denen die Tage seit der letzten Bestellung das Doppelte ihres üblichen (medianen) Abstands zwischen Bestellungen übersteigen.</translation>
    </message>
    <message>
        <source>The probability that the customer is still buying, from the BG/NBD model (Fader, Hardie &amp; Lee, 2005) fitted on every customer&apos;s order history up to the period&apos;s end.</source>
        <translation>Die Wahrscheinlichkeit, dass der Kunde noch kauft, aus dem BG/NBD-Modell (Fader, Hardie &amp; Lee, 2005), angepasst an die Bestellhistorie aller Kunden bis zum Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>Active customers whose probability of still buying (P(alive)) is below 50 %, listed by their revenue in the last 12 months: the value at stake.</source>
        <translation>Aktive Kunden, deren Wahrscheinlichkeit weiterer Käufe (P(aktiv)) unter 50 % liegt, geordnet nach ihrem Umsatz der letzten 12 Monate: dem gefährdeten Wert.</translation>
    </message>
    <message>
        <source>The orders the BG/NBD model expects from the customer in the next 365 days.</source>
        <translation>Die Bestellungen, die das BG/NBD-Modell vom Kunden in den nächsten 365 Tagen erwartet.</translation>
    </message>
    <message>
        <source>Expected orders in the next 12 months times the expected order value of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee, 2005).</source>
        <translation>Erwartete Bestellungen in den nächsten 12 Monaten mal der erwartete Bestellwert aus dem Gamma-Gamma-Ausgabenmodell (Fader, Hardie &amp; Lee, 2005).</translation>
    </message>
    <message>
        <source>Feedback answers (survey scores) received in the period.</source>
        <translation>Im Zeitraum erhaltene Feedback-Antworten (Umfragebewertungen).</translation>
    </message>
    <message>
        <source>Net Promoter Score: 100 × (promoters − detractors) ÷ answers, from −100 to 100; promoters score 9 or 10, detractors 0 to 6. None without answers.</source>
        <translation>Net Promoter Score: 100 × (Promotoren − Detraktoren) ÷ Antworten, von −100 bis 100; Promotoren bewerten mit 9 oder 10, Detraktoren mit 0 bis 6. Ohne Antworten kein Wert.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 9 or 10.</source>
        <translation>Antworten im Zeitraum mit einer Bewertung von 9 oder 10.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 7 or 8.</source>
        <translation>Antworten im Zeitraum mit einer Bewertung von 7 oder 8.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 0 to 6.</source>
        <translation>Antworten im Zeitraum mit einer Bewertung von 0 bis 6.</translation>
    </message>
    <message>
        <source>100 × the period&apos;s complaints ÷ the customers active at its start.</source>
        <translation>100 × Beschwerden des Zeitraums ÷ die zu seinem Beginn aktiven Kunden.</translation>
    </message>
    <message>
        <source>Contacts in the period to rescue a customer at risk.</source>
        <translation>Kontakte im Zeitraum, um einen gefährdeten Kunden zu retten.</translation>
    </message>
    <message>
        <source>Contacts in the period to win an order (revenue contacts).</source>
        <translation>Kontakte im Zeitraum, um eine Bestellung zu gewinnen (Umsatzkontakte).</translation>
    </message>
    <message>
        <source>Contacts in the period where the customer asked for something.</source>
        <translation>Kontakte im Zeitraum, bei denen der Kunde etwas angefragt hat.</translation>
    </message>
    <message>
        <source>Contacts in the period to keep the relationship up.</source>
        <translation>Kontakte im Zeitraum zur Pflege der Beziehung.</translation>
    </message>
    <message>
        <source>The 15 touchpoints with most contacts in the period: contacts, distinct customers, the share of contacts that were complaints, and the share of its customers lost within 180 days after a contact there.</source>
        <translation>Die 15 Kontaktpunkte mit den meisten Kontakten im Zeitraum: Kontakte, verschiedene Kunden, der Anteil der Kontakte, die Beschwerden waren, und der Anteil der Kunden des Kontaktpunkts, die binnen 180 Tagen nach einem Kontakt dort verloren wurden.</translation>
    </message>
    <message>
        <source>Of the customers who ordered in the period, the share who gave a feedback answer within 30 days after one of those orders.</source>
        <translation>Von den Kunden, die im Zeitraum bestellt haben, der Anteil, der binnen 30 Tagen nach einer dieser Bestellungen eine Feedback-Antwort gegeben hat.</translation>
    </message>
    <message>
        <source>Of the customers active on the period&apos;s last day, the share with a relationship contact in the 180 days up to it.</source>
        <translation>Von den am letzten Tag des Zeitraums aktiven Kunden der Anteil mit einem Beziehungskontakt in den 180 Tagen bis dahin.</translation>
    </message>
    <message>
        <source>Revenue contacts in the period followed by an order from the same customer within 60 days.</source>
        <translation>Umsatzkontakte im Zeitraum, auf die binnen 60 Tagen eine Bestellung desselben Kunden folgte.</translation>
    </message>
    <message>
        <source>Re-engaged revenue contacts divided by all revenue contacts in the period. None when there was none.</source>
        <translation>Umsatzkontakte mit Reaktivierung geteilt durch alle Umsatzkontakte im Zeitraum. Kein Wert, wenn es keine gab.</translation>
    </message>
    <message>
        <source>The active customers who meet the best-customer criteria in force on the period&apos;s last day, ranked by lifetime value.</source>
        <translation>Die aktiven Kunden, die am letzten Tag des Zeitraums die geltenden Bestkunden-Kriterien erfüllen, nach Kundenwert geordnet.</translation>
    </message>
    <message>
        <source>How many active customers meet the best-customer criteria on the period&apos;s last day.</source>
        <translation>Wie viele aktive Kunden am letzten Tag des Zeitraums die Bestkunden-Kriterien erfüllen.</translation>
    </message>
    <message>
        <source>The best customers&apos; share of all revenue in the 365 days up to the period&apos;s end.</source>
        <translation>Der Anteil der besten Kunden am gesamten Umsatz der 365 Tage bis zum Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>The share of revenue in the 365 days up to the period&apos;s end that came from the top 20 % of customers (by that revenue).</source>
        <translation>Der Anteil des Umsatzes der 365 Tage bis zum Ende des Zeitraums, der von den Top 20 % der Kunden (nach diesem Umsatz) stammt.</translation>
    </message>
    <message>
        <source>The mean gap in days between consecutive orders of best customers in the last 365 days, over those with at least two orders.</source>
        <translation>Der mittlere Abstand in Tagen zwischen aufeinanderfolgenden Bestellungen der besten Kunden in den letzten 365 Tagen, über jene mit mindestens zwei Bestellungen.</translation>
    </message>
    <message>
        <source>The same mean gap for every other customer with at least two orders in the last 365 days.</source>
        <translation>Derselbe mittlere Abstand für alle übrigen Kunden mit mindestens zwei Bestellungen in den letzten 365 Tagen.</translation>
    </message>
    <message>
        <source>The money spent on customer programs in the months of the period, in total and by program.</source>
        <translation>Die Ausgaben für Kundenprogramme in den Monaten des Zeitraums, insgesamt und nach Programm.</translation>
    </message>
    <message>
        <source>Total spend divided by the customers active on the period&apos;s last day.</source>
        <translation>Ausgaben gesamt geteilt durch die am letzten Tag des Zeitraums aktiven Kunden.</translation>
    </message>
    <message>
        <source>The period&apos;s revenue divided by its total spend. None when nothing was spent.</source>
        <translation>Der Umsatz des Zeitraums geteilt durch seine Ausgaben gesamt. Kein Wert, wenn nichts ausgegeben wurde.</translation>
    </message>
    <message>
        <source>1 − customers lost in the period ÷ customers active at its start: the share of the customers at the start who were kept.</source>
        <translation>1 − im Zeitraum verlorene Kunden ÷ zu seinem Beginn aktive Kunden: der Anteil der Kunden vom Beginn, die gehalten wurden.</translation>
    </message>
    <message>
        <source>The mean gap in days between consecutive orders in the last 365 days, best customers against the other active customers, over those with at least two orders there.</source>
        <translation>Der mittlere Abstand in Tagen zwischen aufeinanderfolgenden Bestellungen in den letzten 365 Tagen, beste Kunden im Vergleich zu den übrigen aktiven Kunden, über jene mit mindestens zwei Bestellungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Active customers who are overdue or whose probability of still buying (P(alive)) is below 50 %: the list below, by value at stake.</source>
        <translation>Aktive Kunden, die überfällig sind oder deren Wahrscheinlichkeit weiterer Käufe (P(aktiv)) unter 50 % liegt: die Liste unten, nach gefährdetem Wert.</translation>
    </message>
    <message>
        <source>The sum of the listed customers&apos; revenue in the last 12 months; the note adds what the customer-base model expects them to spend in the next 12 months.</source>
        <translation>Die Summe der Umsätze der aufgeführten Kunden in den letzten 12 Monaten; der Hinweis ergänzt, wie viel diese Kunden laut Kundenmodell in den nächsten 12 Monaten voraussichtlich ausgeben.</translation>
    </message>
    <message>
        <source>The customer&apos;s orders up to the day; the note counts those of the last 365 days.</source>
        <translation>Die Bestellungen des Kunden bis zum Stichtag; der Hinweis zählt die der letzten 365 Tage.</translation>
    </message>
    <message>
        <source>The sum of all the customer&apos;s orders up to the day.</source>
        <translation>Die Summe aller Bestellungen des Kunden bis zum Stichtag.</translation>
    </message>
    <message>
        <source>The sum of the customer&apos;s orders in the 365 days up to the day.</source>
        <translation>Die Summe der Bestellungen des Kunden in den 365 Tagen bis zum Stichtag.</translation>
    </message>
    <message>
        <source>The customer&apos;s orders in the 365 days up to the day.</source>
        <translation>Die Bestellungen des Kunden in den 365 Tagen bis zum Stichtag.</translation>
    </message>
    <message>
        <source>Lifetime value divided by the number of orders up to the day.</source>
        <translation>Kundenwert geteilt durch die Anzahl der Bestellungen bis zum Stichtag.</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s last order to the day.</source>
        <translation>Tage von der letzten Bestellung des Kunden bis zum Stichtag.</translation>
    </message>
    <message>
        <source>Whole months from the day the customer was acquired to the day.</source>
        <translation>Volle Monate vom Tag, an dem der Kunde gewonnen wurde, bis zum Stichtag.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest survey score on or before the day.</source>
        <translation>Die letzte Umfragebewertung des Kunden am oder vor dem Stichtag.</translation>
    </message>
    <message>
        <source>The customer&apos;s complaints in the 365 days up to the day.</source>
        <translation>Die Beschwerden des Kunden in den 365 Tagen bis zum Stichtag.</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts of any kind in the 365 days up to the day: how demanding a customer is.</source>
        <translation>Die Kontakte jeder Art des Kunden in den 365 Tagen bis zum Stichtag: wie betreuungsintensiv ein Kunde ist.</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Warum Kunden abgewandert sind</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Expected orders (12 months)</source>
        <translation>Erwartete Bestellungen (12 Monate)</translation>
    </message>
    <message>
        <source>Expected value (12 months)</source>
        <translation>Erwarteter Wert (12 Monate)</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Rettungskontakte</translation>
    </message>
    <message>
        <source>Revenue contacts</source>
        <translation>Umsatzkontakte</translation>
    </message>
    <message>
        <source>Request contacts</source>
        <translation>Anfragekontakte</translation>
    </message>
    <message>
        <source>Relationship contacts</source>
        <translation>Beziehungskontakte</translation>
    </message>
    <message>
        <source>Moments of truth (priority contacts)</source>
        <translation>Momente der Wahrheit (Prioritätskontakte)</translation>
    </message>
    <message>
        <source>The best customers</source>
        <translation>Die besten Kunden</translation>
    </message>
    <message>
        <source>Status: met when the actual meets the target; at risk when it misses by no more than 10 % of the target; missed otherwise; no data when there is no actual. Each status has its own symbol as well as its colour.</source>
        <translation>Status: Erreicht, wenn der Istwert das Ziel erreicht; Gefährdet, wenn er es um höchstens 10 % des Zielwerts verfehlt; sonst Verfehlt; Keine Daten, wenn es keinen Istwert gibt. Jeder Status hat neben seiner Farbe ein eigenes Symbol.</translation>
    </message>
    <message>
        <source>A click, or Enter, on a figure opens the view that explains it.</source>
        <translation>Ein Klick oder die Eingabetaste auf einer Kennzahl öffnet die Ansicht, die sie erklärt.</translation>
    </message>
    <message>
        <source>Choose the month with Period &gt; Choose period (Ctrl+L); the trend shows the 13 months ending with it.</source>
        <translation>Wählen Sie den Monat mit Zeitraum &gt; Zeitraum wählen (Strg+L); der Verlauf zeigt die 13 Monate bis einschließlich dieses Monats.</translation>
    </message>
    <message>
        <source>Ctrl+M filters by month and Ctrl+R by reason, Esc clears; Enter on a lost customer opens their history.</source>
        <translation>Strg+M filtert nach Monat und Strg+R nach Verlustgrund, Esc setzt den Filter zurück; die Eingabetaste auf einem verlorenen Kunden öffnet seinen Verlauf.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X records an exit call on the lost customer chosen: what they said, and the reason they gave.</source>
        <translation>Strg+Umschalt+X erfasst einen Exit-Anruf beim gewählten verlorenen Kunden: was er gesagt hat und welchen Grund er genannt hat.</translation>
    </message>
    <message>
        <source>Edit the criteria (Ctrl+K): every saved change is a new version, and the pack prints the version in force.</source>
        <translation>Kriterien bearbeiten (Strg+K): Jede gespeicherte Änderung ist eine neue Version, und die Sitzungsunterlagen nennen die geltende Version.</translation>
    </message>
    <message>
        <source>A rule is an attribute, an operator and a value; &quot;top percent N&quot; keeps the top N % of active customers by the attribute.</source>
        <translation>Eine Regel besteht aus einem Merkmal, einem Operator und einem Wert; &quot;in den Top N %&quot; behält die obersten N % der aktiven Kunden nach dem Merkmal.</translation>
    </message>
    <message>
        <source>The trend shows 13 months for a month, 8 quarters for a quarter.</source>
        <translation>Der Verlauf zeigt 13 Monate für einen Monat und 8 Quartale für ein Quartal.</translation>
    </message>
    <message>
        <source>Enter on a customer opens their history in the Customers view.</source>
        <translation>Die Eingabetaste auf einem Kunden öffnet seinen Verlauf in der Ansicht Kunden.</translation>
    </message>
    <message>
        <source>Each tile opens the customers behind it.</source>
        <translation>Jede Kachel öffnet die Kunden dahinter.</translation>
    </message>
    <message>
        <source>Type a target in the Target column and an owner in the Owner column; an empty target removes it.</source>
        <translation>Geben Sie ein Ziel in der Spalte Ziel und eine verantwortliche Person in der Spalte Verantwortlich ein; ein geleertes Ziel wird entfernt.</translation>
    </message>
    <message>
        <source>Status: met, at risk (missing by no more than 10 % of the target), missed, or no data.</source>
        <translation>Status: Erreicht, Gefährdet (Ziel um höchstens 10 % des Zielwerts verfehlt), Verfehlt oder Keine Daten.</translation>
    </message>
    <message>
        <source>New action: Ctrl+N. In a meeting, A records one without leaving the slide.</source>
        <translation>Neue Maßnahme: Strg+N. In einer Besprechung erfasst A eine Maßnahme, ohne die Folie zu verlassen.</translation>
    </message>
    <message>
        <source>Overdue actions are marked, not only coloured.</source>
        <translation>Überfällige Maßnahmen sind markiert, nicht nur farbig hervorgehoben.</translation>
    </message>
    <message>
        <source>Ctrl+F goes to the search box: a name or an id; Esc clears it.</source>
        <translation>Strg+F springt ins Suchfeld: ein Name oder eine ID; Esc leert es.</translation>
    </message>
    <message>
        <source>The four accountability targets on one page: customers gained and lost, service and rescue, listening, and the moments of truth. Each figure shows the period&apos;s actual, its target, the status against it, the owner and the trend over the periods before.</source>
        <translation>Die vier Zielbereiche der Kundenverantwortung auf einer Seite: gewonnene und verlorene Kunden, Service und Rettung, Kundenstimmen und die Momente der Wahrheit. Jede Kennzahl zeigt den Istwert des Zeitraums, ihr Ziel, den Status gegenüber dem Ziel, die verantwortliche Person und den Verlauf über die vorherigen Zeiträume.</translation>
    </message>
    <message>
        <source>The monthly customer-loss review: how many customers were lost, what they were worth, why they left, and who they were.</source>
        <translation>Die monatliche Verlustanalyse: wie viele Kunden verloren wurden, was sie wert waren, warum sie abgewandert sind und wer sie waren.</translation>
    </message>
    <message>
        <source>The customers the executives agree are the best, by the criteria in force: who they are, what share of revenue they bring, how often they buy and what they buy.</source>
        <translation>Die Kunden, die nach den geltenden Kriterien der Führungskräfte die besten sind: wer sie sind, welchen Umsatzanteil sie bringen, wie oft sie kaufen und was sie kaufen.</translation>
    </message>
    <message>
        <source>Listening and service: what customers say (NPS and complaints), how fast complaints are resolved, how many customers at risk were rescued, and the issues driving customers away.</source>
        <translation>Kundenstimmen und Service: was Kunden sagen (NPS und Beschwerden), wie schnell Beschwerden gelöst werden, wie viele gefährdete Kunden gerettet wurden und welche Probleme Kunden vertreiben.</translation>
    </message>
    <message>
        <source>The customers to call this week: overdue customers and customers unlikely to come back, by the value at stake.</source>
        <translation>Die Kunden, die diese Woche anzurufen sind: überfällige Kunden und Kunden, deren Rückkehr unwahrscheinlich ist, nach gefährdetem Wert.</translation>
    </message>
    <message>
        <source>The moments of truth: the touchpoints where customers reach the company most, how often they complain there, and how many of them are lost afterwards.</source>
        <translation>Die Momente der Wahrheit: die Kontaktpunkte, an denen Kunden das Unternehmen am häufigsten erreichen, wie oft sie sich dort beschweren und wie viele von ihnen danach verloren gehen.</translation>
    </message>
    <message>
        <source>What the customer programs cost and what they returned.</source>
        <translation>Was die Kundenprogramme gekostet und was sie eingebracht haben.</translation>
    </message>
    <message>
        <source>The three accountabilities after the sale: asking for feedback, following customers up, and turning revenue contacts into orders.</source>
        <translation>Die drei Verantwortlichkeiten nach dem Kauf: um Feedback bitten, bei Kunden nachfassen und Umsatzkontakte in Bestellungen verwandeln.</translation>
    </message>
    <message>
        <source>Every figure a target can be set on: its actual for the period, the target, the status against it and its owner. Targets are set per period and per figure; lower is better for losses, churn, complaints and days to resolve, higher for the rest.</source>
        <translation>Alle Kennzahlen, für die ein Ziel gesetzt werden kann: ihr Istwert für den Zeitraum, das Ziel, der Status gegenüber dem Ziel und die verantwortliche Person. Ziele werden je Zeitraum und je Kennzahl gesetzt; niedriger ist besser bei Verlusten, Abwanderung, Beschwerden und Lösungsdauer, höher bei allen übrigen.</translation>
    </message>
    <message>
        <source>The accountability log: every action and idea, with its owner, due date and status, and the figure or customer it answers.</source>
        <translation>Das Verantwortungsprotokoll: jede Maßnahme und Idee mit verantwortlicher Person, Fälligkeit und Status sowie der Kennzahl oder dem Kunden, auf die sie sich bezieht.</translation>
    </message>
    <message>
        <source>The leadership team&apos;s own scores, 1 to 10, on seven dimensions of customer accountability, this quarter against the last, with a note for each.</source>
        <translation>Die eigenen Bewertungen des Führungsteams von 1 bis 10 in sieben Dimensionen der Kundenverantwortung, dieses Quartal im Vergleich zum Vorquartal, mit einer Notiz zu jeder Dimension.</translation>
    </message>
    <message>
        <source>Every customer, searchable, with their figures, orders, contacts and answers.</source>
        <translation>Alle Kunden, durchsuchbar, mit ihren Kennzahlen, Bestellungen, Kontakten und Antworten.</translation>
    </message>
    <message>
        <source>Meeting &gt; Start meeting (Shift+F5) shows the agenda of the period on show full screen: a month gives the monthly customer-loss review, a quarter the quarterly accountability meeting. With a second screen, the presenter console shows the next slide, the time and talking points. File &gt; Export meeting pack as PDF (Ctrl+P) writes the same agenda for every attendee.</source>
        <translation>Besprechung &gt; Besprechung starten (Umschalt+F5) zeigt die Tagesordnung des angezeigten Zeitraums im Vollbild: Ein Monat ergibt die monatliche Verlustanalyse, ein Quartal die Quartalsbesprechung zur Kundenverantwortung. Mit einem zweiten Bildschirm zeigt die Referentenansicht die nächste Folie, die Zeit und die Gesprächspunkte. Datei &gt; Sitzungsunterlagen als PDF exportieren (Strg+P) schreibt dieselbe Tagesordnung für alle Teilnehmenden.</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>Rechts, Bild ab, Leertaste</translation>
    </message>
    <message>
        <source>next slide</source>
        <translation>nächste Folie</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Links, Bild auf</translation>
    </message>
    <message>
        <source>previous slide</source>
        <translation>vorherige Folie</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>first, last slide</source>
        <translation>erste, letzte Folie</translation>
    </message>
    <message>
        <source>a number, then Enter</source>
        <translation>eine Zahl, dann Eingabetaste</translation>
    </message>
    <message>
        <source>that slide</source>
        <translation>diese Folie</translation>
    </message>
    <message>
        <source>B, W</source>
        <translation>B, W</translation>
    </message>
    <message>
        <source>black or white screen; the same key returns</source>
        <translation>schwarzer oder weißer Bildschirm; dieselbe Taste kehrt zurück</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>mask customer names (initials instead); P again shows them</source>
        <translation>Kundennamen verbergen (stattdessen Initialen); erneut P zeigt sie wieder</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>record an action: title, owner, due date</source>
        <translation>eine Maßnahme erfassen: Titel, verantwortliche Person, Fälligkeit</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>advance by itself (TV mode), on or off</source>
        <translation>automatisch weiterschalten (TV-Modus), ein oder aus</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>the customers behind the slide; Esc returns</source>
        <translation>die Kunden hinter der Folie; Esc kehrt zurück</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave; the next start resumes on the same slide</source>
        <translation>beenden; der nächste Start setzt auf derselben Folie fort</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the date format &quot;%1&quot; is not supported: use yyyy, MM or M, dd or d and separators, e.g. dd.MM.yyyy</source>
        <translation>das Datumsformat &quot;%1&quot; wird nicht unterstützt: verwenden Sie yyyy, MM oder M, dd oder d und Trennzeichen, z. B. dd.MM.yyyy</translation>
    </message>
    <message>
        <source>the date format &quot;%1&quot; needs a year (yyyy), a month (MM or M) and a day (dd or d)</source>
        <translation>das Datumsformat &quot;%1&quot; braucht ein Jahr (yyyy), einen Monat (MM oder M) und einen Tag (dd oder d)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the required column %1 is missing; %2 needs %3</source>
        <translation>die erforderliche Spalte %1 fehlt; %2 benötigt %3</translation>
    </message>
    <message>
        <source>the column %1 appears more than once in the header (columns %2 and %3)</source>
        <translation>die Spalte %1 kommt in der Kopfzeile mehrfach vor (Spalten %2 und %3)</translation>
    </message>
    <message>
        <source>column %1 has no name and is ignored</source>
        <translation>Spalte %1 hat keinen Namen und wird ignoriert</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored</source>
        <translation>unbekannte Spalte &quot;%1&quot; ignoriert</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 holds a byte that is not UTF-8 (0x%2); save the file as UTF-8</source>
        <translation>%1 enthält ein Byte, das kein UTF-8 ist (0x%2); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>%1 holds a NUL byte, which no text contains</source>
        <translation>%1 enthält ein NUL-Byte, das in keinem Text vorkommt</translation>
    </message>
    <message>
        <source>%1 has text after its closing quote; a quote inside a quoted field is written &quot;&quot;</source>
        <translation>%1 hat Text nach dem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen wird als &quot;&quot; geschrieben</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>ein in dieser Zeile beginnendes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB (a quote never closed?); the rest of the file was not read</source>
        <translation>der Datensatz ist länger als %1 MB (ein nicht geschlossenes Anführungszeichen?); der Rest der Datei wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read to its end</source>
        <translation>die Datei kann nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>die Zeile hat %1 Felder; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1 is empty; a value is required</source>
        <translation>%1 ist leer; ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written %3</source>
        <translation>%1 &quot;%2&quot; ist kein Datum im Format %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a decimal number</source>
        <translation>%1 &quot;%2&quot; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 0 to 10</source>
        <translation>%1 &quot;%2&quot; ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a yes/no value (true/false, yes/no, 1/0 or y/n)</source>
        <translation>%1 &quot;%2&quot; ist kein Ja/Nein-Wert (true/false, yes/no, 1/0 oder y/n)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3</source>
        <translation>%1 &quot;%2&quot; ist keiner der Werte: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a month written YYYY-MM</source>
        <translation>%1 &quot;%2&quot; ist kein Monat im Format YYYY-MM</translation>
    </message>
    <message>
        <source>month &quot;%1&quot;, program &quot;%2&quot; and segment &quot;%3&quot; appear more than once in this file (first on line %4)</source>
        <translation>month &quot;%1&quot;, program &quot;%2&quot; und segment &quot;%3&quot; kommen in dieser Datei mehrfach vor (zuerst in Zeile %4)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; appears more than once in this file (first on line %3)</source>
        <translation>%1 &quot;%2&quot; kommt in dieser Datei mehrfach vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>lost_on &quot;%1&quot; is before acquired_on &quot;%2&quot;</source>
        <translation>lost_on &quot;%1&quot; liegt vor acquired_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>won_back_on &quot;%1&quot; is not after lost_on &quot;%2&quot;</source>
        <translation>won_back_on &quot;%1&quot; liegt nicht nach lost_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>won_back_on &quot;%1&quot; is set but lost_on is empty; a customer is won back only after being lost</source>
        <translation>won_back_on &quot;%1&quot; ist gesetzt, aber lost_on ist leer; ein Kunde kann erst zurückgewonnen werden, nachdem er verloren wurde</translation>
    </message>
    <message>
        <source>loss_reason &quot;%1&quot; is set but lost_on is empty; a reason needs the day the customer was lost</source>
        <translation>loss_reason &quot;%1&quot; ist gesetzt, aber lost_on ist leer; ein Verlustgrund braucht den Tag, an dem der Kunde verloren wurde</translation>
    </message>
    <message>
        <source>lost_on &quot;%1&quot; has no loss_reason; imported with the reason &quot;Unknown&quot;</source>
        <translation>lost_on &quot;%1&quot; hat keinen loss_reason; mit dem Verlustgrund &quot;Unknown&quot; importiert</translation>
    </message>
    <message>
        <source>resolved_on &quot;%1&quot; is before occurred_on &quot;%2&quot;</source>
        <translation>resolved_on &quot;%1&quot; liegt vor occurred_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>customer_id &quot;%1&quot; is neither in customers.csv nor in the database</source>
        <translation>customer_id &quot;%1&quot; ist weder in customers.csv noch in der Datenbank vorhanden</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the customers: %1</source>
        <translation>die Kunden können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>der Import kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>customer %1 has no database key</source>
        <translation>Kunde %1 hat keinen Datenbankschlüssel</translation>
    </message>
    <message>
        <source>database error: no key returned for a customer</source>
        <translation>Datenbankfehler: für einen Kunden wurde kein Schlüssel zurückgegeben</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>der Import kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row naming the columns</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>the header row cannot be read: it is not UTF-8 text</source>
        <translation>die Kopfzeile kann nicht gelesen werden: sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>keine Dateien zum Importieren</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot tell which file this is: its header has the required columns of none of %1</source>
        <translation>die Art der Datei ist nicht erkennbar: ihre Kopfzeile enthält für keine der Dateien %1 die erforderlichen Spalten</translation>
    </message>
    <message>
        <source>the import&apos;s transaction ended early: %1</source>
        <translation>die Transaktion des Imports endete vorzeitig: %1</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>spend rows</source>
        <translation>Ausgabenzeilen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 replaced what was held before (%2)</source>
        <translation>%1 hat den bisherigen Bestand ersetzt (%2)</translation>
    </message>
    <message>
        <source>%1 left out customers held before, deleted (%2)</source>
        <translation>%1 enthielt bisherige Kunden nicht mehr, gelöscht (%2)</translation>
    </message>
    <message>
        <source>deleted with no file given: %1</source>
        <translation>ohne angegebene Datei gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is smaller than the smallest amount Accountable accepts (%3)</source>
        <translation>%1 &quot;%2&quot; ist kleiner als der kleinste Betrag, den Accountable akzeptiert (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is larger than the largest amount Accountable accepts (%3)</source>
        <translation>%1 &quot;%2&quot; ist größer als der größte Betrag, den Accountable akzeptiert (%3)</translation>
    </message>
    <message>
        <source>customers.csv replaces the customers, but leaves out customers that rows still name (%1; for example %2): give those files too, so they are replaced with it, or use --replace-all to replace the whole company</source>
        <translation>customers.csv ersetzt die Kunden, lässt aber Kunden weg, auf die noch Zeilen verweisen (%1; zum Beispiel %2): geben Sie diese Dateien ebenfalls an, damit sie mit ersetzt werden, oder verwenden Sie --replace-all, um das ganze Unternehmen zu ersetzen</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 ist beschädigt (%2); stellen Sie die Datenbank aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>with this import, the amounts of all %1 in the database would add up to more than %2 (negative amounts counted as positive), the largest total Accountable can add up exactly</source>
        <translation>mit diesem Import ergäben die Beträge aller Zeilen in %1 in der Datenbank zusammen mehr als %2 (negative Beträge positiv gezählt), die größte Summe, die Accountable exakt addieren kann</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>Respondents</source>
        <translation>Antwortende</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>Beschwerdeführer</translation>
    </message>
    <message>
        <source>Complaints not resolved within SLA</source>
        <translation>Beschwerden nicht im SLA gelöst</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Rettungskontakte</translation>
    </message>
    <message>
        <source>Rescue contacts lost within 90 days</source>
        <translation>Rettungskontakte, binnen 90 Tagen verloren</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lost in %1: %2</source>
        <translation>Verloren, %1: %2</translation>
    </message>
</context>
<context>
    <name>ListeningView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>promoters minus detractors</source>
        <translation>Promotoren minus Detraktoren</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>9–10: %1 · 0–6: %2</source>
        <translation>9–10: %1 · 0–6: %2</translation>
    </message>
    <message>
        <source>Complaints per 100</source>
        <translation>Beschwerden je 100</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Beschwerde</numerusform>
            <numerusform>%n Beschwerden</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>Im SLA gelöst</translation>
    </message>
    <message>
        <source>of %1, SLA %2 days</source>
        <translation>von %1, SLA %2 Tage</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Mediane Lösungsdauer</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>resolved complaints</source>
        <translation>gelöste Beschwerden</translation>
    </message>
    <message>
        <source>no complaint resolved</source>
        <translation>keine Beschwerde gelöst</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Rettungsquote</translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation>%1 von %2 gehalten</translation>
    </message>
</context>
<context>
    <name>LossReview</name>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Net change in customers</source>
        <translation>Netto-Kundenzuwachs</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Verlorener Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Customers gained</source>
        <translation>Gewonnene Kunden</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 against %4.</source>
        <translation>%1: Anstieg von %2 auf %3 gegenüber %4.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 against %4.</source>
        <translation>%1: Rückgang von %2 auf %3 gegenüber %4.</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verlorener Umsatz</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>Customers gained</source>
        <translation>Gewonnene Kunden</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Zurückgewonnene Kunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grew most: %2 lost (%3), %4 more than in %5.</source>
        <translation>&quot;%1&quot; wuchs am stärksten: %2 verloren (%3), %4 mehr als in %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the largest reason: %2 lost (%3).</source>
        <translation>&quot;%1&quot; ist der größte Verlustgrund: %2 verloren (%3).</translation>
    </message>
    <message>
        <source>Furthest off target: %1 at %2 against %3 %4</source>
        <translation>Größte Zielabweichung: %1 bei %2, Ziel %3 %4</translation>
    </message>
    <message>
        <source>%1 (owner: %2).</source>
        <translation>%1 (verantwortlich: %2).</translation>
    </message>
    <message>
        <source>Most valuable customer lost: %1 (%2), %3 a year, &quot;%4&quot;.</source>
        <translation>Wertvollster verlorener Kunde: %1 (%2), %3 pro Jahr, &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>&quot;%1&quot; is not a numeric figure of METRICS.md, so it cannot have a target; numeric figures are: %2</source>
        <translation>&quot;%1&quot; ist keine numerische Kennzahl aus METRICS.md und kann daher kein Ziel haben; numerische Kennzahlen sind: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected a list of targets: [{&quot;metric&quot;: ..., &quot;period&quot;: ..., &quot;value&quot;: ..., &quot;owner&quot;: ...}]</source>
        <translation>Liste von Zielen erwartet: [{&quot;metric&quot;: ..., &quot;period&quot;: ..., &quot;value&quot;: ..., &quot;owner&quot;: ...}]</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: &quot;metric&quot; must be a text naming a figure</source>
        <translation>%1: &quot;metric&quot; muss ein Text sein, der eine Kennzahl benennt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; must be a month (2026-10), a quarter (2026-Q3) or a year (2026)</source>
        <translation>%1: &quot;period&quot; muss ein Monat (2026-10), ein Quartal (2026-Q3) oder ein Jahr (2026) sein</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a number</source>
        <translation>%1: &quot;value&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: &quot;owner&quot; must be a text</source>
        <translation>%1: &quot;owner&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Period %1 (%2 to %3), data as of %4</source>
        <translation>Zeitraum %1 (%2 bis %3), Datenstand %4</translation>
    </message>
    <message>
        <source>Customers as assets</source>
        <translation>Kunden als Vermögenswerte</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>won back</source>
        <translation>zurückgewonnen</translation>
    </message>
    <message>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <source>active at start</source>
        <translation>aktiv zu Beginn</translation>
    </message>
    <message>
        <source>active at end</source>
        <translation>aktiv am Ende</translation>
    </message>
    <message>
        <source>churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>lost value</source>
        <translation>verlorener Umsatz</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>Verlustgründe</translation>
    </message>
    <message>
        <source>Monthly trend (lost, lost value, gained, revenue)</source>
        <translation>Monatlicher Verlauf (verloren, verlorener Umsatz, gewonnen, Umsatz)</translation>
    </message>
    <message>
        <source>Quarterly trend (lost, lost value, gained, revenue)</source>
        <translation>Quartalsverlauf (verloren, verlorener Umsatz, gewonnen, Umsatz)</translation>
    </message>
    <message>
        <source>Service performance</source>
        <translation>Serviceleistung</translation>
    </message>
    <message>
        <source>rescue contacts</source>
        <translation>Rettungskontakte</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>gerettet</translation>
    </message>
    <message>
        <source>rescue rate</source>
        <translation>Rettungsquote</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>resolved within SLA (%1 days)</source>
        <translation>innerhalb des SLA gelöst (%1 Tage)</translation>
    </message>
    <message>
        <source>median resolution days</source>
        <translation>Median der Lösungsdauer (Tage)</translation>
    </message>
    <message>
        <source>overdue customers</source>
        <translation>überfällige Kunden</translation>
    </message>
    <message>
        <source>BG/NBD: r %1, alpha %2 days, a %3, b %4, %5 customers%6</source>
        <translation>BG/NBD: r %1, alpha %2 Tage, a %3, b %4, %5 Kunden%6</translation>
    </message>
    <message>
        <source> (not converged)</source>
        <translation> (nicht konvergiert)</translation>
    </message>
    <message>
        <source>BG/NBD: no fit</source>
        <translation>BG/NBD: keine Anpassung</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p %1, q %2, gamma %3, %4 customers</source>
        <translation>Gamma-Gamma: p %1, q %2, gamma %3, %4 Kunden</translation>
    </message>
    <message>
        <source>at risk (p_alive &lt; 0.5)</source>
        <translation>gefährdet (p_alive &lt; 0.5)</translation>
    </message>
    <message>
        <source>p_alive</source>
        <translation>p_alive</translation>
    </message>
    <message>
        <source>Customer listening</source>
        <translation>Kundenstimmen</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>complaints per 100 customers</source>
        <translation>Beschwerden je 100 Kunden</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>contacts by category</source>
        <translation>Kontakte nach Kategorie</translation>
    </message>
    <message>
        <source>priority contacts (contacts, customers, complaint share, loss share)</source>
        <translation>Prioritätskontakte (Kontakte, Kunden, Beschwerdeanteil, Verlustanteil)</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Nachbetreuung</translation>
    </message>
    <message>
        <source>feedback after the sale</source>
        <translation>Feedback nach dem Kauf</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>nachgefasst</translation>
    </message>
    <message>
        <source>re-engaged</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>re-engage rate</source>
        <translation>Reaktivierungsquote</translation>
    </message>
    <message>
        <source>Best customers (%1, version %2)</source>
        <translation>Beste Kunden (%1, Version %2)</translation>
    </message>
    <message>
        <source>best customers</source>
        <translation>beste Kunden</translation>
    </message>
    <message>
        <source>their revenue share</source>
        <translation>ihr Umsatzanteil</translation>
    </message>
    <message>
        <source>top 20 % share</source>
        <translation>Anteil der Top 20 %</translation>
    </message>
    <message>
        <source>mean days between orders, best / rest</source>
        <translation>mittlere Tage zwischen Bestellungen, beste / übrige</translation>
    </message>
    <message>
        <source>category mix, best</source>
        <translation>Kategoriemix, beste</translation>
    </message>
    <message>
        <source>category mix, rest</source>
        <translation>Kategoriemix, übrige</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Spend and results</source>
        <translation>Ausgaben und Ergebnisse</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>per active customer</source>
        <translation>je aktivem Kunden</translation>
    </message>
    <message>
        <source>revenue per spend</source>
        <translation>Umsatz je Ausgabeneinheit</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty text</source>
        <translation>&quot;name&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1 up</source>
        <translation>&quot;version&quot; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>&quot;match&quot; muss &quot;all&quot; oder &quot;any&quot; sein</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} (it may be empty)</source>
        <translation>&quot;rules&quot; muss eine Liste von {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} sein (sie darf leer sein)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1: expected an object {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;}</source>
        <translation>%1: Objekt {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} erwartet</translation>
    </message>
    <message>
        <source> in currency units</source>
        <translation> in Währungseinheiten</translation>
    </message>
    <message>
        <source>expected an object {&quot;name&quot;, &quot;version&quot;, &quot;match&quot;, &quot;rules&quot;}</source>
        <translation>Objekt {&quot;name&quot;, &quot;version&quot;, &quot;match&quot;, &quot;rules&quot;} erwartet</translation>
    </message>
    <message>
        <source>the order amounts in this database add up to more than %1 (negative amounts counted as positive), the most Accountable can add up exactly, so no figure is shown rather than a wrong one; import the orders again, replacing the data (each amount at most %2 either way)</source>
        <translation>die Bestellbeträge in dieser Datenbank ergeben zusammen mehr als %1 (negative Beträge positiv gezählt), mehr als Accountable exakt addieren kann; daher wird lieber keine Kennzahl angezeigt als eine falsche; importieren Sie die Bestellungen erneut und ersetzen Sie dabei die Daten (jeder Betrag höchstens %2, positiv wie negativ)</translation>
    </message>
    <message>
        <source>the spend amounts in this database add up to more than %1 (negative amounts counted as positive), the most Accountable can add up exactly, so no figure is shown rather than a wrong one; import the spend again, replacing the data (each amount at most %2 either way)</source>
        <translation>die Ausgabenbeträge in dieser Datenbank ergeben zusammen mehr als %1 (negative Beträge positiv gezählt), mehr als Accountable exakt addieren kann; daher wird lieber keine Kennzahl angezeigt als eine falsche; importieren Sie die Ausgaben erneut und ersetzen Sie dabei die Daten (jeder Betrag höchstens %2, positiv wie negativ)</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Merkmal &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Operator &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 is a number; &quot;%2&quot; works on text attributes only (use &gt;=, &gt;, &lt;=, &lt;, =, != or top-percent)</source>
        <translation>%1 ist eine Zahl; &quot;%2&quot; gilt nur für Textmerkmale (verwenden Sie &gt;=, &gt;, &lt;=, &lt;, =, != oder top-percent)</translation>
    </message>
    <message>
        <source>%1 is a text; &quot;%2&quot; compares numbers (use =, !=, in, not-in or top-percent)</source>
        <translation>%1 ist ein Text; &quot;%2&quot; vergleicht Zahlen (verwenden Sie =, !=, in, not-in oder top-percent)</translation>
    </message>
    <message>
        <source>top-percent takes a number from 0 to 100</source>
        <translation>top-percent erwartet eine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a list of texts</source>
        <translation>&quot;%1&quot; erwartet eine Liste von Texten</translation>
    </message>
    <message>
        <source>%1 is a text; the value must be a text</source>
        <translation>%1 ist ein Text; der Wert muss ein Text sein</translation>
    </message>
    <message>
        <source>%1 is a number; the value must be a number%2</source>
        <translation>%1 ist eine Zahl; der Wert muss eine Zahl%2 sein</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Umsatz, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Orders, last 12 months</source>
        <translation>Bestellungen, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>Tage seit der letzten Bestellung</translation>
    </message>
    <message>
        <source>Tenure in months</source>
        <translation>Kundendauer in Monaten</translation>
    </message>
    <message>
        <source>Last NPS score</source>
        <translation>Letzter NPS-Wert</translation>
    </message>
    <message>
        <source>Complaints, last 12 months</source>
        <translation>Beschwerden, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Contacts, last 12 months</source>
        <translation>Kontakte, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kundenbetreuer</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner von</translation>
    </message>
    <message>
        <source>in the top</source>
        <translation>in den Top</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: in the top %2 of active customers</source>
        <translation>%1: in den Top %2 der aktiven Kunden</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Every active customer</source>
        <translation>Jeder aktive Kunde</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>This rule holds</source>
        <translation>Diese Regel gilt</translation>
    </message>
    <message>
        <source>All of these rules hold</source>
        <translation>Alle diese Regeln gelten</translation>
    </message>
    <message>
        <source>Any of these rules holds</source>
        <translation>Mindestens eine dieser Regeln gilt</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Name: &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Match: any rule → all rules</source>
        <translation>Bedingung: mindestens eine Regel → alle Regeln</translation>
    </message>
    <message>
        <source>Match: all rules → any rule</source>
        <translation>Bedingung: alle Regeln → mindestens eine Regel</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>A purchase history is invalid (x = %1, t_x = %2, T = %3, weight = %4): the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T and a weight &gt;= 0, so it was not fitted.</source>
        <translation>Eine Kaufhistorie ist ungültig (x = %1, t_x = %2, T = %3, Gewicht = %4): Das BG/NBD-Modell benötigt x &gt;= 0, 0 &lt;= t_x &lt;= T und ein Gewicht &gt;= 0 und wurde daher nicht angepasst.</translation>
    </message>
    <message>
        <source>No customer has a purchase to learn from, so the BG/NBD model was not fitted.</source>
        <translation>Kein Kunde hat einen Kauf, aus dem gelernt werden kann; daher wurde das BG/NBD-Modell nicht angepasst.</translation>
    </message>
    <message>
        <source>Only one customer has purchases: the BG/NBD model learns from a population of customers, so it was not fitted.</source>
        <translation>Nur ein Kunde hat Käufe: Das BG/NBD-Modell lernt aus einer Gesamtheit von Kunden und wurde daher nicht angepasst.</translation>
    </message>
    <message>
        <source>Every customer made their first purchase on the last day: with no time observed there is nothing to learn from, so the BG/NBD model was not fitted.</source>
        <translation>Alle Kunden haben ihren ersten Kauf am letzten Tag getätigt: Ohne beobachteten Zeitraum gibt es nichts zu lernen; daher wurde das BG/NBD-Modell nicht angepasst.</translation>
    </message>
    <message>
        <source>No customer has bought again yet (all %1 bought on one day only): the BG/NBD model cannot learn how often customers buy again or drop out, so it was not fitted.</source>
        <translation>Noch kein Kunde hat erneut gekauft (alle %1 haben nur an einem Tag gekauft): Das BG/NBD-Modell kann nicht lernen, wie oft Kunden erneut kaufen oder abwandern, und wurde daher nicht angepasst.</translation>
    </message>
    <message>
        <source>The %1 customers have only %2 different purchase histories; the BG/NBD model&apos;s four parameters need at least four, so it was not fitted.</source>
        <translation>Die %1 Kunden haben nur %2 unterschiedliche Kaufhistorien; die vier Parameter des BG/NBD-Modells benötigen mindestens vier, daher wurde es nicht angepasst.</translation>
    </message>
    <message>
        <source>The optimiser failed (%1), so the BG/NBD model could not be fitted.</source>
        <translation>Der Optimierer ist fehlgeschlagen (%1), daher konnte das BG/NBD-Modell nicht angepasst werden.</translation>
    </message>
    <message>
        <source>no finite likelihood</source>
        <translation>keine endliche Likelihood</translation>
    </message>
    <message>
        <source>The BG/NBD fit gave no finite parameters.</source>
        <translation>Die BG/NBD-Anpassung ergab keine endlichen Parameter.</translation>
    </message>
    <message>
        <source>The BG/NBD fit ran to the edge of the range allowed for %1: the data does not pin the model down (for example, hardly anyone seems to drop out, or too few customers bought again), so its figures are limits rather than estimates.</source>
        <translation>Die BG/NBD-Anpassung ist an den Rand des für %1 zulässigen Bereichs gelaufen: Die Daten bestimmen das Modell nicht eindeutig (zum Beispiel scheint kaum jemand abzuwandern, oder zu wenige Kunden haben erneut gekauft), daher sind seine Werte eher Grenzwerte als Schätzungen.</translation>
    </message>
    <message>
        <source>No customer has a repeat purchase of positive value, so the Gamma-Gamma spend model was not fitted.</source>
        <translation>Kein Kunde hat einen Wiederholungskauf mit positivem Wert; daher wurde das Gamma-Gamma-Ausgabenmodell nicht angepasst.</translation>
    </message>
    <message>
        <source>Only one customer has repeat purchases of positive value: the Gamma-Gamma spend model learns from a population of customers, so it was not fitted.</source>
        <translation>Nur ein Kunde hat Wiederholungskäufe mit positivem Wert: Das Gamma-Gamma-Ausgabenmodell lernt aus einer Gesamtheit von Kunden und wurde daher nicht angepasst.</translation>
    </message>
    <message>
        <source>All %1 repeat customers spent the same mean amount per purchase: with no spread to learn from, the Gamma-Gamma spend model was not fitted.</source>
        <translation>Alle %1 Wiederholungskunden haben pro Kauf im Mittel denselben Betrag ausgegeben: Ohne Streuung gibt es nichts zu lernen; daher wurde das Gamma-Gamma-Ausgabenmodell nicht angepasst.</translation>
    </message>
    <message>
        <source>The %1 repeat customers have only %2 different spend histories; the Gamma-Gamma model&apos;s three parameters need at least three, so it was not fitted.</source>
        <translation>Die %1 Wiederholungskunden haben nur %2 unterschiedliche Ausgabenhistorien; die drei Parameter des Gamma-Gamma-Modells benötigen mindestens drei, daher wurde es nicht angepasst.</translation>
    </message>
    <message>
        <source>The optimiser failed (%1), so the Gamma-Gamma spend model could not be fitted.</source>
        <translation>Der Optimierer ist fehlgeschlagen (%1), daher konnte das Gamma-Gamma-Ausgabenmodell nicht angepasst werden.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit gave no finite parameters.</source>
        <translation>Die Gamma-Gamma-Anpassung ergab keine endlichen Parameter.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit ran to the edge of the range allowed for %1: the data does not pin the spend model down (for example, every customer spends almost the same), so its figures are limits rather than estimates.</source>
        <translation>Die Gamma-Gamma-Anpassung ist an den Rand des für %1 zulässigen Bereichs gelaufen: Die Daten bestimmen das Ausgabenmodell nicht eindeutig (zum Beispiel gibt jeder Kunde fast gleich viel aus), daher sind seine Werte eher Grenzwerte als Schätzungen.</translation>
    </message>
    <message>
        <source>The fitted q is %1 (not above 1): order values are too heavy-tailed for a finite population mean, so customers outside the fit get no expected order value.</source>
        <translation>Das angepasste q ist %1 (nicht größer als 1): Die Verteilung der Bestellwerte hat zu schwere Ränder für einen endlichen Mittelwert der Gesamtheit, daher erhalten Kunden außerhalb der Anpassung keinen erwarteten Bestellwert.</translation>
    </message>
    <message>
        <source>The optimiser stopped at its cap of %1 evaluations before meeting its tolerance, so the %2 parameters are approximate.</source>
        <translation>Der Optimierer hat bei seiner Obergrenze von %1 Auswertungen angehalten, bevor er seine Toleranz erreicht hat; die %2-Parameter sind daher Näherungswerte.</translation>
    </message>
    <message>
        <source>The optimiser stopped before the likelihood levelled off (largest slope %1), so the %2 parameters are approximate.</source>
        <translation>Der Optimierer hat angehalten, bevor sich die Likelihood stabilisiert hat (größte Steigung %1); die %2-Parameter sind daher Näherungswerte.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Quarterly accountability meeting</source>
        <translation>Quartalsbesprechung zur Kundenverantwortung</translation>
    </message>
    <message>
        <source>Monthly customer-loss review</source>
        <translation>Monatliche Verlustanalyse</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand: %1</translation>
    </message>
    <message>
        <source>The database holds no dated records</source>
        <translation>Die Datenbank enthält keine datierten Einträge</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Warum Kunden abgewandert sind, %1</translation>
    </message>
    <message>
        <source>Reasons for the losses, %1</source>
        <translation>Verlustgründe, %1</translation>
    </message>
    <message>
        <source>No customers were lost in this period.</source>
        <translation>In diesem Zeitraum wurden keine Kunden verloren.</translation>
    </message>
    <message>
        <source>Customers lost in %1</source>
        <translation>Verlorene Kunden, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>das PDF kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Losses by segment, %1</source>
        <translation>Verluste nach Segment, %1</translation>
    </message>
    <message>
        <source>Losses by account owner, %1</source>
        <translation>Verluste nach Kundenbetreuer, %1</translation>
    </message>
    <message>
        <source>no file name given (nothing was written)</source>
        <translation>kein Dateiname angegeben (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name (nothing was written)</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 is the company database; choose another file name (nothing was written)</source>
        <translation>%1 ist die Unternehmensdatenbank; wählen Sie einen anderen Dateinamen (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 is a journal of the company database (%2); choose another file name (nothing was written)</source>
        <translation>%1 ist ein Journal der Unternehmensdatenbank (%2); wählen Sie einen anderen Dateinamen (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 is an input file (%2); choose another file name (nothing was written)</source>
        <translation>%1 ist eine Eingabedatei (%2); wählen Sie einen anderen Dateinamen (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Only these customers: %1</source>
        <translation>Nur diese Kunden: %1</translation>
    </message>
    <message>
        <source>no period is chosen</source>
        <translation>kein Zeitraum gewählt</translation>
    </message>
    <message>
        <source>a meeting covers a month (monthly, e.g. %1-09) or a quarter (quarterly, e.g. %1-Q3); there is no annual meeting for %2: choose one of its quarters</source>
        <translation>eine Besprechung umfasst einen Monat (monthly, z. B. %1-09) oder ein Quartal (quarterly, z. B. %1-Q3); für %2 gibt es keine Jahresbesprechung: wählen Sie eines seiner Quartale</translation>
    </message>
    <message>
        <source>a monthly review covers a month, e.g. %1; for %2 hold the quarterly meeting</source>
        <translation>die monatliche Analyse umfasst einen Monat, z. B. %1; für %2 halten Sie die Quartalsbesprechung ab</translation>
    </message>
    <message>
        <source>a quarterly meeting covers a quarter, e.g. %1; for %2 hold the monthly review</source>
        <translation>die Quartalsbesprechung umfasst ein Quartal, z. B. %1; für %2 halten Sie die monatliche Analyse ab</translation>
    </message>
    <message>
        <source>Customers lost, %1</source>
        <translation>Verlorene Kunden, %1</translation>
    </message>
    <message>
        <source>Lost customers by month, the last 13 months; the period&apos;s months in colour.</source>
        <translation>Verlorene Kunden nach Monat, die letzten 13 Monate; die Monate des Zeitraums farbig.</translation>
    </message>
    <message>
        <source>Lost in %1</source>
        <translation>Verloren, %1</translation>
    </message>
    <message>
        <source>Value lost, %1</source>
        <translation>Verlorener Umsatz, %1</translation>
    </message>
    <message>
        <source>Lost value: each lost customer&apos;s revenue in the 12 months before the loss.</source>
        <translation>Verlorener Umsatz: der Umsatz jedes verlorenen Kunden in den 12 Monaten vor dem Verlust.</translation>
    </message>
    <message>
        <source>Lost customers by value, %1</source>
        <translation>Verlorene Kunden nach Wert, %1</translation>
    </message>
    <message>
        <source>Customers won back, %1</source>
        <translation>Zurückgewonnene Kunden, %1</translation>
    </message>
    <message>
        <source>Won back in %1</source>
        <translation>Zurückgewonnen, %1</translation>
    </message>
    <message>
        <source>Customers won back in %1</source>
        <translation>Zurückgewonnene Kunden, %1</translation>
    </message>
    <message>
        <source>No customer was won back in this period.</source>
        <translation>In diesem Zeitraum wurde kein Kunde zurückgewonnen.</translation>
    </message>
    <message>
        <source>Each with the loss they came back from and its value.</source>
        <translation>Jeweils mit dem vorausgegangenen Verlust und seinem Wert.</translation>
    </message>
    <message>
        <source>Exit calls, %1</source>
        <translation>Exit-Anrufe, %1</translation>
    </message>
    <message>
        <source>Lost customers called</source>
        <translation>Angerufene verlorene Kunden</translation>
    </message>
    <message>
        <source>of %1 lost</source>
        <translation>von %1 verlorenen</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Noch nicht angerufen</translation>
    </message>
    <message>
        <source>exit calls to make</source>
        <translation>Exit-Anrufe ausstehend</translation>
    </message>
    <message>
        <source>Exit calls on the losses of %1</source>
        <translation>Exit-Anrufe zu den Verlusten, %1</translation>
    </message>
    <message>
        <source>No exit call is recorded on this period&apos;s losses.</source>
        <translation>Zu den Verlusten dieses Zeitraums ist kein Exit-Anruf erfasst.</translation>
    </message>
    <message>
        <source>The reason the customer gave on the call against the reason on record.</source>
        <translation>Der vom Kunden im Anruf genannte Grund im Vergleich zum erfassten Grund.</translation>
    </message>
    <message>
        <source>Customers gained and lost, %1</source>
        <translation>Gewonnene und verlorene Kunden, %1</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in Arbeit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>Termin überschritten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>Actions and their owners</source>
        <translation>Maßnahmen und Verantwortliche</translation>
    </message>
    <message>
        <source>Actions still to do</source>
        <translation>Noch offene Maßnahmen</translation>
    </message>
    <message>
        <source>Every action recorded</source>
        <translation>Alle erfassten Maßnahmen</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Keine Maßnahme ist offen.</translation>
    </message>
    <message>
        <source>No action is recorded yet.</source>
        <translation>Noch keine Maßnahme erfasst.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Ordered by due date; the link is the figure or the customer id the action is on.</source>
        <translation>Nach Fälligkeit geordnet; &quot;Betrifft&quot; nennt die Kennzahl oder die Kunden-ID der Maßnahme.</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>Scorecard, %1</translation>
    </message>
    <message>
        <source>of %1 targets</source>
        <translation>von %1 Zielen</translation>
    </message>
    <message>
        <source>Targets, %1</source>
        <translation>Ziele, %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>No targets are set for %1: set them in the Targets view.</source>
        <translation>Für %1 sind keine Ziele gesetzt: Legen Sie sie in der Ansicht Ziele fest.</translation>
    </message>
    <message>
        <source>Service and rescue: customers at risk, %1</source>
        <translation>Service und Rettung: gefährdete Kunden, %1</translation>
    </message>
    <message>
        <source>Customers at risk with the most value at stake</source>
        <translation>Gefährdete Kunden mit dem höchsten gefährdeten Wert</translation>
    </message>
    <message>
        <source>No customer is at risk.</source>
        <translation>Kein Kunde ist gefährdet.</translation>
    </message>
    <message>
        <source>The %1 with the most value at stake of %2 customers at risk.</source>
        <translation>Die %1 mit dem höchsten gefährdeten Wert von %2 gefährdeten Kunden.</translation>
    </message>
    <message>
        <source>At risk, %1</source>
        <translation>Gefährdet, %1</translation>
    </message>
    <message>
        <source>Listening: NPS and complaints, %1</source>
        <translation>Kundenstimmen: NPS und Beschwerden, %1</translation>
    </message>
    <message>
        <source>The issues driving customers away, %1</source>
        <translation>Probleme, die Kunden vertreiben, %1</translation>
    </message>
    <message>
        <source>NPS and complaints by period</source>
        <translation>NPS und Beschwerden nach Zeitraum</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>Operations: moments of truth, %1</source>
        <translation>Betrieb: Momente der Wahrheit, %1</translation>
    </message>
    <message>
        <source>Priority contacts: the touchpoints with most contacts</source>
        <translation>Prioritätskontakte: die Kontaktpunkte mit den meisten Kontakten</translation>
    </message>
    <message>
        <source>No contacts in the period.</source>
        <translation>Keine Kontakte im Zeitraum.</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Kontakte nach Kategorie</translation>
    </message>
    <message>
        <source>Lost: customers lost within 180 days after a contact at the touchpoint.</source>
        <translation>Verloren: Kunden, die binnen 180 Tagen nach einem Kontakt am Kontaktpunkt verloren wurden.</translation>
    </message>
    <message>
        <source>Best customers, %1</source>
        <translation>Beste Kunden, %1</translation>
    </message>
    <message>
        <source>Best customers by lifetime value</source>
        <translation>Beste Kunden nach Kundenwert</translation>
    </message>
    <message>
        <source>No best customers.</source>
        <translation>Keine besten Kunden.</translation>
    </message>
    <message>
        <source>Criteria in force: %1, version %2.</source>
        <translation>Geltende Kriterien: %1, Version %2.</translation>
    </message>
    <message>
        <source>The %1 with the highest lifetime value of %2 best customers.</source>
        <translation>Die %1 mit dem höchsten Kundenwert von %2 besten Kunden.</translation>
    </message>
    <message>
        <source>Spend and results, %1</source>
        <translation>Ausgaben und Ergebnisse, %1</translation>
    </message>
    <message>
        <source>Spend by program, %1</source>
        <translation>Ausgaben nach Programm, %1</translation>
    </message>
    <message>
        <source>No spend recorded for the period.</source>
        <translation>Keine Ausgaben für den Zeitraum erfasst.</translation>
    </message>
    <message>
        <source>Reality check, %1</source>
        <translation>Realitätscheck, %1</translation>
    </message>
    <message>
        <source>How the executives score the company</source>
        <translation>Wie die Führungskräfte das Unternehmen bewerten</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>Total spend</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>1 program</source>
        <translation>1 Programm</translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation>%1 Programme</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>orders in %1</source>
        <translation>Bestellungen, %1</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>Umsatz je Ausgabeneinheit</translation>
    </message>
    <message>
        <source>revenue per 1 %1 spent</source>
        <translation>Umsatz je 1 %1 Ausgaben</translation>
    </message>
    <message>
        <source>no spend in the period</source>
        <translation>keine Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Ausgaben je aktivem Kunden</translation>
    </message>
    <message>
        <source>%1 active at the end</source>
        <translation>%1 aktiv am Ende</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>%1 of %2 customers lost</source>
        <translation>%1 von %2 Kunden verloren</translation>
    </message>
    <message>
        <source>nobody active at the start</source>
        <translation>niemand aktiv zu Beginn</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the database address %1: expected postgresql://user@host:port/dbname</source>
        <translation>die Datenbankadresse %1 kann nicht gelesen werden: erwartet wird postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber für Qt ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Accountable (schema %2; this version knows up to %3). Update Accountable to open it; nothing was changed.</source>
        <translation>%1 wurde von einer neueren Version von Accountable geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Accountable, um die Datenbank zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 holds other tables and is not an Accountable database; nothing was changed.</source>
        <translation>%1 enthält andere Tabellen und ist keine Accountable-Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>die Schemaversion kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>Migration %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>der Import kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the customers: %1</source>
        <translation>die Kunden können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot clear the data: %1</source>
        <translation>die Daten können nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>database error: no id returned for customer %1</source>
        <translation>Datenbankfehler: für Kunde %1 wurde keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>cannot remember the column mapping: %1</source>
        <translation>die Spaltenzuordnung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the stored criteria set &quot;%1&quot; version %2 is not valid: %3</source>
        <translation>der gespeicherte Kriteriensatz &quot;%1&quot;, Version %2, ist ungültig: %3</translation>
    </message>
    <message>
        <source>a criteria set needs a name</source>
        <translation>ein Kriteriensatz braucht einen Namen</translation>
    </message>
    <message>
        <source>cannot read the versions of &quot;%1&quot;</source>
        <translation>die Versionen von &quot;%1&quot; können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot store the criteria set: %1</source>
        <translation>der Kriteriensatz kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>a stored target on %1 has an unreadable period &quot;%2&quot;</source>
        <translation>ein gespeichertes Ziel für %1 hat einen unlesbaren Zeitraum &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a target needs a month, a quarter or a year</source>
        <translation>ein Ziel braucht einen Monat, ein Quartal oder ein Jahr</translation>
    </message>
    <message>
        <source>a target&apos;s value must be a number</source>
        <translation>der Wert eines Ziels muss eine Zahl sein</translation>
    </message>
    <message>
        <source>an in-memory database (:memory:) is gone when the command ends; give a file name instead</source>
        <translation>eine In-Memory-Datenbank (:memory:) ist verloren, sobald der Befehl endet; geben Sie stattdessen einen Dateinamen an</translation>
    </message>
    <message>
        <source>no database at %1 (create one with accountable demo or accountable import)</source>
        <translation>keine Datenbank unter %1 (legen Sie eine mit accountable demo oder accountable import an)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Accountable database; nothing was changed</source>
        <translation>%1 ist eine leere Datei, keine Accountable-Datenbank; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot read %1: its folder is read-only and recent changes to it wait in %1-wal; open it once where it can be written</source>
        <translation>%1 kann nicht gelesen werden: der Ordner ist schreibgeschützt und die letzten Änderungen warten noch in %1-wal; öffnen Sie die Datenbank einmal dort, wo sie geschrieben werden kann</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file, its folder or its disk is read-only (%2)</source>
        <translation>%1 kann nicht geändert werden: die Datei, ihr Ordner oder ihr Datenträger ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Accountable company; nothing was changed</source>
        <translation>%1 ist eine leere Datenbank, kein Accountable-Unternehmen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation>eine Transaktion auf %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date (migration %2): %3</source>
        <translation>%1 kann nicht auf den aktuellen Stand gebracht werden (Migration %2): %3</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Accountable (schema %2) and cannot be brought up to date here: %3</source>
        <translation>%1 wurde von einer älteren Version von Accountable geschrieben (Schema %2) und kann hier nicht auf den aktuellen Stand gebracht werden: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version &quot;%2&quot; is not a number</source>
        <translation>%1 ist beschädigt: die Schemaversion &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>the disk of the database server holding %1 is full (%2)</source>
        <translation>der Datenträger des Datenbankservers mit %1 ist voll (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: the server cannot read part of it (%2)</source>
        <translation>%1 ist beschädigt: der Server kann einen Teil davon nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only for this connection (%2)</source>
        <translation>%1 ist für diese Verbindung schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>database error on %1: %2</source>
        <translation>Datenbankfehler bei %1: %2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2); free some space and try again</source>
        <translation>der Datenträger mit %1 ist voll (%2); schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 is damaged: part of the file cannot be read (%2); restore it from a backup</source>
        <translation>%1 ist beschädigt: ein Teil der Datei kann nicht gelesen werden (%2); stellen Sie die Datenbank aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 is not an Accountable database, or its first page is damaged (%2)</source>
        <translation>%1 ist keine Accountable-Datenbank, oder ihre erste Seite ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>cannot open %1: check that the file and its folder exist and can be read (%2)</source>
        <translation>%1 kann nicht geöffnet werden: prüfen Sie, ob die Datei und ihr Ordner existieren und lesbar sind (%2)</translation>
    </message>
    <message>
        <source>cannot read or write %1: an input/output error (%2)</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden: ein Ein-/Ausgabefehler (%2)</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it (%2); try again</source>
        <translation>%1 ist belegt: ein anderes Programm schreibt gerade hinein (%2); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; restore it from a backup or import the company again</source>
        <translation>%1 ist beschädigt: %2; stellen Sie die Datenbank aus einer Sicherung wieder her oder importieren Sie das Unternehmen erneut</translation>
    </message>
    <message>
        <source>customer %1 has a date that is not a date</source>
        <translation>Kunde %1 hat ein ungültiges Datum</translation>
    </message>
    <message>
        <source>%1 %2 names a customer that is not in it</source>
        <translation>%1 %2 verweist auf einen Kunden, den es in der Datenbank nicht gibt</translation>
    </message>
    <message>
        <source>%1 %2 has no valid date</source>
        <translation>%1 %2 hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>order %1 has an amount that is not a number</source>
        <translation>Bestellung %1 hat einen Betrag, der keine Zahl ist</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contact %1 has the unknown category &quot;%2&quot;</source>
        <translation>Kontakt %1 hat die unbekannte Kategorie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>answer %1 has a score outside 0 to 10</source>
        <translation>Antwort %1 hat eine Bewertung außerhalb von 0 bis 10</translation>
    </message>
    <message>
        <source>a spend row of %1 is not readable</source>
        <translation>eine Ausgabenzeile für %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>no criteria set %1 is stored</source>
        <translation>kein Kriteriensatz %1 gespeichert</translation>
    </message>
    <message>
        <source>cannot record the criteria in force in %1</source>
        <translation>die geltenden Kriterien können in %1 nicht festgehalten werden</translation>
    </message>
    <message>
        <source>the criteria in force, %1, are no longer stored in %2; choose a set with accountable criteria use</source>
        <translation>die geltenden Kriterien %1 sind in %2 nicht mehr gespeichert; wählen Sie einen Satz mit accountable criteria use</translation>
    </message>
    <message>
        <source>a criteria version needs an author</source>
        <translation>eine Kriterienversion braucht einen Autor</translation>
    </message>
    <message>
        <source>target %1 (%2, %3): %4</source>
        <translation>Ziel %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, such as 2026-10-31</source>
        <translation>&quot;%1&quot; ist kein Datum: schreiben Sie es als YYYY-MM-DD, z. B. 2026-10-31</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>eine Maßnahme braucht einen Titel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use open, in_progress, done or dropped</source>
        <translation>&quot;%1&quot; ist kein Status: verwenden Sie open, in_progress, done oder dropped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source: use meeting, sales, front_line or customer</source>
        <translation>&quot;%1&quot; ist keine Quelle: verwenden Sie meeting, sales, front_line oder customer</translation>
    </message>
    <message>
        <source>the due date is not a date</source>
        <translation>das Fälligkeitsdatum ist kein Datum</translation>
    </message>
    <message>
        <source>the due date %1 is out of range</source>
        <translation>das Fälligkeitsdatum %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>an action is about one figure or one customer, not both</source>
        <translation>eine Maßnahme betrifft eine Kennzahl oder einen Kunden, nicht beides</translation>
    </message>
    <message>
        <source>no customer has the id &quot;%1&quot;</source>
        <translation>kein Kunde hat die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the action was deleted meanwhile (by another desk?)</source>
        <translation>die Maßnahme wurde inzwischen gelöscht (an einem anderen Arbeitsplatz?)</translation>
    </message>
    <message>
        <source>no action has the id %1</source>
        <translation>keine Maßnahme hat die ID %1</translation>
    </message>
    <message>
        <source>Customer leadership</source>
        <translation>Kundenorientierte Führung</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Kundenstimmen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Accountability and action</source>
        <translation>Verantwortung und Umsetzung</translation>
    </message>
    <message>
        <source>Unified experience</source>
        <translation>Einheitliches Kundenerlebnis</translation>
    </message>
    <message>
        <source>Enabling service delivery</source>
        <translation>Befähigung zum Service</translation>
    </message>
    <message>
        <source>Motivation and recognition</source>
        <translation>Motivation und Anerkennung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension of the reality check</source>
        <translation>&quot;%1&quot; ist keine Dimension des Realitätschecks</translation>
    </message>
    <message>
        <source>a score is a whole number from 1 to 10</source>
        <translation>eine Bewertung ist eine ganze Zahl von 1 bis 10</translation>
    </message>
    <message>
        <source>a reality check belongs to a quarter</source>
        <translation>ein Realitätscheck gehört zu einem Quartal</translation>
    </message>
    <message>
        <source>Reason confirmed</source>
        <translation>Grund bestätigt</translation>
    </message>
    <message>
        <source>Reason corrected</source>
        <translation>Grund korrigiert</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Noch nicht angerufen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>an exit call needs a customer</source>
        <translation>ein Exit-Anruf braucht einen Kunden</translation>
    </message>
    <message>
        <source>an exit call needs the day the customer was lost</source>
        <translation>ein Exit-Anruf braucht den Tag, an dem der Kunde verloren wurde</translation>
    </message>
    <message>
        <source>an exit call needs an executive to make it</source>
        <translation>ein Exit-Anruf braucht eine Führungskraft, die ihn führt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome: use confirmed or corrected</source>
        <translation>&quot;%1&quot; ist kein Ergebnis: verwenden Sie confirmed oder corrected</translation>
    </message>
    <message>
        <source>a corrected reason needs the reason the customer gave</source>
        <translation>ein korrigierter Grund braucht den Grund, den der Kunde genannt hat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chance of a win-back: use low, medium or high</source>
        <translation>&quot;%1&quot; ist keine Rückgewinnungschance: verwenden Sie low, medium oder high</translation>
    </message>
    <message>
        <source>customer %1 was not lost on %2</source>
        <translation>Kunde %1 wurde nicht am %2 verloren</translation>
    </message>
    <message>
        <source>the company name must be at most %1 characters</source>
        <translation>der Unternehmensname darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>the company name must not hold control characters</source>
        <translation>der Unternehmensname darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the currency must be an ISO 4217 code of three capital letters, such as EUR, USD or JPY; &quot;%1&quot; is not</source>
        <translation>die Währung muss ein ISO-4217-Code aus drei Großbuchstaben sein, z. B. EUR, USD oder JPY; &quot;%1&quot; ist keiner</translation>
    </message>
    <message>
        <source>the complaint SLA must be a whole number of days from 0 to %1</source>
        <translation>das Beschwerde-SLA muss eine ganze Zahl von Tagen von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>the fiscal year must start in a month from 1 (January) to 12 (December)</source>
        <translation>das Geschäftsjahr muss in einem Monat von 1 (Januar) bis 12 (Dezember) beginnen</translation>
    </message>
    <message>
        <source>cannot store the settings in %1: %2</source>
        <translation>die Einstellungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 holds more text (ids and comments) than Accountable can hold in memory (%2 bytes)</source>
        <translation>%1 enthält mehr Text (IDs und Kommentare), als Accountable im Speicher halten kann (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 hat keine Tabelle %2</translation>
    </message>
    <message>
        <source>%1 and %2 are at different schema versions (%3 and %4)</source>
        <translation>%1 und %2 haben verschiedene Schemaversionen (%3 und %4)</translation>
    </message>
    <message>
        <source>%1 already holds a company: give --replace to replace it with %2&apos;s</source>
        <translation>%1 enthält bereits ein Unternehmen: mit --replace wird es durch das aus %2 ersetzt</translation>
    </message>
    <message>
        <source>%1; nothing was written to %2</source>
        <translation>%1; in %2 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the server asks a password for %1: put it in ~/.pgpass (or in the address)</source>
        <translation>der Server verlangt ein Passwort für %1: hinterlegen Sie es in ~/.pgpass (oder in der Adresse)</translation>
    </message>
    <message>
        <source>the server refused the login of %1 (wrong user name or password)</source>
        <translation>der Server hat die Anmeldung von %1 abgelehnt (falscher Benutzername oder falsches Passwort)</translation>
    </message>
    <message>
        <source>the server %1 has no database %2</source>
        <translation>auf dem Server %1 gibt es keine Datenbank %2</translation>
    </message>
    <message>
        <source>cannot reach the server %1 (is it running, and is the address right?)</source>
        <translation>der Server %1 ist nicht erreichbar (läuft er, und ist die Adresse richtig?)</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>die TLS-Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2. Nothing was changed. (%3)</source>
        <translation>keine Verbindung zu %1 möglich: %2. Es wurde nichts geändert. (%3)</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot; in %2: expected one of %3</source>
        <translation>unbekannter sslmode &quot;%1&quot; in %2: erwartet wird einer der Werte %3</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>best-customer criteria</source>
        <translation>Bestkunden-Kriterien</translation>
    </message>
    <message>
        <source>exit calls</source>
        <translation>Exit-Anrufe</translation>
    </message>
    <message>
        <source>reality check</source>
        <translation>Realitätscheck</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>the company&apos;s data (an import)</source>
        <translation>Unternehmensdaten (ein Import)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 changed on another desk at %2; the figures are up to date</source>
        <translation>%1 um %2 an einem anderen Arbeitsplatz geändert; die Kennzahlen sind auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>%1 changed on another desk by %2 at %3; the figures are up to date</source>
        <translation>%1 um %3 von %2 an einem anderen Arbeitsplatz geändert; die Kennzahlen sind auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>internal error: %1 targets seen for %2 changes</source>
        <translation>interner Fehler: %1 gelesene Ziele für %2 Änderungen</translation>
    </message>
    <message>
        <source>changed on another desk meanwhile; nothing was saved</source>
        <translation>inzwischen an einem anderen Arbeitsplatz geändert; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the database role %1 may read and present this company but not change it (a read-only role); its administrator grants more with &quot;accountable grant&quot;</source>
        <translation>die Datenbankrolle %1 darf dieses Unternehmen lesen und präsentieren, aber nicht ändern (eine Rolle nur mit Leserechten); weitere Rechte vergibt die Datenbankadministration mit &quot;accountable grant&quot;</translation>
    </message>
    <message>
        <source>%1 is in a place that cannot be written (a read-only file, folder or disk)</source>
        <translation>%1 liegt an einem Ort, an dem nicht geschrieben werden kann (Datei, Ordner oder Datenträger ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>roles belong to PostgreSQL; an SQLite company is read-only through its file&apos;s permissions</source>
        <translation>Rollen gibt es nur bei PostgreSQL; ein SQLite-Unternehmen wird über die Berechtigungen seiner Datei schreibgeschützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name here: letters, digits (not first) and _, at most 63</source>
        <translation>&quot;%1&quot; ist hier kein gültiger Rollenname: Buchstaben, Ziffern (nicht am Anfang) und _, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>cannot grant %1 its access (nothing was changed): %2</source>
        <translation>der Zugriff für %1 kann nicht erteilt werden (es wurde nichts geändert): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved meanwhile as version %2 (this desk started from %3)</source>
        <translation>„%1“ wurde inzwischen als Version %2 gespeichert (dieser Arbeitsplatz ging von %3 aus)</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Accountable company; nothing was changed. To share a company there, copy it in (accountable copy --from FILE --to %1) or import its files (accountable import --db %1 FILES)</source>
        <translation>%1 ist eine leere Datenbank, kein Accountable-Unternehmen; nichts wurde geändert. Um dort ein Unternehmen zu teilen, kopieren Sie es hinein (accountable copy --from DATEI --to %1) oder importieren Sie seine Dateien (accountable import --db %1 DATEIEN)</translation>
    </message>
</context>
<context>
    <name>acc::AboutDialog</name>
    <message>
        <source>About Accountable</source>
        <translation>Über Accountable</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Accountable %1&lt;/h2&gt;&lt;p&gt;Holds an organisation accountable for its customers: the monthly customer-loss review, the quarterly accountability meeting, the best-customer criteria and the meeting pack.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Accountable %1&lt;/h2&gt;&lt;p&gt;Macht ein Unternehmen für seine Kunden verantwortlich: die monatliche Verlustanalyse, die Quartalsbesprechung zur Kundenverantwortung, die Bestkunden-Kriterien und die Sitzungsunterlagen.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz. Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Data folder (the demo company): %1</source>
        <translation>Datenordner (das Demo-Unternehmen): %1</translation>
    </message>
    <message>
        <source>Cache (customer-base fits): %1</source>
        <translation>Cache (angepasste Kundenmodelle): %1</translation>
    </message>
    <message>
        <source>Company open: %1</source>
        <translation>Geöffnetes Unternehmen: %1</translation>
    </message>
    <message>
        <source>Where Accountable keeps things</source>
        <translation>Wo Accountable seine Dateien ablegt</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Der Lizenztext fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>acc::ActionsModel</name>
    <message>
        <source>no company is open</source>
        <translation>kein Unternehmen ist geöffnet</translation>
    </message>
    <message>
        <source>no action is chosen</source>
        <translation>keine Maßnahme ausgewählt</translation>
    </message>
    <message>
        <source>%1; link a figure by its key (such as churn_rate) or a customer by their id</source>
        <translation>%1; verknüpfen Sie eine Kennzahl über ihren Schlüssel (z. B. churn_rate) oder einen Kunden über seine ID</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>Kennzahl: %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Termin</translation>
    </message>
    <message>
        <source>⚠ %1 · 1 day late</source>
        <translation>⚠ %1 · 1 Tag überfällig</translation>
    </message>
    <message>
        <source>⚠ %1 · %2 days late</source>
        <translation>⚠ %1 · %2 Tage überfällig</translation>
    </message>
    <message>
        <source>Overdue by %1 days on %2</source>
        <translation>Am %2 seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Press F2 to change the due date</source>
        <translation>Drücken Sie F2, um das Fälligkeitsdatum zu ändern</translation>
    </message>
    <message>
        <source>Type a figure&apos;s key (such as churn_rate) or a customer&apos;s id</source>
        <translation>Geben Sie den Schlüssel einer Kennzahl (z. B. churn_rate) oder die ID eines Kunden ein</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Erfasst von %1 am %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Another desk saved this action after you opened it: now &quot;%1&quot;, owner %2, due %3, %4. Your change was not saved.</source>
        <translation>An einem anderen Arbeitsplatz wurde diese Maßnahme gespeichert, nachdem Sie sie geöffnet hatten: jetzt &quot;%1&quot;, verantwortlich: %2, fällig: %3, %4. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Another desk deleted this action after you opened it. Your change was not saved.</source>
        <translation>An einem anderen Arbeitsplatz wurde diese Maßnahme gelöscht, nachdem Sie sie geöffnet hatten. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>acc::ActionsView</name>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>The actions could not be saved: %1</source>
        <translation>Die Maßnahmen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Actions &amp; ideas</source>
        <translation>Maßnahmen &amp; Ideen</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Neue Maßnahme</translation>
    </message>
    <message>
        <source>Record a new action or idea (Ctrl+N)</source>
        <translation>Eine neue Maßnahme oder Idee erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen action (Delete; undoable)</source>
        <translation>Die gewählte Maßnahme löschen (Entf; kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo the last change of the actions (Ctrl+Z)</source>
        <translation>Die letzte Änderung der Maßnahmen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>Die Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter nach Verantwortlichen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Eine Maßnahme löschen</translation>
    </message>
    <message>
        <source>Change an action</source>
        <translation>Eine Maßnahme ändern</translation>
    </message>
    <message>
        <source>Open a company to keep its actions.</source>
        <translation>Öffnen Sie ein Unternehmen, um seine Maßnahmen zu führen.</translation>
    </message>
    <message>
        <source>No actions yet. Press Ctrl+N to record what was agreed, who owns it and by when.</source>
        <translation>Noch keine Maßnahmen. Drücken Sie Strg+N, um festzuhalten, was vereinbart wurde, wer verantwortlich ist und bis wann.</translation>
    </message>
    <message>
        <source>Actions: %1 open, %2 in progress, %3 done, %4 dropped.</source>
        <translation>Maßnahmen: %1 offen, %2 in Arbeit, %3 erledigt, %4 verworfen.</translation>
    </message>
    <message>
        <source>⚠ %1 overdue.</source>
        <translation>⚠ %1 überfällig.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Export the actions as CSV</source>
        <translation>Maßnahmen als CSV exportieren</translation>
    </message>
    <message>
        <source>actions.csv</source>
        <translation>massnahmen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Die Tabelle konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Action changed on another desk</source>
        <translation>Maßnahme an einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>Reloaded: the actions as saved on the other desk</source>
        <translation>Neu geladen: die Maßnahmen, wie sie am anderen Arbeitsplatz gespeichert wurden</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>acc::AtRiskModel</name>
    <message>
        <source>Overdue &amp; unlikely</source>
        <translation>Überfällig &amp; unwahrscheinlich</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Rückkehr unwahrscheinlich</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Customer
ID</source>
        <translation>Kunden-
ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Warum gelistet</translation>
    </message>
    <message>
        <source>Value at stake (revenue 12 months)</source>
        <translation>Gefährdeter Wert (Umsatz 12 Monate)</translation>
    </message>
    <message>
        <source>Value
at stake</source>
        <translation>Gefährdeter
Wert</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Expected value (next 12 months)</source>
        <translation>Erwarteter Wert (nächste 12 Monate)</translation>
    </message>
    <message>
        <source>Expected
12 months</source>
        <translation>Erwartet
12 Monate</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Last
order</source>
        <translation>Letzte
Bestellung</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Tage seit der letzten Bestellung</translation>
    </message>
    <message>
        <source>Days since
last order</source>
        <translation>Tage seit
letzter Bestellung</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kundenbetreuer</translation>
    </message>
    <message>
        <source>Account
owner</source>
        <translation>Kunden-
betreuer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>acc::AtRiskView</name>
    <message>
        <source>At risk</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>How the list was made</source>
        <translation>Wie die Liste entstand</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Die Liste als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>Enter or double-click: open the customer in the Customers view</source>
        <translation>Eingabetaste oder Doppelklick: den Kunden in der Ansicht Kunden öffnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Rückkehr unwahrscheinlich</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Gefährdeter Wert</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Computed without the probability model: only overdue customers are listed.</source>
        <translation>Ohne Wahrscheinlichkeitsmodell berechnet: Nur überfällige Kunden sind aufgeführt.</translation>
    </message>
    <message>
        <source>too few customers with orders</source>
        <translation>zu wenige Kunden mit Bestellungen</translation>
    </message>
    <message>
        <source>The probability model could not be fitted (%1): only overdue customers are listed, without P(alive).</source>
        <translation>Das Wahrscheinlichkeitsmodell konnte nicht angepasst werden (%1): Nur überfällige Kunden sind aufgeführt, ohne P(aktiv).</translation>
    </message>
    <message>
        <source>Ranked by value at stake (revenue of the last 12 months). P(alive) from BG/NBD fitted on %1 customers%2.</source>
        <translation>Nach gefährdetem Wert geordnet (Umsatz der letzten 12 Monate). P(aktiv) aus BG/NBD, angepasst an %1 Kunden%2.</translation>
    </message>
    <message>
        <source> (did not converge)</source>
        <translation> (nicht konvergiert)</translation>
    </message>
    <message>
        <source>At risk on %1</source>
        <translation>Gefährdet am %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the customers at risk as CSV</source>
        <translation>Gefährdete Kunden als CSV exportieren</translation>
    </message>
    <message>
        <source>at-risk-%1.csv</source>
        <translation>gefaehrdete-kunden-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Fitting the probability model: the overdue customers are listed meanwhile.</source>
        <translation>Das Wahrscheinlichkeitsmodell wird angepasst: bis dahin sind die überfälligen Kunden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>acc::BestCustomersModel</name>
    <message>
        <source>Suspect</source>
        <translation>Potenzieller Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>First-time buyer</source>
        <translation>Erstkäufer</translation>
    </message>
    <message>
        <source>Repeat buyer</source>
        <translation>Wiederkäufer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Stammkunde</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Eingeschlafen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>By lifetime value, highest first (ties: customer ID)</source>
        <translation>Nach Kundenwert, höchster zuerst (bei Gleichstand: Kunden-ID)</translation>
    </message>
    <message>
        <source>Every order and refund up to the period&apos;s end</source>
        <translation>Alle Bestellungen und Erstattungen bis zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Orders and refunds in the 12 months up to the period&apos;s end</source>
        <translation>Bestellungen und Erstattungen in den 12 Monaten bis zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Orders (not refunds) in the 12 months up to the period&apos;s end</source>
        <translation>Bestellungen (ohne Erstattungen) in den 12 Monaten bis zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Probability that the customer is still buying (BG/NBD model)</source>
        <translation>Wahrscheinlichkeit, dass der Kunde noch kauft (BG/NBD-Modell)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kundenbetreuer</translation>
    </message>
    <message>
        <source>Account
owner</source>
        <translation>Kunden-
betreuer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Lifetime
value</source>
        <translation>Kunden-
wert</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Revenue
12 months</source>
        <translation>Umsatz
12 Monate</translation>
    </message>
    <message>
        <source>Orders (12 months)</source>
        <translation>Bestellungen (12 Monate)</translation>
    </message>
    <message>
        <source>Orders
12 months</source>
        <translation>Bestellungen
12 Monate</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
</context>
<context>
    <name>acc::BestCustomersView</name>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>80/20 curve of revenue</source>
        <translation>80/20-Kurve des Umsatzes</translation>
    </message>
    <message>
        <source>Category mix, best customers against the rest</source>
        <translation>Kategoriemix, beste Kunden im Vergleich zu den übrigen</translation>
    </message>
    <message>
        <source>Click a bar to list that group&apos;s customers who bought the category</source>
        <translation>Klicken Sie auf einen Balken, um die Kunden dieser Gruppe aufzulisten, die die Kategorie gekauft haben</translation>
    </message>
    <message>
        <source>Active customers by loyalty stage</source>
        <translation>Aktive Kunden nach Loyalitätsphase</translation>
    </message>
    <message>
        <source>Click a stage&apos;s bar to list its active customers</source>
        <translation>Klicken Sie auf den Balken einer Phase, um ihre aktiven Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Ranked &amp;list</source>
        <translation>&amp;Rangliste</translation>
    </message>
    <message>
        <source>Every customer with revenue in the last 12 months (active or not), ranked by it, as for the top 20 %&apos;s share; the best customers&apos; part in blue.</source>
        <translation>Alle Kunden mit Umsatz in den letzten 12 Monaten (aktiv oder nicht), danach geordnet wie für den Anteil der Top 20 %; der Teil der besten Kunden in Blau.</translation>
    </message>
    <message>
        <source>&amp;80/20 curve</source>
        <translation>&amp;80/20-Kurve</translation>
    </message>
    <message>
        <source>Each category&apos;s share of the group&apos;s revenue in the last 12 months (refunds included). Click a bar for the customers behind it.</source>
        <translation>Anteil jeder Kategorie am Umsatz der Gruppe in den letzten 12 Monaten (einschließlich Erstattungen). Klicken Sie auf einen Balken, um die Kunden dahinter zu sehen.</translation>
    </message>
    <message>
        <source>What they &amp;buy</source>
        <translation>Was sie &amp;kaufen</translation>
    </message>
    <message>
        <source>Active customers at the period&apos;s end by stage; best customers in blue. Click a bar for the stage&apos;s customers.</source>
        <translation>Aktive Kunden am Ende des Zeitraums nach Phase; beste Kunden in Blau. Klicken Sie auf einen Balken, um die Kunden der Phase zu sehen.</translation>
    </message>
    <message>
        <source>Loyalty &amp;stages</source>
        <translation>Loyalitäts&amp;phasen</translation>
    </message>
    <message>
        <source>Value vs &amp;demand</source>
        <translation>&amp;Wert vs. Aufwand</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the ranked list as a CSV file</source>
        <translation>Die Rangliste als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Best customers, ranked by lifetime value</source>
        <translation>Beste Kunden, nach Kundenwert geordnet</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it</source>
        <translation>Doppelklicken Sie auf einen Kunden oder drücken Sie die Eingabetaste, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>No best customers on %1</source>
        <translation>Keine besten Kunden am %1</translation>
    </message>
    <message>
        <source>1 best customer</source>
        <translation>1 bester Kunde</translation>
    </message>
    <message>
        <source>%1 best customers, ranked by lifetime value</source>
        <translation>%1 beste Kunden, nach Kundenwert geordnet</translation>
    </message>
    <message>
        <source>Best customers who bought %1 in the last 12 months</source>
        <translation>Beste Kunden, die in den letzten 12 Monaten %1 gekauft haben</translation>
    </message>
    <message>
        <source>Other active customers who bought %1 in the last 12 months</source>
        <translation>Übrige aktive Kunden, die in den letzten 12 Monaten %1 gekauft haben</translation>
    </message>
    <message>
        <source>Active customers at the stage %1</source>
        <translation>Aktive Kunden in der Phase %1</translation>
    </message>
    <message>
        <source>Demanding high-value corner: top 20 % by revenue with 1 or more contacts, last 12 months</source>
        <translation>Wertvolle, betreuungsintensive Kunden: Top 20 % nach Umsatz mit 1 oder mehr Kontakten, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Demanding high-value corner: top 20 % by revenue with %1 or more contacts, last 12 months</source>
        <translation>Wertvolle, betreuungsintensive Kunden: Top 20 % nach Umsatz mit %1 oder mehr Kontakten, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Best customer no. %1</source>
        <translation>Bestkunde Nr. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export best customers as CSV</source>
        <translation>Beste Kunden als CSV exportieren</translation>
    </message>
    <message>
        <source>best-customers-%1.csv</source>
        <translation>beste-kunden-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>acc::CategoryMixChart</name>
    <message>
        <source>What they buy, last 12 months</source>
        <translation>Was sie kaufen, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Other active customers</source>
        <translation>Übrige aktive Kunden</translation>
    </message>
    <message>
        <source>Share of the group&apos;s revenue (%)</source>
        <translation>Anteil am Umsatz der Gruppe (%)</translation>
    </message>
    <message>
        <source>Click to list the customers</source>
        <translation>Klicken, um die Kunden aufzulisten</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Kein Umsatz</translation>
    </message>
</context>
<context>
    <name>acc::CategoryMixModel</name>
    <message>
        <source>Other categories (%1)</source>
        <translation>Andere Kategorien (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Anteil der besten Kunden</translation>
    </message>
    <message>
        <source>Other active customers&apos; share</source>
        <translation>Anteil der übrigen aktiven Kunden</translation>
    </message>
    <message>
        <source>Best customers&apos; revenue</source>
        <translation>Umsatz der besten Kunden</translation>
    </message>
    <message>
        <source>Other active customers&apos; revenue</source>
        <translation>Umsatz der übrigen aktiven Kunden</translation>
    </message>
</context>
<context>
    <name>acc::ChangeListener</name>
    <message>
        <source>cannot listen for other desks&apos; changes: %1</source>
        <translation>Änderungen an anderen Arbeitsplätzen können nicht empfangen werden: %1</translation>
    </message>
</context>
<context>
    <name>acc::ColumnMappingModel</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>(missing: choose a column)</source>
        <translation>(fehlt: Spalte auswählen)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
</context>
<context>
    <name>acc::ComplaintsTrendChart</name>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwerden je 100 Kunden</translation>
    </message>
    <message>
        <source>Per 100 customers</source>
        <translation>Je 100 Kunden</translation>
    </message>
</context>
<context>
    <name>acc::ConnectDialog</name>
    <message>
        <source>Connect to a shared company</source>
        <translation>Mit einem gemeinsam genutzten Unternehmen verbinden</translation>
    </message>
    <message>
        <source>A company on a PostgreSQL server, shared by the leadership team. The password is not stored: leave it empty to use ~/.pgpass.</source>
        <translation>Ein Unternehmen auf einem PostgreSQL-Server, das das Führungsteam gemeinsam nutzt. Das Passwort wird nicht gespeichert: Lassen Sie es leer, um ~/.pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>the company&apos;s database</source>
        <translation>die Datenbank des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Immer verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate and name checked</source>
        <translation>Verschlüsselt, Zertifikat und Name des Servers geprüft</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Nie verschlüsselt</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>acc::ContactCategoryModel</name>
    <message>
        <source>Rescue</source>
        <translation>Rettung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>Kontaktanteil</translation>
    </message>
    <message>
        <source>Share of
contacts</source>
        <translation>Kontakt-
anteil</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>acc::CriteriaDialog</name>
    <message>
        <source>Best-customer criteria</source>
        <translation>Bestkunden-Kriterien</translation>
    </message>
    <message>
        <source>In force: %1, version %2 (the figures of %3)</source>
        <translation>Derzeit gültig: %1, Version %2 (Kennzahlen von %3)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Au&amp;thor:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The company database cannot be opened for saving: %1</source>
        <translation>Die Unternehmensdatenbank kann nicht zum Speichern geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The company database cannot be opened for saving.</source>
        <translation>Die Unternehmensdatenbank kann nicht zum Speichern geöffnet werden.</translation>
    </message>
    <message>
        <source>A rule has a problem (marked in red): correct it to save.</source>
        <translation>Eine Regel ist fehlerhaft (rot markiert): Korrigieren Sie sie, um zu speichern.</translation>
    </message>
    <message>
        <source>The set needs a name.</source>
        <translation>Der Kriteriensatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>Say who saves this version (Author).</source>
        <translation>Geben Sie an, wer diese Version speichert (Autor).</translation>
    </message>
    <message>
        <source>Stores these rules as a new version of &quot;%1&quot; (the earlier versions are kept) and puts it in force</source>
        <translation>Speichert diese Regeln als neue Version von &quot;%1&quot; (die früheren Versionen bleiben erhalten) und setzt sie in Kraft</translation>
    </message>
    <message>
        <source>The stored versions cannot be read: %1</source>
        <translation>Die gespeicherten Versionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as version %1, but it could not be put in force: %2</source>
        <translation>Als Version %1 gespeichert, konnte aber nicht in Kraft gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The rules were changed and not saved. Close and discard the changes?</source>
        <translation>Die Regeln wurden geändert und nicht gespeichert. Schließen und die Änderungen verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) (History tab)</source>
        <translation>
            <numerusform>… und %n weitere Änderung (Reiter Verlauf)</numerusform>
            <numerusform>… und %n weitere Änderungen (Reiter Verlauf)</numerusform>
        </translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>einem anderen Arbeitsplatz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 was saved by %3 %4 while you were editing version %5.</source>
        <translation>„%1“ Version %2 wurde von %3 %4 gespeichert, während Sie Version %5 bearbeitet haben.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>Deren Änderungen:</translation>
    </message>
    <message>
        <source>Criteria changed on another desk</source>
        <translation>Kriterien an einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>Version %1 by %2 is loaded; Undo (Ctrl+Z) brings your rules back.</source>
        <translation>Version %1 von %2 ist geladen; Rückgängig (Strg+Z) bringt Ihre Regeln zurück.</translation>
    </message>
</context>
<context>
    <name>acc::CriteriaSummary</name>
    <message>
        <source>Criteria in force</source>
        <translation>Geltende Kriterien</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Edit criteria…</source>
        <translation>Kriterien &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change what makes a best customer and save a new version</source>
        <translation>Festlegen, was einen Bestkunden ausmacht, und eine neue Version speichern</translation>
    </message>
    <message>
        <source>Best-customer criteria</source>
        <translation>Bestkunden-Kriterien</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Criteria in force: %1, version %2</source>
        <translation>Geltende Kriterien: %1, Version %2</translation>
    </message>
    <message>
        <source>(and %1 more: see the tooltip)</source>
        <translation>(und %1 weitere: siehe Tooltip)</translation>
    </message>
</context>
<context>
    <name>acc::CsvPreviewModel</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>acc::CustomerDetail</name>
    <message>
        <source>Choose a customer in the list to see its orders, contacts and feedback.</source>
        <translation>Wählen Sie einen Kunden in der Liste, um seine Bestellungen, Kontakte und sein Feedback zu sehen.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Account owner: %1</source>
        <translation>Kundenbetreuer: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Am %1: %2</translation>
    </message>
    <message>
        <source>Acquired %1</source>
        <translation>Gewonnen am %1</translation>
    </message>
    <message>
        <source>Lost %1 (%2)</source>
        <translation>Verloren am %1 (%2)</translation>
    </message>
    <message>
        <source>Won back %1</source>
        <translation>Zurückgewonnen am %1</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Last order %1</source>
        <translation>Letzte Bestellung %1</translation>
    </message>
    <message>
        <source>No order yet</source>
        <translation>Noch keine Bestellung</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 in 12 Monaten</translation>
    </message>
    <message>
        <source>Best customer</source>
        <translation>Bestkunde</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Criteria in force</source>
        <translation>Geltende Kriterien</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Chance still buying</source>
        <translation>Chance auf weitere Käufe</translation>
    </message>
    <message>
        <source>No order to judge by</source>
        <translation>Keine Bestellung als Grundlage</translation>
    </message>
    <message>
        <source>Expected (12 months)</source>
        <translation>Erwartet (12 Monate)</translation>
    </message>
    <message>
        <source>%1 orders expected</source>
        <translation>%1 Bestellungen erwartet</translation>
    </message>
    <message>
        <source>The customer&apos;s history up to %1</source>
        <translation>Verlauf des Kunden bis %1</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Bestell. (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <source>Feedback (%1)</source>
        <translation>Feedback (%1)</translation>
    </message>
</context>
<context>
    <name>acc::CustomerFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>acc::CustomerHistoryModel</name>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Rettung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>acc::CustomersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Where the customer stands on %1</source>
        <translation>Stand des Kunden am %1</translation>
    </message>
    <message>
        <source>Order amounts, refunds included, in the 365 days up to %1</source>
        <translation>Bestellbeträge einschließlich Erstattungen in den 365 Tagen bis %1</translation>
    </message>
    <message>
        <source>Every order amount up to %1, refunds included</source>
        <translation>Alle Bestellbeträge bis %1, einschließlich Erstattungen</translation>
    </message>
    <message>
        <source>Orders (not refunds) up to %1</source>
        <translation>Bestellungen (ohne Erstattungen) bis %1</translation>
    </message>
    <message>
        <source>In the best-customer list of the criteria in force</source>
        <translation>In der Bestkundenliste der geltenden Kriterien</translation>
    </message>
    <message>
        <source>Probability that the customer is still buying (BG/NBD model); none without an order</source>
        <translation>Wahrscheinlichkeit, dass der Kunde noch kauft (BG/NBD-Modell); ohne Bestellung keine</translation>
    </message>
    <message>
        <source>Expected revenue in the next 12 months (BG/NBD and Gamma-Gamma models)</source>
        <translation>Erwarteter Umsatz in den nächsten 12 Monaten (BG/NBD- und Gamma-Gamma-Modell)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kundenbetreuer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bestkunde</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Expected value (12 months)</source>
        <translation>Erwarteter Wert (12 Monate)</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Potenzieller Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>First-time customer</source>
        <translation>Erstkunde</translation>
    </message>
    <message>
        <source>Repeat customer</source>
        <translation>Wiederholungskunde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Stammkunde</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Eingeschlafen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Won back on %1</source>
        <translation>Zurückgewonnen am %1</translation>
    </message>
    <message>
        <source>Lost on %1 (%2)</source>
        <translation>Verloren am %1 (%2)</translation>
    </message>
    <message>
        <source>Not yet acquired</source>
        <translation>Noch nicht gewonnen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>acc::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Angezeigte Kunden</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>Alle &amp;Kunden zeigen</translation>
    </message>
    <message>
        <source>Leave the drill-down and the search (Esc)</source>
        <translation>Auswahl und Suche aufheben (Esc)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Every word must appear in the customer&apos;s ID, name, segment, region or account owner; case and accents do not matter (Ctrl+F)</source>
        <translation>Jedes Wort muss in ID, Name, Segment, Region oder Kundenbetreuer des Kunden vorkommen; Groß-/Kleinschreibung und Akzente spielen keine Rolle (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered and sorted) as a CSV file</source>
        <translation>Die Tabelle wie angezeigt (gefiltert und sortiert) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Selected customers</source>
        <translation>Ausgewählte Kunden</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Every customer · %1 of %2 match the search</source>
        <translation>Alle Kunden · %1 von %2 passen zur Suche</translation>
    </message>
    <message>
        <source>Every customer · 1 customer</source>
        <translation>Alle Kunden · 1 Kunde</translation>
    </message>
    <message>
        <source>Every customer · %1 customers</source>
        <translation>Alle Kunden · %1 Kunden</translation>
    </message>
    <message>
        <source>%1 · 1 customer</source>
        <translation>%1 · 1 Kunde</translation>
    </message>
    <message>
        <source>%1 · %2 customers</source>
        <translation>%1 · %2 Kunden</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 match the search</source>
        <translation>%1 · %2 von %3 passen zur Suche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>customers-%1.csv</source>
        <translation>kunden-%1.csv</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <source>Export customers as CSV</source>
        <translation>Kunden als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>acc::ExitCallDialog</name>
    <message>
        <source>Exit call</source>
        <translation>Exit-Anruf</translation>
    </message>
    <message>
        <source>the executive who calls</source>
        <translation>die anrufende Führungskraft</translation>
    </message>
    <message>
        <source>the reason the customer gave</source>
        <translation>der vom Kunden genannte Grund</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Anrufer:</translation>
    </message>
    <message>
        <source>&amp;Call by:</source>
        <translation>Anruf &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;reason:</source>
        <translation>&amp;Grund des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Win-back chance:</source>
        <translation>&amp;Rückgewinnungschance:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>acc::FigureTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>acc::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>&amp;Alle Kunden zeigen</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Account &amp;owner</source>
        <translation>Kunden&amp;betreuer</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Every view shows all customers. Choose a segment, region or owner to show only theirs (Ctrl+Shift+F).</source>
        <translation>Alle Ansichten zeigen alle Kunden. Wählen Sie ein Segment, eine Region oder einen Betreuer, um nur deren Kunden zu zeigen (Strg+Umschalt+F).</translation>
    </message>
    <message>
        <source>Every view, export and pack shows only these customers: %1</source>
        <translation>Alle Ansichten, Exporte und Sitzungsunterlagen zeigen nur diese Kunden: %1</translation>
    </message>
</context>
<context>
    <name>acc::FollowThroughModel</name>
    <message>
        <source>Feedback right after the sale</source>
        <translation>Feedback direkt nach dem Kauf</translation>
    </message>
    <message>
        <source>Followed up down the line</source>
        <translation>Später nachgefasst</translation>
    </message>
    <message>
        <source>Re-engaged into a new order</source>
        <translation>Mit neuer Bestellung reaktiviert</translation>
    </message>
    <message>
        <source>%1 of %2 customers who ordered</source>
        <translation>%1 von %2 Kunden mit Bestellung</translation>
    </message>
    <message>
        <source>%1 of %2 active customers</source>
        <translation>%1 von %2 aktiven Kunden</translation>
    </message>
    <message>
        <source>%1 of %2 revenue contacts</source>
        <translation>%1 von %2 Umsatzkontakten</translation>
    </message>
    <message>
        <source>Customers who ordered and answered within 30 days</source>
        <translation>Kunden, die bestellt und binnen 30 Tagen geantwortet haben</translation>
    </message>
    <message>
        <source>Customers who ordered and did not answer within 30 days</source>
        <translation>Kunden, die bestellt und binnen 30 Tagen nicht geantwortet haben</translation>
    </message>
    <message>
        <source>Active customers with a relationship contact in the last 180 days</source>
        <translation>Aktive Kunden mit Beziehungskontakt in den letzten 180 Tagen</translation>
    </message>
    <message>
        <source>Active customers not followed up in the last 180 days</source>
        <translation>Aktive Kunden ohne Nachfassen in den letzten 180 Tagen</translation>
    </message>
    <message>
        <source>Customers re-engaged: a revenue contact led to an order within 60 days</source>
        <translation>Reaktivierte Kunden: Ein Umsatzkontakt führte binnen 60 Tagen zu einer Bestellung</translation>
    </message>
    <message>
        <source>Customers whose revenue contacts led to no order within 60 days</source>
        <translation>Kunden, deren Umsatzkontakte binnen 60 Tagen zu keiner Bestellung führten</translation>
    </message>
    <message>
        <source>Customers who ordered in the period, and of them those who answered within 30 days</source>
        <translation>Kunden mit Bestellung im Zeitraum und davon jene, die binnen 30 Tagen geantwortet haben</translation>
    </message>
    <message>
        <source>Active customers at the end, and of them those with a relationship contact in 180 days</source>
        <translation>Aktive Kunden am Ende und davon jene mit Beziehungskontakt in 180 Tagen</translation>
    </message>
    <message>
        <source>Revenue contacts in the period, and of them those followed by an order within 60 days</source>
        <translation>Umsatzkontakte im Zeitraum und davon jene, auf die binnen 60 Tagen eine Bestellung folgte</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Was gezählt wird</translation>
    </message>
</context>
<context>
    <name>acc::FollowThroughView</name>
    <message>
        <source>Answered (%1)</source>
        <translation>Geantwortet (%1)</translation>
    </message>
    <message>
        <source>Did not answer (%1)</source>
        <translation>Nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>Followed up (%1)</source>
        <translation>Nachgefasst (%1)</translation>
    </message>
    <message>
        <source>Not followed up (%1)</source>
        <translation>Nicht nachgefasst (%1)</translation>
    </message>
    <message>
        <source>Customers re-engaged</source>
        <translation>Reaktivierte Kunden</translation>
    </message>
    <message>
        <source>Customers with no new order</source>
        <translation>Kunden ohne neue Bestellung</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Nachbetreuung</translation>
    </message>
    <message>
        <source>Save the follow-through figures as a CSV file</source>
        <translation>Die Kennzahlen der Nachbetreuung als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Follow-through figures</source>
        <translation>Kennzahlen der Nachbetreuung</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to list the customers it missed</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um die verfehlten Kunden aufzulisten</translation>
    </message>
    <message>
        <source>After the sale, %1</source>
        <translation>Nach dem Kauf, %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the follow-through figures as CSV</source>
        <translation>Kennzahlen der Nachbetreuung als CSV exportieren</translation>
    </message>
    <message>
        <source>follow-through-%1.csv</source>
        <translation>nachbetreuung-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>acc::HelpDialog</name>
    <message>
        <source>Accountable user guide</source>
        <translation>Benutzerhandbuch von Accountable</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide: %1</source>
        <translation>Benutzerhandbuch: %1</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Die Kennzahlen</translation>
    </message>
    <message>
        <source>Working the view</source>
        <translation>Arbeiten mit der Ansicht</translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation>Eine Besprechung leiten</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Alle Ansichten</translation>
    </message>
</context>
<context>
    <name>acc::HistoryPage</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Versi&amp;onen</translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>R&amp;estore this version</source>
        <translation>Diese Version wie&amp;derherstellen</translation>
    </message>
    <message>
        <source>Loads the chosen version into the rules (undo with Ctrl+Z); saving it makes a new version</source>
        <translation>Lädt die gewählte Version in die Regeln (rückgängig mit Strg+Z); beim Speichern entsteht eine neue Version</translation>
    </message>
    <message>
        <source>The rules being edited</source>
        <translation>Die bearbeiteten Regeln</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Die gewählte Version</translation>
    </message>
    <message>
        <source>No version of this name is stored yet</source>
        <translation>Unter diesem Namen ist noch keine Version gespeichert</translation>
    </message>
    <message>
        <source>Choose a version</source>
        <translation>Wählen Sie eine Version</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>Version %1, gespeichert von %2 (%3)</translation>
    </message>
    <message>
        <source>The rules being edited have a problem (marked in red on the Rules page); they are compared once it is corrected.</source>
        <translation>Die bearbeiteten Regeln sind fehlerhaft (auf der Seite Regeln rot markiert); sie werden verglichen, sobald der Fehler korrigiert ist.</translation>
    </message>
    <message>
        <source>The rules being edited say what version %1 says.</source>
        <translation>Die bearbeiteten Regeln sagen dasselbe wie Version %1.</translation>
    </message>
    <message>
        <source>What differs from version %1:</source>
        <translation>Unterschiede zu Version %1:</translation>
    </message>
</context>
<context>
    <name>acc::ImportFilesModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Unknown kind of file: choose what it holds</source>
        <translation>Unbekannte Dateiart: Wählen Sie aus, was sie enthält</translation>
    </message>
    <message>
        <source>Columns to map</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Ready (remembered column mapping)</source>
        <translation>Bereit (gespeicherte Spaltenzuordnung)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>acc::ImportFilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>Dateien für den Import auswählen</translation>
    </message>
    <message>
        <source>Customers, orders, contacts, feedback and spend exports (CSV). Drop files here or add them; each file&apos;s kind is recognised from its header.</source>
        <translation>Exporte von Kunden, Bestellungen, Kontakten, Feedback und Ausgaben (CSV). Legen Sie Dateien hier ab oder fügen Sie sie hinzu; die Art jeder Datei wird an ihrer Kopfzeile erkannt.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (ISO 8601)</source>
        <translation>YYYY-MM-DD (ISO 8601)</translation>
    </message>
    <message>
        <source>Only for exports that write dates otherwise, e.g. dd.MM.yyyy or MM/dd/yyyy</source>
        <translation>Nur für Exporte, die Datumsangaben anders schreiben, z. B. dd.MM.yyyy oder MM/dd/yyyy</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Dateien zum Importieren hinzufügen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Replace the whole company with these files (data of kinds without a file is deleted)</source>
        <translation>Das gesamte &amp;Unternehmen durch diese Dateien ersetzen (Datenarten ohne Datei werden gelöscht)</translation>
    </message>
</context>
<context>
    <name>acc::ImportJobPage</name>
    <message>
        <source>&amp;Save the list as CSV…</source>
        <translation>Liste als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Daten prüfen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Every row of every file is checked before anything is written.</source>
        <translation>Jede Zeile jeder Datei wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>All files are written in one transaction: all of it, or nothing.</source>
        <translation>Alle Dateien werden in einer einzigen Transaktion geschrieben: alles oder nichts.</translation>
    </message>
    <message>
        <source>Reading %1 … %2 rows</source>
        <translation>%1 wird gelesen … %2 Zeilen</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the data is exactly as before.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben; die Daten sind unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing was written.</source>
        <translation>
            <numerusform>%n Fehler gefunden. Es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Fehler gefunden. Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first 100 are listed; save the list as CSV to see them all.</source>
        <translation>Die ersten 100 sind aufgeführt; speichern Sie die Liste als CSV, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Fix the files and import again.</source>
        <translation>Korrigieren Sie die Dateien und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: %2 rows, all valid</source>
        <translation>%1: %2 Zeilen, alle gültig</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3 added, %4 updated)</source>
        <translation>%1: %2 Zeilen (%3 hinzugefügt, %4 aktualisiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the rows were accepted; see the list below.</source>
        <translation>
            <numerusform>%n Warnung: Die Zeilen wurden übernommen; siehe Liste unten.</numerusform>
            <numerusform>%n Warnungen: Die Zeilen wurden übernommen; siehe Liste unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Every view now shows the new data.</source>
        <translation>Importiert. Alle Ansichten zeigen jetzt die neuen Daten.</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Liste der Probleme speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Ersetzt: %1.</translation>
    </message>
    <message>
        <source>Replace the whole company</source>
        <translation>Das gesamte Unternehmen ersetzen</translation>
    </message>
    <message>
        <source>Every customer, order, contact, answer and spend row held now is deleted, and the company becomes exactly these files: kinds of data without a file end empty.

Replace the whole company?</source>
        <translation>Alle jetzt gespeicherten Kunden, Bestellungen, Kontakte, Antworten und Ausgabenzeilen werden gelöscht, und das Unternehmen besteht danach genau aus diesen Dateien: Datenarten ohne Datei bleiben leer.

Das gesamte Unternehmen ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>acc::ImportMappingPage</name>
    <message>
        <source>R&amp;emember this mapping for exports with the same columns</source>
        <translation>Diese Zuordnung für Exporte mit denselben Spalten &amp;merken</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Tell Accountable which column of each export holds which field. Fields marked * are required.</source>
        <translation>Geben Sie an, welche Spalte jedes Exports welches Feld enthält. Mit * markierte Felder sind erforderlich.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Erforderliche Felder ohne Spalte: %1</translation>
    </message>
    <message>
        <source>Columns chosen for two fields: %1</source>
        <translation>Für zwei Felder gewählte Spalten: %1</translation>
    </message>
    <message>
        <source>%1 still needs its columns mapped</source>
        <translation>Für %1 müssen noch Spalten zugeordnet werden</translation>
    </message>
    <message>
        <source>✔ Every required field has a column.</source>
        <translation>✔ Jedem erforderlichen Feld ist eine Spalte zugeordnet.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
</context>
<context>
    <name>acc::ImportMessagesModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>acc::ImportWizard</name>
    <message>
        <source>Import customer data</source>
        <translation>Kundendaten importieren</translation>
    </message>
</context>
<context>
    <name>acc::ListeningTrendModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotoren (9-10)</translation>
    </message>
    <message>
        <source>Promoters
9-10</source>
        <translation>Promotoren
9-10</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passive (7-8)</translation>
    </message>
    <message>
        <source>Passives
7-8</source>
        <translation>Passive
7-8</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detraktoren (0-6)</translation>
    </message>
    <message>
        <source>Detractors
0-6</source>
        <translation>Detraktoren
0-6</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>Kunden zu Beginn</translation>
    </message>
    <message>
        <source>Customers
at start</source>
        <translation>Kunden
zu Beginn</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwerden je 100 Kunden</translation>
    </message>
    <message>
        <source>Complaints
per 100</source>
        <translation>Beschwerden
je 100</translation>
    </message>
</context>
<context>
    <name>acc::ListeningView</name>
    <message>
        <source>Listening &amp; service</source>
        <translation>Kundenstimmen &amp; Service</translation>
    </message>
    <message>
        <source>NPS with promoters, passives and detractors by period</source>
        <translation>NPS mit Promotoren, Passiven und Detraktoren nach Zeitraum</translation>
    </message>
    <message>
        <source>Click a part of a bar to list its promoters, passives or detractors</source>
        <translation>Klicken Sie auf einen Balkenteil, um dessen Promotoren, Passive oder Detraktoren aufzulisten</translation>
    </message>
    <message>
        <source>Complaints per 100 customers by period</source>
        <translation>Beschwerden je 100 Kunden nach Zeitraum</translation>
    </message>
    <message>
        <source>Click a bar to list the customers who complained in that period</source>
        <translation>Klicken Sie auf einen Balken, um die Kunden aufzulisten, die sich in diesem Zeitraum beschwert haben</translation>
    </message>
    <message>
        <source>Reasons that drove customers away</source>
        <translation>Gründe, aus denen Kunden abgewandert sind</translation>
    </message>
    <message>
        <source>Click a reason&apos;s bar to list the customers lost for it</source>
        <translation>Klicken Sie auf den Balken eines Verlustgrunds, um die aus diesem Grund verlorenen Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Customers of the period:</source>
        <translation>Kunden des Zeitraums:</translation>
    </message>
    <message>
        <source>&amp;Detractors</source>
        <translation>&amp;Detraktoren</translation>
    </message>
    <message>
        <source>&amp;Complainants</source>
        <translation>&amp;Beschwerden</translation>
    </message>
    <message>
        <source>&amp;Outside SLA</source>
        <translation>&amp;Außer SLA</translation>
    </message>
    <message>
        <source>&amp;Rescue contacts</source>
        <translation>&amp;Rettungen</translation>
    </message>
    <message>
        <source>&amp;Not rescued</source>
        <translation>&amp;Nicht gerettet</translation>
    </message>
    <message>
        <source>Open the Customers view on: %1</source>
        <translation>Die Ansicht Kunden öffnen mit: %1</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the trend table as a CSV file</source>
        <translation>Die Verlaufstabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Listening trend</source>
        <translation>Verlauf der Kundenstimmen</translation>
    </message>
    <message>
        <source>Enter or double-click a row: the customers who answered in that period</source>
        <translation>Eingabetaste oder Doppelklick auf eine Zeile: die Kunden, die in diesem Zeitraum geantwortet haben</translation>
    </message>
    <message>
        <source>NPS and answers, last 13 months</source>
        <translation>NPS und Antworten, letzte 13 Monate</translation>
    </message>
    <message>
        <source>NPS and answers, last 8 quarters</source>
        <translation>NPS und Antworten, letzte 8 Quartale</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwerden je 100 Kunden</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Warum Kunden abgewandert sind, %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Warum Kunden abgewandert sind</translation>
    </message>
    <message>
        <source>Customers of %1:</source>
        <translation>Kunden, %1:</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Complaints per 100</source>
        <translation>Beschwerden je 100</translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>Im SLA gelöst</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Median Lösungsdauer</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Rettungsquote</translation>
    </message>
    <message>
        <source>Export the listening trend as CSV</source>
        <translation>Verlauf der Kundenstimmen als CSV exportieren</translation>
    </message>
    <message>
        <source>listening-%1.csv</source>
        <translation>kundenstimmen-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>acc::LossBreakdownModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kundenbetreuer</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Verlorener Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Share of lost value</source>
        <translation>Anteil am verlorenen Umsatz</translation>
    </message>
</context>
<context>
    <name>acc::LossReviewView</name>
    <message>
        <source>Lost customers and lost value by month</source>
        <translation>Verlorene Kunden und verlorener Umsatz nach Monat</translation>
    </message>
    <message>
        <source>Loss reasons by lost value</source>
        <translation>Verlustgründe nach verlorenem Umsatz</translation>
    </message>
    <message>
        <source>Click a month&apos;s bar to list the customers lost that month</source>
        <translation>Klicken Sie auf den Balken eines Monats, um die in diesem Monat verlorenen Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Click a reason&apos;s bar to list the customers lost for it</source>
        <translation>Klicken Sie auf den Balken eines Verlustgrunds, um die aus diesem Grund verlorenen Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Angezeigte Kunden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>List the customers lost in one month (Ctrl+M)</source>
        <translation>Die in einem Monat verlorenen Kunden auflisten (Strg+M)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>List the customers lost for one reason (Ctrl+R)</source>
        <translation>Die aus einem Verlustgrund verlorenen Kunden auflisten (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Verlustgrund:</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every customer lost in the period (Esc)</source>
        <translation>Alle im Zeitraum verlorenen Kunden anzeigen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>Tabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Loss review</source>
        <translation>Verlustanalyse</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Warum Kunden abgewandert sind, %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Warum Kunden abgewandert sind</translation>
    </message>
    <message>
        <source>Whole period (%1)</source>
        <translation>Gesamter Zeitraum (%1)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Verlustgründe</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Lost in %1 · 1 customer · %2</source>
        <translation>Verloren: %1 · 1 Kunde · %2</translation>
    </message>
    <message>
        <source>Lost in %1 · %2 customers · %3</source>
        <translation>Verloren: %1 · %2 Kunden · %3</translation>
    </message>
    <message>
        <source>Lost in %1 · Reason: %2 · 1 customer · %3</source>
        <translation>Verloren: %1 · Verlustgrund: %2 · 1 Kunde · %3</translation>
    </message>
    <message>
        <source>Lost in %1 · Reason: %2 · %3 customers · %4</source>
        <translation>Verloren: %1 · Verlustgrund: %2 · %3 Kunden · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>lost-customers-%1.csv</source>
        <translation>verlorene-kunden-%1.csv</translation>
    </message>
    <message>
        <source>Export lost customers as CSV</source>
        <translation>Verlorene Kunden als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Lost customers by segment</source>
        <translation>Verlorene Kunden nach Segment</translation>
    </message>
    <message>
        <source>Lost customers by account owner</source>
        <translation>Verlorene Kunden nach Kundenbetreuer</translation>
    </message>
    <message>
        <source>By &amp;segment</source>
        <translation>Nach &amp;Segment</translation>
    </message>
    <message>
        <source>By o&amp;wner</source>
        <translation>Nach &amp;Betreuer</translation>
    </message>
    <message>
        <source>lost-by-segment-%1.csv</source>
        <translation>verlorene-nach-segment-%1.csv</translation>
    </message>
    <message>
        <source>lost-by-owner-%1.csv</source>
        <translation>verlorene-nach-betreuer-%1.csv</translation>
    </message>
    <message>
        <source>Enter or double-click: open the customer in the Customers view</source>
        <translation>Eingabetaste oder Doppelklick: den Kunden in der Ansicht Kunden öffnen</translation>
    </message>
    <message>
        <source>E&amp;xit call…</source>
        <translation>Exit-&amp;Anruf…</translation>
    </message>
    <message>
        <source>Assign the chosen lost customer to an executive to call, or record the call&apos;s outcome (Ctrl+Shift+X)</source>
        <translation>Den gewählten verlorenen Kunden einer Führungskraft zum Anruf zuweisen oder das Ergebnis des Anrufs erfassen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>%1 (%2), lost on %3 (%4), %5 a year</source>
        <translation>%1 (%2), verloren am %3 (%4), %5 pro Jahr</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>acc::LossTrendChart</name>
    <message>
        <source>Lost customers and lost value, last 13 months</source>
        <translation>Verlorene Kunden und verlorener Umsatz, letzte 13 Monate</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Lost value (%1)</source>
        <translation>Verlorener Umsatz (%1)</translation>
    </message>
</context>
<context>
    <name>acc::LossTrendModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verlorener Umsatz</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>acc::LostCustomersModel</name>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Kundenbetreuer</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Verloren am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Verlorener Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Won back on</source>
        <translation>Zurückgewonnen am</translation>
    </message>
    <message>
        <source> · win-back %1</source>
        <translation> · Rückgewinnung %1</translation>
    </message>
    <message>
        <source>✎ %1%2</source>
        <translation>✎ %1%2</translation>
    </message>
    <message>
        <source>✓ confirmed%1</source>
        <translation>✓ bestätigt%1</translation>
    </message>
    <message>
        <source>☎ %1 to call by %2</source>
        <translation>☎ %1, Anruf bis %2</translation>
    </message>
    <message>
        <source>☎ %1 to call</source>
        <translation>☎ %1 ruft an</translation>
    </message>
    <message>
        <source>Reason (exit call)</source>
        <translation>Verlustgrund (Exit-Anruf)</translation>
    </message>
</context>
<context>
    <name>acc::LoyaltyStageChart</name>
    <message>
        <source>Active customers by loyalty stage</source>
        <translation>Aktive Kunden nach Loyalitätsphase</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Other active customers</source>
        <translation>Übrige aktive Kunden</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>%1: %2 active customers, %3 of them best customers
Click to list them</source>
        <translation>%1: %2 aktive Kunden, davon %3 beste Kunden
Klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>%1 · %2 best</source>
        <translation>%1 · %2 beste</translation>
    </message>
    <message>
        <source>No active customers</source>
        <translation>Keine aktiven Kunden</translation>
    </message>
</context>
<context>
    <name>acc::LoyaltyStageModel</name>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Anteil der besten Kunden</translation>
    </message>
</context>
<context>
    <name>acc::MainWindow</name>
    <message>
        <source>Accountable</source>
        <translation>Accountable</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Berechnung läuft</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a company database</source>
        <translation>Unternehmensdatenbank öffnen</translation>
    </message>
    <message>
        <source>Company databases (*.sqlite *.db);;All files (*)</source>
        <translation>Unternehmensdatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Export meeting &amp;pack as PDF…</source>
        <translation>&amp;Sitzungsunterlagen als PDF exportieren…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Nächster Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quartal</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;Choose period</source>
        <translation>Zeitraum &amp;wählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload data</source>
        <translation>Daten neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Accountable</source>
        <translation>Ü&amp;ber Accountable</translation>
    </message>
    <message>
        <source>No company database</source>
        <translation>Keine Unternehmensdatenbank</translation>
    </message>
    <message>
        <source>There is no company database at %1.

Create one with &quot;accountable demo --db %1&quot; or &quot;accountable import --db %1 FILE.csv…&quot;, or open another with File &gt; Open database.</source>
        <translation>Unter %1 gibt es keine Unternehmensdatenbank.

Legen Sie eine mit &quot;accountable demo --db %1&quot; oder &quot;accountable import --db %1 FILE.csv…&quot; an, oder öffnen Sie eine andere über Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <source>%1 — Accountable</source>
        <translation>%1 — Accountable</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand: %1</translation>
    </message>
    <message>
        <source>The database holds no dated records yet</source>
        <translation>Die Datenbank enthält noch keine datierten Einträge</translation>
    </message>
    <message>
        <source>The figures could not be computed</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden</translation>
    </message>
    <message>
        <source>Accountable could not read the company database %1.

%2</source>
        <translation>Accountable konnte die Unternehmensdatenbank %1 nicht lesen.

%2</translation>
    </message>
    <message>
        <source>there are no figures to print yet</source>
        <translation>es gibt noch keine Kennzahlen zum Drucken</translation>
    </message>
    <message>
        <source>meeting-pack-%1.pdf</source>
        <translation>sitzungsunterlagen-%1.pdf</translation>
    </message>
    <message>
        <source>Export meeting pack as PDF</source>
        <translation>Sitzungsunterlagen als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The meeting pack could not be saved</source>
        <translation>Die Sitzungsunterlagen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Meeting pack saved to %1</source>
        <translation>Sitzungsunterlagen gespeichert unter %1</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Sitzungsunterlagen</translation>
    </message>
    <message>
        <source>Import into a new company database</source>
        <translation>In eine neue Unternehmensdatenbank importieren</translation>
    </message>
    <message>
        <source>Company databases (*.sqlite *.db)</source>
        <translation>Unternehmensdatenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>No meeting pack for a whole year</source>
        <translation>Keine Sitzungsunterlagen für ein ganzes Jahr</translation>
    </message>
    <message>
        <source>A meeting pack covers a month (the monthly review) or a quarter (the quarterly meeting). Choose a month or a quarter above, then make the pack.</source>
        <translation>Sitzungsunterlagen umfassen einen Monat (die monatliche Analyse) oder ein Quartal (die Quartalsbesprechung). Wählen Sie oben einen Monat oder ein Quartal und erstellen Sie dann die Unterlagen.</translation>
    </message>
    <message>
        <source>a monthly pack covers a month and a quarterly pack a quarter, not %1</source>
        <translation>monatliche Sitzungsunterlagen umfassen einen Monat und vierteljährliche ein Quartal, nicht %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>Best-customer &amp;criteria…</source>
        <translation>Bestkunden-&amp;Kriterien…</translation>
    </message>
    <message>
        <source>Criteria &quot;%1&quot; version %2 saved and in force</source>
        <translation>Kriterien &quot;%1&quot;, Version %2, gespeichert und in Kraft gesetzt</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard as an image</source>
        <translation>Diagramm als Bild in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; copied to the clipboard as an image</source>
        <translation>Diagramm &quot;%1&quot; als Bild in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>Diagramm als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>This view shows no chart to copy</source>
        <translation>Diese Ansicht zeigt kein Diagramm zum Kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter customers…</source>
        <translation>Kunden &amp;filtern…</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>&amp;Alle Kunden zeigen</translation>
    </message>
    <message>
        <source>%1 — %2 — Accountable</source>
        <translation>%1 — %2 — Accountable</translation>
    </message>
    <message>
        <source>Settings saved: the figures are computed again</source>
        <translation>Einstellungen gespeichert: Die Kennzahlen werden neu berechnet</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>&amp;Nächste Ansicht</translation>
    </message>
    <message>
        <source>&amp;Previous view</source>
        <translation>&amp;Vorige Ansicht</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Besprechung</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Besprechung &amp;starten</translation>
    </message>
    <message>
        <source>The agenda of the period shown, full screen: monthly review for a month, quarterly meeting for a quarter</source>
        <translation>Die Tagesordnung des angezeigten Zeitraums im Vollbild: monatliche Analyse für einen Monat, Quartalsbesprechung für ein Quartal</translation>
    </message>
    <message>
        <source>No meeting for a whole year</source>
        <translation>Keine Besprechung für ein ganzes Jahr</translation>
    </message>
    <message>
        <source>The monthly review covers a month and the quarterly meeting a quarter. Choose a month or a quarter above, then start the meeting.</source>
        <translation>Die monatliche Analyse umfasst einen Monat und die Quartalsbesprechung ein Quartal. Wählen Sie oben einen Monat oder ein Quartal und starten Sie dann die Besprechung.</translation>
    </message>
    <message>
        <source>Slides &amp;on screen</source>
        <translation>Folien &amp;auf Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Another screen than this window&apos;s, if any</source>
        <translation>&amp;Anderer Bildschirm als der des Fensters, falls vorhanden</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;User guide for this view</source>
        <translation>Benutzer&amp;handbuch zu dieser Ansicht</translation>
    </message>
    <message>
        <source>Running a &amp;meeting</source>
        <translation>Eine Besprechung &amp;leiten</translation>
    </message>
    <message>
        <source>⚠ Connection to the server lost; reconnecting…</source>
        <translation>⚠ Verbindung zum Server unterbrochen; Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connection to the server restored; the figures are up to date</source>
        <translation>Verbindung zum Server wiederhergestellt; die Kennzahlen sind auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Co&amp;nnect to server…</source>
        <translation>&amp;Mit Server verbinden…</translation>
    </message>
    <message>
        <source>Open a company shared on a PostgreSQL server</source>
        <translation>Ein auf einem PostgreSQL-Server gemeinsam genutztes Unternehmen öffnen</translation>
    </message>
</context>
<context>
    <name>acc::MeetingWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Besprechungsmodus</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
    <message>
        <source>Names masked</source>
        <translation>Namen verborgen</translation>
    </message>
    <message>
        <source>Auto-advance every %1 s</source>
        <translation>Automatisch weiter alle %1 s</translation>
    </message>
    <message>
        <source>Go to slide %1…</source>
        <translation>Zu Folie %1…</translation>
    </message>
    <message>
        <source>The customer list is off while names are masked (P)</source>
        <translation>Die Kundenliste ist aus, solange Namen verborgen sind (P)</translation>
    </message>
    <message>
        <source>This slide has no customers to list</source>
        <translation>Diese Folie hat keine Kunden zum Auflisten</translation>
    </message>
    <message>
        <source>Esc returns to the slide</source>
        <translation>Esc kehrt zur Folie zurück</translation>
    </message>
    <message>
        <source>There is no slide %1: the meeting has %2</source>
        <translation>Es gibt keine Folie %1: Die Besprechung hat %2</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Say what was agreed: the action needs a title.</source>
        <translation>Geben Sie an, was vereinbart wurde: Die Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>Action recorded: %1</source>
        <translation>Maßnahme erfasst: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>acc::MessageLine</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>acc::MomentsOfTruthView</name>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Save the touchpoint table as a CSV file</source>
        <translation>Die Kontaktpunkt-Tabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Andere Kontakte</translation>
    </message>
    <message>
        <source>Contacts in the period</source>
        <translation>Kontakte im Zeitraum</translation>
    </message>
    <message>
        <source>No contacts in the period</source>
        <translation>Keine Kontakte im Zeitraum</translation>
    </message>
    <message>
        <source>%1 · %2 lost</source>
        <translation>%1 · %2 verloren</translation>
    </message>
    <message>
        <source>%1: %2 contacts from %3 customers
%4 complaints (%5 of contacts)
%6 customers lost within 180 days of a contact there (%7)
Click to list the customers</source>
        <translation>%1: %2 Kontakte von %3 Kunden
%4 Beschwerden (%5 der Kontakte)
%6 Kunden binnen 180 Tagen nach einem Kontakt dort verloren (%7)
Klicken, um die Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Top touchpoints by contacts</source>
        <translation>Top-Kontaktpunkte nach Kontakten</translation>
    </message>
    <message>
        <source>Click a touchpoint&apos;s bar to list its customers</source>
        <translation>Klicken Sie auf den Balken eines Kontaktpunkts, um seine Kunden aufzulisten</translation>
    </message>
    <message>
        <source>The touchpoints with most contacts in the period, complaints in colour; each label gives the share of its customers lost within 180 days of a contact there. Click a bar for its customers.</source>
        <translation>Die Kontaktpunkte mit den meisten Kontakten im Zeitraum, Beschwerden farbig; jede Beschriftung nennt den Anteil ihrer Kunden, die binnen 180 Tagen nach einem Kontakt dort verloren wurden. Klicken Sie auf einen Balken für seine Kunden.</translation>
    </message>
    <message>
        <source>Top &amp;touchpoints</source>
        <translation>&amp;Top-Kontaktpunkte</translation>
    </message>
    <message>
        <source>Top touchpoints</source>
        <translation>Top-Kontaktpunkte</translation>
    </message>
    <message>
        <source>Double-click a touchpoint, or press Enter, to list its customers; on the lost columns, those lost</source>
        <translation>Doppelklicken Sie auf einen Kontaktpunkt oder drücken Sie die Eingabetaste, um seine Kunden aufzulisten; in den Verlustspalten die verlorenen</translation>
    </message>
    <message>
        <source>Touchpoint t&amp;able</source>
        <translation>Kontaktpunkt-T&amp;abelle</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Kontakte nach Kategorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 contacts from %3 customers
Click to list the customers</source>
        <translation>%1: %2 Kontakte von %3 Kunden
Klicken, um die Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Click a category&apos;s bar to list its customers</source>
        <translation>Klicken Sie auf den Balken einer Kategorie, um ihre Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Rescue: keeping a customer at risk; revenue: selling more; request: the customer asked; relationship: keeping in touch.</source>
        <translation>Rettung: einen gefährdeten Kunden halten; Umsatz: mehr verkaufen; Anfrage: der Kunde hat angefragt; Beziehung: in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>Double-click a category, or press Enter, to list its customers</source>
        <translation>Doppelklicken Sie auf eine Kategorie oder drücken Sie die Eingabetaste, um ihre Kunden aufzulisten</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Nach &amp;Kategorie</translation>
    </message>
    <message>
        <source>No contacts in %1</source>
        <translation>Keine Kontakte im Zeitraum %1</translation>
    </message>
    <message>
        <source>%1 contacts in %2 at %3 touchpoints</source>
        <translation>%1 Kontakte im Zeitraum %2 an %3 Kontaktpunkten</translation>
    </message>
    <message>
        <source>%1 contacts in %2: the %3 touchpoints with most</source>
        <translation>%1 Kontakte im Zeitraum %2: die %3 Kontaktpunkte mit den meisten</translation>
    </message>
    <message>
        <source>Lost within 180 days of a contact at %1 in %2</source>
        <translation>Binnen 180 Tagen nach einem Kontakt bei %1 verloren, %2</translation>
    </message>
    <message>
        <source>Customers with a contact at %1 in %2 (%3 of them lost within 180 days)</source>
        <translation>Kunden mit Kontakt bei %1, %2 (davon %3 binnen 180 Tagen verloren)</translation>
    </message>
    <message>
        <source>Customers with a %1 contact in %2</source>
        <translation>Kunden mit Kontakt der Kategorie &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <source>Export the touchpoints as CSV</source>
        <translation>Kontaktpunkte als CSV exportieren</translation>
    </message>
    <message>
        <source>moments-of-truth-%1.csv</source>
        <translation>momente-der-wahrheit-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>acc::NpsTrendChart</name>
    <message>
        <source>Net Promoter Score and answers</source>
        <translation>Net Promoter Score und Antworten</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotoren (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passive (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detraktoren (0-6)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>acc::ParetoCurveChart</name>
    <message>
        <source>Other customers</source>
        <translation>Übrige Kunden</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Top 20 %</source>
        <translation>Top 20 %</translation>
    </message>
    <message>
        <source>Customers with revenue, ranked by revenue (%)</source>
        <translation>Kunden mit Umsatz, nach Umsatz geordnet (%)</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Umsatzanteil (%)</translation>
    </message>
    <message>
        <source>80/20: no revenue in 12 months</source>
        <translation>80/20: kein Umsatz in 12 Monaten</translation>
    </message>
    <message>
        <source>80/20: the top 20 % bring %1 of revenue</source>
        <translation>80/20: die Top 20 % bringen %1 des Umsatzes</translation>
    </message>
</context>
<context>
    <name>acc::PeriodSelector</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Art des Zeitraums</translation>
    </message>
    <message>
        <source>Show a month, a quarter or a year</source>
        <translation>Einen Monat, ein Quartal oder ein Jahr anzeigen</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorheriger Zeitraum (Alt+Links)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>acc::PresenterConsole</name>
    <message>
        <source>Presenter console</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Now %1 of %2: %3</source>
        <translation>Jetzt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Next: the end of the agenda</source>
        <translation>Als Nächstes: Ende der Tagesordnung</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 vergangen</translation>
    </message>
    <message>
        <source>No figures to speak to for this period.</source>
        <translation>Für diesen Zeitraum gibt es keine Kennzahlen zu besprechen.</translation>
    </message>
</context>
<context>
    <name>acc::PreviewPanel</name>
    <message>
        <source>Customers who would join</source>
        <translation>Kunden, die hinzukämen</translation>
    </message>
    <message>
        <source>Customers who would leave</source>
        <translation>Kunden, die wegfielen</translation>
    </message>
    <message>
        <source>Preview on %1</source>
        <translation>Vorschau zum %1</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Derzeit: %1</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Umsatzanteil</translation>
    </message>
    <message>
        <source>Would &amp;join: %1</source>
        <translation>&amp;Kämen hinzu: %1</translation>
    </message>
    <message>
        <source>Would lea&amp;ve: %1</source>
        <translation>Fielen &amp;weg: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Revenue share: of all revenue in the 12 months to %1.</source>
        <translation>Umsatzanteil: am gesamten Umsatz der 12 Monate bis %1.</translation>
    </message>
    <message>
        <source>Correct the rule marked in red to see the figures</source>
        <translation>Korrigieren Sie die rot markierte Regel, um die Kennzahlen zu sehen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Would &amp;join: —</source>
        <translation>&amp;Kämen hinzu: —</translation>
    </message>
    <message>
        <source>Would lea&amp;ve: —</source>
        <translation>Fielen &amp;weg: —</translation>
    </message>
</context>
<context>
    <name>acc::RankedBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
</context>
<context>
    <name>acc::RealityCheckModel</name>
    <message>
        <source>no company is open</source>
        <translation>kein Unternehmen ist geöffnet</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 10; &quot;%1&quot; is not</source>
        <translation>Eine Bewertung ist eine ganze Zahl von 1 bis 10; &quot;%1&quot; ist keine</translation>
    </message>
    <message>
        <source>Score %1 from 1 to 10 first, then write its note</source>
        <translation>Bewerten Sie %1 zuerst von 1 bis 10, dann schreiben Sie die Notiz</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to 10 and press Enter; clear it to remove the score</source>
        <translation>Geben Sie eine ganze Zahl von 1 bis 10 ein und drücken Sie die Eingabetaste; leeren Sie das Feld, um die Bewertung zu entfernen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorquartal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>acc::RealityCheckView</name>
    <message>
        <source>Change the score of %1</source>
        <translation>Bewertung von %1 ändern</translation>
    </message>
    <message>
        <source>Reality check</source>
        <translation>Realitätscheck</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo the last change of the scores (Ctrl+Z)</source>
        <translation>Die letzte Änderung der Bewertungen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>Die Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Reality check scores</source>
        <translation>Bewertungen des Realitätschecks</translation>
    </message>
    <message>
        <source>Radar chart of the scores</source>
        <translation>Netzdiagramm der Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Note on %1:</source>
        <translation>&amp;Notiz zu %1:</translation>
    </message>
    <message>
        <source>Reality check %1</source>
        <translation>Realitätscheck %1</translation>
    </message>
    <message>
        <source>Open a company to score its reality check.</source>
        <translation>Öffnen Sie ein Unternehmen, um seinen Realitätscheck zu bewerten.</translation>
    </message>
    <message>
        <source>%1 of 7 dimensions scored for %2. Type a score from 1 to 10 and press Enter: it is saved at once.</source>
        <translation>%1 von 7 Dimensionen für %2 bewertet. Geben Sie eine Bewertung von 1 bis 10 ein und drücken Sie die Eingabetaste: Sie wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Average %1 (last quarter %2).</source>
        <translation>Durchschnitt %1 (Vorquartal %2).</translation>
    </message>
    <message>
        <source>Average %1.</source>
        <translation>Durchschnitt %1.</translation>
    </message>
    <message>
        <source>reality-check-%1.csv</source>
        <translation>realitaetscheck-%1.csv</translation>
    </message>
    <message>
        <source>Export the reality check as CSV</source>
        <translation>Realitätscheck als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Die Tabelle konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>acc::RealityRadarChart</name>
    <message>
        <source>%1 (this quarter)</source>
        <translation>%1 (dieses Quartal)</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>%1 (last quarter)</source>
        <translation>%1 (Vorquartal)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorquartal</translation>
    </message>
    <message>
        <source>Reality check %1 against %2</source>
        <translation>Realitätscheck %1 vs. %2</translation>
    </message>
    <message>
        <source>Reality check</source>
        <translation>Realitätscheck</translation>
    </message>
</context>
<context>
    <name>acc::ReasonParetoChart</name>
    <message>
        <source>Why customers left</source>
        <translation>Warum Kunden abgewandert sind</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Kumulierter Anteil (%)</translation>
    </message>
    <message>
        <source>Lost value (%1)</source>
        <translation>Verlorener Umsatz (%1)</translation>
    </message>
    <message>
        <source>No losses</source>
        <translation>Keine Verluste</translation>
    </message>
</context>
<context>
    <name>acc::ReasonParetoModel</name>
    <message>
        <source>Reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verlorener Umsatz</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
</context>
<context>
    <name>acc::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No companies opened yet</source>
        <translation>Noch kein Unternehmen geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Company not found</source>
        <translation>Unternehmen nicht gefunden</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved, renamed or deleted.

It has been removed from File &gt; Open Recent. Open it where it is now with File &gt; Open database.</source>
        <translation>%1 ist nicht mehr dort: Die Datei wurde verschoben, umbenannt oder gelöscht.

Sie wurde aus Datei &gt; Zuletzt geöffnet entfernt. Öffnen Sie sie an ihrem neuen Ort mit Datei &gt; Datenbank öffnen.</translation>
    </message>
</context>
<context>
    <name>acc::ReportView</name>
    <message>
        <source>the view &quot;%1&quot; has no table to export</source>
        <translation>die Ansicht &quot;%1&quot; hat keine Tabelle zum Exportieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>acc::RulesEditor</name>
    <message>
        <source>texts, comma-separated</source>
        <translation>Texte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 bis 100</translation>
    </message>
    <message>
        <source>exact text</source>
        <translation>genauer Text</translation>
    </message>
    <message>
        <source>a number, e.g. %1</source>
        <translation>eine Zahl, z. B. %1</translation>
    </message>
    <message>
        <source>A customer is a best customer when</source>
        <translation>Ein Kunde ist ein Bestkunde, wenn</translation>
    </message>
    <message>
        <source>a&amp;ll rules hold</source>
        <translation>a&amp;lle Regeln gelten</translation>
    </message>
    <message>
        <source>an&amp;y rule holds</source>
        <translation>&amp;mindestens eine Regel gilt</translation>
    </message>
    <message>
        <source>Match all rules</source>
        <translation>Alle Regeln müssen gelten</translation>
    </message>
    <message>
        <source>Match any rule</source>
        <translation>Mindestens eine Regel muss gelten</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds a rule after the current one (Insert)</source>
        <translation>Fügt nach der aktuellen Regel eine Regel hinzu (Einfg)</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Removes the current rule</source>
        <translation>Entfernt die aktuelle Regel</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Rule %1: attribute</source>
        <translation>Regel %1: Merkmal</translation>
    </message>
    <message>
        <source>Rule %1: operator</source>
        <translation>Regel %1: Operator</translation>
    </message>
    <message>
        <source>Rule %1: value</source>
        <translation>Regel %1: Wert</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
    <message>
        <source>Change the attribute of rule %1</source>
        <translation>Merkmal von Regel %1 ändern</translation>
    </message>
    <message>
        <source>Change the operator of rule %1</source>
        <translation>Operator von Regel %1 ändern</translation>
    </message>
    <message>
        <source>Type the value of rule %1</source>
        <translation>Wert von Regel %1 eingeben</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>No rules: every active customer counts. Add one with Add rule.</source>
        <translation>Keine Regeln: Jeder aktive Kunde zählt. Fügen Sie mit &quot;Regel hinzufügen&quot; eine Regel hinzu.</translation>
    </message>
    <message>
        <source>No rules: no customer counts. Add one with Add rule.</source>
        <translation>Keine Regeln: Kein Kunde zählt. Fügen Sie mit &quot;Regel hinzufügen&quot; eine Regel hinzu.</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
</context>
<context>
    <name>acc::ScorecardModel</name>
    <message>
        <source>Customers as assets</source>
        <translation>Kunden als Vermögenswerte</translation>
    </message>
    <message>
        <source>Service performance</source>
        <translation>Serviceleistung</translation>
    </message>
    <message>
        <source>Customer listening</source>
        <translation>Kundenstimmen</translation>
    </message>
    <message>
        <source>Operational metrics</source>
        <translation>Operative Kennzahlen</translation>
    </message>
    <message>
        <source>Other figures with a target</source>
        <translation>Weitere Kennzahlen mit Ziel</translation>
    </message>
    <message>
        <source>Contacts: rescue</source>
        <translation>Kontakte: Rettung</translation>
    </message>
    <message>
        <source>Contacts: revenue</source>
        <translation>Kontakte: Umsatz</translation>
    </message>
    <message>
        <source>Contacts: request</source>
        <translation>Kontakte: Anfrage</translation>
    </message>
    <message>
        <source>Contacts: relationship</source>
        <translation>Kontakte: Beziehung</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Erreicht</translation>
    </message>
    <message>
        <source>! At risk</source>
        <translation>! Gefährdet</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Verfehlt</translation>
    </message>
    <message>
        <source>– No data</source>
        <translation>– Keine Daten</translation>
    </message>
    <message>
        <source>no trend</source>
        <translation>kein Trend</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>trend %1</source>
        <translation>Trend %1</translation>
    </message>
    <message>
        <source>%1 (%2); %3</source>
        <translation>%1 (%2); %3</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>%1
Trend: %2</source>
        <translation>%1
Trend: %2</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Kein Ziel gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n erreicht</numerusform>
            <numerusform>%n erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n gefährdet</numerusform>
            <numerusform>%n gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verfehlt</numerusform>
            <numerusform>%n verfehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n ohne Daten</numerusform>
            <numerusform>%n ohne Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 target</source>
        <translation>%1 von 1 Ziel</translation>
    </message>
    <message>
        <source>%1 of %2 targets</source>
        <translation>%1 von %2 Zielen</translation>
    </message>
</context>
<context>
    <name>acc::ScorecardView</name>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Set &amp;targets…</source>
        <translation>&amp;Ziele festlegen…</translation>
    </message>
    <message>
        <source>Open the Targets view to set this period&apos;s targets and owners</source>
        <translation>Die Ansicht Ziele öffnen, um Ziele und Verantwortliche dieses Zeitraums festzulegen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Each figure&apos;s sparkline runs over the periods before this one; the dashed line is its target. Click a figure, or press Enter on it, to open the view that explains it.</source>
        <translation>Die Sparkline jeder Kennzahl zeigt die Zeiträume vor diesem; die gestrichelte Linie ist ihr Ziel. Klicken Sie auf eine Kennzahl oder drücken Sie darauf die Eingabetaste, um die Ansicht zu öffnen, die sie erklärt.</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>Scorecard, %1</translation>
    </message>
    <message>
        <source>Open a company to see its scorecard.</source>
        <translation>Öffnen Sie ein Unternehmen, um seine Scorecard zu sehen.</translation>
    </message>
    <message>
        <source>trend since %1</source>
        <translation>Trend seit %1</translation>
    </message>
    <message>
        <source>No target set for this period; %1</source>
        <translation>Kein Ziel für diesen Zeitraum gesetzt; %1</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 gefährdet</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 verfehlt</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 ohne Daten</translation>
    </message>
    <message>
        <source>%1 targets: %2; %3</source>
        <translation>%1 Ziele: %2; %3</translation>
    </message>
    <message>
        <source>scorecard-%1.csv</source>
        <translation>scorecard-%1.csv</translation>
    </message>
    <message>
        <source>Export the scorecard as CSV</source>
        <translation>Scorecard als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Die Tabelle konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>acc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No company is open: open one to change its settings.</source>
        <translation>Kein Unternehmen geöffnet: Öffnen Sie eines, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>This company (kept in its database, the same for everyone)</source>
        <translation>Dieses Unternehmen (in seiner Datenbank gespeichert, für alle gleich)</translation>
    </message>
    <message>
        <source>the company&apos;s name, on the window and every pack</source>
        <translation>der Name des Unternehmens, im Fenster und in allen Sitzungsunterlagen</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Unternehmens&amp;name:</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency of every amount (EUR, USD, GBP, JPY…)</source>
        <translation>Der ISO-4217-Code der Währung aller Beträge (EUR, USD, GBP, JPY…)</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A complaint resolved within this many days of its contact counts as resolved within the SLA</source>
        <translation>Eine Beschwerde, die innerhalb so vieler Tage nach ihrem Kontakt gelöst wird, gilt als innerhalb des SLA gelöst</translation>
    </message>
    <message>
        <source>Complaint &amp;SLA:</source>
        <translation>Beschwerde-&amp;SLA:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Geschäftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>You (kept on this computer)</source>
        <translation>Sie (auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>Written on the criteria versions, actions and exit calls you save</source>
        <translation>Wird in den Kriterienversionen, Maßnahmen und Exit-Anrufen vermerkt, die Sie speichern</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>%1 is open read-only: its settings cannot be changed here.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Die Einstellungen können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Quarters and years are calendar ones: 2026-Q1 is January to March 2026.</source>
        <translation>Quartale und Jahre sind Kalenderquartale und -jahre: 2026-Q1 ist Januar bis März 2026.</translation>
    </message>
    <message>
        <source>A fiscal year is named by the year it ends in: 2026-Q1 is %1, and 2026 is %2.</source>
        <translation>Ein Geschäftsjahr ist nach dem Jahr benannt, in dem es endet: 2026-Q1 ist %1 und 2026 ist %2.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast: black text, darker colours and visible rules</source>
        <translation>Hoher Kontrast: schwarzer Text, dunklere Farben und sichtbare Linien</translation>
    </message>
    <message>
        <source>&amp;Contrast:</source>
        <translation>&amp;Kontrast:</translation>
    </message>
    <message>
        <source>A new language or contrast applies when Accountable starts again.</source>
        <translation>Eine neue Sprache oder ein neuer Kontrast gilt ab dem nächsten Start von Accountable.</translation>
    </message>
</context>
<context>
    <name>acc::SpendProgramModel</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Ausgabenanteil</translation>
    </message>
</context>
<context>
    <name>acc::SpendTrendModel</name>
    <message>
        <source>Revenue of the quarter divided by its spend</source>
        <translation>Umsatz des Quartals geteilt durch seine Ausgaben</translation>
    </message>
    <message>
        <source>Spend of the quarter divided by the customers active at its end</source>
        <translation>Ausgaben des Quartals geteilt durch die an seinem Ende aktiven Kunden</translation>
    </message>
    <message>
        <source>Customers active at the quarter&apos;s start that it did not lose (1 - churn rate)</source>
        <translation>Zu Quartalsbeginn aktive Kunden, die nicht verloren wurden (1 - Abwanderungsquote)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>Umsatz je Ausgabeneinheit</translation>
    </message>
    <message>
        <source>Revenue
per spend</source>
        <translation>Umsatz je
Ausgabeneinheit</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Ausgaben je aktivem Kunden</translation>
    </message>
    <message>
        <source>Spend per
active customer</source>
        <translation>Ausgaben je
aktivem Kunden</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
</context>
<context>
    <name>acc::SpendView</name>
    <message>
        <source>Spend &amp; results</source>
        <translation>Ausgaben &amp; Ergebnisse</translation>
    </message>
    <message>
        <source>Save the spend by program as a CSV file</source>
        <translation>Die Ausgaben nach Programm als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Spend by program</source>
        <translation>Ausgaben nach Programm</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>No spend in the period</source>
        <translation>Keine Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 of the spend</source>
        <translation>%1: %2, %3 der Ausgaben</translation>
    </message>
    <message>
        <source>Spend by &amp;program</source>
        <translation>Ausgaben nach &amp;Programm</translation>
    </message>
    <message>
        <source>Program t&amp;able</source>
        <translation>Programm-T&amp;abelle</translation>
    </message>
    <message>
        <source>Spend and results by quarter</source>
        <translation>Ausgaben und Ergebnisse nach Quartal</translation>
    </message>
    <message>
        <source>Last 8 &amp;quarters</source>
        <translation>Letzte 8 &amp;Quartale</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>Spend in the period (%1)</source>
        <translation>Ausgaben im Zeitraum (%1)</translation>
    </message>
    <message>
        <source>No spend recorded for %1</source>
        <translation>Keine Ausgaben erfasst für %1</translation>
    </message>
    <message>
        <source>Spend against results, %1</source>
        <translation>Ausgaben und Ergebnisse, %1</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Ausgaben (%1)</translation>
    </message>
    <message>
        <source>Export the spend by program as CSV</source>
        <translation>Ausgaben nach Programm als CSV exportieren</translation>
    </message>
    <message>
        <source>spend-%1.csv</source>
        <translation>ausgaben-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>acc::TargetsModel</name>
    <message>
        <source>no company is open</source>
        <translation>kein Unternehmen ist geöffnet</translation>
    </message>
    <message>
        <source>Set a target on %1 first, then its owner</source>
        <translation>Legen Sie für %1 zuerst ein Ziel fest, dann die verantwortliche Person</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 (METRICS.md key: %2); %3</source>
        <translation>%1 (METRICS.md-Schlüssel: %2); %3</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Type the target and press Enter; clear it to remove the target</source>
        <translation>Geben Sie das Ziel ein und drücken Sie die Eingabetaste; leeren Sie das Feld, um das Ziel zu entfernen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Erreicht</translation>
    </message>
    <message>
        <source>! At risk</source>
        <translation>! Gefährdet</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Verfehlt</translation>
    </message>
    <message>
        <source>– No data</source>
        <translation>– Keine Daten</translation>
    </message>
    <message>
        <source>%1, %2: now %3; yours: %4</source>
        <translation>%1, %2: jetzt %3; Ihre Version: %4</translation>
    </message>
    <message>
        <source>Another desk saved these targets after you opened them:
%1
Your change was not saved.</source>
        <translation>An einem anderen Arbeitsplatz wurden diese Ziele gespeichert, nachdem Sie sie geöffnet hatten:
%1
Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (verantwortlich: %2)</translation>
    </message>
</context>
<context>
    <name>acc::TargetsView</name>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>The targets could not be saved: %1</source>
        <translation>Die Ziele konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Set this period&apos;s targets to those of the period before (undoable)</source>
        <translation>Die Ziele dieses Zeitraums auf die des vorherigen Zeitraums setzen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo the last change of the targets (Ctrl+Z)</source>
        <translation>Die letzte Änderung der Ziele rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>Die Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Only figures with a target</source>
        <translation>&amp;Nur mit Ziel</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Change a target</source>
        <translation>Ziel ändern</translation>
    </message>
    <message>
        <source>Targets for %1</source>
        <translation>Ziele für %1</translation>
    </message>
    <message>
        <source>&amp;Copy from %1</source>
        <translation>Aus %1 &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy from the period before</source>
        <translation>Aus dem Vorzeitraum &amp;kopieren</translation>
    </message>
    <message>
        <source>Open a company to set its targets.</source>
        <translation>Öffnen Sie ein Unternehmen, um seine Ziele festzulegen.</translation>
    </message>
    <message>
        <source>Targets set: %1 of %2 figures. Type a target in its row and press Enter: it is saved at once and every view is judged against it. Clear a target to remove it.</source>
        <translation>Ziele gesetzt: %1 von %2 Kennzahlen. Geben Sie ein Ziel in seiner Zeile ein und drücken Sie die Eingabetaste: Es wird sofort gespeichert, und jede Ansicht wird daran gemessen. Leeren Sie ein Ziel, um es zu entfernen.</translation>
    </message>
    <message>
        <source>%1 has no targets to copy</source>
        <translation>Für %1 gibt es keine Ziele zum Kopieren</translation>
    </message>
    <message>
        <source>Copy the targets of %1</source>
        <translation>Ziele von %1 kopieren</translation>
    </message>
    <message>
        <source>targets-%1.csv</source>
        <translation>ziele-%1.csv</translation>
    </message>
    <message>
        <source>Export the targets as CSV</source>
        <translation>Ziele als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Die Tabelle konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Targets changed on another desk</source>
        <translation>Ziele an einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>Reloaded: the targets as saved on the other desk</source>
        <translation>Neu geladen: die Ziele, wie sie am anderen Arbeitsplatz gespeichert wurden</translation>
    </message>
</context>
<context>
    <name>acc::TouchpointModel</name>
    <message>
        <source>Contacts at the touchpoint in the period</source>
        <translation>Kontakte am Kontaktpunkt im Zeitraum</translation>
    </message>
    <message>
        <source>Distinct customers with a contact there in the period</source>
        <translation>Verschiedene Kunden mit Kontakt dort im Zeitraum</translation>
    </message>
    <message>
        <source>Complaints as a share of the touchpoint&apos;s contacts</source>
        <translation>Beschwerden als Anteil der Kontakte des Kontaktpunkts</translation>
    </message>
    <message>
        <source>Customers lost within 180 days after one of their contacts there</source>
        <translation>Kunden, die binnen 180 Tagen nach einem ihrer Kontakte dort verloren wurden</translation>
    </message>
    <message>
        <source>Share of the touchpoint&apos;s customers lost within 180 days after a contact there</source>
        <translation>Anteil der Kunden des Kontaktpunkts, die binnen 180 Tagen nach einem Kontakt dort verloren wurden</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Complaint share</source>
        <translation>Beschwerdeanteil</translation>
    </message>
    <message>
        <source>Complaint
share</source>
        <translation>Beschwerde-
anteil</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>Lost
customers</source>
        <translation>Verlorene
Kunden</translation>
    </message>
    <message>
        <source>Loss share</source>
        <translation>Verlustanteil</translation>
    </message>
    <message>
        <source>Loss
share</source>
        <translation>Verlust-
anteil</translation>
    </message>
</context>
<context>
    <name>acc::ValueDemandMap</name>
    <message>
        <source>%1 best</source>
        <translation>%1 beste</translation>
    </message>
    <message>
        <source>Value vs demand, last 12 months</source>
        <translation>Wert vs. Aufwand, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Active customers by revenue (rows) and contacts (columns). Click a cell for its customers.</source>
        <translation>Aktive Kunden nach Umsatz (Zeilen) und Kontakten (Spalten). Klicken Sie auf eine Zelle für ihre Kunden.</translation>
    </message>
    <message>
        <source>Active customers by revenue band and contacts</source>
        <translation>Aktive Kunden nach Umsatzklasse und Kontakten</translation>
    </message>
    <message>
        <source>Click a cell, or press Enter on it, to list its customers</source>
        <translation>Klicken Sie auf eine Zelle oder drücken Sie darauf die Eingabetaste, um ihre Kunden aufzulisten</translation>
    </message>
    <message>
        <source>Show the c&amp;orner&apos;s customers</source>
        <translation>Kunden der &amp;Ecke zeigen</translation>
    </message>
    <message>
        <source>List the demanding high-value customers (outlined in red)</source>
        <translation>Die wertvollen, betreuungsintensiven Kunden auflisten (rot umrandet)</translation>
    </message>
    <message>
        <source>No active customers.</source>
        <translation>Keine aktiven Kunden.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>1 or more contacts</source>
        <translation>1 oder mehr Kontakte</translation>
    </message>
    <message>
        <source>%1 or more contacts</source>
        <translation>%1 oder mehr Kontakte</translation>
    </message>
    <message>
        <source>Demanding high-value corner (outlined in red): %1, %2 of them best, %3 revenue; the top 20 % by revenue (%4 or more) and by contacts (%5).</source>
        <translation>Ecke der wertvollen, betreuungsintensiven Kunden (rot umrandet): %1, davon %2 beste, %3 Umsatz; die Top 20 % nach Umsatz (%4 oder mehr) und nach Kontakten (%5).</translation>
    </message>
</context>
<context>
    <name>acc::ValueDemandModel</name>
    <message>
        <source>Top 5 %</source>
        <translation>Top 5 %</translation>
    </message>
    <message>
        <source>Top 5–20 %</source>
        <translation>Top 5–20 %</translation>
    </message>
    <message>
        <source>Top 20–50 %</source>
        <translation>Top 20–50 %</translation>
    </message>
    <message>
        <source>Lower 50 %</source>
        <translation>Untere 50 %</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Kein Umsatz</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>No revenue · %1 · last 12 months</source>
        <translation>Kein Umsatz · %1 · letzte 12 Monate</translation>
    </message>
    <message>
        <source>%1 by revenue · %2 · last 12 months</source>
        <translation>%1 nach Umsatz · %2 · letzte 12 Monate</translation>
    </message>
    <message>
        <source>%1
%2 customers, %3 of them best customers
%4 revenue in the last 12 months</source>
        <translation>%1
%2 Kunden, davon %3 beste Kunden
%4 Umsatz in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Contacts in the last 12 months: %1</source>
        <translation>Kontakte in den letzten 12 Monaten: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Revenue in the last 12 months: %1 of active customers</source>
        <translation>Umsatz in den letzten 12 Monaten: %1 der aktiven Kunden</translation>
    </message>
</context>
<context>
    <name>acc::charts::ChartCopyMenu</name>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>Diagramm als Bild &amp;kopieren</translation>
    </message>
</context>
</TS>
