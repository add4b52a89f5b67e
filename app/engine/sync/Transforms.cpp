#include "Transforms.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;

namespace fb::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::sync::Transforms)
};

QString titleCase(const QString& s)
{
    QString out = s.toLower();
    bool start = true;
    for (QChar& c : out) {
        if (start && c.isLetter()) {
            c = c.toUpper();
        }
        start = c.isSpace() || c == u'-' || c == u'\'';
    }
    return out;
}

QString sideKey(Side side)
{
    return side == Side::HighLevel ? u"highlevel"_s : u"badger"_s;
}
} // namespace

TransformResult normalisePhone(const QString& raw, const QString& defaultRegion)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = defaultRegion.isEmpty() ? std::string("US") : defaultRegion.toUpper().toStdString();
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsPossibleNumber(number)) {
        return {QString(), Tr::tr("\"%1\" is not a phone number Fieldbridge can read (region %2).")
                               .arg(trimmed, QString::fromStdString(region))};
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    QString out = QString::fromStdString(formatted);
    if (number.has_extension() && !number.extension().empty()) {
        // E.164 has no extension; keep it rather than lose it.
        out += u" ext. "_s + QString::fromStdString(number.extension());
    }
    return {out, {}};
}

QString joinName(const QString& first, const QString& last, const QString& format)
{
    const QString f = first.trimmed();
    const QString l = last.trimmed();
    if (f.isEmpty() || l.isEmpty()) {
        return f.isEmpty() ? l : f;
    }
    if (format == u"last_comma_first"_s) {
        return l + u", "_s + f;
    }
    return f + u' ' + l;
}

QPair<QString, QString> splitName(const QString& full, const QString& format)
{
    const QString s = full.simplified();
    if (format == u"last_comma_first"_s) {
        const qsizetype comma = s.indexOf(u',');
        if (comma >= 0) {
            return {s.mid(comma + 1).trimmed(), s.left(comma).trimmed()};
        }
    }
    const qsizetype space = s.lastIndexOf(u' ');
    if (space < 0) {
        return {QString(), s}; // one word: a business or a surname; keep it whole in the last name
    }
    return {s.left(space), s.mid(space + 1)};
}

QString checkTransforms(const FieldMapping& row)
{
    for (const Transform& t : row.transforms) {
        if (t.kind == u"trim"_s || t.kind == u"phone"_s) {
            continue;
        }
        if (t.kind == u"case"_s) {
            const QString mode = t.params.value(u"mode"_s).toString();
            if (mode != u"lower"_s && mode != u"upper"_s && mode != u"title"_s) {
                return Tr::tr("Case transform needs a mode: lower, upper or title.");
            }
        } else if (t.kind == u"date"_s) {
            if (t.params.value(u"highlevel"_s).toString().isEmpty() || t.params.value(u"badger"_s).toString().isEmpty()) {
                return Tr::tr("Date transform needs the date format of each side (e.g. yyyy-MM-dd).");
            }
        } else if (t.kind == u"map"_s) {
            if (!t.params.value(u"values"_s).isObject()) {
                return Tr::tr("Value map needs a list of values.");
            }
        } else if (t.kind == u"template"_s) {
            if (t.params.value(u"template"_s).toString().isEmpty()) {
                return Tr::tr("Template transform needs a template, e.g. {firstName} {lastName}.");
            }
        } else if (t.kind == u"name"_s) {
            const QString format = t.params.value(u"format"_s).toString(u"first_last"_s);
            if (format != u"first_last"_s && format != u"last_comma_first"_s) {
                return Tr::tr("Name format must be first_last or last_comma_first.");
            }
        } else {
            return Tr::tr("Unknown transform \"%1\".").arg(t.kind);
        }
    }
    return {};
}

TransformResult convertValue(const FieldMapping& row, const QString& input, Side from, const FieldValues& sourceRecord,
                             const MappingOptions& options)
{
    const Side to = from == Side::HighLevel ? Side::Badger : Side::HighLevel;
    QString value = input;
    for (const Transform& t : row.transforms) {
        if (t.kind == u"trim"_s) {
            value = value.trimmed();
        } else if (t.kind == u"case"_s) {
            const QString only = t.params.value(u"only"_s).toString();
            if (!only.isEmpty() && only != sideKey(to)) {
                continue;
            }
            const QString mode = t.params.value(u"mode"_s).toString();
            value = mode == u"lower"_s ? value.toLower() : mode == u"upper"_s ? value.toUpper() : titleCase(value);
        } else if (t.kind == u"phone"_s) {
            const TransformResult r = normalisePhone(value, t.params.value(u"region"_s).toString(options.phoneRegion));
            if (!r.ok()) {
                return r;
            }
            value = r.value;
        } else if (t.kind == u"date"_s) {
            if (value.trimmed().isEmpty()) {
                continue;
            }
            const QString fromFormat = t.params.value(sideKey(from)).toString();
            const QString toFormat = t.params.value(sideKey(to)).toString();
            QDate date = QDate::fromString(value.trimmed(), fromFormat);
            if (!date.isValid()) {
                date = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
            }
            if (!date.isValid()) {
                return {QString(), Tr::tr("\"%1\" is not a date in the format %2.").arg(value, fromFormat)};
            }
            value = date.toString(toFormat);
        } else if (t.kind == u"map"_s) {
            const QJsonObject values = t.params.value(u"values"_s).toObject();
            const bool ci = t.params.value(u"caseInsensitive"_s).toBool(false);
            const Qt::CaseSensitivity cs = ci ? Qt::CaseInsensitive : Qt::CaseSensitive;
            bool found = false;
            for (auto it = values.constBegin(); it != values.constEnd() && !found; ++it) {
                const QString ghlValue = it.key();
                const QString badgerValue = it.value().toString();
                if (from == Side::HighLevel && ghlValue.compare(value, cs) == 0) {
                    value = badgerValue;
                    found = true;
                } else if (from == Side::Badger && badgerValue.compare(value, cs) == 0) {
                    value = ghlValue;
                    found = true;
                }
            }
            if (!found && t.params.contains(u"default"_s)) {
                value = t.params.value(u"default"_s).toString();
            }
        } else if (t.kind == u"template"_s) {
            static const QRegularExpression placeholder(u"\\{([A-Za-z0-9_.:~\\-]+)\\}"_s);
            const QString tpl = t.params.value(u"template"_s).toString();
            QString out;
            qsizetype last = 0;
            for (auto it = placeholder.globalMatch(tpl); it.hasNext();) {
                const auto m = it.next();
                out += tpl.mid(last, m.capturedStart() - last);
                out += sourceRecord.value(m.captured(1));
                last = m.capturedEnd();
            }
            out += tpl.mid(last);
            value = out.simplified();
        }
        // "name" only sets how the full-name field is joined and split (see RecordAdapter).
    }
    return {value, {}};
}

} // namespace fb::sync
