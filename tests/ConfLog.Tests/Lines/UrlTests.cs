using System;
using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class UrlTests
{
    [Theory]
    [InlineData("http://www.bitvisor.org/summit/", "http://www.bitvisor.org/summit/")]
    [InlineData("http://youtu.be/IihKKgcXnic", "http://youtu.be/IihKKgcXnic")]
    [InlineData("https://twitter.com/vmm_ict", "https://twitter.com/vmm_ict")]
    [InlineData("https://example.com/a?b=c&d=e#f", "https://example.com/a?b=c&d=e#f")]
    [InlineData("http://example.com/x.", "http://example.com/x")]
    [InlineData("http://example.com/x?!", "http://example.com/x")]
    [InlineData("http://example.com/x,;:", "http://example.com/x")]
    [InlineData("http://example.com/日本語", "http://example.com/")]
    [InlineData("http://example.com/x y", "http://example.com/x")]
    [InlineData("http://example.com/x)", "http://example.com/x")]
    [InlineData("http://example.com/x]", "http://example.com/x")]
    [InlineData("http://example.com/x>", "http://example.com/x")]
    [InlineData("http://example.com/x\"", "http://example.com/x")]
    [InlineData("http://example.com/x`", "http://example.com/x")]
    [InlineData("http://example.com/x。", "http://example.com/x")]
    public void Reads_a_url_up_to_its_end_without_trailing_punctuation(string text, string url)
    {
        Parsing.Value(LinkGrammar.Url, text).Should().Be(new LinePart(url, 0));
    }

    [Fact]
    public void Reports_where_the_url_starts_in_the_line()
    {
        const string line = "- 5秒毎にログ出力 http://youtu.be/IihKKgcXnic";
        int at = line.IndexOf("http", StringComparison.Ordinal);

        LinkGrammar.Url(new LineInput(line, at)).Value.Should().Be(new LinePart("http://youtu.be/IihKKgcXnic", at));
    }

    [Theory]
    [InlineData("http://")]
    [InlineData("http://.")]
    [InlineData("http:// x")]
    [InlineData("ftp://example.com")]
    [InlineData("www.example.com")]
    [InlineData("HTTP://EXAMPLE.COM")]
    [InlineData("http:/example.com")]
    [InlineData("")]
    public void Rejects_what_is_not_a_url(string text)
    {
        Parsing.Reject(LinkGrammar.Url, text);
    }

    [Fact]
    public void Rejects_a_scheme_with_no_address_naming_the_address()
    {
        Parsing.Reject(LinkGrammar.Url, "http://").Message.Should().Be("unexpected end of line, expected address");
    }

    [Theory]
    [InlineData("- http://www.bitvisor.org/summit/", "http://www.bitvisor.org/summit/")]
    [InlineData("- 5秒毎にログ出力 http://youtu.be/IihKKgcXnic", "http://youtu.be/IihKKgcXnic")]
    [InlineData("- 5秒毎にVGAログ出力 http://youtu.be/Ype30GRgdd4", "http://youtu.be/Ype30GRgdd4")]
    [InlineData("- F12でロゴ表示(NG) http://youtu.be/1B_wuZIzcDo", "http://youtu.be/1B_wuZIzcDo")]
    [InlineData("- ロゴ表示(保護ドメイン編) http://youtu.be/jXEB6ZJB7w8", "http://youtu.be/jXEB6ZJB7w8")]
    [InlineData("- デモ http://youtu.be/plIlBqsfrD4", "http://youtu.be/plIlBqsfrD4")]
    [InlineData("- BitVisorがつぶやく https://twitter.com/vmm_ict", "https://twitter.com/vmm_ict")]
    [InlineData("(http://example.com)", "http://example.com")]
    [InlineData("「http://example.com」", "http://example.com")]
    [InlineData("リンク:http://example.com/a.", "http://example.com/a")]
    [InlineData("http://example.com/", "http://example.com/")]
    [InlineData("http://example.com/~user/", "http://example.com/~user/")]
    [InlineData("見て http://a.jp.", "http://a.jp")]
    [InlineData("https://example.com and more", "https://example.com")]
    public void FindUrls_finds_the_url_of_a_line_and_where_it_starts(string line, string url)
    {
        LinkGrammar.FindUrls(line).Should().Equal(new LinePart(url, line.IndexOf(url, StringComparison.Ordinal)));
    }

    [Fact]
    public void FindUrls_finds_every_url_in_order()
    {
        const string line = "see http://a.com/x, https://b.org/y. and (http://c.net)";

        LinkGrammar.FindUrls(line).Should().Equal(
            new LinePart("http://a.com/x", 4),
            new LinePart("https://b.org/y", 20),
            new LinePart("http://c.net", 42));
    }

    [Fact]
    public void FindUrls_looks_on_past_an_http_that_stands_right_after_the_last_one_tried()
    {
        // The second "http" starts where the search after the first resumes, and is no URL: the one after it is.
        LinkGrammar.FindUrls("httphttp http://example.com").Should().Equal(new LinePart("http://example.com", 9));
    }

    [Fact]
    public void A_line_read_in_place_finds_its_urls_where_they_stand_in_the_text()
    {
        var log = ConferenceLog.Parse("- 2012-12-04 Tokyo\n\nTalk / Ann\n- slides: http://a.jp/s and http://b.jp\n");

        var links = log.Talks.Single().Notes.Single().Links;

        links.Select(link => link.Url).Should().Equal("http://a.jp/s", "http://b.jp");
        links.Select(link => link.Span.Offset).Should().Equal(41, 59);
    }

    [Theory]
    [InlineData("")]
    [InlineData("- 資料: そのうち公開されるはず...")]
    [InlineData("http is a protocol")]
    [InlineData("see httpbin.org/get")]
    [InlineData("see http://... and")]
    [InlineData("http://!")]
    [InlineData("https:/example.com")]
    [InlineData("xhttp://example.com")]
    [InlineData("see2http://example.com")]
    [InlineData("http://")]
    [InlineData("www.example.com")]
    public void FindUrls_finds_nothing_where_no_url_stands_on_its_own(string line)
    {
        LinkGrammar.FindUrls(line).Should().BeEmpty();
    }

    [Fact]
    public void FindUrls_skips_a_glued_url_and_finds_the_next()
    {
        const string line = "xhttp://a.com http://b.com";

        LinkGrammar.FindUrls(line).Should().Equal(new LinePart("http://b.com", 14));
    }

    [Fact]
    public void FindUrls_stays_linear_on_a_line_of_many_urls()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < 60_000; i++)
        {
            builder.Append(" http://x.example/ http:// (");
        }

        string line = builder.ToString();

        // A generous bound, not a measurement: copying the result on every URL found made this quadratic.
        var urls = ConfLog.Tests.Hostile.Bounded.Run(() => LinkGrammar.FindUrls(line));

        urls.Should().HaveCount(60_000).And.OnlyContain(url => url.Text == "http://x.example/");
        urls[^1].Index.Should().Be(line.LastIndexOf("http://x.example/", StringComparison.Ordinal));
    }

    [Fact]
    public void FindUrls_rejects_null()
    {
        var act = () => LinkGrammar.FindUrls(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("line");
    }

    [Fact]
    public void FindUrls_finds_the_seven_links_of_the_seed()
    {
        int count = 0;
        foreach (string line in Seed.Text.Split('\n'))
        {
            foreach (var url in LinkGrammar.FindUrls(line))
            {
                line.Substring(url.Index, url.Length).Should().Be(url.Text);
                url.Text.Should().StartWith("http");
                count++;
            }
        }

        count.Should().Be(7);
    }

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("http://...")]
    [InlineData("")]
    public void What_is_not_a_url_is_told_a_url_was_expected(string text)
    {
        var result = LinkGrammar.Url(new LineInput(text));

        result.WasSuccessful.Should().BeFalse();
        result.Expectations.Should().Equal("url");
        result.Remainder.Position.Should().Be(0);
    }
}
