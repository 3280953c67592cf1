// cachetutor-trace: runs one CacheTutor script and prints its trace.
//
// The command-line face of core: read the script, merge the options of its
// `# cachetutor:` comment with the command line's, trace it, print the chosen
// format on stdout. stderr gets what Python would print there (key warnings,
// the traceback) so the tool can stand in for `python3 script.py` in a lesson.
//
// Exit status: 0 the script ran to the end; 1 it raised (or hit the step
// limit), after printing the trace up to that point; 2 it could not run.
//
// `--lesson` prints a lesson instead: its trace and its quiz with an answer
// key computed from that trace (LessonChecker), so a lesson author can see
// what students will be told is right. A lesson that does not check clean is
// not printed at all: its errors go to stderr with exit status 2.

#include "interpreter.h"
#include "lessonchecker.h"
#include "lessonreader.h"
#include "scriptoptions.h"
#include "traceformatter.h"
#include "tracediff.h"

#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace cachetutor;

namespace {

constexpr const char *kProgram = "cachetutor-trace";

enum ExitStatus {
    kRanToEnd = 0,
    kStopped = 1,
    kCouldNotRun = 2,
};

void printHelp()
{
    std::cout << "Usage: " << kProgram << " SCRIPT.py|- [options]\n"
              << "       " << kProgram << " --lesson FILE|NAME [--format F]\n"
              << "       " << kProgram << " --list-lessons\n"
              << "\n"
              << "Runs a Python script that uses Django's low-level cache API (LocMemCache as in\n"
              << "Django 3.2, on a virtual clock) and prints what each step did. '-' reads stdin.\n"
              << "\n"
              << "Options (a '# cachetutor: ...' comment before the script's first statement may\n"
              << "give them too; the command line wins):\n"
              << ScriptOptions::helpText()
              << "  --lesson FILE|NAME    check a lesson (a file, or a shipped lesson's name)\n"
              << "                        against its trace and print its title, trace (the\n"
              << "                        table and the tracker, or --format's) and quiz with\n"
              << "                        the answer key computed from the trace; the lesson's\n"
              << "                        backend settings apply (no other option goes with it)\n"
              << "  --list-lessons        list the shipped lessons: name, a tab, the title\n"
              << "  -h, --help            show this help\n"
              << "\n"
              << "Exit status: 0 the script ran to the end, 1 it raised an exception or reached\n"
              << "the step limit (the trace so far is printed), 2 it could not run. With\n"
              << "--lesson: 0 the lesson checks clean, 2 it does not (errors on stderr).\n";
}

int usageError(const std::string &message)
{
    std::cerr << kProgram << ": " << message << "\nTry '" << kProgram << " --help'.\n";
    return kCouldNotRun;
}

// The script's bytes exactly as stored: the lexer decodes them as Python would.
// stdio rather than iostreams so that a directory or a read error reports errno.
std::optional<std::string> readScript(const std::string &path, std::string &error)
{
    std::FILE *file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::string bytes;
    char buffer[65536];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, read);
    const bool failed = std::ferror(file);
    if (failed)
        error = std::strerror(errno);
    if (file != stdin)
        std::fclose(file);
    if (failed)
        return std::nullopt;
    return bytes;
}

// Python's default warning filter shows each distinct warning once per run.
void printKeyWarnings(const Trace &trace)
{
    std::set<std::string> shown;
    for (int i = 0; i < trace.stepCount(); ++i) {
        const StepRecord &step = trace.step(i);
        for (std::uint32_t c = step.callsBegin; c < step.callsEnd; ++c) {
            const std::int32_t list = trace.call(c).warningsIndex;
            if (list < 0)
                continue;
            for (const std::string &warning : trace.warningLists()[static_cast<std::size_t>(list)])
                if (shown.insert(warning).second)
                    std::cerr << trace.fileName() << ':' << step.line << ": " << warning << '\n';
        }
    }
}

void printWithNewline(std::ostream &stream, const std::string &text)
{
    stream << text;
    if (!text.empty() && text.back() != '\n')
        stream << '\n';
}

// ---- lessons

std::string text(const QString &string)
{
    return string.toStdString();
}

// A table cell on one line of the answer key; an empty one still visible.
std::string cellText(const QString &cell)
{
    if (cell.isEmpty())
        return "(empty)";
    QString line = cell;
    line.replace(QLatin1Char('\n'), QLatin1String(" | "));
    return text(line);
}

// A file when there is one at that path, else the shipped lesson of that
// name, else the path as given (so the error names what the user typed).
// Shipped files may carry an ordering prefix ("02-timeouts.json"), so the
// name is looked up in the lessons themselves, not guessed from it.
QString lessonPath(const std::string &argument)
{
    const QString given = QString::fromStdString(argument);
    if (QFileInfo::exists(given) || given.contains(QLatin1Char('/')))
        return given;
    for (const QString &path : LessonReader::shippedLessonPaths()) {
        const LessonReadResult read = LessonReader::readFile(path);
        if (read.lesson && read.lesson->name == given)
            return path;
    }
    return given;
}

std::string letter(qsizetype index)
{
    return std::string(1, static_cast<char>('A' + index));
}

std::string hintCells(const QuizQuestion &question)
{
    std::string steps;
    for (qsizetype i = 0; i < question.hintSteps.size(); ++i)
        steps += (i > 0 ? ", " : "") + std::to_string(question.hintSteps[i]);
    const char *plural = question.hintSteps.size() == 1 ? "step " : "steps ";
    if (question.hintColumn.isEmpty())
        return plural + steps + " (whole rows)";
    if (question.hintSteps.isEmpty())
        return text(question.hintColumn) + " (whole column)";
    return text(question.hintColumn) + " at " + plural + steps;
}

void printAnswerKey(const Lesson &lesson, const Trace &trace, const QuizQuestion &question)
{
    const std::optional<QString> computed = LessonChecker::computeAnswer(question, trace);
    if (computed) {
        const std::string source = " \u2014 computed from the trace: " + text(LessonChecker::describeSource(question.answerFrom));
        if (question.answer >= 0 && question.answer < question.options.size())
            std::cout << "   Answer: " << letter(question.answer) << " (" << text(question.options[question.answer]) << ")"
                      << source << '\n';
        else
            std::cout << "   Answer: " << cellText(*computed) << source << '\n';
    } else if (question.answer >= 0 && question.answer < question.options.size()) {
        std::cout << "   Answer: " << letter(question.answer) << " \u2014 as written in the lesson\n";
    }

    if (question.kind == QuizQuestion::Kind::WhatIf) {
        // The real changes, from tracing the changed script: the checker has
        // already held the lesson's list equal to them.
        const auto changed = LessonChecker::traceWhatIf(lesson, question.whatIf);
        std::cout << "   Changed cells:\n";
        const QList<CellChange> changes = diffExecutionTables(trace, *changed);
        if (changes.isEmpty())
            std::cout << "     (none)\n";
        for (const CellChange &change : changes)
            std::cout << "     step " << change.step << "  " << text(change.column) << ": " << cellText(change.before)
                      << " \u2192 " << cellText(change.after) << '\n';
    }
}

void printQuiz(const Lesson &lesson, const Trace &trace)
{
    if (lesson.quiz.isEmpty())
        return;
    std::cout << "\nQuiz\n";
    for (qsizetype q = 0; q < lesson.quiz.size(); ++q) {
        const QuizQuestion &question = lesson.quiz[q];
        const char *kind = question.kind == QuizQuestion::Kind::Predict  ? "[predict] "
                           : question.kind == QuizQuestion::Kind::WhatIf ? "[what-if] "
                                                                         : "";
        std::cout << '\n' << q + 1 << ". " << kind << text(question.question) << '\n';
        if (question.kind == QuizQuestion::Kind::WhatIf)
            std::cout << "   Change: line " << question.whatIf.line << " becomes: " << text(question.whatIf.replacement) << '\n';
        for (qsizetype o = 0; o < question.options.size(); ++o)
            std::cout << "   " << letter(o) << ". " << text(question.options[o]) << '\n';
        printAnswerKey(lesson, trace, question);
        if (!question.hint.isEmpty())
            std::cout << "   Hint: " << text(question.hint) << '\n';
        if (!question.hintColumn.isEmpty() || !question.hintSteps.isEmpty())
            std::cout << "   Hint cells: " << hintCells(question) << '\n';
        if (!question.explanation.isEmpty())
            std::cout << "   Explanation: " << text(question.explanation) << '\n';
        if (question.proofStep > 0)
            std::cout << "   Proof: step " << question.proofStep << '\n';
    }
}

int listLessons()
{
    int status = kRanToEnd;
    for (const QString &path : LessonReader::shippedLessonPaths()) {
        const LessonReadResult result = LessonReader::readFile(path);
        if (!result.lesson) {
            for (const QString &error : result.errors)
                std::cerr << text(error) << '\n';
            status = kCouldNotRun;
            continue;
        }
        std::cout << text(result.lesson->name) << '\t' << text(result.lesson->title) << '\n';
    }
    return status;
}

int showLesson(const std::string &argument, const ScriptOptions &options)
{
    const QString path = lessonPath(argument);
    const LessonReadResult read = LessonReader::readFile(path);
    if (!read.lesson) {
        for (const QString &error : read.errors)
            std::cerr << text(error) << '\n';
        return kCouldNotRun;
    }
    const std::unique_ptr<Trace> trace = LessonChecker::traceLesson(*read.lesson);
    const QStringList errors = LessonChecker::check(*read.lesson, path, *trace);
    if (!errors.isEmpty()) {
        for (const QString &error : errors)
            std::cerr << text(error) << '\n';
        return kCouldNotRun;
    }
    const Lesson lesson = LessonChecker::withComputedAnswers(*read.lesson, *trace);

    std::cout << text(lesson.title) << '\n'
              << "Lesson " << text(lesson.name) << ", script " << trace->fileName() << "\n\n";
    printKeyWarnings(*trace);
    TraceFormatter formatter(*trace);
    if (options.format) {
        printWithNewline(std::cout, formatter.format(*options.format));
    } else {
        std::cout << formatter.table() << "\nVariable tracker\n" << formatter.tracker();
    }
    printQuiz(lesson, *trace);
    std::cout.flush();
    // A lesson may be about an exception: the checker accepted it, so it is
    // shown as Python would show it, and the lesson is still fine.
    if (trace->status() == Trace::Status::Raised)
        printWithNewline(std::cerr, trace->traceback());
    return kRanToEnd;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    for (const std::string &argument : arguments) {
        if (argument == "--help" || argument == "-h") {
            printHelp();
            return kRanToEnd;
        }
    }

    // The lesson options are this tool's own; the rest are ScriptOptions'.
    std::optional<std::string> lesson;
    bool list = false;
    std::vector<std::string> scriptArguments;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "--list-lessons") {
            list = true;
        } else if (argument == "--lesson" || argument.starts_with("--lesson=")) {
            if (lesson)
                return usageError("one lesson at a time");
            if (argument != "--lesson")
                lesson = argument.substr(std::strlen("--lesson="));
            else if (i + 1 < arguments.size())
                lesson = arguments[++i];
            else
                return usageError("--lesson: expected a lesson file or name");
            if (lesson->empty())
                return usageError("--lesson: expected a lesson file or name");
        } else {
            scriptArguments.push_back(argument);
        }
    }

    ScriptOptions commandLine;
    std::vector<std::string> operands;
    if (const auto error = commandLine.parseArguments(scriptArguments, &operands))
        return usageError(error->text());
    if (list) {
        if (lesson || !operands.empty())
            return usageError("--list-lessons takes nothing else");
        return listLessons();
    }
    if (lesson) {
        if (!operands.empty())
            return usageError("--lesson runs the lesson's script, got '" + operands[0] + "' too");
        // A lesson's answers hold for its own settings only.
        if (commandLine.maxEntries || commandLine.cullFrequency || commandLine.keyPrefix || commandLine.version ||
            commandLine.timeout || commandLine.maxSteps)
            return usageError("--lesson runs with the lesson's own settings; only --format goes with it");
        return showLesson(*lesson, commandLine);
    }
    if (operands.empty())
        return usageError("no script given");
    if (operands.size() > 1)
        return usageError("one script at a time, got '" + operands[0] + "' and '" + operands[1] + "'");

    const std::string &path = operands.front();
    const std::string fileName = path == "-" ? "<stdin>" : path;
    std::string readError;
    const std::optional<std::string> source = readScript(path, readError);
    if (!source) {
        std::cerr << kProgram << ": cannot read '" << path << "': " << readError << '\n';
        return kCouldNotRun;
    }

    ScriptOptions options;
    if (const auto error = options.parseScriptComment(*source, fileName)) {
        std::cerr << kProgram << ": " << error->text() << '\n';
        return kCouldNotRun;
    }
    options.overrideWith(commandLine);
    RunOptions runOptions = options.toRunOptions();
    runOptions.fileName = fileName;

    const auto started = std::chrono::steady_clock::now();
    const std::unique_ptr<Trace> trace = traceScript(*source, runOptions);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;

    if (trace->status() == Trace::Status::NotRun) {
        printWithNewline(std::cerr, trace->diagnostic().format());
        return kCouldNotRun;
    }

    printKeyWarnings(*trace);
    TraceFormatter formatter(*trace);
    formatter.setElapsedSeconds(elapsed.count());
    std::cout << formatter.format(options.format.value_or(TraceFormat::Table));
    std::cout.flush();

    switch (trace->status()) {
    case Trace::Status::Completed:
        return kRanToEnd;
    case Trace::Status::Raised:
        printWithNewline(std::cerr, trace->traceback());
        return kStopped;
    case Trace::Status::StepLimit:
        std::cerr << kProgram << ": stopped after " << trace->maxSteps()
                  << " steps; a script that needs more can raise --max-steps\n";
        return kStopped;
    case Trace::Status::Cancelled:
    case Trace::Status::NotRun:
        break;
    }
    return kStopped;
}
