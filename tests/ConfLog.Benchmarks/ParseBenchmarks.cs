using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConfLog.Lines;
using Markdig;
using Markdig.Syntax;
using Sprache;

namespace ConfLog.Benchmarks;

/// <summary>
/// ConfLog against three baselines on the same text: splitting lines, a compiled-regex line classifier, and
/// Markdig's Markdown parser (the baseline of the ratios).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string text = string.Empty;
    private string[] documents = [];
    private string path = string.Empty;

    /// <summary>Gets the sizes of a full run, or of a short one.</summary>
    public static IEnumerable<InputSize> Sizes => Program.ShortRun
        ? [new(Inputs.SeedName), new(Inputs.CorpusName), new("256KB")]
        : [new(Inputs.SeedName), new(Inputs.CorpusName), new("1MB"), new("4MB"), new("20MB")];

    /// <summary>Gets or sets the input: <c>seed</c>, or the size of a log made from it.</summary>
    [ParamsSource(nameof(Sizes))]
    public InputSize Size { get; set; } = new(Inputs.SeedName);

    /// <summary>Builds the input and writes it to a temporary file for <see cref="ConfLogLoad"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = Inputs.Get(Size.Name);
        documents = Inputs.Documents(Size.Name);
        path = Path.Combine(Path.GetTempPath(), $"conflog-bench-{Size.Name}-{Environment.ProcessId}.txt");
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Deletes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(path);
        Inputs.Release();
    }

    /// <summary>Baseline: enumerates the lines as spans, allocating nothing.</summary>
    /// <returns>A checksum, so the loop is not removed.</returns>
    [Benchmark]
    public int SplitLinesSpan()
    {
        int sum = 0;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            sum += line.Length + 1;
        }

        return sum;
    }

    /// <summary>Baseline: <see cref="string.Split(char, StringSplitOptions)"/>, one string per line.</summary>
    /// <returns>The lines.</returns>
    [Benchmark]
    public string[] SplitLinesString() => text.Split('\n');

    /// <summary>Baseline: one compiled regex with an alternation per line kind, applied to every line.</summary>
    /// <returns>A checksum of the counts.</returns>
    [Benchmark]
    public int RegexClassify()
    {
        Span<int> counts = stackalloc int[7];
        RegexLineClassifier.CountKinds(text, counts);
        int sum = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            sum = (sum * 31) + counts[i];
        }

        return sum;
    }

    /// <summary>The baseline of the ratios: Markdig's CommonMark parser (default pipeline) to its syntax tree, each document of the input in turn.</summary>
    /// <returns>The last document.</returns>
    [Benchmark(Baseline = true)]
    public MarkdownDocument Markdig()
    {
        MarkdownDocument last = null!;
        foreach (string document in documents)
        {
            last = Markdown.Parse(document);
        }

        return last;
    }

    /// <summary>ConfLog: the text to the full object graph, each document of the input in turn.</summary>
    /// <returns>The last log.</returns>
    [Benchmark]
    public ConferenceLog ConfLogParse()
    {
        ConferenceLog last = null!;
        foreach (string document in documents)
        {
            last = ConferenceLog.Parse(document);
        }

        return last;
    }

    /// <summary>
    /// ConfLog's line grammar alone (<see cref="ConfLogGrammar.Line"/>, Sprache) on every line, no structure: how much
    /// of <see cref="ConfLogParse"/> is the grammar. Each line is a substring, as Sprache reads strings.
    /// </summary>
    /// <returns>The number of lines read.</returns>
    [Benchmark]
    public int ConfLogGrammarLines()
    {
        int count = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (ConfLogGrammar.Line.TryParse(text[start..end]).WasSuccessful)
            {
                count++;
            }

            start = end + 1;
        }

        return count;
    }

    /// <summary>ConfLog: a UTF-8 file (read, decoded, parsed) to the full object graph.</summary>
    /// <returns>The log.</returns>
    [Benchmark]
    public ConferenceLog ConfLogLoad() => ConferenceLog.Load(path);

    /// <summary>
    /// ConfLog: <see cref="ConferenceLog.Stream"/> over the same file, each session handed out as soon as it is
    /// complete and dropped: what an archive too large to hold costs.
    /// </summary>
    /// <returns>The number of items in all sessions.</returns>
    [Benchmark]
    public int ConfLogStream()
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        int items = 0;
        foreach (var session in ConferenceLog.Stream(reader))
        {
            items += session.Items.Length;
        }

        return items;
    }
}
