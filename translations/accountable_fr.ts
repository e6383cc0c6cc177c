<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtRiskView</name>
    <message>
        <source>Customers at risk</source>
        <translation>Clients à risque</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>past twice their usual gap</source>
        <translation>au-delà de 2× l&apos;intervalle habituel</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Retour improbable</translation>
    </message>
    <message>
        <source>P(alive) below 50 %</source>
        <translation>P(actif) sous 50&#xa0;%</translation>
    </message>
    <message>
        <source>model not fitted</source>
        <translation>modèle non ajusté</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Valeur en jeu</translation>
    </message>
    <message>
        <source>revenue of the last 12 months</source>
        <translation>CA des 12 derniers mois</translation>
    </message>
</context>
<context>
    <name>BestCustomers</name>
    <message>
        <source>no active customers</source>
        <translation>aucun client actif</translation>
    </message>
    <message>
        <source>of %1 active</source>
        <translation>sur %1 actifs</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Part des meilleurs clients</translation>
    </message>
    <message>
        <source>of 12-month revenue</source>
        <translation>du CA sur 12 mois</translation>
    </message>
    <message>
        <source>no revenue in 12 months</source>
        <translation>aucun CA sur 12 mois</translation>
    </message>
    <message>
        <source>Top 20 %&apos;s share</source>
        <translation>Part du top 20&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 buyers</source>
        <translation>%1 acheteurs sur %2</translation>
    </message>
    <message>
        <source>nobody with 2 orders</source>
        <translation>personne avec 2 commandes</translation>
    </message>
    <message>
        <source>best: none with 2 orders</source>
        <translation>meilleurs&#xa0;: aucun avec 2 commandes</translation>
    </message>
    <message>
        <source>rest: none with 2 orders</source>
        <translation>autres&#xa0;: aucun avec 2 commandes</translation>
    </message>
    <message>
        <source>best vs other active</source>
        <translation>meilleurs vs autres actifs</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation>Jours entre commandes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE est obligatoire</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 5000000</source>
        <translation>--customers attend un nombre entier de 1 à 5000000</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295</translation>
    </message>
    <message>
        <source>%1 already exists; the demo company is written to a new database</source>
        <translation>%1 existe déjà&#xa0;; l&apos;entreprise de démonstration est écrite dans une nouvelle base de données</translation>
    </message>
    <message>
        <source>name at least one CSV file to import</source>
        <translation>indiquez au moins un fichier CSV à importer</translation>
    </message>
    <message>
        <source>importing %1: %2%, %3 rows</source>
        <translation>import de %1&#xa0;: %2&#xa0;%, %3 lignes</translation>
    </message>
    <message>
        <source>... %1 errors in all; the first %2 are shown</source>
        <translation>... %1 erreurs au total&#xa0;; les %2 premières sont affichées</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>... %1 warnings in all; the first %2 are shown</source>
        <translation>... %1 avertissements au total&#xa0;; les %2 premiers sont affichés</translation>
    </message>
    <message>
        <source>1 error; nothing was imported</source>
        <translation>1 erreur&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 errors; nothing was imported</source>
        <translation>%1 erreurs&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>annulé&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 mis à jour</translation>
    </message>
    <message>
        <source>accountable import: valid, nothing written (%1); %2 warnings; %3 s</source>
        <translation>accountable import&#xa0;: valide, rien n&apos;a été écrit (%1)&#xa0;; %2 avertissements&#xa0;; %3 s</translation>
    </message>
    <message>
        <source>accountable import: %1; %2 warnings; %3 s</source>
        <translation>accountable import&#xa0;: %1&#xa0;; %2 avertissements&#xa0;; %3 s</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no criteria set named &quot;%1&quot; in the database (stored: %2); give a name or a FILE.json</source>
        <translation>aucun jeu de critères nommé &quot;%1&quot; dans la base de données (enregistrés&#xa0;: %2)&#xa0;; indiquez un nom ou un FILE.json</translation>
    </message>
    <message>
        <source>--period takes a month (2026-10), a quarter (2026-Q3) or a year (2026), not &quot;%1&quot;</source>
        <translation>--period attend un mois (2026-10), un trimestre (2026-Q3) ou une année (2026), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format takes json or text, not &quot;%1&quot;</source>
        <translation>--format attend json ou text, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no database at %1 (create one with accountable demo or accountable import)</source>
        <translation>aucune base de données à l&apos;emplacement %1 (créez-en une avec accountable demo ou accountable import)</translation>
    </message>
    <message>
        <source>--kind monthly|quarterly is required</source>
        <translation>--kind monthly|quarterly est obligatoire</translation>
    </message>
    <message>
        <source>--kind takes monthly or quarterly, not &quot;%1&quot;</source>
        <translation>--kind attend monthly ou quarterly, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--period is required: a month (2026-10), a quarter (2026-Q3) or a year (2026)</source>
        <translation>--period est obligatoire&#xa0;: un mois (2026-10), un trimestre (2026-Q3) ou une année (2026)</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FILE.pdf est obligatoire</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080</source>
        <translation>--size attend WIDTHxHEIGHT en pixels, p. ex. 1920x1080</translation>
    </message>
    <message>
        <source>the figures could not be shown</source>
        <translation>les chiffres n&apos;ont pas pu être affichés</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l&apos;option --%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>no file name given; expected %1</source>
        <translation>aucun nom de fichier indiqué&#xa0;; %1 attendu</translation>
    </message>
    <message>
        <source>%1 is a folder; expected %2</source>
        <translation>%1 est un dossier&#xa0;; %2 attendu</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; %3 is a few kilobytes</source>
        <translation>%1 dépasse %2 Mio&#xa0;; %3 ne fait que quelques kilo-octets</translation>
    </message>
    <message>
        <source>--last-day takes a date written YYYY-MM-DD, from 1900-01-01 to 9999-12-31</source>
        <translation>--last-day attend une date au format YYYY-MM-DD, du 1900-01-01 au 9999-12-31</translation>
    </message>
    <message>
        <source>--replace (the kinds of data given) and --replace-all (the whole company) exclude each other</source>
        <translation>--replace (les types de données fournis) et --replace-all (toute l&apos;entreprise) s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>a criteria file</source>
        <translation>un fichier de critères</translation>
    </message>
    <message>
        <source>--criteria takes a set&apos;s name or a FILE.json, not an empty name</source>
        <translation>--criteria attend le nom d&apos;un jeu de critères ou un FILE.json, pas un nom vide</translation>
    </message>
    <message>
        <source>--targets takes a FILE.json, not an empty name</source>
        <translation>--targets attend un FILE.json, pas un nom vide</translation>
    </message>
    <message>
        <source>a targets file</source>
        <translation>un fichier d&apos;objectifs</translation>
    </message>
    <message>
        <source>a pack covers a month (--kind monthly, e.g. 2026-09) or a quarter (--kind quarterly, e.g. 2026-Q3); there is no pack for a whole year (%1) yet</source>
        <translation>un dossier de réunion couvre un mois (--kind monthly, p. ex. 2026-09) ou un trimestre (--kind quarterly, p. ex. 2026-Q3)&#xa0;; il n&apos;existe pas encore de dossier pour une année entière (%1)</translation>
    </message>
    <message>
        <source>a monthly pack covers a month, e.g. 2026-09; for %1 use --kind quarterly</source>
        <translation>un dossier mensuel couvre un mois, p. ex. 2026-09&#xa0;; pour %1, utilisez --kind quarterly</translation>
    </message>
    <message>
        <source>a quarterly pack covers a quarter, e.g. 2026-Q3; for %1 use --kind monthly</source>
        <translation>un dossier trimestriel couvre un trimestre, p. ex. 2026-Q3&#xa0;; pour %1, utilisez --kind monthly</translation>
    </message>
    <message>
        <source>--problems takes the name of a CSV file to write</source>
        <translation>--problems attend le nom d&apos;un fichier CSV à écrire</translation>
    </message>
    <message>
        <source>  %1 (built in; nothing stored yet)</source>
        <translation>  %1 (intégré&#xa0;; rien d&apos;enregistré pour l&apos;instant)</translation>
    </message>
    <message>
        <source>versions 1 to %1</source>
        <translation>versions 1 à %1</translation>
    </message>
    <message>
        <source>(in force: version %1)</source>
        <translation>(en vigueur&#xa0;: version %1)</translation>
    </message>
    <message>
        <source>no criteria set %1 is stored</source>
        <translation>aucun jeu de critères %1 n&apos;est enregistré</translation>
    </message>
    <message>
        <source>criteria save needs --name NAME</source>
        <translation>criteria save nécessite --name NAME</translation>
    </message>
    <message>
        <source>criteria save needs --file FILE.json</source>
        <translation>criteria save nécessite --file FILE.json</translation>
    </message>
    <message>
        <source>%1: %2; nothing was saved</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>accountable criteria: %1 is in force for the window, pack and metrics</source>
        <translation>accountable criteria&#xa0;: %1 est désormais en vigueur pour la fenêtre, pack et metrics</translation>
    </message>
    <message>
        <source>criteria takes list, show NAME[@VERSION], save --name NAME --file FILE.json [--author NAME], or use NAME[@VERSION]</source>
        <translation>criteria attend list, show NAME[@VERSION], save --name NAME --file FILE.json [--author NAME] ou use NAME[@VERSION]</translation>
    </message>
    <message>
        <source>(author not recorded)</source>
        <translation>(auteur non enregistré)</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(heure inconnue)</translation>
    </message>
    <message>
        <source>saved %1 by %2</source>
        <translation>enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>--author needs a name</source>
        <translation>--author nécessite un nom</translation>
    </message>
    <message>
        <source>accountable criteria: saved %1 as version %2 by %3 (a new version; the earlier ones are kept)</source>
        <translation>accountable criteria&#xa0;: %1 enregistré en version %2 par %3 (une nouvelle version&#xa0;; les précédentes sont conservées)</translation>
    </message>
    <message>
        <source>--view NAME is required (one of %1)</source>
        <translation>--view NAME est obligatoire (parmi %1)</translation>
    </message>
    <message>
        <source>--view takes one of %1, not &quot;%2&quot;</source>
        <translation>--view attend une valeur parmi %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--out FILE.csv is required</source>
        <translation>--out FILE.csv est obligatoire</translation>
    </message>
    <message>
        <source>the view %1 shows no table to export</source>
        <translation>la vue %1 n&apos;affiche aucun tableau à exporter</translation>
    </message>
    <message>
        <source>targets takes list [--period P], import FILE.json, or export FILE.json [--period P]</source>
        <translation>targets attend list [--period P], import FILE.json ou export FILE.json [--period P]</translation>
    </message>
    <message>
        <source>no targets are set</source>
        <translation>aucun objectif n&apos;est défini</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mieux si plus bas</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mieux si plus haut</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>accountable targets: %1 targets set for %2 periods (a target on the same metric and period is replaced)</source>
        <translation>accountable targets&#xa0;: %1 objectifs définis pour %2 périodes (un objectif portant sur la même métrique et la même période est remplacé)</translation>
    </message>
    <message>
        <source>import takes the periods from the file; --period is for list and export</source>
        <translation>import reprend les périodes du fichier&#xa0;; --period sert à list et export</translation>
    </message>
    <message>
        <source>the criteria dialog could not be opened</source>
        <translation>la boîte de dialogue des critères n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>accountable demo: %1 customers, %2 orders, %3 contacts, %4 answers, %7 targets and %8 actions written to %5 in %6 s</source>
        <translation>accountable demo&#xa0;: %1 clients, %2 commandes, %3 contacts, %4 réponses, %7 objectifs et %8 actions écrits dans %5 en %6 s</translation>
    </message>
    <message>
        <source>accountable pack: %1 pages written to %2 in %3 s (data %4 s, figures %5 s, sections %6 s, pages %7 s)</source>
        <translation>accountable pack&#xa0;: %1 pages écrites dans %2 en %3 s (données %4 s, chiffres %5 s, sections %6 s, pages %7 s)</translation>
    </message>
    <message>
        <source>--meeting takes monthly or quarterly, not &quot;%1&quot;</source>
        <translation>--meeting attend monthly ou quarterly, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--meeting needs the period it reviews: --period 2026-09 (monthly) or --period 2026-Q3 (quarterly)</source>
        <translation>--meeting nécessite la période examinée&#xa0;: --period 2026-09 (mensuel) ou --period 2026-Q3 (trimestriel)</translation>
    </message>
    <message>
        <source>--slide, --privacy and --presenter go with --meeting monthly|quarterly</source>
        <translation>--slide, --privacy et --presenter ne s&apos;emploient qu&apos;avec --meeting monthly|quarterly</translation>
    </message>
    <message>
        <source>--slide takes a slide number from 1, not &quot;%1&quot;</source>
        <translation>--slide attend un numéro de diapositive à partir de 1, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the meeting could not be started</source>
        <translation>la réunion n&apos;a pas pu être lancée</translation>
    </message>
    <message>
        <source>--slide %1: %2 has %3 slides (1 to %3)</source>
        <translation>--slide %1&#xa0;: %2 compte %3 diapositives (1 à %3)</translation>
    </message>
    <message>
        <source>accountable: creating the demo company in %1…</source>
        <translation>accountable : création de l’entreprise de démonstration dans %1…</translation>
    </message>
    <message>
        <source>copy needs --from DB and --to DB</source>
        <translation>copy demande --from DB et --to DB</translation>
    </message>
    <message>
        <source>--from and --to name the same database</source>
        <translation>--from et --to désignent la même base</translation>
    </message>
    <message>
        <source>accountable copy: %1 copied to %2 in %3 s (%4)</source>
        <translation>accountable copy&#xa0;: %1 copiée vers %2 en %3 s (%4)</translation>
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
        <translation>Utilisation&#xa0;:
  accountable [--db FILE] [--period P] [--view NAME]       l&apos;application de bureau
  accountable --db FILE --view NAME --period P --size WxH --screenshot F.png
                                                            une vue, sans fenêtre
  accountable --db FILE --meeting monthly|quarterly --period P [--slide N] [--privacy]
                                                            mode réunion (touches&#xa0;: docs/meeting.md)
  accountable demo    --db FILE [--customers N] [--seed S]  une entreprise de démonstration réaliste
  accountable import  --db FILE [--replace|--replace-all] [--date-format FMT] [--validate-only]
                      [--problems PROBLEMS.csv] FILE.csv...  fichiers selon DATA.md, tout ou rien&#xa0;;
                      --replace&#xa0;: les types de données fournis sont remplacés, les autres conservés&#xa0;;
                      --replace-all&#xa0;: toute l&apos;entreprise est remplacée par ces fichiers
  accountable metrics --db FILE --period P [--format json|text]
                      [--criteria NAME|FILE.json] [--targets FILE.json]
  accountable pack    --db FILE --kind monthly|quarterly --period P --out pack.pdf
  accountable export  --db FILE --view NAME --period P [--criteria NAME|FILE.json]
                      --out FILE.csv                         le tableau affiché par la vue
  accountable copy    --from DB --to DB [--replace]          une entreprise entière, SQLite ou PostgreSQL
                      dans les deux sens, tout ou rien
  accountable grant   --db postgresql://… --read-only ROLE | --read-write ROLE
                      ce qu&apos;un rôle de base de données a le droit de faire sur une entreprise partagée
  accountable criteria --db FILE list | show NAME[@VERSION] | use NAME[@VERSION]
                      | save --name NAME --file FILE.json [--author NAME]
                      critères des meilleurs clients&#xa0;; save ajoute une version (auteur&#xa0;: --author,
                      sinon le nom de connexion)&#xa0;; list et show indiquent qui a enregistré chacune, et quand
  accountable targets --db FILE list [--period P] | import FILE.json
                      | export FILE.json [--period P]        objectifs et responsables

La fenêtre, metrics, pack et export acceptent aussi --segment S, --region R et --owner O&#xa0;:
uniquement les chiffres de ces clients (dans la fenêtre&#xa0;: Données &gt; Filtrer les clients).
--db attend un chemin de fichier SQLite ou postgresql://user@host:port/dbname.
</translation>
    </message>
    <message>
        <source>grant needs one of --read-only ROLE or --read-write ROLE</source>
        <translation>grant demande soit --read-only ROLE, soit --read-write ROLE</translation>
    </message>
    <message>
        <source>grant works on a PostgreSQL company (postgresql://…); an SQLite file is made read-only with its file permissions</source>
        <translation>grant porte sur une entreprise sous PostgreSQL (postgresql://…)&#xa0;; un fichier SQLite est mis en lecture seule par les permissions du fichier</translation>
    </message>
    <message>
        <source>accountable grant: %1 may now open and present %2, not change it</source>
        <translation>accountable grant&#xa0;: %1 peut désormais ouvrir et présenter %2, sans droit de modification</translation>
    </message>
    <message>
        <source>accountable grant: %1 may now open and change %2</source>
        <translation>accountable grant&#xa0;: %1 peut désormais ouvrir et modifier %2</translation>
    </message>
    <message>
        <source>--dialog takes criteria, settings, help or connect, not &quot;%1&quot;</source>
        <translation>--dialog attend criteria, settings, help ou connect, pas &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep yours (saved over theirs), or reload to see theirs?</source>
        <translation>Conserver votre version (elle remplace l&apos;autre) ou recharger pour voir l&apos;autre&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conserver la mienne</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger l&apos;autre</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Customers gained</source>
        <translation>Clients gagnés</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Clients reconquis</translation>
    </message>
    <message>
        <source>Net change in customers</source>
        <translation>Variation nette de clients</translation>
    </message>
    <message>
        <source>Active at the start</source>
        <translation>Actifs au début</translation>
    </message>
    <message>
        <source>Active at the end</source>
        <translation>Actifs à la fin</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valeur perdue (12 mois)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Contacts de sauvetage</translation>
    </message>
    <message>
        <source>Customers rescued</source>
        <translation>Clients sauvés</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Taux de sauvetage</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Résolues dans le SLA</translation>
    </message>
    <message>
        <source>Median days to resolve</source>
        <translation>Délai médian de résolution (jours)</translation>
    </message>
    <message>
        <source>Overdue customers</source>
        <translation>Clients en retard</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clients à risque</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Réponses à l&apos;enquête</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Réclamations pour 100 clients</translation>
    </message>
    <message>
        <source>Feedback asked after the sale</source>
        <translation>Avis demandé après la vente</translation>
    </message>
    <message>
        <source>Customers followed up</source>
        <translation>Clients relancés</translation>
    </message>
    <message>
        <source>Re-engaged with an order</source>
        <translation>Réactivés par une commande</translation>
    </message>
    <message>
        <source>Re-engagement rate</source>
        <translation>Taux de réactivation</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Best customers&apos; revenue share</source>
        <translation>Part du CA des meilleurs clients</translation>
    </message>
    <message>
        <source>Top 20 % revenue share</source>
        <translation>Part du CA du top 20&#xa0;%</translation>
    </message>
    <message>
        <source>Days between orders, best</source>
        <translation>Jours entre commandes, meilleurs</translation>
    </message>
    <message>
        <source>Days between orders, the rest</source>
        <translation>Jours entre commandes, autres</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Dépenses par client actif</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>CA par unité de dépense</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 is a count: type a whole number, e.g. 12</source>
        <translation>%1 est un nombre&#xa0;: saisissez un nombre entier, p. ex. 12</translation>
    </message>
    <message>
        <source>%1 is an amount: type a number in currency units, e.g. 12500</source>
        <translation>%1 est un montant&#xa0;: saisissez un nombre en unités monétaires, p. ex. 12500</translation>
    </message>
    <message>
        <source>%1 is a percentage: type a number from 0 to 100, e.g. 2.5</source>
        <translation>%1 est un pourcentage&#xa0;: saisissez un nombre de 0 à 100, p. ex. 2,5</translation>
    </message>
    <message>
        <source>%1 is a number of days: type a number, e.g. 2.5</source>
        <translation>%1 est un nombre de jours&#xa0;: saisissez un nombre, p. ex. 2,5</translation>
    </message>
    <message>
        <source>%1 is a score from -100 to 100: type a number, e.g. 35</source>
        <translation>%1 est un score de -100 à 100&#xa0;: saisissez un nombre, p. ex. 35</translation>
    </message>
    <message>
        <source>%1 takes a number, e.g. 1.5</source>
        <translation>%1 attend un nombre, p. ex. 1,5</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 ne peut pas être négatif</translation>
    </message>
    <message>
        <source>%1: the amount is too large</source>
        <translation>%1&#xa0;: le montant est trop élevé</translation>
    </message>
    <message>
        <source>%1 is a number of days: type 0 or more</source>
        <translation>%1 est un nombre de jours&#xa0;: saisissez 0 ou plus</translation>
    </message>
    <message>
        <source>%1 is a score from -100 to 100</source>
        <translation>%1 est un score de -100 à 100</translation>
    </message>
    <message>
        <source>%1: the number is too large</source>
        <translation>%1&#xa0;: le nombre est trop grand</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3 to %4)</source>
        <translation>T%1 %2 (%3–%4)</translation>
    </message>
    <message>
        <source>FY%2 Q%1 (%3 to %4)</source>
        <translation>Ex. %2 T%1 (%3–%4)</translation>
    </message>
    <message>
        <source>FY%1 (%2 to %3)</source>
        <translation>Ex. %1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>bn %1</source>
        <translation>Md %1</translation>
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
        <translation>Clients dont le premier jour en tant que client (acquis le) tombe dans la période.</translation>
    </message>
    <message>
        <source>Customers whose loss date (lost on) falls in the period.</source>
        <translation>Clients dont la date de perte (perdu le) tombe dans la période.</translation>
    </message>
    <message>
        <source>Customers whose win-back date falls in the period: lost before, customers again.</source>
        <translation>Clients dont la date de reconquête tombe dans la période&#xa0;: perdus auparavant, redevenus clients.</translation>
    </message>
    <message>
        <source>Customers gained plus customers won back minus customers lost in the period.</source>
        <translation>Clients gagnés plus clients reconquis moins clients perdus sur la période.</translation>
    </message>
    <message>
        <source>Customers active on the day before the period starts: acquired by then and not lost (or lost and won back again).</source>
        <translation>Clients actifs la veille du début de la période&#xa0;: acquis à cette date et non perdus (ou perdus puis reconquis).</translation>
    </message>
    <message>
        <source>Customers active on the period&apos;s last day.</source>
        <translation>Clients actifs le dernier jour de la période.</translation>
    </message>
    <message>
        <source>Customers lost in the period divided by the customers active at its start. None when no customer was active at the start.</source>
        <translation>Clients perdus sur la période divisés par les clients actifs à son début. Aucune valeur si aucun client n&apos;était actif au début.</translation>
    </message>
    <message>
        <source>The yearly revenue that walked out: for every customer lost in the period, the sum of their orders in the 365 days up to their loss date.</source>
        <translation>Le chiffre d&apos;affaires annuel parti avec les clients&#xa0;: pour chaque client perdu sur la période, la somme de ses commandes sur les 365 jours jusqu&apos;à sa date de perte.</translation>
    </message>
    <message>
        <source>The sum of all order amounts dated in the period.</source>
        <translation>La somme de tous les montants de commandes datés de la période.</translation>
    </message>
    <message>
        <source>The customers lost in the period grouped by the reason they gave (&quot;Unknown&quot; when none was recorded): how many, and the yearly value they took with them; the largest value first.</source>
        <translation>Les clients perdus sur la période, regroupés par le motif donné («&#xa0;Unknown&#xa0;» si aucun n&apos;a été enregistré)&#xa0;: leur nombre et la valeur annuelle partie avec eux&#xa0;; la plus forte valeur en premier.</translation>
    </message>
    <message>
        <source>Contacts in the period in the rescue category: a customer at risk reached out to.</source>
        <translation>Contacts de la période dans la catégorie Sauvetage&#xa0;: un client à risque que l&apos;on a contacté.</translation>
    </message>
    <message>
        <source>Rescue contacts whose customer was not lost within 90 days after the contact.</source>
        <translation>Contacts de sauvetage dont le client n&apos;a pas été perdu dans les 90 jours suivant le contact.</translation>
    </message>
    <message>
        <source>Customers rescued divided by rescue contacts in the period. None when there was no rescue contact.</source>
        <translation>Clients sauvés divisés par les contacts de sauvetage de la période. Aucune valeur s&apos;il n&apos;y a eu aucun contact de sauvetage.</translation>
    </message>
    <message>
        <source>Contacts in the period marked as a complaint.</source>
        <translation>Contacts de la période marqués comme réclamation.</translation>
    </message>
    <message>
        <source>The share of the period&apos;s complaints resolved within the service level (2 days unless set otherwise in Settings); complaints still open count as not within.</source>
        <translation>La part des réclamations de la période résolues dans le SLA (2 jours, sauf autre réglage dans les Paramètres)&#xa0;; les réclamations encore ouvertes comptent comme hors SLA.</translation>
    </message>
    <message>
        <source>The middle number of days from complaint to resolution over the period&apos;s resolved complaints (the mean of the two middle ones for an even count).</source>
        <translation>Le nombre médian de jours entre la réclamation et sa résolution, sur les réclamations résolues de la période (la moyenne des deux valeurs centrales pour un nombre pair).</translation>
    </message>
    <message>
        <source>Active customers with orders on at least two days whose days since their last order exceed twice their usual (median) gap between orders.</source>
        <translation>Clients actifs ayant commandé au moins deux jours différents et dont le nombre de jours depuis la dernière commande dépasse le double de leur intervalle habituel (médian) entre commandes.</translation>
    </message>
    <message>
        <source>The probability that the customer is still buying, from the BG/NBD model (Fader, Hardie &amp; Lee, 2005) fitted on every customer&apos;s order history up to the period&apos;s end.</source>
        <translation>La probabilité que le client achète encore, selon le modèle BG/NBD (Fader, Hardie &amp; Lee, 2005) ajusté sur l&apos;historique de commandes de tous les clients jusqu&apos;à la fin de la période.</translation>
    </message>
    <message>
        <source>Active customers whose probability of still buying (P(alive)) is below 50 %, listed by their revenue in the last 12 months: the value at stake.</source>
        <translation>Clients actifs dont la probabilité d&apos;acheter encore (P(actif)) est inférieure à 50&#xa0;%, classés selon leur CA des 12 derniers mois&#xa0;: la valeur en jeu.</translation>
    </message>
    <message>
        <source>The orders the BG/NBD model expects from the customer in the next 365 days.</source>
        <translation>Les commandes que le modèle BG/NBD attend du client sur les 365 prochains jours.</translation>
    </message>
    <message>
        <source>Expected orders in the next 12 months times the expected order value of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee, 2005).</source>
        <translation>Commandes attendues sur les 12 prochains mois multipliées par la valeur de commande attendue du modèle de dépense Gamma-Gamma (Fader, Hardie &amp; Lee, 2005).</translation>
    </message>
    <message>
        <source>Feedback answers (survey scores) received in the period.</source>
        <translation>Réponses d&apos;avis (notes d&apos;enquête) reçues sur la période.</translation>
    </message>
    <message>
        <source>Net Promoter Score: 100 × (promoters − detractors) ÷ answers, from −100 to 100; promoters score 9 or 10, detractors 0 to 6. None without answers.</source>
        <translation>Net Promoter Score&#xa0;: 100 × (promoteurs − détracteurs) ÷ réponses, de −100 à 100&#xa0;; les promoteurs donnent 9 ou 10, les détracteurs de 0 à 6. Aucune valeur sans réponse.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 9 or 10.</source>
        <translation>Réponses de la période notées 9 ou 10.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 7 or 8.</source>
        <translation>Réponses de la période notées 7 ou 8.</translation>
    </message>
    <message>
        <source>Answers in the period scoring 0 to 6.</source>
        <translation>Réponses de la période notées de 0 à 6.</translation>
    </message>
    <message>
        <source>100 × the period&apos;s complaints ÷ the customers active at its start.</source>
        <translation>100 × les réclamations de la période ÷ les clients actifs à son début.</translation>
    </message>
    <message>
        <source>Contacts in the period to rescue a customer at risk.</source>
        <translation>Contacts de la période pour sauver un client à risque.</translation>
    </message>
    <message>
        <source>Contacts in the period to win an order (revenue contacts).</source>
        <translation>Contacts de la période pour obtenir une commande (contacts de vente).</translation>
    </message>
    <message>
        <source>Contacts in the period where the customer asked for something.</source>
        <translation>Contacts de la période où le client a demandé quelque chose.</translation>
    </message>
    <message>
        <source>Contacts in the period to keep the relationship up.</source>
        <translation>Contacts de la période pour entretenir la relation.</translation>
    </message>
    <message>
        <source>The 15 touchpoints with most contacts in the period: contacts, distinct customers, the share of contacts that were complaints, and the share of its customers lost within 180 days after a contact there.</source>
        <translation>Les 15 points de contact les plus sollicités sur la période&#xa0;: contacts, clients distincts, part des contacts qui étaient des réclamations et part de leurs clients perdus dans les 180 jours suivant un contact à ce point.</translation>
    </message>
    <message>
        <source>Of the customers who ordered in the period, the share who gave a feedback answer within 30 days after one of those orders.</source>
        <translation>Parmi les clients ayant commandé sur la période, la part qui a donné un avis dans les 30 jours suivant l&apos;une de ces commandes.</translation>
    </message>
    <message>
        <source>Of the customers active on the period&apos;s last day, the share with a relationship contact in the 180 days up to it.</source>
        <translation>Parmi les clients actifs le dernier jour de la période, la part ayant eu un contact relationnel dans les 180 jours jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>Revenue contacts in the period followed by an order from the same customer within 60 days.</source>
        <translation>Contacts de vente de la période suivis d&apos;une commande du même client dans les 60 jours.</translation>
    </message>
    <message>
        <source>Re-engaged revenue contacts divided by all revenue contacts in the period. None when there was none.</source>
        <translation>Contacts de vente suivis d&apos;une commande (réactivés) divisés par l&apos;ensemble des contacts de vente de la période. Aucune valeur s&apos;il n&apos;y en a eu aucun.</translation>
    </message>
    <message>
        <source>The active customers who meet the best-customer criteria in force on the period&apos;s last day, ranked by lifetime value.</source>
        <translation>Les clients actifs qui remplissent les critères des meilleurs clients en vigueur le dernier jour de la période, classés par valeur vie client.</translation>
    </message>
    <message>
        <source>How many active customers meet the best-customer criteria on the period&apos;s last day.</source>
        <translation>Le nombre de clients actifs qui remplissent les critères des meilleurs clients le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The best customers&apos; share of all revenue in the 365 days up to the period&apos;s end.</source>
        <translation>La part des meilleurs clients dans l&apos;ensemble du CA des 365 jours jusqu&apos;à la fin de la période.</translation>
    </message>
    <message>
        <source>The share of revenue in the 365 days up to the period&apos;s end that came from the top 20 % of customers (by that revenue).</source>
        <translation>La part du CA des 365 jours jusqu&apos;à la fin de la période réalisée par le top 20&#xa0;% des clients (selon ce CA).</translation>
    </message>
    <message>
        <source>The mean gap in days between consecutive orders of best customers in the last 365 days, over those with at least two orders.</source>
        <translation>L&apos;intervalle moyen en jours entre commandes consécutives des meilleurs clients sur les 365 derniers jours, parmi ceux qui ont au moins deux commandes.</translation>
    </message>
    <message>
        <source>The same mean gap for every other customer with at least two orders in the last 365 days.</source>
        <translation>Le même intervalle moyen pour tous les autres clients ayant au moins deux commandes sur les 365 derniers jours.</translation>
    </message>
    <message>
        <source>The money spent on customer programs in the months of the period, in total and by program.</source>
        <translation>Les sommes dépensées en programmes clients sur les mois de la période, au total et par programme.</translation>
    </message>
    <message>
        <source>Total spend divided by the customers active on the period&apos;s last day.</source>
        <translation>Dépenses totales divisées par les clients actifs le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The period&apos;s revenue divided by its total spend. None when nothing was spent.</source>
        <translation>Le CA de la période divisé par ses dépenses totales. Aucune valeur si rien n&apos;a été dépensé.</translation>
    </message>
    <message>
        <source>1 − customers lost in the period ÷ customers active at its start: the share of the customers at the start who were kept.</source>
        <translation>1 − clients perdus sur la période ÷ clients actifs à son début&#xa0;: la part des clients du début qui ont été conservés.</translation>
    </message>
    <message>
        <source>The mean gap in days between consecutive orders in the last 365 days, best customers against the other active customers, over those with at least two orders there.</source>
        <translation>L&apos;intervalle moyen en jours entre commandes consécutives sur les 365 derniers jours, meilleurs clients comparés aux autres clients actifs, parmi ceux qui y ont au moins deux commandes.</translation>
    </message>
    <message>
        <source>Active customers who are overdue or whose probability of still buying (P(alive)) is below 50 %: the list below, by value at stake.</source>
        <translation>Clients actifs en retard ou dont la probabilité d&apos;acheter encore (P(actif)) est inférieure à 50&#xa0;%&#xa0;: la liste ci-dessous, par valeur en jeu.</translation>
    </message>
    <message>
        <source>The sum of the listed customers&apos; revenue in the last 12 months; the note adds what the customer-base model expects them to spend in the next 12 months.</source>
        <translation>La somme du CA des 12 derniers mois des clients listés&#xa0;; la note ajoute ce que le modèle de la base clients prévoit qu&apos;ils dépensent sur les 12 prochains mois.</translation>
    </message>
    <message>
        <source>The customer&apos;s orders up to the day; the note counts those of the last 365 days.</source>
        <translation>Les commandes du client jusqu&apos;au jour considéré&#xa0;; la note compte celles des 365 derniers jours.</translation>
    </message>
    <message>
        <source>The sum of all the customer&apos;s orders up to the day.</source>
        <translation>La somme de toutes les commandes du client jusqu&apos;au jour considéré.</translation>
    </message>
    <message>
        <source>The sum of the customer&apos;s orders in the 365 days up to the day.</source>
        <translation>La somme des commandes du client sur les 365 jours jusqu&apos;au jour considéré.</translation>
    </message>
    <message>
        <source>The customer&apos;s orders in the 365 days up to the day.</source>
        <translation>Les commandes du client sur les 365 jours jusqu&apos;au jour considéré.</translation>
    </message>
    <message>
        <source>Lifetime value divided by the number of orders up to the day.</source>
        <translation>Valeur vie client divisée par le nombre de commandes jusqu&apos;au jour considéré.</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s last order to the day.</source>
        <translation>Jours écoulés entre la dernière commande du client et le jour considéré.</translation>
    </message>
    <message>
        <source>Whole months from the day the customer was acquired to the day.</source>
        <translation>Mois entiers écoulés entre le jour d&apos;acquisition du client et le jour considéré.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest survey score on or before the day.</source>
        <translation>La dernière note d&apos;enquête du client, au jour considéré ou avant.</translation>
    </message>
    <message>
        <source>The customer&apos;s complaints in the 365 days up to the day.</source>
        <translation>Les réclamations du client sur les 365 jours jusqu&apos;au jour considéré.</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts of any kind in the 365 days up to the day: how demanding a customer is.</source>
        <translation>Les contacts de tout type du client sur les 365 jours jusqu&apos;au jour considéré&#xa0;: à quel point le client est exigeant.</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Pourquoi les clients sont partis</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Expected orders (12 months)</source>
        <translation>Commandes attendues (12 mois)</translation>
    </message>
    <message>
        <source>Expected value (12 months)</source>
        <translation>Valeur attendue (12 mois)</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Contacts de sauvetage</translation>
    </message>
    <message>
        <source>Revenue contacts</source>
        <translation>Contacts de vente</translation>
    </message>
    <message>
        <source>Request contacts</source>
        <translation>Contacts de demande</translation>
    </message>
    <message>
        <source>Relationship contacts</source>
        <translation>Contacts relationnels</translation>
    </message>
    <message>
        <source>Moments of truth (priority contacts)</source>
        <translation>Moments de vérité (contacts prioritaires)</translation>
    </message>
    <message>
        <source>The best customers</source>
        <translation>Les meilleurs clients</translation>
    </message>
    <message>
        <source>Status: met when the actual meets the target; at risk when it misses by no more than 10 % of the target; missed otherwise; no data when there is no actual. Each status has its own symbol as well as its colour.</source>
        <translation>Statut&#xa0;: atteint quand le réel atteint l&apos;objectif&#xa0;; à risque quand il le manque de 10&#xa0;% de l&apos;objectif au plus&#xa0;; manqué sinon&#xa0;; pas de données quand il n&apos;y a pas de réel. Chaque statut a son propre symbole en plus de sa couleur.</translation>
    </message>
    <message>
        <source>A click, or Enter, on a figure opens the view that explains it.</source>
        <translation>Un clic, ou Entrée, sur un indicateur ouvre la vue qui l&apos;explique.</translation>
    </message>
    <message>
        <source>Choose the month with Period &gt; Choose period (Ctrl+L); the trend shows the 13 months ending with it.</source>
        <translation>Choisissez le mois avec Période &gt; Choisir la période (Ctrl+L)&#xa0;; la tendance montre les 13 mois qui se terminent par celui-ci.</translation>
    </message>
    <message>
        <source>Ctrl+M filters by month and Ctrl+R by reason, Esc clears; Enter on a lost customer opens their history.</source>
        <translation>Ctrl+M filtre par mois et Ctrl+R par motif, Échap efface le filtre&#xa0;; Entrée sur un client perdu ouvre son historique.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X records an exit call on the lost customer chosen: what they said, and the reason they gave.</source>
        <translation>Ctrl+Maj+X enregistre un appel de départ pour le client perdu sélectionné&#xa0;: ce qu&apos;il a dit et le motif qu&apos;il a donné.</translation>
    </message>
    <message>
        <source>Edit the criteria (Ctrl+K): every saved change is a new version, and the pack prints the version in force.</source>
        <translation>Modifiez les critères (Ctrl+K)&#xa0;: chaque modification enregistrée crée une nouvelle version, et le dossier de réunion imprime la version en vigueur.</translation>
    </message>
    <message>
        <source>A rule is an attribute, an operator and a value; &quot;top percent N&quot; keeps the top N % of active customers by the attribute.</source>
        <translation>Une règle se compose d&apos;un attribut, d&apos;un opérateur et d&apos;une valeur&#xa0;; «&#xa0;dans le top N&#xa0;%&#xa0;» retient les N&#xa0;% des clients actifs les mieux placés selon l&apos;attribut.</translation>
    </message>
    <message>
        <source>The trend shows 13 months for a month, 8 quarters for a quarter.</source>
        <translation>La tendance couvre 13 mois pour un mois, 8 trimestres pour un trimestre.</translation>
    </message>
    <message>
        <source>Enter on a customer opens their history in the Customers view.</source>
        <translation>Entrée sur un client ouvre son historique dans la vue Clients.</translation>
    </message>
    <message>
        <source>Each tile opens the customers behind it.</source>
        <translation>Chaque vignette ouvre la liste des clients qu&apos;elle recouvre.</translation>
    </message>
    <message>
        <source>Type a target in the Target column and an owner in the Owner column; an empty target removes it.</source>
        <translation>Saisissez un objectif dans la colonne Objectif et un responsable dans la colonne Responsable&#xa0;; un objectif vide est supprimé.</translation>
    </message>
    <message>
        <source>Status: met, at risk (missing by no more than 10 % of the target), missed, or no data.</source>
        <translation>Statut&#xa0;: atteint, à risque (manqué de 10&#xa0;% de l&apos;objectif au plus), manqué ou pas de données.</translation>
    </message>
    <message>
        <source>New action: Ctrl+N. In a meeting, A records one without leaving the slide.</source>
        <translation>Nouvelle action&#xa0;: Ctrl+N. En réunion, A en enregistre une sans quitter la diapositive.</translation>
    </message>
    <message>
        <source>Overdue actions are marked, not only coloured.</source>
        <translation>Les actions en retard sont signalées, pas seulement colorées.</translation>
    </message>
    <message>
        <source>Ctrl+F goes to the search box: a name or an id; Esc clears it.</source>
        <translation>Ctrl+F place le curseur dans la zone de recherche&#xa0;: un nom ou un identifiant&#xa0;; Échap l&apos;efface.</translation>
    </message>
    <message>
        <source>The four accountability targets on one page: customers gained and lost, service and rescue, listening, and the moments of truth. Each figure shows the period&apos;s actual, its target, the status against it, the owner and the trend over the periods before.</source>
        <translation>Les quatre objectifs de responsabilité sur une seule page&#xa0;: clients gagnés et perdus, service et sauvetage, écoute, et moments de vérité. Chaque indicateur affiche le réel de la période, son objectif, le statut par rapport à celui-ci, le responsable et la tendance sur les périodes précédentes.</translation>
    </message>
    <message>
        <source>The monthly customer-loss review: how many customers were lost, what they were worth, why they left, and who they were.</source>
        <translation>La revue mensuelle des pertes de clients&#xa0;: combien de clients ont été perdus, ce qu&apos;ils valaient, pourquoi ils sont partis et qui ils étaient.</translation>
    </message>
    <message>
        <source>The customers the executives agree are the best, by the criteria in force: who they are, what share of revenue they bring, how often they buy and what they buy.</source>
        <translation>Les clients que les dirigeants s&apos;accordent à considérer comme les meilleurs, selon les critères en vigueur&#xa0;: qui ils sont, quelle part du CA ils apportent, à quelle fréquence ils achètent et ce qu&apos;ils achètent.</translation>
    </message>
    <message>
        <source>Listening and service: what customers say (NPS and complaints), how fast complaints are resolved, how many customers at risk were rescued, and the issues driving customers away.</source>
        <translation>Écoute et service&#xa0;: ce que disent les clients (NPS et réclamations), la rapidité de résolution des réclamations, le nombre de clients à risque sauvés et les problèmes qui font fuir les clients.</translation>
    </message>
    <message>
        <source>The customers to call this week: overdue customers and customers unlikely to come back, by the value at stake.</source>
        <translation>Les clients à appeler cette semaine&#xa0;: clients en retard et clients peu susceptibles de revenir, par valeur en jeu.</translation>
    </message>
    <message>
        <source>The moments of truth: the touchpoints where customers reach the company most, how often they complain there, and how many of them are lost afterwards.</source>
        <translation>Les moments de vérité&#xa0;: les points de contact où les clients sollicitent le plus l&apos;entreprise, la fréquence de leurs réclamations à ces points et le nombre de clients perdus ensuite.</translation>
    </message>
    <message>
        <source>What the customer programs cost and what they returned.</source>
        <translation>Ce que les programmes clients ont coûté et ce qu&apos;ils ont rapporté.</translation>
    </message>
    <message>
        <source>The three accountabilities after the sale: asking for feedback, following customers up, and turning revenue contacts into orders.</source>
        <translation>Les trois responsabilités après la vente&#xa0;: demander un avis, relancer les clients et transformer les contacts de vente en commandes.</translation>
    </message>
    <message>
        <source>Every figure a target can be set on: its actual for the period, the target, the status against it and its owner. Targets are set per period and per figure; lower is better for losses, churn, complaints and days to resolve, higher for the rest.</source>
        <translation>Chaque indicateur pouvant recevoir un objectif&#xa0;: son réel sur la période, l&apos;objectif, le statut par rapport à celui-ci et son responsable. Les objectifs se fixent par période et par indicateur&#xa0;; mieux si plus bas pour les pertes, l&apos;attrition, les réclamations et les délais de résolution, mieux si plus haut pour les autres.</translation>
    </message>
    <message>
        <source>The accountability log: every action and idea, with its owner, due date and status, and the figure or customer it answers.</source>
        <translation>Le journal de responsabilité&#xa0;: chaque action et idée, avec son responsable, son échéance et son statut, ainsi que l&apos;indicateur ou le client auquel elle répond.</translation>
    </message>
    <message>
        <source>The leadership team&apos;s own scores, 1 to 10, on seven dimensions of customer accountability, this quarter against the last, with a note for each.</source>
        <translation>Les notes que l&apos;équipe de direction s&apos;attribue, de 1 à 10, sur sept dimensions de la responsabilité client, ce trimestre comparé au précédent, avec un commentaire pour chacune.</translation>
    </message>
    <message>
        <source>Every customer, searchable, with their figures, orders, contacts and answers.</source>
        <translation>Tous les clients, avec recherche, et pour chacun ses chiffres, commandes, contacts et réponses.</translation>
    </message>
    <message>
        <source>Meeting &gt; Start meeting (Shift+F5) shows the agenda of the period on show full screen: a month gives the monthly customer-loss review, a quarter the quarterly accountability meeting. With a second screen, the presenter console shows the next slide, the time and talking points. File &gt; Export meeting pack as PDF (Ctrl+P) writes the same agenda for every attendee.</source>
        <translation>Réunion &gt; Lancer la réunion (Maj+F5) affiche en plein écran l&apos;ordre du jour de la période affichée&#xa0;: un mois donne la revue mensuelle des pertes de clients, un trimestre la revue trimestrielle de responsabilité client. Avec un second écran, la console du présentateur affiche la diapositive suivante, le temps écoulé et les points à aborder. Fichier &gt; Exporter le dossier de réunion en PDF (Ctrl+P) produit le même ordre du jour pour chaque participant.</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>Droite, Page suiv., Espace</translation>
    </message>
    <message>
        <source>next slide</source>
        <translation>diapositive suivante</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Gauche, Page préc.</translation>
    </message>
    <message>
        <source>previous slide</source>
        <translation>diapositive précédente</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Début, Fin</translation>
    </message>
    <message>
        <source>first, last slide</source>
        <translation>première, dernière diapositive</translation>
    </message>
    <message>
        <source>a number, then Enter</source>
        <translation>un numéro, puis Entrée</translation>
    </message>
    <message>
        <source>that slide</source>
        <translation>cette diapositive</translation>
    </message>
    <message>
        <source>B, W</source>
        <translation>B, W</translation>
    </message>
    <message>
        <source>black or white screen; the same key returns</source>
        <translation>écran noir ou blanc&#xa0;; la même touche ramène à la diapositive</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>mask customer names (initials instead); P again shows them</source>
        <translation>masquer les noms des clients (initiales à la place)&#xa0;; un nouvel appui sur P les réaffiche</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>record an action: title, owner, due date</source>
        <translation>enregistrer une action&#xa0;: titre, responsable, échéance</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>advance by itself (TV mode), on or off</source>
        <translation>défilement automatique (mode TV), activé ou désactivé</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>the customers behind the slide; Esc returns</source>
        <translation>les clients derrière la diapositive&#xa0;; Échap pour revenir</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>leave; the next start resumes on the same slide</source>
        <translation>quitter&#xa0;; le prochain lancement reprend à la même diapositive</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the date format &quot;%1&quot; is not supported: use yyyy, MM or M, dd or d and separators, e.g. dd.MM.yyyy</source>
        <translation>le format de date &quot;%1&quot; n&apos;est pas pris en charge&#xa0;: utilisez yyyy, MM ou M, dd ou d et des séparateurs, p. ex. dd.MM.yyyy</translation>
    </message>
    <message>
        <source>the date format &quot;%1&quot; needs a year (yyyy), a month (MM or M) and a day (dd or d)</source>
        <translation>le format de date &quot;%1&quot; nécessite une année (yyyy), un mois (MM ou M) et un jour (dd ou d)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the required column %1 is missing; %2 needs %3</source>
        <translation>la colonne obligatoire %1 est absente&#xa0;; %2 nécessite %3</translation>
    </message>
    <message>
        <source>the column %1 appears more than once in the header (columns %2 and %3)</source>
        <translation>la colonne %1 apparaît plusieurs fois dans l&apos;en-tête (colonnes %2 et %3)</translation>
    </message>
    <message>
        <source>column %1 has no name and is ignored</source>
        <translation>la colonne %1 n&apos;a pas de nom et est ignorée</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored</source>
        <translation>colonne inconnue &quot;%1&quot; ignorée</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1 holds a byte that is not UTF-8 (0x%2); save the file as UTF-8</source>
        <translation>%1 contient un octet qui n&apos;est pas de l&apos;UTF-8 (0x%2)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>%1 holds a NUL byte, which no text contains</source>
        <translation>%1 contient un octet NUL, qu&apos;aucun texte ne contient</translation>
    </message>
    <message>
        <source>%1 has text after its closing quote; a quote inside a quoted field is written &quot;&quot;</source>
        <translation>%1 contient du texte après son guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets s&apos;écrit &quot;&quot;</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>un champ entre guillemets commençant sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB (a quote never closed?); the rest of the file was not read</source>
        <translation>l&apos;enregistrement dépasse %1 Mo (un guillemet jamais fermé&#xa0;?)&#xa0;; le reste du fichier n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>le fichier est en UTF-16&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read to its end</source>
        <translation>le fichier ne peut pas être lu jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>la ligne compte %1 champs&#xa0;; l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>%1 is empty; a value is required</source>
        <translation>%1 est vide&#xa0;; une valeur est obligatoire</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written %3</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une date au format %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a decimal number</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 0 to 10</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un nombre entier de 0 à 10</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a yes/no value (true/false, yes/no, 1/0 or y/n)</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une valeur oui/non (true/false, yes/no, 1/0 ou y/n)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3</source>
        <translation>%1 &quot;%2&quot; ne fait pas partie de&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a month written YYYY-MM</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un mois au format YYYY-MM</translation>
    </message>
    <message>
        <source>month &quot;%1&quot;, program &quot;%2&quot; and segment &quot;%3&quot; appear more than once in this file (first on line %4)</source>
        <translation>month &quot;%1&quot;, program &quot;%2&quot; et segment &quot;%3&quot; apparaissent plusieurs fois dans ce fichier (d&apos;abord à la ligne %4)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; appears more than once in this file (first on line %3)</source>
        <translation>%1 &quot;%2&quot; apparaît plusieurs fois dans ce fichier (d&apos;abord à la ligne %3)</translation>
    </message>
    <message>
        <source>lost_on &quot;%1&quot; is before acquired_on &quot;%2&quot;</source>
        <translation>lost_on &quot;%1&quot; est antérieur à acquired_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>won_back_on &quot;%1&quot; is not after lost_on &quot;%2&quot;</source>
        <translation>won_back_on &quot;%1&quot; n&apos;est pas postérieur à lost_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>won_back_on &quot;%1&quot; is set but lost_on is empty; a customer is won back only after being lost</source>
        <translation>won_back_on &quot;%1&quot; est renseigné mais lost_on est vide&#xa0;; un client ne peut être reconquis qu&apos;après avoir été perdu</translation>
    </message>
    <message>
        <source>loss_reason &quot;%1&quot; is set but lost_on is empty; a reason needs the day the customer was lost</source>
        <translation>loss_reason &quot;%1&quot; est renseigné mais lost_on est vide&#xa0;; un motif nécessite le jour où le client a été perdu</translation>
    </message>
    <message>
        <source>lost_on &quot;%1&quot; has no loss_reason; imported with the reason &quot;Unknown&quot;</source>
        <translation>lost_on &quot;%1&quot; n&apos;a pas de loss_reason&#xa0;; importé avec le motif &quot;Unknown&quot;</translation>
    </message>
    <message>
        <source>resolved_on &quot;%1&quot; is before occurred_on &quot;%2&quot;</source>
        <translation>resolved_on &quot;%1&quot; est antérieur à occurred_on &quot;%2&quot;</translation>
    </message>
    <message>
        <source>customer_id &quot;%1&quot; is neither in customers.csv nor in the database</source>
        <translation>customer_id &quot;%1&quot; ne figure ni dans customers.csv ni dans la base de données</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the customers: %1</source>
        <translation>impossible de lire les clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>impossible de préparer l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>customer %1 has no database key</source>
        <translation>le client %1 n&apos;a pas de clé de base de données</translation>
    </message>
    <message>
        <source>database error: no key returned for a customer</source>
        <translation>erreur de base de données&#xa0;: aucune clé renvoyée pour un client</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>impossible de valider l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row naming the columns</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête nommant les colonnes est attendue</translation>
    </message>
    <message>
        <source>the header row cannot be read: it is not UTF-8 text</source>
        <translation>la ligne d&apos;en-tête ne peut pas être lue&#xa0;: ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>aucun fichier à importer</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot tell which file this is: its header has the required columns of none of %1</source>
        <translation>impossible de déterminer de quel fichier il s&apos;agit&#xa0;: son en-tête ne contient les colonnes obligatoires d&apos;aucun des fichiers %1</translation>
    </message>
    <message>
        <source>the import&apos;s transaction ended early: %1</source>
        <translation>la transaction de l&apos;import s&apos;est terminée prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>spend rows</source>
        <translation>lignes de dépenses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 replaced what was held before (%2)</source>
        <translation>%1 a remplacé les données précédentes (%2)</translation>
    </message>
    <message>
        <source>%1 left out customers held before, deleted (%2)</source>
        <translation>%1 omettait des clients existants, supprimés (%2)</translation>
    </message>
    <message>
        <source>deleted with no file given: %1</source>
        <translation>supprimé sans fichier fourni&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is smaller than the smallest amount Accountable accepts (%3)</source>
        <translation>%1 &quot;%2&quot; est inférieur au plus petit montant accepté par Accountable (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is larger than the largest amount Accountable accepts (%3)</source>
        <translation>%1 &quot;%2&quot; est supérieur au plus grand montant accepté par Accountable (%3)</translation>
    </message>
    <message>
        <source>customers.csv replaces the customers, but leaves out customers that rows still name (%1; for example %2): give those files too, so they are replaced with it, or use --replace-all to replace the whole company</source>
        <translation>customers.csv remplace les clients, mais omet des clients encore cités par des lignes (%1&#xa0;; par exemple %2)&#xa0;: fournissez aussi ces fichiers pour qu&apos;ils soient remplacés en même temps, ou utilisez --replace-all pour remplacer toute l&apos;entreprise</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 est endommagé (%2)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>with this import, the amounts of all %1 in the database would add up to more than %2 (negative amounts counted as positive), the largest total Accountable can add up exactly</source>
        <translation>avec cet import, les montants de l&apos;ensemble des %1 de la base de données totaliseraient plus de %2 (montants négatifs comptés en positif), le plus grand total qu&apos;Accountable peut additionner exactement</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>Réclamants</translation>
    </message>
    <message>
        <source>Complaints not resolved within SLA</source>
        <translation>Réclamations non résolues dans le SLA</translation>
    </message>
    <message>
        <source>Rescue contacts</source>
        <translation>Contacts de sauvetage</translation>
    </message>
    <message>
        <source>Rescue contacts lost within 90 days</source>
        <translation>Contacts de sauvetage perdus sous 90 jours</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lost in %1: %2</source>
        <translation>Perdus, %1&#xa0;: %2</translation>
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
        <translation>promoteurs moins détracteurs</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>9–10: %1 · 0–6: %2</source>
        <translation>9–10&#xa0;: %1 · 0–6&#xa0;: %2</translation>
    </message>
    <message>
        <source>Complaints per 100</source>
        <translation>Réclamations pour 100</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n réclamation</numerusform>
            <numerusform>%n réclamations</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>Résolues dans le SLA</translation>
    </message>
    <message>
        <source>of %1, SLA %2 days</source>
        <translation>sur %1, SLA %2 jours</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Résolution médiane</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>resolved complaints</source>
        <translation>réclamations résolues</translation>
    </message>
    <message>
        <source>no complaint resolved</source>
        <translation>aucune réclamation résolue</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Taux de sauvetage</translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation>conservés&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>LossReview</name>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Reconquis</translation>
    </message>
    <message>
        <source>Net change in customers</source>
        <translation>Variation nette de clients</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valeur perdue (12 mois)</translation>
    </message>
    <message>
        <source>Customers gained</source>
        <translation>Clients gagnés</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 against %4.</source>
        <translation>%1&#xa0;: hausse de %2 à %3 par rapport à %4.</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 against %4.</source>
        <translation>%1&#xa0;: baisse de %2 à %3 par rapport à %4.</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <source>Customers gained</source>
        <translation>Clients gagnés</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Clients reconquis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grew most: %2 lost (%3), %4 more than in %5.</source>
        <translation>«&#xa0;%1&#xa0;» a le plus progressé&#xa0;: %2 perdus (%3), %4 de plus qu&apos;en %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the largest reason: %2 lost (%3).</source>
        <translation>«&#xa0;%1&#xa0;» est le premier motif&#xa0;: %2 perdus (%3).</translation>
    </message>
    <message>
        <source>Furthest off target: %1 at %2 against %3 %4</source>
        <translation>Plus grand écart à l&apos;objectif&#xa0;: %1 à %2 pour un objectif %3 %4</translation>
    </message>
    <message>
        <source>%1 (owner: %2).</source>
        <translation>%1 (responsable&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Most valuable customer lost: %1 (%2), %3 a year, &quot;%4&quot;.</source>
        <translation>Client perdu le plus précieux&#xa0;: %1 (%2), %3 par an, «&#xa0;%4&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>&quot;%1&quot; is not a numeric figure of METRICS.md, so it cannot have a target; numeric figures are: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un indicateur numérique de METRICS.md et ne peut donc pas avoir d&apos;objectif&#xa0;; les indicateurs numériques sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a list of targets: [{&quot;metric&quot;: ..., &quot;period&quot;: ..., &quot;value&quot;: ..., &quot;owner&quot;: ...}]</source>
        <translation>liste d&apos;objectifs attendue&#xa0;: [{&quot;metric&quot;: ..., &quot;period&quot;: ..., &quot;value&quot;: ..., &quot;owner&quot;: ...}]</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>%1: &quot;metric&quot; must be a text naming a figure</source>
        <translation>%1&#xa0;: &quot;metric&quot; doit être un texte désignant un indicateur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; must be a month (2026-10), a quarter (2026-Q3) or a year (2026)</source>
        <translation>%1&#xa0;: &quot;period&quot; doit être un mois (2026-10), un trimestre (2026-Q3) ou une année (2026)</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a number</source>
        <translation>%1&#xa0;: &quot;value&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>%1: &quot;owner&quot; must be a text</source>
        <translation>%1&#xa0;: &quot;owner&quot; doit être un texte</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Period %1 (%2 to %3), data as of %4</source>
        <translation>Période %1 (du %2 au %3), données au %4</translation>
    </message>
    <message>
        <source>Customers as assets</source>
        <translation>Les clients comme actifs</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>gagnés</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdus</translation>
    </message>
    <message>
        <source>won back</source>
        <translation>reconquis</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <source>active at start</source>
        <translation>actifs au début</translation>
    </message>
    <message>
        <source>active at end</source>
        <translation>actifs à la fin</translation>
    </message>
    <message>
        <source>churn rate</source>
        <translation>taux d&apos;attrition</translation>
    </message>
    <message>
        <source>lost value</source>
        <translation>valeur perdue</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motifs</translation>
    </message>
    <message>
        <source>Monthly trend (lost, lost value, gained, revenue)</source>
        <translation>Tendance mensuelle (perdus, valeur perdue, gagnés, CA)</translation>
    </message>
    <message>
        <source>Quarterly trend (lost, lost value, gained, revenue)</source>
        <translation>Tendance trimestrielle (perdus, valeur perdue, gagnés, CA)</translation>
    </message>
    <message>
        <source>Service performance</source>
        <translation>Performance du service</translation>
    </message>
    <message>
        <source>rescue contacts</source>
        <translation>contacts de sauvetage</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>sauvés</translation>
    </message>
    <message>
        <source>rescue rate</source>
        <translation>taux de sauvetage</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>réclamations</translation>
    </message>
    <message>
        <source>resolved within SLA (%1 days)</source>
        <translation>résolues dans le SLA (%1 jours)</translation>
    </message>
    <message>
        <source>median resolution days</source>
        <translation>jours de résolution (médiane)</translation>
    </message>
    <message>
        <source>overdue customers</source>
        <translation>clients en retard</translation>
    </message>
    <message>
        <source>BG/NBD: r %1, alpha %2 days, a %3, b %4, %5 customers%6</source>
        <translation>BG/NBD&#xa0;: r %1, alpha %2 jours, a %3, b %4, %5 clients%6</translation>
    </message>
    <message>
        <source> (not converged)</source>
        <translation> (non convergé)</translation>
    </message>
    <message>
        <source>BG/NBD: no fit</source>
        <translation>BG/NBD&#xa0;: pas d&apos;ajustement</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p %1, q %2, gamma %3, %4 customers</source>
        <translation>Gamma-Gamma&#xa0;: p %1, q %2, gamma %3, %4 clients</translation>
    </message>
    <message>
        <source>at risk (p_alive &lt; 0.5)</source>
        <translation>à risque (p_alive &lt; 0.5)</translation>
    </message>
    <message>
        <source>p_alive</source>
        <translation>p_alive</translation>
    </message>
    <message>
        <source>Customer listening</source>
        <translation>Écoute client</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promoteurs</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passifs</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>détracteurs</translation>
    </message>
    <message>
        <source>complaints per 100 customers</source>
        <translation>réclamations pour 100 clients</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>contacts by category</source>
        <translation>contacts par catégorie</translation>
    </message>
    <message>
        <source>priority contacts (contacts, customers, complaint share, loss share)</source>
        <translation>contacts prioritaires (contacts, clients, part des réclamations, part des pertes)</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>feedback after the sale</source>
        <translation>avis après la vente</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>relancés</translation>
    </message>
    <message>
        <source>re-engaged</source>
        <translation>réactivés</translation>
    </message>
    <message>
        <source>re-engage rate</source>
        <translation>taux de réactivation</translation>
    </message>
    <message>
        <source>Best customers (%1, version %2)</source>
        <translation>Meilleurs clients (%1, version %2)</translation>
    </message>
    <message>
        <source>best customers</source>
        <translation>meilleurs clients</translation>
    </message>
    <message>
        <source>their revenue share</source>
        <translation>leur part du CA</translation>
    </message>
    <message>
        <source>top 20 % share</source>
        <translation>part du top 20&#xa0;%</translation>
    </message>
    <message>
        <source>mean days between orders, best / rest</source>
        <translation>jours moyens entre commandes, meilleurs / autres</translation>
    </message>
    <message>
        <source>category mix, best</source>
        <translation>mix de catégories, meilleurs</translation>
    </message>
    <message>
        <source>category mix, rest</source>
        <translation>mix de catégories, autres</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>stades</translation>
    </message>
    <message>
        <source>Spend and results</source>
        <translation>Dépenses et résultats</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>per active customer</source>
        <translation>par client actif</translation>
    </message>
    <message>
        <source>revenue per spend</source>
        <translation>CA par unité de dépense</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty text</source>
        <translation>&quot;name&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1 up</source>
        <translation>&quot;version&quot; doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>&quot;match&quot; doit valoir &quot;all&quot; ou &quot;any&quot;</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} (it may be empty)</source>
        <translation>&quot;rules&quot; doit être une liste de {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} (elle peut être vide)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>%1: expected an object {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;}</source>
        <translation>%1&#xa0;: objet {&quot;attribute&quot;, &quot;op&quot;, &quot;value&quot;} attendu</translation>
    </message>
    <message>
        <source> in currency units</source>
        <translation> en unités monétaires</translation>
    </message>
    <message>
        <source>expected an object {&quot;name&quot;, &quot;version&quot;, &quot;match&quot;, &quot;rules&quot;}</source>
        <translation>objet {&quot;name&quot;, &quot;version&quot;, &quot;match&quot;, &quot;rules&quot;} attendu</translation>
    </message>
    <message>
        <source>the order amounts in this database add up to more than %1 (negative amounts counted as positive), the most Accountable can add up exactly, so no figure is shown rather than a wrong one; import the orders again, replacing the data (each amount at most %2 either way)</source>
        <translation>les montants des commandes de cette base de données totalisent plus de %1 (montants négatifs comptés en positif), le maximum qu&apos;Accountable peut additionner exactement&#xa0;; mieux vaut n&apos;afficher aucun chiffre qu&apos;un chiffre faux&#xa0;; importez de nouveau les commandes en remplaçant les données (chaque montant au plus %2, en positif comme en négatif)</translation>
    </message>
    <message>
        <source>the spend amounts in this database add up to more than %1 (negative amounts counted as positive), the most Accountable can add up exactly, so no figure is shown rather than a wrong one; import the spend again, replacing the data (each amount at most %2 either way)</source>
        <translation>les montants des dépenses de cette base de données totalisent plus de %1 (montants négatifs comptés en positif), le maximum qu&apos;Accountable peut additionner exactement&#xa0;; mieux vaut n&apos;afficher aucun chiffre qu&apos;un chiffre faux&#xa0;; importez de nouveau les dépenses en remplaçant les données (chaque montant au plus %2, en positif comme en négatif)</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot; (known: %2)</source>
        <translation>attribut inconnu &quot;%1&quot; (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (known: %2)</source>
        <translation>opérateur inconnu &quot;%1&quot; (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 is a number; &quot;%2&quot; works on text attributes only (use &gt;=, &gt;, &lt;=, &lt;, =, != or top-percent)</source>
        <translation>%1 est un nombre&#xa0;; &quot;%2&quot; ne s&apos;applique qu&apos;aux attributs texte (utilisez &gt;=, &gt;, &lt;=, &lt;, =,&#xa0;!= ou top-percent)</translation>
    </message>
    <message>
        <source>%1 is a text; &quot;%2&quot; compares numbers (use =, !=, in, not-in or top-percent)</source>
        <translation>%1 est un texte&#xa0;; &quot;%2&quot; compare des nombres (utilisez =,&#xa0;!=, in, not-in ou top-percent)</translation>
    </message>
    <message>
        <source>top-percent takes a number from 0 to 100</source>
        <translation>top-percent attend un nombre de 0 à 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a list of texts</source>
        <translation>&quot;%1&quot; attend une liste de textes</translation>
    </message>
    <message>
        <source>%1 is a text; the value must be a text</source>
        <translation>%1 est un texte&#xa0;; la valeur doit être un texte</translation>
    </message>
    <message>
        <source>%1 is a number; the value must be a number%2</source>
        <translation>%1 est un nombre&#xa0;; la valeur doit être un nombre%2</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>CA, 12 derniers mois</translation>
    </message>
    <message>
        <source>Orders, last 12 months</source>
        <translation>Commandes, 12 derniers mois</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>Jours depuis la dernière commande</translation>
    </message>
    <message>
        <source>Tenure in months</source>
        <translation>Ancienneté en mois</translation>
    </message>
    <message>
        <source>Last NPS score</source>
        <translation>Dernier score NPS</translation>
    </message>
    <message>
        <source>Complaints, last 12 months</source>
        <translation>Réclamations, 12 derniers mois</translation>
    </message>
    <message>
        <source>Contacts, last 12 months</source>
        <translation>Contacts, 12 derniers mois</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n&apos;est aucun de</translation>
    </message>
    <message>
        <source>in the top</source>
        <translation>dans le top</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: in the top %2 of active customers</source>
        <translation>%1&#xa0;: dans le top %2 des clients actifs</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Every active customer</source>
        <translation>Tout client actif</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>This rule holds</source>
        <translation>Cette règle est remplie</translation>
    </message>
    <message>
        <source>All of these rules hold</source>
        <translation>Toutes ces règles sont remplies</translation>
    </message>
    <message>
        <source>Any of these rules holds</source>
        <translation>Au moins une de ces règles est remplie</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Nom&#xa0;: «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Match: any rule → all rules</source>
        <translation>Condition&#xa0;: au moins une règle → toutes les règles</translation>
    </message>
    <message>
        <source>Match: all rules → any rule</source>
        <translation>Condition&#xa0;: toutes les règles → au moins une règle</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Modifié&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>A purchase history is invalid (x = %1, t_x = %2, T = %3, weight = %4): the BG/NBD model needs x &gt;= 0, 0 &lt;= t_x &lt;= T and a weight &gt;= 0, so it was not fitted.</source>
        <translation>Un historique d&apos;achat n&apos;est pas valide (x = %1, t_x = %2, T = %3, poids = %4)&#xa0;: le modèle BG/NBD nécessite x &gt;= 0, 0 &lt;= t_x &lt;= T et un poids &gt;= 0&#xa0;; il n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>No customer has a purchase to learn from, so the BG/NBD model was not fitted.</source>
        <translation>Aucun client n&apos;a d&apos;achat dont le modèle puisse apprendre&#xa0;; le modèle BG/NBD n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>Only one customer has purchases: the BG/NBD model learns from a population of customers, so it was not fitted.</source>
        <translation>Un seul client a des achats&#xa0;: le modèle BG/NBD apprend à partir d&apos;une population de clients&#xa0;; il n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>Every customer made their first purchase on the last day: with no time observed there is nothing to learn from, so the BG/NBD model was not fitted.</source>
        <translation>Tous les clients ont fait leur premier achat le dernier jour&#xa0;: sans durée observée, il n&apos;y a rien à apprendre&#xa0;; le modèle BG/NBD n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>No customer has bought again yet (all %1 bought on one day only): the BG/NBD model cannot learn how often customers buy again or drop out, so it was not fitted.</source>
        <translation>Aucun client n&apos;a encore racheté (les %1 clients n&apos;ont acheté qu&apos;un seul jour)&#xa0;: le modèle BG/NBD ne peut pas apprendre à quelle fréquence les clients rachètent ou partent&#xa0;; il n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>The %1 customers have only %2 different purchase histories; the BG/NBD model&apos;s four parameters need at least four, so it was not fitted.</source>
        <translation>Les %1 clients n&apos;ont que %2 historiques d&apos;achat différents&#xa0;; les quatre paramètres du modèle BG/NBD en exigent au moins quatre&#xa0;; il n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>The optimiser failed (%1), so the BG/NBD model could not be fitted.</source>
        <translation>L&apos;optimiseur a échoué (%1)&#xa0;; le modèle BG/NBD n&apos;a donc pas pu être ajusté.</translation>
    </message>
    <message>
        <source>no finite likelihood</source>
        <translation>aucune vraisemblance finie</translation>
    </message>
    <message>
        <source>The BG/NBD fit gave no finite parameters.</source>
        <translation>L&apos;ajustement BG/NBD n&apos;a donné aucun paramètre fini.</translation>
    </message>
    <message>
        <source>The BG/NBD fit ran to the edge of the range allowed for %1: the data does not pin the model down (for example, hardly anyone seems to drop out, or too few customers bought again), so its figures are limits rather than estimates.</source>
        <translation>L&apos;ajustement BG/NBD a atteint la limite de l&apos;intervalle autorisé pour %1&#xa0;: les données ne suffisent pas à déterminer le modèle (par exemple, presque personne ne semble partir, ou trop peu de clients ont racheté)&#xa0;; ses chiffres sont donc des bornes plutôt que des estimations.</translation>
    </message>
    <message>
        <source>No customer has a repeat purchase of positive value, so the Gamma-Gamma spend model was not fitted.</source>
        <translation>Aucun client n&apos;a d&apos;achat répété de valeur positive&#xa0;; le modèle de dépense Gamma-Gamma n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>Only one customer has repeat purchases of positive value: the Gamma-Gamma spend model learns from a population of customers, so it was not fitted.</source>
        <translation>Un seul client a des achats répétés de valeur positive&#xa0;: le modèle de dépense Gamma-Gamma apprend à partir d&apos;une population de clients&#xa0;; il n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>All %1 repeat customers spent the same mean amount per purchase: with no spread to learn from, the Gamma-Gamma spend model was not fitted.</source>
        <translation>Les %1 clients récurrents ont tous dépensé le même montant moyen par achat&#xa0;: sans dispersion dont apprendre, le modèle de dépense Gamma-Gamma n&apos;a pas été ajusté.</translation>
    </message>
    <message>
        <source>The %1 repeat customers have only %2 different spend histories; the Gamma-Gamma model&apos;s three parameters need at least three, so it was not fitted.</source>
        <translation>Les %1 clients récurrents n&apos;ont que %2 historiques de dépense différents&#xa0;; les trois paramètres du modèle Gamma-Gamma en exigent au moins trois&#xa0;; il n&apos;a donc pas été ajusté.</translation>
    </message>
    <message>
        <source>The optimiser failed (%1), so the Gamma-Gamma spend model could not be fitted.</source>
        <translation>L&apos;optimiseur a échoué (%1)&#xa0;; le modèle de dépense Gamma-Gamma n&apos;a donc pas pu être ajusté.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit gave no finite parameters.</source>
        <translation>L&apos;ajustement Gamma-Gamma n&apos;a donné aucun paramètre fini.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit ran to the edge of the range allowed for %1: the data does not pin the spend model down (for example, every customer spends almost the same), so its figures are limits rather than estimates.</source>
        <translation>L&apos;ajustement Gamma-Gamma a atteint la limite de l&apos;intervalle autorisé pour %1&#xa0;: les données ne suffisent pas à déterminer le modèle de dépense (par exemple, chaque client dépense presque autant)&#xa0;; ses chiffres sont donc des bornes plutôt que des estimations.</translation>
    </message>
    <message>
        <source>The fitted q is %1 (not above 1): order values are too heavy-tailed for a finite population mean, so customers outside the fit get no expected order value.</source>
        <translation>Le q ajusté vaut %1 (pas au-dessus de 1)&#xa0;: la distribution des valeurs de commande a une queue trop lourde pour une moyenne de population finie&#xa0;; les clients hors ajustement n&apos;ont donc pas de valeur de commande attendue.</translation>
    </message>
    <message>
        <source>The optimiser stopped at its cap of %1 evaluations before meeting its tolerance, so the %2 parameters are approximate.</source>
        <translation>L&apos;optimiseur s&apos;est arrêté à son plafond de %1 évaluations avant d&apos;atteindre sa tolérance&#xa0;; les paramètres %2 sont donc approximatifs.</translation>
    </message>
    <message>
        <source>The optimiser stopped before the likelihood levelled off (largest slope %1), so the %2 parameters are approximate.</source>
        <translation>L&apos;optimiseur s&apos;est arrêté avant que la vraisemblance ne se stabilise (plus forte pente %1)&#xa0;; les paramètres %2 sont donc approximatifs.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Quarterly accountability meeting</source>
        <translation>Revue trimestrielle de responsabilité client</translation>
    </message>
    <message>
        <source>Monthly customer-loss review</source>
        <translation>Revue mensuelle des pertes de clients</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>The database holds no dated records</source>
        <translation>La base de données ne contient aucun enregistrement daté</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Pourquoi les clients sont partis, %1</translation>
    </message>
    <message>
        <source>Reasons for the losses, %1</source>
        <translation>Motifs des pertes, %1</translation>
    </message>
    <message>
        <source>No customers were lost in this period.</source>
        <translation>Aucun client n&apos;a été perdu sur cette période.</translation>
    </message>
    <message>
        <source>Customers lost in %1</source>
        <translation>Clients perdus, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>impossible de générer le PDF</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Losses by segment, %1</source>
        <translation>Pertes par segment, %1</translation>
    </message>
    <message>
        <source>Losses by account owner, %1</source>
        <translation>Pertes par responsable de compte, %1</translation>
    </message>
    <message>
        <source>no file name given (nothing was written)</source>
        <translation>aucun nom de fichier indiqué (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name (nothing was written)</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>%1 is the company database; choose another file name (nothing was written)</source>
        <translation>%1 est la base de données de l&apos;entreprise&#xa0;; choisissez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>%1 is a journal of the company database (%2); choose another file name (nothing was written)</source>
        <translation>%1 est un journal de la base de données de l&apos;entreprise (%2)&#xa0;; choisissez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>%1 is an input file (%2); choose another file name (nothing was written)</source>
        <translation>%1 est un fichier d&apos;entrée (%2)&#xa0;; choisissez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Only these customers: %1</source>
        <translation>Uniquement ces clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>no period is chosen</source>
        <translation>aucune période choisie</translation>
    </message>
    <message>
        <source>a meeting covers a month (monthly, e.g. %1-09) or a quarter (quarterly, e.g. %1-Q3); there is no annual meeting for %2: choose one of its quarters</source>
        <translation>une réunion couvre un mois (monthly, p. ex. %1-09) ou un trimestre (quarterly, p. ex. %1-Q3)&#xa0;; il n&apos;y a pas de réunion annuelle pour %2&#xa0;: choisissez l&apos;un de ses trimestres</translation>
    </message>
    <message>
        <source>a monthly review covers a month, e.g. %1; for %2 hold the quarterly meeting</source>
        <translation>une revue mensuelle couvre un mois, p. ex. %1&#xa0;; pour %2, tenez la réunion trimestrielle</translation>
    </message>
    <message>
        <source>a quarterly meeting covers a quarter, e.g. %1; for %2 hold the monthly review</source>
        <translation>une réunion trimestrielle couvre un trimestre, p. ex. %1&#xa0;; pour %2, tenez la revue mensuelle</translation>
    </message>
    <message>
        <source>Customers lost, %1</source>
        <translation>Clients perdus, %1</translation>
    </message>
    <message>
        <source>Lost customers by month, the last 13 months; the period&apos;s months in colour.</source>
        <translation>Clients perdus par mois, sur les 13 derniers mois&#xa0;; les mois de la période en couleur.</translation>
    </message>
    <message>
        <source>Lost in %1</source>
        <translation>Perdus, %1</translation>
    </message>
    <message>
        <source>Value lost, %1</source>
        <translation>Valeur perdue, %1</translation>
    </message>
    <message>
        <source>Lost value: each lost customer&apos;s revenue in the 12 months before the loss.</source>
        <translation>Valeur perdue&#xa0;: CA de chaque client perdu sur les 12 mois précédant sa perte.</translation>
    </message>
    <message>
        <source>Lost customers by value, %1</source>
        <translation>Clients perdus par valeur, %1</translation>
    </message>
    <message>
        <source>Customers won back, %1</source>
        <translation>Clients reconquis, %1</translation>
    </message>
    <message>
        <source>Won back in %1</source>
        <translation>Reconquis, %1</translation>
    </message>
    <message>
        <source>Customers won back in %1</source>
        <translation>Clients reconquis, %1</translation>
    </message>
    <message>
        <source>No customer was won back in this period.</source>
        <translation>Aucun client n&apos;a été reconquis sur cette période.</translation>
    </message>
    <message>
        <source>Each with the loss they came back from and its value.</source>
        <translation>Chacun avec la perte dont il est revenu et sa valeur.</translation>
    </message>
    <message>
        <source>Exit calls, %1</source>
        <translation>Appels de départ, %1</translation>
    </message>
    <message>
        <source>Lost customers called</source>
        <translation>Clients perdus appelés</translation>
    </message>
    <message>
        <source>of %1 lost</source>
        <translation>sur %1 perdus</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelés</translation>
    </message>
    <message>
        <source>exit calls to make</source>
        <translation>appels de départ à passer</translation>
    </message>
    <message>
        <source>Exit calls on the losses of %1</source>
        <translation>Appels de départ sur les pertes de %1</translation>
    </message>
    <message>
        <source>No exit call is recorded on this period&apos;s losses.</source>
        <translation>Aucun appel de départ n&apos;est enregistré sur les pertes de cette période.</translation>
    </message>
    <message>
        <source>The reason the customer gave on the call against the reason on record.</source>
        <translation>Le motif donné par le client lors de l&apos;appel, comparé au motif enregistré.</translation>
    </message>
    <message>
        <source>Customers gained and lost, %1</source>
        <translation>Clients gagnés et perdus, %1</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>abandonnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actions and their owners</source>
        <translation>Actions et responsables</translation>
    </message>
    <message>
        <source>Actions still to do</source>
        <translation>Actions restant à faire</translation>
    </message>
    <message>
        <source>Every action recorded</source>
        <translation>Toutes les actions enregistrées</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Aucune action n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No action is recorded yet.</source>
        <translation>Aucune action n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Ordered by due date; the link is the figure or the customer id the action is on.</source>
        <translation>Triées par échéance&#xa0;; «&#xa0;Concerne&#xa0;» indique l&apos;indicateur ou l&apos;identifiant client visé par l&apos;action.</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>Tableau de bord, %1</translation>
    </message>
    <message>
        <source>of %1 targets</source>
        <translation>sur %1 objectifs</translation>
    </message>
    <message>
        <source>Targets, %1</source>
        <translation>Objectifs, %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>No targets are set for %1: set them in the Targets view.</source>
        <translation>Aucun objectif n&apos;est défini pour %1&#xa0;: définissez-les dans la vue Objectifs.</translation>
    </message>
    <message>
        <source>Service and rescue: customers at risk, %1</source>
        <translation>Service et sauvetage&#xa0;: clients à risque, %1</translation>
    </message>
    <message>
        <source>Customers at risk with the most value at stake</source>
        <translation>Clients à risque avec la plus forte valeur en jeu</translation>
    </message>
    <message>
        <source>No customer is at risk.</source>
        <translation>Aucun client n&apos;est à risque.</translation>
    </message>
    <message>
        <source>The %1 with the most value at stake of %2 customers at risk.</source>
        <translation>Les %1 avec la plus forte valeur en jeu parmi %2 clients à risque.</translation>
    </message>
    <message>
        <source>At risk, %1</source>
        <translation>À risque, %1</translation>
    </message>
    <message>
        <source>Listening: NPS and complaints, %1</source>
        <translation>Écoute&#xa0;: NPS et réclamations, %1</translation>
    </message>
    <message>
        <source>The issues driving customers away, %1</source>
        <translation>Les problèmes qui font fuir les clients, %1</translation>
    </message>
    <message>
        <source>NPS and complaints by period</source>
        <translation>NPS et réclamations par période</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponses.</translation>
    </message>
    <message>
        <source>Operations: moments of truth, %1</source>
        <translation>Opérations&#xa0;: moments de vérité, %1</translation>
    </message>
    <message>
        <source>Priority contacts: the touchpoints with most contacts</source>
        <translation>Contacts prioritaires&#xa0;: les points de contact les plus sollicités</translation>
    </message>
    <message>
        <source>No contacts in the period.</source>
        <translation>Aucun contact sur la période.</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Contacts par catégorie</translation>
    </message>
    <message>
        <source>Lost: customers lost within 180 days after a contact at the touchpoint.</source>
        <translation>Perdus&#xa0;: clients perdus dans les 180 jours suivant un contact au point de contact.</translation>
    </message>
    <message>
        <source>Best customers, %1</source>
        <translation>Meilleurs clients, %1</translation>
    </message>
    <message>
        <source>Best customers by lifetime value</source>
        <translation>Meilleurs clients par valeur vie client</translation>
    </message>
    <message>
        <source>No best customers.</source>
        <translation>Aucun meilleur client.</translation>
    </message>
    <message>
        <source>Criteria in force: %1, version %2.</source>
        <translation>Critères en vigueur&#xa0;: %1, version %2.</translation>
    </message>
    <message>
        <source>The %1 with the highest lifetime value of %2 best customers.</source>
        <translation>Les %1 avec la plus forte valeur vie client parmi %2 meilleurs clients.</translation>
    </message>
    <message>
        <source>Spend and results, %1</source>
        <translation>Dépenses et résultats, %1</translation>
    </message>
    <message>
        <source>Spend by program, %1</source>
        <translation>Dépenses par programme, %1</translation>
    </message>
    <message>
        <source>No spend recorded for the period.</source>
        <translation>Aucune dépense enregistrée sur la période.</translation>
    </message>
    <message>
        <source>Reality check, %1</source>
        <translation>Bilan de réalité, %1</translation>
    </message>
    <message>
        <source>How the executives score the company</source>
        <translation>Comment les dirigeants évaluent l&apos;entreprise</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
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
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>1 program</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>orders in %1</source>
        <translation>commandes, %1</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>CA par unité de dépense</translation>
    </message>
    <message>
        <source>revenue per 1 %1 spent</source>
        <translation>CA pour 1 %1 dépensé</translation>
    </message>
    <message>
        <source>no spend in the period</source>
        <translation>aucune dépense sur la période</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Dépenses par client actif</translation>
    </message>
    <message>
        <source>%1 active at the end</source>
        <translation>actifs à la fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>%1 of %2 customers lost</source>
        <translation>%1 sur %2 clients perdus</translation>
    </message>
    <message>
        <source>nobody active at the start</source>
        <translation>aucun client actif au début</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>erreur de base de données&#xa0;: %1 (dans&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>aucun fichier de base de données indiqué</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the database address %1: expected postgresql://user@host:port/dbname</source>
        <translation>impossible de lire l&apos;adresse de base de données %1&#xa0;: postgresql://user@host:port/dbname attendu</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL pour Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Accountable (schema %2; this version knows up to %3). Update Accountable to open it; nothing was changed.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Accountable (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Mettez Accountable à jour pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 holds other tables and is not an Accountable database; nothing was changed.</source>
        <translation>%1 contient d&apos;autres tables et n&apos;est pas une base de données Accountable&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>impossible d&apos;enregistrer la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>impossible de valider la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>impossible de préparer l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the customers: %1</source>
        <translation>impossible de lire les clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot clear the data: %1</source>
        <translation>impossible d&apos;effacer les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>client inconnu %1</translation>
    </message>
    <message>
        <source>database error: no id returned for customer %1</source>
        <translation>erreur de base de données&#xa0;: aucun identifiant renvoyé pour le client %1</translation>
    </message>
    <message>
        <source>cannot remember the column mapping: %1</source>
        <translation>impossible de mémoriser la correspondance des colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the stored criteria set &quot;%1&quot; version %2 is not valid: %3</source>
        <translation>le jeu de critères enregistré &quot;%1&quot;, version %2, n&apos;est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>a criteria set needs a name</source>
        <translation>un jeu de critères doit avoir un nom</translation>
    </message>
    <message>
        <source>cannot read the versions of &quot;%1&quot;</source>
        <translation>impossible de lire les versions de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot store the criteria set: %1</source>
        <translation>impossible d&apos;enregistrer le jeu de critères&#xa0;: %1</translation>
    </message>
    <message>
        <source>a stored target on %1 has an unreadable period &quot;%2&quot;</source>
        <translation>un objectif enregistré sur %1 a une période illisible &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a target needs a month, a quarter or a year</source>
        <translation>un objectif nécessite un mois, un trimestre ou une année</translation>
    </message>
    <message>
        <source>a target&apos;s value must be a number</source>
        <translation>la valeur d&apos;un objectif doit être un nombre</translation>
    </message>
    <message>
        <source>an in-memory database (:memory:) is gone when the command ends; give a file name instead</source>
        <translation>une base de données en mémoire (:memory:) disparaît à la fin de la commande&#xa0;; indiquez plutôt un nom de fichier</translation>
    </message>
    <message>
        <source>no database at %1 (create one with accountable demo or accountable import)</source>
        <translation>aucune base de données à l&apos;emplacement %1 (créez-en une avec accountable demo ou accountable import)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Accountable database; nothing was changed</source>
        <translation>%1 est un fichier vide, pas une base de données Accountable&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot read %1: its folder is read-only and recent changes to it wait in %1-wal; open it once where it can be written</source>
        <translation>impossible de lire %1&#xa0;: son dossier est en lecture seule et des modifications récentes attendent dans %1-wal&#xa0;; ouvrez-la une fois à un emplacement accessible en écriture</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file, its folder or its disk is read-only (%2)</source>
        <translation>%1 ne peut pas être modifié&#xa0;: le fichier, son dossier ou son disque est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Accountable company; nothing was changed</source>
        <translation>%1 est une base de données vide, pas une entreprise Accountable&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation>impossible de démarrer une transaction sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date (migration %2): %3</source>
        <translation>impossible de mettre %1 à jour (migration %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Accountable (schema %2) and cannot be brought up to date here: %3</source>
        <translation>%1 a été écrit par une version plus ancienne d&apos;Accountable (schéma %2) et ne peut pas être mis à jour ici&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version &quot;%2&quot; is not a number</source>
        <translation>%1 est endommagé&#xa0;: sa version de schéma &quot;%2&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the disk of the database server holding %1 is full (%2)</source>
        <translation>le disque du serveur de base de données qui héberge %1 est plein (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: the server cannot read part of it (%2)</source>
        <translation>%1 est endommagé&#xa0;: le serveur ne peut pas en lire une partie (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only for this connection (%2)</source>
        <translation>%1 est en lecture seule pour cette connexion (%2)</translation>
    </message>
    <message>
        <source>database error on %1: %2</source>
        <translation>erreur de base de données sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2); free some space and try again</source>
        <translation>le disque qui contient %1 est plein (%2)&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>%1 is damaged: part of the file cannot be read (%2); restore it from a backup</source>
        <translation>%1 est endommagé&#xa0;: une partie du fichier ne peut pas être lue (%2)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>%1 is not an Accountable database, or its first page is damaged (%2)</source>
        <translation>%1 n&apos;est pas une base de données Accountable, ou sa première page est endommagée (%2)</translation>
    </message>
    <message>
        <source>cannot open %1: check that the file and its folder exist and can be read (%2)</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: vérifiez que le fichier et son dossier existent et sont lisibles (%2)</translation>
    </message>
    <message>
        <source>cannot read or write %1: an input/output error (%2)</source>
        <translation>impossible de lire ou d&apos;écrire %1&#xa0;: erreur d&apos;entrée/sortie (%2)</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it (%2); try again</source>
        <translation>%1 est occupé&#xa0;: un autre programme y écrit (%2)&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; restore it from a backup or import the company again</source>
        <translation>%1 est endommagé&#xa0;: %2&#xa0;; restaurez-le à partir d&apos;une sauvegarde ou importez de nouveau l&apos;entreprise</translation>
    </message>
    <message>
        <source>customer %1 has a date that is not a date</source>
        <translation>le client %1 a une date qui n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1 %2 names a customer that is not in it</source>
        <translation>%1 %2 renvoie à un client absent de la base de données</translation>
    </message>
    <message>
        <source>%1 %2 has no valid date</source>
        <translation>%1 %2 n&apos;a pas de date valide</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>order %1 has an amount that is not a number</source>
        <translation>la commande %1 a un montant qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contact %1 has the unknown category &quot;%2&quot;</source>
        <translation>le contact %1 a la catégorie inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>answer %1 has a score outside 0 to 10</source>
        <translation>la réponse %1 a un score hors de l&apos;intervalle 0 à 10</translation>
    </message>
    <message>
        <source>a spend row of %1 is not readable</source>
        <translation>une ligne de dépenses de %1 est illisible</translation>
    </message>
    <message>
        <source>no criteria set %1 is stored</source>
        <translation>aucun jeu de critères %1 n&apos;est enregistré</translation>
    </message>
    <message>
        <source>cannot record the criteria in force in %1</source>
        <translation>impossible d&apos;enregistrer les critères en vigueur dans %1</translation>
    </message>
    <message>
        <source>the criteria in force, %1, are no longer stored in %2; choose a set with accountable criteria use</source>
        <translation>les critères en vigueur, %1, ne sont plus enregistrés dans %2&#xa0;; choisissez un jeu avec accountable criteria use</translation>
    </message>
    <message>
        <source>a criteria version needs an author</source>
        <translation>une version de critères nécessite un auteur</translation>
    </message>
    <message>
        <source>target %1 (%2, %3): %4</source>
        <translation>objectif %1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, such as 2026-10-31</source>
        <translation>&quot;%1&quot; n&apos;est pas une date&#xa0;: écrivez-la au format YYYY-MM-DD, p. ex. 2026-10-31</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>une action doit avoir un titre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use open, in_progress, done or dropped</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut&#xa0;: utilisez open, in_progress, done ou dropped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source: use meeting, sales, front_line or customer</source>
        <translation>&quot;%1&quot; n&apos;est pas une source&#xa0;: utilisez meeting, sales, front_line ou customer</translation>
    </message>
    <message>
        <source>the due date is not a date</source>
        <translation>l&apos;échéance n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the due date %1 is out of range</source>
        <translation>l&apos;échéance %1 est hors limites</translation>
    </message>
    <message>
        <source>an action is about one figure or one customer, not both</source>
        <translation>une action porte sur un indicateur ou sur un client, pas sur les deux</translation>
    </message>
    <message>
        <source>no customer has the id &quot;%1&quot;</source>
        <translation>aucun client n&apos;a l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the action was deleted meanwhile (by another desk?)</source>
        <translation>l&apos;action a été supprimée entre-temps (depuis un autre poste&#xa0;?)</translation>
    </message>
    <message>
        <source>no action has the id %1</source>
        <translation>aucune action n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Customer leadership</source>
        <translation>Leadership orienté client</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Accountability and action</source>
        <translation>Responsabilité et action</translation>
    </message>
    <message>
        <source>Unified experience</source>
        <translation>Expérience unifiée</translation>
    </message>
    <message>
        <source>Enabling service delivery</source>
        <translation>Moyens du service</translation>
    </message>
    <message>
        <source>Motivation and recognition</source>
        <translation>Motivation et reconnaissance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension of the reality check</source>
        <translation>&quot;%1&quot; n&apos;est pas une dimension du bilan de réalité</translation>
    </message>
    <message>
        <source>a score is a whole number from 1 to 10</source>
        <translation>une note est un nombre entier de 1 à 10</translation>
    </message>
    <message>
        <source>a reality check belongs to a quarter</source>
        <translation>un bilan de réalité se rattache à un trimestre</translation>
    </message>
    <message>
        <source>Reason confirmed</source>
        <translation>Motif confirmé</translation>
    </message>
    <message>
        <source>Reason corrected</source>
        <translation>Motif corrigé</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>an exit call needs a customer</source>
        <translation>un appel de départ nécessite un client</translation>
    </message>
    <message>
        <source>an exit call needs the day the customer was lost</source>
        <translation>un appel de départ nécessite le jour où le client a été perdu</translation>
    </message>
    <message>
        <source>an exit call needs an executive to make it</source>
        <translation>un appel de départ nécessite un dirigeant pour le passer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome: use confirmed or corrected</source>
        <translation>&quot;%1&quot; n&apos;est pas un résultat&#xa0;: utilisez confirmed ou corrected</translation>
    </message>
    <message>
        <source>a corrected reason needs the reason the customer gave</source>
        <translation>un motif corrigé nécessite le motif donné par le client</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chance of a win-back: use low, medium or high</source>
        <translation>&quot;%1&quot; n&apos;est pas une chance de reconquête&#xa0;: utilisez low, medium ou high</translation>
    </message>
    <message>
        <source>customer %1 was not lost on %2</source>
        <translation>le client %1 n&apos;a pas été perdu le %2</translation>
    </message>
    <message>
        <source>the company name must be at most %1 characters</source>
        <translation>le nom de l&apos;entreprise doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>the company name must not hold control characters</source>
        <translation>le nom de l&apos;entreprise ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>the currency must be an ISO 4217 code of three capital letters, such as EUR, USD or JPY; &quot;%1&quot; is not</source>
        <translation>la devise doit être un code ISO 4217 de trois lettres majuscules, p. ex. EUR, USD ou JPY&#xa0;; &quot;%1&quot; n&apos;en est pas un</translation>
    </message>
    <message>
        <source>the complaint SLA must be a whole number of days from 0 to %1</source>
        <translation>le SLA des réclamations doit être un nombre entier de jours de 0 à %1</translation>
    </message>
    <message>
        <source>the fiscal year must start in a month from 1 (January) to 12 (December)</source>
        <translation>l&apos;exercice doit commencer par un mois de 1 (janvier) à 12 (décembre)</translation>
    </message>
    <message>
        <source>cannot store the settings in %1: %2</source>
        <translation>impossible d&apos;enregistrer les paramètres dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds more text (ids and comments) than Accountable can hold in memory (%2 bytes)</source>
        <translation>%1 contient plus de texte (identifiants et commentaires) qu&apos;Accountable ne peut en garder en mémoire (%2 octets)</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 n’a pas de table %2</translation>
    </message>
    <message>
        <source>%1 and %2 are at different schema versions (%3 and %4)</source>
        <translation>%1 et %2 ont des versions de schéma différentes (%3 et %4)</translation>
    </message>
    <message>
        <source>%1 already holds a company: give --replace to replace it with %2&apos;s</source>
        <translation>%1 contient déjà une entreprise&#xa0;: ajoutez --replace pour la remplacer par celle de %2</translation>
    </message>
    <message>
        <source>%1; nothing was written to %2</source>
        <translation>%1&#xa0;; rien n’a été écrit dans %2</translation>
    </message>
    <message>
        <source>the server asks a password for %1: put it in ~/.pgpass (or in the address)</source>
        <translation>le serveur demande un mot de passe pour %1&#xa0;: enregistrez-le dans ~/.pgpass (ou dans l&apos;adresse)</translation>
    </message>
    <message>
        <source>the server refused the login of %1 (wrong user name or password)</source>
        <translation>le serveur a refusé la connexion de %1 (nom d&apos;utilisateur ou mot de passe incorrect)</translation>
    </message>
    <message>
        <source>the server %1 has no database %2</source>
        <translation>le serveur %1 n&apos;a pas de base de données %2</translation>
    </message>
    <message>
        <source>cannot reach the server %1 (is it running, and is the address right?)</source>
        <translation>impossible de joindre le serveur %1 (est-il démarré, et l&apos;adresse est-elle correcte&#xa0;?)</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>la connexion TLS à %1 a échoué</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2. Nothing was changed. (%3)</source>
        <translation>impossible de se connecter à %1&#xa0;: %2. Rien n&apos;a été modifié. (%3)</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot; in %2: expected one of %3</source>
        <translation>sslmode &quot;%1&quot; inconnu dans %2&#xa0;: valeur attendue parmi %3</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>best-customer criteria</source>
        <translation>critères des meilleurs clients</translation>
    </message>
    <message>
        <source>exit calls</source>
        <translation>appels de départ</translation>
    </message>
    <message>
        <source>reality check</source>
        <translation>bilan de réalité</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>the company&apos;s data (an import)</source>
        <translation>données de l&apos;entreprise (un import)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 changed on another desk at %2; the figures are up to date</source>
        <translation>%1&#xa0;: modification effectuée sur un autre poste à %2&#xa0;; les chiffres sont à jour</translation>
    </message>
    <message>
        <source>%1 changed on another desk by %2 at %3; the figures are up to date</source>
        <translation>%1&#xa0;: modification effectuée sur un autre poste par %2 à %3&#xa0;; les chiffres sont à jour</translation>
    </message>
    <message>
        <source>internal error: %1 targets seen for %2 changes</source>
        <translation>erreur interne&#xa0;: %1 objectifs lus pour %2 modifications</translation>
    </message>
    <message>
        <source>changed on another desk meanwhile; nothing was saved</source>
        <translation>modification effectuée entre-temps sur un autre poste&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the database role %1 may read and present this company but not change it (a read-only role); its administrator grants more with &quot;accountable grant&quot;</source>
        <translation>le rôle de base de données %1 peut lire et présenter cette entreprise, mais pas la modifier (rôle en lecture seule)&#xa0;; l&apos;administrateur de la base accorde davantage de droits avec &quot;accountable grant&quot;</translation>
    </message>
    <message>
        <source>%1 is in a place that cannot be written (a read-only file, folder or disk)</source>
        <translation>%1 se trouve à un emplacement non accessible en écriture (fichier, dossier ou disque en lecture seule)</translation>
    </message>
    <message>
        <source>roles belong to PostgreSQL; an SQLite company is read-only through its file&apos;s permissions</source>
        <translation>les rôles sont propres à PostgreSQL&#xa0;; une entreprise SQLite est mise en lecture seule par les permissions de son fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name here: letters, digits (not first) and _, at most 63</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de rôle valide ici&#xa0;: lettres, chiffres (pas en premier) et _, 63 caractères au plus</translation>
    </message>
    <message>
        <source>cannot grant %1 its access (nothing was changed): %2</source>
        <translation>impossible d&apos;accorder l&apos;accès à %1 (rien n&apos;a été modifié)&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved meanwhile as version %2 (this desk started from %3)</source>
        <translation>« %1 » a été enregistré entre-temps en version %2 (ce poste partait de la %3)</translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Accountable company; nothing was changed. To share a company there, copy it in (accountable copy --from FILE --to %1) or import its files (accountable import --db %1 FILES)</source>
        <translation>%1 est une base vide, pas une entreprise Accountable&#xa0;; rien n&apos;a été modifié. Pour y partager une entreprise, copiez-la (accountable copy --from FICHIER --to %1) ou importez ses fichiers (accountable import --db %1 FICHIERS)</translation>
    </message>
</context>
<context>
    <name>acc::AboutDialog</name>
    <message>
        <source>About Accountable</source>
        <translation>À propos d’Accountable</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Accountable %1&lt;/h2&gt;&lt;p&gt;Holds an organisation accountable for its customers: the monthly customer-loss review, the quarterly accountability meeting, the best-customer criteria and the meeting pack.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Accountable %1&lt;/h2&gt;&lt;p&gt;Rend une organisation responsable de ses clients : la revue mensuelle des pertes de clients, la revue trimestrielle de responsabilité client, les critères des meilleurs clients et le dossier de réunion.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT. Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <source>Data folder (the demo company): %1</source>
        <translation>Dossier des données (l’entreprise de démonstration) : %1</translation>
    </message>
    <message>
        <source>Cache (customer-base fits): %1</source>
        <translation>Cache (modèles de la base clients) : %1</translation>
    </message>
    <message>
        <source>Company open: %1</source>
        <translation>Entreprise ouverte : %1</translation>
    </message>
    <message>
        <source>Where Accountable keeps things</source>
        <translation>Où Accountable range ses fichiers</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Licence…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Le texte de la licence manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>acc::ActionsModel</name>
    <message>
        <source>no company is open</source>
        <translation>aucune entreprise n&apos;est ouverte</translation>
    </message>
    <message>
        <source>no action is chosen</source>
        <translation>aucune action n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>%1; link a figure by its key (such as churn_rate) or a customer by their id</source>
        <translation>%1&#xa0;; reliez un indicateur par sa clé (p. ex. churn_rate) ou un client par son identifiant</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>Indicateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source>⚠ %1 · 1 day late</source>
        <translation>⚠ %1 · 1 jour de retard</translation>
    </message>
    <message>
        <source>⚠ %1 · %2 days late</source>
        <translation>⚠ %1 · %2 jours de retard</translation>
    </message>
    <message>
        <source>Overdue by %1 days on %2</source>
        <translation>En retard de %1 jours au %2</translation>
    </message>
    <message>
        <source>Press F2 to change the due date</source>
        <translation>Appuyez sur F2 pour modifier l&apos;échéance</translation>
    </message>
    <message>
        <source>Type a figure&apos;s key (such as churn_rate) or a customer&apos;s id</source>
        <translation>Saisissez la clé d&apos;un indicateur (p. ex. churn_rate) ou l&apos;identifiant d&apos;un client</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Saisi par %1 le %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Another desk saved this action after you opened it: now &quot;%1&quot;, owner %2, due %3, %4. Your change was not saved.</source>
        <translation>Cette action a été enregistrée sur un autre poste après que vous l&apos;avez ouverte&#xa0;: désormais «&#xa0;%1&#xa0;», responsable&#xa0;: %2, échéance&#xa0;: %3, %4. Votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Another desk deleted this action after you opened it. Your change was not saved.</source>
        <translation>Cette action a été supprimée sur un autre poste après que vous l&apos;avez ouverte. Votre modification n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>acc::ActionsView</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The actions could not be saved: %1</source>
        <translation>Les actions n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actions &amp; ideas</source>
        <translation>Actions &amp; idées</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <source>Record a new action or idea (Ctrl+N)</source>
        <translation>Enregistrer une nouvelle action ou idée (Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen action (Delete; undoable)</source>
        <translation>Supprimer l&apos;action sélectionnée (Suppr&#xa0;; annulable)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo the last change of the actions (Ctrl+Z)</source>
        <translation>Annuler la dernière modification des actions (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>La rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Supprimer une action</translation>
    </message>
    <message>
        <source>Change an action</source>
        <translation>Modifier une action</translation>
    </message>
    <message>
        <source>Open a company to keep its actions.</source>
        <translation>Ouvrez une entreprise pour suivre ses actions.</translation>
    </message>
    <message>
        <source>No actions yet. Press Ctrl+N to record what was agreed, who owns it and by when.</source>
        <translation>Aucune action pour l&apos;instant. Appuyez sur Ctrl+N pour consigner ce qui a été convenu, qui en est responsable et pour quand.</translation>
    </message>
    <message>
        <source>Actions: %1 open, %2 in progress, %3 done, %4 dropped.</source>
        <translation>Actions&#xa0;: ouvertes %1, en cours %2, terminées %3, abandonnées %4.</translation>
    </message>
    <message>
        <source>⚠ %1 overdue.</source>
        <translation>⚠ %1 en retard.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Export the actions as CSV</source>
        <translation>Exporter les actions en CSV</translation>
    </message>
    <message>
        <source>actions.csv</source>
        <translation>actions.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Le tableau n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Action changed on another desk</source>
        <translation>Action modifiée sur un autre poste</translation>
    </message>
    <message>
        <source>Reloaded: the actions as saved on the other desk</source>
        <translation>Rechargées&#xa0;: les actions telles qu&apos;elles ont été enregistrées sur l&apos;autre poste</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>acc::AtRiskModel</name>
    <message>
        <source>Overdue &amp; unlikely</source>
        <translation>En retard &amp; improbable</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Retour improbable</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Customer
ID</source>
        <translation>ID
client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Pourquoi listé</translation>
    </message>
    <message>
        <source>Value at stake (revenue 12 months)</source>
        <translation>Valeur en jeu (CA sur 12 mois)</translation>
    </message>
    <message>
        <source>Value
at stake</source>
        <translation>Valeur
en jeu</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Expected value (next 12 months)</source>
        <translation>Valeur attendue (12 prochains mois)</translation>
    </message>
    <message>
        <source>Expected
12 months</source>
        <translation>Attendu
12 mois</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Last
order</source>
        <translation>Dernière
commande</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Jours depuis la dernière commande</translation>
    </message>
    <message>
        <source>Days since
last order</source>
        <translation>Jours depuis
dern. commande</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <source>Account
owner</source>
        <translation>Responsable
de compte</translation>
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
        <translation>À risque</translation>
    </message>
    <message>
        <source>How the list was made</source>
        <translation>Comment la liste est établie</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Enregistrer la liste dans un fichier CSV</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clients à risque</translation>
    </message>
    <message>
        <source>Enter or double-click: open the customer in the Customers view</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir le client dans la vue Clients</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Unlikely to return</source>
        <translation>Retour improbable</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Valeur en jeu</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>Computed without the probability model: only overdue customers are listed.</source>
        <translation>Calculé sans le modèle de probabilité&#xa0;: seuls les clients en retard sont listés.</translation>
    </message>
    <message>
        <source>too few customers with orders</source>
        <translation>trop peu de clients avec des commandes</translation>
    </message>
    <message>
        <source>The probability model could not be fitted (%1): only overdue customers are listed, without P(alive).</source>
        <translation>Le modèle de probabilité n&apos;a pas pu être ajusté (%1)&#xa0;: seuls les clients en retard sont listés, sans P(actif).</translation>
    </message>
    <message>
        <source>Ranked by value at stake (revenue of the last 12 months). P(alive) from BG/NBD fitted on %1 customers%2.</source>
        <translation>Classés par valeur en jeu (CA des 12 derniers mois). P(actif) issu du modèle BG/NBD ajusté sur %1 clients%2.</translation>
    </message>
    <message>
        <source> (did not converge)</source>
        <translation> (n&apos;a pas convergé)</translation>
    </message>
    <message>
        <source>At risk on %1</source>
        <translation>À risque au %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the customers at risk as CSV</source>
        <translation>Exporter les clients à risque en CSV</translation>
    </message>
    <message>
        <source>at-risk-%1.csv</source>
        <translation>clients-a-risque-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
    <message>
        <source>Fitting the probability model: the overdue customers are listed meanwhile.</source>
        <translation>Ajustement du modèle de probabilité&#xa0;: les clients en retard sont listés en attendant.</translation>
    </message>
</context>
<context>
    <name>acc::BestCustomersModel</name>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>First-time buyer</source>
        <translation>Primo-acheteur</translation>
    </message>
    <message>
        <source>Repeat buyer</source>
        <translation>Acheteur récurrent</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>By lifetime value, highest first (ties: customer ID)</source>
        <translation>Par valeur vie client, décroissante (égalité&#xa0;: ID client)</translation>
    </message>
    <message>
        <source>Every order and refund up to the period&apos;s end</source>
        <translation>Toutes les commandes et remboursements jusqu&apos;à la fin de la période</translation>
    </message>
    <message>
        <source>Orders and refunds in the 12 months up to the period&apos;s end</source>
        <translation>Commandes et remboursements sur les 12 mois précédant la fin de la période</translation>
    </message>
    <message>
        <source>Orders (not refunds) in the 12 months up to the period&apos;s end</source>
        <translation>Commandes (hors remboursements) sur les 12 mois précédant la fin de la période</translation>
    </message>
    <message>
        <source>Probability that the customer is still buying (BG/NBD model)</source>
        <translation>Probabilité que le client achète encore (modèle BG/NBD)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <source>Account
owner</source>
        <translation>Responsable
de compte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Lifetime
value</source>
        <translation>Valeur
vie client</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>CA (12 mois)</translation>
    </message>
    <message>
        <source>Revenue
12 months</source>
        <translation>CA
12 mois</translation>
    </message>
    <message>
        <source>Orders (12 months)</source>
        <translation>Commandes (12 mois)</translation>
    </message>
    <message>
        <source>Orders
12 months</source>
        <translation>Commandes
12 mois</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
</context>
<context>
    <name>acc::BestCustomersView</name>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>80/20 curve of revenue</source>
        <translation>Courbe 80/20 du CA</translation>
    </message>
    <message>
        <source>Category mix, best customers against the rest</source>
        <translation>Mix de catégories, meilleurs clients vs autres</translation>
    </message>
    <message>
        <source>Click a bar to list that group&apos;s customers who bought the category</source>
        <translation>Cliquez sur une barre pour lister les clients de ce groupe ayant acheté la catégorie</translation>
    </message>
    <message>
        <source>Active customers by loyalty stage</source>
        <translation>Clients actifs par stade de fidélité</translation>
    </message>
    <message>
        <source>Click a stage&apos;s bar to list its active customers</source>
        <translation>Cliquez sur la barre d&apos;un stade pour lister ses clients actifs</translation>
    </message>
    <message>
        <source>Ranked &amp;list</source>
        <translation>&amp;Classement</translation>
    </message>
    <message>
        <source>Every customer with revenue in the last 12 months (active or not), ranked by it, as for the top 20 %&apos;s share; the best customers&apos; part in blue.</source>
        <translation>Tous les clients ayant du CA sur les 12 derniers mois (actifs ou non), classés selon ce CA, comme pour la part du top 20&#xa0;%&#xa0;; la part des meilleurs clients en bleu.</translation>
    </message>
    <message>
        <source>&amp;80/20 curve</source>
        <translation>Courbe &amp;80/20</translation>
    </message>
    <message>
        <source>Each category&apos;s share of the group&apos;s revenue in the last 12 months (refunds included). Click a bar for the customers behind it.</source>
        <translation>Part de chaque catégorie dans le CA du groupe sur les 12 derniers mois (remboursements inclus). Cliquez sur une barre pour voir les clients correspondants.</translation>
    </message>
    <message>
        <source>What they &amp;buy</source>
        <translation>Ce qu&apos;ils &amp;achètent</translation>
    </message>
    <message>
        <source>Active customers at the period&apos;s end by stage; best customers in blue. Click a bar for the stage&apos;s customers.</source>
        <translation>Clients actifs à la fin de la période par stade&#xa0;; meilleurs clients en bleu. Cliquez sur une barre pour voir les clients du stade.</translation>
    </message>
    <message>
        <source>Loyalty &amp;stages</source>
        <translation>&amp;Stades de fidélité</translation>
    </message>
    <message>
        <source>Value vs &amp;demand</source>
        <translation>&amp;Valeur vs charge</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the ranked list as a CSV file</source>
        <translation>Enregistrer le classement dans un fichier CSV</translation>
    </message>
    <message>
        <source>Best customers, ranked by lifetime value</source>
        <translation>Meilleurs clients, classés par valeur vie client</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it</source>
        <translation>Double-cliquez sur un client, ou appuyez sur Entrée, pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>No best customers on %1</source>
        <translation>Aucun meilleur client au %1</translation>
    </message>
    <message>
        <source>1 best customer</source>
        <translation>1 meilleur client</translation>
    </message>
    <message>
        <source>%1 best customers, ranked by lifetime value</source>
        <translation>%1 meilleurs clients, classés par valeur vie client</translation>
    </message>
    <message>
        <source>Best customers who bought %1 in the last 12 months</source>
        <translation>Meilleurs clients ayant acheté %1 sur les 12 derniers mois</translation>
    </message>
    <message>
        <source>Other active customers who bought %1 in the last 12 months</source>
        <translation>Autres clients actifs ayant acheté %1 sur les 12 derniers mois</translation>
    </message>
    <message>
        <source>Active customers at the stage %1</source>
        <translation>Clients actifs au stade %1</translation>
    </message>
    <message>
        <source>Demanding high-value corner: top 20 % by revenue with 1 or more contacts, last 12 months</source>
        <translation>Zone exigeante à forte valeur&#xa0;: top 20&#xa0;% par CA avec 1 contact ou plus, 12 derniers mois</translation>
    </message>
    <message>
        <source>Demanding high-value corner: top 20 % by revenue with %1 or more contacts, last 12 months</source>
        <translation>Zone exigeante à forte valeur&#xa0;: top 20&#xa0;% par CA avec %1 contacts ou plus, 12 derniers mois</translation>
    </message>
    <message>
        <source>Best customer no. %1</source>
        <translation>Meilleur client n° %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export best customers as CSV</source>
        <translation>Exporter les meilleurs clients en CSV</translation>
    </message>
    <message>
        <source>best-customers-%1.csv</source>
        <translation>meilleurs-clients-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>acc::CategoryMixChart</name>
    <message>
        <source>What they buy, last 12 months</source>
        <translation>Ce qu&apos;ils achètent, 12 derniers mois</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Other active customers</source>
        <translation>Autres clients actifs</translation>
    </message>
    <message>
        <source>Share of the group&apos;s revenue (%)</source>
        <translation>Part du CA du groupe (%)</translation>
    </message>
    <message>
        <source>Click to list the customers</source>
        <translation>Cliquez pour lister les clients</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Aucun CA</translation>
    </message>
</context>
<context>
    <name>acc::CategoryMixModel</name>
    <message>
        <source>Other categories (%1)</source>
        <translation>Autres catégories (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Part des meilleurs clients</translation>
    </message>
    <message>
        <source>Other active customers&apos; share</source>
        <translation>Part des autres clients actifs</translation>
    </message>
    <message>
        <source>Best customers&apos; revenue</source>
        <translation>CA des meilleurs clients</translation>
    </message>
    <message>
        <source>Other active customers&apos; revenue</source>
        <translation>CA des autres clients actifs</translation>
    </message>
</context>
<context>
    <name>acc::ChangeListener</name>
    <message>
        <source>cannot listen for other desks&apos; changes: %1</source>
        <translation>impossible de suivre les modifications des autres postes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>acc::ColumnMappingModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>(missing: choose a column)</source>
        <translation>(manquant&#xa0;: choisissez une colonne)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
</context>
<context>
    <name>acc::ComplaintsTrendChart</name>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Réclamations pour 100 clients</translation>
    </message>
    <message>
        <source>Per 100 customers</source>
        <translation>Pour 100 clients</translation>
    </message>
</context>
<context>
    <name>acc::ConnectDialog</name>
    <message>
        <source>Connect to a shared company</source>
        <translation>Se connecter à une entreprise partagée</translation>
    </message>
    <message>
        <source>A company on a PostgreSQL server, shared by the leadership team. The password is not stored: leave it empty to use ~/.pgpass.</source>
        <translation>Une entreprise sur un serveur PostgreSQL, partagée par l&apos;équipe de direction. Le mot de passe n&apos;est pas enregistré&#xa0;: laissez-le vide pour utiliser ~/.pgpass.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>the company&apos;s database</source>
        <translation>la base de données de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>depuis ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Chiffrée si le serveur le propose</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffrée</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate and name checked</source>
        <translation>Chiffrée, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Jamais chiffrée</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
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
        <translation>Sauvetage</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>Part des contacts</translation>
    </message>
    <message>
        <source>Share of
contacts</source>
        <translation>Part des
contacts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>acc::CriteriaDialog</name>
    <message>
        <source>Best-customer criteria</source>
        <translation>Critères des meilleurs clients</translation>
    </message>
    <message>
        <source>In force: %1, version %2 (the figures of %3)</source>
        <translation>En vigueur&#xa0;: %1, version %2 (les chiffres de %3)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Au&amp;thor:</source>
        <translation>Au&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer en nouvelle version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The company database cannot be opened for saving: %1</source>
        <translation>La base de données de l&apos;entreprise ne peut pas être ouverte pour l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The company database cannot be opened for saving.</source>
        <translation>La base de données de l&apos;entreprise ne peut pas être ouverte pour l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>A rule has a problem (marked in red): correct it to save.</source>
        <translation>Une règle pose problème (marquée en rouge)&#xa0;: corrigez-la pour enregistrer.</translation>
    </message>
    <message>
        <source>The set needs a name.</source>
        <translation>Le jeu doit avoir un nom.</translation>
    </message>
    <message>
        <source>Say who saves this version (Author).</source>
        <translation>Indiquez qui enregistre cette version (Auteur).</translation>
    </message>
    <message>
        <source>Stores these rules as a new version of &quot;%1&quot; (the earlier versions are kept) and puts it in force</source>
        <translation>Enregistre ces règles comme nouvelle version de «&#xa0;%1&#xa0;» (les versions précédentes sont conservées) et la met en vigueur</translation>
    </message>
    <message>
        <source>The stored versions cannot be read: %1</source>
        <translation>Les versions enregistrées ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1, but it could not be put in force: %2</source>
        <translation>Enregistré en version %1, mais impossible de la mettre en vigueur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The rules were changed and not saved. Close and discard the changes?</source>
        <translation>Les règles ont été modifiées sans être enregistrées. Fermer et abandonner les modifications&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) (History tab)</source>
        <translation>
            <numerusform>… et %n autre modification (onglet Historique)</numerusform>
            <numerusform>… et %n autres modifications (onglet Historique)</numerusform>
        </translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 was saved by %3 %4 while you were editing version %5.</source>
        <translation>« %1 » version %2 a été enregistré par %3 %4 pendant que vous modifiiez la version %5.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>Leurs modifications :</translation>
    </message>
    <message>
        <source>Criteria changed on another desk</source>
        <translation>Critères modifiés sur un autre poste</translation>
    </message>
    <message>
        <source>Version %1 by %2 is loaded; Undo (Ctrl+Z) brings your rules back.</source>
        <translation>La version %1 de %2 est chargée ; Annuler (Ctrl+Z) rétablit vos règles.</translation>
    </message>
</context>
<context>
    <name>acc::CriteriaSummary</name>
    <message>
        <source>Criteria in force</source>
        <translation>Critères en vigueur</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Edit criteria…</source>
        <translation>&amp;Modifier les critères…</translation>
    </message>
    <message>
        <source>Change what makes a best customer and save a new version</source>
        <translation>Modifier ce qui fait un meilleur client et enregistrer une nouvelle version</translation>
    </message>
    <message>
        <source>Best-customer criteria</source>
        <translation>Critères des meilleurs clients</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>Criteria in force: %1, version %2</source>
        <translation>Critères en vigueur&#xa0;: %1, version %2</translation>
    </message>
    <message>
        <source>(and %1 more: see the tooltip)</source>
        <translation>(et %1 de plus&#xa0;: voir l&apos;info-bulle)</translation>
    </message>
</context>
<context>
    <name>acc::CsvPreviewModel</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>acc::CustomerDetail</name>
    <message>
        <source>Choose a customer in the list to see its orders, contacts and feedback.</source>
        <translation>Choisissez un client dans la liste pour voir ses commandes, contacts et avis.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account owner: %1</source>
        <translation>Responsable de compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stade&#xa0;: %1</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Acquired %1</source>
        <translation>Acquis le %1</translation>
    </message>
    <message>
        <source>Lost %1 (%2)</source>
        <translation>Perdu le %1 (%2)</translation>
    </message>
    <message>
        <source>Won back %1</source>
        <translation>Reconquis le %1</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>CA (12 mois)</translation>
    </message>
    <message>
        <source>Last order %1</source>
        <translation>Dernière commande le %1</translation>
    </message>
    <message>
        <source>No order yet</source>
        <translation>Aucune commande pour l&apos;instant</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 sur 12 mois</translation>
    </message>
    <message>
        <source>Best customer</source>
        <translation>Meilleur client</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Criteria in force</source>
        <translation>Critères en vigueur</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Chance still buying</source>
        <translation>Chance d&apos;achat futur</translation>
    </message>
    <message>
        <source>No order to judge by</source>
        <translation>Aucune commande pour en juger</translation>
    </message>
    <message>
        <source>Expected (12 months)</source>
        <translation>Attendu (12 mois)</translation>
    </message>
    <message>
        <source>%1 orders expected</source>
        <translation>%1 commandes attendues</translation>
    </message>
    <message>
        <source>The customer&apos;s history up to %1</source>
        <translation>Historique du client jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Commandes (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Feedback (%1)</source>
        <translation>Avis (%1)</translation>
    </message>
</context>
<context>
    <name>acc::CustomerFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>acc::CustomerHistoryModel</name>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Sauvetage</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>acc::CustomersModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Where the customer stands on %1</source>
        <translation>Situation du client au %1</translation>
    </message>
    <message>
        <source>Order amounts, refunds included, in the 365 days up to %1</source>
        <translation>Montants des commandes, remboursements inclus, sur les 365 jours jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Every order amount up to %1, refunds included</source>
        <translation>Tous les montants de commandes jusqu&apos;au %1, remboursements inclus</translation>
    </message>
    <message>
        <source>Orders (not refunds) up to %1</source>
        <translation>Commandes (hors remboursements) jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>In the best-customer list of the criteria in force</source>
        <translation>Dans la liste des meilleurs clients selon les critères en vigueur</translation>
    </message>
    <message>
        <source>Probability that the customer is still buying (BG/NBD model); none without an order</source>
        <translation>Probabilité que le client achète encore (modèle BG/NBD)&#xa0;; aucune sans commande</translation>
    </message>
    <message>
        <source>Expected revenue in the next 12 months (BG/NBD and Gamma-Gamma models)</source>
        <translation>CA attendu sur les 12 prochains mois (modèles BG/NBD et Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>CA (12 mois)</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <source>Expected value (12 months)</source>
        <translation>Valeur attendue (12 mois)</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>First-time customer</source>
        <translation>Primo-client</translation>
    </message>
    <message>
        <source>Repeat customer</source>
        <translation>Client récurrent</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Won back on %1</source>
        <translation>Reconquis le %1</translation>
    </message>
    <message>
        <source>Lost on %1 (%2)</source>
        <translation>Perdu le %1 (%2)</translation>
    </message>
    <message>
        <source>Not yet acquired</source>
        <translation>Pas encore acquis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Reconquis</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>acc::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Clients affichés</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>&amp;Tous les clients</translation>
    </message>
    <message>
        <source>Leave the drill-down and the search (Esc)</source>
        <translation>Quitter l&apos;exploration et la recherche (Échap)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Every word must appear in the customer&apos;s ID, name, segment, region or account owner; case and accents do not matter (Ctrl+F)</source>
        <translation>Chaque mot doit figurer dans l&apos;ID, le nom, le segment, la région ou le responsable de compte du client&#xa0;; casse et accents indifférents (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered and sorted) as a CSV file</source>
        <translation>Enregistrer le tableau tel qu&apos;affiché (filtré et trié) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Selected customers</source>
        <translation>Clients sélectionnés</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>Every customer · %1 of %2 match the search</source>
        <translation>Tous les clients · %1 sur %2 correspondent à la recherche</translation>
    </message>
    <message>
        <source>Every customer · 1 customer</source>
        <translation>Tous les clients · 1 client</translation>
    </message>
    <message>
        <source>Every customer · %1 customers</source>
        <translation>Tous les clients · %1 clients</translation>
    </message>
    <message>
        <source>%1 · 1 customer</source>
        <translation>%1 · 1 client</translation>
    </message>
    <message>
        <source>%1 · %2 customers</source>
        <translation>%1 · %2 clients</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 match the search</source>
        <translation>%1 · %2 sur %3 correspondent à la recherche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>customers-%1.csv</source>
        <translation>clients-%1.csv</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>Export customers as CSV</source>
        <translation>Exporter les clients en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>acc::ExitCallDialog</name>
    <message>
        <source>Exit call</source>
        <translation>Appel de départ</translation>
    </message>
    <message>
        <source>the executive who calls</source>
        <translation>le dirigeant qui appelle</translation>
    </message>
    <message>
        <source>the reason the customer gave</source>
        <translation>le motif donné par le client</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Appelant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Call by:</source>
        <translation>Appeler a&amp;vant le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;reason:</source>
        <translation>&amp;Motif du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Win-back chance:</source>
        <translation>&amp;Chance de reconquête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>acc::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>&amp;Tous les clients</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Account &amp;owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every view shows all customers. Choose a segment, region or owner to show only theirs (Ctrl+Shift+F).</source>
        <translation>Toutes les vues affichent tous les clients. Choisissez un segment, une région ou un responsable pour n&apos;afficher que leurs clients (Ctrl+Maj+F).</translation>
    </message>
    <message>
        <source>Every view, export and pack shows only these customers: %1</source>
        <translation>Chaque vue, export et dossier de réunion n&apos;affiche que ces clients&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>acc::FollowThroughModel</name>
    <message>
        <source>Feedback right after the sale</source>
        <translation>Avis juste après la vente</translation>
    </message>
    <message>
        <source>Followed up down the line</source>
        <translation>Relance dans la durée</translation>
    </message>
    <message>
        <source>Re-engaged into a new order</source>
        <translation>Réactivés par une nouvelle commande</translation>
    </message>
    <message>
        <source>%1 of %2 customers who ordered</source>
        <translation>%1 sur %2 clients ayant commandé</translation>
    </message>
    <message>
        <source>%1 of %2 active customers</source>
        <translation>%1 sur %2 clients actifs</translation>
    </message>
    <message>
        <source>%1 of %2 revenue contacts</source>
        <translation>%1 sur %2 contacts de vente</translation>
    </message>
    <message>
        <source>Customers who ordered and answered within 30 days</source>
        <translation>Clients ayant commandé et répondu sous 30 jours</translation>
    </message>
    <message>
        <source>Customers who ordered and did not answer within 30 days</source>
        <translation>Clients ayant commandé sans répondre sous 30 jours</translation>
    </message>
    <message>
        <source>Active customers with a relationship contact in the last 180 days</source>
        <translation>Clients actifs avec un contact relationnel au cours des 180 derniers jours</translation>
    </message>
    <message>
        <source>Active customers not followed up in the last 180 days</source>
        <translation>Clients actifs non relancés au cours des 180 derniers jours</translation>
    </message>
    <message>
        <source>Customers re-engaged: a revenue contact led to an order within 60 days</source>
        <translation>Clients réactivés&#xa0;: un contact de vente a mené à une commande sous 60 jours</translation>
    </message>
    <message>
        <source>Customers whose revenue contacts led to no order within 60 days</source>
        <translation>Clients dont les contacts de vente n&apos;ont mené à aucune commande sous 60 jours</translation>
    </message>
    <message>
        <source>Customers who ordered in the period, and of them those who answered within 30 days</source>
        <translation>Clients ayant commandé sur la période et, parmi eux, ceux qui ont répondu sous 30 jours</translation>
    </message>
    <message>
        <source>Active customers at the end, and of them those with a relationship contact in 180 days</source>
        <translation>Clients actifs à la fin et, parmi eux, ceux ayant eu un contact relationnel sous 180 jours</translation>
    </message>
    <message>
        <source>Revenue contacts in the period, and of them those followed by an order within 60 days</source>
        <translation>Contacts de vente sur la période et, parmi eux, ceux suivis d&apos;une commande sous 60 jours</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
</context>
<context>
    <name>acc::FollowThroughView</name>
    <message>
        <source>Answered (%1)</source>
        <translation>Ont répondu (%1)</translation>
    </message>
    <message>
        <source>Did not answer (%1)</source>
        <translation>N&apos;ont pas répondu (%1)</translation>
    </message>
    <message>
        <source>Followed up (%1)</source>
        <translation>Relancés (%1)</translation>
    </message>
    <message>
        <source>Not followed up (%1)</source>
        <translation>Non relancés (%1)</translation>
    </message>
    <message>
        <source>Customers re-engaged</source>
        <translation>Clients réactivés</translation>
    </message>
    <message>
        <source>Customers with no new order</source>
        <translation>Clients sans nouvelle commande</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Save the follow-through figures as a CSV file</source>
        <translation>Enregistrer les chiffres du suivi dans un fichier CSV</translation>
    </message>
    <message>
        <source>Follow-through figures</source>
        <translation>Chiffres du suivi</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to list the customers it missed</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour lister les clients manqués</translation>
    </message>
    <message>
        <source>After the sale, %1</source>
        <translation>Après la vente, %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the follow-through figures as CSV</source>
        <translation>Exporter les chiffres du suivi en CSV</translation>
    </message>
    <message>
        <source>follow-through-%1.csv</source>
        <translation>suivi-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>acc::HelpDialog</name>
    <message>
        <source>Accountable user guide</source>
        <translation>Guide d&apos;utilisation d&apos;Accountable</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>User guide: %1</source>
        <translation>Guide d&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Les indicateurs</translation>
    </message>
    <message>
        <source>Working the view</source>
        <translation>Utiliser la vue</translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation>Conduire une réunion</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Toutes les vues</translation>
    </message>
</context>
<context>
    <name>acc::HistoryPage</name>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>R&amp;estore this version</source>
        <translation>Rest&amp;aurer cette version</translation>
    </message>
    <message>
        <source>Loads the chosen version into the rules (undo with Ctrl+Z); saving it makes a new version</source>
        <translation>Charge la version choisie dans les règles (annulez avec Ctrl+Z)&#xa0;; l&apos;enregistrer crée une nouvelle version</translation>
    </message>
    <message>
        <source>The rules being edited</source>
        <translation>Les règles en cours de modification</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La version choisie</translation>
    </message>
    <message>
        <source>No version of this name is stored yet</source>
        <translation>Aucune version de ce nom n&apos;est encore enregistrée</translation>
    </message>
    <message>
        <source>Choose a version</source>
        <translation>Choisissez une version</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>Version %1, enregistrée par %2 le %3</translation>
    </message>
    <message>
        <source>The rules being edited have a problem (marked in red on the Rules page); they are compared once it is corrected.</source>
        <translation>Les règles en cours de modification posent problème (marquées en rouge sur la page Règles)&#xa0;; elles seront comparées une fois corrigées.</translation>
    </message>
    <message>
        <source>The rules being edited say what version %1 says.</source>
        <translation>Les règles en cours de modification disent la même chose que la version %1.</translation>
    </message>
    <message>
        <source>What differs from version %1:</source>
        <translation>Différences avec la version %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>acc::ImportFilesModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown kind of file: choose what it holds</source>
        <translation>Type de fichier inconnu&#xa0;: choisissez ce qu&apos;il contient</translation>
    </message>
    <message>
        <source>Columns to map</source>
        <translation>Colonnes à associer</translation>
    </message>
    <message>
        <source>Ready (remembered column mapping)</source>
        <translation>Prêt (correspondance des colonnes mémorisée)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>acc::ImportFilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>Choisissez les fichiers à importer</translation>
    </message>
    <message>
        <source>Customers, orders, contacts, feedback and spend exports (CSV). Drop files here or add them; each file&apos;s kind is recognised from its header.</source>
        <translation>Exports de clients, commandes, contacts, avis et dépenses (CSV). Déposez les fichiers ici ou ajoutez-les&#xa0;; le type de chaque fichier est reconnu d&apos;après son en-tête.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (ISO 8601)</source>
        <translation>YYYY-MM-DD (ISO 8601)</translation>
    </message>
    <message>
        <source>Only for exports that write dates otherwise, e.g. dd.MM.yyyy or MM/dd/yyyy</source>
        <translation>Uniquement pour les exports qui écrivent les dates autrement, p. ex. dd.MM.yyyy ou MM/dd/yyyy</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Format de date&#xa0;:</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Ajouter des fichiers à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Replace the whole company with these files (data of kinds without a file is deleted)</source>
        <translation>&amp;Remplacer toute l&apos;entreprise par ces fichiers (les types de données sans fichier sont supprimés)</translation>
    </message>
</context>
<context>
    <name>acc::ImportJobPage</name>
    <message>
        <source>&amp;Save the list as CSV…</source>
        <translation>&amp;Enregistrer la liste en CSV…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>A&amp;nnuler l&apos;import</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Vérifier les données</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Every row of every file is checked before anything is written.</source>
        <translation>Chaque ligne de chaque fichier est vérifiée avant toute écriture.</translation>
    </message>
    <message>
        <source>All files are written in one transaction: all of it, or nothing.</source>
        <translation>Tous les fichiers sont écrits en une seule transaction&#xa0;: tout ou rien.</translation>
    </message>
    <message>
        <source>Reading %1 … %2 rows</source>
        <translation>Lecture de %1 … %2 lignes</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Vérification …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Import en cours …</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the data is exactly as before.</source>
        <translation>Annulé. Rien n&apos;a été écrit&#xa0;; les données sont exactement comme avant.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing was written.</source>
        <translation>
            <numerusform>%n erreur trouvée. Rien n&apos;a été écrit.</numerusform>
            <numerusform>%n erreurs trouvées. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first 100 are listed; save the list as CSV to see them all.</source>
        <translation>Les 100 premières sont listées&#xa0;; enregistrez la liste en CSV pour toutes les voir.</translation>
    </message>
    <message>
        <source>Fix the files and import again.</source>
        <translation>Corrigez les fichiers et relancez l&apos;import.</translation>
    </message>
    <message>
        <source>%1: %2 rows, all valid</source>
        <translation>%1&#xa0;: %2 lignes, toutes valides</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3 added, %4 updated)</source>
        <translation>%1&#xa0;: %2 lignes (%3 ajoutées, %4 mises à jour)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the rows were accepted; see the list below.</source>
        <translation>
            <numerusform>%n avertissement&#xa0;: les lignes ont été acceptées&#xa0;; voir la liste ci-dessous.</numerusform>
            <numerusform>%n avertissements&#xa0;: les lignes ont été acceptées&#xa0;; voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Every view now shows the new data.</source>
        <translation>Importé. Toutes les vues affichent désormais les nouvelles données.</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Enregistrer la liste des problèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Remplacé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Replace the whole company</source>
        <translation>Remplacer toute l&apos;entreprise</translation>
    </message>
    <message>
        <source>Every customer, order, contact, answer and spend row held now is deleted, and the company becomes exactly these files: kinds of data without a file end empty.

Replace the whole company?</source>
        <translation>Tous les clients, commandes, contacts, réponses et lignes de dépenses actuellement enregistrés sont supprimés, et l&apos;entreprise se compose exactement de ces fichiers&#xa0;: les types de données sans fichier restent vides.

Remplacer toute l&apos;entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>acc::ImportMappingPage</name>
    <message>
        <source>R&amp;emember this mapping for exports with the same columns</source>
        <translation>&amp;Mémoriser cette correspondance pour les exports ayant les mêmes colonnes</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Tell Accountable which column of each export holds which field. Fields marked * are required.</source>
        <translation>Indiquez à Accountable quelle colonne de chaque export contient quel champ. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Champs obligatoires sans colonne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns chosen for two fields: %1</source>
        <translation>Colonnes choisies pour deux champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 still needs its columns mapped</source>
        <translation>Les colonnes de %1 restent à associer</translation>
    </message>
    <message>
        <source>✔ Every required field has a column.</source>
        <translation>✔ Chaque champ obligatoire a une colonne.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
</context>
<context>
    <name>acc::ImportMessagesModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>acc::ImportWizard</name>
    <message>
        <source>Import customer data</source>
        <translation>Importer des données clients</translation>
    </message>
</context>
<context>
    <name>acc::ListeningTrendModel</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoteurs (9-10)</translation>
    </message>
    <message>
        <source>Promoters
9-10</source>
        <translation>Promoteurs
9-10</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passifs (7-8)</translation>
    </message>
    <message>
        <source>Passives
7-8</source>
        <translation>Passifs
7-8</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Détracteurs (0-6)</translation>
    </message>
    <message>
        <source>Detractors
0-6</source>
        <translation>Détracteurs
0-6</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>Clients au début</translation>
    </message>
    <message>
        <source>Customers
at start</source>
        <translation>Clients
au début</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Réclamations pour 100 clients</translation>
    </message>
    <message>
        <source>Complaints
per 100</source>
        <translation>Réclamations
pour 100</translation>
    </message>
</context>
<context>
    <name>acc::ListeningView</name>
    <message>
        <source>Listening &amp; service</source>
        <translation>Écoute &amp; service</translation>
    </message>
    <message>
        <source>NPS with promoters, passives and detractors by period</source>
        <translation>NPS avec promoteurs, passifs et détracteurs par période</translation>
    </message>
    <message>
        <source>Click a part of a bar to list its promoters, passives or detractors</source>
        <translation>Cliquez sur une partie de barre pour lister ses promoteurs, passifs ou détracteurs</translation>
    </message>
    <message>
        <source>Complaints per 100 customers by period</source>
        <translation>Réclamations pour 100 clients par période</translation>
    </message>
    <message>
        <source>Click a bar to list the customers who complained in that period</source>
        <translation>Cliquez sur une barre pour lister les clients ayant réclamé sur cette période</translation>
    </message>
    <message>
        <source>Reasons that drove customers away</source>
        <translation>Motifs qui ont fait partir les clients</translation>
    </message>
    <message>
        <source>Click a reason&apos;s bar to list the customers lost for it</source>
        <translation>Cliquez sur la barre d&apos;un motif pour lister les clients perdus pour ce motif</translation>
    </message>
    <message>
        <source>Customers of the period:</source>
        <translation>Clients de la période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Detractors</source>
        <translation>&amp;Détracteurs</translation>
    </message>
    <message>
        <source>&amp;Complainants</source>
        <translation>Ré&amp;clamants</translation>
    </message>
    <message>
        <source>&amp;Outside SLA</source>
        <translation>&amp;Hors SLA</translation>
    </message>
    <message>
        <source>&amp;Rescue contacts</source>
        <translation>&amp;Sauvetages</translation>
    </message>
    <message>
        <source>&amp;Not rescued</source>
        <translation>&amp;Non sauvés</translation>
    </message>
    <message>
        <source>Open the Customers view on: %1</source>
        <translation>Ouvrir la vue Clients sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the trend table as a CSV file</source>
        <translation>Enregistrer le tableau de tendance dans un fichier CSV</translation>
    </message>
    <message>
        <source>Listening trend</source>
        <translation>Tendance de l&apos;écoute</translation>
    </message>
    <message>
        <source>Enter or double-click a row: the customers who answered in that period</source>
        <translation>Entrée ou double-clic sur une ligne&#xa0;: les clients ayant répondu sur cette période</translation>
    </message>
    <message>
        <source>NPS and answers, last 13 months</source>
        <translation>NPS et réponses, 13 derniers mois</translation>
    </message>
    <message>
        <source>NPS and answers, last 8 quarters</source>
        <translation>NPS et réponses, 8 derniers trimestres</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Réclamations pour 100 clients</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Pourquoi les clients sont partis, %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Pourquoi les clients sont partis</translation>
    </message>
    <message>
        <source>Customers of %1:</source>
        <translation>Clients de %1&#xa0;:</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Complaints per 100</source>
        <translation>Réclamations pour 100</translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>Résolues dans le SLA</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Résolution médiane</translation>
    </message>
    <message>
        <source>Rescue rate</source>
        <translation>Taux de sauvetage</translation>
    </message>
    <message>
        <source>Export the listening trend as CSV</source>
        <translation>Exporter la tendance de l&apos;écoute en CSV</translation>
    </message>
    <message>
        <source>listening-%1.csv</source>
        <translation>ecoute-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>acc::LossBreakdownModel</name>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valeur perdue (12 mois)</translation>
    </message>
    <message>
        <source>Share of lost value</source>
        <translation>Part de la valeur perdue</translation>
    </message>
</context>
<context>
    <name>acc::LossReviewView</name>
    <message>
        <source>Lost customers and lost value by month</source>
        <translation>Clients perdus et valeur perdue par mois</translation>
    </message>
    <message>
        <source>Loss reasons by lost value</source>
        <translation>Motifs de perte par valeur perdue</translation>
    </message>
    <message>
        <source>Click a month&apos;s bar to list the customers lost that month</source>
        <translation>Cliquez sur la barre d&apos;un mois pour lister les clients perdus ce mois-là</translation>
    </message>
    <message>
        <source>Click a reason&apos;s bar to list the customers lost for it</source>
        <translation>Cliquez sur la barre d&apos;un motif pour lister les clients perdus pour ce motif</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Clients affichés</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>List the customers lost in one month (Ctrl+M)</source>
        <translation>Lister les clients perdus sur un mois (Ctrl+M)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>List the customers lost for one reason (Ctrl+R)</source>
        <translation>Lister les clients perdus pour un motif (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>E&amp;ffacer le filtre</translation>
    </message>
    <message>
        <source>Show every customer lost in the period (Esc)</source>
        <translation>Afficher tous les clients perdus sur la période (Échap)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>Enregistrer le tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Loss review</source>
        <translation>Revue des pertes</translation>
    </message>
    <message>
        <source>Why customers left, %1</source>
        <translation>Pourquoi les clients sont partis, %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Pourquoi les clients sont partis</translation>
    </message>
    <message>
        <source>Whole period (%1)</source>
        <translation>Période entière (%1)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>Lost in %1 · 1 customer · %2</source>
        <translation>Perdus&#xa0;: %1 · 1 client · %2</translation>
    </message>
    <message>
        <source>Lost in %1 · %2 customers · %3</source>
        <translation>Perdus&#xa0;: %1 · %2 clients · %3</translation>
    </message>
    <message>
        <source>Lost in %1 · Reason: %2 · 1 customer · %3</source>
        <translation>Perdus&#xa0;: %1 · Motif&#xa0;: %2 · 1 client · %3</translation>
    </message>
    <message>
        <source>Lost in %1 · Reason: %2 · %3 customers · %4</source>
        <translation>Perdus&#xa0;: %1 · Motif&#xa0;: %2 · %3 clients · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>lost-customers-%1.csv</source>
        <translation>clients-perdus-%1.csv</translation>
    </message>
    <message>
        <source>Export lost customers as CSV</source>
        <translation>Exporter les clients perdus en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Lost customers by segment</source>
        <translation>Clients perdus par segment</translation>
    </message>
    <message>
        <source>Lost customers by account owner</source>
        <translation>Clients perdus par responsable de compte</translation>
    </message>
    <message>
        <source>By &amp;segment</source>
        <translation>Par &amp;segment</translation>
    </message>
    <message>
        <source>By o&amp;wner</source>
        <translation>Par &amp;responsable</translation>
    </message>
    <message>
        <source>lost-by-segment-%1.csv</source>
        <translation>perdus-par-segment-%1.csv</translation>
    </message>
    <message>
        <source>lost-by-owner-%1.csv</source>
        <translation>perdus-par-responsable-%1.csv</translation>
    </message>
    <message>
        <source>Enter or double-click: open the customer in the Customers view</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir le client dans la vue Clients</translation>
    </message>
    <message>
        <source>E&amp;xit call…</source>
        <translation>&amp;Appel de départ…</translation>
    </message>
    <message>
        <source>Assign the chosen lost customer to an executive to call, or record the call&apos;s outcome (Ctrl+Shift+X)</source>
        <translation>Confier le client perdu sélectionné à un dirigeant pour l&apos;appeler, ou enregistrer le résultat de l&apos;appel (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <source>%1 (%2), lost on %3 (%4), %5 a year</source>
        <translation>%1 (%2), perdu le %3 (%4), %5 par an</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>acc::LossTrendChart</name>
    <message>
        <source>Lost customers and lost value, last 13 months</source>
        <translation>Clients perdus et valeur perdue, 13 derniers mois</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Lost value (%1)</source>
        <translation>Valeur perdue (%1)</translation>
    </message>
</context>
<context>
    <name>acc::LossTrendModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Reconquis</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
</context>
<context>
    <name>acc::LostCustomersModel</name>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Perdu le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Lost value (12 months)</source>
        <translation>Valeur perdue (12 mois)</translation>
    </message>
    <message>
        <source>Won back on</source>
        <translation>Reconquis le</translation>
    </message>
    <message>
        <source> · win-back %1</source>
        <translation> · reconquête %1</translation>
    </message>
    <message>
        <source>✎ %1%2</source>
        <translation>✎ %1%2</translation>
    </message>
    <message>
        <source>✓ confirmed%1</source>
        <translation>✓ confirmé%1</translation>
    </message>
    <message>
        <source>☎ %1 to call by %2</source>
        <translation>☎ %1, appel avant le %2</translation>
    </message>
    <message>
        <source>☎ %1 to call</source>
        <translation>☎ %1 doit appeler</translation>
    </message>
    <message>
        <source>Reason (exit call)</source>
        <translation>Motif (appel de départ)</translation>
    </message>
</context>
<context>
    <name>acc::LoyaltyStageChart</name>
    <message>
        <source>Active customers by loyalty stage</source>
        <translation>Clients actifs par stade de fidélité</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Other active customers</source>
        <translation>Autres clients actifs</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>%1: %2 active customers, %3 of them best customers
Click to list them</source>
        <translation>%1&#xa0;: %2 clients actifs, dont %3 meilleurs clients
Cliquez pour les lister</translation>
    </message>
    <message>
        <source>%1 · %2 best</source>
        <translation>%1 · meilleurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>No active customers</source>
        <translation>Aucun client actif</translation>
    </message>
</context>
<context>
    <name>acc::LoyaltyStageModel</name>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Best customers&apos; share</source>
        <translation>Part des meilleurs clients</translation>
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
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a company database</source>
        <translation>Ouvrir une base de données d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données d&apos;entreprise (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Export meeting &amp;pack as PDF…</source>
        <translation>Exporter le &amp;dossier de réunion en PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Période &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Période &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>&amp;Choose period</source>
        <translation>&amp;Choisir la période</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>&amp;Reload data</source>
        <translation>&amp;Recharger les données</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Accountable</source>
        <translation>À &amp;propos d&apos;Accountable</translation>
    </message>
    <message>
        <source>No company database</source>
        <translation>Aucune base de données d&apos;entreprise</translation>
    </message>
    <message>
        <source>There is no company database at %1.

Create one with &quot;accountable demo --db %1&quot; or &quot;accountable import --db %1 FILE.csv…&quot;, or open another with File &gt; Open database.</source>
        <translation>Il n&apos;existe aucune base de données d&apos;entreprise à l&apos;emplacement %1.

Créez-en une avec «&#xa0;accountable demo --db %1&#xa0;» ou «&#xa0;accountable import --db %1 FILE.csv…&#xa0;», ou ouvrez-en une autre avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>%1 — Accountable</source>
        <translation>%1 — Accountable</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>The database holds no dated records yet</source>
        <translation>La base de données ne contient encore aucun enregistrement daté</translation>
    </message>
    <message>
        <source>The figures could not be computed</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés</translation>
    </message>
    <message>
        <source>Accountable could not read the company database %1.

%2</source>
        <translation>Accountable n&apos;a pas pu lire la base de données d&apos;entreprise %1.

%2</translation>
    </message>
    <message>
        <source>there are no figures to print yet</source>
        <translation>il n&apos;y a pas encore de chiffres à imprimer</translation>
    </message>
    <message>
        <source>meeting-pack-%1.pdf</source>
        <translation>dossier-reunion-%1.pdf</translation>
    </message>
    <message>
        <source>Export meeting pack as PDF</source>
        <translation>Exporter le dossier de réunion en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The meeting pack could not be saved</source>
        <translation>Le dossier de réunion n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Meeting pack saved to %1</source>
        <translation>Dossier de réunion enregistré dans %1</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Dossier de réunion</translation>
    </message>
    <message>
        <source>Import into a new company database</source>
        <translation>Importer dans une nouvelle base de données d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company databases (*.sqlite *.db)</source>
        <translation>Bases de données d&apos;entreprise (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>No meeting pack for a whole year</source>
        <translation>Pas de dossier de réunion pour une année entière</translation>
    </message>
    <message>
        <source>A meeting pack covers a month (the monthly review) or a quarter (the quarterly meeting). Choose a month or a quarter above, then make the pack.</source>
        <translation>Un dossier de réunion couvre un mois (la revue mensuelle) ou un trimestre (la réunion trimestrielle). Choisissez un mois ou un trimestre ci-dessus, puis créez le dossier.</translation>
    </message>
    <message>
        <source>a monthly pack covers a month and a quarterly pack a quarter, not %1</source>
        <translation>un dossier mensuel couvre un mois et un dossier trimestriel un trimestre, pas %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Best-customer &amp;criteria…</source>
        <translation>&amp;Critères des meilleurs clients…</translation>
    </message>
    <message>
        <source>Criteria &quot;%1&quot; version %2 saved and in force</source>
        <translation>Critères «&#xa0;%1&#xa0;» version %2 enregistrés et en vigueur</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard as an image</source>
        <translation>Graphique copié dans le presse-papiers en tant qu&apos;image</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; copied to the clipboard as an image</source>
        <translation>Graphique «&#xa0;%1&#xa0;» copié dans le presse-papiers en tant qu&apos;image</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>&amp;Copier le graphique en image</translation>
    </message>
    <message>
        <source>This view shows no chart to copy</source>
        <translation>Cette vue n&apos;affiche aucun graphique à copier</translation>
    </message>
    <message>
        <source>&amp;Filter customers…</source>
        <translation>&amp;Filtrer les clients…</translation>
    </message>
    <message>
        <source>Show &amp;all customers</source>
        <translation>Afficher &amp;tous les clients</translation>
    </message>
    <message>
        <source>%1 — %2 — Accountable</source>
        <translation>%1 — %2 — Accountable</translation>
    </message>
    <message>
        <source>Settings saved: the figures are computed again</source>
        <translation>Paramètres enregistrés&#xa0;: les chiffres sont recalculés</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>Vue &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous view</source>
        <translation>Vue &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>&amp;Lancer la réunion</translation>
    </message>
    <message>
        <source>The agenda of the period shown, full screen: monthly review for a month, quarterly meeting for a quarter</source>
        <translation>L&apos;ordre du jour de la période affichée, en plein écran&#xa0;: revue mensuelle pour un mois, réunion trimestrielle pour un trimestre</translation>
    </message>
    <message>
        <source>No meeting for a whole year</source>
        <translation>Pas de réunion pour une année entière</translation>
    </message>
    <message>
        <source>The monthly review covers a month and the quarterly meeting a quarter. Choose a month or a quarter above, then start the meeting.</source>
        <translation>La revue mensuelle couvre un mois et la réunion trimestrielle un trimestre. Choisissez un mois ou un trimestre ci-dessus, puis lancez la réunion.</translation>
    </message>
    <message>
        <source>Slides &amp;on screen</source>
        <translation>&amp;Diapositives sur l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Another screen than this window&apos;s, if any</source>
        <translation>Un &amp;autre écran que celui de cette fenêtre, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>&amp;User guide for this view</source>
        <translation>&amp;Guide d&apos;utilisation de cette vue</translation>
    </message>
    <message>
        <source>Running a &amp;meeting</source>
        <translation>Conduire une &amp;réunion</translation>
    </message>
    <message>
        <source>⚠ Connection to the server lost; reconnecting…</source>
        <translation>⚠ Connexion au serveur perdue&#xa0;; reconnexion en cours…</translation>
    </message>
    <message>
        <source>Connection to the server restored; the figures are up to date</source>
        <translation>Connexion au serveur rétablie&#xa0;; les chiffres sont à jour</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Co&amp;nnect to server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a company shared on a PostgreSQL server</source>
        <translation>Ouvrir une entreprise partagée sur un serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>acc::MeetingWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>Names masked</source>
        <translation>Noms masqués</translation>
    </message>
    <message>
        <source>Auto-advance every %1 s</source>
        <translation>Défilement auto toutes les %1 s</translation>
    </message>
    <message>
        <source>Go to slide %1…</source>
        <translation>Aller à la diapositive %1…</translation>
    </message>
    <message>
        <source>The customer list is off while names are masked (P)</source>
        <translation>La liste des clients est désactivée tant que les noms sont masqués (P)</translation>
    </message>
    <message>
        <source>This slide has no customers to list</source>
        <translation>Cette diapositive n&apos;a aucun client à lister</translation>
    </message>
    <message>
        <source>Esc returns to the slide</source>
        <translation>Échap ramène à la diapositive</translation>
    </message>
    <message>
        <source>There is no slide %1: the meeting has %2</source>
        <translation>Il n&apos;y a pas de diapositive %1&#xa0;: la réunion en compte %2</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Say what was agreed: the action needs a title.</source>
        <translation>Indiquez ce qui a été convenu&#xa0;: l&apos;action doit avoir un titre.</translation>
    </message>
    <message>
        <source>Action recorded: %1</source>
        <translation>Action enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>acc::MessageLine</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>Save the touchpoint table as a CSV file</source>
        <translation>Enregistrer le tableau des points de contact dans un fichier CSV</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Autres contacts</translation>
    </message>
    <message>
        <source>Contacts in the period</source>
        <translation>Contacts sur la période</translation>
    </message>
    <message>
        <source>No contacts in the period</source>
        <translation>Aucun contact sur la période</translation>
    </message>
    <message>
        <source>%1 · %2 lost</source>
        <translation>%1 · perdus&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 contacts from %3 customers
%4 complaints (%5 of contacts)
%6 customers lost within 180 days of a contact there (%7)
Click to list the customers</source>
        <translation>%1&#xa0;: %2 contacts de %3 clients
%4 réclamations (%5 des contacts)
%6 clients perdus sous 180 jours après un contact à ce point (%7)
Cliquez pour lister les clients</translation>
    </message>
    <message>
        <source>Top touchpoints by contacts</source>
        <translation>Top points de contact par nombre de contacts</translation>
    </message>
    <message>
        <source>Click a touchpoint&apos;s bar to list its customers</source>
        <translation>Cliquez sur la barre d&apos;un point de contact pour lister ses clients</translation>
    </message>
    <message>
        <source>The touchpoints with most contacts in the period, complaints in colour; each label gives the share of its customers lost within 180 days of a contact there. Click a bar for its customers.</source>
        <translation>Les points de contact les plus sollicités sur la période, réclamations en couleur&#xa0;; chaque étiquette indique la part de leurs clients perdus sous 180 jours après un contact à ce point. Cliquez sur une barre pour voir ses clients.</translation>
    </message>
    <message>
        <source>Top &amp;touchpoints</source>
        <translation>Top &amp;points de contact</translation>
    </message>
    <message>
        <source>Top touchpoints</source>
        <translation>Top points de contact</translation>
    </message>
    <message>
        <source>Double-click a touchpoint, or press Enter, to list its customers; on the lost columns, those lost</source>
        <translation>Double-cliquez sur un point de contact, ou appuyez sur Entrée, pour lister ses clients&#xa0;; sur les colonnes de pertes, ceux qui ont été perdus</translation>
    </message>
    <message>
        <source>Touchpoint t&amp;able</source>
        <translation>&amp;Tableau des points de contact</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Contacts par catégorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 contacts from %3 customers
Click to list the customers</source>
        <translation>%1&#xa0;: %2 contacts de %3 clients
Cliquez pour lister les clients</translation>
    </message>
    <message>
        <source>Click a category&apos;s bar to list its customers</source>
        <translation>Cliquez sur la barre d&apos;une catégorie pour lister ses clients</translation>
    </message>
    <message>
        <source>Rescue: keeping a customer at risk; revenue: selling more; request: the customer asked; relationship: keeping in touch.</source>
        <translation>Sauvetage&#xa0;: retenir un client à risque&#xa0;; vente&#xa0;: vendre davantage&#xa0;; demande&#xa0;: le client a sollicité&#xa0;; relation&#xa0;: garder le contact.</translation>
    </message>
    <message>
        <source>Double-click a category, or press Enter, to list its customers</source>
        <translation>Double-cliquez sur une catégorie, ou appuyez sur Entrée, pour lister ses clients</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Par &amp;catégorie</translation>
    </message>
    <message>
        <source>No contacts in %1</source>
        <translation>Aucun contact en %1</translation>
    </message>
    <message>
        <source>%1 contacts in %2 at %3 touchpoints</source>
        <translation>%1 contacts en %2 sur %3 points de contact</translation>
    </message>
    <message>
        <source>%1 contacts in %2: the %3 touchpoints with most</source>
        <translation>%1 contacts en %2&#xa0;: les %3 points de contact les plus sollicités</translation>
    </message>
    <message>
        <source>Lost within 180 days of a contact at %1 in %2</source>
        <translation>Perdus sous 180 jours après un contact à %1, %2</translation>
    </message>
    <message>
        <source>Customers with a contact at %1 in %2 (%3 of them lost within 180 days)</source>
        <translation>Clients ayant eu un contact à %1 en %2 (dont %3 perdus sous 180 jours)</translation>
    </message>
    <message>
        <source>Customers with a %1 contact in %2</source>
        <translation>Clients ayant eu un contact «&#xa0;%1&#xa0;» en %2</translation>
    </message>
    <message>
        <source>Export the touchpoints as CSV</source>
        <translation>Exporter les points de contact en CSV</translation>
    </message>
    <message>
        <source>moments-of-truth-%1.csv</source>
        <translation>moments-de-verite-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>acc::NpsTrendChart</name>
    <message>
        <source>Net Promoter Score and answers</source>
        <translation>Net Promoter Score et réponses</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoteurs (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passifs (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Détracteurs (0-6)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>acc::ParetoCurveChart</name>
    <message>
        <source>Other customers</source>
        <translation>Autres clients</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Top 20 %</source>
        <translation>Top 20&#xa0;%</translation>
    </message>
    <message>
        <source>Customers with revenue, ranked by revenue (%)</source>
        <translation>Clients ayant du CA, classés par CA (%)</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Part du CA (%)</translation>
    </message>
    <message>
        <source>80/20: no revenue in 12 months</source>
        <translation>80/20&#xa0;: aucun CA sur 12 mois</translation>
    </message>
    <message>
        <source>80/20: the top 20 % bring %1 of revenue</source>
        <translation>80/20&#xa0;: le top 20&#xa0;% réalise %1 du CA</translation>
    </message>
</context>
<context>
    <name>acc::PeriodSelector</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>Show a month, a quarter or a year</source>
        <translation>Afficher un mois, un trimestre ou une année</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Période précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Période suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>acc::PresenterConsole</name>
    <message>
        <source>Presenter console</source>
        <translation>Console du présentateur</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Points à aborder</translation>
    </message>
    <message>
        <source>Now %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Next: the end of the agenda</source>
        <translation>Ensuite&#xa0;: fin de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 écoulées</translation>
    </message>
    <message>
        <source>No figures to speak to for this period.</source>
        <translation>Aucun chiffre à commenter pour cette période.</translation>
    </message>
</context>
<context>
    <name>acc::PreviewPanel</name>
    <message>
        <source>Customers who would join</source>
        <translation>Clients qui entreraient</translation>
    </message>
    <message>
        <source>Customers who would leave</source>
        <translation>Clients qui sortiraient</translation>
    </message>
    <message>
        <source>Preview on %1</source>
        <translation>Aperçu au %1</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>En vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Part du CA</translation>
    </message>
    <message>
        <source>Would &amp;join: %1</source>
        <translation>Re&amp;joindraient&#xa0;: %1</translation>
    </message>
    <message>
        <source>Would lea&amp;ve: %1</source>
        <translation>&amp;Quitteraient&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Revenue share: of all revenue in the 12 months to %1.</source>
        <translation>Part du CA&#xa0;: sur l&apos;ensemble du CA des 12 mois jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Correct the rule marked in red to see the figures</source>
        <translation>Corrigez la règle marquée en rouge pour voir les chiffres</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Would &amp;join: —</source>
        <translation>Re&amp;joindraient&#xa0;: —</translation>
    </message>
    <message>
        <source>Would lea&amp;ve: —</source>
        <translation>&amp;Quitteraient&#xa0;: —</translation>
    </message>
</context>
<context>
    <name>acc::RankedBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>acc::RealityCheckModel</name>
    <message>
        <source>no company is open</source>
        <translation>aucune entreprise n&apos;est ouverte</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 10; &quot;%1&quot; is not</source>
        <translation>Une note est un nombre entier de 1 à 10&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un</translation>
    </message>
    <message>
        <source>Score %1 from 1 to 10 first, then write its note</source>
        <translation>Notez d&apos;abord %1 de 1 à 10, puis rédigez son commentaire</translation>
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
        <translation>Saisissez un nombre entier de 1 à 10 et appuyez sur Entrée&#xa0;; effacez-le pour supprimer la note</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trim. précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>acc::RealityCheckView</name>
    <message>
        <source>Change the score of %1</source>
        <translation>Modifier la note de %1</translation>
    </message>
    <message>
        <source>Reality check</source>
        <translation>Bilan de réalité</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>La note n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo the last change of the scores (Ctrl+Z)</source>
        <translation>Annuler la dernière modification des notes (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>La rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Reality check scores</source>
        <translation>Notes du bilan de réalité</translation>
    </message>
    <message>
        <source>Radar chart of the scores</source>
        <translation>Graphique radar des notes</translation>
    </message>
    <message>
        <source>&amp;Note on %1:</source>
        <translation>&amp;Commentaire sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Reality check %1</source>
        <translation>Bilan de réalité %1</translation>
    </message>
    <message>
        <source>Open a company to score its reality check.</source>
        <translation>Ouvrez une entreprise pour noter son bilan de réalité.</translation>
    </message>
    <message>
        <source>%1 of 7 dimensions scored for %2. Type a score from 1 to 10 and press Enter: it is saved at once.</source>
        <translation>Dimensions notées pour %2&#xa0;: %1 sur 7. Saisissez une note de 1 à 10 et appuyez sur Entrée&#xa0;: elle est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Average %1 (last quarter %2).</source>
        <translation>Moyenne %1 (trimestre précédent %2).</translation>
    </message>
    <message>
        <source>Average %1.</source>
        <translation>Moyenne %1.</translation>
    </message>
    <message>
        <source>reality-check-%1.csv</source>
        <translation>bilan-de-realite-%1.csv</translation>
    </message>
    <message>
        <source>Export the reality check as CSV</source>
        <translation>Exporter le bilan de réalité en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Le tableau n&apos;a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>acc::RealityRadarChart</name>
    <message>
        <source>%1 (this quarter)</source>
        <translation>%1 (ce trimestre)</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>%1 (last quarter)</source>
        <translation>%1 (trimestre précédent)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Reality check %1 against %2</source>
        <translation>Bilan de réalité %1 vs %2</translation>
    </message>
    <message>
        <source>Reality check</source>
        <translation>Bilan de réalité</translation>
    </message>
</context>
<context>
    <name>acc::ReasonParetoChart</name>
    <message>
        <source>Why customers left</source>
        <translation>Pourquoi les clients sont partis</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Part cumulée (%)</translation>
    </message>
    <message>
        <source>Lost value (%1)</source>
        <translation>Valeur perdue (%1)</translation>
    </message>
    <message>
        <source>No losses</source>
        <translation>Aucune perte</translation>
    </message>
</context>
<context>
    <name>acc::ReasonParetoModel</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Part cumulée</translation>
    </message>
</context>
<context>
    <name>acc::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No companies opened yet</source>
        <translation>Aucune entreprise ouverte pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Company not found</source>
        <translation>Entreprise introuvable</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved, renamed or deleted.

It has been removed from File &gt; Open Recent. Open it where it is now with File &gt; Open database.</source>
        <translation>%1 n’est plus là : le fichier a été déplacé, renommé ou supprimé.

Il a été retiré de Fichier &gt; Ouvrir un fichier récent. Ouvrez-le là où il se trouve avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
</context>
<context>
    <name>acc::ReportView</name>
    <message>
        <source>the view &quot;%1&quot; has no table to export</source>
        <translation>la vue «&#xa0;%1&#xa0;» n&apos;a aucun tableau à exporter</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
</context>
<context>
    <name>acc::RulesEditor</name>
    <message>
        <source>texts, comma-separated</source>
        <translation>textes, séparés par des virgules</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 à 100</translation>
    </message>
    <message>
        <source>exact text</source>
        <translation>texte exact</translation>
    </message>
    <message>
        <source>a number, e.g. %1</source>
        <translation>un nombre, p. ex. %1</translation>
    </message>
    <message>
        <source>A customer is a best customer when</source>
        <translation>Un client est un meilleur client quand</translation>
    </message>
    <message>
        <source>a&amp;ll rules hold</source>
        <translation>t&amp;outes les règles sont remplies</translation>
    </message>
    <message>
        <source>an&amp;y rule holds</source>
        <translation>a&amp;u moins une règle est remplie</translation>
    </message>
    <message>
        <source>Match all rules</source>
        <translation>Toutes les règles doivent être remplies</translation>
    </message>
    <message>
        <source>Match any rule</source>
        <translation>Au moins une règle doit être remplie</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>Adds a rule after the current one (Insert)</source>
        <translation>Ajoute une règle après la règle courante (Inser)</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>Removes the current rule</source>
        <translation>Supprime la règle courante</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Rule %1: attribute</source>
        <translation>Règle %1&#xa0;: attribut</translation>
    </message>
    <message>
        <source>Rule %1: operator</source>
        <translation>Règle %1&#xa0;: opérateur</translation>
    </message>
    <message>
        <source>Rule %1: value</source>
        <translation>Règle %1&#xa0;: valeur</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <source>Change the attribute of rule %1</source>
        <translation>Modifier l&apos;attribut de la règle %1</translation>
    </message>
    <message>
        <source>Change the operator of rule %1</source>
        <translation>Modifier l&apos;opérateur de la règle %1</translation>
    </message>
    <message>
        <source>Type the value of rule %1</source>
        <translation>Saisir la valeur de la règle %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>No rules: every active customer counts. Add one with Add rule.</source>
        <translation>Aucune règle&#xa0;: tout client actif compte. Ajoutez-en une avec Ajouter une règle.</translation>
    </message>
    <message>
        <source>No rules: no customer counts. Add one with Add rule.</source>
        <translation>Aucune règle&#xa0;: aucun client ne compte. Ajoutez-en une avec Ajouter une règle.</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
</context>
<context>
    <name>acc::ScorecardModel</name>
    <message>
        <source>Customers as assets</source>
        <translation>Les clients comme actifs</translation>
    </message>
    <message>
        <source>Service performance</source>
        <translation>Performance du service</translation>
    </message>
    <message>
        <source>Customer listening</source>
        <translation>Écoute client</translation>
    </message>
    <message>
        <source>Operational metrics</source>
        <translation>Indicateurs opérationnels</translation>
    </message>
    <message>
        <source>Other figures with a target</source>
        <translation>Autres indicateurs avec objectif</translation>
    </message>
    <message>
        <source>Contacts: rescue</source>
        <translation>Contacts&#xa0;: sauvetage</translation>
    </message>
    <message>
        <source>Contacts: revenue</source>
        <translation>Contacts&#xa0;: vente</translation>
    </message>
    <message>
        <source>Contacts: request</source>
        <translation>Contacts&#xa0;: demande</translation>
    </message>
    <message>
        <source>Contacts: relationship</source>
        <translation>Contacts&#xa0;: relation</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Atteint</translation>
    </message>
    <message>
        <source>! At risk</source>
        <translation>! À risque</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Manqué</translation>
    </message>
    <message>
        <source>– No data</source>
        <translation>– Pas de données</translation>
    </message>
    <message>
        <source>no trend</source>
        <translation>pas de tendance</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
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
        <translation>pas d&apos;objectif</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>trend %1</source>
        <translation>tendance %1</translation>
    </message>
    <message>
        <source>%1 (%2); %3</source>
        <translation>%1 (%2)&#xa0;; %3</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mieux si plus bas</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mieux si plus haut</translation>
    </message>
    <message>
        <source>%1
Trend: %2</source>
        <translation>%1
Tendance&#xa0;: %2</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Aucun objectif défini</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n atteint</numerusform>
            <numerusform>%n atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n à risque</numerusform>
            <numerusform>%n à risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n manqué</numerusform>
            <numerusform>%n manqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n sans données</numerusform>
            <numerusform>%n sans données</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 target</source>
        <translation>%1 sur 1 objectif</translation>
    </message>
    <message>
        <source>%1 of %2 targets</source>
        <translation>%1 sur %2 objectifs</translation>
    </message>
</context>
<context>
    <name>acc::ScorecardView</name>
    <message>
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Set &amp;targets…</source>
        <translation>Définir les &amp;objectifs…</translation>
    </message>
    <message>
        <source>Open the Targets view to set this period&apos;s targets and owners</source>
        <translation>Ouvrir la vue Objectifs pour définir les objectifs et responsables de cette période</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Each figure&apos;s sparkline runs over the periods before this one; the dashed line is its target. Click a figure, or press Enter on it, to open the view that explains it.</source>
        <translation>La courbe de chaque indicateur couvre les périodes précédentes&#xa0;; la ligne pointillée est son objectif. Cliquez sur un indicateur, ou appuyez sur Entrée, pour ouvrir la vue qui l&apos;explique.</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>Tableau de bord, %1</translation>
    </message>
    <message>
        <source>Open a company to see its scorecard.</source>
        <translation>Ouvrez une entreprise pour voir son tableau de bord.</translation>
    </message>
    <message>
        <source>trend since %1</source>
        <translation>tendance depuis %1</translation>
    </message>
    <message>
        <source>No target set for this period; %1</source>
        <translation>Aucun objectif défini pour cette période&#xa0;; %1</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 atteint(s)</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 à risque</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 manqué(s)</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 sans données</translation>
    </message>
    <message>
        <source>%1 targets: %2; %3</source>
        <translation>%1 objectifs&#xa0;: %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>scorecard-%1.csv</source>
        <translation>tableau-de-bord-%1.csv</translation>
    </message>
    <message>
        <source>Export the scorecard as CSV</source>
        <translation>Exporter le tableau de bord en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Le tableau n&apos;a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>acc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No company is open: open one to change its settings.</source>
        <translation>Aucune entreprise n&apos;est ouverte&#xa0;: ouvrez-en une pour modifier ses paramètres.</translation>
    </message>
    <message>
        <source>This company (kept in its database, the same for everyone)</source>
        <translation>Cette entreprise (conservés dans sa base de données, identiques pour tous)</translation>
    </message>
    <message>
        <source>the company&apos;s name, on the window and every pack</source>
        <translation>le nom de l&apos;entreprise, affiché dans la fenêtre et dans chaque dossier</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency of every amount (EUR, USD, GBP, JPY…)</source>
        <translation>Le code ISO 4217 de la devise de tous les montants (EUR, USD, GBP, JPY…)</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A complaint resolved within this many days of its contact counts as resolved within the SLA</source>
        <translation>Une réclamation résolue dans ce nombre de jours après son contact compte comme résolue dans le SLA</translation>
    </message>
    <message>
        <source>Complaint &amp;SLA:</source>
        <translation>&amp;SLA des réclamations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>L&apos;&amp;exercice commence en&#xa0;:</translation>
    </message>
    <message>
        <source>You (kept on this computer)</source>
        <translation>Vous (conservé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Written on the criteria versions, actions and exit calls you save</source>
        <translation>Inscrit sur les versions de critères, actions et appels de départ que vous enregistrez</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is open read-only: its settings cannot be changed here.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: ses paramètres ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Quarters and years are calendar ones: 2026-Q1 is January to March 2026.</source>
        <translation>Les trimestres et les années sont civils&#xa0;: 2026-Q1 va de janvier à mars 2026.</translation>
    </message>
    <message>
        <source>A fiscal year is named by the year it ends in: 2026-Q1 is %1, and 2026 is %2.</source>
        <translation>Un exercice porte le nom de l&apos;année où il se termine&#xa0;: 2026-Q1 correspond à %1, et 2026 à %2.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast: black text, darker colours and visible rules</source>
        <translation>Contraste élevé&#xa0;: texte noir, couleurs plus sombres et traits visibles</translation>
    </message>
    <message>
        <source>&amp;Contrast:</source>
        <translation>&amp;Contraste&#xa0;:</translation>
    </message>
    <message>
        <source>A new language or contrast applies when Accountable starts again.</source>
        <translation>Une nouvelle langue ou un nouveau contraste s’applique au prochain démarrage d’Accountable.</translation>
    </message>
</context>
<context>
    <name>acc::SpendProgramModel</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Part des dépenses</translation>
    </message>
</context>
<context>
    <name>acc::SpendTrendModel</name>
    <message>
        <source>Revenue of the quarter divided by its spend</source>
        <translation>CA du trimestre divisé par ses dépenses</translation>
    </message>
    <message>
        <source>Spend of the quarter divided by the customers active at its end</source>
        <translation>Dépenses du trimestre divisées par les clients actifs à sa fin</translation>
    </message>
    <message>
        <source>Customers active at the quarter&apos;s start that it did not lose (1 - churn rate)</source>
        <translation>Clients actifs en début de trimestre qu&apos;il n&apos;a pas perdus (1 - taux d&apos;attrition)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Revenue per spend</source>
        <translation>CA par unité de dépense</translation>
    </message>
    <message>
        <source>Revenue
per spend</source>
        <translation>CA par
unité de dépense</translation>
    </message>
    <message>
        <source>Spend per active customer</source>
        <translation>Dépenses par client actif</translation>
    </message>
    <message>
        <source>Spend per
active customer</source>
        <translation>Dépenses par
client actif</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
</context>
<context>
    <name>acc::SpendView</name>
    <message>
        <source>Spend &amp; results</source>
        <translation>Dépenses &amp; résultats</translation>
    </message>
    <message>
        <source>Save the spend by program as a CSV file</source>
        <translation>Enregistrer les dépenses par programme dans un fichier CSV</translation>
    </message>
    <message>
        <source>Spend by program</source>
        <translation>Dépenses par programme</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>No spend in the period</source>
        <translation>Aucune dépense sur la période</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 of the spend</source>
        <translation>%1&#xa0;: %2, %3 des dépenses</translation>
    </message>
    <message>
        <source>Spend by &amp;program</source>
        <translation>Dépenses par &amp;programme</translation>
    </message>
    <message>
        <source>Program t&amp;able</source>
        <translation>&amp;Tableau des programmes</translation>
    </message>
    <message>
        <source>Spend and results by quarter</source>
        <translation>Dépenses et résultats par trimestre</translation>
    </message>
    <message>
        <source>Last 8 &amp;quarters</source>
        <translation>&amp;8 derniers trimestres</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>Spend in the period (%1)</source>
        <translation>Dépenses sur la période (%1)</translation>
    </message>
    <message>
        <source>No spend recorded for %1</source>
        <translation>Aucune dépense enregistrée pour %1</translation>
    </message>
    <message>
        <source>Spend against results, %1</source>
        <translation>Dépenses et résultats, %1</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Dépenses (%1)</translation>
    </message>
    <message>
        <source>Export the spend by program as CSV</source>
        <translation>Exporter les dépenses par programme en CSV</translation>
    </message>
    <message>
        <source>spend-%1.csv</source>
        <translation>depenses-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The table could not be saved.

%1</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>acc::TargetsModel</name>
    <message>
        <source>no company is open</source>
        <translation>aucune entreprise n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Set a target on %1 first, then its owner</source>
        <translation>Définissez d&apos;abord un objectif pour %1, puis son responsable</translation>
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
        <translation>pas de données</translation>
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
        <translation>%1 (clé METRICS.md&#xa0;: %2)&#xa0;; %3</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mieux si plus bas</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mieux si plus haut</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mieux si plus bas</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mieux si plus haut</translation>
    </message>
    <message>
        <source>Type the target and press Enter; clear it to remove the target</source>
        <translation>Saisissez l&apos;objectif et appuyez sur Entrée&#xa0;; effacez-le pour supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Atteint</translation>
    </message>
    <message>
        <source>! At risk</source>
        <translation>! À risque</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Manqué</translation>
    </message>
    <message>
        <source>– No data</source>
        <translation>– Pas de données</translation>
    </message>
    <message>
        <source>%1, %2: now %3; yours: %4</source>
        <translation>%1, %2&#xa0;: désormais %3&#xa0;; votre version&#xa0;: %4</translation>
    </message>
    <message>
        <source>Another desk saved these targets after you opened them:
%1
Your change was not saved.</source>
        <translation>Ces objectifs ont été enregistrés sur un autre poste après que vous les avez ouverts&#xa0;:
%1
Votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas d&apos;objectif</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (responsable&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>acc::TargetsView</name>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>The targets could not be saved: %1</source>
        <translation>Les objectifs n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set this period&apos;s targets to those of the period before (undoable)</source>
        <translation>Reprendre pour cette période les objectifs de la période précédente (annulable)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo the last change of the targets (Ctrl+Z)</source>
        <translation>Annuler la dernière modification des objectifs (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>La rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Only figures with a target</source>
        <translation>&amp;Seulement avec objectif</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Change a target</source>
        <translation>Modifier un objectif</translation>
    </message>
    <message>
        <source>Targets for %1</source>
        <translation>Objectifs pour %1</translation>
    </message>
    <message>
        <source>&amp;Copy from %1</source>
        <translation>&amp;Copier depuis %1</translation>
    </message>
    <message>
        <source>&amp;Copy from the period before</source>
        <translation>&amp;Copier la période précédente</translation>
    </message>
    <message>
        <source>Open a company to set its targets.</source>
        <translation>Ouvrez une entreprise pour définir ses objectifs.</translation>
    </message>
    <message>
        <source>Targets set: %1 of %2 figures. Type a target in its row and press Enter: it is saved at once and every view is judged against it. Clear a target to remove it.</source>
        <translation>Objectifs définis&#xa0;: %1 sur %2 indicateurs. Saisissez un objectif sur sa ligne et appuyez sur Entrée&#xa0;: il est enregistré aussitôt et chaque vue est évaluée par rapport à lui. Effacez un objectif pour le supprimer.</translation>
    </message>
    <message>
        <source>%1 has no targets to copy</source>
        <translation>%1 n&apos;a aucun objectif à copier</translation>
    </message>
    <message>
        <source>Copy the targets of %1</source>
        <translation>Copier les objectifs de %1</translation>
    </message>
    <message>
        <source>targets-%1.csv</source>
        <translation>objectifs-%1.csv</translation>
    </message>
    <message>
        <source>Export the targets as CSV</source>
        <translation>Exporter les objectifs en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved</source>
        <translation>Le tableau n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Targets changed on another desk</source>
        <translation>Objectifs modifiés sur un autre poste</translation>
    </message>
    <message>
        <source>Reloaded: the targets as saved on the other desk</source>
        <translation>Rechargés&#xa0;: les objectifs tels qu&apos;ils ont été enregistrés sur l&apos;autre poste</translation>
    </message>
</context>
<context>
    <name>acc::TouchpointModel</name>
    <message>
        <source>Contacts at the touchpoint in the period</source>
        <translation>Contacts au point de contact sur la période</translation>
    </message>
    <message>
        <source>Distinct customers with a contact there in the period</source>
        <translation>Clients distincts ayant eu un contact à ce point sur la période</translation>
    </message>
    <message>
        <source>Complaints as a share of the touchpoint&apos;s contacts</source>
        <translation>Réclamations en part des contacts du point de contact</translation>
    </message>
    <message>
        <source>Customers lost within 180 days after one of their contacts there</source>
        <translation>Clients perdus sous 180 jours après l&apos;un de leurs contacts à ce point</translation>
    </message>
    <message>
        <source>Share of the touchpoint&apos;s customers lost within 180 days after a contact there</source>
        <translation>Part des clients du point de contact perdus sous 180 jours après un contact à ce point</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Complaint share</source>
        <translation>Part des réclamations</translation>
    </message>
    <message>
        <source>Complaint
share</source>
        <translation>Part des
réclamations</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Lost
customers</source>
        <translation>Clients
perdus</translation>
    </message>
    <message>
        <source>Loss share</source>
        <translation>Part des pertes</translation>
    </message>
    <message>
        <source>Loss
share</source>
        <translation>Part des
pertes</translation>
    </message>
</context>
<context>
    <name>acc::ValueDemandMap</name>
    <message>
        <source>%1 best</source>
        <translation>meilleurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value vs demand, last 12 months</source>
        <translation>Valeur vs charge, 12 derniers mois</translation>
    </message>
    <message>
        <source>Active customers by revenue (rows) and contacts (columns). Click a cell for its customers.</source>
        <translation>Clients actifs par CA (lignes) et contacts (colonnes). Cliquez sur une cellule pour voir ses clients.</translation>
    </message>
    <message>
        <source>Active customers by revenue band and contacts</source>
        <translation>Clients actifs par tranche de CA et contacts</translation>
    </message>
    <message>
        <source>Click a cell, or press Enter on it, to list its customers</source>
        <translation>Cliquez sur une cellule, ou appuyez sur Entrée, pour lister ses clients</translation>
    </message>
    <message>
        <source>Show the c&amp;orner&apos;s customers</source>
        <translation>Clients de la &amp;zone</translation>
    </message>
    <message>
        <source>List the demanding high-value customers (outlined in red)</source>
        <translation>Lister les clients exigeants à forte valeur (encadrés en rouge)</translation>
    </message>
    <message>
        <source>No active customers.</source>
        <translation>Aucun client actif.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>1 or more contacts</source>
        <translation>1 contact ou plus</translation>
    </message>
    <message>
        <source>%1 or more contacts</source>
        <translation>%1 contacts ou plus</translation>
    </message>
    <message>
        <source>Demanding high-value corner (outlined in red): %1, %2 of them best, %3 revenue; the top 20 % by revenue (%4 or more) and by contacts (%5).</source>
        <translation>Zone exigeante à forte valeur (encadrée en rouge)&#xa0;: %1, dont %2 meilleurs, %3 de CA&#xa0;; le top 20&#xa0;% par CA (%4 ou plus) et par contacts (%5).</translation>
    </message>
</context>
<context>
    <name>acc::ValueDemandModel</name>
    <message>
        <source>Top 5 %</source>
        <translation>Top 5&#xa0;%</translation>
    </message>
    <message>
        <source>Top 5–20 %</source>
        <translation>Top 5–20&#xa0;%</translation>
    </message>
    <message>
        <source>Top 20–50 %</source>
        <translation>Top 20–50&#xa0;%</translation>
    </message>
    <message>
        <source>Lower 50 %</source>
        <translation>50&#xa0;% inférieurs</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Aucun CA</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
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
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>No revenue · %1 · last 12 months</source>
        <translation>Aucun CA · %1 · 12 derniers mois</translation>
    </message>
    <message>
        <source>%1 by revenue · %2 · last 12 months</source>
        <translation>%1 par CA · %2 · 12 derniers mois</translation>
    </message>
    <message>
        <source>%1
%2 customers, %3 of them best customers
%4 revenue in the last 12 months</source>
        <translation>%1
%2 clients, dont %3 meilleurs clients
%4 de CA sur les 12 derniers mois</translation>
    </message>
    <message>
        <source>Contacts in the last 12 months: %1</source>
        <translation>Contacts sur les 12 derniers mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Revenue in the last 12 months: %1 of active customers</source>
        <translation>CA sur les 12 derniers mois&#xa0;: %1 des clients actifs</translation>
    </message>
</context>
<context>
    <name>acc::charts::ChartCopyMenu</name>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>&amp;Copier le graphique en image</translation>
    </message>
</context>
</TS>
