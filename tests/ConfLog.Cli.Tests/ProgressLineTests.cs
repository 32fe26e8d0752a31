using System.Globalization;
using System.IO;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// The progress line `check` draws on a terminal's error stream.
public sealed class ProgressLineTests
{
    [Fact]
    public void On_a_terminal_with_many_files_it_ends_on_the_full_count_and_clear_erases_it()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var progress = new ProgressLine(error, total: 20, enabled: true);

        for (int i = 0; i < 20; i++)
        {
            progress.Advance();
        }

        error.ToString().Should().StartWith("\rchecking 1/20 files").And.EndWith("\rchecking 20/20 files");
        progress.Clear();
        error.ToString().Should().EndWith("\rchecking 20/20 files\r" + new string(' ', "checking 20/20 files".Length) + "\r");
    }

    [Theory]
    [InlineData(false, 100)]
    [InlineData(true, ProgressLine.MinimumFiles - 1)]
    public void Off_the_terminal_or_with_few_files_it_writes_nothing(bool enabled, int total)
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var progress = new ProgressLine(error, total, enabled);

        for (int i = 0; i < total; i++)
        {
            progress.Advance();
        }

        progress.Clear();
        error.ToString().Should().BeEmpty();
    }
}
