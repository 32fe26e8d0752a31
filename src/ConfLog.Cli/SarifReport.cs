using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfLog.Diagnostics;

namespace ConfLog.Cli;

/// <summary>
/// <c>--format sarif</c>: one SARIF 2.1.0 log, the format code-scanning services read (GitHub's
/// <c>upload-sarif</c>, Azure DevOps, VS Code's SARIF viewer). One run; every ConfLog code is a rule in
/// <c>tool.driver.rules</c>; one result per diagnostic with its rule, level, message and region (line and column
/// in UTF-16 code units, as ConfLog counts them). Files are relative URIs against <c>%SRCROOT%</c>, the current
/// folder. Written with <see cref="Utf8JsonWriter"/>: no reflection, so the command stays trimmable and AOT-ready.
/// </summary>
internal sealed class SarifReport(TextWriter output) : CheckReport
{
    private const string SourceRoot = "%SRCROOT%";

    private readonly List<(string File, Diagnostic Diagnostic)> _results = [];
    private readonly List<string> _failures = [];

    public override void File(string displayName, IReadOnlyList<Diagnostic> diagnostics) =>
        _results.AddRange(diagnostics.Select(d => (displayName, d)));

    public override void Unreadable(string path, string failure) => _failures.Add(failure);

    // A SARIF file is one JSON document: the summary would spoil it, and the exit code already says it.
    public override void End(string summary)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",

            // Notes are Japanese as often as not: keep them readable rather than \uXXXX. The file is UTF-8, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            Write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>The file as a URI relative to the current folder: <c>notes/day%202.txt</c>.</summary>
    internal static string RelativeUri(string path)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
        return string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private void Write(Utf8JsonWriter json)
    {
        var rules = DiagnosticCodes.All;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "conflog");
        json.WriteString("version", ToolVersion());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Meaning);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", _failures.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (string failure in _failures)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteMessage(json, failure);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        // The current folder, as an absolute file URI ending in '/', so a viewer can open the files.
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var (file, diagnostic) in _results)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Code);
            int index = RuleIndex(rules, diagnostic.Code);
            if (index >= 0)
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(diagnostic.Severity));
            WriteMessage(json, diagnostic.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (file == LogInput.StandardInput || file == "<stdin>")
            {
                json.WriteString("uri", "stdin");
            }
            else
            {
                json.WriteString("uri", RelativeUri(file));
                json.WriteString("uriBaseId", SourceRoot);
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", diagnostic.Span.Line);
            json.WriteNumber("startColumn", diagnostic.Span.Column);
            json.WriteNumber("charOffset", diagnostic.Span.Offset);
            json.WriteNumber("charLength", diagnostic.Span.Length);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static int RuleIndex(IReadOnlyList<DiagnosticDescriptor> rules, string code)
    {
        for (int i = 0; i < rules.Count; i++)
        {
            if (string.Equals(rules[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    // The package version without the commit that SourceLink appends (0.1.0+abc123).
    private static string ToolVersion()
    {
        string version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Remove(plus);
    }
}
