#pragma once

#include <QList>

namespace core {

// The class breaks of a map of values per comune (up to five classes): the
// quintiles of the positive values, each rounded to two significant digits
// so that a legend reads "1.500 – 2.600 kg", never "142 – 145 kg", with
// no two equal breaks and none at or above the largest value (a class is
// never "2.632 – 2.632"). Upper bounds of the classes but the last; empty
// when all the positive values are equal (one class).
QList<double> mapClassBreaks(QList<double> values);

} // namespace core
