using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// What the real console writes: UTF-8 without a byte-order mark, whatever the platform's console or locale would pick.
public sealed class ConsoleEncodingTests
{
    [Fact]
    public void Japanese_text_is_written_to_a_redirected_output_as_UTF_8_even_under_a_Latin_1_locale()
    {
        // Under a Latin-1 locale .NET on Unix encodes Console.Out as ISO-8859-1, where every Japanese character becomes
        // '?'; Windows' console code page (437, 932...) does the same there. The command must not depend on either.
        var start = new ProcessStartInfo("dotnet", $"\"{typeof(ConflogApp).Assembly.Location}\" outline \"{Cli.SeedPath}\" --no-color")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LC_ALL"] = "en_US.ISO-8859-1";
        start.Environment["LANG"] = "en_US.ISO-8859-1";

        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0, error);
        byte[] written = bytes.ToArray();
        written.AsSpan().StartsWith(Encoding.UTF8.Preamble).Should().BeFalse("a byte-order mark would spoil redirected JSON");
        string text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(written);
        text.Should().Contain("TwitVisor / 島田恭平(筑波大学)").And.Contain("17:18 –17:47");
        written.AsSpan().IndexOf(Encoding.UTF8.GetBytes("島田恭平")).Should().BePositive();
    }
}
