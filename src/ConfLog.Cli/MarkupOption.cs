using System.CommandLine;
using ConfLog.Model;

namespace ConfLog.Cli;

/// <summary>
/// <c>--markup NAME</c>, shared by <c>parse</c>, <c>outline</c> and <c>check</c>: reads every file in that markup
/// instead of detecting it from the text (<see cref="ConfLogOptions.Markup"/>).
/// </summary>
internal static class MarkupOption
{
    // The names the outline and the JSON print for each markup, and "rst" for reStructuredText as its users say it.
    private static readonly string[] Names = ["plain", "markdown", "restructuredtext", "rst", "org", "hiki", "rd", "indent"];

    public static Option<string?> Create()
    {
        var option = new Option<string?>("--markup")
        {
            Description = "Read the files in this markup instead of detecting it: plain (the seed's line grammar alone), markdown, restructuredtext (rst), org, hiki, rd or indent.",
            HelpName = "NAME",
        };
        option.AcceptOnlyFromAmong(Names);
        return option;
    }

    /// <summary>The options that read in <paramref name="name"/>, or the default options (detect) when none is given.</summary>
    public static ConfLogOptions Options(string? name) => ConfLogOptions.Default with { Markup = MarkupOf(name) };

    private static NoteMarkup? MarkupOf(string? name) => name switch
    {
        "plain" => NoteMarkup.Plain,
        "markdown" => NoteMarkup.Markdown,
        "restructuredtext" or "rst" => NoteMarkup.ReStructuredText,
        "org" => NoteMarkup.Org,
        "hiki" => NoteMarkup.Hiki,
        "rd" => NoteMarkup.Rd,
        "indent" => NoteMarkup.Indent,
        _ => null,
    };
}
