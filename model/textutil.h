#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tfi {

// The bytes with a UTF-8 BOM removed and CRLF / lone CR turned into LF.
QByteArray normalizedText(const QByteArray &content);

// normalizedText() decoded as UTF-8; invalid sequences become U+FFFD.
QString decodedText(const QByteArray &content);

// The text split into lines (after normalisation); line N is at index N-1.
QStringList textLines(const QByteArray &content);

// Splits a command line the way a POSIX shell would for simple cases (quotes, backslashes);
// used to read commands written as one string. Does not expand anything.
QStringList splitShellWords(const QString &commandLine);

// Shannon entropy in bits per character.
double shannonEntropy(const QString &text);

} // namespace tfi
