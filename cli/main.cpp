// cachetutor-trace: runs one CacheTutor script and prints its trace.
//
// The command-line face of core: read the script, merge the options of its
// `# cachetutor:` comment with the command line's, trace it, print the chosen
// format on stdout. stderr gets what Python would print there (key warnings,
// the traceback) so the tool can stand in for `python3 script.py` in a lesson.
//
// Exit status: 0 the script ran to the end; 1 it raised (or hit the step
// limit), after printing the trace up to that point; 2 it could not run.

#include "interpreter.h"
#include "scriptoptions.h"
#include "traceformatter.h"

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
              << "\n"
              << "Runs a Python script that uses Django's low-level cache API (LocMemCache as in\n"
              << "Django 3.2, on a virtual clock) and prints what each step did. '-' reads stdin.\n"
              << "\n"
              << "Options (a '# cachetutor: ...' comment before the script's first statement may\n"
              << "give them too; the command line wins):\n"
              << ScriptOptions::helpText()
              << "  -h, --help            show this help\n"
              << "\n"
              << "Exit status: 0 the script ran to the end, 1 it raised an exception or reached\n"
              << "the step limit (the trace so far is printed), 2 it could not run.\n";
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

    ScriptOptions commandLine;
    std::vector<std::string> operands;
    if (const auto error = commandLine.parseArguments(arguments, &operands))
        return usageError(error->text());
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
