#pragma once

#include <QStringList>

namespace volunteers::demo {

// Word lists for invented demo people, organisations and employers. The
// combinations are random: no real person's data is used.
const QStringList &surnames();
const QStringList &maleNames();
const QStringList &femaleNames();
const QStringList &streetNames();
const QStringList &associationPatterns(); // "%1" is a place or area
const QStringList &businessWords();
const QStringList &businessKinds();

} // namespace volunteers::demo
