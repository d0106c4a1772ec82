using System.Text;
using System.Text.RegularExpressions;
using BackpainGuide.Layout;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// Tag embeds scope an answer's ids as it is written; the result is the regular expression's
/// replacement it stands for, on random markup-like text: ids and same-page links with and
/// without closing quotes, back to back, inside each other's values, and anything between.
/// </summary>
public class ScopedIdsFuzzTests
{
    private static readonly string[] Pieces =
    [
        " id=\"", " href=\"#", "\"", "a", " ", "id=", " href=\"", "#", "<h2", ">", "x-y", "</h2>\n", "é", " id=\"\"", "--", " ID=\"",
    ];

    private static string Oracle(string html, string prefix) =>
        Regex.Replace(html, "( id=\"| href=\"#)([^\"]*)\"", m => m.Groups[1].Value + prefix + "--" + m.Groups[2].Value + "\"");

    [Fact]
    public void Scoping_gives_what_the_regular_expression_gives() =>
        Gen.OneOf(Pieces).Array[0, 30].Select(string.Concat).Sample(html =>
        {
            Assert.Equal(Oracle(html, "q"), ScopedIds.Scope(html, "q"));
            var builder = new StringBuilder("before|");
            ScopedIds.Append(builder, html, "slug-2");
            Assert.Equal("before|" + Oracle(html, "slug-2"), builder.ToString());
        }, iter: 5000);

    [Fact]
    public void A_rendered_answer_gets_its_headings_and_links_scoped()
    {
        const string html = "<h2 id=\"why\">Why</h2>\n<p>See <a href=\"#why\">why</a> and <a href=\"/q/\">this</a>.</p>";
        Assert.Equal("<h2 id=\"q--why\">Why</h2>\n<p>See <a href=\"#q--why\">why</a> and <a href=\"/q/\">this</a>.</p>", ScopedIds.Scope(html, "q"));
    }
}
