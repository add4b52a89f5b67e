#include "ExtrasTags.h"

using namespace Qt::StringLiterals;

namespace fb::sync {

QString normalizeTag(const QString& tag)
{
    return tag.simplified();
}

QString tagKey(const QString& tag)
{
    return normalizeTag(tag).toCaseFolded();
}

QStringList normalizeTags(const QStringList& tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& t : tags) {
        const QString n = normalizeTag(t);
        if (n.isEmpty()) {
            continue;
        }
        const QString key = n.toCaseFolded();
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        out.append(n);
    }
    return out;
}

QSet<QString> tagKeys(const QStringList& tags)
{
    QSet<QString> out;
    for (const QString& t : tags) {
        const QString key = tagKey(t);
        if (!key.isEmpty()) {
            out.insert(key);
        }
    }
    return out;
}

bool sameTagSet(const QStringList& a, const QStringList& b)
{
    return tagKeys(a) == tagKeys(b);
}

QStringList parseTagField(const QString& text)
{
    QStringList tags;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && (text.at(i + 1) == u',' || text.at(i + 1) == u'\\')) {
            current += text.at(i + 1);
            ++i;
        } else if (c == u',') {
            tags.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    tags.append(current);
    return normalizeTags(tags);
}

QString formatTagField(const QStringList& tags)
{
    QStringList escaped;
    for (const QString& t : normalizeTags(tags)) {
        QString e = t;
        e.replace(u"\\"_s, u"\\\\"_s);
        e.replace(u","_s, u"\\,"_s);
        escaped.append(e);
    }
    return escaped.join(u", "_s);
}

TagMerge mergeTags(const QStringList& base, const QStringList& highLevel, const QStringList& badger,
                   const QStringList& extraAdd, const QStringList& extraRemove)
{
    const QStringList b = normalizeTags(base);
    const QStringList h = normalizeTags(highLevel);
    const QStringList g = normalizeTags(badger);
    const QSet<QString> bk = tagKeys(b);
    const QSet<QString> hk = tagKeys(h);
    const QSet<QString> gk = tagKeys(g);

    QStringList result;
    QSet<QString> resultKeys;
    auto add = [&](const QString& t) {
        const QString key = tagKey(t);
        if (!key.isEmpty() && !resultKeys.contains(key)) {
            resultKeys.insert(key);
            result.append(normalizeTag(t));
        }
    };
    // Kept: in the base and still on both sides. Added: on one side and not in the base.
    for (const QString& t : h) {
        const QString key = tagKey(t);
        if (bk.contains(key) ? gk.contains(key) : true) {
            add(t);
        }
    }
    for (const QString& t : g) {
        const QString key = tagKey(t);
        if (bk.contains(key) ? hk.contains(key) : true) {
            add(t);
        }
    }
    for (const QString& t : extraAdd) {
        add(t);
    }
    for (const QString& t : extraRemove) {
        const QString key = tagKey(t);
        if (resultKeys.remove(key)) {
            result.removeIf([&](const QString& r) { return tagKey(r) == key; });
        }
    }

    TagMerge m;
    m.result = result;
    for (const QString& t : result) {
        if (!hk.contains(tagKey(t))) {
            m.addToHighLevel.append(t);
        }
    }
    // Removal names the tag exactly as HighLevel holds it.
    QSet<QString> removing;
    for (const QString& t : highLevel) {
        const QString key = tagKey(t);
        if (!key.isEmpty() && !resultKeys.contains(key) && !removing.contains(t)) {
            removing.insert(t);
            m.removeFromHighLevel.append(t);
        }
    }
    m.badgerChanged = gk != resultKeys;
    return m;
}

} // namespace fb::sync
