using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace ConfLog.FluentAssertions.Tests;

public sealed class SessionAssertionsTests
{
    private static Session Lunch => Seed.Log.Sessions.OfType<Break>().Single();

    private static Session Arrival => Seed.Log.Sessions[0];

    [Fact]
    public void A_break_has_its_times()
    {
        var session = Lunch;

        session.Should().StartAt("12:09").And.EndAt(new DateTime(2012, 12, 4, 13, 16, 0));
    }

    [Fact]
    public void A_break_is_named_by_its_heading_and_line()
    {
        var session = Lunch;

        Action act = () => session.Should().EndAt("13:00");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected break \"昼休憩\" at line 90 to end at 13:00, but it ends at 13:16.");
    }

    [Fact]
    public void An_interlude_is_named_by_its_line()
    {
        var session = Arrival;

        Action act = () => session.Should().HaveNoteContaining("丸の内線");

        session.Kind.Should().Be(SessionKind.Interlude);
        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected interlude at line 4 to have a note containing \"丸の内線\", but it has no notes.");
    }

    [Fact]
    public void A_null_session_fails_with_the_same_sentence()
    {
        Session? session = null;

        Action act = () => session.Should().StartAt("10:10");

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected session to start at 10:10, but found <null>.");
    }
}
