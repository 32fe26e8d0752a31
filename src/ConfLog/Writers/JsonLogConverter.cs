using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConfLog.Writers;

/// <summary>
/// Lets <see cref="JsonSerializer"/> write a <see cref="ConferenceLog"/> as the document <see cref="ConferenceLog.ToJson"/>
/// gives, and read one with <see cref="ConferenceLog.FromJson(string)"/>; <see cref="ConferenceLog"/> names it in its
/// <see cref="JsonConverterAttribute"/>. The document is ConfLog's own whatever the serializer's options say (its
/// field names, its escaping, and no depth limit for deeply nested notes), indented when
/// <see cref="JsonSerializerOptions.WriteIndented"/> is. Reading takes the serializer's
/// <see cref="JsonSerializerOptions.MaxDepth"/> (64 unless set): raise it, or use <see cref="ConferenceLog.FromJson(string)"/>,
/// for notes nested deeper.
/// </summary>
public sealed class JsonLogConverter : JsonConverter<ConferenceLog>
{
    /// <inheritdoc/>
    public override ConferenceLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ConferenceLog.FromJson(document.RootElement.GetRawText());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ConferenceLog value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        using var buffer = new MemoryStream();
        JsonWriter.Write(Guard.NotNull(value, nameof(value)), buffer, Guard.NotNull(options, nameof(options)).WriteIndented);

        // Written whole, as ToJson writes it: the serializer's writer would stop at its depth limit and escape otherwise.
        writer.WriteRawValue(buffer.ToArray(), skipInputValidation: true);
    }
}
