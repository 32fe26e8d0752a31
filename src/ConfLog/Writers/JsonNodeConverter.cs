using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Lets <see cref="JsonSerializer"/> write a node as the object the document of <see cref="ConferenceLog.ToJson"/> holds
/// for it (a session, an item with its <c>kind</c>, a speaker, a link...), and read it back; each node type names it in its
/// <see cref="JsonConverterAttribute"/>. A <see cref="Day"/> is written but not read: it names its talks by line, and only
/// the whole log (<see cref="ConferenceLog.FromJson(string)"/>) has them. As for <see cref="JsonLogConverter"/>, the object
/// is ConfLog's own whatever the serializer's options say, and reading takes the serializer's depth limit.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed class JsonNodeConverter<T> : JsonConverter<T>
    where T : Node
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JsonModelReader.ReadNode<T>(document.RootElement);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonWriter.Options(Guard.NotNull(options, nameof(options)).WriteIndented)))
        {
            JsonNodeWriter.WriteNode(json, Guard.NotNull(value, nameof(value)));
        }

        writer.WriteRawValue(buffer.ToArray(), skipInputValidation: true);
    }
}
