using System;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace ConfLog.FluentAssertions.Tests;

// Every assertion puts the caller's reason where FluentAssertions' own do: after the expectation, before "but".
// The reason's argument holds braces, which FluentAssertions must not read as placeholders.
public sealed class BecauseTests
{
    private const string Because = "the {0} says so";

    private static readonly object[] Args = ["programme {v2}"];

    private const string Reason = " because the programme {v2} says so, ";

    [Fact]
    public void HaveNoDiagnostics_gives_the_reason()
    {
        var log = ConferenceLog.Parse("T / S\n- Q: why?\n[2012-13-45 25:61]\n");

        Message(() => log.Should().HaveNoDiagnostics(Because, Args)).Should().StartWith("Expected log to have no diagnostics" + Reason + "but found 2:");
    }

    [Fact]
    public void HaveDiagnostic_gives_the_reason()
    {
        var log = ConferenceLog.Parse("T / S\n");

        Message(() => log.Should().HaveDiagnostic("CL0003", Because, Args)).Should().Be("Expected log to have a diagnostic CL0003" + Reason + "but it has no diagnostics.");
    }

    [Fact]
    public void HaveTalks_gives_the_reason()
    {
        var seed = Seed.Log;

        Message(() => seed.Should().HaveTalks(11, Because, Args)).Should().Be("Expected seed to have 11 talks" + Reason + "but found 10.");
    }

    [Fact]
    public void HaveEventOn_gives_the_reason()
    {
        var seed = Seed.Log;

        Message(() => seed.Should().HaveEventOn(new DateTime(2012, 12, 5), Because, Args)).Should().Be(
            "Expected seed to have its event on 2012-12-05" + Reason + "but found 2012-12-04 at line 1.");
    }

    [Fact]
    public void StartAt_and_EndAt_give_the_reason()
    {
        var talk = Seed.Log.Talks[9];

        Message(() => talk.Should().StartAt("17:19", Because, Args)).Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to start at 17:19" + Reason + "but it starts at 17:18.");
        Message(() => talk.Should().EndAt(new DateTime(2012, 12, 4, 17, 48, 0), Because, Args)).Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to end at 2012-12-04 17:48" + Reason + "but it ends at 2012-12-04 17:47.");
    }

    [Fact]
    public void HaveExchanges_and_HaveQuestionContaining_give_the_reason()
    {
        var talk = Seed.Log.Talks[9];

        Message(() => talk.Should().HaveExchanges(1, Because, Args)).Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to have 1 Q/A exchange" + Reason + "but found 2, at lines 224, 226.");
        Message(() => talk.Should().HaveQuestionContaining("UDP", Because, Args)).Should().StartWith(
            "Expected talk \"TwitVisor\" at line 218 to have a question containing \"UDP\"" + Reason + "but found none; closest: ");
    }

    [Fact]
    public void HaveNoteContaining_and_HaveLink_give_the_reason()
    {
        var talk = Seed.Log.Talks[3];

        Message(() => talk.Should().HaveNoteContaining("make -k", Because, Args)).Should().StartWith(
            "Expected talk \"Customizing BitVisor 1.3\" at line 95 to have a note containing \"make -k\"" + Reason + "but found none; closest: ");
        Message(() => talk.Should().HaveLink("http://youtu.be/x", Because, Args)).Should().StartWith(
            "Expected talk \"Customizing BitVisor 1.3\" at line 95 to have a link to \"http://youtu.be/x\"" + Reason +
            "but found none; closest: \"http://youtu.be/IihKKgcXnic\" at line 114");
    }

    [Fact]
    public void A_diagnostic_narrowed_down_gives_the_reason_of_the_step_that_failed()
    {
        // An answer with no question before it: CL0003 at line 2.
        var log = ConferenceLog.Parse("T / S\n- A: because\n");

        Message(() => log.Should().HaveDiagnostic("CL0003").AtLine(2).WithMessageContaining("{0}", Because, Args)).Should().StartWith(
            "Expected log to have a diagnostic CL0003 at line 2 with a message containing \"{0}\"" + Reason + "but found only:");
    }

    [Fact]
    public void A_null_session_gives_the_reason()
    {
        Model.Session? session = null;

        Message(() => session.Should().HaveLink("http://x", Because, Args)).Should().Be("Expected session to have a link to \"http://x\"" + Reason + "but found <null>.");
    }

    private static string Message(Action act) => act.Should().Throw<XunitException>().Which.Message;
}
