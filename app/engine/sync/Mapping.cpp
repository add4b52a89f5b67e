#include "Mapping.h"

#include "Transforms.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fb::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::sync::Mapping)
};

FieldMapping makeRow(const QString& ghl, const QString& badger, QList<Transform> transforms = {},
                 Direction direction = Direction::Both, bool enabled = true)
{
    FieldMapping r;
    r.id = ghl + u'~' + badger;
    r.highLevelField = ghl;
    r.badgerField = badger;
    r.direction = direction;
    r.transforms = std::move(transforms);
    r.enabled = enabled;
    return r;
}

const Transform trim{u"trim"_s, {}};
} // namespace

QString toString(Direction direction)
{
    switch (direction) {
    case Direction::Both: return u"both"_s;
    case Direction::ToHighLevel: return u"to_highlevel"_s;
    case Direction::ToBadger: return u"to_badger"_s;
    }
    return u"both"_s;
}

QString toString(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::NewestWins: return u"newest"_s;
    case ConflictPolicy::BadgerWins: return u"badger"_s;
    case ConflictPolicy::HighLevelWins: return u"highlevel"_s;
    case ConflictPolicy::AskMe: return u"ask"_s;
    }
    return u"newest"_s;
}

bool parseDirection(const QString& text, Direction* out)
{
    for (Direction d : {Direction::Both, Direction::ToHighLevel, Direction::ToBadger}) {
        if (toString(d) == text) {
            *out = d;
            return true;
        }
    }
    return false;
}

bool parseConflictPolicy(const QString& text, ConflictPolicy* out)
{
    for (ConflictPolicy p : {ConflictPolicy::NewestWins, ConflictPolicy::BadgerWins, ConflictPolicy::HighLevelWins,
                             ConflictPolicy::AskMe}) {
        if (toString(p) == text) {
            *out = p;
            return true;
        }
    }
    return false;
}

MappingDocument MappingDocument::defaults()
{
    MappingDocument d;
    d.fields = {
        makeRow(u"firstName"_s, u"first_name"_s, {trim}),
        makeRow(u"lastName"_s, u"last_name"_s, {trim}),
        makeRow(u"email"_s, u"email"_s, {trim, Transform{u"case"_s, {{u"mode"_s, u"lower"_s}}}}),
        makeRow(u"phone"_s, u"phone_number"_s, {Transform{u"phone"_s, {}}}),
        makeRow(u"address1"_s, u"location.address_line_1"_s, {trim}),
        makeRow(u"city"_s, u"location.city"_s, {trim}),
        makeRow(u"state"_s, u"location.state"_s, {trim}),
        makeRow(u"postalCode"_s, u"location.zipcode"_s, {trim}),
        makeRow(u"companyName"_s, u"notes"_s, {trim}, Direction::ToBadger, false),
    };
    return d;
}

QJsonObject MappingDocument::toJson() const
{
    QJsonArray rows;
    for (const FieldMapping& r : fields) {
        QJsonArray transforms;
        for (const Transform& t : r.transforms) {
            QJsonObject o = t.params;
            o.insert(u"kind"_s, t.kind);
            transforms.append(o);
        }
        rows.append(QJsonObject{
            {u"id"_s, r.id},
            {u"highlevel"_s, r.highLevelField},
            {u"badger"_s, r.badgerField},
            {u"direction"_s, toString(r.direction)},
            {u"transforms"_s, transforms},
            {u"conflict"_s, toString(r.conflict)},
            {u"enabled"_s, r.enabled},
        });
    }
    return QJsonObject{
        {u"format"_s, u"fieldbridge-mapping"_s},
        {u"version"_s, version},
        {u"entities"_s, QJsonObject{{u"contacts"_s, QJsonObject{{u"enabled"_s, options.contactsEnabled}}}}},
        {u"options"_s,
         QJsonObject{
             {u"phoneRegion"_s, options.phoneRegion},
             {u"createInBadger"_s, options.createInBadger},
             {u"createInHighLevel"_s, options.createInHighLevel},
             {u"propagateDeletes"_s, options.propagateDeletes},
             {u"defaultAccountOwner"_s, options.defaultAccountOwner},
             {u"defaultAddress"_s, options.defaultAddress},
         }},
        {u"fields"_s, rows},
        {u"rules"_s, rules},
    };
}

bool MappingDocument::fromJson(const QJsonObject& json, MappingDocument* out, QString* error)
{
    if (json.value(u"format"_s).toString() != u"fieldbridge-mapping"_s) {
        *error = Tr::tr("This is not a Fieldbridge mapping file.");
        return false;
    }
    const int version = json.value(u"version"_s).toInt(-1);
    if (version < 1) {
        *error = Tr::tr("The mapping file has no valid version number.");
        return false;
    }
    if (version > CurrentVersion) {
        *error = Tr::tr("The mapping file was written by a newer Fieldbridge (format %1; this version reads up to %2).")
                     .arg(version)
                     .arg(CurrentVersion);
        return false;
    }
    MappingDocument d;
    d.version = CurrentVersion;
    const QJsonObject options = json.value(u"options"_s).toObject();
    d.options.phoneRegion = options.value(u"phoneRegion"_s).toString(d.options.phoneRegion).toUpper();
    d.options.createInBadger = options.value(u"createInBadger"_s).toBool(d.options.createInBadger);
    d.options.createInHighLevel = options.value(u"createInHighLevel"_s).toBool(d.options.createInHighLevel);
    d.options.propagateDeletes = options.value(u"propagateDeletes"_s).toBool(false);
    d.options.defaultAccountOwner = options.value(u"defaultAccountOwner"_s).toString();
    d.options.defaultAddress = options.value(u"defaultAddress"_s).toString();
    d.options.contactsEnabled = json.value(u"entities"_s)
                                    .toObject()
                                    .value(u"contacts"_s)
                                    .toObject()
                                    .value(u"enabled"_s)
                                    .toBool(true);
    d.rules = json.value(u"rules"_s).toObject();

    const QJsonValue fieldsValue = json.value(u"fields"_s);
    if (!fieldsValue.isArray()) {
        *error = Tr::tr("The mapping file has no list of fields.");
        return false;
    }
    int index = 0;
    for (const QJsonValue& v : fieldsValue.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        FieldMapping r;
        r.highLevelField = o.value(u"highlevel"_s).toString();
        r.badgerField = o.value(u"badger"_s).toString();
        if (r.highLevelField.isEmpty() || r.badgerField.isEmpty()) {
            *error = Tr::tr("Field row %1 needs both a HighLevel and a Badger field.").arg(index);
            return false;
        }
        r.id = o.value(u"id"_s).toString(r.highLevelField + u'~' + r.badgerField);
        if (!parseDirection(o.value(u"direction"_s).toString(u"both"_s), &r.direction)) {
            *error = Tr::tr("Field row %1 has an unknown direction \"%2\".").arg(index).arg(o.value(u"direction"_s).toString());
            return false;
        }
        if (!parseConflictPolicy(o.value(u"conflict"_s).toString(u"newest"_s), &r.conflict)) {
            *error = Tr::tr("Field row %1 has an unknown conflict policy \"%2\".")
                         .arg(index)
                         .arg(o.value(u"conflict"_s).toString());
            return false;
        }
        r.enabled = o.value(u"enabled"_s).toBool(true);
        for (const QJsonValue& t : o.value(u"transforms"_s).toArray()) {
            QJsonObject params = t.toObject();
            const QString kind = params.take(u"kind"_s).toString();
            r.transforms.append({kind, params});
        }
        d.fields.append(r);
    }
    *out = d;
    return true;
}

QList<MappingIssue> MappingDocument::validate(const FieldCatalog& catalog) const
{
    QList<MappingIssue> issues;
    auto error = [&](const QString& rowId, const QString& message) {
        issues.append({MappingIssue::Severity::Error, rowId, message});
    };
    auto warning = [&](const QString& rowId, const QString& message) {
        issues.append({MappingIssue::Severity::Warning, rowId, message});
    };

    QSet<QString> ids;
    QHash<QString, QString> highLevelTargets; // field -> row id
    QHash<QString, QString> badgerTargets;
    for (const FieldMapping& r : fields) {
        if (ids.contains(r.id)) {
            error(r.id, Tr::tr("Two rows have the id \"%1\".").arg(r.id));
        }
        ids.insert(r.id);
        if (!r.enabled) {
            continue;
        }
        const FieldInfo* ghl = catalog.find(Side::HighLevel, r.highLevelField);
        const FieldInfo* badger = catalog.find(Side::Badger, r.badgerField);
        if (!ghl) {
            error(r.id, Tr::tr("HighLevel has no field \"%1\" (was a custom field deleted?).").arg(r.highLevelField));
        }
        if (!badger) {
            error(r.id, Tr::tr("Badger has no field \"%1\" (was a custom field deleted?).").arg(r.badgerField));
        }
        const QString transformProblem = checkTransforms(r);
        if (!transformProblem.isEmpty()) {
            error(r.id, transformProblem);
        }
        const bool oneWayOnly = std::any_of(r.transforms.cbegin(), r.transforms.cend(),
                                            [](const Transform& t) { return t.kind == u"template"_s; });
        if (oneWayOnly && r.direction == Direction::Both) {
            error(r.id, Tr::tr("A template can only fill a field one way: choose a direction."));
        }
        if (ghl && badger) {
            if (r.writesTo(Side::Badger) && !oneWayOnly && !typesCompatible(ghl->type, badger->type)) {
                error(r.id, Tr::tr("Type mismatch: HighLevel \"%1\" is %2, Badger \"%3\" is %4.")
                                .arg(ghl->label, typeLabel(ghl->type), badger->label, typeLabel(badger->type)));
            } else if (r.writesTo(Side::HighLevel) && !oneWayOnly && !typesCompatible(badger->type, ghl->type)) {
                error(r.id, Tr::tr("Type mismatch: Badger \"%1\" is %2, HighLevel \"%3\" is %4.")
                                .arg(badger->label, typeLabel(badger->type), ghl->label, typeLabel(ghl->type)));
            }
            if (r.writesTo(Side::HighLevel) && !ghl->writable) {
                error(r.id, Tr::tr("HighLevel does not let \"%1\" be written.").arg(ghl->label));
            }
            if (r.writesTo(Side::Badger) && !badger->writable) {
                error(r.id, Tr::tr("Badger does not let \"%1\" be written.").arg(badger->label));
            }
            if (r.highLevelField == u"companyName"_s && r.writesTo(Side::HighLevel)) {
                warning(r.id, Tr::tr("HighLevel's update API does not list Company name; updates to it may be ignored."));
            }
        }
        auto claim = [&](QHash<QString, QString>& targets, const QString& field, const QString& sideName) {
            // fullName writes firstName and lastName: treat them as claimed too.
            QStringList claimed{field};
            if (field == u"fullName"_s) {
                claimed = {u"fullName"_s, u"firstName"_s, u"lastName"_s};
            }
            for (const QString& f : claimed) {
                if (targets.contains(f)) {
                    error(r.id, Tr::tr("%1 field \"%2\" is written by two rows (%3 and %4).")
                                    .arg(sideName, f, targets.value(f), r.id));
                }
                targets.insert(f, r.id);
            }
        };
        if (r.writesTo(Side::HighLevel)) {
            claim(highLevelTargets, r.highLevelField, Tr::tr("HighLevel"));
        }
        if (r.writesTo(Side::Badger)) {
            claim(badgerTargets, r.badgerField, Tr::tr("Badger"));
        }
    }
    if (options.contactsEnabled && options.createInBadger) {
        for (const FieldInfo& f : catalog.fields(Side::Badger)) {
            if (!f.requiredOnCreate || badgerTargets.contains(f.id)) {
                continue;
            }
            if (f.id == u"location.address_line_1"_s && !options.defaultAddress.isEmpty()) {
                continue;
            }
            error({}, Tr::tr("Badger needs \"%1\" to create an account: map a HighLevel field to it, or turn off "
                         "creating Badger accounts.")
                          .arg(f.label));
        }
    }
    return issues;
}

bool MappingDocument::isUsable(const FieldCatalog& catalog) const
{
    const auto issues = validate(catalog);
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const MappingIssue& i) { return i.severity == MappingIssue::Severity::Error; });
}

const FieldMapping* MappingDocument::row(const QString& id) const
{
    for (const FieldMapping& r : fields) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace fb::sync
