// Prints every question asked to a speaker, across all the notes (*.txt, *.md) in a folder.
// Usage: dotnet run --project samples/QuestionsForSpeaker -- FOLDER "SPEAKER NAME"
using System;
using System.IO;
using System.Linq;
using ConfLog;

if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: QuestionsForSpeaker FOLDER \"SPEAKER NAME\"");
    return 2;
}

string folder = args[0];
string speaker = args[1].Trim();
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"'{folder}' is not a folder.");
    return 2;
}

var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
    .Where(file => file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal);
int count = 0;
foreach (string file in files)
{
    var log = ConferenceLog.Load(file);

    // Names are compared without case so "ann lee" finds "Ann Lee"; Japanese names are unaffected.
    var talks = log.Talks.Where(talk => talk.Speakers.Any(s => string.Equals(s.Name, speaker, StringComparison.OrdinalIgnoreCase)));
    foreach (var talk in talks)
    {
        foreach (var exchange in talk.Exchanges.Where(e => e.Question is not null))
        {
            var question = exchange.Question!;
            Console.WriteLine($"{file}:{question.Span.Line}  {talk.Title}");
            Console.WriteLine($"  Q: {question.Text}");
            foreach (var answer in exchange.Answers)
            {
                Console.WriteLine($"  A: {answer.Text}");
            }

            count++;
        }
    }
}

Console.WriteLine(count == 1 ? "1 question" : $"{count} questions");
return 0;
