// libFuzzer target: LessonReader::read() on arbitrary bytes and, when they
// make a lesson, LessonChecker::check() on it.
//
// Reading must give a lesson or errors, never a crash; checking a lesson the
// reader accepted must not crash either (its REQUIRES are what the reader
// checks). Checking traces the lesson's script (and each what-if variant)
// with the engine's default step limit, so a long script is skipped: its
// behaviour is fuzz_interpreter's business.

#include "lessonchecker.h"
#include "lessonreader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
constexpr qsizetype MaxCheckedScript = 4096; // characters
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.json");
    const cachetutor::LessonReadResult result = cachetutor::LessonReader::read(json, fileName);
    if (result.lesson.has_value() != result.errors.isEmpty())
        std::abort();
    if (result.lesson && result.lesson->script.size() <= MaxCheckedScript)
        (void)cachetutor::LessonChecker::check(*result.lesson, fileName);
    return 0;
}
