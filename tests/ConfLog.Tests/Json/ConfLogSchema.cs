using System;
using System.Linq;
using System.Text.Json;
using ConfLog.Writers;
using Json.Schema;

namespace ConfLog.Tests.Json;

// The schema the library carries, built once, and what it says of a JSON value: null when the value is valid, or
// the first errors with where they are.
internal static class ConfLogSchema
{
    private static readonly Lazy<(JsonSchema Document, JsonSchema Session)> Built = new(() =>
    {
        var options = new BuildOptions();
        var document = JsonSchema.FromText(JsonWriter.Schema, options);
        var session = JsonSchema.FromText("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"urn:conflog:document:2#/$defs/session\"}", options);
        return (document, session);
    });

    public static string? DocumentErrors(string json) => Errors(Built.Value.Document, json);

    public static string? SessionErrors(string json) => Errors(Built.Value.Session, json);

    private static string? Errors(JsonSchema schema, string json)
    {
        using var value = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 100_000 });
        var result = schema.Evaluate(value.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }

        var errors = ((System.Collections.Generic.IEnumerable<EvaluationResults>?)result.Details ?? Array.Empty<EvaluationResults>())
            .Where(detail => detail.Errors is { Count: > 0 })
            .Take(5)
            .Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}");
        return "invalid: " + string.Join(" | ", errors);
    }
}
