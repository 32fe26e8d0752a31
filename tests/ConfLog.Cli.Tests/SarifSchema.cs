using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ConfLog.Cli.Tests;

// The OASIS SARIF 2.1.0 schema, stored beside the tests (Sarif/README.md says where it comes from and under what terms).
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Evaluates a document; the errors, one per line with where they are, or an empty string when it is valid.</summary>
    public static string Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? string.Empty
            : string.Join(
                "\n",
                (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
    }

    private static JsonSchema Load()
    {
        // The file declares draft-04, which JsonSchema.Net does not implement. Every keyword it uses means the same in
        // draft-07, so it is read as draft-07: the declaration is swapped in memory, and the file stays as OASIS publishes it.
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(schema.ToJsonString(), baseUri: new Uri("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"));
    }
}
