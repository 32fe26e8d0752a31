namespace ConfLog.Tests.Writers;

// A log written with every variation `format` normalizes, and its canonical form, worked out by hand.
// The CLI tests compile this file too (linked by their project file), for `conflog format`.
internal static class Messy
{
    public const string Text =
        "* 2012/12/04 Hall(Room) 10:00〜12:00\n" +
        "Talk One / Ann Lee （Acme） and Bo Chen(Uni)   \t\n" +
        "+ first note  \n" +
        "    ・nested\n" +
        "•\tlabel: text\n" +
        "[2012/12/04 10:30]\n" +
        "- Q:  why?\n" +
        "* A: because.\t\n" +
        "  \n" +
        "Talk Two  /  Cy Dee\n" +
        "  [2012-12-04  11:00:15] \n" +
        "prose stays prose. \n";

    public const string Canonical =
        "- 2012/12/04 Hall(Room) 10:00〜12:00\n" +
        "Talk One / Ann Lee(Acme), Bo Chen(Uni)\n" +
        "- first note\n" +
        "    - nested\n" +
        "- label: text\n" +
        "[2012-12-04 10:30]\n" +
        "- Q: why?\n" +
        "- A: because.\n" +
        "\n" +
        "Talk Two / Cy Dee\n" +
        "  [2012-12-04 11:00:15]\n" +
        "prose stays prose.\n";
}
