#include "generator/SeedGenerator.h"

#include "badger/BadgerSimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

// splitmix64: tiny, well distributed, and the same on every platform (std distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString& pick(const QStringList& list) { return list.at(below(static_cast<int>(list.size()))); }
    QString ghlId()
    {
        static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
        QString id;
        for (int i = 0; i < 20; ++i)
            id += alphabet.at(below(static_cast<int>(alphabet.size())));
        return id;
    }

private:
    quint64 m_state;
};

enum Culture { English, Spanish, Arabic, Hebrew, Cjk, European, CultureCount };

const QStringList& firstNames(int culture)
{
    static const QList<QStringList> pools = {
        {u"James"_s, u"Mary"_s, u"Robert"_s, u"Patricia"_s, u"Michael"_s, u"Linda"_s, u"David"_s, u"Jennifer"_s,
         u"Avery"_s, u"Jordan"_s, u"Taylor"_s, u"Morgan"_s},
        {u"María José"_s, u"José Luis"_s, u"Lucía"_s, u"Andrés"_s, u"Sofía"_s, u"Martín"_s, u"Ximena"_s},
        {u"نور"_s, u"محمد"_s, u"فاطمة"_s, u"عمر"_s, u"ليلى"_s, u"يوسف"_s},
        {u"שירה"_s, u"נועה"_s, u"דוד"_s, u"יונתן"_s, u"מיכל"_s, u"אביגיל"_s},
        {u"小明"_s, u"花子"_s, u"민준"_s, u"美咲"_s, u"伟"_s, u"서연"_s},
        {u"Zoë"_s, u"Bjørn"_s, u"Łukasz"_s, u"Ægir"_s, u"Renée"_s, u"Søren"_s, u"Çağla"_s},
    };
    return pools.at(culture);
}

const QStringList& lastNames(int culture)
{
    static const QList<QStringList> pools = {
        {u"Smith"_s, u"Johnson"_s, u"Brown"_s, u"Miller"_s, u"Davis"_s, u"Wilson"_s, u"Anderson"_s, u"Moore"_s,
         u"O'Brien"_s, u"McAllister"_s, u"Van der Berg"_s},
        {u"García"_s, u"Rodríguez"_s, u"Hernández"_s, u"López"_s, u"Muñoz"_s, u"Peña"_s},
        {u"الهاشمي"_s, u"العتيبي"_s, u"حداد"_s, u"منصور"_s, u"السيد"_s},
        {u"כהן"_s, u"לוי"_s, u"מזרחי"_s, u"פרץ"_s, u"ביטון"_s},
        {u"王"_s, u"佐藤"_s, u"김"_s, u"李"_s, u"鈴木"_s, u"박"_s},
        {u"Müller"_s, u"Ødegård"_s, u"Wiśniewski"_s, u"Dvořák"_s, u"Nuñez-Çelik"_s},
    };
    return pools.at(culture);
}

const QStringList& businessNames(int culture)
{
    static const QList<QStringList> pools = {
        {u"Blue Harbor Veterinary"_s, u"Cedar Point Pharmacy"_s, u"Acme Dental Supply"_s, u"Lakeside Hardware"_s,
         u"Prairie Wind Clinic"_s, u"O'Malley & Sons <Hardware>"_s, u"Café \"Le Zinc\""_s},
        {u"Panadería La Esperanza"_s, u"Clínica Dental Sonrisa"_s, u"Taquería El Güero 🌮"_s},
        {u"مخبز النور"_s, u"صيدلية الشفاء"_s, u"مطعم الياسمين 🌙"_s},
        {u"קפה השכונה"_s, u"מרפאת השרון"_s, u"פיצה בן יהודה 🍕"_s},
        {u"東京ラーメン"_s, u"서울 치킨 🍗"_s, u"上海書店"_s, u"さくら歯科"_s},
        {u"Bäckerei Müller ☕"_s, u"Øresund Fisk"_s, u"Żabka Łódź"_s, u"Crème Brûlée & Co"_s},
    };
    return pools.at(culture);
}

struct City
{
    const char16_t* name;
    const char16_t* state;
    const char16_t* zip;
    const char16_t* area;
};

const City kCities[] = {
    {u"Springfield", u"IL", u"62701", u"217"}, {u"Peoria", u"IL", u"61602", u"309"},
    {u"Chicago", u"IL", u"60611", u"312"},     {u"Kansas City", u"MO", u"64106", u"816"},
    {u"Saginaw", u"MI", u"48601", u"989"},     {u"Carlsbad", u"CA", u"92008", u"760"},
    {u"Austin", u"TX", u"78701", u"512"},      {u"Denver", u"CO", u"80202", u"303"},
    {u"Portland", u"OR", u"97204", u"503"},    {u"Miami", u"FL", u"33130", u"305"},
    {u"Seattle", u"WA", u"98101", u"206"},     {u"Boston", u"MA", u"02108", u"617"},
};
constexpr int kCityCount = static_cast<int>(sizeof(kCities) / sizeof(kCities[0]));

const QStringList kStreets = {u"Main St"_s,  u"Oak Ave"_s,        u"Example Blvd"_s, u"Sample Street"_s,
                              u"Maple Dr"_s, u"Cedar Ln"_s,       u"Lakeshore Dr"_s, u"Market St"_s,
                              u"Elm St"_s,   u"Washington Ave"_s, u"Prairie Rd"_s,   u"Harbor Way"_s};

const QStringList kCheckinTypes = {u"Drop-in"_s, u"Meeting"_s, u"Phone Call"_s, u"Follow-up"_s, u"Closed Won"_s};
const QStringList kStatuses = {u"Active"_s, u"Prospect"_s, u"Customer"_s, u"Churned"_s};
const QStringList kNextSteps = {u"Schedule demo"_s, u"Send quote"_s, u"Drop off a sample"_s, u"Call back"_s};
const QStringList kRegions = {u"North"_s, u"South"_s, u"East"_s, u"West"_s, u"Central"_s};
const QStringList kTags = {u"customer"_s,   u"prospect"_s, u"vip"_s, u"follow-up"_s,
                           u"newsletter"_s, u"مميز"_s,     u"重要"_s};
const QStringList kComments = {
    u"Dropped off brochures; office manager out until Friday."_s,
    u"Reviewed pricing sheet, follow up with quote next week."_s,
    u"Left samples at front desk."_s,
    u"Owner asked for a call back after 3pm — prefers text."_s,
    u"Met with José at the counter; wants the spring catalogue 📦"_s,
    u"تمت زيارة المتجر وترك العينات"_s,
    u"נפגשנו עם המנהלת, לחזור בשבוע הבא"_s,
    u"店長と面談。来週見積もりを送る。"_s,
    QString(),
};
const QStringList kLongTextLines = {
    u"Visit log continued: discussed delivery windows, invoices and the loading dock. "_s,
    u"العميل يفضل الزيارات الصباحية ويطلب عرض سعر محدث. "_s,
    u"הלקוח ביקש להחליף את איש הקשר ולעדכן את הכתובת. "_s,
    u"担当者は午前中の訪問を希望。在庫確認が必要。 "_s,
    u"Emoji check 👩‍👩‍👧‍👦🇺🇸🏳️‍🌈 and combining marks: Zoë, Zoe\u0308, ñ. "_s,
    u"Quotes \"double\" and 'single', <angle> & ampersand, tab\tand backslash \\ kept as typed.\n"_s,
};

enum Kind {
    MatchEmail, // same email on both sides
    MatchEmailCase, // same email, different letter case
    MatchPhone, // phone only, formatted differently; Badger account is business-style
    MatchNameAddress, // name + address only: Badger has no email and no phone
    OneSideEach, // a GHL-only contact and a Badger-only account (different people)
    MatchEmailRtlLong, // right-to-left names, 20,000-character notes and comments
    MatchEmailCjkNoPhone, // CJK/emoji business, no phone on either side
    BadgerDuplicateCase, // Badger: the slot-0 person again, email in other case; GHL: Hebrew + emoji, no email
    MatchEmailEuropean, // diacritics; phone formats differ
    Hostile, // no email and no phone on either side; markup and quotes; one side only each
    KindCount
};

struct Person
{
    QString first;
    QString last;
    QString company;
    QString email; // canonical; empty when the person has none
    QString phone; // 10 national digits; empty when none
    QString street;
    int city = 0;
    int culture = English;
};

QString asciiFold(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out += c.toLower();
    }
    return out;
}

Person makePerson(Rng& rng, int index, int culture)
{
    Person p;
    p.culture = culture;
    p.first = rng.pick(firstNames(culture));
    p.last = rng.pick(lastNames(culture));
    p.company = rng.pick(businessNames(culture));
    const QString local = asciiFold(p.first) + u'.' + asciiFold(p.last);
    const QStringList domains = {u"example.com"_s, u"example.org"_s, u"example.net"_s};
    p.email = (local.size() > 3 ? local : u"client"_s) + QString::number(index) + u'@' + rng.pick(domains);
    p.city = rng.below(kCityCount);
    // 555-0100..0199 are reserved for fiction; past 100 records the line runs 1000..9999 so no two indices share one.
    const int line = index < 100 ? 100 + index : 1000 + (index - 100) % 9000;
    p.phone = QString::fromUtf16(kCities[p.city].area) + u"555"_s + QString::number(line).rightJustified(4, u'0');
    p.street = QString::number(100 + rng.below(9800)) + u' ' + rng.pick(kStreets);
    return p;
}

enum PhoneFormat { E164, Parens, Dashes, Dots, IntlSpaced, Bare };

QString formatPhone(const QString& digits, PhoneFormat format)
{
    const QString a = digits.left(3);
    const QString b = digits.mid(3, 3);
    const QString c = digits.mid(6);
    switch (format) {
    case E164:
        return u"+1"_s + digits;
    case Parens:
        return u'(' + a + u") "_s + b + u'-' + c;
    case Dashes:
        return a + u'-' + b + u'-' + c;
    case Dots:
        return a + u'.' + b + u'.' + c;
    case IntlSpaced:
        return u"+1 "_s + a + u'-' + b + u'-' + c;
    case Bare:
        break;
    }
    return digits;
}

// Flips the case of the letters of an email so only a case-insensitive comparison still matches.
QString otherCase(const QString& email)
{
    QString out = email;
    bool upper = true;
    for (QChar& c : out) {
        if (c.isLetter()) {
            c = upper ? c.toUpper() : c.toLower();
            upper = !upper;
        }
    }
    return out == email ? email.toUpper() : out;
}

QString longText(Rng& rng, int length)
{
    QString out;
    int line = 0;
    while (out.size() < length)
        out += u'[' + QString::number(++line) + u"] "_s + rng.pick(kLongTextLines);
    out.truncate(length);
    if (out.at(out.size() - 1).isHighSurrogate())
        out.chop(1);
    return out;
}

QString ghlTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString badgerTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}
QString badgerLogTime(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
}

QJsonObject badgerProfile()
{
    const auto text = [](const QString& name, const QString& label, int position, const QStringList& values) {
        QJsonArray v;
        for (const QString& s : values)
            v.append(QJsonObject {{u"text"_s, s}, {u"value"_s, s}});
        return QJsonObject {{u"name"_s, name},         {u"label"_s, label},
                            {u"type"_s, u"text"_s},    {u"filterable"_s, true},
                            {u"position"_s, position}, {u"has_data"_s, true},
                            {u"values"_s, v},          {u"is_user_can_add_new_text_values"_s, true}};
    };
    const auto numeric = [](const QString& name, const QString& label, int position, QJsonValue min, QJsonValue max) {
        return QJsonObject {{u"name"_s, name},
                            {u"label"_s, label},
                            {u"type"_s, u"numeric"_s},
                            {u"filterable"_s, true},
                            {u"position"_s, position},
                            {u"has_data"_s, true},
                            {u"min"_s, min},
                            {u"max"_s, max},
                            {u"rawmin"_s, min},
                            {u"rawmax"_s, max},
                            {u"is_user_can_add_new_text_values"_s, false}};
    };
    return QJsonObject {
        {u"id"_s, 5001},
        {u"first_name"_s, u"Sam"_s},
        {u"last_name"_s, u"Manager"_s},
        {u"email"_s, QString::fromLatin1(GeneratedSeedCredentials::kBadgerUsername)},
        {u"company"_s,
         QJsonObject {
             {u"id"_s, 9001}, {u"short_name"_s, u"fieldbridge sandbox"_s}, {u"name"_s, u"Fieldbridge Sandbox Co"_s}}},
        {u"completed"_s, true},
        {u"trial_days_left"_s, 0},
        {u"has_data"_s, true},
        {u"default_appt_length"_s, 30},
        {u"is_manager"_s, true},
        {u"manager"_s, QJsonValue::Null},
        {u"crm_type"_s, QString()},
        {u"crm_base_url"_s, QString()},
        {u"crm_editable_fields_list"_s, QJsonArray()},
        {u"crm_creatable_fields_list"_s, QJsonArray()},
        {u"map_start"_s, u"POINT (-96.6573846999999944 39.4662621000000016)"_s},
        {u"map_start_zoom"_s, 5},
        {u"marker_icon"_s, u"ic_default"_s},
        {u"is_user_can_edit"_s, true},
        {u"is_user_can_delete_checkins"_s, true},
        {u"is_user_can_add_new_text_values"_s, true},
        {u"is_hide_referral_ios_banner"_s, false},
        {u"referral_url"_s, u"https://sidekick.badgermapping.com/r/sandbox/"_s},
        {u"apptlog_fields"_s,
         QJsonArray {QJsonObject {{u"name"_s, u"log_type"_s},
                                  {u"label"_s, u"Log Type"_s},
                                  {u"type"_s, u"PicklistType"_s},
                                  {u"options"_s,
                                   QJsonArray {QJsonObject {{u"value"_s, 1}, {u"label"_s, u"Meeting"_s}},
                                               QJsonObject {{u"value"_s, 2}, {u"label"_s, u"Phone Call"_s}}}}},
                     QJsonObject {{u"name"_s, u"meeting_notes"_s},
                                  {u"label"_s, u"Meeting Notes"_s},
                                  {u"type"_s, u"StringType"_s},
                                  {u"options"_s, QJsonValue::Null}}}},
        {u"acctlog_fields"_s, QJsonArray()},
        {u"datafields"_s,
         QJsonArray {text(u"ct"_s, u"Status"_s, 0, kStatuses), numeric(u"cn"_s, u"Annual Revenue"_s, 1, 0.0, 2000000.0),
                     text(u"ct2"_s, u"Next Step"_s, 2, kNextSteps),
                     numeric(u"cn2"_s, u"Visits Per Month"_s, 3, QJsonValue::Null, QJsonValue::Null),
                     text(u"ct3"_s, u"Website"_s, 4, {}), text(u"ct4"_s, u"Tags"_s, 5, {}),
                     text(u"ct5"_s, u"Region"_s, 6, kRegions), text(u"ct6"_s, u"Territory Code"_s, 7, {})}},
    };
}

struct GhlField
{
    const char16_t* name;
    const char16_t* key;
    const char16_t* dataType;
};
const GhlField kGhlFields[] = {
    {u"Status", u"contact.status", u"SINGLE_OPTIONS"},
    {u"Annual Revenue", u"contact.annual_revenue", u"NUMERICAL"},
    {u"Next Step", u"contact.next_step", u"TEXT"},
    {u"Visits Per Month", u"contact.visits_per_month", u"NUMERICAL"},
    {u"Website", u"contact.website_url", u"TEXT"},
    {u"Region", u"contact.region", u"TEXT"},
    {u"Lead Score", u"contact.lead_score", u"NUMERICAL"}, // HighLevel only
};
constexpr int kGhlFieldCount = static_cast<int>(sizeof(kGhlFields) / sizeof(kGhlFields[0]));

} // namespace

QJsonObject generateSeed(int count, quint64 randomSeed)
{
    Rng rng(randomSeed ^ 0x46696569646272ULL);
    const QDateTime base(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC);
    const QString locationId = QString::fromLatin1(GeneratedSeedCredentials::kHighLevelLocationId);
    count = std::max(0, count);

    // Users: the same three people on both sides, matched by email.
    struct User
    {
        qint64 badgerId;
        QString ghlId;
        QString first;
        QString last;
        QString email;
        QString username;
    };
    const QList<User> users = {
        {5001, rng.ghlId(), u"Sam"_s, u"Manager"_s, QString::fromLatin1(GeneratedSeedCredentials::kBadgerUsername),
         QString::fromLatin1(GeneratedSeedCredentials::kBadgerUsername)},
        {5002, rng.ghlId(), u"Riley"_s, u"Rep"_s, u"riley.rep@example.com"_s, u"riley.rep@example.com"_s},
        {5003, rng.ghlId(), u"נועה"_s, u"לוי"_s, u"noa.levi@example.com"_s, u"noa.levi@example.com"_s},
    };

    QJsonArray ghlCustomFields;
    QStringList ghlFieldIds;
    for (int i = 0; i < kGhlFieldCount; ++i) {
        const QString id = rng.ghlId();
        ghlFieldIds << id;
        QJsonObject f {{u"id"_s, id},
                       {u"name"_s, QString::fromUtf16(kGhlFields[i].name)},
                       {u"fieldKey"_s, QString::fromUtf16(kGhlFields[i].key)},
                       {u"dataType"_s, QString::fromUtf16(kGhlFields[i].dataType)},
                       {u"model"_s, u"contact"_s},
                       {u"locationId"_s, locationId},
                       {u"position"_s, i * 50},
                       {u"placeholder"_s, QString()},
                       {u"picklistOptions"_s, i == 0 ? QJsonArray::fromStringList(kStatuses) : QJsonArray()}};
        ghlCustomFields.append(f);
    }

    QJsonArray contacts;
    QJsonArray notes;
    QJsonArray tasks;
    QJsonArray accounts;
    QJsonArray checkins;
    QSet<QString> usedTags;
    qint64 nextAccount = 40000001;
    qint64 nextLocation = 55500001;
    qint64 nextCheckin = 880001;
    Person cycleFirst;

    const auto ownerIndex = [&]() { return rng.chance(80) ? 0 : 1 + rng.below(2); };

    const auto addContact = [&](const Person& p, bool withEmail, bool withPhone, PhoneFormat phoneFormat,
                                const QString& emailOverride, int owner, bool longNote) {
        const QDateTime added = base.addSecs(-qint64(rng.below(365 * 24 * 3600)) - 3600);
        const QDateTime updated = added.addSecs(rng.below(60 * 24 * 3600));
        const City& city = kCities[p.city];
        QJsonObject c {{u"id"_s, rng.ghlId()},
                       {u"locationId"_s, locationId},
                       {u"firstName"_s, p.first},
                       {u"lastName"_s, p.last},
                       {u"companyName"_s, p.company},
                       {u"address1"_s, p.street},
                       {u"city"_s, QString::fromUtf16(city.name)},
                       {u"state"_s, QString::fromUtf16(city.state)},
                       {u"postalCode"_s, QString::fromUtf16(city.zip)},
                       {u"country"_s, u"US"_s},
                       {u"source"_s, u"fieldbridge sandbox"_s},
                       {u"type"_s, rng.chance(50) ? u"customer"_s : u"lead"_s},
                       {u"dnd"_s, false},
                       {u"dateAdded"_s, ghlTime(added)},
                       {u"dateUpdated"_s, ghlTime(updated)}};
        if (withEmail && !p.email.isEmpty())
            c.insert(u"email"_s, emailOverride.isEmpty() ? p.email : emailOverride);
        if (withPhone && !p.phone.isEmpty())
            c.insert(u"phone"_s, formatPhone(p.phone, phoneFormat));
        if (owner >= 0)
            c.insert(u"assignedTo"_s, users.at(owner).ghlId);
        QJsonArray tags;
        for (int t = rng.below(3); t > 0; --t) {
            const QString tag = rng.pick(kTags);
            if (!tags.contains(tag)) {
                tags.append(tag);
                usedTags.insert(tag);
            }
        }
        c.insert(u"tags"_s, tags);
        QJsonArray custom;
        custom.append(QJsonObject {{u"id"_s, ghlFieldIds[0]}, {u"value"_s, rng.pick(kStatuses)}});
        if (rng.chance(70))
            custom.append(QJsonObject {{u"id"_s, ghlFieldIds[1]}, {u"value"_s, 1000 * (1 + rng.below(900))}});
        if (rng.chance(50))
            custom.append(QJsonObject {{u"id"_s, ghlFieldIds[2]}, {u"value"_s, rng.pick(kNextSteps)}});
        if (rng.chance(40))
            custom.append(QJsonObject {{u"id"_s, ghlFieldIds[5]}, {u"value"_s, rng.pick(kRegions)}});
        if (rng.chance(30))
            custom.append(QJsonObject {{u"id"_s, ghlFieldIds[6]}, {u"value"_s, rng.below(101)}});
        c.insert(u"customFields"_s, custom);
        const QString contactId = c.value(u"id"_s).toString();
        const int noteCount = longNote ? 1 : rng.below(3);
        for (int n = 0; n < noteCount; ++n) {
            const QString body = longNote && n == 0 ? longText(rng, 20000) : rng.pick(kComments);
            notes.append(QJsonObject {{u"id"_s, rng.ghlId()},
                                      {u"contactId"_s, contactId},
                                      {u"body"_s, body.isEmpty() ? u"Called, no answer."_s : body},
                                      {u"userId"_s, users.at(owner < 0 ? 0 : owner).ghlId},
                                      {u"dateAdded"_s, ghlTime(updated.addSecs(-3600 * (n + 1)))}});
        }
        if (rng.chance(25)) {
            tasks.append(QJsonObject {{u"id"_s, rng.ghlId()},
                                      {u"contactId"_s, contactId},
                                      {u"title"_s, QString(u"Follow up: "_s + rng.pick(kNextSteps))},
                                      {u"body"_s, rng.pick(kComments)},
                                      {u"dueDate"_s, ghlTime(base.addDays(1 + rng.below(30)))},
                                      {u"completed"_s, rng.chance(30)},
                                      {u"assignedTo"_s, users.at(owner < 0 ? 0 : owner).ghlId},
                                      {u"dateAdded"_s, ghlTime(updated)}});
        }
        contacts.append(c);
    };

    const auto addAccount = [&](const Person& p, bool businessStyle, QJsonValue email, QJsonValue phone, int owner,
                                bool longNotes) {
        const City& city = kCities[p.city];
        const QString address = p.street + u", "_s + QString::fromUtf16(city.name) + u", "_s
            + QString::fromUtf16(city.state) + u", "_s + QString::fromUtf16(city.zip);
        QJsonObject location = BadgerSimulator::geocode(address);
        location.insert(u"id"_s, nextLocation++);
        const qint64 id = nextAccount++;
        const QDateTime created = base.addSecs(-qint64(rng.below(365 * 24 * 3600)) - 3600);
        const QDateTime modified = created.addSecs(rng.below(60 * 24 * 3600));
        QJsonObject a {{u"id"_s, id},
                       {u"first_name"_s, businessStyle ? QJsonValue() : QJsonValue(p.first)},
                       {u"last_name"_s, businessStyle ? p.company : p.last},
                       {u"phone_number"_s, phone},
                       {u"email"_s, email},
                       {u"customer_id"_s, QJsonValue::Null},
                       {u"notes"_s,
                        longNotes ? QJsonValue(longText(rng, 20000))
                                  : (rng.chance(40) ? QJsonValue(rng.pick(kComments)) : QJsonValue())},
                       {u"original_address"_s, address},
                       {u"crm_id"_s, QJsonValue::Null},
                       {u"locations"_s, QJsonArray {location}},
                       {u"account_owner"_s, users.at(owner).badgerId},
                       {u"created_at"_s, badgerTimestamp(created)},
                       {u"updated_at"_s, badgerTimestamp(modified)},
                       {u"last_modified_date"_s, badgerTimestamp(modified)}};
        a.insert(u"custom_text"_s, rng.pick(kStatuses));
        if (rng.chance(70))
            a.insert(u"custom_numeric"_s, 1000.0 * (1 + rng.below(900)));
        if (rng.chance(50))
            a.insert(u"custom_text2"_s, rng.pick(kNextSteps));
        if (rng.chance(40))
            a.insert(u"custom_numeric2"_s, 1 + rng.below(8));
        if (rng.chance(30))
            a.insert(u"custom_text3"_s, QString(u"https://www."_s + asciiFold(p.company) + u".example"_s));
        if (rng.chance(40)) {
            QStringList tags;
            for (int t = 1 + rng.below(2); t > 0; --t)
                tags << rng.pick(kTags);
            tags.removeDuplicates();
            a.insert(u"custom_text4"_s, tags.join(u", "_s));
        }
        if (rng.chance(40))
            a.insert(u"custom_text5"_s, rng.pick(kRegions));
        if (rng.chance(20))
            a.insert(u"custom_text6"_s, QString(u"T-"_s + QString::number(rng.below(100)).rightJustified(2, u'0')));
        QJsonObject full = a;
        const QString first = full.value(u"first_name"_s).toString();
        full.insert(u"full_name"_s,
                    first.isEmpty() ? full.value(u"last_name"_s).toString()
                                    : QString(first + u' ' + full.value(u"last_name"_s).toString()));
        accounts.append(full);

        const int visits = longNotes ? 2 : rng.below(4);
        for (int v = 0; v < visits; ++v) {
            const QString type = rng.pick(kCheckinTypes);
            QJsonValue extra = QJsonValue::Null;
            if (rng.chance(30)) {
                extra = QJsonObject {{u"Log Type"_s, type == u"Phone Call" ? u"Phone Call"_s : u"Meeting"_s},
                                     {u"Meeting Notes"_s, rng.pick(kComments)}};
            }
            const QString comments = longNotes && v == 0 ? longText(rng, 20000) : rng.pick(kComments);
            checkins.append(QJsonObject {
                {u"id"_s, nextCheckin++},
                {u"crm_id"_s, QJsonValue::Null},
                {u"customer"_s, id},
                {u"log_datetime"_s, badgerLogTime(created.addSecs(qint64(v + 1) * (3600 + rng.below(20 * 24 * 3600))))},
                {u"type"_s, type},
                {u"comments"_s, comments},
                {u"extra_fields"_s, extra},
                {u"created_by"_s, QString(users.at(owner).first + u' ' + users.at(owner).last)}});
        }
    };

    for (int i = 0; i < count; ++i) {
        const Kind kind = static_cast<Kind>(i % KindCount);
        int culture = rng.below(CultureCount);
        if (kind == MatchEmailRtlLong)
            culture = (i / KindCount) % 2 == 0 ? Arabic : Hebrew;
        else if (kind == MatchEmailCjkNoPhone)
            culture = Cjk;
        else if (kind == MatchEmailEuropean)
            culture = European;
        else if (kind == BadgerDuplicateCase || kind == Hostile)
            culture = Hebrew;
        const Person p = makePerson(rng, i, culture);
        const int owner = ownerIndex();
        const int ghlOwner = rng.chance(85) ? owner : -1;
        if (kind == MatchEmail)
            cycleFirst = p;

        switch (kind) {
        case MatchEmail:
            addContact(p, true, true, E164, {}, ghlOwner, false);
            addAccount(p, false, p.email, formatPhone(p.phone, Parens), owner, false);
            break;
        case MatchEmailCase:
            addContact(p, true, true, E164, {}, ghlOwner, false);
            addAccount(p, false, otherCase(p.email), QString(), owner, false);
            break;
        case MatchPhone:
            addContact(p, true, true, rng.chance(50) ? E164 : Parens, {}, ghlOwner, false);
            addAccount(p, true, rng.chance(50) ? QJsonValue(QString()) : QJsonValue(),
                       formatPhone(p.phone, rng.chance(50) ? Dashes : Dots), owner, false);
            break;
        case MatchNameAddress:
            addContact(p, true, true, E164, {}, ghlOwner, false);
            addAccount(p, false, QJsonValue(), QString(), owner, false);
            break;
        case OneSideEach: {
            addContact(p, true, rng.chance(70), E164, {}, ghlOwner, false);
            const Person other = makePerson(rng, i + count, rng.below(CultureCount));
            addAccount(other, rng.chance(50), other.email, formatPhone(other.phone, Dashes), owner, false);
            break;
        }
        case MatchEmailRtlLong:
            addContact(p, true, true, E164, {}, ghlOwner, true);
            addAccount(p, false, p.email, formatPhone(p.phone, IntlSpaced), owner, true);
            break;
        case MatchEmailCjkNoPhone:
            addContact(p, true, false, E164, {}, ghlOwner, false);
            addAccount(p, true, p.email, QJsonValue(), owner, false);
            break;
        case BadgerDuplicateCase: {
            Person ghlOnly = p;
            ghlOnly.company = ghlOnly.company + u" ✨"_s;
            ghlOnly.email.clear();
            addContact(ghlOnly, false, true, E164, {}, ghlOwner, false);
            addAccount(cycleFirst, false, otherCase(cycleFirst.email), formatPhone(cycleFirst.phone, Bare), owner,
                       false);
            break;
        }
        case MatchEmailEuropean:
            addContact(p, true, true, IntlSpaced, {}, ghlOwner, false);
            addAccount(p, false, p.email, formatPhone(p.phone, Bare), owner, false);
            break;
        case Hostile: {
            Person ghlOnly = p;
            ghlOnly.first = u"👩‍💻"_s;
            ghlOnly.last = p.last + u" <b>\"bold\"</b>"_s;
            addContact(ghlOnly, false, false, E164, {}, ghlOwner, false);
            Person badgerOnly = makePerson(rng, i + count, Arabic);
            badgerOnly.company = u"Robert'); DROP TABLE accounts;-- 🔥 "_s + QString(200, u'x');
            addAccount(badgerOnly, true, QJsonValue(), QJsonValue(), owner, false);
            break;
        }
        case KindCount:
            break;
        }
    }

    // Two routes of the manager over the first accounts.
    QJsonArray routes;
    for (int r = 0; r < 2; ++r) {
        QJsonArray waypoints;
        int position = 0;
        for (int k = r * 3; k < accounts.size() && position < 3; ++k) {
            const QJsonObject a = accounts.at(k).toObject();
            const QJsonObject loc = a.value(u"locations"_s).toArray().first().toObject();
            waypoints.append(QJsonObject {{u"id"_s, 91001 + r * 10 + position},
                                          {u"name"_s, a.value(u"full_name"_s)},
                                          {u"address"_s, QString(a.value(u"original_address"_s).toString() + u", "_s)},
                                          {u"suite"_s, QJsonValue::Null},
                                          {u"city"_s, QJsonValue::Null},
                                          {u"state"_s, QJsonValue::Null},
                                          {u"zipcode"_s, QJsonValue::Null},
                                          {u"location"_s, loc.value(u"location"_s)},
                                          {u"lat"_s, loc.value(u"lat"_s)},
                                          {u"long"_s, loc.value(u"long"_s)},
                                          {u"layover_minutes"_s, 30},
                                          {u"position"_s, position},
                                          {u"complete_address"_s, QJsonValue::Null},
                                          {u"location_id"_s, loc.value(u"id"_s)},
                                          {u"customer_id"_s, a.value(u"id"_s)},
                                          {u"appt_time"_s, QJsonValue::Null},
                                          {u"type"_s, 1},
                                          {u"place_id"_s, QJsonValue::Null}});
            ++position;
        }
        routes.append(QJsonObject {{u"id"_s, 3101 + r},
                                   {u"name"_s, r == 0 ? u"Monday Downtown"_s : u"Tuesday North Loop"_s},
                                   {u"duration"_s, QJsonValue::Null},
                                   {u"waypoints"_s, waypoints},
                                   {u"start_address"_s, QString()},
                                   {u"destination_address"_s, QString()},
                                   {u"start_time"_s, u"09:00:00"_s},
                                   {u"route_date"_s, base.date().addDays(r).toString(Qt::ISODate)},
                                   {u"user_id"_s, 5001}});
    }

    QJsonArray badgerUsers;
    QJsonArray apiKeys;
    QJsonArray ghlUsers;
    for (qsizetype u = 0; u < users.size(); ++u) {
        const User& user = users.at(u);
        badgerUsers.append(QJsonObject {{u"id"_s, user.badgerId},
                                        {u"username"_s, user.username},
                                        {u"password"_s, QString::fromLatin1(GeneratedSeedCredentials::kBadgerPassword)},
                                        {u"first_name"_s, user.first},
                                        {u"last_name"_s, user.last},
                                        {u"email"_s, user.email},
                                        {u"is_manager"_s, u == 0},
                                        {u"manager"_s, u == 0 ? QJsonValue() : QJsonValue(5001)},
                                        {u"status"_s, u"active"_s}});
        apiKeys.append(
            QJsonObject {{u"key"_s, QString(u"fieldbridge-sandbox-badger-key-000"_s + QString::number(u + 1))},
                         {u"user_id"_s, user.badgerId}});
        ghlUsers.append(QJsonObject {{u"id"_s, user.ghlId},
                                     {u"name"_s, QString(user.first + u' ' + user.last)},
                                     {u"firstName"_s, user.first},
                                     {u"lastName"_s, user.last},
                                     {u"email"_s, user.email}});
    }

    QStringList tagNames = usedTags.values();
    tagNames.sort();
    QJsonArray ghlTags;
    for (const QString& t : std::as_const(tagNames))
        ghlTags.append(QJsonObject {{u"id"_s, rng.ghlId()}, {u"name"_s, t}, {u"locationId"_s, locationId}});

    const QJsonObject highlevel {
        {u"locations"_s,
         QJsonArray {QJsonObject {{u"id"_s, locationId},
                                  {u"name"_s, u"Fieldbridge Sandbox"_s},
                                  {u"token"_s, QString::fromLatin1(GeneratedSeedCredentials::kHighLevelToken)},
                                  {u"companyId"_s, u"FbSandboxCompany0001"_s},
                                  {u"email"_s, u"office@example.com"_s},
                                  {u"phone"_s, u"+13125550100"_s},
                                  {u"address"_s, u"1 Sandbox Plaza"_s},
                                  {u"city"_s, u"Chicago"_s},
                                  {u"state"_s, u"IL"_s},
                                  {u"postalCode"_s, u"60611"_s},
                                  {u"country"_s, u"US"_s},
                                  {u"timezone"_s, u"America/Chicago"_s},
                                  {u"settings"_s, QJsonObject {{u"allowDuplicateContact"_s, false}}}}}},
        {u"contacts"_s, contacts},
        {u"customFields"_s, ghlCustomFields},
        {u"tags"_s, ghlTags},
        {u"tasks"_s, tasks},
        {u"notes"_s, notes},
        {u"appointments"_s, QJsonArray()},
        {u"users"_s, ghlUsers},
    };
    const QJsonObject badger {
        {u"apiKeys"_s, apiKeys},
        {u"users"_s, badgerUsers},
        {u"profile"_s, badgerProfile()},
        {u"accounts"_s, accounts},
        {u"checkins"_s, checkins},
        {u"routes"_s, routes},
        {u"options"_s, QJsonObject {{u"dailyQuota"_s, 25000}}},
    };
    return QJsonObject {{u"highlevel"_s, highlevel}, {u"badger"_s, badger}};
}

} // namespace fb::sandbox
