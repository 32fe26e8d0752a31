using System;
using System.Globalization;

namespace ConfLog.Writers;

/// <summary>The ISO 8601 forms used in every output: <c>2012-12-04</c>, <c>10:40</c>, <c>2012-12-04T10:40</c>.</summary>
public static class IsoFormat
{
    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a time of day as <c>HH:mm</c>, or <c>HH:mm:ss</c> when it has seconds.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Time(TimeSpan? time) =>
        time is { } t ? t.ToString(t.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture) : null;

    /// <summary>Formats a date and time as <c>yyyy-MM-ddTHH:mm</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> when it has seconds.</summary>
    /// <param name="value">The date and time.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? DateTime(DateTime? value) =>
        value?.ToString(value.Value.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
