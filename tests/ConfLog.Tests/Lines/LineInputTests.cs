using System;
using FluentAssertions;
using Sprache;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class LineInputTests
{
    [Fact]
    public void A_new_input_starts_at_the_given_position()
    {
        var input = new LineInput("[2012-12-04 10:40]", 12);

        input.Position.Should().Be(12);
        input.Current.Should().Be('1');
        input.AtEnd.Should().BeFalse();
        input.Line.Should().Be(1);
        input.Column.Should().Be(13);
    }

    [Fact]
    public void An_input_at_the_end_of_the_line_is_at_end_and_has_no_current_character()
    {
        var input = new LineInput("ab", 2);

        input.AtEnd.Should().BeTrue();
        input.Current.Should().Be('\0');
    }

    [Fact]
    public void The_empty_line_starts_at_its_end()
    {
        new LineInput(string.Empty).AtEnd.Should().BeTrue();
    }

    [Fact]
    public void A_null_source_throws()
    {
        var act = () => new LineInput(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void A_position_outside_the_text_throws(int outside)
    {
        var act = () => new LineInput("abc", outside);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position")
            .WithMessage("The position must lie within the source text.*").Which;
        thrown.ActualValue.Should().Be(outside);
    }

    [Fact]
    public void Advance_moves_one_character()
    {
        var next = new LineInput("ab").Advance();

        next.Position.Should().Be(1);
        next.Current.Should().Be('b');
    }

    [Fact]
    public void Advance_at_the_end_throws()
    {
        var input = new LineInput("ab", 2);

        var act = () => input.Advance();

        act.Should().Throw<InvalidOperationException>().WithMessage("The input is already at the end of the line.");
    }

    [Fact]
    public void Advance_on_the_empty_line_throws()
    {
        var act = () => new LineInput(string.Empty).Advance();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Skip_jumps_many_characters_in_one_step_to_a_new_line_input()
    {
        string line = new string('x', 100_000);
        var input = new LineInput(line, 10);

        var skipped = LineInput.Skip(input, 99_990);

        skipped.Should().BeOfType<LineInput>();
        skipped.Position.Should().Be(100_000);
        skipped.AtEnd.Should().BeTrue();
        skipped.Source.Should().BeSameAs(line);
    }

    [Fact]
    public void Skip_by_zero_returns_the_same_input()
    {
        var input = new LineInput("abc", 1);

        LineInput.Skip(input, 0).Should().BeSameAs(input);
    }

    [Fact]
    public void Skip_leaves_the_original_input_where_it_was()
    {
        var input = new LineInput("abcdef", 1);

        LineInput.Skip(input, 3);

        input.Position.Should().Be(1);
    }

    [Fact]
    public void Skip_over_another_kind_of_input_advances_character_by_character()
    {
        IInput input = new Input("abcdef");

        var skipped = LineInput.Skip(input, 4);

        skipped.Should().BeOfType<Input>();
        skipped.Position.Should().Be(4);
        skipped.Current.Should().Be('e');
    }

    [Fact]
    public void Inputs_over_the_same_line_at_the_same_position_are_equal()
    {
        string line = "- Q: 日本語ポストは?";
        var a = new LineInput(line, 2);
        var b = new LineInput(line, 2);

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Inputs_at_different_positions_are_not_equal()
    {
        string line = "- Q: 日本語ポストは?";

        new LineInput(line, 2).Equals(new LineInput(line, 3)).Should().BeFalse();
    }

    [Fact]
    public void Inputs_over_different_line_instances_are_not_equal()
    {
        string line = "- Q: x";
        string copy = new string(line.ToCharArray());

        new LineInput(line).Equals(new LineInput(copy)).Should().BeFalse();
    }

    [Fact]
    public void An_input_is_not_equal_to_null()
    {
        new LineInput("x").Equals(null).Should().BeFalse();
        new LineInput("x").Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void An_advanced_input_equals_one_made_at_the_next_position()
    {
        string line = "abc";

        new LineInput(line).Advance().Should().Be(new LineInput(line, 1));
    }

    [Fact]
    public void Memos_are_kept_per_input()
    {
        var input = new LineInput("abc");

        input.Memos["key"] = 42;

        input.Memos["key"].Should().Be(42);
        new LineInput("abc").Memos.Should().BeEmpty();
    }

    [Fact]
    public void ToString_shows_the_column_and_the_rest_of_the_line()
    {
        new LineInput("[2012-12-04 10:40]", 12).ToString().Should().Be("Column 13: \"10:40]\"");
    }
}
