#include "sources/gateway/NchanFrame.h"

namespace {

// "name: value" -> value, when the line's name is `name` (ASCII, any case).
std::optional<QByteArrayView> headerValue(QByteArrayView line, QByteArrayView name)
{
    if (line.size() <= name.size() || line.at(name.size()) != ':')
        return std::nullopt;
    if (line.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return line.sliced(name.size() + 1).trimmed();
}

// A line without its "\r" (Nchan ends lines with "\n"; a proxy may not).
QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

std::optional<qint64> number(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return digits.toLongLong();
}

} // namespace

std::optional<NchanFrame> NchanFrame::parse(QByteArrayView frame)
{
    NchanFrame result;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = frame.indexOf('\n', at);
        if (end < 0)
            return std::nullopt; // the headers never ended
        const QByteArrayView line = withoutCr(frame.sliced(at, end - at));
        at = end + 1;
        if (line.isEmpty())
            break;
        if (const auto id = headerValue(line, "id"))
            result.id = QString::fromLatin1(*id);
        else if (const auto type = headerValue(line, "content-type"))
            result.contentType = QString::fromLatin1(*type);
        // Other header lines are Nchan's to add; they do not change what the message is.
    }
    if (result.id.isEmpty())
        return std::nullopt;
    result.payload = frame.sliced(at).toByteArray();
    return result;
}

std::optional<std::pair<qint64, qint64>> NchanFrame::parts(QStringView id)
{
    qsizetype separator = id.indexOf(QLatin1Char(':'));
    if (separator < 0)
        separator = id.indexOf(QLatin1Char('-'));
    if (separator < 0)
        return std::nullopt;
    const auto time = number(id.first(separator));
    const auto tag = number(id.sliced(separator + 1));
    if (!time || !tag)
        return std::nullopt;
    return std::pair{*time, *tag};
}

QString NchanFrame::toStreamId(QStringView nchanId)
{
    if (!nchanId.contains(QLatin1Char(':')))
        return {};
    const auto numbers = parts(nchanId);
    if (!numbers)
        return {};
    return QString::number(numbers->first) + QLatin1Char('-') + QString::number(numbers->second);
}

QString NchanFrame::toNchanId(QStringView streamId)
{
    if (!streamId.contains(QLatin1Char('-')))
        return {};
    const auto numbers = parts(streamId);
    if (!numbers)
        return {};
    return QString::number(numbers->first) + QLatin1Char(':') + QString::number(numbers->second);
}

QDateTime NchanFrame::timeOf(QStringView id)
{
    // The time leads every form, multiplexed ones too ("1795865915:[2],0").
    qsizetype digits = 0;
    while (digits < id.size() && id.at(digits).isDigit())
        ++digits;
    const auto seconds = number(id.first(digits));
    if (!seconds || *seconds == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}
