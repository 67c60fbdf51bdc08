#pragma once

#include "core/domain/importproblem.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace core {

// The table where an import dialog lists what it found in a file before
// anything is written: line, column, level (error / warning) and the
// problem in the user's language.
class ImportProblemsTable {
    Q_DECLARE_TR_FUNCTIONS(core::ImportProblemsTable)
public:
    static QTableWidget *create(QWidget *parent);
    static void show(QTableWidget *table, const QList<ImportProblem> &problems);
};

} // namespace core
