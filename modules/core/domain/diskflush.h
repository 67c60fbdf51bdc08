#pragma once

#include <QString>

namespace core {

// What "on disk" means for files that must survive a power cut: the data
// of a file forced to the device (fsync), and the folder entry of a file
// just created or renamed in it. Elsewhere than Unix, the best Qt offers.
bool flushFileToDisk(const QString &path);
bool flushFolderToDisk(const QString &folder);

} // namespace core
