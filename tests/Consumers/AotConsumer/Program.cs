// ConfLog in a Native AOT executable: the parse, a Sprache recognizer of the user's own built from the public grammar,
// the JSON and the stream, each checked against what the seed says. Usage: AotConsumer SEED.
// Exits 1 with a message on the first broken promise; prints one line per check that held.
using ConfLog;
using ConfLog.Lines;
using Sprache;

string seed = args[0];
string text = File.ReadAllText(seed);

var log = ConferenceLog.Parse(text);
Check(log.Talks.Length == 10 && log.Talks.Sum(t => t.Exchanges.Length) == 23, $"Parse finds 10 talks and 23 Q/A, not {log.Talks.Length} and {log.Talks.Sum(t => t.Exchanges.Length)}");
Check(log.ToString() == text, "Parse keeps the text");
Console.WriteLine($"aot: parse: {log.Talks.Length} talks, {log.Talks.Sum(t => t.Exchanges.Length)} Q/A, last talk {log.Talks[^1]}");

var stamp = DateGrammar.Timestamp.TryParse("[2012-12-04 10:40]");
Check(stamp.WasSuccessful, "DateGrammar.Timestamp reads a timestamp");
var todo = new LineRecognizer("todo",
    from marker in Sprache.Parse.String("TODO:")
    from gap in TextRuns.Spaces
    from rest in TextRuns.RestOfLine
    select rest);
var withTodo = ConferenceLog.Parse(text + "\nTODO: send the slides\n", ConfLogOptions.Default with { Recognizers = [todo] });
var note = withTodo.Talks[^1].Notes[^1];
Check(note.Kind == "todo" && note.Text == "send the slides", $"a recognizer of one's own makes a todo note, not {note.Kind}: {note.Text}");
Console.WriteLine($"aot: recognizer: {note.Kind} note \"{note.Text}\" at line {note.Span.Line}");

string json = log.ToJson();
Check(json.Contains("\"venue\": \"筑波大学\"", StringComparison.Ordinal) && json.Split("\"kind\": \"talk\"").Length == 11, "ToJson writes the venue and the 10 talks");
Console.WriteLine($"aot: json: {json.Length} characters");

using var reader = new StringReader(text);
var stream = ConferenceLog.Stream(reader);
var sessions = stream.ToList();
Check(sessions.SequenceEqual(log.Sessions), "Stream gives the sessions Parse gives");
Console.WriteLine($"aot: stream: {sessions.Count} sessions, {stream.Diagnostics.Count} diagnostics");
return 0;

static void Check(bool condition, string promise)
{
    if (!condition)
    {
        Console.Error.WriteLine("aot consumer: FAILED: " + promise);
        Environment.Exit(1);
    }
}
