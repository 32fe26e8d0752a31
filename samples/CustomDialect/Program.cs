// A dialect of your own: "TODO: text" lines, read by a Sprache parser given to ConfLog as a line recognizer,
// become notes of kind "todo"; "Pause" and "Mittag" name breaks. Prints every TODO with its line number.
// Usage: dotnet run --project samples/CustomDialect
using System;
using System.Linq;
using ConfLog;
using ConfLog.Lines;
using ConfLog.Model;
using Sprache;

const string Notes = """
    - 2024-03-01 Berlin 10:00〜17:00
    Parser combinators / Anna Schmidt (Acme)
    - Sprache composes small parsers into a grammar
    TODO: ask Anna for the slides
    - error messages name what was expected
      TODO: compare with Pidgin
    [2024-03-01 11:00]
    Mittag
    - Currywurst
    [2024-03-01 12:00]
    Immutable models / Kenji Ito, Laura Becker (Fabrikam)
    - records with spans
    TODO: read the ImmutableArray docs
    """;

// The line kind: optional indentation, "TODO:", the text. It is tried before every built-in kind.
var todo = new LineRecognizer(
    "todo",
    from indent in TextRuns.Spaces
    from marker in Parse.String("TODO:")
    from gap in TextRuns.Spaces
    from text in TextRuns.RestOfLine
    select text.TrimEnd());

var options = ConfLogOptions.Default with
{
    Recognizers = [todo],
    BreakKeywords = ["Pause", "Mittag"],
};

var log = ConferenceLog.Parse(Notes, options);
foreach (var session in log.Sessions)
{
    string where = session.Kind switch
    {
        SessionKind.Talk => session.Title!,
        SessionKind.Interlude => "(between sessions)",
        _ => $"({session.Title})",
    };
    var todos = session.Descendants<Note>().Where(note => note.Kind == todo.Kind);
    foreach (var note in todos)
    {
        Console.WriteLine($"line {note.Span.Line}: TODO {note.Text}  [{where}]");
    }
}

Console.WriteLine($"{log.Talks.Length} talks, {log.Sessions.OfType<Break>().Count()} break, {log.Diagnostics.Length} diagnostics");
