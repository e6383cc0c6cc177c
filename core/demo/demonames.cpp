#include "demonames.h"

#include <array>

namespace acc::demo {

namespace {

QStringList words(std::initializer_list<const char *> utf8)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(utf8.size()));
    for (const char *w : utf8)
        list.append(QString::fromUtf8(w));
    return list;
}

// The parts names are built from. Patterns hold {S} (surname), {T} (another surname),
// {F} (first name), {W} and {X} (words of the trade).
struct NameParts
{
    QStringList surnames;
    QStringList firstNames;
    QStringList words;
    QStringList extras;
    QStringList person;
    QStringList company;
    QStringList shop;
};

const QString &any(const QStringList &list, Random &random)
{
    return list.at(random.below(static_cast<int>(list.size())));
}

QString fill(const QString &pattern, const NameParts &parts, Random &random)
{
    QString out;
    out.reserve(pattern.size() + 24);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        if (ch == QLatin1Char('{') && i + 2 < pattern.size() && pattern.at(i + 2) == QLatin1Char('}')) {
            const char key = pattern.at(i + 1).toLatin1();
            i += 2;
            switch (key) {
            case 'S':
                out += any(parts.surnames, random);
                break;
            case 'T':
                out += any(parts.surnames, random);
                break;
            case 'F':
                out += any(parts.firstNames, random);
                break;
            case 'W':
                out += any(parts.words, random);
                break;
            default:
                out += any(parts.extras.isEmpty() ? parts.words : parts.extras, random);
                break;
            }
        } else {
            out += ch;
        }
    }
    return out;
}

const std::array<NameParts, kLocaleCount> &allParts()
{
    static const std::array<NameParts, kLocaleCount> parts{{
        // English
        {words({"Smith", "Clarke", "O'Brien", "Taylor", "Walker", "Harris", "Hughes", "Patel", "Murphy",
                "Thompson", "Wright", "Evans", "Campbell", "MacLeod", "Jones", "Bennett"}),
         words({"Oliver", "Emily", "James", "Charlotte", "Liam", "Zoë", "Noah", "Amelia", "Harry", "Chloe",
                "Siobhán", "Grace"}),
         words({"Summit", "Trailhead", "Highland", "Northern", "Riverside", "Peak", "Coastal", "Evergreen",
                "Basecamp", "Ridgeway"}),
         {},
         words({"{F} {S}"}),
         words({"{S} Ltd", "{S} & Sons Ltd", "{W} Outdoor Ltd", "{W} Supplies Ltd", "{S}, {T} & Partners",
                "{W} Trading Company", "{S} Inc.", "{W} Group plc"}),
         words({"{F}'s Café", "{W} Bike Shop", "{S}'s Hardware", "The {W} Store"})},
        // German
        {words({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                "Hoffmann", "Köhler", "Groß", "Krüger", "Böhm", "Weiß", "Schäfer", "Jäger", "Hübner"}),
         words({"Jürgen", "Anna", "Lukas", "Sophie", "Jörg", "Maximilian", "Lena", "Günther", "Käthe",
                "Felix", "Hannah", "Ulrike", "Matthias", "Sabine"}),
         words({"Bergsport", "Outdoor", "Handel", "Logistik", "Sportgeräte", "Alpin", "Reisebedarf",
                "Wanderwelt", "Sporthaus"}),
         {},
         words({"{F} {S}"}),
         words(
             {"{S} GmbH", "{S} GmbH", "{S} & {T} KG", "{W} {S} GmbH", "{S} {W} AG", "{W} {S} GmbH & Co. KG"}),
         words({"Bäckerei {S}", "Café {S}", "{W} {S} e.K.", "Fahrradladen {S}"})},
        // French
        {words({"Dubois", "Lefèvre", "Moreau", "Girard", "Bérenger", "Fournier", "Rousseau", "Chevalier",
                "Lambert", "Mercier", "Fontaine", "Leroy", "Gauthier", "Faure", "Rémy"}),
         words({"Jérôme", "Amélie", "Hélène", "François", "Zoë", "Chloé", "Noël", "Élodie", "Benoît", "Léa",
                "Maël", "Cécile"}),
         words({"Montagne", "Randonnée", "Sports", "Évasion", "Alpes", "Découverte", "Nature", "Équipement"}),
         {},
         words({"{F} {S}"}),
         words({"{S} SARL", "Établissements {S}", "{W} {S} SA", "Société {S} & Fils", "{S} {W} SAS"}),
         words({"Café {S}", "Boutique {W}", "Librairie {S}", "Chez {F}"})},
        // Spanish
        {words({"García", "Fernández", "López", "Martínez", "Muñoz", "Peña", "Ibáñez", "Sánchez", "Gómez",
                "Díaz", "Rodríguez", "Núñez"}),
         words({"José", "María", "Begoña", "Íñigo", "Lucía", "Álvaro", "Sofía", "Andrés", "Nuria", "Jesús"}),
         words({"Aventura", "Deportes", "Montaña", "Sierra", "Senderos", "Náutica"}),
         {},
         words({"{F} {S}", "{F} {S} {T}"}),
         words({"{S} y {T} S.L.", "Deportes {S} S.A.", "{W} {S} S.L.", "Comercial {S} S.L."}),
         words({"Bar {S}", "Ferretería {S}", "Tienda {W}"})},
        // Italian
        {words({"Rossi", "Bianchi", "Ricci", "Esposito", "Colombo", "De Luca", "Romano", "Gallo", "Conti",
                "Marino", "Greco", "Bruno"}),
         words(
             {"Niccolò", "Giulia", "Luca", "Francesca", "Matteo", "Chiara", "Lorenzo", "Martina", "Andrea"}),
         words({"Montagna", "Sport", "Avventura", "Dolomiti", "Sentieri", "Vetta"}),
         {},
         words({"{F} {S}"}),
         words({"{S} S.r.l.", "{S} & Figli S.p.A.", "{W} {S} S.r.l.", "Fratelli {S} S.n.c."}),
         words({"Caffè {S}", "Bottega {W}", "Ferramenta {S}"})},
        // Nordic
        {words({"Ørsted", "Søndergaard", "Kjær", "Lindqvist", "Åberg", "Sjöberg", "Nyström", "Håkansson",
                "Bjørnstad", "Dahl", "Strøm", "Næss", "Løvgren", "Mørch", "Jönsson", "Ekström", "Berg",
                "Holm"}),
         words({"Søren", "Åsa", "Björn", "Kjell", "Maja", "Frøya", "Ingrid", "Lærke", "Mads", "Sigrid",
                "Oskar", "Astrid", "Jørgen", "Linnéa"}),
         words({"Fjell", "Friluft", "Sport", "Handel", "Turistik", "Nordkap", "Skog", "Fjord", "Vinter"}),
         {},
         words({"{F} {S}"}),
         words({"{S} A/S", "{S} ApS", "{S} AB", "{S} AS", "Nordisk {W} A/S", "{S} & {T} AS", "{S} {W} AB"}),
         words({"{W}butikken {S}", "Café {S}", "{S}s Cykler"})},
        // Dutch
        {words({"de Vries", "van der Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                "Mulder", "van IJssel", "Dekker", "Hendriks"}),
         words({"Daan", "Sanne", "Bram", "Femke", "Joost", "Lotte", "Sem", "IJsbrand"}),
         words({"Buitensport", "Handel", "Kampeer", "Wandel", "Fiets"}),
         {},
         words({"{F} {S}"}),
         words({"{S} B.V.", "{W} {S} B.V.", "{S} & Zn. B.V.", "Firma {S}"}),
         words({"Fietsenwinkel {S}", "Café {S}", "{W}winkel {S}"})},
        // Polish
        {words({"Nowak", "Wójcik", "Woźniak", "Mazur", "Krawczyk", "Żak", "Kaczmarek", "Piątek", "Wróbel",
                "Sikora", "Dudek", "Kołodziej", "Zając", "Król", "Jaworek"}),
         words({"Łukasz", "Małgorzata", "Paweł", "Zofia", "Jędrzej", "Agnieszka", "Michał", "Katarzyna",
                "Grzegorz", "Zuzanna", "Wojciech"}),
         words({"Górski", "Turystyka", "Sport", "Handel", "Ekspres", "Szlak"}),
         {},
         words({"{F} {S}"}),
         words({"{S} Sp. z o.o.", "P.H.U. {S}", "{W} {S} S.A.", "{S} i Wspólnicy Sp.j.",
                "{W}-Łódź Sp. z o.o."}),
         words({"Sklep {W} {S}", "Kawiarnia u {S}", "Serwis Rowerowy {S}"})},
        // Czech
        {words({"Novák", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Růžička",
                "Pokorný", "Svoboda", "Šťastný", "Kříž"}),
         words({"Jiří", "Petr", "Zdeněk", "Tomáš", "Ondřej", "Václav", "Lukáš", "Radek", "Jan"}),
         words({"Horské sporty", "Turistika", "Obchod", "Outdoor", "Šumava"}),
         {},
         words({"{F} {S}"}),
         words({"{S} s.r.o.", "{S} a.s.", "{W} {S} s.r.o.", "{S} & syn s.r.o."}),
         words({"Kavárna {S}", "Železářství {S}", "Cyklo {S}"})},
        // Greek
        {words({"Γεωργίου", "Νικολάου", "Κωνσταντίνου", "Ιωάννου", "Δημητρίου", "Οικονόμου", "Αλεξίου",
                "Παππά", "Αθανασίου"}),
         words({"Αθηνά", "Δημήτρης", "Ελένη", "Γιώργος", "Μαρία", "Νίκος", "Σοφία", "Κώστας"}),
         words({"Αθηνά", "Όλυμπος", "Ερμής", "Ποσειδών", "Αιγαίο", "Ήλιος"}),
         {},
         words({"{F} {S}"}),
         words({"{W} Α.Ε.", "{S} Ο.Ε.", "{W} Εμπορική Α.Ε.", "{S} & ΣΙΑ Ε.Ε."}),
         words({"Καφενείο {W}", "Κατάστημα {S}"})},
        // Japanese
        {words({"田中", "佐藤", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"}),
         words({"太郎", "花子", "一郎", "美咲", "健太", "さくら", "翔", "陽子"}),
         words({"東京", "大阪", "京都", "札幌", "横浜", "名古屋", "福岡", "神戸"}),
         words({"トレーディング", "スポーツ", "商事", "アウトドア", "物産", "山岳用品"}), words({"{S} {F}"}),
         words({"{W}{X}株式会社", "株式会社{S}{X}", "{S}{X}有限会社"}), words({"{S}商店", "カフェ{W}"})},
        // Arabic
        {words({"العلي", "حسن", "الخطيب", "منصور", "الحداد", "سليمان"}),
         words({"محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم"}),
         words({"النور", "الخليج", "الأمل", "الصحراء", "الشرق"}),
         {},
         words({"{F} {S}"}),
         words({"شركة {W} للتجارة", "مؤسسة {W}", "{S} وشركاه"}),
         words({"مقهى {W}", "متجر {S}"})},
        // Hebrew
        {words({"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם"}),
         words({"דוד", "שירה", "יוסי", "נועה", "אורי", "תמר"}),
         words({"אופק", "גליל", "כרמל", "נגב", "ים"}),
         {},
         words({"{F} {S}"}),
         words({"{W} סחר בע\"מ", "{S} ובניו בע\"מ", "{W} ציוד טיולים"}),
         words({"קפה {W}", "חנות {S}"})},
    }};
    return parts;
}

// Comments per locale, in the order of Tone; some languages have several per tone.
struct CommentSet
{
    std::array<QStringList, 5> byTone;
};

const std::array<CommentSet, kLocaleCount + 1> &allComments()
{
    static const std::array<CommentSet, kLocaleCount + 1> sets{{
        // English
        {{words({"Great service, always on time.", "Friendly people and quick answers, thank you!",
                 "Best outfitter we have worked with."}),
          words({"Good products, the web shop could be easier.", "OK overall. Prices went up a bit."}),
          words({"The delivery was late again and nobody called us back.",
                 "They said \"next week\", three weeks ago.",
                 "Delivery late.\nInvoice wrong too. We are looking at other suppliers."}),
          words({"Invoice was wrong twice, had to chase the credit note."}),
          words({"Too expensive for what we get."})}},
        // German
        {{words({"Sehr zufrieden, schnelle Lieferung und freundlicher Service."}),
          words({"Gute Qualität, aber die Preise sind gestiegen."}),
          words({"Die Lieferung kam zum dritten Mal zu spät. Ärgerlich!"}),
          words({"Rechnung war fehlerhaft, die Gutschrift fehlt immer noch."}),
          words({"Zu teuer im Vergleich zur Konkurrenz."})}},
        // French
        {{words({"Très satisfaits, l'équipe est réactive et aimable."}),
          words({"Produits corrects, délais un peu longs."}),
          words({"Livraison en retard, et personne ne nous a rappelés."}),
          words({"Facture erronée, nous attendons toujours l'avoir."}),
          words({"Trop cher pour la qualité reçue."})}},
        // Spanish
        {{words({"¡Excelente atención, todo llegó a tiempo!"}),
          words({"Buen producto, pero el envío tardó más de lo previsto."}),
          words({"El pedido llegó tarde e incompleto."}),
          words({"La factura tenía errores y nadie respondió."}),
          words({"Demasiado caro; la competencia ofrece más."})}},
        // Italian
        {{words({"Servizio ottimo, consegna puntualissima."}),
          words({"Tutto bene, ma il sito è poco chiaro."}),
          words({"Consegna in ritardo di due settimane, inaccettabile."}),
          words({"Fattura sbagliata, ancora in attesa della nota di credito."}),
          words({"Prezzi troppo alti rispetto alla qualità."})}},
        // Nordic: Swedish
        {{words({"Mycket nöjda, snabb leverans och trevlig personal."}),
          words({"Bra produkter men lite dyrt."}),
          words({"Leveransen kom för sent igen, och ingen hörde av sig."}),
          words({"Fakturan var fel för andra gången i rad."}),
          words({"För dyrt jämfört med konkurrenterna."})}},
        // Dutch
        {{words({"Prima service, snelle levering."}),
          words({"Goede producten, maar de prijzen zijn gestegen."}),
          words({"De levering was weer te laat."}), words({"De factuur klopte niet."}),
          words({"Te duur vergeleken met de concurrentie."})}},
        // Polish
        {{words({"Świetna obsługa, dostawa zawsze na czas."}), words({"Dobre produkty, ale ceny wzrosły."}),
          words({"Dostawa znów się spóźniła, nikt nie oddzwonił."}),
          words({"Błędna faktura, nadal czekamy na korektę."}),
          words({"Za drogo w porównaniu z konkurencją."})}},
        // Czech
        {{words({"Skvělé služby, rychlé dodání."}), words({"Dobré zboží, ale ceny stouply."}),
          words({"Dodávka opět přišla pozdě a nikdo se neozval."}),
          words({"Faktura byla chybná, dobropis stále nepřišel."}),
          words({"Příliš drahé ve srovnání s konkurencí."})}},
        // Greek
        {{words({"Εξαιρετική εξυπηρέτηση, γρήγορη παράδοση."}),
          words({"Καλά προϊόντα, αλλά οι τιμές ανέβηκαν."}), words({"Η παράδοση καθυστέρησε ξανά."}),
          words({"Το τιμολόγιο ήταν λάθος."}), words({"Πολύ ακριβό σε σχέση με τον ανταγωνισμό."})}},
        // Japanese
        {{words({"いつも迅速な対応に感謝しています。"}), words({"商品は良いですが、価格が少し高いです。"}),
          words({"配送がまた遅れました。連絡もありませんでした。"}), words({"請求書に誤りがありました。"}),
          words({"他社と比べて高すぎます。"})}},
        // Arabic
        {{words({"خدمة ممتازة وتوصيل سريع."}), words({"منتجات جيدة لكن الأسعار مرتفعة قليلاً."}),
          words({"تأخر التوصيل مرة أخرى."}), words({"الفاتورة كانت خاطئة."}),
          words({"الأسعار مرتفعة جداً مقارنة بالمنافسين."})}},
        // Hebrew
        {{words({"שירות מצוין ומשלוח מהיר."}), words({"מוצרים טובים, אבל המחירים עלו."}),
          words({"המשלוח שוב איחר."}), words({"החשבונית הייתה שגויה."}), words({"יקר מדי לעומת המתחרים."})}},
        // Danish (the second Nordic language)
        {{words({"Rigtig god service, hurtig levering."}), words({"Fine produkter, men priserne er steget."}),
          words({"Leveringen var forsinket igen, og ingen ringede tilbage."}),
          words({"Fakturaen var forkert, vi venter stadig på kreditnotaen."}),
          words({"For dyrt i forhold til konkurrenterne."})}},
    }};
    return sets;
}

const NameParts &partsOf(Locale locale)
{
    return allParts()[static_cast<std::size_t>(locale)];
}

} // namespace

QString personName(Locale locale, Random &random)
{
    const NameParts &parts = partsOf(locale);
    return fill(any(parts.person, random), parts, random);
}

QString companyName(Locale locale, Random &random)
{
    const NameParts &parts = partsOf(locale);
    return fill(any(parts.company, random), parts, random);
}

QString shopName(Locale locale, Random &random)
{
    const NameParts &parts = partsOf(locale);
    return fill(any(parts.shop, random), parts, random);
}

QString comment(Locale locale, Tone tone, Random &random)
{
    std::size_t set = static_cast<std::size_t>(locale);
    if (locale == Locale::Nordic && random.chance(0.5))
        set = kLocaleCount; // Danish
    return any(allComments()[set].byTone[static_cast<std::size_t>(tone)], random);
}

const QList<ShowcaseName> &showcaseNames()
{
    // Regions: 0 North, 1 South, 2 East, 3 West, 4 Central, 5 International.
    static const QList<ShowcaseName> names{
        {QString::fromUtf8("Müller GmbH"), Locale::German, 4, false},
        {QString::fromUtf8("Société Générale"), Locale::French, 3, false},
        {QString::fromUtf8("東京トレーディング株式会社"), Locale::Japanese, 5, false},
        {QString::fromUtf8("Αθηνά Α.Ε."), Locale::Greek, 1, false},
        {QString::fromUtf8("Zoë's Café"), Locale::English, 3, false},
        {QString::fromUtf8("Ørsted Friluft A/S"), Locale::Nordic, 0, false},
        {QString::fromUtf8("Łódzkie Zakłady Górskie Sp. z o.o."), Locale::Polish, 2, false},
        {QString::fromUtf8("Dvořák & syn s.r.o."), Locale::Czech, 2, false},
        {QString::fromUtf8("شركة النور للتجارة"), Locale::Arabic, 5, false},
        {QString::fromUtf8("אופק סחר בע\"מ"), Locale::Hebrew, 5, false},
        {QString::fromUtf8("Smith, Jones & Partners"), Locale::English, 3, false},
        {QString::fromUtf8("Åsa Sjöberg"), Locale::Nordic, 0, true},
    };
    return names;
}

} // namespace acc::demo
