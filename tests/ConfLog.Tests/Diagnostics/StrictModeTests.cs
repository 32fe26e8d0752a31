using System;
using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Diagnostics;

public sealed class StrictModeTests
{
    private static readonly ConfLogOptions Strict = new() { Strict = true };

    [Fact]
    public void Strict_mode_throws_one_exception_carrying_every_diagnostic()
    {
        const string text = "T / S\n- A: orphan\n[2012-13-45 10:00]\n[2012-12-04 10:4]\n[2012-02-30 10:00]";

        Action parse = () => ConferenceLog.Parse(text, Strict);

        var exception = parse.Should().Throw<ConfLogParseException>().Which;
        exception.Diagnostics.Select(d => d.Code).Should().Equal("CL0003", "CL0001", "CL0002", "CL0001");
        exception.Message.Should().Be("The log has errors: line 3, column 7: CL0001: '[2012-13-45 10:00]' is not a timestamp: unexpected '13' in month, expected 01-12 (and 1 more error)");
    }

    [Fact]
    public void Strict_mode_does_not_throw_for_warnings_and_infos()
    {
        var log = ConferenceLog.Parse("T / S\n- A: orphan\n- Q: unanswered", Strict);

        log.Diagnostics.Select(d => d.Severity).Should().Equal(DiagnosticSeverity.Warning, DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_default_never_throws_on_the_same_text()
    {
        var log = ConferenceLog.Parse("[2012-13-45 10:00]");

        log.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Strict_mode_accepts_the_seed()
    {
        ConferenceLog.Load(Seed.Path, Strict).Talks.Should().HaveCount(10);
    }
}
