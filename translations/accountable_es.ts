<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AtRiskView</name>
    <message>
        <source>Customers at risk</source>
        <translation>Clientes en riesgo</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>past twice their usual gap</source>
        <translation>más del doble de lo habitual</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Retorno improbable</translation>
    </message>
    <message>
        <source>P(alive) below 50 %</source>
        <translation>P(activo) &lt; 50 %</translation>
    </message>
    <message>
        <source>model not fitted</source>
        <translation>modelo no ajustado</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>esperado: %1</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Valor en juego</translation>
    </message>
    <message>
        <source>revenue of the last 12 months</source>
        <translation>ingresos de los últimos 12 meses</translation>
    </message>
</context>
<context>
    <name>BestCustomers</name>
    <message>
        <source>no active customers</source>
        <translation>sin clientes activos</translation>
    </message>
    <message>
        <source>of %1 active</source>
        <translation>de %1 activos</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Cuota de mejores clientes</translation>
    </message>
    <message>
        <source>of 12-month revenue</source>
        <translation>de ingresos a 12 meses</translation>
    </message>
    <message>
        <source>no revenue in 12 months</source>
        <translation>sin ingresos en 12 meses</translation>
    </message>
    <message>
        <source>Top 20 %&apos;s share</source>
        <translation>Cuota del 20 % superior</translation>
    </message>
    <message>
        <source>%1 of %2 buyers</source>
        <translation>%1 de %2 compradores</translation>
    </message>
    <message>
        <source>nobody with 2 orders</source>
        <translation>nadie con 2 pedidos</translation>
    </message>
    <message>
        <source>best: none with 2 orders</source>
        <translation>mejores: ninguno con 2 pedidos</translation>
    </message>
    <message>
        <source>rest: none with 2 orders</source>
        <translation>resto: ninguno con 2 pedidos</translation>
    </message>
    <message>
        <source>best vs other active</source>
        <translation>mejores vs. otros activos</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation>Días entre pedidos</translation>
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
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>se requiere --db FILE</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 5000000</source>
        <translation>--customers admite un número entero de 1 a 5000000</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295</source>
        <translation>--seed admite un número entero de 0 a 4294967295</translation>
    </message>
    <message>
        <source>%1 already exists; the demo company is written to a new database</source>
        <translation>%1 ya existe; la empresa de demostración se escribe en una base de datos nueva</translation>
    </message>
    <message>
        <source>name at least one CSV file to import</source>
        <translation>indique al menos un archivo CSV para importar</translation>
    </message>
    <message>
        <source>importing %1: %2%, %3 rows</source>
        <translation>importando %1: %2%, %3 filas</translation>
    </message>
    <message>
        <source>... %1 errors in all; the first %2 are shown</source>
        <translation>... %1 errores en total; se muestran los primeros %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>... %1 warnings in all; the first %2 are shown</source>
        <translation>... %1 avisos en total; se muestran los primeros %2</translation>
    </message>
    <message>
        <source>1 error; nothing was imported</source>
        <translation>1 error; no se importó nada</translation>
    </message>
    <message>
        <source>%1 errors; nothing was imported</source>
        <translation>%1 errores; no se importó nada</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>cancelado; no se importó nada</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 filas</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated</source>
        <translation>%1: %2 añadidos, %3 actualizados</translation>
    </message>
    <message>
        <source>accountable import: valid, nothing written (%1); %2 warnings; %3 s</source>
        <translation>accountable import: válido, no se escribió nada (%1); %2 avisos; %3 s</translation>
    </message>
    <message>
        <source>accountable import: %1; %2 warnings; %3 s</source>
        <translation>accountable import: %1; %2 avisos; %3 s</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no criteria set named &quot;%1&quot; in the database (stored: %2); give a name or a FILE.json</source>
        <translation>no hay ningún conjunto de criterios llamado &quot;%1&quot; en la base de datos (guardados: %2); indique un nombre o un FILE.json</translation>
    </message>
    <message>
        <source>--period takes a month (2026-10), a quarter (2026-Q3) or a year (2026), not &quot;%1&quot;</source>
        <translation>--period admite un mes (2026-10), un trimestre (2026-Q3) o un año (2026), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format takes json or text, not &quot;%1&quot;</source>
        <translation>--format admite json o text, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no database at %1 (create one with accountable demo or accountable import)</source>
        <translation>no hay base de datos en %1 (cree una con accountable demo o accountable import)</translation>
    </message>
    <message>
        <source>--kind monthly|quarterly is required</source>
        <translation>se requiere --kind monthly|quarterly</translation>
    </message>
    <message>
        <source>--kind takes monthly or quarterly, not &quot;%1&quot;</source>
        <translation>--kind admite monthly o quarterly, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--period is required: a month (2026-10), a quarter (2026-Q3) or a year (2026)</source>
        <translation>se requiere --period: un mes (2026-10), un trimestre (2026-Q3) o un año (2026)</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>se requiere --out FILE.pdf</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size admite WIDTHxHEIGHT en píxeles, p. ej. 1920x1080</translation>
    </message>
    <message>
        <source>the figures could not be shown</source>
        <translation>no se pudieron mostrar las cifras</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>la opción --%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>no file name given; expected %1</source>
        <translation>no se indicó ningún nombre de archivo; se esperaba %1</translation>
    </message>
    <message>
        <source>%1 is a folder; expected %2</source>
        <translation>%1 es una carpeta; se esperaba %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; %3 is a few kilobytes</source>
        <translation>%1 ocupa más de %2 MiB; %3 ocupa unos pocos kilobytes</translation>
    </message>
    <message>
        <source>--last-day takes a date written YYYY-MM-DD, from 1900-01-01 to 9999-12-31</source>
        <translation>--last-day admite una fecha con formato YYYY-MM-DD, de 1900-01-01 a 9999-12-31</translation>
    </message>
    <message>
        <source>--replace (the kinds of data given) and --replace-all (the whole company) exclude each other</source>
        <translation>--replace (los tipos de datos indicados) y --replace-all (toda la empresa) se excluyen mutuamente</translation>
    </message>
    <message>
        <source>a criteria file</source>
        <translation>un archivo de criterios</translation>
    </message>
    <message>
        <source>--criteria takes a set&apos;s name or a FILE.json, not an empty name</source>
        <translation>--criteria admite el nombre de un conjunto o un FILE.json, no un nombre vacío</translation>
    </message>
    <message>
        <source>--targets takes a FILE.json, not an empty name</source>
        <translation>--targets admite un FILE.json, no un nombre vacío</translation>
    </message>
    <message>
        <source>a targets file</source>
        <translation>un archivo de objetivos</translation>
    </message>
    <message>
        <source>a pack covers a month (--kind monthly, e.g. 2026-09) or a quarter (--kind quarterly, e.g. 2026-Q3); there is no pack for a whole year (%1) yet</source>
        <translation>un dossier abarca un mes (--kind monthly, p. ej. 2026-09) o un trimestre (--kind quarterly, p. ej. 2026-Q3); aún no hay dossier para un año completo (%1)</translation>
    </message>
    <message>
        <source>a monthly pack covers a month, e.g. 2026-09; for %1 use --kind quarterly</source>
        <translation>un dossier mensual abarca un mes, p. ej. 2026-09; para %1 use --kind quarterly</translation>
    </message>
    <message>
        <source>a quarterly pack covers a quarter, e.g. 2026-Q3; for %1 use --kind monthly</source>
        <translation>un dossier trimestral abarca un trimestre, p. ej. 2026-Q3; para %1 use --kind monthly</translation>
    </message>
    <message>
        <source>--problems takes the name of a CSV file to write</source>
        <translation>--problems admite el nombre de un archivo CSV en el que escribir</translation>
    </message>
    <message>
        <source>  %1 (built in; nothing stored yet)</source>
        <translation>  %1 (integrado; aún no hay nada guardado)</translation>
    </message>
    <message>
        <source>versions 1 to %1</source>
        <translation>versiones 1 a %1</translation>
    </message>
    <message>
        <source>(in force: version %1)</source>
        <translation>(vigente: versión %1)</translation>
    </message>
    <message>
        <source>no criteria set %1 is stored</source>
        <translation>no hay guardado ningún conjunto de criterios %1</translation>
    </message>
    <message>
        <source>criteria save needs --name NAME</source>
        <translation>criteria save necesita --name NAME</translation>
    </message>
    <message>
        <source>criteria save needs --file FILE.json</source>
        <translation>criteria save necesita --file FILE.json</translation>
    </message>
    <message>
        <source>%1: %2; nothing was saved</source>
        <translation>%1: %2; no se guardó nada</translation>
    </message>
    <message>
        <source>accountable criteria: %1 is in force for the window, pack and metrics</source>
        <translation>accountable criteria: %1 está vigente para la ventana, pack y metrics</translation>
    </message>
    <message>
        <source>criteria takes list, show NAME[@VERSION], save --name NAME --file FILE.json [--author NAME], or use NAME[@VERSION]</source>
        <translation>criteria admite list, show NAME[@VERSION], save --name NAME --file FILE.json [--author NAME] o use NAME[@VERSION]</translation>
    </message>
    <message>
        <source>(author not recorded)</source>
        <translation>(autor no registrado)</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(hora desconocida)</translation>
    </message>
    <message>
        <source>saved %1 by %2</source>
        <translation>guardado %1 por %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation>--author necesita un nombre</translation>
    </message>
    <message>
        <source>accountable criteria: saved %1 as version %2 by %3 (a new version; the earlier ones are kept)</source>
        <translation>accountable criteria: %1 guardado como versión %2 por %3 (una versión nueva; se conservan las anteriores)</translation>
    </message>
    <message>
        <source>--view NAME is required (one of %1)</source>
        <translation>se requiere --view NAME (uno de %1)</translation>
    </message>
    <message>
        <source>--view takes one of %1, not &quot;%2&quot;</source>
        <translation>--view admite uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--out FILE.csv is required</source>
        <translation>se requiere --out FILE.csv</translation>
    </message>
    <message>
        <source>the view %1 shows no table to export</source>
        <translation>la vista %1 no muestra ninguna tabla para exportar</translation>
    </message>
    <message>
        <source>targets takes list [--period P], import FILE.json, or export FILE.json [--period P]</source>
        <translation>targets admite list [--period P], import FILE.json o export FILE.json [--period P]</translation>
    </message>
    <message>
        <source>no targets are set</source>
        <translation>no hay objetivos definidos</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; no se importó nada</translation>
    </message>
    <message>
        <source>accountable targets: %1 targets set for %2 periods (a target on the same metric and period is replaced)</source>
        <translation>accountable targets: %1 objetivos definidos para %2 periodos (se sustituye un objetivo con la misma métrica y periodo)</translation>
    </message>
    <message>
        <source>import takes the periods from the file; --period is for list and export</source>
        <translation>import toma los periodos del archivo; --period es para list y export</translation>
    </message>
    <message>
        <source>the criteria dialog could not be opened</source>
        <translation>no se pudo abrir el diálogo de criterios</translation>
    </message>
    <message>
        <source>accountable demo: %1 customers, %2 orders, %3 contacts, %4 answers, %7 targets and %8 actions written to %5 in %6 s</source>
        <translation>accountable demo: %1 clientes, %2 pedidos, %3 contactos, %4 respuestas, %7 objetivos y %8 acciones escritos en %5 en %6 s</translation>
    </message>
    <message>
        <source>accountable pack: %1 pages written to %2 in %3 s (data %4 s, figures %5 s, sections %6 s, pages %7 s)</source>
        <translation>accountable pack: %1 páginas escritas en %2 en %3 s (datos %4 s, cifras %5 s, secciones %6 s, páginas %7 s)</translation>
    </message>
    <message>
        <source>--meeting takes monthly or quarterly, not &quot;%1&quot;</source>
        <translation>--meeting admite monthly o quarterly, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--meeting needs the period it reviews: --period 2026-09 (monthly) or --period 2026-Q3 (quarterly)</source>
        <translation>--meeting necesita el periodo que revisa: --period 2026-09 (mensual) o --period 2026-Q3 (trimestral)</translation>
    </message>
    <message>
        <source>--slide, --privacy and --presenter go with --meeting monthly|quarterly</source>
        <translation>--slide, --privacy y --presenter solo se usan con --meeting monthly|quarterly</translation>
    </message>
    <message>
        <source>--slide takes a slide number from 1, not &quot;%1&quot;</source>
        <translation>--slide admite un número de diapositiva desde 1, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the meeting could not be started</source>
        <translation>no se pudo iniciar la reunión</translation>
    </message>
    <message>
        <source>--slide %1: %2 has %3 slides (1 to %3)</source>
        <translation>--slide %1: %2 tiene %3 diapositivas (1 a %3)</translation>
    </message>
    <message>
        <source>accountable: creating the demo company in %1…</source>
        <translation>accountable: creando la empresa de demostración en %1…</translation>
    </message>
    <message>
        <source>copy needs --from DB and --to DB</source>
        <translation>copy necesita --from DB y --to DB</translation>
    </message>
    <message>
        <source>--from and --to name the same database</source>
        <translation>--from y --to indican la misma base de datos</translation>
    </message>
    <message>
        <source>accountable copy: %1 copied to %2 in %3 s (%4)</source>
        <translation>accountable copy: %1 copiada a %2 en %3 s (%4)</translation>
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
        <translation>Uso:
  accountable [--db FILE] [--period P] [--view NAME]       la aplicación de escritorio
  accountable --db FILE --view NAME --period P --size WxH --screenshot F.png
                                                            una vista, sin ventana
  accountable --db FILE --meeting monthly|quarterly --period P [--slide N] [--privacy]
                                                            modo reunión (teclas: docs/meeting.md)
  accountable demo    --db FILE [--customers N] [--seed S]  una empresa de demostración realista
  accountable import  --db FILE [--replace|--replace-all] [--date-format FMT] [--validate-only]
                      [--problems PROBLEMS.csv] FILE.csv...  archivos según DATA.md, todo o nada;
                      --replace: se sustituyen los tipos de datos indicados, los demás se conservan;
                      --replace-all: toda la empresa pasa a ser estos archivos
  accountable metrics --db FILE --period P [--format json|text]
                      [--criteria NAME|FILE.json] [--targets FILE.json]
  accountable pack    --db FILE --kind monthly|quarterly --period P --out pack.pdf
  accountable export  --db FILE --view NAME --period P [--criteria NAME|FILE.json]
                      --out FILE.csv                         la tabla que muestra la vista
  accountable copy    --from DB --to DB [--replace]          una empresa entera, SQLite o PostgreSQL
                      en ambos sentidos, todo o nada
  accountable grant   --db postgresql://… --read-only ROLE | --read-write ROLE
                      lo que un rol de la base de datos puede hacer con una empresa compartida
  accountable criteria --db FILE list | show NAME[@VERSION] | use NAME[@VERSION]
                      | save --name NAME --file FILE.json [--author NAME]
                      criterios de mejores clientes; save añade una versión (autor: --author,
                      si no, el nombre de inicio de sesión); list y show indican quién guardó cada una y cuándo
  accountable targets --db FILE list [--period P] | import FILE.json
                      | export FILE.json [--period P]        objetivos y responsables

La ventana, metrics, pack y export también admiten --segment S, --region R y --owner O:
solo las cifras de esos clientes (en la ventana: Datos &gt; Filtrar clientes).
--db admite la ruta de un archivo SQLite o postgresql://user@host:port/dbname.
</translation>
    </message>
    <message>
        <source>grant needs one of --read-only ROLE or --read-write ROLE</source>
        <translation>grant necesita --read-only ROLE o --read-write ROLE</translation>
    </message>
    <message>
        <source>grant works on a PostgreSQL company (postgresql://…); an SQLite file is made read-only with its file permissions</source>
        <translation>grant funciona con una empresa en PostgreSQL (postgresql://…); un archivo SQLite se pone en solo lectura con los permisos del archivo</translation>
    </message>
    <message>
        <source>accountable grant: %1 may now open and present %2, not change it</source>
        <translation>accountable grant: %1 ya puede abrir y presentar %2, sin poder hacer cambios</translation>
    </message>
    <message>
        <source>accountable grant: %1 may now open and change %2</source>
        <translation>accountable grant: %1 ya puede abrir y modificar %2</translation>
    </message>
    <message>
        <source>--dialog takes criteria, settings, help or connect, not &quot;%1&quot;</source>
        <translation>--dialog admite criteria, settings, help o connect, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Keep yours (saved over theirs), or reload to see theirs?</source>
        <translation>¿Conservar su versión (sobrescribe la otra) o recargar para ver la otra?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recargar la otra</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Customers gained</source>
        <translation>Clientes captados</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Clientes recuperados</translation>
    </message>
    <message>
        <source>Net change in customers</source>
        <translation>Saldo neto de clientes</translation>
    </message>
    <message>
        <source>Active at the start</source>
        <translation>Activos al inicio</translation>
    </message>
    <message>
        <source>Active at the end</source>
        <translation>Activos al final</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valor perdido (12 meses)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Contactos de rescate</translation>
    </message>
    <message>
        <source>Customers rescued</source>
        <translation>Clientes rescatados</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Tasa de rescate</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Resueltas dentro del SLA</translation>
    </message>
    <message>
        <source>Median days to resolve</source>
        <translation>Mediana de días hasta resolver</translation>
    </message>
    <message>
        <source>Overdue customers</source>
        <translation>Clientes atrasados</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clientes en riesgo</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Respuestas a encuestas</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Reclamaciones por 100 clientes</translation>
    </message>
    <message>
        <source>Feedback asked after the sale</source>
        <translation>Opinión pedida tras la venta</translation>
    </message>
    <message>
        <source>Customers followed up</source>
        <translation>Clientes con seguimiento</translation>
    </message>
    <message>
        <source>Re-engaged with an order</source>
        <translation>Reactivados con un pedido</translation>
    </message>
    <message>
        <source>Re-engagement rate</source>
        <translation>Tasa de reactivación</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Best customers&apos; revenue share</source>
        <translation>Cuota de ingresos de mejores clientes</translation>
    </message>
    <message>
        <source>Top 20 % revenue share</source>
        <translation>Cuota de ingresos del 20 % superior</translation>
    </message>
    <message>
        <source>Days between orders, best</source>
        <translation>Días entre pedidos, mejores</translation>
    </message>
    <message>
        <source>Days between orders, the rest</source>
        <translation>Días entre pedidos, resto</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Gasto por cliente activo</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>Ingresos por gasto</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 is a count: type a whole number, e.g. 12</source>
        <translation>%1 es un recuento: escriba un número entero, p. ej. 12</translation>
    </message>
    <message>
        <source>%1 is an amount: type a number in currency units, e.g. 12500</source>
        <translation>%1 es un importe: escriba un número en unidades monetarias, p. ej. 12500</translation>
    </message>
    <message>
        <source>%1 is a percentage: type a number from 0 to 100, e.g. 2.5</source>
        <translation>%1 es un porcentaje: escriba un número de 0 a 100, p. ej. 2.5</translation>
    </message>
    <message>
        <source>%1 is a number of days: type a number, e.g. 2.5</source>
        <translation>%1 es un número de días: escriba un número, p. ej. 2.5</translation>
    </message>
    <message>
        <source>%1 is a score from -100 to 100: type a number, e.g. 35</source>
        <translation>%1 es una puntuación de -100 a 100: escriba un número, p. ej. 35</translation>
    </message>
    <message>
        <source>%1 takes a number, e.g. 1.5</source>
        <translation>%1 admite un número, p. ej. 1.5</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 no puede ser negativo</translation>
    </message>
    <message>
        <source>%1: the amount is too large</source>
        <translation>%1: el importe es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is a number of days: type 0 or more</source>
        <translation>%1 es un número de días: escriba 0 o más</translation>
    </message>
    <message>
        <source>%1 is a score from -100 to 100</source>
        <translation>%1 es una puntuación de -100 a 100</translation>
    </message>
    <message>
        <source>%1: the number is too large</source>
        <translation>%1: el número es demasiado grande</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Gestor: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3 to %4)</source>
        <translation>T%1 %2 (%3 a %4)</translation>
    </message>
    <message>
        <source>FY%2 Q%1 (%3 to %4)</source>
        <translation>EF%2 T%1 (%3 a %4)</translation>
    </message>
    <message>
        <source>FY%1 (%2 to %3)</source>
        <translation>EF%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 mil M</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>bn %1</source>
        <translation>mil M %1</translation>
    </message>
    <message>
        <source>M %1</source>
        <translation>M %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>k %1</source>
        <translation>k %1</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Customers whose first day as a customer (acquired on) falls in the period.</source>
        <translation>Clientes cuyo primer día como cliente (captado el) cae dentro del periodo.</translation>
    </message>
    <message>
        <source>Customers whose loss date (lost on) falls in the period.</source>
        <translation>Clientes cuya fecha de pérdida (perdido el) cae dentro del periodo.</translation>
    </message>
    <message>
        <source>Customers whose win-back date falls in the period: lost before, customers again.</source>
        <translation>Clientes cuya fecha de recuperación cae dentro del periodo: perdidos antes, de nuevo clientes.</translation>
    </message>
    <message>
        <source>Customers gained plus customers won back minus customers lost in the period.</source>
        <translation>Clientes captados más clientes recuperados menos clientes perdidos en el periodo.</translation>
    </message>
    <message>
        <source>Customers active on the day before the period starts: acquired by then and not lost (or lost and won back again).</source>
        <translation>Clientes activos el día anterior al inicio del periodo: captados para entonces y no perdidos (o perdidos y luego recuperados).</translation>
    </message>
    <message>
        <source>Customers active on the period&apos;s last day.</source>
        <translation>Clientes activos el último día del periodo.</translation>
    </message>
    <message>
        <source>Customers lost in the period divided by the customers active at its start. None when no customer was active at the start.</source>
        <translation>Clientes perdidos en el periodo divididos por los clientes activos a su inicio. Sin valor si ningún cliente estaba activo al inicio.</translation>
    </message>
    <message>
        <source>The yearly revenue that walked out: for every customer lost in the period, the sum of their orders in the 365 days up to their loss date.</source>
        <translation>Los ingresos anuales que se perdieron: para cada cliente perdido en el periodo, la suma de sus pedidos en los 365 días hasta su fecha de pérdida.</translation>
    </message>
    <message>
        <source>The sum of all order amounts dated in the period.</source>
        <translation>La suma de todos los importes de pedidos con fecha dentro del periodo.</translation>
    </message>
    <message>
        <source>The customers lost in the period grouped by the reason they gave (&quot;Unknown&quot; when none was recorded): how many, and the yearly value they took with them; the largest value first.</source>
        <translation>Los clientes perdidos en el periodo agrupados por el motivo que dieron (&quot;Unknown&quot; si no se registró ninguno): cuántos son y el valor anual que se llevaron; primero el de mayor valor.</translation>
    </message>
    <message>
        <source>Contacts in the period in the rescue category: a customer at risk reached out to.</source>
        <translation>Contactos del periodo en la categoría de rescate: un cliente en riesgo al que se contactó.</translation>
    </message>
    <message>
        <source>Rescue contacts whose customer was not lost within 90 days after the contact.</source>
        <translation>Contactos de rescate cuyo cliente no se perdió en los 90 días siguientes al contacto.</translation>
    </message>
    <message>
        <source>Customers rescued divided by rescue contacts in the period. None when there was no rescue contact.</source>
        <translation>Clientes rescatados divididos por los contactos de rescate del periodo. Sin valor si no hubo ningún contacto de rescate.</translation>
    </message>
    <message>
        <source>Contacts in the period marked as a complaint.</source>
        <translation>Contactos del periodo marcados como reclamación.</translation>
    </message>
    <message>
        <source>The share of the period&apos;s complaints resolved within the service level (2 days unless set otherwise in Settings); complaints still open count as not within.</source>
        <translation>La proporción de las reclamaciones del periodo resueltas dentro del nivel de servicio (2 días, salvo que se indique otro valor en Ajustes); las reclamaciones aún abiertas cuentan como fuera de plazo.</translation>
    </message>
    <message>
        <source>The middle number of days from complaint to resolution over the period&apos;s resolved complaints (the mean of the two middle ones for an even count).</source>
        <translation>El número mediano de días desde la reclamación hasta su resolución en las reclamaciones resueltas del periodo (la media de los dos valores centrales si su número es par).</translation>
    </message>
    <message>
        <source>Active customers with orders on at least two days whose days since their last order exceed twice their usual (median) gap between orders.</source>
        <translation>Clientes activos con pedidos en al menos dos días distintos cuyos días desde el último pedido superan el doble de su intervalo habitual (mediana) entre pedidos.</translation>
    </message>
    <message>
        <source>The probability that the customer is still buying, from the BG/NBD model (Fader, Hardie &amp; Lee, 2005) fitted on every customer&apos;s order history up to the period&apos;s end.</source>
        <translation>La probabilidad de que el cliente siga comprando, según el modelo BG/NBD (Fader, Hardie &amp; Lee, 2005) ajustado con el historial de pedidos de todos los clientes hasta el final del periodo.</translation>
    </message>
    <message>
        <source>Active customers whose probability of still buying (P(alive)) is below 50 %, listed by their revenue in the last 12 months: the value at stake.</source>
        <translation>Clientes activos cuya probabilidad de seguir comprando (P(activo)) es inferior al 50 %, ordenados por sus ingresos de los últimos 12 meses: el valor en juego.</translation>
    </message>
    <message>
        <source>The orders the BG/NBD model expects from the customer in the next 365 days.</source>
        <translation>Los pedidos que el modelo BG/NBD espera del cliente en los próximos 365 días.</translation>
    </message>
    <message>
        <source>Expected orders in the next 12 months times the expected order value of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee, 2005).</source>
        <translation>Pedidos esperados en los próximos 12 meses multiplicados por el valor esperado por pedido del modelo de gasto Gamma-Gamma (Fader, Hardie &amp; Lee, 2005).</translation>
    </message>
    <message>
        <source>Feedback answers (survey scores) received in the period.</source>
        <translation>Respuestas de opinión (puntuaciones de encuesta) recibidas en el periodo.</translation>
    </message>
    <message>
        <source>Net Promoter Score: 100 × (promoters − detractors) ÷ answers, from −100 to 100; promoters score 9 or 10, detractors 0 to 6. None without answers.</source>
        <translation>Net Promoter Score: 100 × (promotores − detractores) ÷ respuestas, de −100 a 100; los promotores puntúan 9 o 10, los detractores de 0 a 6. Sin valor si no hay respuestas.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 9 or 10.</source>
        <translation>Respuestas del periodo con una puntuación de 9 o 10.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 7 or 8.</source>
        <translation>Respuestas del periodo con una puntuación de 7 u 8.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 0 to 6.</source>
        <translation>Respuestas del periodo con una puntuación de 0 a 6.</translation>
    </message>
    <message>
        <source>100 × the period&apos;s complaints ÷ the customers active at its start.</source>
        <translation>100 × las reclamaciones del periodo ÷ los clientes activos a su inicio.</translation>
    </message>
    <message>
        <source>Contacts in the period to rescue a customer at risk.</source>
        <translation>Contactos del periodo para rescatar a un cliente en riesgo.</translation>
    </message>
    <message>
        <source>Contacts in the period to win an order (revenue contacts).</source>
        <translation>Contactos del periodo para conseguir un pedido (contactos de ingresos).</translation>
    </message>
    <message>
        <source>Contacts in the period where the customer asked for something.</source>
        <translation>Contactos del periodo en los que el cliente pidió algo.</translation>
    </message>
    <message>
        <source>Contacts in the period to keep the relationship up.</source>
        <translation>Contactos del periodo para mantener la relación.</translation>
    </message>
    <message>
        <source>The 15 touchpoints with most contacts in the period: contacts, distinct customers, the share of contacts that were complaints, and the share of its customers lost within 180 days after a contact there.</source>
        <translation>Los 15 puntos de contacto con más contactos en el periodo: contactos, clientes distintos, la proporción de contactos que fueron reclamaciones y la proporción de sus clientes perdidos en los 180 días siguientes a un contacto allí.</translation>
    </message>
    <message>
        <source>Of the customers who ordered in the period, the share who gave a feedback answer within 30 days after one of those orders.</source>
        <translation>De los clientes que hicieron pedidos en el periodo, la proporción que dio una respuesta de opinión en los 30 días siguientes a uno de esos pedidos.</translation>
    </message>
    <message>
        <source>Of the customers active on the period&apos;s last day, the share with a relationship contact in the 180 days up to it.</source>
        <translation>De los clientes activos el último día del periodo, la proporción con un contacto de relación en los 180 días hasta ese día.</translation>
    </message>
    <message>
        <source>Revenue contacts in the period followed by an order from the same customer within 60 days.</source>
        <translation>Contactos de ingresos del periodo seguidos de un pedido del mismo cliente en un plazo de 60 días.</translation>
    </message>
    <message>
        <source>Re-engaged revenue contacts divided by all revenue contacts in the period. None when there was none.</source>
        <translation>Contactos de ingresos con reactivación divididos por todos los contactos de ingresos del periodo. Sin valor si no hubo ninguno.</translation>
    </message>
    <message>
        <source>The active customers who meet the best-customer criteria in force on the period&apos;s last day, ranked by lifetime value.</source>
        <translation>Los clientes activos que cumplen los criterios de mejores clientes vigentes el último día del periodo, ordenados por valor de vida.</translation>
    </message>
    <message>
        <source>How many active customers meet the best-customer criteria on the period&apos;s last day.</source>
        <translation>Cuántos clientes activos cumplen los criterios de mejores clientes el último día del periodo.</translation>
    </message>
    <message>
        <source>The best customers&apos; share of all revenue in the 365 days up to the period&apos;s end.</source>
        <translation>La cuota de los mejores clientes en el total de ingresos de los 365 días hasta el final del periodo.</translation>
    </message>
    <message>
        <source>The share of revenue in the 365 days up to the period&apos;s end that came from the top 20 % of customers (by that revenue).</source>
        <translation>La cuota de los ingresos de los 365 días hasta el final del periodo que procede del 20 % superior de los clientes (según esos ingresos).</translation>
    </message>
    <message>
        <source>The mean gap in days between consecutive orders of best customers in the last 365 days, over those with at least two orders.</source>
        <translation>El intervalo medio en días entre pedidos consecutivos de los mejores clientes en los últimos 365 días, entre los que tienen al menos dos pedidos.</translation>
    </message>
    <message>
        <source>The same mean gap for every other customer with at least two orders in the last 365 days.</source>
        <translation>El mismo intervalo medio para el resto de clientes con al menos dos pedidos en los últimos 365 días.</translation>
    </message>
    <message>
        <source>The money spent on customer programs in the months of the period, in total and by program.</source>
        <translation>El dinero gastado en programas de clientes en los meses del periodo, en total y por programa.</translation>
    </message>
    <message>
        <source>Total spend divided by the customers active on the period&apos;s last day.</source>
        <translation>Gasto total dividido por los clientes activos el último día del periodo.</translation>
    </message>
    <message>
        <source>The period&apos;s revenue divided by its total spend. None when nothing was spent.</source>
        <translation>Los ingresos del periodo divididos por su gasto total. Sin valor si no hubo gasto.</translation>
    </message>
    <message>
        <source>1 − customers lost in the period ÷ customers active at its start: the share of the customers at the start who were kept.</source>
        <translation>1 − clientes perdidos en el periodo ÷ clientes activos a su inicio: la proporción de los clientes del inicio que se retuvieron.</translation>
    </message>
    <message>
        <source>The mean gap in days between consecutive orders in the last 365 days, best customers against the other active customers, over those with at least two orders there.</source>
        <translation>El intervalo medio en días entre pedidos consecutivos en los últimos 365 días, de los mejores clientes frente a los demás clientes activos, entre los que tienen al menos dos pedidos en ese plazo.</translation>
    </message>
    <message>
        <source>Active customers who are overdue or whose probability of still buying (P(alive)) is below 50 %: the list below, by value at stake.</source>
        <translation>Clientes activos atrasados o cuya probabilidad de seguir comprando (P(activo)) es inferior al 50 %: la lista de abajo, por valor en juego.</translation>
    </message>
    <message>
        <source>The sum of the listed customers&apos; revenue in the last 12 months; the note adds what the customer-base model expects them to spend in the next 12 months.</source>
        <translation>La suma de los ingresos de los últimos 12 meses de los clientes de la lista; la nota añade lo que el modelo de la base de clientes espera que gasten en los próximos 12 meses.</translation>
    </message>
    <message>
        <source>The customer&apos;s orders up to the day; the note counts those of the last 365 days.</source>
        <translation>Los pedidos del cliente hasta la fecha; la nota cuenta los de los últimos 365 días.</translation>
    </message>
    <message>
        <source>The sum of all the customer&apos;s orders up to the day.</source>
        <translation>La suma de todos los pedidos del cliente hasta la fecha.</translation>
    </message>
    <message>
        <source>The sum of the customer&apos;s orders in the 365 days up to the day.</source>
        <translation>La suma de los pedidos del cliente en los 365 días hasta la fecha.</translation>
    </message>
    <message>
        <source>The customer&apos;s orders in the 365 days up to the day.</source>
        <translation>Los pedidos del cliente en los 365 días hasta la fecha.</translation>
    </message>
    <message>
        <source>Lifetime value divided by the number of orders up to the day.</source>
        <translation>Valor de vida dividido por el número de pedidos hasta la fecha.</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s last order to the day.</source>
        <translation>Días desde el último pedido del cliente hasta la fecha.</translation>
    </message>
    <message>
        <source>Whole months from the day the customer was acquired to the day.</source>
        <translation>Meses completos desde el día en que se captó al cliente hasta la fecha.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest survey score on or before the day.</source>
        <translation>La última puntuación de encuesta del cliente en la fecha o antes.</translation>
    </message>
    <message>
        <source>The customer&apos;s complaints in the 365 days up to the day.</source>
        <translation>Las reclamaciones del cliente en los 365 días hasta la fecha.</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts of any kind in the 365 days up to the day: how demanding a customer is.</source>
        <translation>Los contactos de cualquier tipo del cliente en los 365 días hasta la fecha: lo exigente que es el cliente.</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Por qué se fueron los clientes</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
    <message>
        <source>Expected orders (12 months)</source>
        <translation>Pedidos esperados (12 meses)</translation>
    </message>
    <message>
        <source>Expected value (12 months)</source>
        <translation>Valor esperado (12 meses)</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Contactos de rescate</translation>
    </message>
    <message>
        <source>Revenue contacts</source>
        <translation>Contactos de ingresos</translation>
    </message>
    <message>
        <source>Request contacts</source>
        <translation>Contactos de solicitud</translation>
    </message>
    <message>
        <source>Relationship contacts</source>
        <translation>Contactos de relación</translation>
    </message>
    <message>
        <source>Moments of truth (priority contacts)</source>
        <translation>Momentos de la verdad (contactos prioritarios)</translation>
    </message>
    <message>
        <source>The best customers</source>
        <translation>Los mejores clientes</translation>
    </message>
    <message>
        <source>Status: met when the actual meets the target; at risk when it misses by no more than 10 % of the target; missed otherwise; no data when there is no actual. Each status has its own symbol as well as its colour.</source>
        <translation>Estado: cumplido cuando el valor real alcanza el objetivo; en riesgo cuando se queda corto en no más del 10 % del objetivo; no cumplido en los demás casos; sin datos cuando no hay valor real. Cada estado tiene su propio símbolo además de su color.</translation>
    </message>
    <message>
        <source>A click, or Enter, on a figure opens the view that explains it.</source>
        <translation>Un clic, o Intro, sobre una cifra abre la vista que la explica.</translation>
    </message>
    <message>
        <source>Choose the month with Period &gt; Choose period (Ctrl+L); the trend shows the 13 months ending with it.</source>
        <translation>Elija el mes con Periodo &gt; Elegir periodo (Ctrl+L); la tendencia muestra los 13 meses que terminan en él.</translation>
    </message>
    <message>
        <source>Ctrl+M filters by month and Ctrl+R by reason, Esc clears; Enter on a lost customer opens their history.</source>
        <translation>Ctrl+M filtra por mes y Ctrl+R por motivo, Esc borra el filtro; Intro sobre un cliente perdido abre su historial.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X records an exit call on the lost customer chosen: what they said, and the reason they gave.</source>
        <translation>Ctrl+Mayús+X registra una llamada de salida al cliente perdido elegido: lo que dijo y el motivo que dio.</translation>
    </message>
    <message>
        <source>Edit the criteria (Ctrl+K): every saved change is a new version, and the pack prints the version in force.</source>
        <translation>Edite los criterios (Ctrl+K): cada cambio guardado es una versión nueva, y el dossier imprime la versión vigente.</translation>
    </message>
    <message>
        <source>A rule is an attribute, an operator and a value; &quot;top percent N&quot; keeps the top N % of active customers by the attribute.</source>
        <translation>Una regla es un atributo, un operador y un valor; &quot;en el grupo superior N %&quot; conserva el N % superior de los clientes activos según el atributo.</translation>
    </message>
    <message>
        <source>The trend shows 13 months for a month, 8 quarters for a quarter.</source>
        <translation>La tendencia muestra 13 meses para un mes y 8 trimestres para un trimestre.</translation>
    </message>
    <message>
        <source>Enter on a customer opens their history in the Customers view.</source>
        <translation>Intro sobre un cliente abre su historial en la vista Clientes.</translation>
    </message>
    <message>
        <source>Each tile opens the customers behind it.</source>
        <translation>Cada recuadro abre la lista de los clientes que hay detrás.</translation>
    </message>
    <message>
        <source>Type a target in the Target column and an owner in the Owner column; an empty target removes it.</source>
        <translation>Escriba un objetivo en la columna Objetivo y un responsable en la columna Responsable; un objetivo vacío lo elimina.</translation>
    </message>
    <message>
        <source>Status: met, at risk (missing by no more than 10 % of the target), missed, or no data.</source>
        <translation>Estado: cumplido, en riesgo (se queda corto en no más del 10 % del objetivo), no cumplido o sin datos.</translation>
    </message>
    <message>
        <source>New action: Ctrl+N. In a meeting, A records one without leaving the slide.</source>
        <translation>Nueva acción: Ctrl+N. En una reunión, A registra una sin salir de la diapositiva.</translation>
    </message>
    <message>
        <source>Overdue actions are marked, not only coloured.</source>
        <translation>Las acciones vencidas se marcan, no solo se colorean.</translation>
    </message>
    <message>
        <source>Ctrl+F goes to the search box: a name or an id; Esc clears it.</source>
        <translation>Ctrl+F lleva al cuadro de búsqueda: un nombre o un id; Esc lo borra.</translation>
    </message>
    <message>
        <source>The four accountability targets on one page: customers gained and lost, service and rescue, listening, and the moments of truth. Each figure shows the period&apos;s actual, its target, the status against it, the owner and the trend over the periods before.</source>
        <translation>Los cuatro objetivos de rendición de cuentas en una sola página: clientes captados y perdidos, servicio y rescate, escucha, y los momentos de la verdad. Cada cifra muestra el valor real del periodo, su objetivo, el estado respecto a él, el responsable y la tendencia en los periodos anteriores.</translation>
    </message>
    <message>
        <source>The monthly customer-loss review: how many customers were lost, what they were worth, why they left, and who they were.</source>
        <translation>La revisión mensual de pérdidas de clientes: cuántos clientes se perdieron, cuánto valían, por qué se fueron y quiénes eran.</translation>
    </message>
    <message>
        <source>The customers the executives agree are the best, by the criteria in force: who they are, what share of revenue they bring, how often they buy and what they buy.</source>
        <translation>Los clientes que los directivos acuerdan considerar los mejores, según los criterios vigentes: quiénes son, qué cuota de los ingresos aportan, con qué frecuencia compran y qué compran.</translation>
    </message>
    <message>
        <source>Listening and service: what customers say (NPS and complaints), how fast complaints are resolved, how many customers at risk were rescued, and the issues driving customers away.</source>
        <translation>Escucha y servicio: qué dicen los clientes (NPS y reclamaciones), con qué rapidez se resuelven las reclamaciones, cuántos clientes en riesgo se rescataron y los problemas que alejan a los clientes.</translation>
    </message>
    <message>
        <source>The customers to call this week: overdue customers and customers unlikely to come back, by the value at stake.</source>
        <translation>Los clientes a los que llamar esta semana: clientes atrasados y clientes con pocas probabilidades de volver, por valor en juego.</translation>
    </message>
    <message>
        <source>The moments of truth: the touchpoints where customers reach the company most, how often they complain there, and how many of them are lost afterwards.</source>
        <translation>Los momentos de la verdad: los puntos de contacto en los que los clientes más contactan con la empresa, con qué frecuencia reclaman allí y cuántos de ellos se pierden después.</translation>
    </message>
    <message>
        <source>What the customer programs cost and what they returned.</source>
        <translation>Lo que costaron los programas de clientes y lo que aportaron.</translation>
    </message>
    <message>
        <source>The three accountabilities after the sale: asking for feedback, following customers up, and turning revenue contacts into orders.</source>
        <translation>Las tres responsabilidades después de la venta: pedir la opinión, hacer seguimiento de los clientes y convertir los contactos de ingresos en pedidos.</translation>
    </message>
    <message>
        <source>Every figure a target can be set on: its actual for the period, the target, the status against it and its owner. Targets are set per period and per figure; lower is better for losses, churn, complaints and days to resolve, higher for the rest.</source>
        <translation>Todas las cifras para las que se puede definir un objetivo: su valor real del periodo, el objetivo, el estado respecto a él y su responsable. Los objetivos se definen por periodo y por cifra; menor es mejor para pérdidas, abandono, reclamaciones y días hasta resolver, y mayor para el resto.</translation>
    </message>
    <message>
        <source>The accountability log: every action and idea, with its owner, due date and status, and the figure or customer it answers.</source>
        <translation>El registro de rendición de cuentas: cada acción e idea, con su responsable, fecha límite y estado, y la cifra o el cliente al que responde.</translation>
    </message>
    <message>
        <source>The leadership team&apos;s own scores, 1 to 10, on seven dimensions of customer accountability, this quarter against the last, with a note for each.</source>
        <translation>Las puntuaciones del propio equipo directivo, de 1 a 10, en siete dimensiones de la responsabilidad ante el cliente, este trimestre frente al anterior, con una nota para cada una.</translation>
    </message>
    <message>
        <source>Every customer, searchable, with their figures, orders, contacts and answers.</source>
        <translation>Todos los clientes, con búsqueda, con sus cifras, pedidos, contactos y respuestas.</translation>
    </message>
    <message>
        <source>Meeting &gt; Start meeting (Shift+F5) shows the agenda of the period on show full screen: a month gives the monthly customer-loss review, a quarter the quarterly accountability meeting. With a second screen, the presenter console shows the next slide, the time and talking points. File &gt; Export meeting pack as PDF (Ctrl+P) writes the same agenda for every attendee.</source>
        <translation>Reunión &gt; Iniciar reunión (Mayús+F5) muestra a pantalla completa el orden del día del periodo mostrado: un mes da la revisión mensual de pérdidas de clientes y un trimestre, la reunión trimestral de rendición de cuentas. Con una segunda pantalla, la vista del presentador muestra la diapositiva siguiente, el tiempo y los puntos a tratar. Archivo &gt; Exportar dossier en PDF (Ctrl+P) genera el mismo orden del día para cada asistente.</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>Derecha, Av Pág, Espacio</translation>
    </message>
    <message>
        <source>next slide</source>
        <translation>diapositiva siguiente</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Izquierda, Re Pág</translation>
    </message>
    <message>
        <source>previous slide</source>
        <translation>diapositiva anterior</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Inicio, Fin</translation>
    </message>
    <message>
        <source>first, last slide</source>
        <translation>primera, última diapositiva</translation>
    </message>
    <message>
        <source>a number, then Enter</source>
        <translation>un número y luego Intro</translation>
    </message>
    <message>
        <source>that slide</source>
        <translation>esa diapositiva</translation>
    </message>
    <message>
        <source>B, W</source>
        <translation>B, W</translation>
    </message>
    <message>
        <source>black or white screen; the same key returns</source>
        <translation>pantalla negra o blanca; la misma tecla vuelve</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>mask customer names (initials instead); P again shows them</source>
        <translation>ocultar los nombres de los clientes (se ven las iniciales); P de nuevo los muestra</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>record an action: title, owner, due date</source>
        <translation>registrar una acción: título, responsable, fecha límite</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>advance by itself (TV mode), on or off</source>
        <translation>avance automático (modo TV), activado o desactivado</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>the customers behind the slide; Esc returns</source>
        <translation>los clientes que hay detrás de la diapositiva; Esc vuelve</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave; the next start resumes on the same slide</source>
        <translation>salir; al volver a iniciar se continúa en la misma diapositiva</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the date format &quot;%1&quot; is not supported: use yyyy, MM or M, dd or d and separators, e.g. dd.MM.yyyy</source>
        <translation>el formato de fecha &quot;%1&quot; no es compatible: use yyyy, MM o M, dd o d y separadores, p. ej. dd.MM.yyyy</translation>
    </message>
    <message>
        <source>the date format &quot;%1&quot; needs a year (yyyy), a month (MM or M) and a day (dd or d)</source>
        <translation>el formato de fecha &quot;%1&quot; necesita un año (yyyy), un mes (MM o M) y un día (dd o d)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the required column %1 is missing; %2 needs %3</source>
        <translation>falta la columna obligatoria %1; %2 necesita %3</translation>
    </message>
    <message>
        <source>the column %1 appears more than once in the header (columns %2 and %3)</source>
        <translation>la columna %1 aparece más de una vez en el encabezado (columnas %2 y %3)</translation>
    </message>
    <message>
        <source>column %1 has no name and is ignored</source>
        <translation>la columna %1 no tiene nombre y se ignora</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored</source>
        <translation>columna desconocida &quot;%1&quot; ignorada</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>%1 holds a byte that is not UTF-8 (0x%2); save the file as UTF-8</source>
        <translation>%1 contiene un byte que no es UTF-8 (0x%2); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>%1 holds a NUL byte, which no text contains</source>
        <translation>%1 contiene un byte NUL, que ningún texto contiene</translation>
    </message>
    <message>
        <source>%1 has text after its closing quote; a quote inside a quoted field is written &quot;&quot;</source>
        <translation>%1 tiene texto tras su comilla de cierre; una comilla dentro de un campo entrecomillado se escribe &quot;&quot;</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>un campo entrecomillado que empieza en esta línea nunca se cierra</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB (a quote never closed?); the rest of the file was not read</source>
        <translation>el registro supera los %1 MB (¿una comilla sin cerrar?); no se leyó el resto del archivo</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read to its end</source>
        <translation>el archivo no se puede leer hasta el final</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>la fila tiene %1 campos; el encabezado tiene %2</translation>
    </message>
    <message>
        <source>%1 is empty; a value is required</source>
        <translation>%1 está vacío; se requiere un valor</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written %3</source>
        <translation>%1 &quot;%2&quot; no es una fecha con formato %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a decimal number</source>
        <translation>%1 &quot;%2&quot; no es un número decimal</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 0 to 10</source>
        <translation>%1 &quot;%2&quot; no es un número entero de 0 a 10</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a yes/no value (true/false, yes/no, 1/0 or y/n)</source>
        <translation>%1 &quot;%2&quot; no es un valor sí/no (true/false, yes/no, 1/0 o y/n)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3</source>
        <translation>%1 &quot;%2&quot; no es uno de: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a month written YYYY-MM</source>
        <translation>%1 &quot;%2&quot; no es un mes con formato YYYY-MM</translation>
    </message>
    <message>
        <source>month &quot;%1&quot;, program &quot;%2&quot; and segment &quot;%3&quot; appear more than once in this file (first on line %4)</source>
        <translation>month &quot;%1&quot;, program &quot;%2&quot; y segment &quot;%3&quot; aparecen más de una vez en este archivo (primero en la línea %4)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; appears more than once in this file (first on line %3)</source>
        <translation>%1 &quot;%2&quot; aparece más de una vez en este archivo (primero en la línea %3)</translation>
    </message>
    <message>
        <source>lost_on &quot;%1&quot; is before acquired_on &quot;%2&quot;</source>
        <translation>lost_on &quot;%1&quot; es anterior a acquired_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>won_back_on &quot;%1&quot; is not after lost_on &quot;%2&quot;</source>
        <translation>won_back_on &quot;%1&quot; no es posterior a lost_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>won_back_on &quot;%1&quot; is set but lost_on is empty; a customer is won back only after being lost</source>
        <translation>won_back_on &quot;%1&quot; tiene valor pero lost_on está vacío; un cliente solo se recupera después de perderse</translation>
    </message>
    <message>
        <source>loss_reason &quot;%1&quot; is set but lost_on is empty; a reason needs the day the customer was lost</source>
        <translation>loss_reason &quot;%1&quot; tiene valor pero lost_on está vacío; un motivo necesita el día en que se perdió el cliente</translation>
    </message>
    <message>
        <source>lost_on &quot;%1&quot; has no loss_reason; imported with the reason &quot;Unknown&quot;</source>
        <translation>lost_on &quot;%1&quot; no tiene loss_reason; importado con el motivo &quot;Unknown&quot;</translation>
    </message>
    <message>
        <source>resolved_on &quot;%1&quot; is before occurred_on &quot;%2&quot;</source>
        <translation>resolved_on &quot;%1&quot; es anterior a occurred_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>customer_id &quot;%1&quot; is neither in customers.csv nor in the database</source>
        <translation>customer_id &quot;%1&quot; no está ni en customers.csv ni en la base de datos</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>error de base de datos: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot read the customers: %1</source>
        <translation>no se pueden leer los clientes: %1</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>no se puede preparar la importación: %1</translation>
    </message>
    <message>
        <source>customer %1 has no database key</source>
        <translation>el cliente %1 no tiene clave en la base de datos</translation>
    </message>
    <message>
        <source>database error: no key returned for a customer</source>
        <translation>error de base de datos: no se devolvió ninguna clave para un cliente</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>no se puede confirmar la importación: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row naming the columns</source>
        <translation>el archivo está vacío; se esperaba una fila de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <source>the header row cannot be read: it is not UTF-8 text</source>
        <translation>no se puede leer la fila de encabezado: no es texto UTF-8</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>no hay archivos para importar</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot tell which file this is: its header has the required columns of none of %1</source>
        <translation>no se puede determinar qué archivo es: su encabezado no tiene las columnas obligatorias de ninguno de %1</translation>
    </message>
    <message>
        <source>the import&apos;s transaction ended early: %1</source>
        <translation>la transacción de la importación terminó antes de tiempo: %1</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>spend rows</source>
        <translation>filas de gasto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 replaced what was held before (%2)</source>
        <translation>%1 sustituyó lo que había antes (%2)</translation>
    </message>
    <message>
        <source>%1 left out customers held before, deleted (%2)</source>
        <translation>%1 omitió clientes que había antes, eliminados (%2)</translation>
    </message>
    <message>
        <source>deleted with no file given: %1</source>
        <translation>eliminado sin indicar archivo: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is smaller than the smallest amount Accountable accepts (%3)</source>
        <translation>%1 &quot;%2&quot; es menor que el importe mínimo que acepta Accountable (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is larger than the largest amount Accountable accepts (%3)</source>
        <translation>%1 &quot;%2&quot; es mayor que el importe máximo que acepta Accountable (%3)</translation>
    </message>
    <message>
        <source>customers.csv replaces the customers, but leaves out customers that rows still name (%1; for example %2): give those files too, so they are replaced with it, or use --replace-all to replace the whole company</source>
        <translation>customers.csv sustituye los clientes, pero omite clientes que aún nombran algunas filas (%1; por ejemplo %2): indique también esos archivos para que se sustituyan con él, o use --replace-all para sustituir toda la empresa</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 está dañado (%2); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>with this import, the amounts of all %1 in the database would add up to more than %2 (negative amounts counted as positive), the largest total Accountable can add up exactly</source>
        <translation>con esta importación, los importes de todos los %1 de la base de datos sumarían más de %2 (los importes negativos cuentan como positivos), el total máximo que Accountable puede sumar con exactitud</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>Respondents</source>
        <translation>Encuestados</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>Reclamantes</translation>
    </message>
    <message>
        <source>Complaints not resolved within SLA</source>
        <translation>Reclamaciones no resueltas en el SLA</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Contactos de rescate</translation>
    </message>
    <message>
        <source>Rescue contacts lost within 90 days</source>
        <translation>Contactos de rescate perdidos en 90 días</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lost in %1: %2</source>
        <translation>Perdidos en %1: %2</translation>
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
        <translation>promotores menos detractores</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>9–10: %1 · 0–6: %2</source>
        <translation>9–10: %1 · 0–6: %2</translation>
    </message>
    <message>
        <source>Complaints per 100</source>
        <translation>Reclamaciones por 100</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reclamación</numerusform>
            <numerusform>%n reclamaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>Resueltas en SLA</translation>
    </message>
    <message>
        <source>of %1, SLA %2 days</source>
        <translation>de %1, SLA %2 días</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Resolución mediana</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>resolved complaints</source>
        <translation>reclamaciones resueltas</translation>
    </message>
    <message>
        <source>no complaint resolved</source>
        <translation>ninguna reclamación resuelta</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Tasa de rescate</translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation>%1 de %2 retenidos</translation>
    </message>
</context>
<context>
    <name>LossReview</name>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Net change in customers</source>
        <translation>Saldo neto de clientes</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valor perdido (12 meses)</translation>
    </message>
    <message>
        <source>Customers gained</source>
        <translation>Clientes captados</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 against %4.</source>
        <translation>%1 subió de %2 a %3 frente a %4.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 against %4.</source>
        <translation>%1 bajó de %2 a %3 frente a %4.</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Customers gained</source>
        <translation>Clientes captados</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Clientes recuperados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grew most: %2 lost (%3), %4 more than in %5.</source>
        <translation>&quot;%1&quot; es el que más creció: %2 perdidos (%3), %4 más que en %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the largest reason: %2 lost (%3).</source>
        <translation>&quot;%1&quot; es el motivo principal: %2 perdidos (%3).</translation>
    </message>
    <message>
        <source>Furthest off target: %1 at %2 against %3 %4</source>
        <translation>Más lejos del objetivo: %1 en %2 frente a %3 %4</translation>
    </message>
    <message>
        <source>%1 (owner: %2).</source>
        <translation>%1 (responsable: %2).</translation>
    </message>
    <message>
        <source>Most valuable customer lost: %1 (%2), %3 a year, &quot;%4&quot;.</source>
        <translation>Cliente más valioso perdido: %1 (%2), %3 al año, &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>&quot;%1&quot; is not a numeric figure of METRICS.md, so it cannot have a target; numeric figures are: %2</source>
        <translation>&quot;%1&quot; no es una cifra numérica de METRICS.md, así que no puede tener objetivo; las cifras numéricas son: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>expected a list of targets: [{&quot;metric&quot;: ..., &quot;period&quot;: ..., &quot;value&quot;: ..., &quot;owner&quot;: ...}]</source>
        <translation>se esperaba una lista de objetivos: [{&quot;metric&quot;: ..., &quot;period&quot;: ..., &quot;value&quot;: ..., &quot;owner&quot;: ...}]</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: &quot;metric&quot; must be a text naming a figure</source>
        <translation>%1: &quot;metric&quot; debe ser un texto que nombre una cifra</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; must be a month (2026-10), a quarter (2026-Q3) or a year (2026)</source>
        <translation>%1: &quot;period&quot; debe ser un mes (2026-10), un trimestre (2026-Q3) o un año (2026)</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a number</source>
        <translation>%1: &quot;value&quot; debe ser un número</translation>
    </message>
    <message>
        <source>%1: &quot;owner&quot; must be a text</source>
        <translation>%1: &quot;owner&quot; debe ser un texto</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Period %1 (%2 to %3), data as of %4</source>
        <translation>Periodo %1 (%2 a %3), datos a %4</translation>
    </message>
    <message>
        <source>Customers as assets</source>
        <translation>Clientes como activos</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>captados</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdidos</translation>
    </message>
    <message>
        <source>won back</source>
        <translation>recuperados</translation>
    </message>
    <message>
        <source>net</source>
        <translation>neto</translation>
    </message>
    <message>
        <source>active at start</source>
        <translation>activos al inicio</translation>
    </message>
    <message>
        <source>active at end</source>
        <translation>activos al final</translation>
    </message>
    <message>
        <source>churn rate</source>
        <translation>tasa de abandono</translation>
    </message>
    <message>
        <source>lost value</source>
        <translation>valor perdido</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motivos</translation>
    </message>
    <message>
        <source>Monthly trend (lost, lost value, gained, revenue)</source>
        <translation>Tendencia mensual (perdidos, valor perdido, captados, ingresos)</translation>
    </message>
    <message>
        <source>Quarterly trend (lost, lost value, gained, revenue)</source>
        <translation>Tendencia trimestral (perdidos, valor perdido, captados, ingresos)</translation>
    </message>
    <message>
        <source>Service performance</source>
        <translation>Rendimiento del servicio</translation>
    </message>
    <message>
        <source>rescue contacts</source>
        <translation>contactos de rescate</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>rescatados</translation>
    </message>
    <message>
        <source>rescue rate</source>
        <translation>tasa de rescate</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>reclamaciones</translation>
    </message>
    <message>
        <source>resolved within SLA (%1 days)</source>
        <translation>resueltas dentro del SLA (%1 días)</translation>
    </message>
    <message>
        <source>median resolution days</source>
        <translation>mediana de días de resolución</translation>
    </message>
    <message>
        <source>overdue customers</source>
        <translation>clientes atrasados</translation>
    </message>
    <message>
        <source>BG/NBD: r %1, alpha %2 days, a %3, b %4, %5 customers%6</source>
        <translation>BG/NBD: r %1, alpha %2 días, a %3, b %4, %5 clientes%6</translation>
    </message>
    <message>
        <source> (not converged)</source>
        <translation> (no convergió)</translation>
    </message>
    <message>
        <source>BG/NBD: no fit</source>
        <translation>BG/NBD: sin ajuste</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p %1, q %2, gamma %3, %4 customers</source>
        <translation>Gamma-Gamma: p %1, q %2, gamma %3, %4 clientes</translation>
    </message>
    <message>
        <source>at risk (p_alive &lt; 0.5)</source>
        <translation>en riesgo (p_alive &lt; 0.5)</translation>
    </message>
    <message>
        <source>p_alive</source>
        <translation>p_alive</translation>
    </message>
    <message>
        <source>Customer listening</source>
        <translation>Escucha al cliente</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promotores</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>pasivos</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>detractores</translation>
    </message>
    <message>
        <source>complaints per 100 customers</source>
        <translation>reclamaciones por 100 clientes</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>contacts by category</source>
        <translation>contactos por categoría</translation>
    </message>
    <message>
        <source>priority contacts (contacts, customers, complaint share, loss share)</source>
        <translation>contactos prioritarios (contactos, clientes, cuota de reclamaciones, cuota de pérdidas)</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>feedback after the sale</source>
        <translation>opinión tras la venta</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>con seguimiento</translation>
    </message>
    <message>
        <source>re-engaged</source>
        <translation>reactivados</translation>
    </message>
    <message>
        <source>re-engage rate</source>
        <translation>tasa de reactivación</translation>
    </message>
    <message>
        <source>Best customers (%1, version %2)</source>
        <translation>Mejores clientes (%1, versión %2)</translation>
    </message>
    <message>
        <source>best customers</source>
        <translation>mejores clientes</translation>
    </message>
    <message>
        <source>their revenue share</source>
        <translation>su cuota de ingresos</translation>
    </message>
    <message>
        <source>top 20 % share</source>
        <translation>cuota del 20 % superior</translation>
    </message>
    <message>
        <source>mean days between orders, best / rest</source>
        <translation>media de días entre pedidos, mejores / resto</translation>
    </message>
    <message>
        <source>category mix, best</source>
        <translation>mix de categorías, mejores</translation>
    </message>
    <message>
        <source>category mix, rest</source>
        <translation>mix de categorías, resto</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>Spend and results</source>
        <translation>Gasto y resultados</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>per active customer</source>
        <translation>por cliente activo</translation>
    </message>
    <message>
        <source>revenue per spend</source>
        <translation>ingresos por gasto</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty text</source>
        <translation>&quot;name&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1 up</source>
        <translation>&quot;version&quot; debe ser un número entero desde 1</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>&quot;match&quot; debe ser &quot;all&quot; o &quot;any&quot;</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} (it may be empty)</source>
        <translation>&quot;rules&quot; debe ser una lista de {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} (puede estar vacía)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>%1: expected an object {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;}</source>
        <translation>%1: se esperaba un objeto {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <source> in currency units</source>
        <translation> en unidades monetarias</translation>
    </message>
    <message>
        <source>expected an object {&quot;name&quot;, &quot;version&quot;, &quot;match&quot;, &quot;rules&quot;}</source>
        <translation>se esperaba un objeto {&quot;name&quot;, &quot;version&quot;, &quot;match&quot;, &quot;rules&quot;}</translation>
    </message>
    <message>
        <source>the order amounts in this database add up to more than %1 (negative amounts counted as positive), the most Accountable can add up exactly, so no figure is shown rather than a wrong one; import the orders again, replacing the data (each amount at most %2 either way)</source>
        <translation>los importes de pedidos de esta base de datos suman más de %1 (los importes negativos cuentan como positivos), lo máximo que Accountable puede sumar con exactitud, así que no se muestra ninguna cifra antes que una errónea; vuelva a importar los pedidos sustituyendo los datos (cada importe como máximo %2, positivo o negativo)</translation>
    </message>
    <message>
        <source>the spend amounts in this database add up to more than %1 (negative amounts counted as positive), the most Accountable can add up exactly, so no figure is shown rather than a wrong one; import the spend again, replacing the data (each amount at most %2 either way)</source>
        <translation>los importes de gasto de esta base de datos suman más de %1 (los importes negativos cuentan como positivos), lo máximo que Accountable puede sumar con exactitud, así que no se muestra ninguna cifra antes que una errónea; vuelva a importar el gasto sustituyendo los datos (cada importe como máximo %2, positivo o negativo)</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot; (known: %2)</source>
        <translation>atributo desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (known: %2)</source>
        <translation>operador desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>%1 is a number; &quot;%2&quot; works on text attributes only (use &gt;=, &gt;, &lt;=, &lt;, =, != or top-percent)</source>
        <translation>%1 es un número; &quot;%2&quot; solo se aplica a atributos de texto (use &gt;=, &gt;, &lt;=, &lt;, =, != o top-percent)</translation>
    </message>
    <message>
        <source>%1 is a text; &quot;%2&quot; compares numbers (use =, !=, in, not-in or top-percent)</source>
        <translation>%1 es un texto; &quot;%2&quot; compara números (use =, !=, in, not-in o top-percent)</translation>
    </message>
    <message>
        <source>top-percent takes a number from 0 to 100</source>
        <translation>top-percent admite un número de 0 a 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a list of texts</source>
        <translation>&quot;%1&quot; admite una lista de textos</translation>
    </message>
    <message>
        <source>%1 is a text; the value must be a text</source>
        <translation>%1 es un texto; el valor debe ser un texto</translation>
    </message>
    <message>
        <source>%1 is a number; the value must be a number%2</source>
        <translation>%1 es un número; el valor debe ser un número%2</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Ingresos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Orders, last 12 months</source>
        <translation>Pedidos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valor medio del pedido</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>Días desde el último pedido</translation>
    </message>
    <message>
        <source>Tenure in months</source>
        <translation>Antigüedad en meses</translation>
    </message>
    <message>
        <source>Last NPS score</source>
        <translation>Última puntuación NPS</translation>
    </message>
    <message>
        <source>Complaints, last 12 months</source>
        <translation>Reclamaciones, últimos 12 meses</translation>
    </message>
    <message>
        <source>Contacts, last 12 months</source>
        <translation>Contactos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>in the top</source>
        <translation>en el grupo superior</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
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
        <translation>%1: en el %2 superior de los clientes activos</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Every active customer</source>
        <translation>Todo cliente activo</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ningún cliente</translation>
    </message>
    <message>
        <source>This rule holds</source>
        <translation>Se cumple esta regla</translation>
    </message>
    <message>
        <source>All of these rules hold</source>
        <translation>Se cumplen todas estas reglas</translation>
    </message>
    <message>
        <source>Any of these rules holds</source>
        <translation>Se cumple alguna de estas reglas</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Nombre: &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Match: any rule → all rules</source>
        <translation>Condición: alguna regla → todas las reglas</translation>
    </message>
    <message>
        <source>Match: all rules → any rule</source>
        <translation>Condición: todas las reglas → alguna regla</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Cambiado: %1 → %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>A purchase history is invalid (x = %1, t_x = %2, T = %3, weight = %4): the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T and a weight &gt;= 0, so it was not fitted.</source>
        <translation>Un historial de compras no es válido (x = %1, t_x = %2, T = %3, peso = %4): el modelo BG/NBD necesita x &gt;= 0, 0 &lt;= t_x &lt;= T y un peso &gt;= 0, así que no se ajustó.</translation>
    </message>
    <message>
        <source>No customer has a purchase to learn from, so the BG/NBD model was not fitted.</source>
        <translation>Ningún cliente tiene una compra de la que aprender, así que el modelo BG/NBD no se ajustó.</translation>
    </message>
    <message>
        <source>Only one customer has purchases: the BG/NBD model learns from a population of customers, so it was not fitted.</source>
        <translation>Solo un cliente tiene compras: el modelo BG/NBD aprende de una población de clientes, así que no se ajustó.</translation>
    </message>
    <message>
        <source>Every customer made their first purchase on the last day: with no time observed there is nothing to learn from, so the BG/NBD model was not fitted.</source>
        <translation>Todos los clientes hicieron su primera compra el último día: sin tiempo observado no hay nada de lo que aprender, así que el modelo BG/NBD no se ajustó.</translation>
    </message>
    <message>
        <source>No customer has bought again yet (all %1 bought on one day only): the BG/NBD model cannot learn how often customers buy again or drop out, so it was not fitted.</source>
        <translation>Ningún cliente ha vuelto a comprar aún (los %1 compraron solo un día): el modelo BG/NBD no puede aprender con qué frecuencia los clientes repiten o abandonan, así que no se ajustó.</translation>
    </message>
    <message>
        <source>The %1 customers have only %2 different purchase histories; the BG/NBD model&apos;s four parameters need at least four, so it was not fitted.</source>
        <translation>Los %1 clientes tienen solo %2 historiales de compra distintos; los cuatro parámetros del modelo BG/NBD necesitan al menos cuatro, así que no se ajustó.</translation>
    </message>
    <message>
        <source>The optimiser failed (%1), so the BG/NBD model could not be fitted.</source>
        <translation>El optimizador falló (%1), así que no se pudo ajustar el modelo BG/NBD.</translation>
    </message>
    <message>
        <source>no finite likelihood</source>
        <translation>ninguna verosimilitud finita</translation>
    </message>
    <message>
        <source>The BG/NBD fit gave no finite parameters.</source>
        <translation>El ajuste BG/NBD no dio parámetros finitos.</translation>
    </message>
    <message>
        <source>The BG/NBD fit ran to the edge of the range allowed for %1: the data does not pin the model down (for example, hardly anyone seems to drop out, or too few customers bought again), so its figures are limits rather than estimates.</source>
        <translation>El ajuste BG/NBD llegó al límite del rango permitido para %1: los datos no determinan el modelo (por ejemplo, casi nadie parece abandonar o muy pocos clientes volvieron a comprar), así que sus cifras son límites más que estimaciones.</translation>
    </message>
    <message>
        <source>No customer has a repeat purchase of positive value, so the Gamma-Gamma spend model was not fitted.</source>
        <translation>Ningún cliente tiene una compra repetida de valor positivo, así que el modelo de gasto Gamma-Gamma no se ajustó.</translation>
    </message>
    <message>
        <source>Only one customer has repeat purchases of positive value: the Gamma-Gamma spend model learns from a population of customers, so it was not fitted.</source>
        <translation>Solo un cliente tiene compras repetidas de valor positivo: el modelo de gasto Gamma-Gamma aprende de una población de clientes, así que no se ajustó.</translation>
    </message>
    <message>
        <source>All %1 repeat customers spent the same mean amount per purchase: with no spread to learn from, the Gamma-Gamma spend model was not fitted.</source>
        <translation>Los %1 clientes recurrentes gastaron el mismo importe medio por compra: sin dispersión de la que aprender, el modelo de gasto Gamma-Gamma no se ajustó.</translation>
    </message>
    <message>
        <source>The %1 repeat customers have only %2 different spend histories; the Gamma-Gamma model&apos;s three parameters need at least three, so it was not fitted.</source>
        <translation>Los %1 clientes recurrentes tienen solo %2 historiales de gasto distintos; los tres parámetros del modelo Gamma-Gamma necesitan al menos tres, así que no se ajustó.</translation>
    </message>
    <message>
        <source>The optimiser failed (%1), so the Gamma-Gamma spend model could not be fitted.</source>
        <translation>El optimizador falló (%1), así que no se pudo ajustar el modelo de gasto Gamma-Gamma.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit gave no finite parameters.</source>
        <translation>El ajuste Gamma-Gamma no dio parámetros finitos.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit ran to the edge of the range allowed for %1: the data does not pin the spend model down (for example, every customer spends almost the same), so its figures are limits rather than estimates.</source>
        <translation>El ajuste Gamma-Gamma llegó al límite del rango permitido para %1: los datos no determinan el modelo de gasto (por ejemplo, todos los clientes gastan casi lo mismo), así que sus cifras son límites más que estimaciones.</translation>
    </message>
    <message>
        <source>The fitted q is %1 (not above 1): order values are too heavy-tailed for a finite population mean, so customers outside the fit get no expected order value.</source>
        <translation>La q ajustada es %1 (no mayor que 1): los valores de pedido tienen una cola demasiado pesada para una media poblacional finita, así que los clientes fuera del ajuste no reciben valor de pedido esperado.</translation>
    </message>
    <message>
        <source>The optimiser stopped at its cap of %1 evaluations before meeting its tolerance, so the %2 parameters are approximate.</source>
        <translation>El optimizador se detuvo en su tope de %1 evaluaciones antes de alcanzar su tolerancia, así que los parámetros de %2 son aproximados.</translation>
    </message>
    <message>
        <source>The optimiser stopped before the likelihood levelled off (largest slope %1), so the %2 parameters are approximate.</source>
        <translation>El optimizador se detuvo antes de que la verosimilitud se estabilizara (pendiente máxima %1), así que los parámetros de %2 son aproximados.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Quarterly accountability meeting</source>
        <translation>Reunión trimestral de rendición de cuentas</translation>
    </message>
    <message>
        <source>Monthly customer-loss review</source>
        <translation>Revisión mensual de pérdidas</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a %1</translation>
    </message>
    <message>
        <source>The database holds no dated records</source>
        <translation>La base de datos no contiene registros con fecha</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Por qué se fueron los clientes, %1</translation>
    </message>
    <message>
        <source>Reasons for the losses, %1</source>
        <translation>Motivos de las pérdidas, %1</translation>
    </message>
    <message>
        <source>No customers were lost in this period.</source>
        <translation>No se perdió ningún cliente en este periodo.</translation>
    </message>
    <message>
        <source>Customers lost in %1</source>
        <translation>Clientes perdidos en %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>no se puede generar el PDF</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Losses by segment, %1</source>
        <translation>Pérdidas por segmento, %1</translation>
    </message>
    <message>
        <source>Losses by account owner, %1</source>
        <translation>Pérdidas por gestor de cuenta, %1</translation>
    </message>
    <message>
        <source>no file name given (nothing was written)</source>
        <translation>no se indicó ningún nombre de archivo (no se escribió nada)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name (nothing was written)</source>
        <translation>%1 es una carpeta; elija un nombre de archivo (no se escribió nada)</translation>
    </message>
    <message>
        <source>%1 is the company database; choose another file name (nothing was written)</source>
        <translation>%1 es la base de datos de la empresa; elija otro nombre de archivo (no se escribió nada)</translation>
    </message>
    <message>
        <source>%1 is a journal of the company database (%2); choose another file name (nothing was written)</source>
        <translation>%1 es un diario de la base de datos de la empresa (%2); elija otro nombre de archivo (no se escribió nada)</translation>
    </message>
    <message>
        <source>%1 is an input file (%2); choose another file name (nothing was written)</source>
        <translation>%1 es un archivo de entrada (%2); elija otro nombre de archivo (no se escribió nada)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Only these customers: %1</source>
        <translation>Solo estos clientes: %1</translation>
    </message>
    <message>
        <source>no period is chosen</source>
        <translation>ningún periodo elegido</translation>
    </message>
    <message>
        <source>a meeting covers a month (monthly, e.g. %1-09) or a quarter (quarterly, e.g. %1-Q3); there is no annual meeting for %2: choose one of its quarters</source>
        <translation>una reunión abarca un mes (monthly, p. ej. %1-09) o un trimestre (quarterly, p. ej. %1-Q3); no hay reunión anual para %2: elija uno de sus trimestres</translation>
    </message>
    <message>
        <source>a monthly review covers a month, e.g. %1; for %2 hold the quarterly meeting</source>
        <translation>una revisión mensual abarca un mes, p. ej. %1; para %2 celebre la reunión trimestral</translation>
    </message>
    <message>
        <source>a quarterly meeting covers a quarter, e.g. %1; for %2 hold the monthly review</source>
        <translation>una reunión trimestral abarca un trimestre, p. ej. %1; para %2 celebre la revisión mensual</translation>
    </message>
    <message>
        <source>Customers lost, %1</source>
        <translation>Clientes perdidos, %1</translation>
    </message>
    <message>
        <source>Lost customers by month, the last 13 months; the period&apos;s months in colour.</source>
        <translation>Clientes perdidos por mes, últimos 13 meses; los meses del periodo en color.</translation>
    </message>
    <message>
        <source>Lost in %1</source>
        <translation>Perdidos en %1</translation>
    </message>
    <message>
        <source>Value lost, %1</source>
        <translation>Valor perdido, %1</translation>
    </message>
    <message>
        <source>Lost value: each lost customer&apos;s revenue in the 12 months before the loss.</source>
        <translation>Valor perdido: ingresos de cada cliente perdido en los 12 meses previos a la pérdida.</translation>
    </message>
    <message>
        <source>Lost customers by value, %1</source>
        <translation>Clientes perdidos por valor, %1</translation>
    </message>
    <message>
        <source>Customers won back, %1</source>
        <translation>Clientes recuperados, %1</translation>
    </message>
    <message>
        <source>Won back in %1</source>
        <translation>Recuperados en %1</translation>
    </message>
    <message>
        <source>Customers won back in %1</source>
        <translation>Clientes recuperados en %1</translation>
    </message>
    <message>
        <source>No customer was won back in this period.</source>
        <translation>No se recuperó ningún cliente en este periodo.</translation>
    </message>
    <message>
        <source>Each with the loss they came back from and its value.</source>
        <translation>Cada uno con la pérdida de la que volvió y su valor.</translation>
    </message>
    <message>
        <source>Exit calls, %1</source>
        <translation>Llamadas de salida, %1</translation>
    </message>
    <message>
        <source>Lost customers called</source>
        <translation>Clientes perdidos llamados</translation>
    </message>
    <message>
        <source>of %1 lost</source>
        <translation>de %1 perdidos</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Aún sin llamar</translation>
    </message>
    <message>
        <source>exit calls to make</source>
        <translation>llamadas de salida pendientes</translation>
    </message>
    <message>
        <source>Exit calls on the losses of %1</source>
        <translation>Llamadas de salida sobre las pérdidas de %1</translation>
    </message>
    <message>
        <source>No exit call is recorded on this period&apos;s losses.</source>
        <translation>No hay ninguna llamada de salida registrada sobre las pérdidas de este periodo.</translation>
    </message>
    <message>
        <source>The reason the customer gave on the call against the reason on record.</source>
        <translation>El motivo que dio el cliente en la llamada frente al motivo registrado.</translation>
    </message>
    <message>
        <source>Customers gained and lost, %1</source>
        <translation>Clientes captados y perdidos, %1</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>pasada su fecha límite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 descartadas</translation>
    </message>
    <message>
        <source>Actions and their owners</source>
        <translation>Acciones y responsables</translation>
    </message>
    <message>
        <source>Actions still to do</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Every action recorded</source>
        <translation>Todas las acciones registradas</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>No hay ninguna acción abierta.</translation>
    </message>
    <message>
        <source>No action is recorded yet.</source>
        <translation>Aún no hay ninguna acción registrada.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Ordered by due date; the link is the figure or the customer id the action is on.</source>
        <translation>Ordenadas por fecha límite; el vínculo es la cifra o el id de cliente al que se refiere la acción.</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>Cuadro de mando, %1</translation>
    </message>
    <message>
        <source>of %1 targets</source>
        <translation>de %1 objetivos</translation>
    </message>
    <message>
        <source>Targets, %1</source>
        <translation>Objetivos, %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>No targets are set for %1: set them in the Targets view.</source>
        <translation>No hay objetivos definidos para %1: defínalos en la vista Objetivos.</translation>
    </message>
    <message>
        <source>Service and rescue: customers at risk, %1</source>
        <translation>Servicio y rescate: clientes en riesgo, %1</translation>
    </message>
    <message>
        <source>Customers at risk with the most value at stake</source>
        <translation>Clientes en riesgo con más valor en juego</translation>
    </message>
    <message>
        <source>No customer is at risk.</source>
        <translation>Ningún cliente está en riesgo.</translation>
    </message>
    <message>
        <source>The %1 with the most value at stake of %2 customers at risk.</source>
        <translation>Los %1 con más valor en juego de %2 clientes en riesgo.</translation>
    </message>
    <message>
        <source>At risk, %1</source>
        <translation>En riesgo, %1</translation>
    </message>
    <message>
        <source>Listening: NPS and complaints, %1</source>
        <translation>Escucha: NPS y reclamaciones, %1</translation>
    </message>
    <message>
        <source>The issues driving customers away, %1</source>
        <translation>Los problemas que alejan a los clientes, %1</translation>
    </message>
    <message>
        <source>NPS and complaints by period</source>
        <translation>NPS y reclamaciones por periodo</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <source>Operations: moments of truth, %1</source>
        <translation>Operaciones: momentos de la verdad, %1</translation>
    </message>
    <message>
        <source>Priority contacts: the touchpoints with most contacts</source>
        <translation>Contactos prioritarios: los puntos de contacto con más contactos</translation>
    </message>
    <message>
        <source>No contacts in the period.</source>
        <translation>No hay contactos en el periodo.</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Contactos por categoría</translation>
    </message>
    <message>
        <source>Lost: customers lost within 180 days after a contact at the touchpoint.</source>
        <translation>Perdidos: clientes perdidos en los 180 días posteriores a un contacto en el punto de contacto.</translation>
    </message>
    <message>
        <source>Best customers, %1</source>
        <translation>Mejores clientes, %1</translation>
    </message>
    <message>
        <source>Best customers by lifetime value</source>
        <translation>Mejores clientes por valor de vida</translation>
    </message>
    <message>
        <source>No best customers.</source>
        <translation>No hay mejores clientes.</translation>
    </message>
    <message>
        <source>Criteria in force: %1, version %2.</source>
        <translation>Criterios vigentes: %1, versión %2.</translation>
    </message>
    <message>
        <source>The %1 with the highest lifetime value of %2 best customers.</source>
        <translation>Los %1 con mayor valor de vida de %2 mejores clientes.</translation>
    </message>
    <message>
        <source>Spend and results, %1</source>
        <translation>Gasto y resultados, %1</translation>
    </message>
    <message>
        <source>Spend by program, %1</source>
        <translation>Gasto por programa, %1</translation>
    </message>
    <message>
        <source>No spend recorded for the period.</source>
        <translation>No hay gasto registrado en el periodo.</translation>
    </message>
    <message>
        <source>Reality check, %1</source>
        <translation>Prueba de realidad, %1</translation>
    </message>
    <message>
        <source>How the executives score the company</source>
        <translation>Cómo puntúan los directivos a la empresa</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aún no hay puntuaciones.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
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
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>1 program</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>orders in %1</source>
        <translation>pedidos en %1</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>Ingresos por gasto</translation>
    </message>
    <message>
        <source>revenue per 1 %1 spent</source>
        <translation>ingresos por cada 1 %1 gastado</translation>
    </message>
    <message>
        <source>no spend in the period</source>
        <translation>sin gasto en el periodo</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Gasto por cliente activo</translation>
    </message>
    <message>
        <source>%1 active at the end</source>
        <translation>%1 activos al final</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>%1 of %2 customers lost</source>
        <translation>%1 de %2 clientes perdidos</translation>
    </message>
    <message>
        <source>nobody active at the start</source>
        <translation>nadie activo al inicio</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>error de base de datos: %1 (en: %2)</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>no se indicó ningún archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read the database address %1: expected postgresql://user@host:port/dbname</source>
        <translation>no se puede leer la dirección de base de datos %1: se esperaba postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL para Qt no está instalado (paquete Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Accountable (schema %2; this version knows up to %3). Update Accountable to open it; nothing was changed.</source>
        <translation>%1 fue escrita por una versión más reciente de Accountable (esquema %2; esta versión conoce hasta el %3). Actualice Accountable para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 holds other tables and is not an Accountable database; nothing was changed.</source>
        <translation>%1 contiene otras tablas y no es una base de datos de Accountable; no se cambió nada.</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>no se puede registrar la versión del esquema: %1</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>no se puede confirmar la migración %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>no se puede preparar la importación: %1</translation>
    </message>
    <message>
        <source>cannot read the customers: %1</source>
        <translation>no se pueden leer los clientes: %1</translation>
    </message>
    <message>
        <source>cannot clear the data: %1</source>
        <translation>no se pueden borrar los datos: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>error de base de datos: %1</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>cliente desconocido %1</translation>
    </message>
    <message>
        <source>database error: no id returned for customer %1</source>
        <translation>error de base de datos: no se devolvió ningún id para el cliente %1</translation>
    </message>
    <message>
        <source>cannot remember the column mapping: %1</source>
        <translation>no se puede recordar la asignación de columnas: %1</translation>
    </message>
    <message>
        <source>the stored criteria set &quot;%1&quot; version %2 is not valid: %3</source>
        <translation>el conjunto de criterios guardado &quot;%1&quot;, versión %2, no es válido: %3</translation>
    </message>
    <message>
        <source>a criteria set needs a name</source>
        <translation>un conjunto de criterios necesita un nombre</translation>
    </message>
    <message>
        <source>cannot read the versions of &quot;%1&quot;</source>
        <translation>no se pueden leer las versiones de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot store the criteria set: %1</source>
        <translation>no se puede guardar el conjunto de criterios: %1</translation>
    </message>
    <message>
        <source>a stored target on %1 has an unreadable period &quot;%2&quot;</source>
        <translation>un objetivo guardado sobre %1 tiene un periodo ilegible &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a target needs a month, a quarter or a year</source>
        <translation>un objetivo necesita un mes, un trimestre o un año</translation>
    </message>
    <message>
        <source>a target&apos;s value must be a number</source>
        <translation>el valor de un objetivo debe ser un número</translation>
    </message>
    <message>
        <source>an in-memory database (:memory:) is gone when the command ends; give a file name instead</source>
        <translation>una base de datos en memoria (:memory:) desaparece al terminar el comando; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>no database at %1 (create one with accountable demo or accountable import)</source>
        <translation>no hay base de datos en %1 (cree una con accountable demo o accountable import)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Accountable database; nothing was changed</source>
        <translation>%1 es un archivo vacío, no una base de datos de Accountable; no se cambió nada</translation>
    </message>
    <message>
        <source>cannot read %1: its folder is read-only and recent changes to it wait in %1-wal; open it once where it can be written</source>
        <translation>no se puede leer %1: su carpeta es de solo lectura y los cambios recientes esperan en %1-wal; ábrala una vez donde se pueda escribir</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file, its folder or its disk is read-only (%2)</source>
        <translation>%1 no se puede modificar: el archivo, su carpeta o su disco son de solo lectura (%2)</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Accountable company; nothing was changed</source>
        <translation>%1 es una base de datos vacía, no una empresa de Accountable; no se cambió nada</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation>no se puede iniciar una transacción en %1: %2</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date (migration %2): %3</source>
        <translation>no se puede actualizar %1 (migración %2): %3</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Accountable (schema %2) and cannot be brought up to date here: %3</source>
        <translation>%1 fue escrita por una versión anterior de Accountable (esquema %2) y no se puede actualizar aquí: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version &quot;%2&quot; is not a number</source>
        <translation>%1 está dañada: su versión de esquema &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <source>the disk of the database server holding %1 is full (%2)</source>
        <translation>el disco del servidor de base de datos que contiene %1 está lleno (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: the server cannot read part of it (%2)</source>
        <translation>%1 está dañada: el servidor no puede leer parte de ella (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only for this connection (%2)</source>
        <translation>%1 es de solo lectura para esta conexión (%2)</translation>
    </message>
    <message>
        <source>database error on %1: %2</source>
        <translation>error de base de datos en %1: %2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2); free some space and try again</source>
        <translation>el disco que contiene %1 está lleno (%2); libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 is damaged: part of the file cannot be read (%2); restore it from a backup</source>
        <translation>%1 está dañada: parte del archivo no se puede leer (%2); restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is not an Accountable database, or its first page is damaged (%2)</source>
        <translation>%1 no es una base de datos de Accountable, o su primera página está dañada (%2)</translation>
    </message>
    <message>
        <source>cannot open %1: check that the file and its folder exist and can be read (%2)</source>
        <translation>no se puede abrir %1: compruebe que el archivo y su carpeta existen y se pueden leer (%2)</translation>
    </message>
    <message>
        <source>cannot read or write %1: an input/output error (%2)</source>
        <translation>no se puede leer ni escribir %1: un error de entrada/salida (%2)</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it (%2); try again</source>
        <translation>%1 está ocupada: otro programa está escribiendo en ella (%2); vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; restore it from a backup or import the company again</source>
        <translation>%1 está dañada: %2; restáurela desde una copia de seguridad o vuelva a importar la empresa</translation>
    </message>
    <message>
        <source>customer %1 has a date that is not a date</source>
        <translation>el cliente %1 tiene una fecha que no es una fecha</translation>
    </message>
    <message>
        <source>%1 %2 names a customer that is not in it</source>
        <translation>%1 %2 nombra a un cliente que no está en ella</translation>
    </message>
    <message>
        <source>%1 %2 has no valid date</source>
        <translation>%1 %2 no tiene una fecha válida</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>order %1 has an amount that is not a number</source>
        <translation>el pedido %1 tiene un importe que no es un número</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contact %1 has the unknown category &quot;%2&quot;</source>
        <translation>el contacto %1 tiene la categoría desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>answer %1 has a score outside 0 to 10</source>
        <translation>la respuesta %1 tiene una puntuación fuera de 0 a 10</translation>
    </message>
    <message>
        <source>a spend row of %1 is not readable</source>
        <translation>una fila de gasto de %1 no se puede leer</translation>
    </message>
    <message>
        <source>no criteria set %1 is stored</source>
        <translation>no hay guardado ningún conjunto de criterios %1</translation>
    </message>
    <message>
        <source>cannot record the criteria in force in %1</source>
        <translation>no se pueden registrar los criterios vigentes en %1</translation>
    </message>
    <message>
        <source>the criteria in force, %1, are no longer stored in %2; choose a set with accountable criteria use</source>
        <translation>los criterios vigentes, %1, ya no están guardados en %2; elija un conjunto con accountable criteria use</translation>
    </message>
    <message>
        <source>a criteria version needs an author</source>
        <translation>una versión de criterios necesita un autor</translation>
    </message>
    <message>
        <source>target %1 (%2, %3): %4</source>
        <translation>objetivo %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>Primera línea</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, such as 2026-10-31</source>
        <translation>&quot;%1&quot; no es una fecha: escríbala como YYYY-MM-DD, p. ej. 2026-10-31</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>una acción necesita un título</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use open, in_progress, done or dropped</source>
        <translation>&quot;%1&quot; no es un estado: use open, in_progress, done o dropped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source: use meeting, sales, front_line or customer</source>
        <translation>&quot;%1&quot; no es un origen: use meeting, sales, front_line o customer</translation>
    </message>
    <message>
        <source>the due date is not a date</source>
        <translation>la fecha límite no es una fecha</translation>
    </message>
    <message>
        <source>the due date %1 is out of range</source>
        <translation>la fecha límite %1 está fuera de rango</translation>
    </message>
    <message>
        <source>an action is about one figure or one customer, not both</source>
        <translation>una acción trata de una cifra o de un cliente, no de ambos</translation>
    </message>
    <message>
        <source>no customer has the id &quot;%1&quot;</source>
        <translation>ningún cliente tiene el id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the action was deleted meanwhile (by another desk?)</source>
        <translation>la acción se eliminó mientras tanto (¿desde otro puesto?)</translation>
    </message>
    <message>
        <source>no action has the id %1</source>
        <translation>ninguna acción tiene el id %1</translation>
    </message>
    <message>
        <source>Customer leadership</source>
        <translation>Liderazgo orientado al cliente</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Accountability and action</source>
        <translation>Responsabilidad y acción</translation>
    </message>
    <message>
        <source>Unified experience</source>
        <translation>Experiencia unificada</translation>
    </message>
    <message>
        <source>Enabling service delivery</source>
        <translation>Capacitación para el servicio</translation>
    </message>
    <message>
        <source>Motivation and recognition</source>
        <translation>Motivación y reconocimiento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension of the reality check</source>
        <translation>&quot;%1&quot; no es una dimensión de la prueba de realidad</translation>
    </message>
    <message>
        <source>a score is a whole number from 1 to 10</source>
        <translation>una puntuación es un número entero de 1 a 10</translation>
    </message>
    <message>
        <source>a reality check belongs to a quarter</source>
        <translation>una prueba de realidad pertenece a un trimestre</translation>
    </message>
    <message>
        <source>Reason confirmed</source>
        <translation>Motivo confirmado</translation>
    </message>
    <message>
        <source>Reason corrected</source>
        <translation>Motivo corregido</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Aún sin llamar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>an exit call needs a customer</source>
        <translation>una llamada de salida necesita un cliente</translation>
    </message>
    <message>
        <source>an exit call needs the day the customer was lost</source>
        <translation>una llamada de salida necesita el día en que se perdió el cliente</translation>
    </message>
    <message>
        <source>an exit call needs an executive to make it</source>
        <translation>una llamada de salida necesita un directivo que la haga</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome: use confirmed or corrected</source>
        <translation>&quot;%1&quot; no es un resultado: use confirmed o corrected</translation>
    </message>
    <message>
        <source>a corrected reason needs the reason the customer gave</source>
        <translation>un motivo corregido necesita el motivo que dio el cliente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chance of a win-back: use low, medium or high</source>
        <translation>&quot;%1&quot; no es una probabilidad de recuperación: use low, medium o high</translation>
    </message>
    <message>
        <source>customer %1 was not lost on %2</source>
        <translation>el cliente %1 no se perdió el %2</translation>
    </message>
    <message>
        <source>the company name must be at most %1 characters</source>
        <translation>el nombre de la empresa debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the company name must not hold control characters</source>
        <translation>el nombre de la empresa no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>the currency must be an ISO 4217 code of three capital letters, such as EUR, USD or JPY; &quot;%1&quot; is not</source>
        <translation>la moneda debe ser un código ISO 4217 de tres letras mayúsculas, como EUR, USD o JPY; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>the complaint SLA must be a whole number of days from 0 to %1</source>
        <translation>el SLA de reclamaciones debe ser un número entero de días de 0 a %1</translation>
    </message>
    <message>
        <source>the fiscal year must start in a month from 1 (January) to 12 (December)</source>
        <translation>el ejercicio fiscal debe empezar en un mes de 1 (enero) a 12 (diciembre)</translation>
    </message>
    <message>
        <source>cannot store the settings in %1: %2</source>
        <translation>no se pueden guardar los ajustes en %1: %2</translation>
    </message>
    <message>
        <source>%1 holds more text (ids and comments) than Accountable can hold in memory (%2 bytes)</source>
        <translation>%1 contiene más texto (ids y comentarios) del que Accountable puede mantener en memoria (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 no tiene la tabla %2</translation>
    </message>
    <message>
        <source>%1 and %2 are at different schema versions (%3 and %4)</source>
        <translation>%1 y %2 tienen versiones de esquema distintas (%3 y %4)</translation>
    </message>
    <message>
        <source>%1 already holds a company: give --replace to replace it with %2&apos;s</source>
        <translation>%1 ya contiene una empresa: indique --replace para sustituirla por la de %2</translation>
    </message>
    <message>
        <source>%1; nothing was written to %2</source>
        <translation>%1; no se escribió nada en %2</translation>
    </message>
    <message>
        <source>the server asks a password for %1: put it in ~/.pgpass (or in the address)</source>
        <translation>el servidor pide una contraseña para %1: guárdela en ~/.pgpass (o en la dirección)</translation>
    </message>
    <message>
        <source>the server refused the login of %1 (wrong user name or password)</source>
        <translation>el servidor rechazó el inicio de sesión de %1 (nombre de usuario o contraseña incorrectos)</translation>
    </message>
    <message>
        <source>the server %1 has no database %2</source>
        <translation>el servidor %1 no tiene ninguna base de datos %2</translation>
    </message>
    <message>
        <source>cannot reach the server %1 (is it running, and is the address right?)</source>
        <translation>no se puede acceder al servidor %1 (¿está en marcha y es correcta la dirección?)</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>falló la conexión TLS con %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2. Nothing was changed. (%3)</source>
        <translation>no se puede conectar a %1: %2. No se modificó nada. (%3)</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot; in %2: expected one of %3</source>
        <translation>sslmode &quot;%1&quot; desconocido en %2: se esperaba uno de los valores %3</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>best-customer criteria</source>
        <translation>criterios de mejores clientes</translation>
    </message>
    <message>
        <source>exit calls</source>
        <translation>llamadas de salida</translation>
    </message>
    <message>
        <source>reality check</source>
        <translation>prueba de realidad</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>the company&apos;s data (an import)</source>
        <translation>datos de la empresa (una importación)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 changed on another desk at %2; the figures are up to date</source>
        <translation>%1: cambios realizados en otro puesto a las %2; las cifras están actualizadas</translation>
    </message>
    <message>
        <source>%1 changed on another desk by %2 at %3; the figures are up to date</source>
        <translation>%1: cambios realizados en otro puesto por %2 a las %3; las cifras están actualizadas</translation>
    </message>
    <message>
        <source>internal error: %1 targets seen for %2 changes</source>
        <translation>error interno: %1 objetivos leídos para %2 cambios</translation>
    </message>
    <message>
        <source>changed on another desk meanwhile; nothing was saved</source>
        <translation>cambios realizados mientras tanto en otro puesto; no se guardó nada</translation>
    </message>
    <message>
        <source>the database role %1 may read and present this company but not change it (a read-only role); its administrator grants more with &quot;accountable grant&quot;</source>
        <translation>el rol de base de datos %1 puede leer y presentar esta empresa, pero no modificarla (un rol de solo lectura); el administrador de la base de datos concede más permisos con &quot;accountable grant&quot;</translation>
    </message>
    <message>
        <source>%1 is in a place that cannot be written (a read-only file, folder or disk)</source>
        <translation>%1 está en una ubicación donde no se puede escribir (un archivo, una carpeta o un disco de solo lectura)</translation>
    </message>
    <message>
        <source>roles belong to PostgreSQL; an SQLite company is read-only through its file&apos;s permissions</source>
        <translation>los roles son propios de PostgreSQL; una empresa en SQLite queda en solo lectura mediante los permisos de su archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name here: letters, digits (not first) and _, at most 63</source>
        <translation>&quot;%1&quot; no es un nombre de rol válido aquí: letras, dígitos (no al principio) y _, como máximo 63 caracteres</translation>
    </message>
    <message>
        <source>cannot grant %1 its access (nothing was changed): %2</source>
        <translation>no se puede conceder el acceso a %1 (no se cambió nada): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved meanwhile as version %2 (this desk started from %3)</source>
        <translation>«%1» se guardó entretanto como versión %2 (este puesto partía de la %3)</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Accountable company; nothing was changed. To share a company there, copy it in (accountable copy --from FILE --to %1) or import its files (accountable import --db %1 FILES)</source>
        <translation>%1 es una base de datos vacía, no una empresa de Accountable; no se ha cambiado nada. Para compartir allí una empresa, cópiela (accountable copy --from ARCHIVO --to %1) o importe sus archivos (accountable import --db %1 ARCHIVOS)</translation>
    </message>
</context>
<context>
    <name>acc::AboutDialog</name>
    <message>
        <source>About Accountable</source>
        <translation>Acerca de Accountable</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Accountable %1&lt;/h2&gt;&lt;p&gt;Holds an organisation accountable for its customers: the monthly customer-loss review, the quarterly accountability meeting, the best-customer criteria and the meeting pack.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Accountable %1&lt;/h2&gt;&lt;p&gt;Hace que una organización rinda cuentas de sus clientes: la revisión mensual de pérdidas de clientes, la reunión trimestral de rendición de cuentas, los criterios de mejores clientes y el dossier de la reunión.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT. Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Ajustes: %1</translation>
    </message>
    <message>
        <source>Data folder (the demo company): %1</source>
        <translation>Carpeta de datos (la empresa de demostración): %1</translation>
    </message>
    <message>
        <source>Cache (customer-base fits): %1</source>
        <translation>Caché (modelos de la base de clientes): %1</translation>
    </message>
    <message>
        <source>Company open: %1</source>
        <translation>Empresa abierta: %1</translation>
    </message>
    <message>
        <source>Where Accountable keeps things</source>
        <translation>Dónde guarda Accountable sus archivos</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Licencia…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Falta el texto de la licencia en esta compilación.</translation>
    </message>
</context>
<context>
    <name>acc::ActionsModel</name>
    <message>
        <source>no company is open</source>
        <translation>no hay ninguna empresa abierta</translation>
    </message>
    <message>
        <source>no action is chosen</source>
        <translation>ninguna acción elegida</translation>
    </message>
    <message>
        <source>%1; link a figure by its key (such as churn_rate) or a customer by their id</source>
        <translation>%1; vincule una cifra por su clave (como churn_rate) o un cliente por su id</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>Cifra: %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>⚠ %1 · 1 day late</source>
        <translation>⚠ %1 · 1 día de retraso</translation>
    </message>
    <message>
        <source>⚠ %1 · %2 days late</source>
        <translation>⚠ %1 · %2 días de retraso</translation>
    </message>
    <message>
        <source>Overdue by %1 days on %2</source>
        <translation>Vencida hace %1 días el %2</translation>
    </message>
    <message>
        <source>Press F2 to change the due date</source>
        <translation>Pulse F2 para cambiar la fecha límite</translation>
    </message>
    <message>
        <source>Type a figure&apos;s key (such as churn_rate) or a customer&apos;s id</source>
        <translation>Escriba la clave de una cifra (como churn_rate) o el id de un cliente</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Escrita por %1 el %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <source>Another desk saved this action after you opened it: now &quot;%1&quot;, owner %2, due %3, %4. Your change was not saved.</source>
        <translation>Esta acción se guardó en otro puesto después de que usted la abriera: ahora &quot;%1&quot;, responsable: %2, plazo: %3, %4. Su cambio no se guardó.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Another desk deleted this action after you opened it. Your change was not saved.</source>
        <translation>Esta acción se eliminó en otro puesto después de que usted la abriera. Su cambio no se guardó.</translation>
    </message>
</context>
<context>
    <name>acc::ActionsView</name>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>The actions could not be saved: %1</source>
        <translation>No se pudieron guardar las acciones: %1</translation>
    </message>
    <message>
        <source>Actions &amp; ideas</source>
        <translation>Acciones e ideas</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nueva acción</translation>
    </message>
    <message>
        <source>Record a new action or idea (Ctrl+N)</source>
        <translation>Registrar una nueva acción o idea (Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen action (Delete; undoable)</source>
        <translation>Eliminar la acción elegida (Supr; se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the last change of the actions (Ctrl+Z)</source>
        <translation>Deshacer el último cambio de las acciones (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>Rehacerlo (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Eliminar una acción</translation>
    </message>
    <message>
        <source>Change an action</source>
        <translation>Cambiar una acción</translation>
    </message>
    <message>
        <source>Open a company to keep its actions.</source>
        <translation>Abra una empresa para llevar sus acciones.</translation>
    </message>
    <message>
        <source>No actions yet. Press Ctrl+N to record what was agreed, who owns it and by when.</source>
        <translation>Aún no hay acciones. Pulse Ctrl+N para registrar lo acordado, quién es responsable y para cuándo.</translation>
    </message>
    <message>
        <source>Actions: %1 open, %2 in progress, %3 done, %4 dropped.</source>
        <translation>Acciones: %1 abiertas, %2 en curso, %3 hechas, %4 descartadas.</translation>
    </message>
    <message>
        <source>⚠ %1 overdue.</source>
        <translation>⚠ %1 vencidas.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Export the actions as CSV</source>
        <translation>Exportar las acciones como CSV</translation>
    </message>
    <message>
        <source>actions.csv</source>
        <translation>acciones.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>No se pudo guardar la tabla</translation>
    </message>
    <message>
        <source>Action changed on another desk</source>
        <translation>Acción modificada en otro puesto</translation>
    </message>
    <message>
        <source>Reloaded: the actions as saved on the other desk</source>
        <translation>Recargadas: las acciones tal como se guardaron en el otro puesto</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
</context>
<context>
    <name>acc::AtRiskModel</name>
    <message>
        <source>Overdue &amp; unlikely</source>
        <translation>Atrasado e improbable</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Retorno improbable</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Customer
ID</source>
        <translation>ID de
cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Por qué figura</translation>
    </message>
    <message>
        <source>Value at stake (revenue 12 months)</source>
        <translation>Valor en juego (ingresos 12 meses)</translation>
    </message>
    <message>
        <source>Value
at stake</source>
        <translation>Valor
en juego</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
    <message>
        <source>Expected value (next 12 months)</source>
        <translation>Valor esperado (próximos 12 meses)</translation>
    </message>
    <message>
        <source>Expected
12 months</source>
        <translation>Esperado
12 meses</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>Last
order</source>
        <translation>Último
pedido</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Días desde el último pedido</translation>
    </message>
    <message>
        <source>Days since
last order</source>
        <translation>Días desde
último pedido</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>Account
owner</source>
        <translation>Gestor
de cuenta</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
</context>
<context>
    <name>acc::AtRiskView</name>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>How the list was made</source>
        <translation>Cómo se elaboró la lista</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Guardar la lista como archivo CSV</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clientes en riesgo</translation>
    </message>
    <message>
        <source>Enter or double-click: open the customer in the Customers view</source>
        <translation>Intro o doble clic: abrir el cliente en la vista Clientes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Retorno improbable</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Valor en juego</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>Computed without the probability model: only overdue customers are listed.</source>
        <translation>Calculado sin el modelo de probabilidad: solo se muestran los clientes atrasados.</translation>
    </message>
    <message>
        <source>too few customers with orders</source>
        <translation>muy pocos clientes con pedidos</translation>
    </message>
    <message>
        <source>The probability model could not be fitted (%1): only overdue customers are listed, without P(alive).</source>
        <translation>No se pudo ajustar el modelo de probabilidad (%1): solo se muestran los clientes atrasados, sin P(activo).</translation>
    </message>
    <message>
        <source>Ranked by value at stake (revenue of the last 12 months). P(alive) from BG/NBD fitted on %1 customers%2.</source>
        <translation>Ordenados por valor en juego (ingresos de los últimos 12 meses). P(activo) según BG/NBD ajustado con %1 clientes%2.</translation>
    </message>
    <message>
        <source> (did not converge)</source>
        <translation> (no convergió)</translation>
    </message>
    <message>
        <source>At risk on %1</source>
        <translation>En riesgo el %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the customers at risk as CSV</source>
        <translation>Exportar los clientes en riesgo como CSV</translation>
    </message>
    <message>
        <source>at-risk-%1.csv</source>
        <translation>en-riesgo-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
    <message>
        <source>Fitting the probability model: the overdue customers are listed meanwhile.</source>
        <translation>Ajustando el modelo de probabilidad: mientras tanto se muestran los clientes atrasados.</translation>
    </message>
</context>
<context>
    <name>acc::BestCustomersModel</name>
    <message>
        <source>Suspect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>First-time buyer</source>
        <translation>Primer comprador</translation>
    </message>
    <message>
        <source>Repeat buyer</source>
        <translation>Comprador recurrente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente fiel</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>By lifetime value, highest first (ties: customer ID)</source>
        <translation>Por valor de vida, de mayor a menor (empates: ID de cliente)</translation>
    </message>
    <message>
        <source>Every order and refund up to the period&apos;s end</source>
        <translation>Todos los pedidos y reembolsos hasta el final del periodo</translation>
    </message>
    <message>
        <source>Orders and refunds in the 12 months up to the period&apos;s end</source>
        <translation>Pedidos y reembolsos en los 12 meses hasta el final del periodo</translation>
    </message>
    <message>
        <source>Orders (not refunds) in the 12 months up to the period&apos;s end</source>
        <translation>Pedidos (sin reembolsos) en los 12 meses hasta el final del periodo</translation>
    </message>
    <message>
        <source>Probability that the customer is still buying (BG/NBD model)</source>
        <translation>Probabilidad de que el cliente siga comprando (modelo BG/NBD)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>Account
owner</source>
        <translation>Gestor
de cuenta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Lifetime
value</source>
        <translation>Valor
de vida</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Ingresos (12 meses)</translation>
    </message>
    <message>
        <source>Revenue
12 months</source>
        <translation>Ingresos
12 meses</translation>
    </message>
    <message>
        <source>Orders (12 months)</source>
        <translation>Pedidos (12 meses)</translation>
    </message>
    <message>
        <source>Orders
12 months</source>
        <translation>Pedidos
12 meses</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
</context>
<context>
    <name>acc::BestCustomersView</name>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>80/20 curve of revenue</source>
        <translation>Curva 80/20 de ingresos</translation>
    </message>
    <message>
        <source>Category mix, best customers against the rest</source>
        <translation>Mix de categorías, mejores clientes frente al resto</translation>
    </message>
    <message>
        <source>Click a bar to list that group&apos;s customers who bought the category</source>
        <translation>Haga clic en una barra para ver los clientes de ese grupo que compraron la categoría</translation>
    </message>
    <message>
        <source>Active customers by loyalty stage</source>
        <translation>Clientes activos por etapa de fidelidad</translation>
    </message>
    <message>
        <source>Click a stage&apos;s bar to list its active customers</source>
        <translation>Haga clic en la barra de una etapa para ver sus clientes activos</translation>
    </message>
    <message>
        <source>Ranked &amp;list</source>
        <translation>Lista &amp;ordenada</translation>
    </message>
    <message>
        <source>Every customer with revenue in the last 12 months (active or not), ranked by it, as for the top 20 %&apos;s share; the best customers&apos; part in blue.</source>
        <translation>Todos los clientes con ingresos en los últimos 12 meses (activos o no), ordenados por ellos, como para la cuota del 20 % superior; la parte de los mejores clientes en azul.</translation>
    </message>
    <message>
        <source>&amp;80/20 curve</source>
        <translation>Curva &amp;80/20</translation>
    </message>
    <message>
        <source>Each category&apos;s share of the group&apos;s revenue in the last 12 months (refunds included). Click a bar for the customers behind it.</source>
        <translation>Cuota de cada categoría en los ingresos del grupo en los últimos 12 meses (reembolsos incluidos). Haga clic en una barra para ver los clientes que hay detrás.</translation>
    </message>
    <message>
        <source>What they &amp;buy</source>
        <translation>Qué &amp;compran</translation>
    </message>
    <message>
        <source>Active customers at the period&apos;s end by stage; best customers in blue. Click a bar for the stage&apos;s customers.</source>
        <translation>Clientes activos al final del periodo por etapa; mejores clientes en azul. Haga clic en una barra para ver los clientes de la etapa.</translation>
    </message>
    <message>
        <source>Loyalty &amp;stages</source>
        <translation>Etapas de &amp;fidelidad</translation>
    </message>
    <message>
        <source>Value vs &amp;demand</source>
        <translation>&amp;Valor vs. demanda</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the ranked list as a CSV file</source>
        <translation>Guardar la lista ordenada como archivo CSV</translation>
    </message>
    <message>
        <source>Best customers, ranked by lifetime value</source>
        <translation>Mejores clientes, ordenados por valor de vida</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it</source>
        <translation>Haga doble clic en un cliente, o pulse Intro, para abrirlo</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>No best customers on %1</source>
        <translation>No hay mejores clientes el %1</translation>
    </message>
    <message>
        <source>1 best customer</source>
        <translation>1 mejor cliente</translation>
    </message>
    <message>
        <source>%1 best customers, ranked by lifetime value</source>
        <translation>%1 mejores clientes, ordenados por valor de vida</translation>
    </message>
    <message>
        <source>Best customers who bought %1 in the last 12 months</source>
        <translation>Mejores clientes que compraron %1 en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Other active customers who bought %1 in the last 12 months</source>
        <translation>Otros clientes activos que compraron %1 en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Active customers at the stage %1</source>
        <translation>Clientes activos en la etapa %1</translation>
    </message>
    <message>
        <source>Demanding high-value corner: top 20 % by revenue with 1 or more contacts, last 12 months</source>
        <translation>Esquina exigente de alto valor: 20 % superior por ingresos con 1 o más contactos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Demanding high-value corner: top 20 % by revenue with %1 or more contacts, last 12 months</source>
        <translation>Esquina exigente de alto valor: 20 % superior por ingresos con %1 o más contactos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Best customer no. %1</source>
        <translation>Mejor cliente n.º %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export best customers as CSV</source>
        <translation>Exportar los mejores clientes como CSV</translation>
    </message>
    <message>
        <source>best-customers-%1.csv</source>
        <translation>mejores-clientes-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
</context>
<context>
    <name>acc::CategoryMixChart</name>
    <message>
        <source>What they buy, last 12 months</source>
        <translation>Qué compran, últimos 12 meses</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Other active customers</source>
        <translation>Otros clientes activos</translation>
    </message>
    <message>
        <source>Share of the group&apos;s revenue (%)</source>
        <translation>Cuota de los ingresos del grupo (%)</translation>
    </message>
    <message>
        <source>Click to list the customers</source>
        <translation>Haga clic para ver los clientes</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Sin ingresos</translation>
    </message>
</context>
<context>
    <name>acc::CategoryMixModel</name>
    <message>
        <source>Other categories (%1)</source>
        <translation>Otras categorías (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Cuota de mejores clientes</translation>
    </message>
    <message>
        <source>Other active customers&apos; share</source>
        <translation>Cuota de otros clientes activos</translation>
    </message>
    <message>
        <source>Best customers&apos; revenue</source>
        <translation>Ingresos de mejores clientes</translation>
    </message>
    <message>
        <source>Other active customers&apos; revenue</source>
        <translation>Ingresos de otros clientes activos</translation>
    </message>
</context>
<context>
    <name>acc::ChangeListener</name>
    <message>
        <source>cannot listen for other desks&apos; changes: %1</source>
        <translation>no se pueden recibir los cambios de otros puestos: %1</translation>
    </message>
</context>
<context>
    <name>acc::ColumnMappingModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>(missing: choose a column)</source>
        <translation>(falta: elija una columna)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
</context>
<context>
    <name>acc::ComplaintsTrendChart</name>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Reclamaciones por 100 clientes</translation>
    </message>
    <message>
        <source>Per 100 customers</source>
        <translation>Por 100 clientes</translation>
    </message>
</context>
<context>
    <name>acc::ConnectDialog</name>
    <message>
        <source>Connect to a shared company</source>
        <translation>Conectar con una empresa compartida</translation>
    </message>
    <message>
        <source>A company on a PostgreSQL server, shared by the leadership team. The password is not stored: leave it empty to use ~/.pgpass.</source>
        <translation>Una empresa en un servidor PostgreSQL, compartida por el equipo directivo. La contraseña no se guarda: déjela vacía para usar ~/.pgpass.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>the company&apos;s database</source>
        <translation>la base de datos de la empresa</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>desde ~/.pgpass si se deja vacía</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrada si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Siempre cifrada</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate and name checked</source>
        <translation>Cifrada, con el certificado y el nombre del servidor comprobados</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Nunca cifrada</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
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
        <translation>Rescate</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>Cuota de contactos</translation>
    </message>
    <message>
        <source>Share of
contacts</source>
        <translation>Cuota de
contactos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>acc::CriteriaDialog</name>
    <message>
        <source>Best-customer criteria</source>
        <translation>Criterios de mejores clientes</translation>
    </message>
    <message>
        <source>In force: %1, version %2 (the figures of %3)</source>
        <translation>Vigente: %1, versión %2 (las cifras de %3)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Au&amp;thor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Guardar como versión nueva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The company database cannot be opened for saving: %1</source>
        <translation>No se puede abrir la base de datos de la empresa para guardar: %1</translation>
    </message>
    <message>
        <source>The company database cannot be opened for saving.</source>
        <translation>No se puede abrir la base de datos de la empresa para guardar.</translation>
    </message>
    <message>
        <source>A rule has a problem (marked in red): correct it to save.</source>
        <translation>Una regla tiene un problema (marcada en rojo): corríjala para guardar.</translation>
    </message>
    <message>
        <source>The set needs a name.</source>
        <translation>El conjunto necesita un nombre.</translation>
    </message>
    <message>
        <source>Say who saves this version (Author).</source>
        <translation>Indique quién guarda esta versión (Autor).</translation>
    </message>
    <message>
        <source>Stores these rules as a new version of &quot;%1&quot; (the earlier versions are kept) and puts it in force</source>
        <translation>Guarda estas reglas como versión nueva de &quot;%1&quot; (se conservan las versiones anteriores) y la pone en vigor</translation>
    </message>
    <message>
        <source>The stored versions cannot be read: %1</source>
        <translation>No se pueden leer las versiones guardadas: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved as version %1, but it could not be put in force: %2</source>
        <translation>Guardado como versión %1, pero no se pudo poner en vigor: %2</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The rules were changed and not saved. Close and discard the changes?</source>
        <translation>Las reglas se cambiaron y no se guardaron. ¿Cerrar y descartar los cambios?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) (History tab)</source>
        <translation>
            <numerusform>… y %n cambio más (pestaña Historial)</numerusform>
            <numerusform>… y %n cambios más (pestaña Historial)</numerusform>
        </translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>otro puesto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 was saved by %3 %4 while you were editing version %5.</source>
        <translation>«%1» versión %2 fue guardada por %3 %4 mientras editaba la versión %5.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>Sus cambios:</translation>
    </message>
    <message>
        <source>Criteria changed on another desk</source>
        <translation>Criterios cambiados en otro puesto</translation>
    </message>
    <message>
        <source>Version %1 by %2 is loaded; Undo (Ctrl+Z) brings your rules back.</source>
        <translation>La versión %1 de %2 está cargada; Deshacer (Ctrl+Z) recupera sus reglas.</translation>
    </message>
</context>
<context>
    <name>acc::CriteriaSummary</name>
    <message>
        <source>Criteria in force</source>
        <translation>Criterios vigentes</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>&amp;Edit criteria…</source>
        <translation>&amp;Editar criterios…</translation>
    </message>
    <message>
        <source>Change what makes a best customer and save a new version</source>
        <translation>Cambiar qué define a un mejor cliente y guardar una versión nueva</translation>
    </message>
    <message>
        <source>Best-customer criteria</source>
        <translation>Criterios de mejores clientes</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>Criteria in force: %1, version %2</source>
        <translation>Criterios vigentes: %1, versión %2</translation>
    </message>
    <message>
        <source>(and %1 more: see the tooltip)</source>
        <translation>(y %1 más: vea la información emergente)</translation>
    </message>
</context>
<context>
    <name>acc::CsvPreviewModel</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
</context>
<context>
    <name>acc::CustomerDetail</name>
    <message>
        <source>Choose a customer in the list to see its orders, contacts and feedback.</source>
        <translation>Elija un cliente de la lista para ver sus pedidos, contactos y opiniones.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opiniones</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>Account owner: %1</source>
        <translation>Gestor de cuenta: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>El %1: %2</translation>
    </message>
    <message>
        <source>Acquired %1</source>
        <translation>Captado el %1</translation>
    </message>
    <message>
        <source>Lost %1 (%2)</source>
        <translation>Perdido el %1 (%2)</translation>
    </message>
    <message>
        <source>Won back %1</source>
        <translation>Recuperado el %1</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Ingresos (12 meses)</translation>
    </message>
    <message>
        <source>Last order %1</source>
        <translation>Último pedido el %1</translation>
    </message>
    <message>
        <source>No order yet</source>
        <translation>Aún sin pedidos</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 en 12 meses</translation>
    </message>
    <message>
        <source>Best customer</source>
        <translation>Mejor cliente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Criteria in force</source>
        <translation>Criterios vigentes</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
    <message>
        <source>Chance still buying</source>
        <translation>Probabilidad de recompra</translation>
    </message>
    <message>
        <source>No order to judge by</source>
        <translation>Sin pedidos en que basarse</translation>
    </message>
    <message>
        <source>Expected (12 months)</source>
        <translation>Esperado (12 meses)</translation>
    </message>
    <message>
        <source>%1 orders expected</source>
        <translation>%1 pedidos esperados</translation>
    </message>
    <message>
        <source>The customer&apos;s history up to %1</source>
        <translation>Historial del cliente hasta %1</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Pedidos (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contactos (%1)</translation>
    </message>
    <message>
        <source>Feedback (%1)</source>
        <translation>Opiniones (%1)</translation>
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
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Rescate</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>acc::CustomersModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Where the customer stands on %1</source>
        <translation>Situación del cliente el %1</translation>
    </message>
    <message>
        <source>Order amounts, refunds included, in the 365 days up to %1</source>
        <translation>Importes de pedidos, reembolsos incluidos, en los 365 días hasta %1</translation>
    </message>
    <message>
        <source>Every order amount up to %1, refunds included</source>
        <translation>Todos los importes de pedidos hasta %1, reembolsos incluidos</translation>
    </message>
    <message>
        <source>Orders (not refunds) up to %1</source>
        <translation>Pedidos (sin reembolsos) hasta %1</translation>
    </message>
    <message>
        <source>In the best-customer list of the criteria in force</source>
        <translation>En la lista de mejores clientes de los criterios vigentes</translation>
    </message>
    <message>
        <source>Probability that the customer is still buying (BG/NBD model); none without an order</source>
        <translation>Probabilidad de que el cliente siga comprando (modelo BG/NBD); ninguna sin pedidos</translation>
    </message>
    <message>
        <source>Expected revenue in the next 12 months (BG/NBD and Gamma-Gamma models)</source>
        <translation>Ingresos esperados en los próximos 12 meses (modelos BG/NBD y Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Ingresos (12 meses)</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
    <message>
        <source>Expected value (12 months)</source>
        <translation>Valor esperado (12 meses)</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>First-time customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Repeat customer</source>
        <translation>Cliente recurrente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente fiel</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Won back on %1</source>
        <translation>Recuperado el %1</translation>
    </message>
    <message>
        <source>Lost on %1 (%2)</source>
        <translation>Perdido el %1 (%2)</translation>
    </message>
    <message>
        <source>Not yet acquired</source>
        <translation>Aún no captado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
</context>
<context>
    <name>acc::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Clientes mostrados</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>Ver &amp;todos los clientes</translation>
    </message>
    <message>
        <source>Leave the drill-down and the search (Esc)</source>
        <translation>Salir del detalle y de la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Every word must appear in the customer&apos;s ID, name, segment, region or account owner; case and accents do not matter (Ctrl+F)</source>
        <translation>Cada palabra debe aparecer en el ID, nombre, segmento, región o gestor de cuenta del cliente; no importan mayúsculas ni acentos (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered and sorted) as a CSV file</source>
        <translation>Guardar la tabla tal como se muestra (filtrada y ordenada) como archivo CSV</translation>
    </message>
    <message>
        <source>Selected customers</source>
        <translation>Clientes seleccionados</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>Every customer · %1 of %2 match the search</source>
        <translation>Todos los clientes · %1 de %2 coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>Every customer · 1 customer</source>
        <translation>Todos los clientes · 1 cliente</translation>
    </message>
    <message>
        <source>Every customer · %1 customers</source>
        <translation>Todos los clientes · %1 clientes</translation>
    </message>
    <message>
        <source>%1 · 1 customer</source>
        <translation>%1 · 1 cliente</translation>
    </message>
    <message>
        <source>%1 · %2 customers</source>
        <translation>%1 · %2 clientes</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 match the search</source>
        <translation>%1 · %2 de %3 coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>customers-%1.csv</source>
        <translation>clientes-%1.csv</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>Export customers as CSV</source>
        <translation>Exportar clientes como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
</context>
<context>
    <name>acc::ExitCallDialog</name>
    <message>
        <source>Exit call</source>
        <translation>Llamada de salida</translation>
    </message>
    <message>
        <source>the executive who calls</source>
        <translation>el directivo que llama</translation>
    </message>
    <message>
        <source>the reason the customer gave</source>
        <translation>el motivo que dio el cliente</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Quién llama:</translation>
    </message>
    <message>
        <source>&amp;Call by:</source>
        <translation>Llamar &amp;antes de:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;reason:</source>
        <translation>&amp;Motivo del cliente:</translation>
    </message>
    <message>
        <source>&amp;Win-back chance:</source>
        <translation>&amp;Probabilidad de recuperar:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
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
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>Ver &amp;todos los clientes</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>Account &amp;owner</source>
        <translation>&amp;Gestor de cuenta</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los gestores</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>Every view shows all customers. Choose a segment, region or owner to show only theirs (Ctrl+Shift+F).</source>
        <translation>Todas las vistas muestran todos los clientes. Elija un segmento, una región o un gestor para mostrar solo los suyos (Ctrl+Mayús+F).</translation>
    </message>
    <message>
        <source>Every view, export and pack shows only these customers: %1</source>
        <translation>Todas las vistas, exportaciones y dossieres muestran solo estos clientes: %1</translation>
    </message>
</context>
<context>
    <name>acc::FollowThroughModel</name>
    <message>
        <source>Feedback right after the sale</source>
        <translation>Opinión justo después de la venta</translation>
    </message>
    <message>
        <source>Followed up down the line</source>
        <translation>Seguimiento posterior</translation>
    </message>
    <message>
        <source>Re-engaged into a new order</source>
        <translation>Reactivados con un nuevo pedido</translation>
    </message>
    <message>
        <source>%1 of %2 customers who ordered</source>
        <translation>%1 de %2 clientes que hicieron pedidos</translation>
    </message>
    <message>
        <source>%1 of %2 active customers</source>
        <translation>%1 de %2 clientes activos</translation>
    </message>
    <message>
        <source>%1 of %2 revenue contacts</source>
        <translation>%1 de %2 contactos de ingresos</translation>
    </message>
    <message>
        <source>Customers who ordered and answered within 30 days</source>
        <translation>Clientes que hicieron un pedido y respondieron en 30 días</translation>
    </message>
    <message>
        <source>Customers who ordered and did not answer within 30 days</source>
        <translation>Clientes que hicieron un pedido y no respondieron en 30 días</translation>
    </message>
    <message>
        <source>Active customers with a relationship contact in the last 180 days</source>
        <translation>Clientes activos con un contacto de relación en los últimos 180 días</translation>
    </message>
    <message>
        <source>Active customers not followed up in the last 180 days</source>
        <translation>Clientes activos sin seguimiento en los últimos 180 días</translation>
    </message>
    <message>
        <source>Customers re-engaged: a revenue contact led to an order within 60 days</source>
        <translation>Clientes reactivados: un contacto de ingresos llevó a un pedido en 60 días</translation>
    </message>
    <message>
        <source>Customers whose revenue contacts led to no order within 60 days</source>
        <translation>Clientes cuyos contactos de ingresos no llevaron a ningún pedido en 60 días</translation>
    </message>
    <message>
        <source>Customers who ordered in the period, and of them those who answered within 30 days</source>
        <translation>Clientes que hicieron pedidos en el periodo y, de ellos, los que respondieron en 30 días</translation>
    </message>
    <message>
        <source>Active customers at the end, and of them those with a relationship contact in 180 days</source>
        <translation>Clientes activos al final y, de ellos, los que tuvieron un contacto de relación en 180 días</translation>
    </message>
    <message>
        <source>Revenue contacts in the period, and of them those followed by an order within 60 days</source>
        <translation>Contactos de ingresos en el periodo y, de ellos, los seguidos de un pedido en 60 días</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Qué se cuenta</translation>
    </message>
</context>
<context>
    <name>acc::FollowThroughView</name>
    <message>
        <source>Answered (%1)</source>
        <translation>Respondieron (%1)</translation>
    </message>
    <message>
        <source>Did not answer (%1)</source>
        <translation>No respondieron (%1)</translation>
    </message>
    <message>
        <source>Followed up (%1)</source>
        <translation>Con seguimiento (%1)</translation>
    </message>
    <message>
        <source>Not followed up (%1)</source>
        <translation>Sin seguimiento (%1)</translation>
    </message>
    <message>
        <source>Customers re-engaged</source>
        <translation>Clientes reactivados</translation>
    </message>
    <message>
        <source>Customers with no new order</source>
        <translation>Clientes sin pedido nuevo</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Save the follow-through figures as a CSV file</source>
        <translation>Guardar las cifras de seguimiento como archivo CSV</translation>
    </message>
    <message>
        <source>Follow-through figures</source>
        <translation>Cifras de seguimiento</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to list the customers it missed</source>
        <translation>Haga doble clic en una fila, o pulse Intro, para ver los clientes que se quedaron fuera</translation>
    </message>
    <message>
        <source>After the sale, %1</source>
        <translation>Tras la venta, %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the follow-through figures as CSV</source>
        <translation>Exportar las cifras de seguimiento como CSV</translation>
    </message>
    <message>
        <source>follow-through-%1.csv</source>
        <translation>seguimiento-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
</context>
<context>
    <name>acc::HelpDialog</name>
    <message>
        <source>Accountable user guide</source>
        <translation>Guía del usuario de Accountable</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>User guide: %1</source>
        <translation>Guía del usuario: %1</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Las cifras</translation>
    </message>
    <message>
        <source>Working the view</source>
        <translation>Uso de la vista</translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation>Dirigir una reunión</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Todas las vistas</translation>
    </message>
</context>
<context>
    <name>acc::HistoryPage</name>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>R&amp;estore this version</source>
        <translation>Res&amp;taurar esta versión</translation>
    </message>
    <message>
        <source>Loads the chosen version into the rules (undo with Ctrl+Z); saving it makes a new version</source>
        <translation>Carga la versión elegida en las reglas (se deshace con Ctrl+Z); al guardarla se crea una versión nueva</translation>
    </message>
    <message>
        <source>The rules being edited</source>
        <translation>Las reglas en edición</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <source>No version of this name is stored yet</source>
        <translation>Aún no hay ninguna versión guardada con este nombre</translation>
    </message>
    <message>
        <source>Choose a version</source>
        <translation>Elija una versión</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>Versión %1, guardada por %2 el %3</translation>
    </message>
    <message>
        <source>The rules being edited have a problem (marked in red on the Rules page); they are compared once it is corrected.</source>
        <translation>Las reglas en edición tienen un problema (marcado en rojo en la página Reglas); se compararán cuando se corrija.</translation>
    </message>
    <message>
        <source>The rules being edited say what version %1 says.</source>
        <translation>Las reglas en edición dicen lo mismo que la versión %1.</translation>
    </message>
    <message>
        <source>What differs from version %1:</source>
        <translation>Diferencias con la versión %1:</translation>
    </message>
</context>
<context>
    <name>acc::ImportFilesModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>Unknown kind of file: choose what it holds</source>
        <translation>Tipo de archivo desconocido: elija qué contiene</translation>
    </message>
    <message>
        <source>Columns to map</source>
        <translation>Columnas por asignar</translation>
    </message>
    <message>
        <source>Ready (remembered column mapping)</source>
        <translation>Listo (asignación de columnas recordada)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>acc::ImportFilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>Elija los archivos que desea importar</translation>
    </message>
    <message>
        <source>Customers, orders, contacts, feedback and spend exports (CSV). Drop files here or add them; each file&apos;s kind is recognised from its header.</source>
        <translation>Exportaciones de clientes, pedidos, contactos, opiniones y gasto (CSV). Suelte los archivos aquí o añádalos; el tipo de cada archivo se reconoce por su encabezado.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (ISO 8601)</source>
        <translation>YYYY-MM-DD (ISO 8601)</translation>
    </message>
    <message>
        <source>Only for exports that write dates otherwise, e.g. dd.MM.yyyy or MM/dd/yyyy</source>
        <translation>Solo para exportaciones que escriben las fechas de otro modo, p. ej. dd.MM.yyyy o MM/dd/yyyy</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Formato de fecha:</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Añadir archivos para importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Replace the whole company with these files (data of kinds without a file is deleted)</source>
        <translation>&amp;Sustituir toda la empresa por estos archivos (se eliminan los datos de tipos sin archivo)</translation>
    </message>
</context>
<context>
    <name>acc::ImportJobPage</name>
    <message>
        <source>&amp;Save the list as CSV…</source>
        <translation>&amp;Guardar la lista como CSV…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Comprobar datos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Every row of every file is checked before anything is written.</source>
        <translation>Se comprueba cada fila de cada archivo antes de escribir nada.</translation>
    </message>
    <message>
        <source>All files are written in one transaction: all of it, or nothing.</source>
        <translation>Todos los archivos se escriben en una sola transacción: todo o nada.</translation>
    </message>
    <message>
        <source>Reading %1 … %2 rows</source>
        <translation>Leyendo %1 … %2 filas</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Comprobando …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importando …</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the data is exactly as before.</source>
        <translation>Cancelado. No se escribió nada; los datos están exactamente como antes.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing was written.</source>
        <translation>
            <numerusform>%n error encontrado. No se escribió nada.</numerusform>
            <numerusform>%n errores encontrados. No se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first 100 are listed; save the list as CSV to see them all.</source>
        <translation>Se muestran los 100 primeros; guarde la lista como CSV para verlos todos.</translation>
    </message>
    <message>
        <source>Fix the files and import again.</source>
        <translation>Corrija los archivos y vuelva a importar.</translation>
    </message>
    <message>
        <source>%1: %2 rows, all valid</source>
        <translation>%1: %2 filas, todas válidas</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3 added, %4 updated)</source>
        <translation>%1: %2 filas (%3 añadidas, %4 actualizadas)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the rows were accepted; see the list below.</source>
        <translation>
            <numerusform>%n aviso: se aceptaron las filas; vea la lista de abajo.</numerusform>
            <numerusform>%n avisos: se aceptaron las filas; vea la lista de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Every view now shows the new data.</source>
        <translation>Importado. Todas las vistas muestran ya los datos nuevos.</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Guardar la lista de problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Sustituido: %1.</translation>
    </message>
    <message>
        <source>Replace the whole company</source>
        <translation>Sustituir toda la empresa</translation>
    </message>
    <message>
        <source>Every customer, order, contact, answer and spend row held now is deleted, and the company becomes exactly these files: kinds of data without a file end empty.

Replace the whole company?</source>
        <translation>Se eliminarán todos los clientes, pedidos, contactos, respuestas y filas de gasto actuales, y la empresa pasará a ser exactamente estos archivos: los tipos de datos sin archivo quedarán vacíos.

¿Sustituir toda la empresa?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
</context>
<context>
    <name>acc::ImportMappingPage</name>
    <message>
        <source>R&amp;emember this mapping for exports with the same columns</source>
        <translation>&amp;Recordar esta asignación para exportaciones con las mismas columnas</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asignar columnas</translation>
    </message>
    <message>
        <source>Tell Accountable which column of each export holds which field. Fields marked * are required.</source>
        <translation>Indique a Accountable qué columna de cada exportación contiene cada campo. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Campos obligatorios sin columna: %1</translation>
    </message>
    <message>
        <source>Columns chosen for two fields: %1</source>
        <translation>Columnas elegidas para dos campos: %1</translation>
    </message>
    <message>
        <source>%1 still needs its columns mapped</source>
        <translation>A %1 aún le falta asignar columnas</translation>
    </message>
    <message>
        <source>✔ Every required field has a column.</source>
        <translation>✔ Todos los campos obligatorios tienen columna.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
</context>
<context>
    <name>acc::ImportMessagesModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
</context>
<context>
    <name>acc::ImportWizard</name>
    <message>
        <source>Import customer data</source>
        <translation>Importar datos de clientes</translation>
    </message>
</context>
<context>
    <name>acc::ListeningTrendModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotores (9-10)</translation>
    </message>
    <message>
        <source>Promoters
9-10</source>
        <translation>Promotores
9-10</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Pasivos (7-8)</translation>
    </message>
    <message>
        <source>Passives
7-8</source>
        <translation>Pasivos
7-8</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detractores (0-6)</translation>
    </message>
    <message>
        <source>Detractors
0-6</source>
        <translation>Detractores
0-6</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>Clientes al inicio</translation>
    </message>
    <message>
        <source>Customers
at start</source>
        <translation>Clientes
al inicio</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Reclamaciones por 100 clientes</translation>
    </message>
    <message>
        <source>Complaints
per 100</source>
        <translation>Reclamaciones
por 100</translation>
    </message>
</context>
<context>
    <name>acc::ListeningView</name>
    <message>
        <source>Listening &amp; service</source>
        <translation>Escucha y servicio</translation>
    </message>
    <message>
        <source>NPS with promoters, passives and detractors by period</source>
        <translation>NPS con promotores, pasivos y detractores por periodo</translation>
    </message>
    <message>
        <source>Click a part of a bar to list its promoters, passives or detractors</source>
        <translation>Haga clic en una parte de una barra para ver sus promotores, pasivos o detractores</translation>
    </message>
    <message>
        <source>Complaints per 100 customers by period</source>
        <translation>Reclamaciones por 100 clientes por periodo</translation>
    </message>
    <message>
        <source>Click a bar to list the customers who complained in that period</source>
        <translation>Haga clic en una barra para ver los clientes que reclamaron en ese periodo</translation>
    </message>
    <message>
        <source>Reasons that drove customers away</source>
        <translation>Motivos que alejaron a los clientes</translation>
    </message>
    <message>
        <source>Click a reason&apos;s bar to list the customers lost for it</source>
        <translation>Haga clic en la barra de un motivo para ver los clientes perdidos por él</translation>
    </message>
    <message>
        <source>Customers of the period:</source>
        <translation>Clientes del periodo:</translation>
    </message>
    <message>
        <source>&amp;Detractors</source>
        <translation>&amp;Detractores</translation>
    </message>
    <message>
        <source>&amp;Complainants</source>
        <translation>R&amp;eclamantes</translation>
    </message>
    <message>
        <source>&amp;Outside SLA</source>
        <translation>&amp;Fuera de SLA</translation>
    </message>
    <message>
        <source>&amp;Rescue contacts</source>
        <translation>&amp;Rescates</translation>
    </message>
    <message>
        <source>&amp;Not rescued</source>
        <translation>&amp;No rescatados</translation>
    </message>
    <message>
        <source>Open the Customers view on: %1</source>
        <translation>Abrir la vista Clientes con: %1</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the trend table as a CSV file</source>
        <translation>Guardar la tabla de tendencia como archivo CSV</translation>
    </message>
    <message>
        <source>Listening trend</source>
        <translation>Tendencia de escucha</translation>
    </message>
    <message>
        <source>Enter or double-click a row: the customers who answered in that period</source>
        <translation>Intro o doble clic en una fila: los clientes que respondieron en ese periodo</translation>
    </message>
    <message>
        <source>NPS and answers, last 13 months</source>
        <translation>NPS y respuestas, últimos 13 meses</translation>
    </message>
    <message>
        <source>NPS and answers, last 8 quarters</source>
        <translation>NPS y respuestas, últimos 8 trimestres</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Reclamaciones por 100 clientes</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Por qué se fueron los clientes, %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Por qué se fueron los clientes</translation>
    </message>
    <message>
        <source>Customers of %1:</source>
        <translation>Clientes de %1:</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Complaints per 100</source>
        <translation>Reclamaciones por 100</translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>Resueltas en SLA</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Resolución mediana</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Tasa de rescate</translation>
    </message>
    <message>
        <source>Export the listening trend as CSV</source>
        <translation>Exportar la tendencia de escucha como CSV</translation>
    </message>
    <message>
        <source>listening-%1.csv</source>
        <translation>escucha-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
</context>
<context>
    <name>acc::LossBreakdownModel</name>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valor perdido (12 meses)</translation>
    </message>
    <message>
        <source>Share of lost value</source>
        <translation>Cuota del valor perdido</translation>
    </message>
</context>
<context>
    <name>acc::LossReviewView</name>
    <message>
        <source>Lost customers and lost value by month</source>
        <translation>Clientes perdidos y valor perdido por mes</translation>
    </message>
    <message>
        <source>Loss reasons by lost value</source>
        <translation>Motivos de pérdida por valor perdido</translation>
    </message>
    <message>
        <source>Click a month&apos;s bar to list the customers lost that month</source>
        <translation>Haga clic en la barra de un mes para ver los clientes perdidos ese mes</translation>
    </message>
    <message>
        <source>Click a reason&apos;s bar to list the customers lost for it</source>
        <translation>Haga clic en la barra de un motivo para ver los clientes perdidos por él</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Clientes mostrados</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>List the customers lost in one month (Ctrl+M)</source>
        <translation>Ver los clientes perdidos en un mes (Ctrl+M)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>List the customers lost for one reason (Ctrl+R)</source>
        <translation>Ver los clientes perdidos por un motivo (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Borrar filtro</translation>
    </message>
    <message>
        <source>Show every customer lost in the period (Esc)</source>
        <translation>Mostrar todos los clientes perdidos en el periodo (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>Guardar la tabla como archivo CSV</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Loss review</source>
        <translation>Revisión de pérdidas</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Por qué se fueron los clientes, %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Por qué se fueron los clientes</translation>
    </message>
    <message>
        <source>Whole period (%1)</source>
        <translation>Todo el periodo (%1)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>Lost in %1 · 1 customer · %2</source>
        <translation>Perdidos en %1 · 1 cliente · %2</translation>
    </message>
    <message>
        <source>Lost in %1 · %2 customers · %3</source>
        <translation>Perdidos en %1 · %2 clientes · %3</translation>
    </message>
    <message>
        <source>Lost in %1 · Reason: %2 · 1 customer · %3</source>
        <translation>Perdidos en %1 · Motivo: %2 · 1 cliente · %3</translation>
    </message>
    <message>
        <source>Lost in %1 · Reason: %2 · %3 customers · %4</source>
        <translation>Perdidos en %1 · Motivo: %2 · %3 clientes · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>lost-customers-%1.csv</source>
        <translation>clientes-perdidos-%1.csv</translation>
    </message>
    <message>
        <source>Export lost customers as CSV</source>
        <translation>Exportar clientes perdidos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Lost customers by segment</source>
        <translation>Clientes perdidos por segmento</translation>
    </message>
    <message>
        <source>Lost customers by account owner</source>
        <translation>Clientes perdidos por gestor de cuenta</translation>
    </message>
    <message>
        <source>By &amp;segment</source>
        <translation>Por &amp;segmento</translation>
    </message>
    <message>
        <source>By o&amp;wner</source>
        <translation>Por &amp;gestor</translation>
    </message>
    <message>
        <source>lost-by-segment-%1.csv</source>
        <translation>perdidos-por-segmento-%1.csv</translation>
    </message>
    <message>
        <source>lost-by-owner-%1.csv</source>
        <translation>perdidos-por-gestor-%1.csv</translation>
    </message>
    <message>
        <source>Enter or double-click: open the customer in the Customers view</source>
        <translation>Intro o doble clic: abrir el cliente en la vista Clientes</translation>
    </message>
    <message>
        <source>E&amp;xit call…</source>
        <translation>Llamada de sal&amp;ida…</translation>
    </message>
    <message>
        <source>Assign the chosen lost customer to an executive to call, or record the call&apos;s outcome (Ctrl+Shift+X)</source>
        <translation>Asignar el cliente perdido elegido a un directivo para que lo llame, o registrar el resultado de la llamada (Ctrl+Mayús+X)</translation>
    </message>
    <message>
        <source>%1 (%2), lost on %3 (%4), %5 a year</source>
        <translation>%1 (%2), perdido el %3 (%4), %5 al año</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
</context>
<context>
    <name>acc::LossTrendChart</name>
    <message>
        <source>Lost customers and lost value, last 13 months</source>
        <translation>Clientes perdidos y valor perdido, últimos 13 meses</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Lost value (%1)</source>
        <translation>Valor perdido (%1)</translation>
    </message>
</context>
<context>
    <name>acc::LossTrendModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Captados</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
</context>
<context>
    <name>acc::LostCustomersModel</name>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Perdido el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valor perdido (12 meses)</translation>
    </message>
    <message>
        <source>Won back on</source>
        <translation>Recuperado el</translation>
    </message>
    <message>
        <source> · win-back %1</source>
        <translation> · recuperación %1</translation>
    </message>
    <message>
        <source>✎ %1%2</source>
        <translation>✎ %1%2</translation>
    </message>
    <message>
        <source>✓ confirmed%1</source>
        <translation>✓ confirmado%1</translation>
    </message>
    <message>
        <source>☎ %1 to call by %2</source>
        <translation>☎ %1 llamará antes del %2</translation>
    </message>
    <message>
        <source>☎ %1 to call</source>
        <translation>☎ %1 llamará</translation>
    </message>
    <message>
        <source>Reason (exit call)</source>
        <translation>Motivo (llamada de salida)</translation>
    </message>
</context>
<context>
    <name>acc::LoyaltyStageChart</name>
    <message>
        <source>Active customers by loyalty stage</source>
        <translation>Clientes activos por etapa de fidelidad</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Other active customers</source>
        <translation>Otros clientes activos</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>%1: %2 active customers, %3 of them best customers
Click to list them</source>
        <translation>%1: %2 clientes activos, %3 de ellos mejores clientes
Haga clic para verlos</translation>
    </message>
    <message>
        <source>%1 · %2 best</source>
        <translation>%1 · %2 mejores</translation>
    </message>
    <message>
        <source>No active customers</source>
        <translation>Sin clientes activos</translation>
    </message>
</context>
<context>
    <name>acc::LoyaltyStageModel</name>
    <message>
        <source>under %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Cuota de mejores clientes</translation>
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
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calculando</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open a company database</source>
        <translation>Abrir una base de datos de empresa</translation>
    </message>
    <message>
        <source>Company databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de empresa (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Export meeting &amp;pack as PDF…</source>
        <translation>Exportar &amp;dossier en PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Exportar tabla como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Periodo a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Periodo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>&amp;Choose period</source>
        <translation>&amp;Elegir periodo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reload data</source>
        <translation>&amp;Recargar datos</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Accountable</source>
        <translation>&amp;Acerca de Accountable</translation>
    </message>
    <message>
        <source>No company database</source>
        <translation>No hay base de datos de empresa</translation>
    </message>
    <message>
        <source>There is no company database at %1.

Create one with &quot;accountable demo --db %1&quot; or &quot;accountable import --db %1 FILE.csv…&quot;, or open another with File &gt; Open database.</source>
        <translation>No hay ninguna base de datos de empresa en %1.

Cree una con &quot;accountable demo --db %1&quot; o &quot;accountable import --db %1 FILE.csv…&quot;, o abra otra con Archivo &gt; Abrir base de datos.</translation>
    </message>
    <message>
        <source>%1 — Accountable</source>
        <translation>%1 — Accountable</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a %1</translation>
    </message>
    <message>
        <source>The database holds no dated records yet</source>
        <translation>La base de datos aún no contiene registros con fecha</translation>
    </message>
    <message>
        <source>The figures could not be computed</source>
        <translation>No se pudieron calcular las cifras</translation>
    </message>
    <message>
        <source>Accountable could not read the company database %1.

%2</source>
        <translation>Accountable no pudo leer la base de datos de empresa %1.

%2</translation>
    </message>
    <message>
        <source>there are no figures to print yet</source>
        <translation>aún no hay cifras que imprimir</translation>
    </message>
    <message>
        <source>meeting-pack-%1.pdf</source>
        <translation>dossier-reunion-%1.pdf</translation>
    </message>
    <message>
        <source>Export meeting pack as PDF</source>
        <translation>Exportar el dossier de la reunión en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The meeting pack could not be saved</source>
        <translation>No se pudo guardar el dossier de la reunión</translation>
    </message>
    <message>
        <source>Meeting pack saved to %1</source>
        <translation>Dossier de la reunión guardado en %1</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Dossier de la reunión</translation>
    </message>
    <message>
        <source>Import into a new company database</source>
        <translation>Importar en una base de datos de empresa nueva</translation>
    </message>
    <message>
        <source>Company databases (*.sqlite *.db)</source>
        <translation>Bases de datos de empresa (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>No meeting pack for a whole year</source>
        <translation>No hay dossier para un año completo</translation>
    </message>
    <message>
        <source>A meeting pack covers a month (the monthly review) or a quarter (the quarterly meeting). Choose a month or a quarter above, then make the pack.</source>
        <translation>Un dossier de reunión abarca un mes (la revisión mensual) o un trimestre (la reunión trimestral). Elija arriba un mes o un trimestre y genere el dossier.</translation>
    </message>
    <message>
        <source>a monthly pack covers a month and a quarterly pack a quarter, not %1</source>
        <translation>un dossier mensual abarca un mes y uno trimestral un trimestre, no %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Best-customer &amp;criteria…</source>
        <translation>&amp;Criterios de mejores clientes…</translation>
    </message>
    <message>
        <source>Criteria &quot;%1&quot; version %2 saved and in force</source>
        <translation>Criterios &quot;%1&quot; versión %2 guardados y vigentes</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard as an image</source>
        <translation>Gráfico copiado al portapapeles como imagen</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; copied to the clipboard as an image</source>
        <translation>Gráfico &quot;%1&quot; copiado al portapapeles como imagen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>&amp;Copiar gráfico como imagen</translation>
    </message>
    <message>
        <source>This view shows no chart to copy</source>
        <translation>Esta vista no muestra ningún gráfico que copiar</translation>
    </message>
    <message>
        <source>&amp;Filter customers…</source>
        <translation>&amp;Filtrar clientes…</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>Ver &amp;todos los clientes</translation>
    </message>
    <message>
        <source>%1 — %2 — Accountable</source>
        <translation>%1 — %2 — Accountable</translation>
    </message>
    <message>
        <source>Settings saved: the figures are computed again</source>
        <translation>Ajustes guardados: las cifras se vuelven a calcular</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous view</source>
        <translation>Vista &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>&amp;Iniciar reunión</translation>
    </message>
    <message>
        <source>The agenda of the period shown, full screen: monthly review for a month, quarterly meeting for a quarter</source>
        <translation>El orden del día del periodo mostrado, a pantalla completa: revisión mensual para un mes, reunión trimestral para un trimestre</translation>
    </message>
    <message>
        <source>No meeting for a whole year</source>
        <translation>No hay reunión para un año completo</translation>
    </message>
    <message>
        <source>The monthly review covers a month and the quarterly meeting a quarter. Choose a month or a quarter above, then start the meeting.</source>
        <translation>La revisión mensual abarca un mes y la reunión trimestral un trimestre. Elija arriba un mes o un trimestre e inicie la reunión.</translation>
    </message>
    <message>
        <source>Slides &amp;on screen</source>
        <translation>Diapositivas &amp;en pantalla</translation>
    </message>
    <message>
        <source>&amp;Another screen than this window&apos;s, if any</source>
        <translation>&amp;Otra pantalla distinta de la de esta ventana, si la hay</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>&amp;User guide for this view</source>
        <translation>&amp;Guía del usuario de esta vista</translation>
    </message>
    <message>
        <source>Running a &amp;meeting</source>
        <translation>Dirigir una &amp;reunión</translation>
    </message>
    <message>
        <source>⚠ Connection to the server lost; reconnecting…</source>
        <translation>⚠ Se perdió la conexión con el servidor; reconectando…</translation>
    </message>
    <message>
        <source>Connection to the server restored; the figures are up to date</source>
        <translation>Conexión con el servidor restablecida; las cifras están actualizadas</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Co&amp;nnect to server…</source>
        <translation>Co&amp;nectar con un servidor…</translation>
    </message>
    <message>
        <source>Open a company shared on a PostgreSQL server</source>
        <translation>Abrir una empresa compartida en un servidor PostgreSQL</translation>
    </message>
</context>
<context>
    <name>acc::MeetingWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Modo reunión</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <source>Names masked</source>
        <translation>Nombres ocultos</translation>
    </message>
    <message>
        <source>Auto-advance every %1 s</source>
        <translation>Avance automático cada %1 s</translation>
    </message>
    <message>
        <source>Go to slide %1…</source>
        <translation>Ir a la diapositiva %1…</translation>
    </message>
    <message>
        <source>The customer list is off while names are masked (P)</source>
        <translation>La lista de clientes está desactivada mientras los nombres estén ocultos (P)</translation>
    </message>
    <message>
        <source>This slide has no customers to list</source>
        <translation>Esta diapositiva no tiene clientes que mostrar</translation>
    </message>
    <message>
        <source>Esc returns to the slide</source>
        <translation>Esc vuelve a la diapositiva</translation>
    </message>
    <message>
        <source>There is no slide %1: the meeting has %2</source>
        <translation>No existe la diapositiva %1: la reunión tiene %2</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Lo acordado</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Say what was agreed: the action needs a title.</source>
        <translation>Indique lo acordado: la acción necesita un título.</translation>
    </message>
    <message>
        <source>Action recorded: %1</source>
        <translation>Acción registrada: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
</context>
<context>
    <name>acc::MessageLine</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Momentos de la verdad</translation>
    </message>
    <message>
        <source>Save the touchpoint table as a CSV file</source>
        <translation>Guardar la tabla de puntos de contacto como archivo CSV</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Otros contactos</translation>
    </message>
    <message>
        <source>Contacts in the period</source>
        <translation>Contactos en el periodo</translation>
    </message>
    <message>
        <source>No contacts in the period</source>
        <translation>No hay contactos en el periodo</translation>
    </message>
    <message>
        <source>%1 · %2 lost</source>
        <translation>%1 · %2 perdidos</translation>
    </message>
    <message>
        <source>%1: %2 contacts from %3 customers
%4 complaints (%5 of contacts)
%6 customers lost within 180 days of a contact there (%7)
Click to list the customers</source>
        <translation>%1: %2 contactos de %3 clientes
%4 reclamaciones (%5 de los contactos)
%6 clientes perdidos en los 180 días siguientes a un contacto allí (%7)
Haga clic para ver los clientes</translation>
    </message>
    <message>
        <source>Top touchpoints by contacts</source>
        <translation>Principales puntos de contacto por contactos</translation>
    </message>
    <message>
        <source>Click a touchpoint&apos;s bar to list its customers</source>
        <translation>Haga clic en la barra de un punto de contacto para ver sus clientes</translation>
    </message>
    <message>
        <source>The touchpoints with most contacts in the period, complaints in colour; each label gives the share of its customers lost within 180 days of a contact there. Click a bar for its customers.</source>
        <translation>Los puntos de contacto con más contactos en el periodo, reclamaciones en color; cada etiqueta indica la cuota de sus clientes perdidos en los 180 días siguientes a un contacto allí. Haga clic en una barra para ver sus clientes.</translation>
    </message>
    <message>
        <source>Top &amp;touchpoints</source>
        <translation>&amp;Principales puntos de contacto</translation>
    </message>
    <message>
        <source>Top touchpoints</source>
        <translation>Principales puntos de contacto</translation>
    </message>
    <message>
        <source>Double-click a touchpoint, or press Enter, to list its customers; on the lost columns, those lost</source>
        <translation>Haga doble clic en un punto de contacto, o pulse Intro, para ver sus clientes; en las columnas de pérdidas, los perdidos</translation>
    </message>
    <message>
        <source>Touchpoint t&amp;able</source>
        <translation>&amp;Tabla de puntos de contacto</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Contactos por categoría</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 contacts from %3 customers
Click to list the customers</source>
        <translation>%1: %2 contactos de %3 clientes
Haga clic para ver los clientes</translation>
    </message>
    <message>
        <source>Click a category&apos;s bar to list its customers</source>
        <translation>Haga clic en la barra de una categoría para ver sus clientes</translation>
    </message>
    <message>
        <source>Rescue: keeping a customer at risk; revenue: selling more; request: the customer asked; relationship: keeping in touch.</source>
        <translation>Rescate: retener a un cliente en riesgo; ingresos: vender más; solicitud: el cliente lo pidió; relación: mantener el contacto.</translation>
    </message>
    <message>
        <source>Double-click a category, or press Enter, to list its customers</source>
        <translation>Haga doble clic en una categoría, o pulse Intro, para ver sus clientes</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Por &amp;categoría</translation>
    </message>
    <message>
        <source>No contacts in %1</source>
        <translation>No hay contactos en %1</translation>
    </message>
    <message>
        <source>%1 contacts in %2 at %3 touchpoints</source>
        <translation>%1 contactos en %2 en %3 puntos de contacto</translation>
    </message>
    <message>
        <source>%1 contacts in %2: the %3 touchpoints with most</source>
        <translation>%1 contactos en %2: los %3 puntos de contacto con más</translation>
    </message>
    <message>
        <source>Lost within 180 days of a contact at %1 in %2</source>
        <translation>Perdidos en los 180 días siguientes a un contacto en %1 en %2</translation>
    </message>
    <message>
        <source>Customers with a contact at %1 in %2 (%3 of them lost within 180 days)</source>
        <translation>Clientes con un contacto en %1 en %2 (%3 de ellos perdidos en 180 días)</translation>
    </message>
    <message>
        <source>Customers with a %1 contact in %2</source>
        <translation>Clientes con un contacto de %1 en %2</translation>
    </message>
    <message>
        <source>Export the touchpoints as CSV</source>
        <translation>Exportar los puntos de contacto como CSV</translation>
    </message>
    <message>
        <source>moments-of-truth-%1.csv</source>
        <translation>momentos-de-la-verdad-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
</context>
<context>
    <name>acc::NpsTrendChart</name>
    <message>
        <source>Net Promoter Score and answers</source>
        <translation>Net Promoter Score y respuestas</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotores (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Pasivos (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detractores (0-6)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>acc::ParetoCurveChart</name>
    <message>
        <source>Other customers</source>
        <translation>Otros clientes</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Top 20 %</source>
        <translation>20 % superior</translation>
    </message>
    <message>
        <source>Customers with revenue, ranked by revenue (%)</source>
        <translation>Clientes con ingresos, ordenados por ingresos (%)</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Cuota de ingresos (%)</translation>
    </message>
    <message>
        <source>80/20: no revenue in 12 months</source>
        <translation>80/20: sin ingresos en 12 meses</translation>
    </message>
    <message>
        <source>80/20: the top 20 % bring %1 of revenue</source>
        <translation>80/20: el 20 % superior aporta el %1 de los ingresos</translation>
    </message>
</context>
<context>
    <name>acc::PeriodSelector</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Tipo de periodo</translation>
    </message>
    <message>
        <source>Show a month, a quarter or a year</source>
        <translation>Mostrar un mes, un trimestre o un año</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Periodo anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Periodo siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>acc::PresenterConsole</name>
    <message>
        <source>Presenter console</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos a tratar</translation>
    </message>
    <message>
        <source>Now %1 of %2: %3</source>
        <translation>Ahora %1 de %2: %3</translation>
    </message>
    <message>
        <source>Next: the end of the agenda</source>
        <translation>Siguiente: fin del orden del día</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 transcurridos</translation>
    </message>
    <message>
        <source>No figures to speak to for this period.</source>
        <translation>No hay cifras que comentar en este periodo.</translation>
    </message>
</context>
<context>
    <name>acc::PreviewPanel</name>
    <message>
        <source>Customers who would join</source>
        <translation>Clientes que entrarían</translation>
    </message>
    <message>
        <source>Customers who would leave</source>
        <translation>Clientes que saldrían</translation>
    </message>
    <message>
        <source>Preview on %1</source>
        <translation>Vista previa al %1</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Vigente: %1</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Cuota de ingresos</translation>
    </message>
    <message>
        <source>Would &amp;join: %1</source>
        <translation>&amp;Entrarían: %1</translation>
    </message>
    <message>
        <source>Would lea&amp;ve: %1</source>
        <translation>&amp;Saldrían: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Revenue share: of all revenue in the 12 months to %1.</source>
        <translation>Cuota de ingresos: del total de ingresos de los 12 meses hasta %1.</translation>
    </message>
    <message>
        <source>Correct the rule marked in red to see the figures</source>
        <translation>Corrija la regla marcada en rojo para ver las cifras</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Would &amp;join: —</source>
        <translation>&amp;Entrarían: —</translation>
    </message>
    <message>
        <source>Would lea&amp;ve: —</source>
        <translation>&amp;Saldrían: —</translation>
    </message>
</context>
<context>
    <name>acc::RankedBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
</context>
<context>
    <name>acc::RealityCheckModel</name>
    <message>
        <source>no company is open</source>
        <translation>no hay ninguna empresa abierta</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 10; &quot;%1&quot; is not</source>
        <translation>Una puntuación es un número entero de 1 a 10; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>Score %1 from 1 to 10 first, then write its note</source>
        <translation>Puntúe primero %1 de 1 a 10 y luego escriba su nota</translation>
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
        <translation>Escriba un número entero de 1 a 10 y pulse Intro; bórrelo para quitar la puntuación</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>acc::RealityCheckView</name>
    <message>
        <source>Change the score of %1</source>
        <translation>Cambiar la puntuación de %1</translation>
    </message>
    <message>
        <source>Reality check</source>
        <translation>Prueba de realidad</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>No se pudo guardar la puntuación: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the last change of the scores (Ctrl+Z)</source>
        <translation>Deshacer el último cambio de las puntuaciones (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>Rehacerlo (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Reality check scores</source>
        <translation>Puntuaciones de la prueba de realidad</translation>
    </message>
    <message>
        <source>Radar chart of the scores</source>
        <translation>Gráfico radial de las puntuaciones</translation>
    </message>
    <message>
        <source>&amp;Note on %1:</source>
        <translation>&amp;Nota sobre %1:</translation>
    </message>
    <message>
        <source>Reality check %1</source>
        <translation>Prueba de realidad %1</translation>
    </message>
    <message>
        <source>Open a company to score its reality check.</source>
        <translation>Abra una empresa para puntuar su prueba de realidad.</translation>
    </message>
    <message>
        <source>%1 of 7 dimensions scored for %2. Type a score from 1 to 10 and press Enter: it is saved at once.</source>
        <translation>%1 de 7 dimensiones puntuadas para %2. Escriba una puntuación de 1 a 10 y pulse Intro: se guarda al momento.</translation>
    </message>
    <message>
        <source>Average %1 (last quarter %2).</source>
        <translation>Media %1 (trimestre anterior %2).</translation>
    </message>
    <message>
        <source>Average %1.</source>
        <translation>Media %1.</translation>
    </message>
    <message>
        <source>reality-check-%1.csv</source>
        <translation>prueba-de-realidad-%1.csv</translation>
    </message>
    <message>
        <source>Export the reality check as CSV</source>
        <translation>Exportar la prueba de realidad como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>No se pudo guardar la tabla</translation>
    </message>
</context>
<context>
    <name>acc::RealityRadarChart</name>
    <message>
        <source>%1 (this quarter)</source>
        <translation>%1 (este trimestre)</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>%1 (last quarter)</source>
        <translation>%1 (trimestre anterior)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>Reality check %1 against %2</source>
        <translation>Prueba de realidad %1 frente a %2</translation>
    </message>
    <message>
        <source>Reality check</source>
        <translation>Prueba de realidad</translation>
    </message>
</context>
<context>
    <name>acc::ReasonParetoChart</name>
    <message>
        <source>Why customers left</source>
        <translation>Por qué se fueron los clientes</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Cuota acumulada (%)</translation>
    </message>
    <message>
        <source>Lost value (%1)</source>
        <translation>Valor perdido (%1)</translation>
    </message>
    <message>
        <source>No losses</source>
        <translation>Sin pérdidas</translation>
    </message>
</context>
<context>
    <name>acc::ReasonParetoModel</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cuota acumulada</translation>
    </message>
</context>
<context>
    <name>acc::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No companies opened yet</source>
        <translation>Aún no se ha abierto ninguna empresa</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Company not found</source>
        <translation>Empresa no encontrada</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved, renamed or deleted.

It has been removed from File &gt; Open Recent. Open it where it is now with File &gt; Open database.</source>
        <translation>%1 ya no está ahí: se movió, se cambió de nombre o se eliminó.

Se ha quitado de Archivo &gt; Abrir reciente. Ábrala donde esté ahora con Archivo &gt; Abrir base de datos.</translation>
    </message>
</context>
<context>
    <name>acc::ReportView</name>
    <message>
        <source>the view &quot;%1&quot; has no table to export</source>
        <translation>la vista &quot;%1&quot; no tiene ninguna tabla que exportar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
</context>
<context>
    <name>acc::RulesEditor</name>
    <message>
        <source>texts, comma-separated</source>
        <translation>textos, separados por comas</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 a 100</translation>
    </message>
    <message>
        <source>exact text</source>
        <translation>texto exacto</translation>
    </message>
    <message>
        <source>a number, e.g. %1</source>
        <translation>un número, p. ej. %1</translation>
    </message>
    <message>
        <source>A customer is a best customer when</source>
        <translation>Un cliente es un mejor cliente cuando</translation>
    </message>
    <message>
        <source>a&amp;ll rules hold</source>
        <translation>se cumplen &amp;todas las reglas</translation>
    </message>
    <message>
        <source>an&amp;y rule holds</source>
        <translation>se cumple a&amp;lguna regla</translation>
    </message>
    <message>
        <source>Match all rules</source>
        <translation>Cumplir todas las reglas</translation>
    </message>
    <message>
        <source>Match any rule</source>
        <translation>Cumplir alguna regla</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>Adds a rule after the current one (Insert)</source>
        <translation>Añade una regla tras la actual (Insert)</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Removes the current rule</source>
        <translation>Quita la regla actual</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Rule %1: attribute</source>
        <translation>Regla %1: atributo</translation>
    </message>
    <message>
        <source>Rule %1: operator</source>
        <translation>Regla %1: operador</translation>
    </message>
    <message>
        <source>Rule %1: value</source>
        <translation>Regla %1: valor</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Quitar la regla %1</translation>
    </message>
    <message>
        <source>Change the attribute of rule %1</source>
        <translation>Cambiar el atributo de la regla %1</translation>
    </message>
    <message>
        <source>Change the operator of rule %1</source>
        <translation>Cambiar el operador de la regla %1</translation>
    </message>
    <message>
        <source>Type the value of rule %1</source>
        <translation>Escriba el valor de la regla %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>No rules: every active customer counts. Add one with Add rule.</source>
        <translation>Sin reglas: cuenta todo cliente activo. Añada una con Añadir regla.</translation>
    </message>
    <message>
        <source>No rules: no customer counts. Add one with Add rule.</source>
        <translation>Sin reglas: no cuenta ningún cliente. Añada una con Añadir regla.</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Añadir una regla</translation>
    </message>
</context>
<context>
    <name>acc::ScorecardModel</name>
    <message>
        <source>Customers as assets</source>
        <translation>Clientes como activos</translation>
    </message>
    <message>
        <source>Service performance</source>
        <translation>Rendimiento del servicio</translation>
    </message>
    <message>
        <source>Customer listening</source>
        <translation>Escucha al cliente</translation>
    </message>
    <message>
        <source>Operational metrics</source>
        <translation>Métricas operativas</translation>
    </message>
    <message>
        <source>Other figures with a target</source>
        <translation>Otras cifras con objetivo</translation>
    </message>
    <message>
        <source>Contacts: rescue</source>
        <translation>Contactos: rescate</translation>
    </message>
    <message>
        <source>Contacts: revenue</source>
        <translation>Contactos: ingresos</translation>
    </message>
    <message>
        <source>Contacts: request</source>
        <translation>Contactos: solicitud</translation>
    </message>
    <message>
        <source>Contacts: relationship</source>
        <translation>Contactos: relación</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Cumplido</translation>
    </message>
    <message>
        <source>! At risk</source>
        <translation>! En riesgo</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ No cumplido</translation>
    </message>
    <message>
        <source>– No data</source>
        <translation>– Sin datos</translation>
    </message>
    <message>
        <source>no trend</source>
        <translation>sin tendencia</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>trend %1</source>
        <translation>tendencia %1</translation>
    </message>
    <message>
        <source>%1 (%2); %3</source>
        <translation>%1 (%2); %3</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>%1
Trend: %2</source>
        <translation>%1
Tendencia: %2</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Sin objetivo definido</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n cumplido</numerusform>
            <numerusform>%n cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n en riesgo</numerusform>
            <numerusform>%n en riesgo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n no cumplido</numerusform>
            <numerusform>%n no cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n sin datos</numerusform>
            <numerusform>%n sin datos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 target</source>
        <translation>%1 de 1 objetivo</translation>
    </message>
    <message>
        <source>%1 of %2 targets</source>
        <translation>%1 de %2 objetivos</translation>
    </message>
</context>
<context>
    <name>acc::ScorecardView</name>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de mando</translation>
    </message>
    <message>
        <source>Set &amp;targets…</source>
        <translation>Definir &amp;objetivos…</translation>
    </message>
    <message>
        <source>Open the Targets view to set this period&apos;s targets and owners</source>
        <translation>Abrir la vista Objetivos para definir los objetivos y responsables de este periodo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Each figure&apos;s sparkline runs over the periods before this one; the dashed line is its target. Click a figure, or press Enter on it, to open the view that explains it.</source>
        <translation>La minigráfica de cada cifra recorre los periodos anteriores a este; la línea discontinua es su objetivo. Haga clic en una cifra, o pulse Intro sobre ella, para abrir la vista que la explica.</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>Cuadro de mando, %1</translation>
    </message>
    <message>
        <source>Open a company to see its scorecard.</source>
        <translation>Abra una empresa para ver su cuadro de mando.</translation>
    </message>
    <message>
        <source>trend since %1</source>
        <translation>tendencia desde %1</translation>
    </message>
    <message>
        <source>No target set for this period; %1</source>
        <translation>Sin objetivo definido para este periodo; %1</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 cumplidos</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 en riesgo</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 no cumplidos</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 sin datos</translation>
    </message>
    <message>
        <source>%1 targets: %2; %3</source>
        <translation>%1 objetivos: %2; %3</translation>
    </message>
    <message>
        <source>scorecard-%1.csv</source>
        <translation>cuadro-de-mando-%1.csv</translation>
    </message>
    <message>
        <source>Export the scorecard as CSV</source>
        <translation>Exportar el cuadro de mando como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>No se pudo guardar la tabla</translation>
    </message>
</context>
<context>
    <name>acc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>No company is open: open one to change its settings.</source>
        <translation>No hay ninguna empresa abierta: abra una para cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>This company (kept in its database, the same for everyone)</source>
        <translation>Esta empresa (guardado en su base de datos, igual para todos)</translation>
    </message>
    <message>
        <source>the company&apos;s name, on the window and every pack</source>
        <translation>el nombre de la empresa, en la ventana y en cada dossier</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency of every amount (EUR, USD, GBP, JPY…)</source>
        <translation>El código ISO 4217 de la moneda de todos los importes (EUR, USD, GBP, JPY…)</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A complaint resolved within this many days of its contact counts as resolved within the SLA</source>
        <translation>Una reclamación resuelta en este número de días desde su contacto cuenta como resuelta dentro del SLA</translation>
    </message>
    <message>
        <source>Complaint &amp;SLA:</source>
        <translation>&amp;SLA de reclamaciones:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>El &amp;ejercicio fiscal empieza en:</translation>
    </message>
    <message>
        <source>You (kept on this computer)</source>
        <translation>Usted (guardado en este equipo)</translation>
    </message>
    <message>
        <source>Written on the criteria versions, actions and exit calls you save</source>
        <translation>Se anota en las versiones de criterios, acciones y llamadas de salida que guarde</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su n&amp;ombre:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>%1 is open read-only: its settings cannot be changed here.</source>
        <translation>%1 está abierta en solo lectura: sus ajustes no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>Quarters and years are calendar ones: 2026-Q1 is January to March 2026.</source>
        <translation>Los trimestres y años son naturales: 2026-Q1 va de enero a marzo de 2026.</translation>
    </message>
    <message>
        <source>A fiscal year is named by the year it ends in: 2026-Q1 is %1, and 2026 is %2.</source>
        <translation>Un ejercicio fiscal lleva el nombre del año en que termina: 2026-Q1 es %1, y 2026 es %2.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>High contrast: black text, darker colours and visible rules</source>
        <translation>Alto contraste: texto negro, colores más oscuros y líneas visibles</translation>
    </message>
    <message>
        <source>&amp;Contrast:</source>
        <translation>&amp;Contraste:</translation>
    </message>
    <message>
        <source>A new language or contrast applies when Accountable starts again.</source>
        <translation>Un nuevo idioma o contraste se aplica cuando Accountable se inicia de nuevo.</translation>
    </message>
</context>
<context>
    <name>acc::SpendProgramModel</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Cuota del gasto</translation>
    </message>
</context>
<context>
    <name>acc::SpendTrendModel</name>
    <message>
        <source>Revenue of the quarter divided by its spend</source>
        <translation>Ingresos del trimestre divididos por su gasto</translation>
    </message>
    <message>
        <source>Spend of the quarter divided by the customers active at its end</source>
        <translation>Gasto del trimestre dividido por los clientes activos a su final</translation>
    </message>
    <message>
        <source>Customers active at the quarter&apos;s start that it did not lose (1 - churn rate)</source>
        <translation>Clientes activos al inicio del trimestre que no se perdieron (1 - tasa de abandono)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>Ingresos por gasto</translation>
    </message>
    <message>
        <source>Revenue
per spend</source>
        <translation>Ingresos
por gasto</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Gasto por cliente activo</translation>
    </message>
    <message>
        <source>Spend per
active customer</source>
        <translation>Gasto por
cliente activo</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
</context>
<context>
    <name>acc::SpendView</name>
    <message>
        <source>Spend &amp; results</source>
        <translation>Gasto y resultados</translation>
    </message>
    <message>
        <source>Save the spend by program as a CSV file</source>
        <translation>Guardar el gasto por programa como archivo CSV</translation>
    </message>
    <message>
        <source>Spend by program</source>
        <translation>Gasto por programa</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>No spend in the period</source>
        <translation>Sin gasto en el periodo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 of the spend</source>
        <translation>%1: %2, %3 del gasto</translation>
    </message>
    <message>
        <source>Spend by &amp;program</source>
        <translation>Gasto por &amp;programa</translation>
    </message>
    <message>
        <source>Program t&amp;able</source>
        <translation>&amp;Tabla de programas</translation>
    </message>
    <message>
        <source>Spend and results by quarter</source>
        <translation>Gasto y resultados por trimestre</translation>
    </message>
    <message>
        <source>Last 8 &amp;quarters</source>
        <translation>Últimos 8 t&amp;rimestres</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>Spend in the period (%1)</source>
        <translation>Gasto en el periodo (%1)</translation>
    </message>
    <message>
        <source>No spend recorded for %1</source>
        <translation>No hay gasto registrado para %1</translation>
    </message>
    <message>
        <source>Spend against results, %1</source>
        <translation>Gasto frente a resultados, %1</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Gasto (%1)</translation>
    </message>
    <message>
        <source>Export the spend by program as CSV</source>
        <translation>Exportar el gasto por programa como CSV</translation>
    </message>
    <message>
        <source>spend-%1.csv</source>
        <translation>gasto-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>No se pudo guardar la tabla.

%1</translation>
    </message>
</context>
<context>
    <name>acc::TargetsModel</name>
    <message>
        <source>no company is open</source>
        <translation>no hay ninguna empresa abierta</translation>
    </message>
    <message>
        <source>Set a target on %1 first, then its owner</source>
        <translation>Defina primero un objetivo para %1 y luego su responsable</translation>
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
        <translation>sin datos</translation>
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
        <translation>%1 (clave de METRICS.md: %2); %3</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menor es mejor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mayor es mejor</translation>
    </message>
    <message>
        <source>Type the target and press Enter; clear it to remove the target</source>
        <translation>Escriba el objetivo y pulse Intro; bórrelo para quitar el objetivo</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Cumplido</translation>
    </message>
    <message>
        <source>! At risk</source>
        <translation>! En riesgo</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ No cumplido</translation>
    </message>
    <message>
        <source>– No data</source>
        <translation>– Sin datos</translation>
    </message>
    <message>
        <source>%1, %2: now %3; yours: %4</source>
        <translation>%1, %2: ahora %3; su versión: %4</translation>
    </message>
    <message>
        <source>Another desk saved these targets after you opened them:
%1
Your change was not saved.</source>
        <translation>Estos objetivos se guardaron en otro puesto después de que usted los abriera:
%1
Su cambio no se guardó.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (responsable: %2)</translation>
    </message>
</context>
<context>
    <name>acc::TargetsView</name>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>The targets could not be saved: %1</source>
        <translation>No se pudieron guardar los objetivos: %1</translation>
    </message>
    <message>
        <source>Set this period&apos;s targets to those of the period before (undoable)</source>
        <translation>Fijar los objetivos de este periodo en los del periodo anterior (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the last change of the targets (Ctrl+Z)</source>
        <translation>Deshacer el último cambio de los objetivos (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>Rehacerlo (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Only figures with a target</source>
        <translation>&amp;Solo con objetivo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Change a target</source>
        <translation>Cambiar un objetivo</translation>
    </message>
    <message>
        <source>Targets for %1</source>
        <translation>Objetivos para %1</translation>
    </message>
    <message>
        <source>&amp;Copy from %1</source>
        <translation>&amp;Copiar de %1</translation>
    </message>
    <message>
        <source>&amp;Copy from the period before</source>
        <translation>&amp;Copiar del periodo anterior</translation>
    </message>
    <message>
        <source>Open a company to set its targets.</source>
        <translation>Abra una empresa para definir sus objetivos.</translation>
    </message>
    <message>
        <source>Targets set: %1 of %2 figures. Type a target in its row and press Enter: it is saved at once and every view is judged against it. Clear a target to remove it.</source>
        <translation>Objetivos definidos: %1 de %2 cifras. Escriba un objetivo en su fila y pulse Intro: se guarda al momento y todas las vistas se valoran respecto a él. Borre un objetivo para quitarlo.</translation>
    </message>
    <message>
        <source>%1 has no targets to copy</source>
        <translation>%1 no tiene objetivos que copiar</translation>
    </message>
    <message>
        <source>Copy the targets of %1</source>
        <translation>Copiar los objetivos de %1</translation>
    </message>
    <message>
        <source>targets-%1.csv</source>
        <translation>objetivos-%1.csv</translation>
    </message>
    <message>
        <source>Export the targets as CSV</source>
        <translation>Exportar los objetivos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>No se pudo guardar la tabla</translation>
    </message>
    <message>
        <source>Targets changed on another desk</source>
        <translation>Objetivos modificados en otro puesto</translation>
    </message>
    <message>
        <source>Reloaded: the targets as saved on the other desk</source>
        <translation>Recargados: los objetivos tal como se guardaron en el otro puesto</translation>
    </message>
</context>
<context>
    <name>acc::TouchpointModel</name>
    <message>
        <source>Contacts at the touchpoint in the period</source>
        <translation>Contactos en el punto de contacto en el periodo</translation>
    </message>
    <message>
        <source>Distinct customers with a contact there in the period</source>
        <translation>Clientes distintos con un contacto allí en el periodo</translation>
    </message>
    <message>
        <source>Complaints as a share of the touchpoint&apos;s contacts</source>
        <translation>Reclamaciones como cuota de los contactos del punto de contacto</translation>
    </message>
    <message>
        <source>Customers lost within 180 days after one of their contacts there</source>
        <translation>Clientes perdidos en los 180 días siguientes a uno de sus contactos allí</translation>
    </message>
    <message>
        <source>Share of the touchpoint&apos;s customers lost within 180 days after a contact there</source>
        <translation>Cuota de los clientes del punto de contacto perdidos en los 180 días siguientes a un contacto allí</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Complaint share</source>
        <translation>Cuota de reclamaciones</translation>
    </message>
    <message>
        <source>Complaint
share</source>
        <translation>Cuota de
reclamaciones</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Lost
customers</source>
        <translation>Clientes
perdidos</translation>
    </message>
    <message>
        <source>Loss share</source>
        <translation>Cuota de pérdidas</translation>
    </message>
    <message>
        <source>Loss
share</source>
        <translation>Cuota de
pérdidas</translation>
    </message>
</context>
<context>
    <name>acc::ValueDemandMap</name>
    <message>
        <source>%1 best</source>
        <translation>%1 mejores</translation>
    </message>
    <message>
        <source>Value vs demand, last 12 months</source>
        <translation>Valor frente a demanda, últimos 12 meses</translation>
    </message>
    <message>
        <source>Active customers by revenue (rows) and contacts (columns). Click a cell for its customers.</source>
        <translation>Clientes activos por ingresos (filas) y contactos (columnas). Haga clic en una celda para ver sus clientes.</translation>
    </message>
    <message>
        <source>Active customers by revenue band and contacts</source>
        <translation>Clientes activos por tramo de ingresos y contactos</translation>
    </message>
    <message>
        <source>Click a cell, or press Enter on it, to list its customers</source>
        <translation>Haga clic en una celda, o pulse Intro sobre ella, para ver sus clientes</translation>
    </message>
    <message>
        <source>Show the c&amp;orner&apos;s customers</source>
        <translation>Ver clientes de la &amp;esquina</translation>
    </message>
    <message>
        <source>List the demanding high-value customers (outlined in red)</source>
        <translation>Ver los clientes exigentes de alto valor (contorno rojo)</translation>
    </message>
    <message>
        <source>No active customers.</source>
        <translation>No hay clientes activos.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>1 or more contacts</source>
        <translation>1 o más contactos</translation>
    </message>
    <message>
        <source>%1 or more contacts</source>
        <translation>%1 o más contactos</translation>
    </message>
    <message>
        <source>Demanding high-value corner (outlined in red): %1, %2 of them best, %3 revenue; the top 20 % by revenue (%4 or more) and by contacts (%5).</source>
        <translation>Esquina exigente de alto valor (contorno rojo): %1, %2 de ellos mejores, %3 de ingresos; el 20 % superior por ingresos (%4 o más) y por contactos (%5).</translation>
    </message>
</context>
<context>
    <name>acc::ValueDemandModel</name>
    <message>
        <source>Top 5 %</source>
        <translation>5 % superior</translation>
    </message>
    <message>
        <source>Top 5–20 %</source>
        <translation>5–20 % superior</translation>
    </message>
    <message>
        <source>Top 20–50 %</source>
        <translation>20–50 % superior</translation>
    </message>
    <message>
        <source>Lower 50 %</source>
        <translation>50 % inferior</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Sin ingresos</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 y más</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>menos de %1</translation>
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
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>No revenue · %1 · last 12 months</source>
        <translation>Sin ingresos · %1 · últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 by revenue · %2 · last 12 months</source>
        <translation>%1 por ingresos · %2 · últimos 12 meses</translation>
    </message>
    <message>
        <source>%1
%2 customers, %3 of them best customers
%4 revenue in the last 12 months</source>
        <translation>%1
%2 clientes, %3 de ellos mejores clientes
%4 de ingresos en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Contacts in the last 12 months: %1</source>
        <translation>Contactos en los últimos 12 meses: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Revenue in the last 12 months: %1 of active customers</source>
        <translation>Ingresos en los últimos 12 meses: %1 de los clientes activos</translation>
    </message>
</context>
<context>
    <name>acc::charts::ChartCopyMenu</name>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>&amp;Copiar gráfico como imagen</translation>
    </message>
</context>
</TS>
